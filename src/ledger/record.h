// The ledger record, its canonical byte encoding and its hash (the format docs/ledger-format.md specifies).
#pragma once

#include "ledger/hash.h"

#include <cstdint>
#include <string>

namespace tillbook::ledger {

inline constexpr std::uint8_t kFormatVersion = 1;
inline constexpr std::uint8_t kAlgEcdsaP256Sha256 = 1;
// Domain separation: these bytes start every hashed record, so a record hash can never collide with a
// Merkle leaf (0x00), node (0x01) or any other structure that is hashed.
inline constexpr std::string_view kRecordDomainTag{"tillbook.record.v1\0", 19};

// Record kinds the ledger layer itself understands; station kinds are free-form dotted names.
inline constexpr std::string_view kKindGenesis = "ledger.genesis";
inline constexpr std::string_view kKindKeyRotate = "ledger.key_rotate";
inline constexpr std::string_view kKindCheckpoint = "ledger.checkpoint";
// Written by the writer itself, just before a record whose wall-clock time is earlier than the last record's by more
// than kClockStepToleranceMs: body {"last_record_ms": the last record's time, "wall_clock_ms": the clock's reading}.
// It keeps the last record's time; the records after it carry the wall clock's.
inline constexpr std::string_view kKindClockSteppedBack = "clock.stepped_back";
// Within this, a wall clock behind the last record is noise (NTP slew, a second writer's clock): the record keeps the
// last record's time, so times never go backwards silently.
inline constexpr std::int64_t kClockStepToleranceMs = 5 * 60 * 1000;

struct Record {
    std::uint8_t version = kFormatVersion;
    std::uint8_t algorithm = kAlgEcdsaP256Sha256;
    std::uint64_t seq = 0;
    std::int64_t timeMs = 0;
    std::string station;
    std::string operatorId;
    std::string approver; // empty when nobody approved
    std::string kind;
    std::string body; // canonical JSON object
    Hash prevHash{};
    Hash keyId{};
    Hash hash{};
    Bytes signature; // DER-encoded ECDSA signature over `hash`
};

// The exact bytes that are hashed: tag, version, algorithm, prev hash, seq, time, key id, then the
// length-prefixed strings station, operator, approver, kind, body.
Bytes canonicalBytes(const Record& record);
Hash computeRecordHash(const Record& record);
// Streams the same bytes through `hasher` without building a buffer (the verify hot path).
Hash computeRecordHash(const Record& record, Sha256& hasher);

} // namespace tillbook::ledger
