// Test support: a demo station in a temporary directory, as most station tests start, and the small helpers they share.
#pragma once

#include "core/clock.h"
#include "core/drawer.h"
#include "core/money.h"
#include "station/services.h"
#include "support/temp_dir.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace tillbook::test {

constexpr std::int64_t kNewYear2026Ms = 1'767'225'600'000; // 2026-01-01T00:00:00Z, FixedClock's own default
constexpr std::int64_t kNovember2026Ms = 1'793'520'000'000; // 2026-11-01T08:00:00Z

inline Money m(std::int64_t cents)
{
    return Money::fromCents(cents);
}

// Scrypt cheap enough for tests: they need speed, not brute-force resistance.
station::Station::Options fastOptions();

// A count of `amount` in rolled coin, for tests to which the denomination mix does not matter.
CashCount rolled(Money amount);

// $200.00: 5 x $20, 6 x $10, 6 x $5, 10 x $1.
CashCount standardFloat();

// The real FedACH directory from the shared test data, as its file's text.
std::string fedach();

// Tests that take checks verify them first, as a cashier must: this gives a verification id to use as the tender's
// reference, overriding with the demo supervisor when the station has no routing directory loaded.
std::string verifiedItem(station::Station& st, const std::string& operatorId, Money amount,
                         TenderKind kind = TenderKind::Check);

// How a DemoStation starts. Tests depend on the differences: the clock's start (the demo bills' due dates), whether a
// drawer is open, whether checks are verified against real banks.
struct DemoOptions {
    std::int64_t startMs = kNovember2026Ms;
    std::string stationId = "TEST-01";
    std::optional<CashCount> drawerFloat{}; // when set, ana's drawer is open with this float
    bool routingDirectory = false; // when true, the FedACH directory is imported
};

// A demo station created in a temporary directory, opened with fastOptions() and seeded with the demo data.
struct DemoStation {
    explicit DemoStation(const DemoOptions& options = {});

    std::uint64_t size() const { return st->store().size(); }
    ledger::Record last() const { return *st->store().last(); }
    // The sum of the account's open bills.
    Money owed(const std::string& account) const;
    // The demo supervisor approves `request`; returns the approval id.
    std::string approve(const station::ApprovalRequest& request);

    TempDir dir;
    FixedClock clock;
    std::unique_ptr<station::Station> st;
};

} // namespace tillbook::test
