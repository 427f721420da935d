// Tests for core/import_rows: accounts, bills and fees files, each rule at its line and column, and length limits.
#include "core/import_rows.h"
#include "csv_test_helpers.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using tillbook::CsvError;
using tillbook::ImportError;
using tillbook::Money;
using namespace tillbook::test; // csv_test_helpers.h

namespace {

std::string describe(const std::vector<ImportError>& errors)
{
    std::string out;
    for (const ImportError& error : errors)
        out += tillbook::formatImportError(error) + "\n";
    return out;
}

template <typename Row>
std::vector<Row> importGood(const std::variant<std::vector<Row>, std::vector<ImportError>>& result)
{
    if (const auto* errors = std::get_if<std::vector<ImportError>>(&result)) {
        INFO(describe(*errors));
        FAIL("expected the import to be accepted");
    }
    return std::get<std::vector<Row>>(result);
}

template <typename Row>
std::vector<ImportError> importBad(const std::variant<std::vector<Row>, std::vector<ImportError>>& result)
{
    if (std::holds_alternative<std::vector<Row>>(result))
        FAIL("expected the import to be refused");
    return std::get<std::vector<ImportError>>(result);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Import rows: common behaviour
// ---------------------------------------------------------------------------------------------

TEST_CASE("Import errors format with line and column", "[import]")
{
    CHECK(tillbook::formatImportError({14, "due_date", "\"2026-13-01\" is not a date (YYYY-MM-DD)"})
          == "line 14, column due_date: \"2026-13-01\" is not a date (YYYY-MM-DD)");
    CHECK(tillbook::formatImportError({7, "", "this record has 5 fields; the header has 6"})
          == "line 7: this record has 5 fields; the header has 6");
    CHECK(tillbook::formatImportError({0, "", "the file is empty"}) == "the file is empty");
}

TEST_CASE("Enum names", "[import]")
{
    using tillbook::AccountStatus;
    using tillbook::BillKind;
    CHECK(tillbook::accountStatusName(AccountStatus::Active) == "active");
    CHECK(tillbook::accountStatusName(AccountStatus::Closed) == "closed");
    CHECK(tillbook::accountStatusName(AccountStatus::CashOnly) == "cash_only");
    CHECK(tillbook::billKindName(BillKind::Utility) == "utility");
    CHECK(tillbook::billKindName(BillKind::Permit) == "permit");
    CHECK(tillbook::billKindName(BillKind::License) == "license");
    CHECK(tillbook::billKindName(BillKind::Fee) == "fee");
    CHECK(tillbook::billKindName(BillKind::Installment) == "installment");
}

TEST_CASE("Dates must be real calendar dates", "[import][date]")
{
    struct Case {
        std::string text;
        bool valid;
    };
    const std::vector<Case> cases = {
        {"2024-02-29", true},  {"2000-02-29", true},  {"2026-04-30", true},  {"2026-12-31", true},
        {"2026-01-01", true},  {"0001-01-01", true},  {"9999-12-31", true},  {"2026-02-28", true},
        {"2023-02-29", false}, {"1900-02-29", false}, {"2100-02-29", false}, {"2026-13-01", false},
        {"2026-04-31", false}, {"2026-06-31", false}, {"2026-09-31", false}, {"2026-11-31", false},
        {"2026-01-32", false}, {"2026-00-10", false}, {"2026-01-00", false}, {"0000-01-01", false},
        {"2026-1-01", false},  {"2026-01-1", false},  {"26-01-01", false},   {"2026/01/01", false},
        {" 2026-01-01", false}, {"2026-01-01 ", false}, {"2026-01-01x", false}, {"", false},
        {"2026-0a-01", false}, {"+026-01-01", false}, {"2026--1-01", false},
    };
    for (const Case& c : cases) {
        INFO("\"" << c.text << "\"");
        CHECK(tillbook::isValidDate(c.text) == c.valid);
    }
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

namespace {

const std::string kAccountHeader = "number,name,service_address,mailing_address,phone,email,status\n";

struct AccountValues {
    std::string number = "A-100";
    std::string name = "Jane Doe";
    std::string serviceAddress = "1 Main St";
    std::string mailingAddress = "PO Box 9";
    std::string phone = "(555) 123-4567";
    std::string email = "jane@example.org";
    std::string status = "active";
};

std::string accountLine(const AccountValues& v)
{
    return writeField(v.number, false) + "," + writeField(v.name, false) + ","
        + writeField(v.serviceAddress, false) + "," + writeField(v.mailingAddress, false) + ","
        + writeField(v.phone, false) + "," + writeField(v.email, false) + "," + writeField(v.status, false)
        + "\n";
}

// A file whose third line (after the header and one good row) holds the given values.
std::string accountsFileWith(const AccountValues& values)
{
    AccountValues first;
    first.number = "FIRST-1";
    return kAccountHeader + accountLine(first) + accountLine(values);
}

} // namespace

TEST_CASE("A good accounts file gives typed rows", "[import][accounts]")
{
    const std::string text = kBom + "status,email,phone,mailing_address,service_address,name,number\r\n"
                             "active,ana@example.org,555-0100,,12 Elm St,Ana Núñez,A-1\r\n"
                             "\r\n"
                             "closed,,,\"Ærø Post\nBox 4\nDenmark\",,Ærø Havn,B-22\r\n"
                             "cash_only, ,+1 (555) 010.0199 , , ,  Trimmed Name  ,C-333\r\n";
    const auto rows = importGood(tillbook::parseAccountsCsv(text));
    REQUIRE(rows.size() == 3);

    CHECK(rows[0].line == 2);
    CHECK(rows[0].number == "A-1");
    CHECK(rows[0].name == "Ana Núñez");
    CHECK(rows[0].serviceAddress == "12 Elm St");
    CHECK(rows[0].mailingAddress.empty());
    CHECK(rows[0].phone == "555-0100");
    CHECK(rows[0].email == "ana@example.org");
    CHECK(rows[0].status == tillbook::AccountStatus::Active);

    CHECK(rows[1].line == 4);
    CHECK(rows[1].name == "Ærø Havn");
    CHECK(rows[1].mailingAddress == "Ærø Post\nBox 4\nDenmark");
    CHECK(rows[1].status == tillbook::AccountStatus::Closed);

    CHECK(rows[2].line == 7);
    CHECK(rows[2].number == "C-333");
    CHECK(rows[2].name == "Trimmed Name");
    CHECK(rows[2].phone == "+1 (555) 010.0199");
    CHECK(rows[2].email.empty());
    CHECK(rows[2].status == tillbook::AccountStatus::CashOnly);
}

TEST_CASE("Optional account columns may be left out", "[import][accounts]")
{
    const auto rows = importGood(tillbook::parseAccountsCsv("name,number,status\nBo,X1,active\n"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].number == "X1");
    CHECK(rows[0].name == "Bo");
    CHECK(rows[0].phone.empty());
    CHECK(rows[0].serviceAddress.empty());

    CHECK(importGood(tillbook::parseAccountsCsv(kAccountHeader)).empty());
}

TEST_CASE("The customer's language is an optional column of en or es", "[import][accounts]")
{
    const auto rows = importGood(
        tillbook::parseAccountsCsv("number,name,status,language\nA1,Ana,active,es\nA2,Bo,active,en\nA3,Cy,active,\n"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].language == "es");
    CHECK(rows[1].language == "en");
    CHECK(rows[2].language.empty()); // not given: the account keeps what it has
    auto refused = tillbook::parseAccountsCsv("number,name,status,language\nA1,Ana,active,es\nA2,Bo,active,fr\n");
    REQUIRE(std::holds_alternative<std::vector<tillbook::ImportError>>(refused));
    const auto& errors = std::get<std::vector<tillbook::ImportError>>(refused);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 3);
    CHECK(errors[0].column == "language");
    CHECK_THAT(errors[0].message, Catch::Contains("\"fr\" is not a language receipts print in (en or es)"));
}

TEST_CASE("Each account rule accepts and refuses at the exact line and column", "[import][accounts]")
{
    std::string name100(50, 'n');
    for (int i = 0; i < 50; ++i)
        name100 += "ñ";
    struct Case {
        std::string name;
        std::string AccountValues::*field;
        std::string value;
        std::string column; // "" when the row must be accepted
        std::string message = {};
    };
    const std::vector<Case> cases = {
        {"number of 20 characters", &AccountValues::number, "ABCDEFGHIJ-123456789", ""},
        {"number of digits only", &AccountValues::number, "0042", ""},
        {"number of 21 characters", &AccountValues::number, "ABCDEFGHIJ-1234567890", "number",
            "is not an account number"},
        {"empty number", &AccountValues::number, "", "number", "a value is required"},
        {"number of spaces", &AccountValues::number, "   ", "number", "a value is required"},
        {"lowercase number", &AccountValues::number, "a-100", "number", "\"a-100\" is not an account number"},
        {"number with underscore", &AccountValues::number, "A_100", "number", "is not an account number"},
        {"number with inner space", &AccountValues::number, "A 100", "number", "is not an account number"},
        {"name of 100 characters", &AccountValues::name, name100, ""},
        {"name of 101 characters", &AccountValues::name, "n" + name100, "name",
            "the text is 101 characters long; at most 100 are allowed"},
        {"one-letter name", &AccountValues::name, "Ø", ""},
        {"name with a comma and quotes", &AccountValues::name, "Doe, \"JJ\" Jane", ""},
        {"empty name", &AccountValues::name, "", "name", "a value is required"},
        {"name over two lines", &AccountValues::name, "Jane\nDoe", "name", "control character"},
        {"name with a C1 next-line", &AccountValues::name, "Jane\xC2\x85" "Doe", "name", "control character"},
        {"name with a right-to-left override", &AccountValues::name, "Jane \xE2\x80\xAE" "eoD", "name",
            "control character"},
        {"name with a line separator", &AccountValues::name, "Jane\xE2\x80\xA8" "Doe", "name", "control character"},
        {"address over two lines", &AccountValues::serviceAddress, "1 Main St\nApt 2", ""},
        {"address over two CRLF lines", &AccountValues::mailingAddress, "PO Box 9\r\nSpringfield", ""},
        {"address of 200 characters", &AccountValues::serviceAddress, std::string(200, 'a'), ""},
        {"address of 201 characters", &AccountValues::serviceAddress, std::string(201, 'a'), "service_address",
            "the text is 201 characters long; at most 200 are allowed"},
        {"address with a NUL", &AccountValues::serviceAddress, std::string("1 Main\0St", 9), "service_address",
            "control character"},
        {"address with an escape", &AccountValues::mailingAddress, "PO Box 9\x1B[2J", "mailing_address",
            "control character"},
        {"email of 254 characters", &AccountValues::email, std::string(250, 'j') + "@x.y", ""},
        {"email of 255 characters", &AccountValues::email, std::string(251, 'j') + "@x.y", "email",
            "at most 254"},
        {"email with a tab", &AccountValues::email, "jane\t@example.org", "email", "is not an email address"},
        {"empty service address", &AccountValues::serviceAddress, "", ""},
        {"empty mailing address", &AccountValues::mailingAddress, "", ""},
        {"empty phone", &AccountValues::phone, "", ""},
        {"phone of 7 characters", &AccountValues::phone, "5550100", ""},
        {"phone of 20 characters", &AccountValues::phone, "+1 (555) 123-4567.89", ""},
        {"phone of 6 characters", &AccountValues::phone, "555010", "phone",
            "\"555010\" is not a phone number"},
        {"phone of 21 characters", &AccountValues::phone, "+1 (555) 123-4567.890", "phone",
            "is not a phone number"},
        {"phone with letters", &AccountValues::phone, "555-CALL-NOW", "phone", "is not a phone number"},
        {"phone with a slash", &AccountValues::phone, "555/0100", "phone", "is not a phone number"},
        {"empty email", &AccountValues::email, "", ""},
        {"shortest email", &AccountValues::email, "a@b", ""},
        {"Unicode email", &AccountValues::email, "núñez@ærø.dk", ""},
        {"email without @", &AccountValues::email, "jane.example.org", "email", "is not an email address"},
        {"email without a local part", &AccountValues::email, "@example.org", "email",
            "is not an email address"},
        {"email without a domain", &AccountValues::email, "jane@", "email", "is not an email address"},
        {"email with two @", &AccountValues::email, "jane@x@example.org", "email", "is not an email address"},
        {"status closed", &AccountValues::status, "closed", ""},
        {"status cash_only", &AccountValues::status, "cash_only", ""},
        {"unknown status", &AccountValues::status, "open", "status",
            "\"open\" is not an account status (active, closed or cash_only)"},
        {"capitalised status", &AccountValues::status, "Active", "status", "is not an account status"},
        {"empty status", &AccountValues::status, "", "status", "a value is required"},
        {"duplicate number", &AccountValues::number, "FIRST-1", "number",
            "account number \"FIRST-1\" is already used on line 2"},
    };

    for (const Case& c : cases) {
        SECTION(c.name)
        {
            AccountValues values;
            values.*c.field = c.value;
            const auto result = tillbook::parseAccountsCsv(accountsFileWith(values));
            if (c.column.empty()) {
                const auto rows = importGood(result);
                REQUIRE(rows.size() == 2);
                CHECK(rows[1].line == 3);
                CHECK(rows[1].number == values.number);
                CHECK(rows[1].name == values.name);
                CHECK(rows[1].serviceAddress == values.serviceAddress);
                CHECK(rows[1].mailingAddress == values.mailingAddress);
                CHECK(rows[1].phone == values.phone);
                CHECK(rows[1].email == values.email);
                CHECK(tillbook::accountStatusName(rows[1].status) == values.status);
            } else {
                const auto errors = importBad(result);
                INFO(describe(errors));
                REQUIRE(errors.size() == 1);
                CHECK(errors[0].line == 3);
                CHECK(errors[0].column == c.column);
                CHECK(errors[0].message.find(c.message) != std::string::npos);
            }
        }
    }
}

TEST_CASE("Accounts header problems are reported against the header line", "[import][accounts]")
{
    SECTION("unknown column")
    {
        const auto errors
            = importBad(tillbook::parseAccountsCsv("\nnumber,name,status,fax\nA1,Jo,active,1\n"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].column == "fax");
        CHECK(errors[0].message.find("not one of number, name") != std::string::npos);
    }
    SECTION("missing required column, and a misspelt one")
    {
        const auto errors = importBad(tillbook::parseAccountsCsv("number,name,stauts\nA1,Jo,active\n"));
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].line == 1);
        CHECK(errors[0].column == "stauts");
        CHECK(errors[1].line == 1);
        CHECK(errors[1].column.empty());
        CHECK(errors[1].message == "the required column \"status\" is missing");
    }
    SECTION("empty file")
    {
        const auto errors = importBad(tillbook::parseAccountsCsv(""));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 1);
        CHECK(errors[0].column.empty());
        CHECK(errors[0].message.find("empty") != std::string::npos);
    }
}

