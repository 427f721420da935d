// Offline verification of a whole ledger: chain, signatures (on all cores), sequence, time, keys and checkpoints.
#pragma once

#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/record.h"
#include "ledger/sqlite.h"

#include <cstdint>
#include <optional>
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

} // namespace tillbook::ledger
