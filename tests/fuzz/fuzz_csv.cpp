// Fuzzes tillbook::parseCsv / parseCsvHeader: the documented table shape, UTF-8 fields, and a quote-everything round trip.
#include "core/csv.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using namespace tillbook;

namespace {

// Independent strict UTF-8 check: no overlong forms, no surrogates, nothing past U+10FFFF.
// Writes one record with every field quoted, so blank-looking and multi-line fields survive.
void appendRecord(std::string& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '"';
        for (char c : fields[i]) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t physicalLines = 1;
    for (char c : text)
        physicalLines += c == '\n';

    auto parsed = parseCsv(text);
    auto header = parseCsvHeader(text);

    if (auto* error = std::get_if<CsvError>(&parsed)) {
        if (error->message.empty() || error->line == 0 || error->line > physicalLines)
            __builtin_trap();
        // A good header followed by a bad record must be reported after the header's line.
        if (header && error->line < header->line)
            __builtin_trap();
        return 0;
    }

    const CsvTable& table = std::get<CsvTable>(parsed);
    if (table.header.empty() || !header || header->fields != table.header)
        __builtin_trap();
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string& name = table.header[i];
        if (name.empty() || name.front() == ' ' || name.front() == '\t' || name.back() == ' ' || name.back() == '\t')
            __builtin_trap();
        if (!fuzz::isUtf8(name))
            __builtin_trap();
        for (std::size_t j = 0; j < i; ++j) {
            if (table.header[j] == name)
                __builtin_trap();
        }
    }
    std::size_t previousLine = header->line;
    for (const CsvRow& row : table.rows) {
        if (row.fields.size() != table.header.size())
            __builtin_trap();
        if (row.line <= previousLine || row.line > physicalLines)
            __builtin_trap();
        previousLine = row.line;
        for (const std::string& field : row.fields) {
            if (!fuzz::isUtf8(field))
                __builtin_trap();
        }
    }

    // Quoting every field and parsing again gives back the same header and fields.
    std::string again;
    appendRecord(again, table.header);
    for (const CsvRow& row : table.rows)
        appendRecord(again, row.fields);
    auto reparsed = parseCsv(again);
    const auto* table2 = std::get_if<CsvTable>(&reparsed);
    if (!table2 || table2->header != table.header || table2->rows.size() != table.rows.size())
        __builtin_trap();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table2->rows[r].fields != table.rows[r].fields)
            __builtin_trap();
    }
    return 0;
}
