// Typed, validated rows of the accounts, bills and fees imports, each problem listed by line and column.
#include "core/import_rows.h"

#include "core/csv.h"
#include "core/text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <unordered_map>
#include <utility>

namespace tillbook {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

std::string_view trim(std::string_view text)
{
    return trimAscii(text);
}

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Text from the CSV layer is valid UTF-8, so counting lead bytes counts characters.
std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text) {
        if (!isContinuationByte(c))
            ++count;
    }
    return count;
}

// C0 and C1 controls and DEL, Unicode's own line and paragraph separators, and the invisible marks that reorder
// text (a right-to-left override makes "eoD enaJ" print as "Jane Doe"): none belongs in a name or an address,
// and an ESC would reach the receipt printer as a command. Line breaks are allowed only where asked for.
bool hasControlCharacter(std::string_view text, bool lineBreaksAllowed = false)
{
    for (char32_t cp : decodeUtf8(text)) {
        if ((cp == U'\n' || cp == U'\r') && lineBreaksAllowed)
            continue;
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x200E || cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E)
            || (cp >= 0x2066 && cp <= 0x2069))
            return true;
    }
    return false;
}

template <typename Allowed>
bool isCode(std::string_view text, std::size_t maxLength, Allowed allowed)
{
    if (text.empty() || text.size() > maxLength)
        return false;
    for (char c : text) {
        if (!allowed(c))
            return false;
    }
    return true;
}

std::string joined(std::span<const std::string_view> names, std::string_view lastSeparator)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? lastSeparator : std::string_view(", ");
        out += names[i];
    }
    return out;
}

struct ColumnSpec {
    std::string_view name;
    bool required; // the column must be in the header (its values may still be allowed empty)
};

// The parsed file with, for each expected column, the field index it has in this file.
struct Sheet {
    std::vector<CsvRow> rows;
    std::vector<std::optional<std::size_t>> fieldOf;
};

ImportError fromCsvError(std::string_view text, const CsvError& error)
{
    ImportError out{error.line, "", error.message};
    if (error.column == 0)
        return out;
    // The header is only known when the problem lies in a later record.
    const std::optional<CsvRow> header = parseCsvHeader(text);
    if (header && error.column <= header->fields.size() && error.line != header->line)
        out.column = header->fields[error.column - 1];
    else
        out.message = "in field " + std::to_string(error.column) + ", " + error.message;
    return out;
}

std::variant<Sheet, std::vector<ImportError>> readSheet(std::string_view text,
                                                        std::span<const ColumnSpec> columns)
{
    std::variant<CsvTable, CsvError> parsed = parseCsv(text);
    if (const CsvError* error = std::get_if<CsvError>(&parsed))
        return std::vector<ImportError>{fromCsvError(text, *error)};
    CsvTable& table = std::get<CsvTable>(parsed);
    const std::optional<CsvRow> header = parseCsvHeader(text);
    const std::size_t headerLine = header ? header->line : 1;

    std::vector<std::string_view> names;
    for (const ColumnSpec& column : columns)
        names.push_back(column.name);

    Sheet sheet;
    sheet.fieldOf.resize(columns.size());
    std::vector<ImportError> errors;
    for (std::size_t field = 0; field < table.header.size(); ++field) {
        bool known = false;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].name == table.header[field]) {
                sheet.fieldOf[c] = field;
                known = true;
            }
        }
        if (!known) {
            errors.push_back({headerLine, table.header[field],
                              "this column is not one of " + joined(names, " or ")});
        }
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && !sheet.fieldOf[c]) {
            errors.push_back(
                {headerLine, "", "the required column \"" + std::string(columns[c].name) + "\" is missing"});
        }
    }
    // Rows cannot be checked sensibly against a wrong header; fix the header first.
    if (!errors.empty()) {
        if (errors.size() > kMaxImportErrors)
            errors.resize(kMaxImportErrors);
        return errors;
    }
    sheet.rows = std::move(table.rows);
    return sheet;
}

// Checks one row, adding each problem to the file's list under the row's line.
class RowCheck {
public:
    RowCheck(const Sheet& sheet, std::span<const ColumnSpec> columns, const CsvRow& row,
             std::vector<ImportError>& errors)
        : m_sheet(sheet)
        , m_columns(columns)
        , m_row(row)
        , m_errors(errors)
        , m_errorsBefore(errors.size())
    {
    }

