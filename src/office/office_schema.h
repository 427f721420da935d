// The office's PostgreSQL schema: versioned migrations, roles, grants and row-level security (docs/office.md).
#pragma once

#include "office/pg.h"

namespace tillbook::office {

// The schema version this build writes; a database at a later version is refused.
int officeSchemaVersion();
// Brings the office schema up to officeSchemaVersion() in one transaction (all steps or none), under an advisory lock
// so two office processes never migrate at once. Idempotent.
void migrateOffice(PgConnection& db);

// The PostgreSQL role of a station: tillbook_station_ and the station id in lower case, '-' as '_'.
std::string stationRole(std::string_view station);

} // namespace tillbook::office
