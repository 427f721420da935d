// ABA routing numbers and the FedACH participant directory they are checked against.
#include "core/routing.h"

#include "core/text.h"

#include <algorithm>
#include <cstddef>
#include <unordered_map>

namespace tillbook {

namespace {

constexpr std::size_t kRoutingLength = 9;
constexpr std::size_t kFedAchRecordLength = 155;

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isNineDigits(std::string_view text)
{
    if (text.size() != kRoutingLength)
        return false;
    for (char c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Weighted sum mod 10 of the first eight digits; the check digit is what brings the total to a multiple of 10.
int expectedCheckDigit(std::string_view routing)
{
    constexpr int kWeights[8] = {3, 7, 1, 3, 7, 1, 3, 7};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += kWeights[i] * (routing[i] - '0');
    return (10 - sum % 10) % 10;
}

// Fixed-width fields are padded with spaces; a stray tab or line break is not padding and is left for the
// reader to see.
std::string_view trimSpaces(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// 1-based, inclusive columns as the FedACH layout gives them.
std::string_view columns(std::string_view record, std::size_t first, std::size_t last)
{
    return record.substr(first - 1, last - first + 1);
}

// MMDDYY -> "YYYY-MM-DD" (YY < 70 is 20YY), or "" when it is not a real date.
std::string isoFromMmDdYy(std::string_view mmddyy)
{
    if (mmddyy.size() != 6)
        return {};
    for (char c : mmddyy) {
        if (!isAsciiDigit(c))
            return {};
    }
    const std::string_view yy = mmddyy.substr(4, 2);
    std::string iso = (yy < "70" ? "20" : "19") + std::string(yy) + "-" + std::string(mmddyy.substr(0, 2)) + "-" +
                      std::string(mmddyy.substr(2, 2));
    return isValidDate(iso) ? iso : std::string();
}

} // namespace

bool abaCheckDigitValid(std::string_view routing)
{
    return isNineDigits(routing) && expectedCheckDigit(routing) == routing[8] - '0';
}

RoutingPrefixClass routingPrefixClass(std::string_view routing)
{
    if (!isNineDigits(routing))
        return RoutingPrefixClass::Invalid;
    const int prefix = (routing[0] - '0') * 10 + (routing[1] - '0');
    if (prefix <= 12)
        return RoutingPrefixClass::Regular;
    if (prefix >= 21 && prefix <= 32)
        return RoutingPrefixClass::Thrift;
    if (prefix >= 61 && prefix <= 72)
        return RoutingPrefixClass::ElectronicOnly;
    if (prefix == 80)
        return RoutingPrefixClass::TravelersCheck;
    return RoutingPrefixClass::Invalid;
}

std::string routingProblem(std::string_view routing)
{
    if (routing.empty())
        return "The routing number is empty.";
    if (!isNineDigits(routing))
        return "The routing number " + quoteForMessage(routing) + " is not 9 digits.";
    if (routingPrefixClass(routing) == RoutingPrefixClass::Invalid)
        return "The routing number " + quoteForMessage(routing) + " starts with " + std::string(routing.substr(0, 2)) +
               ", which is not a routing number prefix.";
    if (!abaCheckDigitValid(routing))
        return "The routing number " + quoteForMessage(routing) + " fails its check digit; a mistyped digit is likely.";
    return {};
}

std::variant<FedAchDirectory, std::vector<ImportError>> parseFedAchDirectory(std::string_view text)
{
    FedAchDirectory directory;
    std::vector<ImportError> errors;
    // Routing number -> the line it was first seen on, to name it when it comes again.
    std::unordered_map<std::string_view, std::size_t> firstLine;
    auto fail = [&](std::size_t line, std::string column, std::string message) {
        if (errors.size() < kMaxImportErrors)
            errors.push_back({line, std::move(column), std::move(message)});
    };

    // An empty download would otherwise be an empty directory, and every check would then fail "not in the
    // directory"; NUL bytes mean a damaged or binary file, whatever its line lengths say.
    if (text.find_first_not_of(" \r\n") == std::string_view::npos)
        return std::vector<ImportError>{{0, "", "the file is empty; a FedACH directory has one record per line"}};
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        const auto line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(nul), '\n')) + 1;
        return std::vector<ImportError>{
            {line, "", "the file holds NUL bytes, so it is not a FedACH text file (damaged or cut short?)"}};
    }