TEST_CASE("CSV problems become one import error naming the column", "[import][accounts]")
{
    SECTION("stray quote in a known column")
    {
        const auto errors = importBad(tillbook::parseAccountsCsv(kAccountHeader + "A1,Jo,,,55\"5,,active\n"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].column == "phone");
        CHECK(tillbook::formatImportError(errors[0])
              == "line 2, column phone: a quote appears inside a field that does not start with one");
    }
    SECTION("unterminated quote reports its first line")
    {
        const auto errors = importBad(
            tillbook::parseAccountsCsv(kAccountHeader + "A1,Jo,,,,,active\nA2,\"Jo\nJim,,,,,active\n"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == "name");
    }
    SECTION("wrong field count is a whole-line error")
    {
        const auto errors = importBad(tillbook::parseAccountsCsv(kAccountHeader + "A1,Jo,active\n"));
        REQUIRE(errors.size() == 1);
        CHECK(tillbook::formatImportError(errors[0]) == "line 2: this record has 3 fields; the header has 7");
    }
    SECTION("a field past the header has no name")
    {
        const auto errors
            = importBad(tillbook::parseAccountsCsv("number,name,status\nA1,Jo,active,\"x\"y\n"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].column.empty());
        CHECK(errors[0].message == "in field 4, text follows the closing quote of a quoted field");
    }
    SECTION("a header problem has no column name")
    {
        const auto errors = importBad(tillbook::parseAccountsCsv("number,name,name\n"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 1);
        CHECK(errors[0].column.empty());
        CHECK(errors[0].message == "in field 3, the column name \"name\" already names field 2");
    }
    SECTION("invalid UTF-8 names the column")
    {
        const auto errors
            = importBad(tillbook::parseAccountsCsv(kAccountHeader + "A1,N\372\361ez,,,,,active\n"));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].column == "name");
        CHECK(errors[0].message.find("0xFA is not valid UTF-8") != std::string::npos);
    }
}

