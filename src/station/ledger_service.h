// The station's own ledger: checkpoints, key rotation, the demo mark and clock steps.
#pragma once

#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


class LedgerService : public StationService {
public:
    using StationService::StationService;

    const ledger::PublicKey& publicKey() const;
    // The latest clock.stepped_back record when it is less than a day old by the station's clock: the counter shows it
    // so that a supervisor checks the clock.
    struct ClockStep {
        std::uint64_t seq = 0;
        std::int64_t lastRecordMs = 0;
        std::int64_t wallClockMs = 0;
    };
    // Ledger maintenance
    ledger::Checkpoint checkpoint(std::string_view actor);
    // The ledger's tree as it stands, signed by the station's key but not recorded: what a push to the office carries
    // (a mirror's checkpoint writes nothing, so a sync with nothing new stays a sync with nothing new).
    ledger::Checkpoint treeHead() const;
    ledger::Record rotateKey(std::string_view actor, std::string_view reason);
    bool isDemo() const;
    // Throws CommandRefused unless this is a demo station; `what` names the refused act ("demo data").
    void requireDemo(std::string_view what);
    std::optional<ClockStep> recentClockStep() const;
};

} // namespace tillbook::station
