// The demo station's data set: operators, accounts, bills and the fee catalog, through the ordinary commands.
#pragma once

#include "station/services.h"

#include <string_view>

namespace tillbook::station {

struct DemoOperator {
    std::string_view id;
    std::string_view name;
    Role role;
    std::string_view pin; // listed in the README; demo only
};

inline constexpr DemoOperator kDemoOperators[] = {
    {"ana", "Ana Núñez", Role::Cashier, "1234"},
    {"ben", "Ben Okafor", Role::Cashier, "2345"},
    {"sam", "Sam Ærøskøbing", Role::Supervisor, "2468"},
    {"ada", "Ada Lindqvist", Role::Admin, "9753"},
};

// Adds whatever of the demo set is missing; returns how many records it wrote. Idempotent.
int seedDemo(Station& station);

// The demo chart of accounts (gl.* settings) for the general-ledger journal and the bank deposits go to (deposit.bank_*),
// each setting only where none is set; returns how many records it wrote.
int seedDemoChart(Station& station);

} // namespace tillbook::station