TEST_CASE("All errors of a file are collected in order - up to 100", "[import][accounts]")
{
    SECTION("several rows and columns")
    {
        const std::string text = kAccountHeader + "A1,Jo,,,,,active\n"
                                                  "a2,,,,12,x,gone\n"
                                                  "\n"
                                                  "A1,Bo,,,,,closed\n";
        const auto errors = importBad(tillbook::parseAccountsCsv(text));
        INFO(describe(errors));
        REQUIRE(errors.size() == 6);
        const std::vector<std::pair<std::size_t, std::string>> expected = {
            {3, "number"}, {3, "name"}, {3, "phone"}, {3, "email"}, {3, "status"}, {5, "number"},
        };
        for (std::size_t i = 0; i < expected.size(); ++i) {
            CHECK(errors[i].line == expected[i].first);
            CHECK(errors[i].column == expected[i].second);
        }
        CHECK(errors[5].message == "account number \"A1\" is already used on line 2");
    }
    SECTION("capped at 100")
    {
        std::string text = kAccountHeader;
        for (int i = 0; i < 150; ++i)
            text += "bad,,,,,,gone\n";
        const auto errors = importBad(tillbook::parseAccountsCsv(text));
        REQUIRE(errors.size() == tillbook::kMaxImportErrors);
        REQUIRE(errors.size() == 100);
        CHECK(errors.front().line == 2);
        // Three errors (number, name, status) per line: lines 2-34 give 99, line 35 goes past the cap.
        CHECK(errors.back().line == 35);
        CHECK(errors.back().column == "number");
    }
}

