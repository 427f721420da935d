// ABA routing numbers and the FedACH participant directory they are checked against.
#pragma once

#include "core/import_rows.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tillbook {

// Exactly 9 ASCII digits with 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9) a multiple of 10.
bool abaCheckDigitValid(std::string_view routing);

enum class RoutingPrefixClass { Invalid, Regular, Thrift, ElectronicOnly, TravelersCheck };

// By the first two digits: 00-12 Regular (00 is the US government), 21-32 Thrift, 61-72 ElectronicOnly,
// 80 TravelersCheck, anything else Invalid. Anything but 9 ASCII digits is Invalid too; the check digit is
// not looked at.
RoutingPrefixClass routingPrefixClass(std::string_view routing);

// One sentence saying what is wrong (not 9 digits, a prefix not in use, a bad check digit, in that order),
// quoting the input safely, or "" for a well-formed number with a valid prefix and check digit.
std::string routingProblem(std::string_view routing);

// One record of the FedACH directory; the comments give its 1-based columns.
struct FedAchParticipant {
    std::string routing;        // 1-9
    char officeCode = 'O';      // 10: O main, B branch
    std::string servicingFrb;   // 11-19
    char recordType = '1';      // 20: 0 FRB, 1 send to customer routing, 2 send to new routing
    std::string changeDate;     // 21-26 MMDDYY as in the file
    std::string newRouting;     // 27-35 (meaningful when recordType == '2'; 000000000 otherwise)
    std::string name;           // 36-71 trimmed
    std::string address;        // 72-107 trimmed
    std::string city;           // 108-127 trimmed
    std::string state;          // 128-129
    std::string zip;            // 130-134 (+ 135-138 zip4 as "12345-6789" when present, i.e. not blank or 0000)
    std::string phone;          // 139-148
    char statusCode = '1';      // 149
    char dataViewCode = '1';    // 150
};

struct FedAchDirectory {
    std::vector<FedAchParticipant> participants; // in file order
    std::string fileDate; // the newest change date in the file as YYYY-MM-DD (MMDDYY with YY<70 -> 20YY), "" if none
};

// The whole file as read (lines end in LF or CRLF). A file with no record (empty, or only line breaks) is one
// error at line 0, and a file holding a NUL byte one error at the line of the first: neither is a directory.
// All or nothing: every malformed line is an ImportError with
// its 1-based line number, up to kMaxImportErrors: wrong length (155 bytes after stripping CR/LF; a trailing
// empty last line is fine, an empty line elsewhere is not), routing not 9 digits, bad check digit, office code
// not O/B, record type not 0/1/2, a record type 2 without a valid new routing number (one routingProblem accepts, not 000000000), a blank name, a routing
// number already on an earlier line. Column names: "routing", "office_code", "record_type", "new_routing",
// "name", or "" for the whole line. The directory is the authority on prefixes, so those are not checked; a
// change date that is not a real MMDDYY date is kept as it is and ignored for fileDate.
std::variant<FedAchDirectory, std::vector<ImportError>> parseFedAchDirectory(std::string_view text);

} // namespace tillbook
