// Simulated counter days driven through the station's own commands: for demos, load and replay tests.
#pragma once

#include "core/clock.h"
#include "station/services.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tillbook::station {

struct SimulationOptions {
    int days = 1;
    std::uint64_t seed = 1;
    int cashiers = 2;
    bool backOffice = true; // account changes, service orders, a mail batch and the supervisor's review each day
    bool deposits = true; // the supervisor prepares each day's bank deposit, and the bank's confirmation is keyed
};

struct SimulationReport {
    int signIns = 0;
    int failedSignIns = 0;
    int payments = 0;
    int voids = 0;
    int refunds = 0;
    int drawersOpened = 0;
    int drawersClosed = 0;
    int drops = 0;
    int checksVerified = 0;
    int checksDeclined = 0;
    int checkOverrides = 0;
    Money collected; // tendered minus change, less voids and refunds, plus mail batch payments
    int accountChanges = 0;
    int accountNotes = 0;
    int ordersCreated = 0;
    int ordersUpdated = 0;
    int batches = 0;
    int batchPayments = 0;
    int batchExceptions = 0;
    int reviewsApproved = 0;
    int reviewsRejected = 0;
    int daysApproved = 0;
    int cardPayments = 0; // payments with a card tender
    int cardRefunds = 0; // refunds back to the card
    int deposits = 0; // prepared, and confirmed by the bank
    std::vector<std::string> days; // the days simulated, YYYY-MM-DD: each has its deposit and its journal
};

// Needs the demo operators (it signs in with their PINs) and imported accounts. `clock` must be the clock the
// station was opened with: the simulation moves it through each day. Same seed, same records.
SimulationReport simulate(Station& station, FixedClock& clock, const SimulationOptions& options);

// 08:00 UTC of the day after `timeMs`: where a simulation starts so that time never runs backwards.
std::int64_t nextMorningMs(std::int64_t timeMs);

// How far back `tillctl demo` dates a new demo station's setup, and so the most days one simulation fills.
inline constexpr int kDemoSetupDays = 60;

// Whole simulated days that fit after the latest record (`lastMs`) and end before today (UTC) begins at `nowMs`: a
// simulated day runs from 08:00 to at most the evening of its own day.
int simulationDaysAvailable(std::int64_t lastMs, std::int64_t nowMs);

} // namespace tillbook::station
