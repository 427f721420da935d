// Offline verification of a whole ledger: chain, signatures (on all cores), sequence, time, keys and checkpoints.
#pragma once

#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/merkle.h"
#include "ledger/record.h"
#include "ledger/sqlite.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tillbook::ledger {

struct VerifyOptions {
    bool signatures = true; // false: chain, sequence, time and checkpoint roots only (no ECDSA, no body parsing)
    unsigned threads = 0; // signature workers; 0 means one per core
    // How far a record's time may go back without a clock.stepped_back record before it (ledgers written before the
    // writer kept times from going back; the writer itself never goes back).
    std::int64_t timeToleranceMs = kClockStepToleranceMs;
    // An auditor's pinned key: it must be one of the keys that signed this ledger's records (the genesis key or a
    // later one; docs/ledger-format.md, "Pinning a key", says why either will do).
    std::optional<PublicKey> pinnedKey;
    std::string pinnedKeyName; // how to name that key file in a message
    std::optional<Hash> expectedCurrentKeyId; // the station's key file: it must be the ledger's current key
    std::string expectedCurrentKeyName; // how to name that key file in a message
    // (where it came from, checkpoint): each must be signed by the key in force after its last record and match
    // the ledger's tree at its size; checkpoints/latest.txt is one of them.
    std::vector<std::pair<std::string, Checkpoint>> externalCheckpoints;
};

struct VerifyProblem {
    std::uint64_t seq = 0; // 0 when the problem is not one record's
    std::string message; // "seq 1234: hash mismatch (record changed)"
};

// A clock.stepped_back record: the wall clock read `wallClockMs` when the last record said `lastRecordMs`.
struct ClockStep {
    std::uint64_t seq = 0;
    std::int64_t lastRecordMs = 0;
    std::int64_t wallClockMs = 0;
};

struct VerifyReport {
    std::uint64_t records = 0;
    std::uint64_t lastSeq = 0;
    Hash root{};
    std::uint64_t signaturesChecked = 0;
    std::uint64_t checkpointsChecked = 0;
    std::uint64_t bytesHashed = 0; // canonical record bytes, for MB/s figures
    std::vector<ClockStep> clockSteps; // each accepted step back of the clock, in order
    std::optional<VerifyProblem> problem; // the first problem by seq
    bool ok() const { return !problem.has_value(); }
};

VerifyReport verifyLedger(Db& db, const VerifyOptions& options);

// What verifying records 1..size of a ledger leaves behind: enough to verify records size + 1.. later exactly as if the
// whole ledger were verified in one go. The office keeps one per station (docs/office.md) and goes on from it.
struct ChainState {
    explicit ChainState(std::string station = {});

    std::string station; // the station every record must carry
    std::uint64_t size = 0; // records verified
    Hash lastHash{}; // the hash of record `size` (zeros before the first)
    std::int64_t lastTimeMs = INT64_MIN; // the time record size + 1 is held to (after a clock step, the wall clock's)
    std::vector<PublicKey> keys; // in order of introduction
    std::vector<std::uint64_t> keyIntroducedAt; // the seq of the record that introduced keys[i]
    std::vector<bool> keySigned; // whether keys[i] signed at least one record
    std::optional<std::uint32_t> currentKey; // the key that signed record `size`
    std::optional<std::uint32_t> nextKey; // introduced by a rotation at `size`, in force from size + 1
    CompactRange tree; // the Merkle tree of records 1..size

    // The key that must sign record size + 1 (and every checkpoint of size `size`); null before the genesis record.
    const PublicKey* keyInForce() const;
    std::string toJson() const;
    // Throws FormatError when the text is not a state toJson wrote.
    static ChainState fromJson(std::string_view text);
};

// verifyLedger's record-by-record engine, for records from any source: feed them in seq order from the state's
// size + 1, then finish. External checkpoints in the options are checked when the tree reaches their size.
class ChainVerifier {
public:
    ChainVerifier(ChainState start, const VerifyOptions& options);
    ~ChainVerifier();
    ChainVerifier(const ChainVerifier&) = delete;
    ChainVerifier& operator=(const ChainVerifier&) = delete;

    // Checks the next record, and its stored Merkle nodes when given (SQLite ledgers). False once a problem is known:
    // no later record can come first, so the caller stops feeding.
    bool add(Record record, std::optional<std::span<const std::uint8_t>> storedNodes = std::nullopt);
    // Waits for the signature checks; an external checkpoint beyond the last record is a truncated ledger. The report's
    // problem is the first by seq.
    VerifyReport finish();
    // The chain as far as the records added (all of them are good only when finish reported no problem).
    const ChainState& state() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// After the records: the station's key file must hold the key in force, and a pinned key must have signed a record.
std::optional<VerifyProblem> keyFileProblem(const ChainState& state, const VerifyOptions& options);

} // namespace tillbook::ledger
