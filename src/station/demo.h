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

// Fictitious banks for the demo's routing directory: their names start with DEMO, their numbers have valid check
// digits and are not in the real FedACH directory. The last is merged into the first (a record type 2).
struct DemoBank {
    std::string_view routing;
    std::string_view name;
    std::string_view city;
    std::string_view replacedBy; // "" unless merged
};
inline constexpr DemoBank kDemoBanks[] = {
    {"071900003", "DEMO PRAIRIE STATE BANK", "SPRINGFIELD", ""},
    {"081900006", "DEMO LINCOLN SAVINGS BANK", "SPRINGFIELD", ""},
    {"071950008", "DEMO SANGAMON CREDIT UNION", "CHATHAM", ""},
    {"081950001", "DEMO HEARTLAND NATIONAL BANK", "DECATUR", ""},
    {"071990000", "DEMO RIVER VALLEY BANK", "PETERSBURG", ""},
    {"081990003", "DEMO OLD TOWN BANK", "SPRINGFIELD", "071900003"},
};
// The demo directory as a FedACH file, imported by seedDemo through the ordinary import.
std::string demoRoutingDirectory();

// Adds whatever of the demo set is missing; returns how many records it wrote. Idempotent.
int seedDemo(Station& station);

// The demo chart of accounts (gl.* settings) for the general-ledger journal and the bank deposits go to (deposit.bank_*),
// each setting only where none is set; returns how many records it wrote.
int seedDemoChart(Station& station);

} // namespace tillbook::station
