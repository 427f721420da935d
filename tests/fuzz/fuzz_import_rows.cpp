// Fuzzes tillbook::parseAccountsCsv / parseBillsCsv / parseFeesCsv / isValidDate against the rules documented in core/import_rows.h.
#include "core/csv.h"
#include "fuzz_support.h"
#include "core/import_rows.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using namespace tillbook;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

std::size_t codePoints(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

bool isTrimmed(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    return s.empty() || (!space(s.front()) && !space(s.back()));
}

bool hasControl(std::string_view s)
{
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x20 || b == 0x7F)
            return true;
    }
    return false;
}

template <typename Allowed>
bool isCode(std::string_view s, std::size_t maxLength, Allowed allowed)
{
    if (s.empty() || s.size() > maxLength)
        return false;
    for (char c : s) {
        if (!allowed(c))
            return false;
    }
    return true;
}

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool fundChar(char c) { return upper(c) || digit(c) || c == '-' || c == '.'; }

// Text a person reads after "line 7, column x: ". Unless built with -DFUZZ_IMPORT_RAW_MESSAGES_OK, also
// checks that it is UTF-8 without control characters, as import_rows.cpp's quoted() promises ("must not
// split a character or carry a line break into a one-line message").
void checkErrors(const std::vector<ImportError>& errors)
{
    check(!errors.empty() && errors.size() <= kMaxImportErrors);
    for (const ImportError& e : errors) {
        check(!e.message.empty());
        check(fuzz::isUtf8(e.column));
        check(!formatImportError(e).empty());
#ifndef FUZZ_IMPORT_RAW_MESSAGES_OK
        check(fuzz::isUtf8(e.message));
        check(!hasControl(e.message));
#endif
    }
}

// Row lines come from the CSV layer: increasing, and one result row per CSV record.
template <typename Row>
void checkLines(const std::vector<Row>& rows, std::string_view text)
{
    auto table = parseCsv(text);
    check(std::holds_alternative<CsvTable>(table));
    const auto& csvRows = std::get<CsvTable>(table).rows;
    check(rows.size() == csvRows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        check(rows[i].line == csvRows[i].line);
}

void fuzzAccounts(std::string_view text)
{
    auto parsed = parseAccountsCsv(text);
    if (auto* errors = std::get_if<std::vector<ImportError>>(&parsed))
        return checkErrors(*errors);
    const auto& rows = std::get<std::vector<AccountRow>>(parsed);
    checkLines(rows, text);
    std::set<std::string> numbers;
    for (const AccountRow& r : rows) {
        check(isCode(r.number, 20, [](char c) { return upper(c) || digit(c) || c == '-'; }));
        check(numbers.insert(r.number).second);
        check(!r.name.empty() && codePoints(r.name) <= 100 && !hasControl(r.name) && isTrimmed(r.name));
        check(isTrimmed(r.serviceAddress) && isTrimmed(r.mailingAddress));
        check(r.phone.empty()
              || (r.phone.size() >= 7 && isCode(r.phone, 20, [](char c) {
                      return digit(c) || c == ' ' || c == '(' || c == ')' || c == '+' || c == '-' || c == '.';
                  })));
        if (!r.email.empty()) {
            const auto at = r.email.find('@');
            check(at != std::string::npos && at > 0 && at + 1 < r.email.size()
                  && r.email.find('@', at + 1) == std::string::npos);
        }
        check(r.status == AccountStatus::Active || r.status == AccountStatus::Closed
              || r.status == AccountStatus::CashOnly);
    }
}

void fuzzBills(std::string_view text)
{
    auto parsed = parseBillsCsv(text);
    if (auto* errors = std::get_if<std::vector<ImportError>>(&parsed))
        return checkErrors(*errors);
    const auto& rows = std::get<std::vector<BillRow>>(parsed);
    checkLines(rows, text);
    std::set<std::string> ids;
    for (const BillRow& r : rows) {
        check(isCode(r.id, 30, [](char c) { return upper(c) || lower(c) || digit(c) || c == '-' || c == '_'; }));
        check(ids.insert(r.id).second);
        check(!r.account.empty() && isTrimmed(r.account));
        check(isValidDate(r.dueDate));
        check(r.amount.isPositive());
        check(!r.openBalance.isNegative() && r.openBalance <= r.amount);
        check(isCode(r.fund, 20, fundChar));
    }
}

void fuzzFees(std::string_view text)
{
    auto parsed = parseFeesCsv(text);
    if (auto* errors = std::get_if<std::vector<ImportError>>(&parsed))
        return checkErrors(*errors);
    const auto& rows = std::get<std::vector<FeeRow>>(parsed);
    checkLines(rows, text);
    std::set<std::string> codes;
    for (const FeeRow& r : rows) {
        check(isCode(r.code, 20, [](char c) { return upper(c) || digit(c) || c == '-' || c == '_'; }));
        check(codes.insert(r.code).second);
        check(!r.description.empty() && codePoints(r.description) <= 100 && !hasControl(r.description)
              && isTrimmed(r.description));
        check(r.amount.isPositive());
        check(isCode(r.fund, 20, fundChar));
    }
}

// isValidDate against std::chrono's calendar.
void fuzzDate(std::string_view text)
{
    bool expected = false;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        bool digits = true;
        for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            digits = digits && digit(text[i]);
        if (digits) {
            auto num = [&](std::size_t from, std::size_t n) {
                int v = 0;
                for (std::size_t i = from; i < from + n; ++i)
                    v = v * 10 + (text[i] - '0');
                return v;
            };
            const int y = num(0, 4);
            const std::chrono::year_month_day date{std::chrono::year(y), std::chrono::month(unsigned(num(5, 2))),
                                                   std::chrono::day(unsigned(num(8, 2)))};
            expected = y >= 1 && date.ok();
        }
    }
    check(isValidDate(text) == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    // Every input goes to all three parsers: the header decides which one gets past the columns check.
    fuzzAccounts(text);
    fuzzBills(text);
    fuzzFees(text);
    fuzzDate(text.substr(0, 10));
    return 0;
}
