// A small RAII layer over libpq: one connection, parameterized statements only (values never enter SQL text), results
// and transactions.
#pragma once

#include "ledger/hash.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tillbook::office {

// PostgreSQL refused a statement or the connection broke: one sentence with the server's own reason.
class PgError : public std::runtime_error {
public:
    PgError(const std::string& what, std::string sqlState = {})
        : std::runtime_error(what)
        , sqlState(std::move(sqlState))
    {
    }
    std::string sqlState; // e.g. "42501" for insufficient privilege; empty when not from the server
};

// The server could not be reached at all (no route, refused, TLS or password refused).
class PgUnreachable : public PgError {
public:
    using PgError::PgError;
};

// One parameter: text, or bytes sent in binary (bytea), or NULL.
struct PgParam {
    static PgParam text(std::string_view value) { return PgParam{std::string(value), false, false}; }
    static PgParam number(std::int64_t value) { return PgParam{std::to_string(value), false, false}; }
    static PgParam bytes(std::span<const std::uint8_t> value)
    {
        return PgParam{std::string(value.begin(), value.end()), true, false};
    }
    static PgParam null() { return PgParam{{}, false, true}; }
    std::string value;
    bool binary = false;
    bool isNull = false;
};

class PgResult {
public:
    explicit PgResult(pg_result* result);
    ~PgResult();
    PgResult(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    PgResult& operator=(PgResult&&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    // Each reads a column in the format it came in: text, or binary when the statement asked for it (PgConnection::send):
    // text as it is, integers in network byte order, bytea as its bytes.
    std::string text(int row, int column) const;
    std::int64_t number(int row, int column) const;
    ledger::Bytes bytes(int row, int column) const; // a bytea column (text output "\x...", or its bytes in binary)

private:
    pg_result* m_result;
};

class PgConnection {
public:
    // libpq keywords and values; a "dbname" that is a URL or conninfo string is expanded, and the keywords after it
    // override what it says. Throws PgUnreachable with libpq's reason.
    explicit PgConnection(const std::vector<std::pair<std::string, std::string>>& parameters);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // For schema steps only: a fixed script with no parameters.
    void script(std::string_view sql);
    PgResult query(std::string_view sql, const std::vector<PgParam>& params = {});
    // A statement sent without waiting for its result, so that this side works while the server does (one at a time:
    // receive() before the next statement). `binaryResult` has every column come back in binary, which spares the
    // server's encoding and this side's decoding of bytea in hex.
    void send(std::string_view sql, const std::vector<PgParam>& params, bool binaryResult = false);
    // The result of the statement sent; throws as query() does.
    PgResult receive();
    // A role's password as the server stores it (SCRAM-SHA-256), so the clear password never travels in a statement.
    std::string encryptPassword(std::string_view password, std::string_view role);
    std::string host() const;

private:
    PgResult checked(pg_result* raw); // throws PgError (PgUnreachable when the connection broke) unless it succeeded
    pg_conn* m_conn = nullptr;
};

// BEGIN on construction, ROLLBACK unless commit() was called.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    void commit();

private:
    PgConnection& m_connection;
    bool m_done = false;
};

// Many rows in few statements (docs/office.md, "Speed"): `head` is "INSERT INTO t (a, b, c)", `values` holds `width`
// parameters per row in order, `tail` follows each statement (" ON CONFLICT DO NOTHING"). Rows keep their order, and
// values still travel only as parameters: the statement text holds placeholders alone. Returns how many rows the statements
// returned (with a tail ending in RETURNING: how many were inserted).
std::size_t insertRows(PgConnection& db, std::string_view head, std::size_t width, const std::vector<PgParam>& values,
                       std::string_view tail = {});

// The host a conninfo string or URL names (for messages and the office's key name); empty when it names none.
std::string conninfoHost(const std::string& conninfo);

} // namespace tillbook::office
