// Service orders: created with a deposit bill, moved through their statuses, refused when they make no sense.
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;

namespace {

// A start order on a demo account with a $75.00 deposit.
station::ServiceOrderRequest startOrder()
{
    station::ServiceOrderRequest r;
    r.operatorId = "ana";
    r.account = "100101";
    r.type = "start";
    r.requestedDate = "2026-11-03";
    r.reason = "new tenant";
    r.deposit = Money::fromCents(7500);
    return r;
}

} // namespace

TEST_CASE("orders: a start order bills its deposit and moves to done with the meter reading")
{
    test::DemoStation demo;
    auto& st = demo.st;
    station::ServiceOrderRequest r = startOrder();
    auto order = st->orders().createServiceOrder(r);
    CHECK(order.id == "TEST-01-S000001");
    CHECK(order.status == "open");
    CHECK(order.serviceAddress == st->accounts().account("100101")->summary.serviceAddress);
    bool billed = false;
    auto detail = *st->accounts().account("100101");
    for (const auto& b : detail.openBills)
        billed = billed || (b.id == "DEP-TEST-01-S000001" && b.open == Money::fromCents(7500) && b.fund == "DEPOSIT");
    CHECK(billed);

    auto size = st->store().size();
    CHECK_THROWS_WITH(st->orders().updateServiceOrder("ana", order.id, "done", "", "", ""), Catch::Contains("meter reading"));
    CHECK_THROWS_WITH(st->orders().updateServiceOrder("ana", order.id, "scheduled", "soon", "", ""), Catch::Contains("YYYY-MM-DD"));
    CHECK_THROWS_WITH(st->orders().updateServiceOrder("ana", order.id, "lost", "", "", ""), Catch::Contains("scheduled, done"));
    CHECK(st->store().size() == size);
    CHECK(st->orders().updateServiceOrder("ana", order.id, "scheduled", "2026-11-04", "", "crew B").status == "scheduled");
    auto done = st->orders().updateServiceOrder("ana", order.id, "done", "", "004512", "");
    CHECK(done.status == "done");
    CHECK(done.scheduledDate == "2026-11-04");
    CHECK(done.meterReading == "004512");
    CHECK_THROWS_WITH(st->orders().updateServiceOrder("ana", order.id, "cancelled", "", "", ""), Catch::Contains("cannot change"));
    CHECK(st->orders().serviceOrders("done").size() == 1);
    CHECK(st->orders().serviceOrders("open").empty());
    std::string csv = st->orders().exportServiceOrders();
    CHECK_THAT(csv, Catch::StartsWith("order,account,type,service_address"));
    CHECK_THAT(csv, Catch::Contains("TEST-01-S000001,100101,start,"));
    CHECK(st->maintenance().accountHistory("100101", "order.").size() == 3);
    CHECK_FALSE(station::rebuildAndCompare(st->paths()).difference);

    size = st->store().size();
    auto bad = r;
    bad.requestedDate = "2026-10-01";
    CHECK_THROWS_WITH(st->orders().createServiceOrder(bad), Catch::Contains("in the past"));
    bad = r;
    bad.type = "teleport";
    CHECK_THROWS_WITH(st->orders().createServiceOrder(bad), Catch::Contains("start, stop, transfer or installation"));
    bad = r;
    bad.reason = "";
    CHECK_THROWS_WITH(st->orders().createServiceOrder(bad), Catch::Contains("needs a reason"));
    bad = r;
    bad.account = "100192"; // the demo's closed account
    CHECK_THROWS_WITH(st->orders().createServiceOrder(bad), Catch::Contains("is closed"));
    CHECK(st->store().size() == size);
    auto doc = st->orders().serviceOrderDocument(order.id);
    CHECK(doc.title == "Service order TEST-01-S000001");

    // The export is opened in spreadsheets: text that would run as a formula is neutralized and quoted, and the
    // deposit stays a number.
    r.reason = "=HYPERLINK(\"http://x\")";
    st->orders().createServiceOrder(r);
    r.reason = "=cmd|' /C calc'!A0";
    st->orders().createServiceOrder(r);
    r.reason = "@SUM(1+1)";
    st->orders().createServiceOrder(r);
    csv = st->orders().exportServiceOrders("open");
    CHECK_THAT(csv, Catch::Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",75.00,"));
    CHECK_THAT(csv, Catch::Contains(",'=cmd|' /C calc'!A0,75.00,"));
    CHECK_THAT(csv, Catch::Contains(",'@SUM(1+1),75.00,"));
    CHECK_THAT(csv, !Catch::Contains(",=") && !Catch::Contains(",\"="));
}

TEST_CASE("orders: a cancelled order's unpaid deposit is no longer owed - and updates keep earlier notes")
{
    test::DemoStation demo;
    auto& st = demo.st;
    Money before = st->accounts().account("100122")->summary.balance;
    station::ServiceOrderRequest r;
    r.operatorId = "ana";
    r.account = "100122";
    r.type = "installation";
    r.requestedDate = "2026-11-10";
    r.reason = "new meter";
    r.deposit = Money::fromCents(15000);
    auto order = st->orders().createServiceOrder(r);
    CHECK(st->accounts().account("100122")->summary.balance == before + Money::fromCents(15000));
    st->orders().updateServiceOrder("ana", order.id, "scheduled", "2026-11-12", "", "gate code 4411");
    auto cancelled = st->orders().updateServiceOrder("ana", order.id, "cancelled", "", "", "");
    CHECK(cancelled.note == "gate code 4411");
    CHECK(cancelled.scheduledDate == "2026-11-12");
    CHECK(st->accounts().account("100122")->summary.balance == before);
    CHECK_FALSE(station::rebuildAndCompare(st->paths()).difference);
}

TEST_CASE("orders: a station with a deposit order replays at the office, which has none of its import files")
{
    // The office replays each window from its records alone (office deposit prepare): the accounts came in through
    // import files the window keeps, and the order's deposit bill names one of those accounts.
    test::DemoStation demo;
    auto& st = demo.st;
    const auto order = st->orders().createServiceOrder(startOrder());
    std::vector<ledger::Record> records;
    st->store().forEach(1, [&](const ledger::Record& record) {
        records.push_back(record);
        return true;
    });
    std::unique_ptr<station::Station> replayed;
    REQUIRE_NOTHROW(replayed = station::Station::replay(records, demo.clock));
    const auto open = replayed->orders().serviceOrders("open");
    REQUIRE(open.size() == 1);
    CHECK(open.front().id == order.id);
    CHECK(replayed->store().size() == st->store().size());
}
