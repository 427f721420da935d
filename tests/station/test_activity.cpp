// The activity report: per-cashier figures from simulated days, tying out to the posting export and to the payments.
#include "core/csv.h"
#include "station/projector.h"
#include "station/simulation.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace tillbook;
using station::utcDay;

namespace {

// The export's amount column (8th) summed, in cents, read back from the CSV text.
std::int64_t exportedCents(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line); // header
    std::int64_t total = 0;
    while (std::getline(in, line)) {
        // No field of the simulated data holds a comma or a quote.
        std::size_t at = 0;
        for (int i = 0; i < 7; ++i)
            at = line.find(',', at) + 1;
        auto parsed = parseMoney(line.substr(at, line.find(',', at) - at));
        REQUIRE(parsed.value);
        total += parsed.value->cents();
    }
    return total;
}

} // namespace

TEST_CASE("activity: per cashier and fund - tying out to the posting export and to the payments")
{
    test::DemoStation demo;
    auto& st = demo.st;
    auto& clock = demo.clock;
    station::SimulationOptions sim;
    sim.days = 2;
    sim.seed = 9;
    const std::int64_t startMs = clock.nowMs();
    auto outcome = station::simulate(*st, clock, sim);
    REQUIRE(outcome.payments > 0);
    std::string first = utcDay(startMs);
    std::string last = utcDay(clock.nowMs());
    auto report = st->reports().activityReport(first, last);
    REQUIRE_FALSE(report.cashiers.empty());

    std::int64_t exported = 0;
    for (std::int64_t ms = startMs; utcDay(ms) <= last; ms += 86'400'000LL)
        exported += exportedCents(st->payments().exportPostings(utcDay(ms)));
    CHECK(report.postings.cents() == exported);
    Money fundSum;
    for (const auto& [fund, amount] : report.funds)
        fundSum += amount;
    CHECK(fundSum + report.customerCredit == report.postings);
    // The customer's credit from an overpayment is a liability beside the funds, never a fund called CREDIT.
    CHECK(report.customerCredit.isPositive());
    for (const auto& [fund, amount] : report.funds)
        CHECK(fund != "CREDIT");

    std::int64_t payments = 0;
    for (const auto& c : report.cashiers) {
        INFO(c.operatorId);
        payments += c.payments;
        Money funds;
        for (const auto& [fund, amount] : c.funds)
            funds += amount;
        // What a cashier's funds and customer credit net to: the net line, what they took less what they voided
        // and refunded (and the returned checks they recorded).
        CHECK(c.net == c.collected - c.voided - c.refunded - c.returnsRecordedAmount);
        CHECK(funds + c.customerCredit == c.net);
        Money tendered;
        for (const auto& [kind, items, amount] : c.tenders)
            tendered += amount;
        CHECK(tendered == c.collected); // cash net of change, checks, money orders and cards make up the receipts
    }
    // Counter payments and the mail batches' payments (posted by the batch's operator).
    REQUIRE(outcome.batchPayments > 0);
    CHECK(payments == static_cast<std::int64_t>(outcome.payments + outcome.batchPayments));

    CHECK_THROWS_WITH(st->reports().activityReport("2026-11-30", "2026-11-01"), Catch::Contains("ends"));
    CHECK_THROWS_WITH(st->reports().activityReport("2026-01-01", "2027-06-01"), Catch::Contains("366 days"));
    CHECK_THROWS_WITH(st->reports().activityReport("yesterday", "today"), Catch::Contains("YYYY-MM-DD"));
    auto doc = st->reports().activityReportDocument(report);
    CHECK(doc.sections.size() == report.cashiers.size() + 1);
    // Tenders in words, cards among them, and a net line per cashier.
    std::set<std::string> labels;
    for (const auto& section : doc.sections)
        for (const auto& [label, value] : section.rows)
            labels.insert(label);
    CHECK(labels.count("  Cards") == 1);
    CHECK(labels.count("  Money orders") == 1);
    CHECK(labels.count("Net (the lines below add up to it)") == 1);
    CHECK(labels.count("Customer credit (a liability)") == 1);
    for (const auto& label : labels) {
        CHECK(label.find("money_order") == std::string::npos);
        CHECK(label.find("CREDIT") == std::string::npos);
    }
}

TEST_CASE("the activity CSV quotes a name with a line break and neutralizes a formula")
{
    station::ActivityReport report;
    report.from = report.to = "2026-10-31";
    station::CashierActivity eve;
    eve.operatorId = "eve";
    eve.name = "Eve\r\n=HYPERLINK(\"http://x\")";
    eve.payments = 2;
    eve.collected = Money::fromCents(-1250);
    report.cashiers.push_back(eve);
    station::CashierActivity bob = eve;
    bob.operatorId = "bob";
    bob.name = "-Bob, Jr.";
    report.cashiers.push_back(bob);
    const std::string csv = station::activityCsv(report);
    CHECK_THAT(csv, Catch::StartsWith("operator,name,measure,items,amount\r\n"
                                      "eve,\"Eve\r\n=HYPERLINK(\"\"http://x\"\")\",payments,2,-12.50\r\n"));
    CHECK_THAT(csv, Catch::Contains("\r\nbob,\"'-Bob, Jr.\",payments,2,-12.50\r\n"));
    // Every record has its five fields when read back, so no name broke a row.
    auto parsed = parseCsv(csv);
    REQUIRE(std::holds_alternative<CsvTable>(parsed));
    CHECK(std::get<CsvTable>(parsed).rows.size() == 18);
    CHECK(std::get<CsvTable>(parsed).rows[0].fields[1] == eve.name);
}
