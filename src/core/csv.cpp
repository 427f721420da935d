// Strict RFC 4180 CSV: reading imports (UTF-8, exact line numbers for error messages) and writing every export.
#include "core/csv.h"

#include "core/text.h"

#include <utility>

namespace tillbook {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimBlanks(std::string_view text)
{
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string fieldCount(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " field" : " fields");
}

std::string hexByte(unsigned char byte)
{
    constexpr std::string_view kDigits = "0123456789ABCDEF";
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}


// Reads one record at a time so the header can be read without parsing the whole file.
class Reader {
public:
    explicit Reader(std::string_view text)
        : m_text(text)
    {
        if (m_text.starts_with(kByteOrderMark))
            m_pos = kByteOrderMark.size();
    }

    // Reads the next record that is not a blank line into row. Returns false at the end of the
    // input and on a problem, which error() then describes.
    bool next(CsvRow& row)
    {
        skipBlankLines();
        if (m_pos >= m_text.size())
            return false;

        row.line = m_line;
        row.fields.clear();
        for (std::size_t column = 1;; ++column) {
            std::string field;
            const std::size_t fieldLine = m_line;
            const bool ok = m_text[m_pos] == '"' ? readQuoted(field, column) : readUnquoted(field, column);
            if (!ok || tooLong(field, fieldLine, column))
                return false;
            row.fields.push_back(std::move(field));

            // Each reader stops on a comma, a line ending or the end of the input.
            if (m_pos >= m_text.size())
                return true;
            const char c = m_text[m_pos];
            if (c == ',') {
                ++m_pos;
                // A trailing comma means one more, empty, field rather than the end of the record.
                if (m_pos >= m_text.size()) {
                    row.fields.emplace_back();
                    return true;
                }
                continue;
            }
            if (c == '\n') {
                ++m_pos;
                ++m_line;
                return true;
            }
            if (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
                m_pos += 2;
                ++m_line;
                return true;
            }
            return fail(m_line, column, "a carriage return is not followed by a line feed");
        }
    }

    const std::optional<CsvError>& error() const
    {
        return m_error;
    }

private:
    bool fail(std::size_t line, std::size_t column, std::string message)
    {
        m_error = CsvError{line, column, std::move(message)};
        return false;
    }

    // A line that holds only spaces and tabs is not a record of empty fields: spreadsheets and
    // editors leave such lines behind, and a stray one should not break an import.
    void skipBlankLines()
    {
        while (m_pos < m_text.size()) {
            std::size_t i = m_pos;
            while (i < m_text.size() && isBlank(m_text[i]))
                ++i;
            if (i == m_text.size()) {
                m_pos = i;
                return;
            }
            if (m_text[i] == '\n') {
                m_pos = i + 1;
            } else if (m_text[i] == '\r' && i + 1 < m_text.size() && m_text[i + 1] == '\n') {
                m_pos = i + 2;
            } else {
                return; // keeps any leading blanks: they belong to the first field
            }
            ++m_line;
        }
    }

    // Appends the UTF-8 sequence at m_pos (a byte >= 0x80) to field.
    bool appendMultibyte(std::string& field, std::size_t column)
    {
        const std::size_t length = utf8SequenceLength(m_text, m_pos);
        if (length == 0) {
            const auto byte = static_cast<unsigned char>(m_text[m_pos]);
            return fail(m_line, column,
                        "byte " + hexByte(byte) + " is not valid UTF-8; save the file as UTF-8 CSV");
        }
        field.append(m_text.substr(m_pos, length));
        m_pos += length;
        return true;
    }

    // Checked as the field grows, so a runaway field is never copied beyond the limit.
    bool tooLong(const std::string& field, std::size_t line, std::size_t column)
    {
        if (field.size() <= kMaxCsvFieldBytes)
            return false;
        fail(line, column,
             "the field is longer than " + std::to_string(kMaxCsvFieldBytes) + " bytes, more than any column allows");
        return true;
    }

