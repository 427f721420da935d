// SQLite RAII wrappers. Every result code is checked; failures become StorageError with SQLite's message.
#include "ledger/sqlite.h"

#include <sqlite3.h>

namespace tillbook::ledger {

Db::Db(const std::string& path, Mode mode)
    : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError("cannot open " + path + ": " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    try {
        // Reading the schema is what reveals a file that is not a database at all.
        exec("PRAGMA foreign_keys = ON");
        pragmaInt("schema_version");
        if (mode != Mode::ReadOnly) {
            exec("PRAGMA journal_mode = WAL");
            exec("PRAGMA synchronous = FULL");
        }
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Db::~Db()
{
    // v2: a statement still alive somewhere (an exception unwinding past its owner) does not leak the connection; it
    // closes when the last statement is finalized.
    sqlite3_close_v2(m_db);
}

void Db::fail(std::string_view what) const
{
    throw StorageError(std::string(what) + " (" + m_path + "): " + sqlite3_errmsg(m_db));
}

void Db::exec(std::string_view sql)
{
    std::string text(sql);
    char* error = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw StorageError(m_path + ": " + message);
    }
}

Statement Db::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
        fail("cannot prepare statement");
    return Statement(*this, stmt);
}

std::int64_t Db::pragmaInt(std::string_view name)
{
    Statement st = prepare("PRAGMA " + std::string(name));
    if (!st.step())
        return 0;
    return st.columnInt(0);
}

std::int64_t Db::changes() const
{
    return sqlite3_changes64(m_db);
}

Statement::Statement(Db& db, sqlite3_stmt* stmt)
    : m_db(&db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db->fail("cannot bind integer");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // An empty view may have a null data(), which SQLite binds as NULL; an empty text is "" (bindNull is for NULL).
    if (sqlite3_bind_text64(m_stmt, index, text.data() ? text.data() : "", text.size(), SQLITE_TRANSIENT, SQLITE_UTF8)
        != SQLITE_OK)
        m_db->fail("cannot bind text");
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const std::uint8_t> blob)
{
    // A zero-length blob must still be a blob, not NULL.
    static const std::uint8_t empty = 0;
    const void* data = blob.empty() ? &empty : blob.data();
    if (sqlite3_bind_blob64(m_stmt, index, data, blob.size(), SQLITE_TRANSIENT) != SQLITE_OK)
        m_db->fail("cannot bind blob");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db->fail("cannot bind null");
    return *this;
}

bool Statement::step()
{
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail("statement failed");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

std::string Statement::columnText(int index) const
{
    return std::string(columnTextView(index));
}

std::string_view Statement::columnTextView(int index) const
{
    const unsigned char* text = sqlite3_column_text(m_stmt, index);
    int size = sqlite3_column_bytes(m_stmt, index);
    if (text == nullptr)
        return {};
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)};
}

std::span<const std::uint8_t> Statement::columnBlob(int index) const
{
    const void* blob = sqlite3_column_blob(m_stmt, index);
    int size = sqlite3_column_bytes(m_stmt, index);
    if (blob == nullptr)
        return {};
    return {static_cast<const std::uint8_t*>(blob), static_cast<std::size_t>(size)};
}

bool Statement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_stmt, index) == SQLITE_NULL;
}

Transaction::Transaction(Db& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back when the connection closes.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace tillbook::ledger