TEST_CASE("Long values are shortened in messages without splitting characters", "[import]")
{
    std::string number;
    for (int i = 0; i < 60; ++i)
        number += "ñ";
    const auto errors
        = importBad(tillbook::parseAccountsCsv("number,name,status\n" + number + ",Jo,active\n"));
    REQUIRE(errors.size() == 1);
    std::string shown;
    for (int i = 0; i < 37; ++i)
        shown += "ñ";
    CHECK(errors[0].message.rfind("\"" + shown + "...\" is not an account number", 0) == 0);
}

// ---------------------------------------------------------------------------------------------
// Bills
// ---------------------------------------------------------------------------------------------

namespace {

const std::string kBillHeader = "id,account,kind,due_date,amount,open_balance,fund\n";
const std::string kGoodBill = "B-1,A-100,utility,2026-05-01,120.50,,GEN\n";

} // namespace

TEST_CASE("A good bills file gives typed rows", "[import][bills]")
{
    const std::string text = "fund,amount,due_date,kind,account,id,open_balance\n"
                             "WATER.01,\"$1,234.56\",2024-02-29,utility,A-100,Bill_1-a,\n"
                             "GEN,50,2026-12-31,permit,A-100,b2,12.5\n"
                             "GEN,0.01,2026-01-01,license,X,b3,0\n"
                             "GEN-2,75.00,2026-06-30,fee,X,b4,75\n"
                             "GEN,10,2026-07-01,installment,X,b5, $3.00 \n";
    const auto rows = importGood(tillbook::parseBillsCsv(text));
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].id == "Bill_1-a");
    CHECK(rows[0].account == "A-100");
    CHECK(rows[0].kind == tillbook::BillKind::Utility);
    CHECK(rows[0].dueDate == "2024-02-29");
    CHECK(rows[0].amount == dollars(123456));
    CHECK(rows[0].openBalance == dollars(123456));
    CHECK(rows[0].fund == "WATER.01");
    CHECK(rows[1].kind == tillbook::BillKind::Permit);
    CHECK(rows[1].openBalance == dollars(1250));
    CHECK(rows[2].kind == tillbook::BillKind::License);
    CHECK(rows[2].amount == dollars(1));
    CHECK(rows[2].openBalance == dollars(0));
    CHECK(rows[3].kind == tillbook::BillKind::Fee);
    CHECK(rows[3].openBalance == dollars(7500));
    CHECK(rows[4].kind == tillbook::BillKind::Installment);
    CHECK(rows[4].openBalance == dollars(300));
    CHECK(rows[4].line == 6);
}

