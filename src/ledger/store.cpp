// Ledger tables, append-only triggers, record rows and persisted Merkle nodes.
#include "ledger/store.h"

#include <algorithm>

namespace tillbook::ledger {

const char* const kRecordColumns = "seq, time_ms, station, operator, approver, kind, body, prev_hash, hash, key_id, "
                                   "signature, version, algorithm, merkle_nodes";

namespace {

constexpr const char* kSchema = R"SQL(
CREATE TABLE ledger_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE ledger_records (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  time_ms INTEGER NOT NULL,
  station TEXT NOT NULL,
  operator TEXT NOT NULL,
  approver TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  prev_hash BLOB NOT NULL,
  hash BLOB NOT NULL,
  key_id BLOB NOT NULL,
  signature BLOB NOT NULL,
  version INTEGER NOT NULL,
  algorithm INTEGER NOT NULL,
  -- Not part of the record: the Merkle subtree roots this record's leaf completes (levels 1, 2, ...), 32 bytes
  -- each. Kept in the same row so an append writes one row, and checked by verify against the records.
  merkle_nodes BLOB NOT NULL
) STRICT;
-- Which records introduced keys, so opening a station does not scan the ledger. The verifier ignores it.
CREATE TABLE ledger_keys (
  seq INTEGER PRIMARY KEY REFERENCES ledger_records(seq),
  key_id BLOB NOT NULL
) STRICT;
-- A guard rail against accidents, not the security boundary: signatures and checkpoints are.
CREATE TRIGGER ledger_records_no_update BEFORE UPDATE ON ledger_records
BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
CREATE TRIGGER ledger_records_no_delete BEFORE DELETE ON ledger_records
BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
CREATE TRIGGER ledger_keys_no_update BEFORE UPDATE ON ledger_keys
BEGIN SELECT RAISE(ABORT, 'ledger keys are append-only'); END;
CREATE TRIGGER ledger_keys_no_delete BEFORE DELETE ON ledger_keys
BEGIN SELECT RAISE(ABORT, 'ledger keys are append-only'); END;
)SQL";

Hash toHash(std::span<const std::uint8_t> blob)
{
    Hash h{};
    if (blob.size() == h.size())
        std::copy(blob.begin(), blob.end(), h.begin());
    return h; // a wrong-sized blob becomes zeros, which can never match a real hash: verify reports it
}

} // namespace

Record readRecord(const Statement& row)
{
    Record r;
    r.seq = static_cast<std::uint64_t>(row.columnInt(0));
    r.timeMs = row.columnInt(1);
    r.station = row.columnText(2);
    r.operatorId = row.columnText(3);
    r.approver = row.columnText(4);
    r.kind = row.columnText(5);
    r.body = row.columnText(6);
    r.prevHash = toHash(row.columnBlob(7));
    r.hash = toHash(row.columnBlob(8));
    r.keyId = toHash(row.columnBlob(9));
    auto sig = row.columnBlob(10);
    r.signature.assign(sig.begin(), sig.end());
    r.version = static_cast<std::uint8_t>(std::clamp<std::int64_t>(row.columnInt(11), 0, 255));
    r.algorithm = static_cast<std::uint8_t>(std::clamp<std::int64_t>(row.columnInt(12), 0, 255));
    return r;
}

void LedgerStore::createSchema(Db& db, std::string_view station, std::int64_t createdMs)
{
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec(kSchema);
    auto put = db.prepare("INSERT INTO ledger_meta(key, value) VALUES (?, ?)");
    put.bind(1, std::string_view("ledger_schema")).bind(2, std::to_string(kLedgerSchemaVersion)).run();
    put.bind(1, std::string_view("station")).bind(2, station).run();
    put.bind(1, std::string_view("created_ms")).bind(2, std::to_string(createdMs)).run();
}

namespace {

Db& checkedDb(Db& db)
{
    if (db.pragmaInt("application_id") != kApplicationId)
        throw FormatError(db.path() + " is not a Tillbook database");
    auto st = db.prepare("SELECT value FROM ledger_meta WHERE key = 'ledger_schema'");
    if (!st.step())
        throw FormatError(db.path() + " is a damaged Tillbook database (its ledger schema version is missing)");
    std::int64_t version = std::stoll(st.columnText(0));
    if (version > kLedgerSchemaVersion)
        throw FormatError(db.path() + " was written by a newer Tillbook (ledger schema " + std::to_string(version)
                          + "; this build reads up to " + std::to_string(kLedgerSchemaVersion) + ")");
    return db;
}

} // namespace

