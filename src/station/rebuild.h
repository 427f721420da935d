// Replays the ledger into fresh projections and compares them with the live ones: the projections must be a
// function of the ledger, and this is how an operator or auditor checks that they are.
#pragma once

#include "station/data_dir.h"

#include <optional>
#include <string>

namespace tillbook::station {

struct RebuildReport {
    std::uint64_t records = 0;
    std::size_t tablesCompared = 0;
    std::size_t rowsCompared = 0;
    std::optional<std::string> difference; // the first difference, in one sentence
};

// Read-only on the station's database; the replay happens in memory.
RebuildReport rebuildAndCompare(const DataPaths& paths);

} // namespace tillbook::station
