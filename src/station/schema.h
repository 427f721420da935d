// The projection schema: created and upgraded the same way for the live database and for a rebuild.
#pragma once

#include "ledger/sqlite.h"

#include <cstdint>
#include <string>

namespace tillbook::station {

std::int64_t stationSchemaVersion();
// Brings `db`'s projection tables to the current version, one transaction per step; a step that adds a table fills it
// from the ledger records `db` already holds in that transaction. Refuses a newer version with a FormatError naming
// `what`.
void migrateProjections(ledger::Db& db, const std::string& what);

} // namespace tillbook::station
