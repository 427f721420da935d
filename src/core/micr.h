// Reading the MICR (E-13B) line of a check, as sent by check readers or keyed in, into its fields.
#pragma once

#include "core/money.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook {

// E-13B has the digits 0-9 and four symbols: transit ⑆ (U+2446), amount ⑇ (U+2447), on-us ⑈ (U+2448) and
// dash ⑉ (U+2449). Readers send the symbols as ASCII in one of these sets (digits are always '0'-'9'):
//
//   set           transit  on-us  amount  dash
//   MagTekTUD        T       U      $      -
//   MagTekLower      t       o      a      d
//   MagTekUpper      T       O      A      D
//   UnifiedPos       t       o      a      -      (UnifiedPOS RawData; same meaning as MagTekLower)
//   Honeywell        A       C      B      D
//   Unicode         ⑆       ⑈      ⑇      ⑉     (U+2446..U+2449 as UTF-8)
//
// In every set '?' and '*' mark a character the reader could not read, and whitespace (space, tab, CR, LF,
// VT, FF) is ignored wherever it is, so "T021000021T" and "T 021 000 021 T" are the same line. Readers that
// drop dashes are fine: a dropped dash is simply absent. Any other character is an error that names it.
enum class MicrSymbols { Auto, MagTekTUD, MagTekLower, MagTekUpper, UnifiedPos, Honeywell, Unicode };

enum class CheckType { Personal, Business }; // business = auxiliary on-us field present

struct MicrFields {
    std::string routing;       // 9 digits, as read (the check digit is verified elsewhere)
    std::string account;       // on-us account number, digits (dashes removed, kept in accountRaw)
    std::string accountRaw;    // with dashes as printed, in ASCII '-' whatever the symbol set
    std::string serial;        // check number: auxiliary on-us on business checks, else from the on-us field
    std::string auxiliaryOnUs; // digits of the auxiliary on-us field; empty on personal checks
    std::string epc;           // external processing code digit (position 44), when present
    std::optional<Money> amount; // encoded amount field (10 digits between amount symbols), when present
    CheckType type = CheckType::Personal;
    MicrSymbols symbols = MicrSymbols::Auto; // the set that was used or detected (never Auto here)
};

// Exactly one of fields / error is set.
struct MicrParse {
    std::optional<MicrFields> fields;
    std::string error; // one sentence when fields is empty
    std::vector<std::size_t> unreadable; // 0-based byte offsets of every '?' or '*' in the input, ascending
                                         // (reported, never guessed); not filled for a line refused as too long
};

// Layout, left to right (shown in MagTekTUD; whitespace is optional everywhere):
//
//   [U aux U] [epc] T routing T  on-us  [$ amount $]
//
//   U001042U 5 T021000021T 123-456-789U $0000012550$   business: aux 001042 = serial, EPC 5, amount $125.50
//   T021000021T 123456789U1042                          personal: account 123456789, serial 1042
//   T021000021T 1042U123456789U                         personal, serial printed first: the same fields
//   T021000021T 123456789U                              personal without a check number: serial empty
//
// Rules:
// - Transit field: exactly two transit symbols with exactly 9 digits between them (the routing number).
// - Before it: optionally the auxiliary on-us field (an on-us symbol, 1 or more digits, an on-us symbol), then
//   optionally one EPC digit; nothing else. An auxiliary on-us field makes the check a business check, and its
//   digits are the serial.
// - After it: the on-us field, then optionally the amount field: an amount symbol, exactly 10 digits (cents,
//   "0000012550" is $125.50), an amount symbol, and nothing after it.
// - The on-us field is split at its on-us symbols into groups of digits and dashes; empty groups do not count.
//   A group of dashes only is an error. Business check: exactly one group, the account. Personal check:
//     one group  -> the account; the serial is empty;
//     two groups -> the account is the group with more digits; the other is the serial when it is 1-6 digits
//                   without dashes, else the serial is left empty (never guessed). Two groups with the same
//                   number of digits ("123456U654321") are an error: which is the account cannot be told;
//     three or more groups -> an error.
// - Unreadable characters: any '?' or '*' fails the parse: a damaged line is re-scanned or keyed, never
//   half-trusted. The error names the first one by its 1-based character position and, when the rest of the
//   line could be laid out, the field it fell in: "Character 7 of the MICR line (in the routing number) could
//   not be read." All positions are listed in `unreadable`. Digits are never substituted.
// - Positions in errors count UTF-8 characters from 1 (equal to byte offset + 1 for ASCII lines).
// - Empty (or whitespace-only) input and input longer than 200 bytes are refused.
//
// Auto detection (symbols == Auto):
// - a character that belongs to no set is an error naming it;
// - any Unicode MICR symbol selects Unicode (ASCII letters are then errors);
// - otherwise the candidate ASCII sets are those whose symbols cover every non-digit character of the line,
//   tried in the order MagTekTUD, UnifiedPos, MagTekLower, MagTekUpper, Honeywell; the first that yields a
//   whole parse wins ("A021000021A123456789C1042" fits only Honeywell; "A021000021A123456789" fits MagTekUpper
//   and Honeywell, but only Honeywell finds a transit field). When none succeeds the error comes from the
//   candidate that got furthest (a valid transit field before one transit symbol before none), ties to the
//   earlier set: "The MICR line has no transit field." when none has one. A line whose symbols no single set
//   covers ("T021000021T123456789o1042") is an error: the sets are mixed.
// The line is scanned a bounded number of times: linear time, no recursion, no exceptions on any bytes.
// Throws std::invalid_argument only for a `symbols` value outside the enum.
MicrParse parseMicr(std::string_view line, MicrSymbols symbols = MicrSymbols::Auto);

// "auto", "magtek_tud", "magtek_lower", "magtek_upper", "unifiedpos", "honeywell", "unicode".
// Throws std::invalid_argument for a value outside the enum.
std::string_view micrSymbolsName(MicrSymbols symbols);
// The inverse of micrSymbolsName; nullopt for any other text.
std::optional<MicrSymbols> parseMicrSymbols(std::string_view name);

} // namespace tillbook
