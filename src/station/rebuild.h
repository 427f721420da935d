// Replays the ledger into fresh projections and compares them with the live ones: the projections must be a
// function of the ledger, and this is how an operator or auditor checks that they are.
#pragma once

#include "ledger/sqlite.h"
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

// Read-only on the station's database; the replay happens in memory. A record of a kind the station does not know
// stops the replay and is the difference ("seq 12: record kind "x.y" is not one this station knows").
RebuildReport rebuildAndCompare(const DataPaths& paths);

// Compares every projection table of `live` with `rebuilt`, every column PRAGMA table_info lists, row by row in each
// table's key order; adds to the counts and sets the first difference.
void compareProjections(ledger::Db& live, ledger::Db& rebuilt, RebuildReport& report);

} // namespace tillbook::station