TEST_CASE("open_balance may be left out and defaults to the amount", "[import][bills]")
{
    const auto rows = importGood(
        tillbook::parseBillsCsv("id,account,kind,due_date,amount,fund\nb1,A,fee,2026-03-01,9.99,GEN\n"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].amount == dollars(999));
    CHECK(rows[0].openBalance == dollars(999));

    const auto errors = importBad(tillbook::parseBillsCsv("id,account,kind,amount,open_balance,fund\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "the required column \"due_date\" is missing");
}

TEST_CASE("Each bill rule accepts and refuses at the exact line and column", "[import][bills]")
{
    struct Case {
        std::string name;
        std::string row; // the third line of the file
        std::string column;
        std::string message = {};
    };
    const std::vector<Case> cases = {
        {"id of 30 characters", "abcdefghij_ABCDEFGHIJ-12345678,A,fee,2026-05-01,1,,GEN", ""},
        {"id of 31 characters", "abcdefghij_ABCDEFGHIJ-123456789,A,fee,2026-05-01,1,,GEN", "id",
            "is not a bill id"},
        {"id with a space", "\"b 2\",A,fee,2026-05-01,1,,GEN", "id", "\"b 2\" is not a bill id"},
        {"id with a dot", "b.2,A,fee,2026-05-01,1,,GEN", "id", "is not a bill id"},
        {"empty id", ",A,fee,2026-05-01,1,,GEN", "id", "a value is required"},
        {"duplicate id", "B-1,A,fee,2026-05-01,1,,GEN", "id", "bill id \"B-1\" is already used on line 2"},
        {"ids differ by case", "b-1,A,fee,2026-05-01,1,,GEN", ""},
        {"any account text", "b2,some account,fee,2026-05-01,1,,GEN", ""},
        {"empty account", "b2,,fee,2026-05-01,1,,GEN", "account", "a value is required"},
        {"unknown kind", "b2,A,tax,2026-05-01,1,,GEN", "kind",
            "\"tax\" is not a bill kind (utility, permit, license, fee or installment)"},
        {"empty kind", "b2,A,,2026-05-01,1,,GEN", "kind", "a value is required"},
        {"leap day", "b2,A,fee,2024-02-29,1,,GEN", ""},
        {"leap day in a common year", "b2,A,fee,2023-02-29,1,,GEN", "due_date",
            "\"2023-02-29\" is not a date (YYYY-MM-DD)"},
        {"month 13", "b2,A,fee,2026-13-01,1,,GEN", "due_date", "\"2026-13-01\" is not a date (YYYY-MM-DD)"},
        {"April 31", "b2,A,fee,2026-04-31,1,,GEN", "due_date", "\"2026-04-31\" is not a date (YYYY-MM-DD)"},
        {"US date order", "b2,A,fee,05/01/2026,1,,GEN", "due_date", "is not a date"},
        {"empty date", "b2,A,fee,,1,,GEN", "due_date", "a value is required"},
        {"amount with dollar sign", "b2,A,fee,2026-05-01,$7.25,,GEN", ""},
        {"zero amount", "b2,A,fee,2026-05-01,0.00,,GEN", "amount", "\"0.00\" must be more than zero"},
        {"negative amount", "b2,A,fee,2026-05-01,-5,,GEN", "amount", "must be more than zero"},
        {"three decimals", "b2,A,fee,2026-05-01,1.234,,GEN", "amount",
            "more than two digits after the decimal point"},
        {"amount that is not money", "b2,A,fee,2026-05-01,abc,,GEN", "amount", "\"abc\""},
        {"empty amount", "b2,A,fee,2026-05-01,,,GEN", "amount", "a value is required"},
        {"open balance equal to the amount", "b2,A,fee,2026-05-01,10,10.00,GEN", ""},
        {"open balance of zero", "b2,A,fee,2026-05-01,10,0,GEN", ""},
        {"open balance above the amount", "b2,A,fee,2026-05-01,10,10.01,GEN", "open_balance",
            "the open balance $10.01 is more than the amount $10.00"},
        {"negative open balance", "b2,A,fee,2026-05-01,10,-0.01,GEN", "open_balance",
            "\"-0.01\" must not be negative"},
        {"open balance that is not money", "b2,A,fee,2026-05-01,10,ten,GEN", "open_balance", "\"ten\""},
        {"fund with a dot and dash", "b2,A,fee,2026-05-01,1,,GEN-01.A", ""},
        {"fund of 20 characters", "b2,A,fee,2026-05-01,1,,ABCDEFGHIJ.123456789", ""},
        {"fund of 21 characters", "b2,A,fee,2026-05-01,1,,ABCDEFGHIJ.1234567890", "fund",
            "is not a fund code"},
        {"lowercase fund", "b2,A,fee,2026-05-01,1,,gen", "fund", "\"gen\" is not a fund code"},
        {"fund with an underscore", "b2,A,fee,2026-05-01,1,,GEN_1", "fund", "is not a fund code"},
        {"empty fund", "b2,A,fee,2026-05-01,1,,", "fund", "a value is required"},
    };

    for (const Case& c : cases) {
        SECTION(c.name)
        {
            const auto result = tillbook::parseBillsCsv(kBillHeader + kGoodBill + c.row + "\n");
            if (c.column.empty()) {
                const auto rows = importGood(result);
                REQUIRE(rows.size() == 2);
                CHECK(rows[1].line == 3);
                CHECK(rows[1].amount.isPositive());
                CHECK(rows[1].openBalance <= rows[1].amount);
            } else {
                const auto errors = importBad(result);
                INFO(describe(errors));
                REQUIRE(errors.size() == 1);
                CHECK(errors[0].line == 3);
                CHECK(errors[0].column == c.column);
                CHECK(errors[0].message.find(c.message) != std::string::npos);
            }
        }
    }
}

TEST_CASE("A bad amount does not also blame the open balance", "[import][bills]")
{
    const auto errors = importBad(tillbook::parseBillsCsv(kBillHeader + "b1,A,fee,2026-05-01,x,5,GEN\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].column == "amount");
    CHECK(tillbook::formatImportError(errors[0]).rfind("line 2, column amount: \"x\"", 0) == 0);
}

// ---------------------------------------------------------------------------------------------
// Fees
// ---------------------------------------------------------------------------------------------

TEST_CASE("A good fees file gives typed rows", "[import][fees]")
{
    const std::string text = "description,fund,code,amount\n"
                             "Dog licence – Ærø rate,LIC.DOG,DOG_1,12.00\n"
                             "\"Copies, per page\",GEN,COPY-BW,0.10\n";
    const auto rows = importGood(tillbook::parseFeesCsv(text));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].code == "DOG_1");
    CHECK(rows[0].description == "Dog licence – Ærø rate");
    CHECK(rows[0].amount == dollars(1200));
    CHECK(rows[0].fund == "LIC.DOG");
    CHECK(rows[1].line == 3);
    CHECK(rows[1].description == "Copies, per page");
    CHECK(rows[1].amount == dollars(10));
}

TEST_CASE("Each fee rule accepts and refuses at the exact line and column", "[import][fees]")
{
    const std::string hundred = std::string(99, 'x') + "é";
    struct Case {
        std::string name;
        std::string row;
        std::string column;
        std::string message = {};
    };
    const std::vector<Case> cases = {
        {"code of 20 characters", "ABCDEFGHIJ_123456789,Copy,1,GEN", ""},
        {"code of 21 characters", "ABCDEFGHIJ_1234567890,Copy,1,GEN", "code", "is not a fee code"},
        {"lowercase code", "copy,Copy,1,GEN", "code", "\"copy\" is not a fee code"},
        {"code with a dot", "C.1,Copy,1,GEN", "code", "is not a fee code"},
        {"empty code", ",Copy,1,GEN", "code", "a value is required"},
        {"duplicate code", "F1,Copy,1,GEN", "code", "fee code \"F1\" is already used on line 2"},
        {"description of 100 characters", "C2," + hundred + ",1,GEN", ""},
        {"description of 101 characters", "C2," + hundred + "x,1,GEN", "description", "101 characters"},
        {"empty description", "C2,,1,GEN", "description", "a value is required"},
        {"description with a tab", "C2,Copy\tfee,1,GEN", "description", "control character"},
        {"zero amount", "C2,Copy,0,GEN", "amount", "must be more than zero"},
        {"negative amount", "C2,Copy,-$1.00,GEN", "amount", "must be more than zero"},
        {"bad amount", "C2,Copy,1.2.3,GEN", "amount", "more than one decimal point"},
        {"lowercase fund", "C2,Copy,1,gen", "fund", "is not a fund code"},
        {"empty fund", "C2,Copy,1,", "fund", "a value is required"},
    };

    for (const Case& c : cases) {
        SECTION(c.name)
        {
            const auto result
                = tillbook::parseFeesCsv("code,description,amount,fund\nF1,First,5,GEN\n" + c.row + "\n");
            if (c.column.empty()) {
                const auto rows = importGood(result);
                REQUIRE(rows.size() == 2);
                CHECK(rows[1].line == 3);
            } else {
                const auto errors = importBad(result);
                INFO(describe(errors));
                REQUIRE(errors.size() == 1);
                CHECK(errors[0].line == 3);
                CHECK(errors[0].column == c.column);
                CHECK(errors[0].message.find(c.message) != std::string::npos);
            }
        }
    }
}

TEST_CASE("Fees header must have exactly the known columns", "[import][fees]")
{
    const auto errors = importBad(tillbook::parseFeesCsv("code,description,price,fund,notes\nF1,X,1,GEN,\n"));
    INFO(describe(errors));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].column == "price");
    CHECK(errors[1].column == "notes");
    CHECK(errors[2].message == "the required column \"amount\" is missing");
    for (const ImportError& error : errors)
        CHECK(error.line == 1);
}

