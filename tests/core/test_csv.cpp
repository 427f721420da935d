// Tests for core/csv: the reader (tables of good and bad files, a fixed-seed round trip) and the writer (RFC 4180
// quoting, formulas neutralized, numbers left as numbers).
#include "core/csv.h"
#include "csv_test_helpers.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using tillbook::CsvError;
using tillbook::CsvRow;
using tillbook::CsvTable;
using tillbook::Money;
using namespace tillbook::test; // csv_test_helpers.h

namespace {

using Fields = std::vector<std::string>;

struct ExpectedRow {
    std::size_t line;
    Fields fields;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// CSV reader
// ---------------------------------------------------------------------------------------------

TEST_CASE("Well-formed CSV parses with exact fields and line numbers", "[csv]")
{
    struct Case {
        std::string name;
        std::string text;
        Fields header;
        std::vector<ExpectedRow> rows;
    };
    const std::vector<Case> cases = {
        {"LF endings", "a,b\n1,2\n3,4\n", {"a", "b"}, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        {"CRLF endings", "a,b\r\n1,2\r\n3,4\r\n", {"a", "b"}, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        {"CRLF and LF mixed", "a,b\r\n1,2\n3,4\r\n5,6\n", {"a", "b"},
            {{2, {"1", "2"}}, {3, {"3", "4"}}, {4, {"5", "6"}}}},
        {"last record without line ending", "a,b\n1,2\n3,4", {"a", "b"}, {{2, {"1", "2"}}, {3, {"3", "4"}}}},
        {"byte order mark skipped", kBom + "a,b\n1,2\n", {"a", "b"}, {{2, {"1", "2"}}}},
        {"quoted comma and doubled quotes", "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", {"a", "b"},
            {{2, {"x, y", "say \"hi\""}}}},
        {"field that is only a quote", "a\n\"\"\"\"\n", {"a"}, {{2, {"\""}}}},
        {"empty quoted field", "a,b\n\"\",x\n", {"a", "b"}, {{2, {"", "x"}}}},
        {"quoted LF advances the line counter", "a,b\n\"x\ny\",2\n3,4\n", {"a", "b"},
            {{2, {"x\ny", "2"}}, {4, {"3", "4"}}}},
        {"quoted CRLF kept as written", "a,b\r\n\"x\r\n\r\ny\",2\r\n3,4\r\n", {"a", "b"},
            {{2, {"x\r\n\r\ny", "2"}}, {5, {"3", "4"}}}},
        {"quoted header", "\"a,1\",\"b\"\"2\"\nx,y\n", {"a,1", "b\"2"}, {{2, {"x", "y"}}}},
        {"blank lines skipped, line numbers kept", "a,b\n\n1,2\n   \n\t\r\n3,4\n\n\n", {"a", "b"},
            {{3, {"1", "2"}}, {6, {"3", "4"}}}},
        {"blank lines before the header", "\n\r\n  \na,b\n1,2\n", {"a", "b"}, {{5, {"1", "2"}}}},
        {"header only with line ending", "a,b\n", {"a", "b"}, {}},
        {"header only without line ending", "a,b", {"a", "b"}, {}},
        {"header trimmed, data not", " a ,\tb\t\n 1 ,2 \n", {"a", "b"}, {{2, {" 1 ", "2 "}}}},
        {"empty fields", "a,b,c\n,,\n", {"a", "b", "c"}, {{2, {"", "", ""}}}},
        {"trailing comma at the end of the file", "a,b\n1,", {"a", "b"}, {{2, {"1", ""}}}},
        {"single column with a quoted empty value", "a\n\"\"\nx\n", {"a"}, {{2, {""}}, {3, {"x"}}}},
        {"UTF-8 text", "name,city\nNúñez,Ærø\n\"😀 €\",東京\n", {"name", "city"},
            {{2, {"Núñez", "Ærø"}}, {3, {"😀 €", "東京"}}}},
        {"byte order mark inside a field is just text", "a\nx\xEF\xBB\xBFy\n", {"a"},
            {{2, {"x\xEF\xBB\xBFy"}}}},
        {"quoted field at the end of the file", "a,b\n1,\"2\"", {"a", "b"}, {{2, {"1", "2"}}}},
    };

    for (const Case& c : cases) {
        SECTION(c.name)
        {
            const CsvTable table = parseGood(c.text);
            REQUIRE(table.header == c.header);
            REQUIRE(table.rows.size() == c.rows.size());
            for (std::size_t i = 0; i < c.rows.size(); ++i) {
                INFO("row " << i);
                CHECK(table.rows[i].line == c.rows[i].line);
                CHECK(table.rows[i].fields == c.rows[i].fields);
            }
        }
    }
}

TEST_CASE("Malformed CSV is refused at the exact line and field", "[csv]")
{
    struct Case {
        std::string name;
        std::string text;
        std::size_t line;
        std::size_t column;
        std::string message; // a part of the message that identifies the problem
    };
    const std::vector<Case> cases = {
        {"empty file", "", 1, 0, "the file is empty"},
        {"only a byte order mark", kBom, 1, 0, "the file is empty"},
        {"only blank lines", "\n  \r\n\t\n", 1, 0, "the file is empty"},
        {"unterminated quote reports where it opened", "a,b\n1,2\n3,\"open\nmore\nstill open\n", 3, 2,
            "never closed"},
        {"unterminated quote in the header", "\"a,b\n1,2\n", 1, 1, "never closed"},
        {"unterminated quote at the very end", "a,b\n1,\"", 2, 2, "never closed"},
        {"stray quote inside an unquoted field", "a,b\n1,2\n3,x\"y\n", 3, 2, "does not start with one"},
        {"quote after leading spaces", "a,b\n  \"x\",2\n", 2, 1, "does not start with one"},
        {"text after a closing quote", "a,b\n\"x\"y,2\n", 2, 1, "follows the closing quote"},
        {"space after a closing quote", "a,b\n1,\"x\" \n", 2, 2, "follows the closing quote"},
        {"text after a multi-line quoted field", "a,b\n\"x\ny\"z,2\n", 3, 1, "follows the closing quote"},
        {"too few fields", "a,b,c\n1,2,3\n1,2\n", 3, 0, "this record has 2 fields; the header has 3"},
        {"too many fields", "a,b\n1,2,3\n", 2, 0, "this record has 3 fields; the header has 2"},
        {"one field", "a,b\n1\n", 2, 0, "this record has 1 field; the header has 2"},
        {"field count after blank and multi-line records",
            "a,b,c,d,e,f\n\n1,2,3,4,5,\"6\n\"\n\n\n1,2,3,4,5\n", 7, 0,
            "this record has 5 fields; the header has 6"},
        {"lone carriage return", "a,b\r1,2\r", 1, 2, "carriage return"},
        {"empty column name", "a,,c\n1,2,3\n", 1, 2, "the column name is empty"},
        {"column name of spaces", "a, \t,c\n", 1, 2, "the column name is empty"},
        {"single empty header", "\"\"\n1\n", 1, 1, "the column name is empty"},
        {"duplicate column name", "a,b,a\n", 1, 3, "\"a\" already names field 1"},
        {"duplicate column name after trimming", " a,b, a \n", 1, 3, "\"a\" already names field 1"},
        {"Latin-1 byte", "name\nNu\361ez\n", 2, 1, "0xF1 is not valid UTF-8"},
        {"stray continuation byte", "a,b\n1,\x80\n", 2, 2, "0x80 is not valid UTF-8"},
        {"overlong encoding of '/'", "a,b\n\xC0\xAF,1\n", 2, 1, "0xC0 is not valid UTF-8"},
        {"overlong three-byte form", "a\n\xE0\x80\xAF\n", 2, 1, "0xE0 is not valid UTF-8"},
        {"UTF-16 surrogate", "a\n\xED\xA0\x80\n", 2, 1, "0xED is not valid UTF-8"},
        {"above U+10FFFF", "a\n\xF4\x90\x80\x80\n", 2, 1, "0xF4 is not valid UTF-8"},
        {"byte 0xF5", "a\n\xF5\x80\x80\x80\n", 2, 1, "0xF5 is not valid UTF-8"},
        {"truncated sequence at the end of the file", "a,b\n1,\xE2\x82", 2, 2, "0xE2 is not valid UTF-8"},
        {"truncated sequence before a comma", "a,b\n\xE2\x82,1\n", 2, 1, "0xE2 is not valid UTF-8"},
        {"invalid UTF-8 in the header", "a,b\xFF\n", 1, 2, "0xFF is not valid UTF-8"},
        {"invalid UTF-8 on the third line of a quoted field", "a,b\n1,\"x\ny\nz\xFE\"\n", 4, 2,
            "0xFE is not valid UTF-8"},
        {"invalid UTF-8 after a valid line", "a,b\nÆrø,Núñez\n\xC3\x28,1\n", 3, 1,
            "0xC3 is not valid UTF-8"},
    };

    for (const Case& c : cases) {
        SECTION(c.name)
        {
            const CsvError error = parseBad(c.text);
            INFO(error.message);
            CHECK(error.line == c.line);
            CHECK(error.column == c.column);
            CHECK(error.message.find(c.message) != std::string::npos);
            CHECK(error.message.find('\n') == std::string::npos);
            CHECK_FALSE(error.message.empty());
        }
    }
}

TEST_CASE("The header can be read on its own", "[csv]")
{
    const auto header = tillbook::parseCsvHeader("\n" + kBom + "x\n\n a ,\"b,c\"\n1,\"unterminated\n");
    // The byte order mark only counts at the very start of the file, so here it is part of the name.
    REQUIRE(header);
    CHECK(header->line == 2);
    CHECK(header->fields == Fields{kBom + "x"});

    const auto second = tillbook::parseCsvHeader("\n\n a ,\"b,c\"\n1,\"unterminated\n");
    REQUIRE(second);
    CHECK(second->line == 3);
    CHECK(second->fields == Fields{"a", "b,c"});

    CHECK_FALSE(tillbook::parseCsvHeader(""));
    CHECK_FALSE(tillbook::parseCsvHeader("a,a\n"));
    CHECK_FALSE(tillbook::parseCsvHeader("a,\"b\n"));
}

TEST_CASE("Randomly generated tables survive a write and parse round trip", "[csv][property]")
{
    std::mt19937_64 rng(0x7111B00CULL);
    const std::vector<std::string> pieces = {
        "a", "Z", "7", " ", "\t", ",", "\"", "\r", "\n", "\r\n",
        "é", "Ñ", "Æ", "€", "東", "😀", "-", "''",
    };
    const auto randomText = [&](std::size_t maxPieces) {
        std::string out;
        const std::size_t count = rng() % (maxPieces + 1);
        for (std::size_t i = 0; i < count; ++i)
            out += pieces[rng() % pieces.size()];
        return out;
    };

    for (int iteration = 0; iteration < 500; ++iteration) {
        const std::size_t columns = 1 + rng() % 6;
        const std::size_t rowCount = rng() % 8;

        Fields header;
        for (std::size_t c = 0; c < columns; ++c) {
            // Bracketed by letters so trimming changes nothing; the index keeps names unique.
            header.push_back("h" + std::to_string(c) + randomText(4) + "x");
        }
        std::vector<Fields> rows(rowCount);
        for (Fields& row : rows) {
            for (std::size_t c = 0; c < columns; ++c)
                row.push_back(randomText(6));
        }

        std::string text = (rng() % 4 == 0) ? kBom : "";
        std::vector<std::size_t> expectedLines;
        const auto writeRecord = [&](const Fields& fields, bool last) {
            for (std::size_t c = 0; c < fields.size(); ++c) {
                if (c > 0)
                    text += ',';
                text += writeField(fields[c], rng() % 4 == 0);
            }
            if (!last || rng() % 2 == 0)
                text += (rng() % 2 == 0) ? "\n" : "\r\n";
            // Some blank lines between records, which must be skipped but still counted.
            if (!last && rng() % 5 == 0)
                text += (rng() % 2 == 0) ? "\n" : "  \r\n";
        };
        writeRecord(header, rows.empty());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            std::size_t newlines = 0;
            for (char c : text)
                newlines += c == '\n' ? 1 : 0;
            expectedLines.push_back(newlines + 1);
            writeRecord(rows[r], r + 1 == rows.size());
        }

        INFO("iteration " << iteration << ", text: " << text);
        const CsvTable table = parseGood(text);
        REQUIRE(table.header == header);
        REQUIRE(table.rows.size() == rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r) {
            REQUIRE(table.rows[r].fields == rows[r]);
            REQUIRE(table.rows[r].line == expectedLines[r]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// CSV writer: RFC 4180 quoting, formulas neutralized in text cells, numbers left as numbers
// ---------------------------------------------------------------------------------------------

TEST_CASE("The CSV writer quotes what RFC 4180 needs and neutralizes formulas in text cells", "[csv][writer]")
{
    struct Case {
        std::string text;
        std::string written;
    };
    const std::vector<Case> cases = {
        {"plain", "plain"},
        {"", ""},
        {"Núñez", "Núñez"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"two\r\nlines", "\"two\r\nlines\""},
        {"a lone\rCR", "\"a lone\rCR\""},
        {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
        {"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
        {"+1+1", "'+1+1"},
        {"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
        {"-12.50", "'-12.50"}, // text that looks like an amount is still text
        {"@SUM(A1:A9)", "'@SUM(A1:A9)"},
        {"\t=1+1", "'\t=1+1"},
        {"\r=1+1", "\"'\r=1+1\""},
        {"a=b", "a=b"},
        {" =1", " =1"},
        {"O'Brien", "O'Brien"},
    };
    for (const Case& c : cases) {
        INFO("\"" << c.text << "\"");
        tillbook::CsvWriter writer;
        writer.text(c.text).endRow();
        CHECK(writer.str() == c.written + "\r\n");
    }
}

TEST_CASE("The CSV writer keeps amounts and counts as numbers", "[csv][writer]")
{
    tillbook::CsvWriter writer;
    writer.row({"name", "amount", "items"});
    writer.text("-Ann").amount(dollars(-1250)).integer(-3).endRow();
    writer.text("Bo, Jr.").amount(dollars(123456)).integer(0).endRow();
    CHECK(writer.str() == "name,amount,items\r\n'-Ann,-12.50,-3\r\n\"Bo, Jr.\",1234.56,0\r\n");
}

TEST_CASE("What the CSV writer writes reads back as the same table", "[csv][writer][property]")
{
    std::mt19937_64 rng(0x5AFEC5FULL);
    const std::vector<std::string> pieces = {"a", "7", " ", "\t", ",", "\"", "\r\n", "\n", "=", "+", "-", "@", "ñ", "'"};
    for (int iteration = 0; iteration < 300; ++iteration) {
        tillbook::CsvWriter writer;
        writer.row({"x", "text", "amount"});
        std::vector<Fields> rows;
        for (std::size_t r = 0; r < 1 + rng() % 6; ++r) {
            std::string text;
            for (std::size_t i = 0; i < rng() % 6; ++i)
                text += pieces[rng() % pieces.size()];
            const Money amount = dollars(static_cast<std::int64_t>(rng() % 2000001) - 1000000);
            writer.text("x").text(text).amount(amount).endRow();
            // Neutralized cells read back with their apostrophe; nothing else changes.
            const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
            rows.push_back({"x", (formula ? "'" : "") + text, tillbook::formatPlain(amount)});
        }
        INFO(writer.str());
        const CsvTable table = parseGood(writer.str());
        REQUIRE(table.rows.size() == rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r)
            CHECK(table.rows[r].fields == rows[r]);
    }
}
