// A thin RAII layer over SQLite: one connection, prepared statements with bound parameters, and transactions.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tillbook::ledger {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement;

class Db {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    // Opens with foreign keys on, WAL and synchronous=FULL (write modes), and a busy timeout.
    Db(const std::string& path, Mode mode);
    ~Db();
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    void exec(std::string_view sql); // for schema and pragmas only: no parameters
    Statement prepare(std::string_view sql);
    std::int64_t pragmaInt(std::string_view name);
    std::int64_t changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    [[noreturn]] void fail(std::string_view what) const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

class Statement {
public:
    Statement(Db& db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::string_view text);
    Statement& bindBlob(int index, std::span<const std::uint8_t> blob);
    Statement& bindNull(int index);

    bool step(); // true while a row is available
    void run(); // executes a statement that returns no rows
    void reset();

    std::int64_t columnInt(int index) const;
    std::string columnText(int index) const;
    std::string_view columnTextView(int index) const; // valid until the next step
    std::span<const std::uint8_t> columnBlob(int index) const; // valid until the next step
    bool columnIsNull(int index) const;

private:
    Db* m_db;
    sqlite3_stmt* m_stmt;
};

// BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
class Transaction {
public:
    explicit Transaction(Db& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Db& m_db;
    bool m_done = false;
};

} // namespace tillbook::ledger
