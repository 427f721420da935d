// libpq through RAII: PQconnectdbParams, PQexecParams with typed parameters, results freed with PQclear.
#include "office/pg.h"

#include <libpq-fe.h>

#include <algorithm>

namespace tillbook::office {

namespace {

// libpq messages end with a line feed and may run to several lines; a sentence keeps the first.
std::string firstLine(const char* message)
{
    std::string text = message ? message : "";
    auto end = text.find('\n');
    if (end != std::string::npos)
        text.resize(end);
    while (!text.empty() && (text.back() == ' ' || text.back() == '.'))
        text.pop_back();
    return text;
}

} // namespace

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult&& other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

std::string PgResult::text(int row, int column) const
{
    return std::string(PQgetvalue(m_result, row, column), static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}

std::int64_t PgResult::number(int row, int column) const
{
    if (PQfformat(m_result, column) == 0)
        return std::stoll(text(row, column));
    // Binary: smallint, integer or bigint, big-endian.
    const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, row, column));
    const int length = PQgetlength(m_result, row, column);
    if (length != 2 && length != 4 && length != 8)
        throw PgError("a binary integer column is not 2, 4 or 8 bytes");
    std::uint64_t value = 0;
    for (int i = 0; i < length; ++i)
        value = (value << 8) | bytes[i];
    const int unused = 64 - 8 * length; // sign-extend the shorter ones
    return static_cast<std::int64_t>(value << unused) >> unused;
}

ledger::Bytes PgResult::bytes(int row, int column) const
{
    if (PQfformat(m_result, column) != 0) {
        const auto* value = reinterpret_cast<const std::uint8_t*>(PQgetvalue(m_result, row, column));
        return ledger::Bytes(value, value + PQgetlength(m_result, row, column));
    }
    std::string value = text(row, column);
    if (value.size() < 2 || value.compare(0, 2, "\\x") != 0)
        throw PgError("a bytea column did not come back in hex");
    auto decoded = ledger::fromHex(std::string_view(value).substr(2));
    if (!decoded)
        throw PgError("a bytea column did not come back in hex");
    return *decoded;
}

PgConnection::PgConnection(const std::vector<std::pair<std::string, std::string>>& parameters)
{
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.c_str());
        values.push_back(value.c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!m_conn)
        throw PgUnreachable("libpq could not allocate a connection");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string reason = firstLine(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PgUnreachable(reason);
    }
    // No JIT compilation of plans: PostgreSQL 15 compiles any plan whose estimated cost passes jit_above_cost, and the
    // office's statements (moving a station's verified records, publishing, a day's report, a pull) pass it and run
    // once, so compiling them with LLVM cost more CPU than it saved: in `tillctl bench office` it was about 40 % of
    // the server's CPU, taken from verification on the same cores, and most of the report day's time.
    query("SET jit = off");
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void PgConnection::script(std::string_view sql)
{
    checked(PQexec(m_conn, std::string(sql).c_str()));
}

PgResult PgConnection::checked(pg_result* raw)
{
    PgResult result(raw);
    auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw PgUnreachable(firstLine(PQerrorMessage(m_conn)));
        const char* state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        throw PgError(firstLine(PQresultErrorMessage(raw)), state ? state : "");
    }
    return result;
}

PgResult PgConnection::query(std::string_view sql, const std::vector<PgParam>& params)
{
    send(sql, params);
    return receive();
}

void PgConnection::send(std::string_view sql, const std::vector<PgParam>& params, bool binaryResult)
{
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const PgParam& p : params) {
        values.push_back(p.isNull ? nullptr : p.value.data());
        lengths.push_back(static_cast<int>(p.value.size()));
        formats.push_back(p.binary ? 1 : 0);
    }
    if (PQsendQueryParams(m_conn, std::string(sql).c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                          lengths.data(), formats.data(), binaryResult ? 1 : 0)
        != 1) {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw PgUnreachable(firstLine(PQerrorMessage(m_conn)));
        throw PgError(firstLine(PQerrorMessage(m_conn)));
    }
}

PgResult PgConnection::receive()
{
    // One statement sent: its result, then the null that ends it (read so that the connection takes the next one).
    pg_result* first = PQgetResult(m_conn);
    while (pg_result* more = PQgetResult(m_conn))
        PQclear(more);
    if (!first) {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw PgUnreachable(firstLine(PQerrorMessage(m_conn)));
        throw PgError("no statement was sent");
    }
    return checked(first);
}

std::string PgConnection::encryptPassword(std::string_view password, std::string_view role)
{
    char* encrypted = PQencryptPasswordConn(m_conn, std::string(password).c_str(), std::string(role).c_str(),
                                            "scram-sha-256");
    if (!encrypted)
        throw PgError(firstLine(PQerrorMessage(m_conn)));
    std::string out(encrypted);
    PQfreemem(encrypted);
    return out;
}

std::string PgConnection::host() const
{
    const char* host = PQhost(m_conn);
    return host ? host : "";
}

PgTransaction::PgTransaction(PgConnection& connection)
    : m_connection(connection)
{
    m_connection.query("BEGIN");
}

PgTransaction::~PgTransaction()
{
    if (m_done)
        return;
    try {
        m_connection.query("ROLLBACK");
    } catch (const PgError&) {
        // the connection is gone; the server rolls back on its own
    }
}

void PgTransaction::commit()
{
    m_connection.query("COMMIT");
    m_done = true;
}

std::size_t insertRows(PgConnection& db, std::string_view head, std::size_t width, const std::vector<PgParam>& values,
                       std::string_view tail)
{
    std::size_t returned = 0;
    if (width == 0 || values.size() % width != 0)
        throw std::logic_error("insertRows: the values are not whole rows");
    // The protocol counts parameters in 16 bits; a thousand rows a statement already makes round trips rare.
    const std::size_t rowsPerStatement = std::min<std::size_t>(1000, 65535 / width);
    const std::size_t rows = values.size() / width;
    for (std::size_t first = 0; first < rows; first += rowsPerStatement) {
        const std::size_t count = std::min(rowsPerStatement, rows - first);
        std::string sql(head);
        sql += " VALUES ";
        for (std::size_t row = 0; row < count; ++row) {
            sql += row == 0 ? "(" : ", (";
            for (std::size_t column = 0; column < width; ++column)
                sql += (column == 0 ? "$" : ", $") + std::to_string(row * width + column + 1);
            sql += ")";
        }
        sql += tail;
        const auto begin = values.begin() + static_cast<std::ptrdiff_t>(first * width);
        returned += static_cast<std::size_t>(
            db.query(sql, std::vector<PgParam>(begin, begin + static_cast<std::ptrdiff_t>(count * width))).rows());
    }
    return returned;
}

std::string conninfoHost(const std::string& conninfo)
{
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    if (!options) {
        if (error)
            PQfreemem(error);
        return {};
    }
    std::string host;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (std::string_view(o->keyword) == "host" && o->val)
            host = o->val;
    }
    PQconninfoFree(options);
    return host;
}

} // namespace tillbook::office