    bool readUnquoted(std::string& field, std::size_t column)
    {
        while (m_pos < m_text.size()) {
            if (tooLong(field, m_line, column))
                return false;
            const char c = m_text[m_pos];
            if (c == ',' || c == '\n' || c == '\r')
                return true;
            if (c == '"')
                return fail(m_line, column, "a quote appears inside a field that does not start with one");
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (!appendMultibyte(field, column))
                    return false;
                continue;
            }
            field += c;
            ++m_pos;
        }
        return true;
    }

    bool readQuoted(std::string& field, std::size_t column)
    {
        // An unclosed quote swallows the rest of the file, so report where it was opened.
        const std::size_t openedOn = m_line;
        ++m_pos;
        for (;;) {
            if (tooLong(field, openedOn, column))
                return false;
            if (m_pos >= m_text.size())
                return fail(openedOn, column, "the quote that opens this field is never closed");
            const char c = m_text[m_pos];
            if (c == '"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (!appendMultibyte(field, column))
                    return false;
                continue;
            }
            if (c == '\n')
                ++m_line;
            field += c;
            ++m_pos;
        }
        if (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ',' && c != '\n' && c != '\r')
                return fail(m_line, column, "text follows the closing quote of a quoted field");
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    std::optional<CsvError> m_error;
};

// Reads and checks the header record; false with error set when it is missing or malformed.
bool readHeader(Reader& reader, CsvRow& header, CsvError& error)
{
    if (!reader.next(header)) {
        error = reader.error() ? *reader.error()
                               : CsvError{1, 0, "the file is empty; it needs at least a header line"};
        return false;
    }
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        header.fields[i] = std::string(trimBlanks(header.fields[i]));
        if (header.fields[i].empty()) {
            error = CsvError{header.line, i + 1, "the column name is empty"};
            return false;
        }
        // Headers are short, so a quadratic search is simpler than a set and just as fast.
        for (std::size_t j = 0; j < i; ++j) {
            if (header.fields[j] == header.fields[i]) {
                error = CsvError{header.line, i + 1,
                                 "the column name " + quoteForMessage(header.fields[i]) + " already names field "
                                     + std::to_string(j + 1)};
                return false;
            }
        }
    }
    return true;
}

} // namespace

std::variant<CsvTable, CsvError> parseCsv(std::string_view text)
{
    Reader reader(text);
    CsvRow header;
    CsvError error;
    if (!readHeader(reader, header, error))
        return error;

    CsvTable table;
    table.header = std::move(header.fields);
    CsvRow row;
    while (reader.next(row)) {
        if (row.fields.size() != table.header.size()) {
            return CsvError{row.line, 0,
                            "this record has " + fieldCount(row.fields.size()) + "; the header has "
                                + std::to_string(table.header.size())};
        }
        table.rows.push_back(std::move(row));
    }
    if (reader.error())
        return *reader.error();
    return table;
}

std::optional<CsvRow> parseCsvHeader(std::string_view text)
{
    Reader reader(text);
    CsvRow header;
    CsvError error;
    if (!readHeader(reader, header, error))
        return std::nullopt;
    return header;
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        m_out += ',';
    m_rowStarted = true;
}

CsvWriter& CsvWriter::text(std::string_view value)
{
    separate();
    // OWASP's list: what spreadsheets read as the start of a formula (a tab or CR before one, too).
    const bool formula = !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
    const bool quoted = value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quoted)
        m_out += '"';
    if (formula)
        m_out += '\'';
    for (char c : value) {
        if (c == '"')
            m_out += '"';
        m_out += c;
    }
    if (quoted)
        m_out += '"';
    return *this;
}

CsvWriter& CsvWriter::amount(Money value)
{
    separate();
    m_out += formatPlain(value);
    return *this;
}

CsvWriter& CsvWriter::integer(std::int64_t value)
{
    separate();
    m_out += std::to_string(value);
    return *this;
}

CsvWriter& CsvWriter::endRow()
{
    m_out += "\r\n";
    m_rowStarted = false;
    return *this;
}

CsvWriter& CsvWriter::row(std::initializer_list<std::string_view> texts)
{
    for (std::string_view t : texts)
        text(t);
    return endRow();
}

} // namespace tillbook
