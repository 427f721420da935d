// Helpers shared by the CSV tests and the import-row tests: parse or fail, a minimal field writer, the BOM.
#pragma once

#include "core/csv.h"
#include "core/money.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace tillbook::test {

inline const std::string kBom = "\xEF\xBB\xBF";

// Fails the test (with the parser's message) unless text parses.
inline CsvTable parseGood(std::string_view text)
{
    auto parsed = parseCsv(text);
    if (const auto* error = std::get_if<CsvError>(&parsed)) {
        INFO("line " << error->line << ", field " << error->column << ": " << error->message);
        FAIL("expected the CSV to parse");
    }
    return std::get<CsvTable>(parsed);
}

inline CsvError parseBad(std::string_view text)
{
    auto parsed = parseCsv(text);
    if (std::holds_alternative<CsvTable>(parsed))
        FAIL("expected the CSV to be refused");
    return std::get<CsvError>(parsed);
}

inline Money dollars(std::int64_t cents)
{
    return Money::fromCents(cents);
}

// A minimal writer: quotes a field when it must (or when told to), doubling inner quotes.
inline std::string writeField(const std::string& field, bool forceQuotes)
{
    bool blank = true;
    for (char c : field)
        blank = blank && (c == ' ' || c == '\t');
    const bool needsQuotes = field.find_first_of(",\"\r\n") != std::string::npos;
    // A lone blank field would make a blank line, which the reader skips.
    if (!needsQuotes && !blank && !forceQuotes)
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace tillbook::test
