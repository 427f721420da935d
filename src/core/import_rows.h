// Typed, validated rows of the accounts, bills and fees imports, each problem listed by line and column.
#pragma once

#include "core/money.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tillbook {

// column is the header name the problem is in, or "" when it concerns the whole line.
// message is one sentence without its location.
struct ImportError {
    std::size_t line = 0;
    std::string column;
    std::string message;
};

// "line 14, column due_date: \"2026-13-01\" is not a date (YYYY-MM-DD)",
// "line 7: this record has 5 fields; the header has 6".
std::string formatImportError(const ImportError& error);

// A file is refused as a whole, so every problem is collected, up to this many.
inline constexpr std::size_t kMaxImportErrors = 100;

// The rules below apply to each value after trimming its surrounding whitespace. Lengths count
// characters (code points), not bytes, so "Núñez" is five. The CSV layer guarantees UTF-8.
// A file with a header and no rows is valid and gives no rows.

inline constexpr std::size_t kMaxAddressCharacters = 200;
inline constexpr std::size_t kMaxEmailCharacters = 254; // the longest address SMTP carries

enum class AccountStatus { Active, Closed, CashOnly };
// "active", "closed", "cash_only"
std::string_view accountStatusName(AccountStatus status);

struct AccountRow {
    std::size_t line = 0;
    std::string number;
    std::string name;
    std::string serviceAddress;
    std::string mailingAddress;
    std::string phone;
    std::string email;
    AccountStatus status = AccountStatus::Active;
    std::string language; // en, es: the customer's receipts print in it; empty: not given (keep, or English)
};

// Columns number, name, service_address, mailing_address, phone, email, status, language in any order;
// number, name and status must be present and filled, the others may be missing or empty, and
// any other column is an error.
// number: 1-20 of A-Z, 0-9 and '-', unique within the file; name: 1-100 characters on one line;
// addresses: at most kMaxAddressCharacters, line breaks allowed; phone: empty or 7-20 of digits, spaces and ( ) + - . ;
// email: empty or at most kMaxEmailCharacters with exactly one '@', text on both sides and no spaces;
// status: active, closed or cash_only; language: empty, en or es.
// No text holds a control character (C0, C1, DEL, U+2028/U+2029 or a bidirectional mark); only addresses take
// line breaks.
std::variant<std::vector<AccountRow>, std::vector<ImportError>> parseAccountsCsv(std::string_view text);

enum class BillKind { Utility, Permit, License, Fee, Installment };
inline constexpr std::array<BillKind, 5> kBillKinds = {BillKind::Utility, BillKind::Permit, BillKind::License,
                                                       BillKind::Fee, BillKind::Installment};
// "utility", "permit", "license", "fee", "installment"
std::string_view billKindName(BillKind kind);

struct BillRow {
    std::size_t line = 0;
    std::string id;
    std::string account;
    std::string dueDate; // YYYY-MM-DD
    BillKind kind = BillKind::Utility;
    Money amount;
    Money openBalance;
    std::string fund;
    std::string description; // what the customer reads on the receipt ("Water and sewer, November"); may be empty
    std::string periodStart; // the service period, YYYY-MM-DD, both or neither
    std::string periodEnd;
    bool described = false; // the file has any of those three columns (an older file leaves them as they were)
};

inline constexpr std::size_t kMaxBillDescriptionCharacters = 80;

// Columns id, account, kind, due_date, amount, open_balance, fund, description, period_start, period_end in any
// order; all required but open_balance, whose absence or empty value means the whole amount is open, and the last
// three, which a billing system's older files do not have.
// id: 1-30 of A-Z, a-z, 0-9, '-' and '_', unique within the file; account: not empty (whether it
// exists is the station's check); kind: one of billKindName's; due_date: a real calendar date;
// amount: parseMoney text above zero; open_balance: from zero up to the amount;
// fund: 1-20 of A-Z, 0-9, '-' and '.'; description: empty or at most kMaxBillDescriptionCharacters on one line;
// period_start, period_end: both empty or both real dates, the end not before the start.
std::variant<std::vector<BillRow>, std::vector<ImportError>> parseBillsCsv(std::string_view text);

// A bill the importer already holds, as checkBillsAgainst needs it.
struct KnownBill {
    std::string account;
    Money amount;
};

// The checks of a bills import against what the importer (a station, or the office) already holds: every bill's
// account must be known, and a bill it has keeps its account and amount (payments were taken against them; the
// billing system corrects a bill with an adjustment or a new bill id). Up to kMaxImportErrors problems.
std::vector<ImportError> checkBillsAgainst(const std::vector<BillRow>& rows,
                                           const std::function<bool(const std::string& account)>& accountKnown,
                                           const std::function<std::optional<KnownBill>(const std::string& id)>& knownBill);

struct FeeRow {
    std::size_t line = 0;
    std::string code;
    std::string description;
    Money amount;
    std::string fund;
};

// Columns code, description, amount, fund in any order, all required.
// code: 1-20 of A-Z, 0-9, '-' and '_', unique within the file; description: 1-100 characters on
// one line; amount: above zero; fund: as for bills.
std::variant<std::vector<FeeRow>, std::vector<ImportError>> parseFeesCsv(std::string_view text);

// A fund code as bills and fees name it: 1-20 of A-Z, 0-9, '-' and '.'.
bool isFundCode(std::string_view code);

// Exactly "YYYY-MM-DD" naming a real Gregorian date from 0001-01-01 to 9999-12-31.
bool isValidDate(std::string_view yyyyMmDd);

} // namespace tillbook