    std::size_t lineNumber = 0;
    std::size_t pos = 0;
    while (pos < text.size() && errors.size() < kMaxImportErrors) {
        ++lineNumber;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view record = text.substr(pos, end - pos);
        pos = end + 1;
        if (!record.empty() && record.back() == '\r')
            record.remove_suffix(1);

        if (record.size() != kFedAchRecordLength) {
            fail(lineNumber, "",
                 "this record has " + std::to_string(record.size()) + " characters; a FedACH record has " +
                     std::to_string(kFedAchRecordLength));
            continue;
        }

        FedAchParticipant p;
        const std::string_view routing = columns(record, 1, 9);
        if (!isNineDigits(routing)) {
            fail(lineNumber, "routing", quoteForMessage(routing) + " is not a routing number (9 digits)");
        } else if (!abaCheckDigitValid(routing)) {
            fail(lineNumber, "routing", quoteForMessage(routing) + " fails the routing number check digit");
        } else if (auto [it, inserted] = firstLine.emplace(routing, lineNumber); !inserted) {
            fail(lineNumber, "routing",
                 "routing number " + std::string(routing) + " is already on line " + std::to_string(it->second));
        }

        p.officeCode = record[9];
        if (p.officeCode != 'O' && p.officeCode != 'B')
            fail(lineNumber, "office_code",
                 "office code " + quoteForMessage(columns(record, 10, 10)) + " is not O (main) or B (branch)");

        p.recordType = record[19];
        if (p.recordType != '0' && p.recordType != '1' && p.recordType != '2')
            fail(lineNumber, "record_type", "record type " + quoteForMessage(columns(record, 20, 20)) +
                                                " is not 0 (Federal Reserve Bank), 1 or 2 (send to new routing)");

        const std::string_view newRouting = columns(record, 27, 35);
        // 000000000 passes the check digit arithmetic but is the "no new number" filler, and 00 is a prefix.
        if (p.recordType == '2' && (newRouting == "000000000" || !routingProblem(newRouting).empty()))
            fail(lineNumber, "new_routing",
                 "record type 2 needs a valid new routing number, not " + quoteForMessage(newRouting));

        const std::string_view name = trimSpaces(columns(record, 36, 71));
        if (name.empty())
            fail(lineNumber, "name", "the institution name is blank");

        if (!errors.empty())
            continue; // the result is refused anyway: only keep looking for problems

        p.routing = std::string(routing);
        p.servicingFrb = std::string(columns(record, 11, 19));
        p.changeDate = std::string(columns(record, 21, 26));
        p.newRouting = std::string(newRouting);
        p.name = std::string(name);
        p.address = std::string(trimSpaces(columns(record, 72, 107)));
        p.city = std::string(trimSpaces(columns(record, 108, 127)));
        p.state = std::string(columns(record, 128, 129));
        p.zip = std::string(columns(record, 130, 134));
        const std::string_view zip4 = columns(record, 135, 138);
        if (trimSpaces(zip4).size() != 0 && zip4 != "0000")
            p.zip += "-" + std::string(zip4);
        p.phone = std::string(columns(record, 139, 148));
        p.statusCode = record[148];
        p.dataViewCode = record[149];

        // "YYYY-MM-DD" sorts as text, so the newest is the greatest.
        const std::string iso = isoFromMmDdYy(p.changeDate);
        if (iso > directory.fileDate)
            directory.fileDate = iso;
        directory.participants.push_back(std::move(p));
    }

    if (!errors.empty())
        return errors;
    return directory;
}

} // namespace tillbook