    bool passed() const
    {
        return m_errors.size() == m_errorsBefore;
    }

    std::size_t line() const
    {
        return m_row.line;
    }

    // Whether the file has the column at all.
    bool has(std::size_t column) const
    {
        return m_sheet.fieldOf[column].has_value();
    }

    // The trimmed value, or "" when the column is not in this file.
    std::string_view value(std::size_t column) const
    {
        const std::optional<std::size_t>& field = m_sheet.fieldOf[column];
        return field ? trim(m_row.fields[*field]) : std::string_view();
    }

    void fail(std::size_t column, std::string message)
    {
        m_errors.push_back({m_row.line, std::string(m_columns[column].name), std::move(message)});
    }

    // Returns the value, or nothing after reporting that it is empty.
    std::optional<std::string_view> required(std::size_t column)
    {
        std::string_view text = value(column);
        if (text.empty()) {
            fail(column, "a value is required");
            return std::nullopt;
        }
        return text;
    }

    // A required single-line text of at most maxCharacters characters.
    std::string singleLine(std::size_t column, std::size_t maxCharacters)
    {
        const std::optional<std::string_view> text = required(column);
        if (!text)
            return {};
        const std::size_t length = characterCount(*text);
        if (length > maxCharacters) {
            fail(column, "the text is " + std::to_string(length) + " characters long; at most "
                             + std::to_string(maxCharacters) + " are allowed");
        } else if (hasControlCharacter(*text)) {
            // Names and descriptions are printed on one receipt line.
            fail(column, quoteForMessage(*text) + " contains a line break, tab or other control character");
        }
        return std::string(*text);
    }

    // An optional text of at most maxCharacters characters: an address may run over several lines.
    std::string optionalText(std::size_t column, std::size_t maxCharacters, bool lineBreaksAllowed)
    {
        const std::string_view text = value(column);
        const std::size_t length = characterCount(text);
        if (length > maxCharacters) {
            fail(column, "the text is " + std::to_string(length) + " characters long; at most "
                             + std::to_string(maxCharacters) + " are allowed");
        } else if (hasControlCharacter(text, lineBreaksAllowed)) {
            fail(column, quoteForMessage(text) + " contains a tab or other control character");
        }
        return std::string(text);
    }

    // A required code; what describes the allowed form, e.g. "an account number (1-20 of ...)".
    template <typename Allowed>
    std::string code(std::size_t column, std::size_t maxLength, Allowed allowed, std::string_view what)
    {
        const std::optional<std::string_view> text = required(column);
        if (!text)
            return {};
        if (!isCode(*text, maxLength, allowed))
            fail(column, quoteForMessage(*text) + " is not " + std::string(what));
        return std::string(*text);
    }

    // A required amount above zero.
    std::optional<Money> positiveAmount(std::size_t column)
    {
        const std::optional<std::string_view> text = required(column);
        if (!text)
            return std::nullopt;
        const MoneyParse parsed = parseMoney(*text);
        if (!parsed.value) {
            fail(column, parsed.error);
            return std::nullopt;
        }
        if (!parsed.value->isPositive()) {
            fail(column, quoteForMessage(*text) + " must be more than zero");
            return std::nullopt;
        }
        return parsed.value;
    }

    // Reports a second use of key (a valid value of column) within the file.
    void unique(std::size_t column, const std::string& key, std::string_view what,
                std::unordered_map<std::string, std::size_t>& firstLines)
    {
        const auto [it, inserted] = firstLines.emplace(key, m_row.line);
        if (!inserted)
            fail(column,
                std::string(what) + " " + quoteForMessage(key) + " is already used on line "
                    + std::to_string(it->second));
    }

private:
    const Sheet& m_sheet;
    std::span<const ColumnSpec> m_columns;
    const CsvRow& m_row;
    std::vector<ImportError>& m_errors;
    std::size_t m_errorsBefore;
};