// ---------------------------------------------------------------------------------------------
// Length limits: refused while reading, with the line, before a huge field is copied around
// ---------------------------------------------------------------------------------------------

TEST_CASE("A 2 MB field is refused with its line and column", "[import][limits]")
{
    const std::string huge(2 * 1024 * 1024, 'x');
    for (const std::string& field : {huge, "\"" + huge + "\"", "\"" + std::string(1024 * 1024, 'x') + "\n" + huge + "\""}) {
        const std::string text = kAccountHeader + "A-1,Ann,1 Main St,,,,active\n" + "A-2,Bo," + field + ",,,,active\n"
                                 + "A-3,Cy,3 Main St,,,,active\n";
        const auto errors = importBad(tillbook::parseAccountsCsv(text));
        INFO(describe(errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == "service_address");
        CHECK_THAT(errors[0].message, Catch::Contains("4096 bytes"));
    }
    const CsvError error = parseBad("a,b\n1,2\n" + huge + ",3\n");
    CHECK(error.line == 3);
    CHECK(error.column == 1);
    CHECK_THAT(error.message, Catch::Contains("longer than"));
}


TEST_CASE("A bill's description and service period are optional columns, checked at their line", "[import][bills]")
{
    // An older file without them still imports, with nothing to print.
    const auto old = importGood(tillbook::parseBillsCsv("id,account,kind,due_date,amount,fund\nb1,A,utility,2026-03-01,9.99,WATER\n"));
    REQUIRE(old.size() == 1);
    CHECK(old[0].description.empty());
    CHECK(old[0].periodStart.empty());
    CHECK(old[0].periodEnd.empty());

    const std::string header = "id,account,kind,due_date,amount,fund,description,period_start,period_end\n";
    const auto rows = importGood(tillbook::parseBillsCsv(header + "b1,A,utility,2026-11-20,43.04,WATER,\"Water, October\",2026-10-01,2026-10-31\n"
                                                                  "b2,A,permit,2026-11-20,10,GEN,,,\n"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].description == "Water, October");
    CHECK(rows[0].periodStart == "2026-10-01");
    CHECK(rows[0].periodEnd == "2026-10-31");
    CHECK(rows[1].description.empty());

    struct Case {
        std::string row;
        std::string column;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"b3,A,utility,2026-11-20,1,GEN,Water,2026-10-01,", "period_end", "needs both period_start and period_end"},
        {"b3,A,utility,2026-11-20,1,GEN,Water,,2026-10-31", "period_start", "needs both"},
        {"b3,A,utility,2026-11-20,1,GEN,Water,2026-10-31,2026-10-01", "period_end", "before it starts on 2026-10-31"},
        {"b3,A,utility,2026-11-20,1,GEN,Water,2026-02-30,2026-03-31", "period_start", "\"2026-02-30\" is not a date"},
        {"b3,A,utility,2026-11-20,1,GEN,\"Water\nand sewer\",,", "description", "control character"},
        {"b3,A,utility,2026-11-20,1,GEN," + std::string(81, 'x') + ",,", "description", "81 characters long; at most 80"},
    };
    for (const Case& c : cases) {
        INFO(c.row);
        // The good line first: the whole file is refused, and the problem is named at line 3.
        const auto errors = importBad(tillbook::parseBillsCsv(header + "b1,A,utility,2026-11-20,43.04,WATER,Water,,\n" + c.row + "\n"));
        INFO(describe(errors));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].column == c.column);
        CHECK(errors[0].message.find(c.message) != std::string::npos);
    }
}
