// The station side of the office: joining (the office's URL, CA, key and the station's password kept beside its
// signing key) and syncing (push the records the office lacks with a signed checkpoint and a consistency proof, then
// pull the office's cosigned checkpoints into a table beside the ledger, and what the office published from the other
// windows into station/office_feed.h's tables).
#pragma once

#include "station/office_feed.h"
#include "station/station.h"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace tillbook::office {

// The office could not be reached; nothing was sent and the station goes on as it was.
class OfficeUnreachable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where a joined station keeps what it knows of its office.
struct OfficeLinkPaths {
    explicit OfficeLinkPaths(const station::DataPaths& paths);
    std::filesystem::path config; // office/office.json: URL, role, the office's public key
    std::filesystem::path ca; // office/ca.pem: the CA the office's certificate must chain to
    std::filesystem::path password; // keys/office.password (0600), beside the signing key
};

// Reads JOIN.json (from tillctl office add-station) and keeps it in the station's data directory. Refuses a file for
// another station. Returns the office URL.
std::string joinOffice(station::Station& station, const std::filesystem::path& joinFile);

struct SyncOutcome {
    std::uint64_t localSize = 0;
    std::uint64_t sent = 0; // records sent by this sync
    std::uint64_t firstSent = 0; // their seqs, when any
    std::uint64_t lastSent = 0;
    std::uint64_t officeHas = 0; // the largest seq the office holds after this sync
    std::uint64_t officeVerified = 0; // what the office had verified when the sync began
    std::string officeState; // ok, forked or invalid
    std::string officeProblem;
    std::uint64_t cosignaturesPulled = 0;
    std::uint64_t latestCosigned = 0; // the largest cosigned checkpoint the station holds
    std::uint64_t itemsPulled = 0; // what the office published from other windows, kept and applied by this sync
    std::optional<std::string> problem; // one sentence: this station forked from the office, or is frozen there
};

// Tests only: the push stops the process (as a crash would) after this many committed batches.
inline constexpr const char* kSyncCrashAfterBatchesEnv = "TILLBOOK_TEST_SYNC_CRASH_AFTER_BATCHES";
// Tests only: in this batch (1 for the first), with its rows sent and its transaction not yet committed, the push says
// "sync paused in batch N" on stderr and waits (at most two minutes, then exits 9), so that a test can kill it there.
inline constexpr const char* kSyncPauseInBatchEnv = "TILLBOOK_TEST_SYNC_PAUSE_IN_BATCH";

// Throws station::CommandRefused when the station has not joined an office, OfficeUnreachable when it cannot connect.
SyncOutcome syncWithOffice(station::Station& station, std::size_t batchSize = 500);

// The cosigned checkpoints the station keeps (station/office_feed.h).
using station::storedCosignatures;
// The office's public key a joined station holds (office/office.json), if it joined one.
std::optional<std::string> officeKeyOf(const station::DataPaths& paths);

} // namespace tillbook::office