// Runs checkRow over every row, stopping once the error list is full.
template <typename Row, typename CheckRow>
std::variant<std::vector<Row>, std::vector<ImportError>> parseRows(std::string_view text,
                                                                   std::span<const ColumnSpec> columns,
                                                                   CheckRow checkRow)
{
    std::variant<Sheet, std::vector<ImportError>> read = readSheet(text, columns);
    if (auto* errors = std::get_if<std::vector<ImportError>>(&read))
        return std::move(*errors);
    const Sheet& sheet = std::get<Sheet>(read);

    std::vector<Row> rows;
    std::vector<ImportError> errors;
    for (const CsvRow& csvRow : sheet.rows) {
        if (errors.size() >= kMaxImportErrors)
            break;
        RowCheck check(sheet, columns, csvRow, errors);
        Row row = checkRow(check);
        // Once the file is refused, good rows are no longer needed.
        if (errors.empty())
            rows.push_back(std::move(row));
    }
    if (!errors.empty()) {
        if (errors.size() > kMaxImportErrors)
            errors.resize(kMaxImportErrors);
        return errors;
    }
    return rows;
}

bool isAccountNumberCharacter(char c)
{
    return isUpper(c) || isDigit(c) || c == '-';
}

bool isBillIdCharacter(char c)
{
    return isUpper(c) || isLower(c) || isDigit(c) || c == '-' || c == '_';
}

bool isFeeCodeCharacter(char c)
{
    return isUpper(c) || isDigit(c) || c == '-' || c == '_';
}

bool isFundCharacter(char c)
{
    return isUpper(c) || isDigit(c) || c == '-' || c == '.';
}

bool isPhoneCharacter(char c)
{
    return isDigit(c) || c == ' ' || c == '(' || c == ')' || c == '+' || c == '-' || c == '.';
}

constexpr std::string_view kFundRule = "a fund code (1-20 of A-Z, 0-9, '-' and '.')";

constexpr std::array<AccountStatus, 3> kAccountStatuses = {
    AccountStatus::Active, AccountStatus::Closed, AccountStatus::CashOnly};

// Finds the enum value whose name is text; otherwise reports the allowed names.
template <typename Enum, std::size_t N, typename NameOf>
std::optional<Enum> oneOf(RowCheck& check, std::size_t column, const std::array<Enum, N>& values,
                          NameOf nameOf, std::string_view what)
{
    const std::optional<std::string_view> text = check.required(column);
    if (!text)
        return std::nullopt;
    std::vector<std::string_view> names;
    for (Enum value : values) {
        if (nameOf(value) == *text)
            return value;
        names.push_back(nameOf(value));
    }
    check.fail(
        column, quoteForMessage(*text) + " is not " + std::string(what) + " (" + joined(names, " or ") + ")");
    return std::nullopt;
}

namespace account {
enum : std::size_t { Number, Name, ServiceAddress, MailingAddress, Phone, Email, Status, Language };
constexpr std::array<ColumnSpec, 8> kColumns = {{
    {"number", true},
    {"name", true},
    {"service_address", false},
    {"mailing_address", false},
    {"phone", false},
    {"email", false},
    {"status", true},
    {"language", false},
}};
} // namespace account

namespace bill {
enum : std::size_t { Id, Account, Kind, DueDate, Amount, OpenBalance, Fund, Description, PeriodStart, PeriodEnd };
constexpr std::array<ColumnSpec, 10> kColumns = {{
    {"id", true},
    {"account", true},
    {"kind", true},
    {"due_date", true},
    {"amount", true},
    {"open_balance", false},
    {"fund", true},
    {"description", false},
    {"period_start", false},
    {"period_end", false},
}};
} // namespace bill

namespace fee {
enum : std::size_t { Code, Description, Amount, Fund };
constexpr std::array<ColumnSpec, 4> kColumns = {{
    {"code", true},
    {"description", true},
    {"amount", true},
    {"fund", true},
}};
} // namespace fee

int daysInMonth(int year, int month)
{
    switch (month) {
    case 2: {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    case 4:
    case 6:
    case 9:
    case 11:
        return 30;
    default:
        return 31;
    }
}

} // namespace

