// Strict RFC 4180 CSV: reading imports (UTF-8, exact line numbers for error messages) and writing every export.
#pragma once

#include "core/money.h"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tillbook {

// One record. line is the physical line (1-based) on which the record starts; it runs ahead of
// the record's index once blank lines are skipped or quoted fields span several lines.
// Fields hold exactly what the file says (quotes undone, nothing trimmed, line breaks inside
// quoted fields kept as written).
struct CsvRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

struct CsvTable {
    std::vector<std::string> header; // trimmed of spaces and tabs, non-empty, unique
    std::vector<CsvRow> rows;        // each has exactly header.size() fields
};

// column is the 1-based field number, or 0 when the problem concerns the whole record or file.
// message is one sentence without its location, written to follow "line 7: " or
// "line 7, column name: " (for example "this record has 5 fields; the header has 6").
struct CsvError {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};

// No field of an import is longer than this many bytes: the longest documented value (200 characters of up to
// 4 bytes) fits, and a runaway field is refused where it starts instead of being copied around whole.
inline constexpr std::size_t kMaxCsvFieldBytes = 4096;

// Parses a whole file. The text must be UTF-8 (a leading byte order mark is skipped); records
// end with CRLF or LF, the last one optionally with nothing. Lines that are empty or hold only
// spaces and tabs are skipped. The first record is the header; at least a header is required.
// A field longer than kMaxCsvFieldBytes is an error on the line where it starts.
// Stops at the first problem, since everything after a broken quote would be misread anyway.
std::variant<CsvTable, CsvError> parseCsv(std::string_view text);

// The header record alone (its line and trimmed names), or nothing when the header itself is
// missing or malformed. Lets a caller name the column of a CsvError from a later record.
std::optional<CsvRow> parseCsvHeader(std::string_view text);

// The one writer of every CSV file the station hands out (posting, orders and activity exports). Records end
// with CRLF; a field is quoted, its quotes doubled, when it holds a comma, a quote, a CR or a LF (RFC 4180).
// Text cells are also neutralized against formula injection as OWASP recommends: a cell that starts with =, +,
// -, @, a tab or a CR gets a leading apostrophe, so a spreadsheet shows "=HYPERLINK(...)" instead of running
// it. Numbers the program writes itself (amounts, counts) are cells of their own kind and stay numbers, "-12.50"
// included: the writer never guesses a cell's kind from its text.
class CsvWriter {
public:
    CsvWriter& text(std::string_view value);
    CsvWriter& amount(Money value); // "1234.50", "-12.00"
    CsvWriter& integer(std::int64_t value);
    // Ends the record (CRLF).
    CsvWriter& endRow();
    // A whole record of text cells, for headers.
    CsvWriter& row(std::initializer_list<std::string_view> texts);
    const std::string& str() const { return m_out; }

private:
    void separate();

    std::string m_out;
    bool m_rowStarted = false;
};

} // namespace tillbook
