// Ledger tables, append-only triggers, record rows and persisted Merkle nodes.
#include "ledger/store.h"

#include <algorithm>

namespace tillbook::ledger {

const char* const kRecordColumns
    = "seq, time_ms, station, operator, approver, kind, body, prev_hash, hash, key_id, signature, version, algorithm";

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
  algorithm INTEGER NOT NULL
) STRICT;
CREATE INDEX ledger_records_kind ON ledger_records(kind, seq);
CREATE TABLE merkle_nodes (
  level INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  hash BLOB NOT NULL,
  PRIMARY KEY (level, idx)
) STRICT, WITHOUT ROWID;
-- A guard rail against accidents, not the security boundary: signatures and checkpoints are.
CREATE TRIGGER ledger_records_no_update BEFORE UPDATE ON ledger_records
BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
CREATE TRIGGER ledger_records_no_delete BEFORE DELETE ON ledger_records
BEGIN SELECT RAISE(ABORT, 'ledger records are append-only'); END;
CREATE TRIGGER merkle_nodes_no_update BEFORE UPDATE ON merkle_nodes
BEGIN SELECT RAISE(ABORT, 'merkle nodes are append-only'); END;
CREATE TRIGGER merkle_nodes_no_delete BEFORE DELETE ON merkle_nodes
BEGIN SELECT RAISE(ABORT, 'merkle nodes are append-only'); END;
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
                          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_insertNode(db.prepare("INSERT INTO merkle_nodes(level, idx, hash) VALUES (?, ?, ?)"))
    , m_selectNode(db.prepare("SELECT hash FROM merkle_nodes WHERE level = ? AND idx = ?"))
{
}

std::string LedgerStore::station()
{
    auto st = m_db.prepare("SELECT value FROM ledger_meta WHERE key = 'station'");
    return st.step() ? st.columnText(0) : std::string();
}

std::uint64_t LedgerStore::size()
{
    auto st = m_db.prepare("SELECT COALESCE(MAX(seq), 0) FROM ledger_records");
    st.step();
    return static_cast<std::uint64_t>(st.columnInt(0));
}

std::optional<Record> LedgerStore::last()
{
    auto st = m_db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records ORDER BY seq DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    return readRecord(st);
}

std::optional<Record> LedgerStore::at(std::uint64_t seq)
{
    auto st = m_db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records WHERE seq = ?");
    st.bind(1, static_cast<std::int64_t>(seq));
    if (!st.step())
        return std::nullopt;
    return readRecord(st);
}

void LedgerStore::insert(const Record& r)
{
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
        .bind(13, r.algorithm);
    m_insert.run();

    // Leaf index seq-1; each time it completes an aligned subtree, store that subtree's root.
    std::uint64_t index = r.seq - 1;
    Hash hash = merkleLeafHash(r.hash);
    unsigned level = 0;
    for (;;) {
        m_insertNode.bind(1, static_cast<std::int64_t>(level)).bind(2, static_cast<std::int64_t>(index)).bindBlob(3, hash);
        m_insertNode.run();
        if ((index & 1) == 0)
            break;
        hash = merkleNodeHash(node(level, index - 1), hash);
        index >>= 1;
        ++level;
    }
}

Hash LedgerStore::node(unsigned level, std::uint64_t index)
{
    m_selectNode.bind(1, static_cast<std::int64_t>(level)).bind(2, static_cast<std::int64_t>(index));
    if (!m_selectNode.step()) {
        m_selectNode.reset();
        throw StorageError("Merkle node " + std::to_string(level) + "/" + std::to_string(index) + " is missing from "
                           + m_db.path());
    }
    Hash h = toHash(m_selectNode.columnBlob(0));
    m_selectNode.reset();
    return h;
}

NodeLookup LedgerStore::nodeLookup()
{
    return [this](unsigned level, std::uint64_t index) { return node(level, index); };
}

Hash LedgerStore::root(std::uint64_t treeSize)
{
    if (treeSize == 0)
        return merkleEmptyRoot();
    return rangeRoot(0, treeSize, nodeLookup());
}

void LedgerStore::forEach(std::uint64_t fromSeq, const std::function<bool(const Record&)>& visit)
{
    auto st = m_db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records WHERE seq >= ? ORDER BY seq");
    st.bind(1, static_cast<std::int64_t>(fromSeq));
    while (st.step()) {
        if (!visit(readRecord(st)))
            break;
    }
}

} // namespace tillbook::ledger