std::string formatImportError(const ImportError& error)
{
    std::string out;
    if (error.line > 0)
        out = "line " + std::to_string(error.line);
    if (!error.column.empty()) {
        out += out.empty() ? "column " : ", column ";
        // A column name comes from the file's header: keep a stray control character out of the message.
        for (char c : error.column)
            out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    }
    if (!out.empty())
        out += ": ";
    out += error.message;
    return out;
}

std::string_view accountStatusName(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return "active";
    case AccountStatus::Closed:
        return "closed";
    case AccountStatus::CashOnly:
        return "cash_only";
    }
    return "active";
}

std::string_view billKindName(BillKind kind)
{
    switch (kind) {
    case BillKind::Utility:
        return "utility";
    case BillKind::Permit:
        return "permit";
    case BillKind::License:
        return "license";
    case BillKind::Fee:
        return "fee";
    case BillKind::Installment:
        return "installment";
    }
    return "utility";
}

bool isFundCode(std::string_view code)
{
    return !code.empty() && code.size() <= 20 && std::all_of(code.begin(), code.end(), isFundCharacter);
}

bool isValidDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isDigit(text[i]))
            return false;
    }
    const auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    return day <= daysInMonth(year, month);
}

std::variant<std::vector<AccountRow>, std::vector<ImportError>> parseAccountsCsv(std::string_view text)
{
    using namespace account;
    std::unordered_map<std::string, std::size_t> firstLines;
    return parseRows<AccountRow>(text, kColumns, [&](RowCheck& check) {
        AccountRow row;
        row.line = check.line();
        // The number is checked first, so a clean row so far means the number itself is valid.
        row.number = check.code(Number, 20, isAccountNumberCharacter,
                                "an account number (1-20 of A-Z, 0-9 and '-')");
        if (check.passed())
            check.unique(Number, row.number, "account number", firstLines);
        row.name = check.singleLine(Name, 100);
        row.serviceAddress = check.optionalText(ServiceAddress, kMaxAddressCharacters, true);
        row.mailingAddress = check.optionalText(MailingAddress, kMaxAddressCharacters, true);

        const std::string_view phone = check.value(Phone);
        if (!phone.empty() && (phone.size() < 7 || !isCode(phone, 20, isPhoneCharacter)))
            check.fail(Phone,
                quoteForMessage(phone) + " is not a phone number (7-20 of digits, spaces and ( ) + - .)");
        row.phone = std::string(phone);

        const std::string_view email = check.value(Email);
        if (characterCount(email) > kMaxEmailCharacters) {
            check.fail(Email, "the email address is " + std::to_string(characterCount(email))
                                  + " characters long; at most " + std::to_string(kMaxEmailCharacters) + " are allowed");
        } else if (!email.empty()) {
            const std::size_t at = email.find('@');
            const bool ok = at != std::string_view::npos && at > 0 && at + 1 < email.size()
                            && email.find('@', at + 1) == std::string_view::npos
                            && email.find(' ') == std::string_view::npos && !hasControlCharacter(email);
            if (!ok)
                check.fail(Email,
                    quoteForMessage(email) + " is not an email address (one @ with text on both sides)");
        }
        row.email = std::string(email);

        if (auto status = oneOf(check, Status, kAccountStatuses, accountStatusName, "an account status"))
            row.status = *status;

        const std::string_view language = check.value(Language);
        if (!language.empty() && language != "en" && language != "es")
            check.fail(Language, quoteForMessage(language) + " is not a language receipts print in (en or es)");
        row.language = std::string(language);
        return row;
    });
}

