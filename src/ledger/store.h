// SQLite storage of ledger records, each row with the Merkle subtree roots it completes (proofs take O(log n) lookups).
#pragma once

#include "ledger/merkle.h"
#include "ledger/record.h"
#include "ledger/sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace tillbook::ledger {

// 'TBK1' in the SQLite header's application_id: how a Tillbook database is told from any other SQLite file.
inline constexpr std::int64_t kApplicationId = 0x54424B31;
inline constexpr std::int64_t kLedgerSchemaVersion = 1;

// Bad input about the database file itself: not a Tillbook database, or a newer format.
class FormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class LedgerStore {
public:
    // Checks the file is a Tillbook database this build can read; throws FormatError otherwise.
    explicit LedgerStore(Db& db);

    // Creates the ledger tables in an empty database (inside the caller's transaction).
    static void createSchema(Db& db, std::string_view station, std::int64_t createdMs);

    Db& db() { return m_db; }
    std::string station() const;
    std::uint64_t size() const; // the last seq; 0 for an empty ledger
    std::optional<Record> last() const;
    std::optional<Record> at(std::uint64_t seq) const;

    // Inserts one complete record and the Merkle nodes it completes, in one row. Call inside a transaction.
    // `introducesKeyId` is non-empty for genesis and rotation records (the raw 32-byte key id).
    void insert(const Record& record, std::string_view introducesKeyId = {});

    // Hash of the complete node (level, index); throws StorageError when it is not stored.
    Hash node(unsigned level, std::uint64_t index) const;
    NodeLookup nodeLookup() const;
    Hash root(std::uint64_t size) const;

    // Streams records in seq order from `fromSeq`; the callback returns false to stop.
    void forEach(std::uint64_t fromSeq, const std::function<bool(const Record&)>& visit) const;

private:
    Db& m_db;
    Statement m_insert;
    Statement m_insertKey;
    // Prepared once; reading through them does not change the ledger.
    mutable Statement m_selectLeaf;
    mutable Statement m_selectNodes;
    mutable Statement m_selectLast;
};

Record readRecord(const Statement& row); // columns in the order of kRecordColumns
inline constexpr int kMerkleNodesColumn = 13; // index of merkle_nodes in kRecordColumns
extern const char* const kRecordColumns;

} // namespace tillbook::ledger