LedgerStore::LedgerStore(Db& db)
    : m_db(checkedDb(db))
    , m_insert(db.prepare(std::string("INSERT INTO ledger_records(") + kRecordColumns
                          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_insertKey(db.prepare("INSERT INTO ledger_keys(seq, key_id) VALUES (?, ?)"))
    , m_selectLeaf(db.prepare("SELECT hash FROM ledger_records WHERE seq = ?"))
    , m_selectNodes(db.prepare("SELECT merkle_nodes FROM ledger_records WHERE seq = ?"))
    , m_selectLast(db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records ORDER BY seq DESC LIMIT 1"))
{
}

std::string LedgerStore::station() const
{
    auto st = m_db.prepare("SELECT value FROM ledger_meta WHERE key = 'station'");
    return st.step() ? st.columnText(0) : std::string();
}

std::uint64_t LedgerStore::size() const
{
    auto st = m_db.prepare("SELECT COALESCE(MAX(seq), 0) FROM ledger_records");
    st.step();
    return static_cast<std::uint64_t>(st.columnInt(0));
}

std::optional<Record> LedgerStore::last() const
{
    if (!m_selectLast.step()) {
        m_selectLast.reset();
        return std::nullopt;
    }
    Record r = readRecord(m_selectLast);
    m_selectLast.reset();
    return r;
}

std::optional<Record> LedgerStore::at(std::uint64_t seq) const
{
    auto st = m_db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records WHERE seq = ?");
    st.bind(1, static_cast<std::int64_t>(seq));
    if (!st.step())
        return std::nullopt;
    return readRecord(st);
}

void LedgerStore::insert(const Record& r, std::string_view introducesKeyId)
{
    // The leaf at index seq-1 completes one aligned subtree per trailing 1-bit of its index.
    std::uint64_t index = r.seq - 1;
    Hash hash = merkleLeafHash(r.hash);
    Bytes nodes;
    for (std::uint64_t i = index; (i & 1) == 1; i >>= 1) {
        unsigned level = static_cast<unsigned>(nodes.size() / 32);
        hash = merkleNodeHash(node(level, i - 1), hash);
        nodes.insert(nodes.end(), hash.begin(), hash.end());
    }
    m_insert.bind(1, static_cast<std::int64_t>(r.seq))
        .bind(2, r.timeMs)
        .bind(3, r.station)
        .bind(4, r.operatorId)
        .bind(5, r.approver)
        .bind(6, r.kind)
        .bind(7, r.body)
        .bindBlob(8, r.prevHash)
        .bindBlob(9, r.hash)
        .bindBlob(10, r.keyId)
        .bindBlob(11, r.signature)
        .bind(12, r.version)
        .bind(13, r.algorithm)
        .bindBlob(14, nodes);
    m_insert.run();
    if (!introducesKeyId.empty())
        m_insertKey.bind(1, static_cast<std::int64_t>(r.seq)).bindBlob(2, asBytes(introducesKeyId)).run();
}

Hash LedgerStore::node(unsigned level, std::uint64_t index) const
{
    auto missing = [&] {
        return StorageError("Merkle node " + std::to_string(level) + "/" + std::to_string(index) + " is missing from "
                            + m_db.path());
    };
    if (level == 0) {
        m_selectLeaf.bind(1, static_cast<std::int64_t>(index + 1));
        if (!m_selectLeaf.step()) {
            m_selectLeaf.reset();
            throw missing();
        }
        Hash h = merkleLeafHash(m_selectLeaf.columnBlob(0));
        m_selectLeaf.reset();
        return h;
    }
    // Node (level, index) is completed by leaf (index + 1) * 2^level - 1, that is by seq (index + 1) * 2^level.
    if (level >= 63 || index + 1 > (UINT64_MAX >> level))
        throw missing();
    m_selectNodes.bind(1, static_cast<std::int64_t>((index + 1) << level));
    if (!m_selectNodes.step()) {
        m_selectNodes.reset();
        throw missing();
    }
    auto blob = m_selectNodes.columnBlob(0);
    if (blob.size() < std::size_t(level) * 32) {
        m_selectNodes.reset();
        throw missing();
    }
    Hash h{};
    std::copy_n(blob.begin() + std::ptrdiff_t(level - 1) * 32, 32, h.begin());
    m_selectNodes.reset();
    return h;
}

NodeLookup LedgerStore::nodeLookup() const
{
    return [this](unsigned level, std::uint64_t index) { return node(level, index); };
}

Hash LedgerStore::root(std::uint64_t treeSize) const
{
    if (treeSize == 0)
        return merkleEmptyRoot();
    return rangeRoot(0, treeSize, nodeLookup());
}

void LedgerStore::forEach(std::uint64_t fromSeq, const std::function<bool(const Record&)>& visit) const
{
    auto st = m_db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records WHERE seq >= ? ORDER BY seq");
    st.bind(1, static_cast<std::int64_t>(fromSeq));
    while (st.step()) {
        if (!visit(readRecord(st)))
            break;
    }
}

} // namespace tillbook::ledger