std::variant<std::vector<BillRow>, std::vector<ImportError>> parseBillsCsv(std::string_view text)
{
    using namespace bill;
    std::unordered_map<std::string, std::size_t> firstLines;
    return parseRows<BillRow>(text, kColumns, [&](RowCheck& check) {
        BillRow row;
        row.line = check.line();
        row.id = check.code(Id, 30, isBillIdCharacter, "a bill id (1-30 of A-Z, a-z, 0-9, '-' and '_')");
        if (check.passed())
            check.unique(Id, row.id, "bill id", firstLines);
        if (auto account = check.required(Account))
            row.account = std::string(*account);
        if (auto kind = oneOf(check, Kind, kBillKinds, billKindName, "a bill kind"))
            row.kind = *kind;
        if (auto date = check.required(DueDate)) {
            if (!isValidDate(*date))
                check.fail(DueDate, quoteForMessage(*date) + " is not a date (YYYY-MM-DD)");
            row.dueDate = std::string(*date);
        }

        const std::optional<Money> amount = check.positiveAmount(Amount);
        if (amount)
            row.amount = *amount;
        const std::string_view open = check.value(OpenBalance);
        if (open.empty()) {
            row.openBalance = row.amount;
        } else {
            const MoneyParse parsed = parseMoney(open);
            if (!parsed.value) {
                check.fail(OpenBalance, parsed.error);
            } else if (parsed.value->isNegative()) {
                check.fail(OpenBalance, quoteForMessage(open) + " must not be negative");
            } else if (amount && *parsed.value > *amount) {
                check.fail(OpenBalance, "the open balance " + formatMoney(*parsed.value)
                                            + " is more than the amount " + formatMoney(*amount));
            } else {
                row.openBalance = *parsed.value;
            }
        }
        row.fund = check.code(Fund, 20, isFundCharacter, kFundRule);
        // What the customer reads on the receipt: printed on one line.
        row.described = check.has(Description) || check.has(PeriodStart) || check.has(PeriodEnd);
        row.description = check.optionalText(Description, kMaxBillDescriptionCharacters, false);
        bool periodOk = true;
        for (std::size_t column : {PeriodStart, PeriodEnd}) {
            const std::string_view date = check.value(column);
            if (!date.empty() && !isValidDate(date)) {
                check.fail(column, quoteForMessage(date) + " is not a date (YYYY-MM-DD)");
                periodOk = false;
            }
        }
        row.periodStart = std::string(check.value(PeriodStart));
        row.periodEnd = std::string(check.value(PeriodEnd));
        if (periodOk && row.periodStart.empty() != row.periodEnd.empty())
            check.fail(row.periodStart.empty() ? PeriodStart : PeriodEnd,
                       "a service period needs both period_start and period_end, or neither");
        else if (periodOk && row.periodEnd < row.periodStart) // ISO dates order as text
            check.fail(PeriodEnd, "the service period ends on " + row.periodEnd + ", before it starts on " + row.periodStart);
        return row;
    });
}

std::variant<std::vector<FeeRow>, std::vector<ImportError>> parseFeesCsv(std::string_view text)
{
    using namespace fee;
    std::unordered_map<std::string, std::size_t> firstLines;
    return parseRows<FeeRow>(text, kColumns, [&](RowCheck& check) {
        FeeRow row;
        row.line = check.line();
        row.code = check.code(Code, 20, isFeeCodeCharacter, "a fee code (1-20 of A-Z, 0-9, '-' and '_')");
        // Fee codes are what cashiers pick fees by, so two with one code would be ambiguous.
        if (check.passed())
            check.unique(Code, row.code, "fee code", firstLines);
        row.description = check.singleLine(Description, 100);
        if (auto amount = check.positiveAmount(Amount))
            row.amount = *amount;
        row.fund = check.code(Fund, 20, isFundCharacter, kFundRule);
        return row;
    });
}

std::vector<ImportError> checkBillsAgainst(const std::vector<BillRow>& rows,
                                           const std::function<bool(const std::string& account)>& accountKnown,
                                           const std::function<std::optional<KnownBill>(const std::string& id)>& knownBill)
{
    std::vector<ImportError> problems;
    auto problem = [&](std::size_t line, const char* column, std::string message) {
        if (problems.size() < kMaxImportErrors)
            problems.push_back({line, column, std::move(message)});
    };
    for (const auto& row : rows) {
        if (!accountKnown(row.account))
            problem(row.line, "account", "account \"" + row.account + "\" is not known");
        if (auto had = knownBill(row.id)) {
            if (had->account != row.account)
                problem(row.line, "account",
                        "bill " + row.id + " belongs to account " + had->account + ", not " + row.account
                            + "; a bill does not move to another account by re-import");
            else if (had->amount != row.amount)
                problem(row.line, "amount",
                        "bill " + row.id + " is for " + formatMoney(had->amount) + ", not " + formatMoney(row.amount)
                            + "; a billed amount does not change by re-import (adjust the bill instead)");
        }
    }
    return problems;
}

} // namespace tillbook
