// Every domain service of a station, for code inside src/station that works across domains (the services' own
// implementations, the simulation, the demo data). Code above the station includes only the domains it uses.
#pragma once

#include "station/accounts.h"
#include "station/arrangements.h"
#include "station/batches.h"
#include "station/checks.h"
#include "station/deposits.h"
#include "station/command_context.h"
#include "station/documents.h"
#include "station/drawers.h"
#include "station/ledger_service.h"
#include "station/maintenance.h"
#include "station/operators.h"
#include "station/orders.h"
#include "station/payments.h"
#include "station/reports.h"
#include "station/review.h"
#include "station/settings.h"
#include "station/station.h"
