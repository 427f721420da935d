// Bank deposits: prepared from the day's closed drawers, mail batches and safe drops less the float kept back; the
// bank's confirmation; every refusal; and simulated days whose deposits are recomputed from the ledger's records.
#include "ledger/store.h"
#include "station/demo.h"
#include "station/projector.h"
#include "station/rebuild.h"
#include "station/services.h"
#include "station/simulation.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace tillbook;
using nlohmann::json;
using test::m;

namespace {

struct Counter : test::DemoStation {
    Counter()
        : test::DemoStation(test::DemoOptions{.routingDirectory = true})
    {
    }

    station::PaymentOutcome pay(const std::string& cashier, std::vector<station::TenderInput> tenders, Money amount,
                                std::string account = "100101")
    {
        station::PaymentRequest r;
        r.operatorId = cashier;
        r.requestId = "r" + std::to_string(++requests);
        r.accountAmounts.emplace_back(account, amount);
        r.tenders = std::move(tenders);
        return st->payments().takePayment(r);
    }

    // ana's drawer: a $200.00 float, $30.00 and $1,000.00 in cash, a $1,000.00 drop, a $45.00 check; counted and
    // closed $1.00 short. Returns the drawer's id.
    std::string closedDrawer()
    {
        st->drawers().openDrawer("ana", test::standardFloat());
        std::string id = st->drawers().openDrawer()->id;
        pay("ana", {{TenderKind::Cash, m(3000), ""}}, m(3000));
        pay("ana", {{TenderKind::Cash, m(100000), ""}}, m(100000), "100108");
        st->drawers().dropCash("ana", test::rolled(m(100000)));
        pay("ana", {{TenderKind::Check, m(4500), test::verifiedItem(*st, "ana", m(4500))}}, m(4500));
        // $230.00 should be there; $229.00 is.
        auto count = st->drawers().countDrawer("ana", test::rolled(m(22900)), {{TenderKind::Check, m(4500), ""}});
        CHECK(count.overShort.cash == m(-100));
        st->drawers().closeDrawer("ana", "");
        return id;
    }

    station::DepositRequest request(std::string day = {})
    {
        station::DepositRequest r;
        r.operatorId = "sam";
        r.day = day.empty() ? st->today() : day;
        r.bag = "B-1001";
        r.seal = "S-77";
        return r;
    }

    int requests = 0;
};

} // namespace

TEST_CASE("a deposit is the day's closing counts and drops less the float kept back, with every check the bank needs")
{
    Counter c;
    c.st->settings().changeTextSetting("ada", "deposit.bank_routing", "011000015");
    c.st->settings().changeTextSetting("ada", "deposit.bank_name", "First Municipal Bank");
    std::string drawer = c.closedDrawer();
    auto d = c.st->deposits().prepare(c.request());
    CHECK(d.id == "TEST-01-DP000001");
    CHECK(d.status == "prepared");
    CHECK(d.preparedBy == "sam");
    CHECK(d.bankRouting == "011000015");
    REQUIRE(d.drawers.size() == 1);
    CHECK(d.drawers[0].id == drawer);
    CHECK(d.drawers[0].counted == m(22900));
    CHECK(d.drawers[0].drops == m(100000));
    CHECK(d.floatKept == m(20000));
    // Counted $229.00 + dropped $1,000.00 - $200.00 kept back: the float never goes to the bank, the drop does.
    CHECK(d.cash == m(102900));
    CHECK(countTotal(d.cashOnHand) == m(122900));
    CHECK(d.checks == m(4500));
    CHECK(d.moneyOrders == m(0));
    CHECK(d.total == m(107400));
    // The same cash from the drawer's own figures: float + taken - paid out + over/short - float kept.
    const auto& dr = d.drawers[0];
    CHECK(dr.openingFloat + dr.cashTaken - dr.paidOuts + dr.overShort - d.floatKept == d.cash);
    REQUIRE(d.items.size() == 1);
    CHECK(d.items[0].routing.size() == 9);
    CHECK(d.items[0].maskedAccount.rfind("****", 0) == 0);
    CHECK_FALSE(d.items[0].serial.empty());
    CHECK(d.items[0].amount == m(4500));
    CHECK(d.items[0].source == drawer);

    auto record = json::parse(c.last().body);
    CHECK(c.last().kind == "deposit.prepared");
    CHECK(record["float_kept"] == 20000);
    CHECK(record["cash"] == 102900);

    auto doc = c.st->deposits().depositDocument(d.id);
    CHECK(doc.cash == m(102900));
    CHECK(doc.openingFloats + doc.cashTaken - doc.paidOuts + doc.overShort - doc.floatKept == doc.cash);
    CHECK(doc.bankName == "First Municipal Bank");

    // The bank's figure, later; a difference needs a reason.
    auto before = c.size();
    station::DepositConfirmation confirmation{"sam", d.id, m(107300), "2026-11-02", "BNK-1", ""};
    CHECK_THROWS_WITH(c.st->deposits().confirm(confirmation), Catch::Contains("give the reason"));
    CHECK(c.size() == before);
    confirmation.reason = "a $1.00 note was counterfeit";
    auto confirmed = c.st->deposits().confirm(confirmation);
    CHECK(confirmed.status == "confirmed");
    CHECK(confirmed.difference == m(-100));
    CHECK(confirmed.reason == "a $1.00 note was counterfeit");
    CHECK(confirmed.confirmedBy == "sam");
    CHECK_THROWS_WITH(c.st->deposits().confirm(confirmation), Catch::Contains("already confirmed"));
    CHECK(c.st->deposits().depositDocument(d.id).confirmation.size() == 2);

    auto rebuilt = station::rebuildAndCompare(c.st->paths());
    CHECK_FALSE(rebuilt.difference);
}

TEST_CASE("the deposits are listed for one day, and for every day when no day is given")
{
    Counter c;
    c.closedDrawer();
    auto d = c.st->deposits().prepare(c.request());
    REQUIRE(c.st->deposits().list(c.st->today()).size() == 1);
    // The back office lists every day's deposits with the default argument (an empty string_view, whose data() is
    // null): bound as NULL it matched nothing.
    auto all = c.st->deposits().list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].id == d.id);
    CHECK(c.st->deposits().list("2001-01-01").empty());
}

TEST_CASE("a deposit refuses an open drawer, a drawer already deposited, an empty day and a cashier, writing nothing")
{
    Counter c;
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->deposits().prepare(c.request()), Catch::Contains("nothing to deposit"));
    c.st->drawers().openDrawer("ana", test::standardFloat());
    std::string open = c.st->drawers().openDrawer()->id;
    before = c.size();
    CHECK_THROWS_WITH(c.st->deposits().prepare(c.request()), Catch::Contains("is still open"));
    auto named = c.request();
    named.drawers = {open};
    CHECK_THROWS_WITH(c.st->deposits().prepare(named), Catch::Contains("is still open"));
    CHECK(c.size() == before);
    c.st->drawers().countDrawer("ana", test::standardFloat(), {});
    c.st->drawers().closeDrawer("ana", "");

    auto cashier = c.request();
    cashier.operatorId = "ana";
    before = c.size();
    CHECK_THROWS(c.st->deposits().prepare(cashier));
    auto noBag = c.request();
    noBag.bag = " ";
    CHECK_THROWS_WITH(c.st->deposits().prepare(noBag), Catch::Contains("bag"));
    auto badDay = c.request("2026-13-01");
    CHECK_THROWS_WITH(c.st->deposits().prepare(badDay), Catch::Contains("YYYY-MM-DD"));
    CHECK(c.size() == before);

    auto d = c.st->deposits().prepare(c.request());
    CHECK(d.cash == m(0)); // the float counted back is exactly the float kept
    before = c.size();
    CHECK_THROWS_WITH(c.st->deposits().prepare(named), Catch::Contains("already in deposit " + d.id));
    CHECK_THROWS_WITH(c.st->deposits().prepare(c.request()), Catch::Contains("nothing to deposit"));
    CHECK_THROWS_WITH(c.st->deposits().confirm({"sam", "TEST-01-DP000099", m(100), "", "BNK-2", ""}),
                      Catch::Contains("there is no deposit"));
    CHECK_THROWS_WITH(c.st->deposits().confirm({"sam", d.id, m(0), "", "", ""}), Catch::Contains("reference"));
    CHECK(c.size() == before);
}

TEST_CASE("a deposit keeps back the float the setting says and refuses when the cash on hand is less")
{
    Counter c;
    c.st->settings().changeSetting("ada", "deposit.float_kept", 50000);
    c.st->drawers().openDrawer("ana", test::standardFloat());
    c.st->drawers().countDrawer("ana", test::standardFloat(), {});
    c.st->drawers().closeDrawer("ana", "");
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->deposits().prepare(c.request()), Catch::Contains("less than the $500.00 float"));
    CHECK(c.size() == before);
    c.st->settings().changeSetting("ada", "deposit.float_kept", 5000);
    auto d = c.st->deposits().prepare(c.request());
    CHECK(d.floatKept == m(5000));
    CHECK(d.cash == m(15000));
    CHECK(json::parse(c.last().body)["float_kept"] == 5000);
}

TEST_CASE("a drawer's own deposit slip takes its drops and leaves its opening float out")
{
    Counter c;
    std::string drawer = c.closedDrawer();
    auto slip = c.st->documents().depositSlipDocument(drawer);
    CHECK(slip.cashOnHand == m(122900));
    CHECK(slip.floatKept == m(20000));
    CHECK(slip.cashTotal == m(102900));
    CHECK(countTotal(slip.cash) == m(122900));
}

namespace {

// One drawer's figures as the ledger's records say them, gathered without the projections or the deposit code.
struct DrawerFromRecords {
    std::string day;
    std::int64_t openingFloat = 0;
    std::int64_t netCash = 0; // cash tendered less change, after voids
    std::int64_t paidOut = 0; // paid-outs and cash refunds
    std::int64_t dropped = 0; // drops and pickups
    std::int64_t counted = 0;
    std::int64_t overShort = 0;
    std::int64_t items = 0; // checks and money orders not voided
    std::int64_t itemCount = 0;
};

struct PaymentFromRecords {
    std::string drawer;
    std::string batch;
    std::int64_t netCash = 0;
    std::int64_t items = 0;
    std::int64_t itemCount = 0;
};

} // namespace

TEST_CASE("every simulated day's deposit equals what its drawers, batches and drops say, recomputed from the records")
{
    test::TempDir dir;
    FixedClock clock{test::kNovember2026Ms};
    station::Station::create(dir.path(), "TEST-01", clock, station::Station::Kind::Demo);
    auto st = station::Station::open(dir.path(), clock, test::fastOptions());
    station::seedDemo(*st);
    station::SimulationOptions sim{6, 23, 2};
    sim.deposits = false; // this test prepares them
    station::simulate(*st, clock, sim);
    st->settings().changeSetting("ada", "deposit.float_kept", 30000);

    std::set<std::string> days;
    for (const auto& d : st->drawers().list())
        days.insert(st->businessDay(d.openedMs));
    REQUIRE(days.size() == 6);
    std::vector<station::DepositInfo> deposits;
    for (const auto& day : days) {
        station::DepositRequest r{"sam", day, "BAG-" + day, "", {}};
        deposits.push_back(st->deposits().prepare(r));
    }

    // The records alone.
    std::map<std::string, DrawerFromRecords> drawers;
    std::map<std::string, PaymentFromRecords> payments;
    std::map<std::string, std::string> batchDay;
    std::map<std::int64_t, json> counts;
    st->store().forEach(1, [&](const ledger::Record& r) {
        json body = json::parse(r.body);
        if (r.kind == "drawer.opened") {
            auto& d = drawers[body["drawer"].get<std::string>()];
            d.day = st->businessDay(r.timeMs);
            d.openingFloat = body["float"].get<std::int64_t>();
        } else if (r.kind == "payment.taken") {
            PaymentFromRecords p;
            p.drawer = body.value("drawer", "");
            p.batch = body.value("batch", "");
            for (const auto& t : body["tenders"]) {
                if (t["kind"] == "card")
                    continue; // the card terminal's batch settles it: never in the bag for the bank
                if (t["kind"] == "cash") {
                    p.netCash += t["amount"].get<std::int64_t>();
                } else {
                    p.items += t["amount"].get<std::int64_t>();
                    ++p.itemCount;
                }
            }
            p.netCash -= body["change"].get<std::int64_t>();
            payments[body["receipt"].get<std::string>()] = p;
        } else if (r.kind == "payment.voided") {
            payments[body["receipt"].get<std::string>()] = PaymentFromRecords{};
        } else if (r.kind == "payment.refunded" && body["method"] == "cash") {
            drawers[body["drawer"].get<std::string>()].paidOut += body["total"].get<std::int64_t>();
        } else if (r.kind == "drawer.paid_out") {
            drawers[body["drawer"].get<std::string>()].paidOut += body["amount"].get<std::int64_t>();
        } else if (r.kind == "drawer.dropped" || r.kind == "drawer.picked_up") {
            drawers[body["drawer"].get<std::string>()].dropped += body["amount"].get<std::int64_t>();
        } else if (r.kind == "drawer.counted") {
            counts[static_cast<std::int64_t>(r.seq)] = body;
        } else if (r.kind == "drawer.closed") {
            auto& d = drawers[body["drawer"].get<std::string>()];
            const json& count = counts.at(body["count_seq"].get<std::int64_t>());
            d.counted = count["counted_cash"].get<std::int64_t>();
            d.overShort = count["over_short_cash"].get<std::int64_t>();
        } else if (r.kind == "batch.opened") {
            batchDay[body["id"].get<std::string>()] = body["day"].get<std::string>();
        }
        return true;
    });
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> batchItems; // batch: amount, count
    for (const auto& [receipt, p] : payments) {
        if (!p.drawer.empty()) {
            drawers[p.drawer].netCash += p.netCash;
            drawers[p.drawer].items += p.items;
            drawers[p.drawer].itemCount += p.itemCount;
        } else if (!p.batch.empty()) {
            batchItems[p.batch].first += p.items;
            batchItems[p.batch].second += p.itemCount;
        }
    }

    std::int64_t anyDrops = 0, anyItems = 0;
    for (const auto& deposit : deposits) {
        std::int64_t counted = 0, dropped = 0, items = 0, itemCount = 0, floats = 0, net = 0, paidOut = 0, overShort = 0;
        for (const auto& [id, d] : drawers) {
            if (d.day != deposit.day)
                continue;
            counted += d.counted;
            dropped += d.dropped;
            items += d.items;
            itemCount += d.itemCount;
            floats += d.openingFloat;
            net += d.netCash;
            paidOut += d.paidOut;
            overShort += d.overShort;
        }
        for (const auto& [batch, day] : batchDay) {
            if (day == deposit.day) {
                items += batchItems[batch].first;
                itemCount += batchItems[batch].second;
            }
        }
        INFO("deposit " << deposit.id << " of " << deposit.day);
        CHECK(deposit.cash.cents() == counted + dropped - 30000);
        CHECK(deposit.cash.cents() == floats + net - paidOut + overShort - 30000);
        CHECK((deposit.checks + deposit.moneyOrders).cents() == items);
        CHECK(static_cast<std::int64_t>(deposit.items.size()) == itemCount);
        CHECK(deposit.total == deposit.cash + deposit.checks + deposit.moneyOrders);
        Money listed;
        for (const auto& item : deposit.items)
            listed += item.amount;
        CHECK(listed == deposit.checks + deposit.moneyOrders);
        anyDrops += dropped;
        anyItems += itemCount;
    }
    CHECK(anyDrops > 0); // the days exercised the drops
    CHECK(anyItems > 0);
    CHECK_FALSE(station::rebuildAndCompare(st->paths()).difference);
}

TEST_CASE("a station replayed from its records drafts the deposit it would prepare itself and records nothing")
{
    test::TempDir dir;
    FixedClock clock{test::kNovember2026Ms};
    station::Station::create(dir.path(), "TEST-01", clock, station::Station::Kind::Demo);
    auto st = station::Station::open(dir.path(), clock, test::fastOptions());
    station::seedDemo(*st);
    station::SimulationOptions sim{2, 31, 2};
    sim.deposits = false; // the office deposits them
    station::simulate(*st, clock, sim);
    std::vector<ledger::Record> records;
    st->store().forEach(1, [&](const ledger::Record& r) {
        records.push_back(r);
        return true;
    });
    auto replayed = station::Station::replay(records, clock);
    CHECK(replayed->stationId() == "TEST-01");
    CHECK(replayed->store().size() == st->store().size());

    const std::string day = st->businessDay(st->drawers().list().front().openedMs);
    station::DepositRequest request{"sam", day, "B-1", "", {}};
    const station::DepositDraft own = st->deposits().draft(request);
    const station::DepositDraft office = replayed->deposits().draft(request);
    CHECK(own.total.isPositive());
    // The same figures, drawers, batches and items; only the makers are unknown, since the replay has none of the
    // station's import files and the account holders' names came in through them.
    json ownBody = own.body();
    for (auto& item : ownBody["items"])
        item["maker"] = "";
    CHECK(office.body() == ownBody);
    // Taken elsewhere (by the office): what is left of the day is nothing.
    station::TakenElsewhere taken;
    for (const auto& d : own.drawers)
        taken["drawer:" + d["drawer"].get<std::string>()] = "OFFICE-DP000001";
    for (const auto& b : own.batches)
        taken["batch:" + b] = "OFFICE-DP000001";
    CHECK_THROWS_WITH(replayed->deposits().draft(request, taken), Catch::Contains("there is nothing to deposit for " + day));
    const std::string drawer = own.drawers.front()["drawer"].get<std::string>();
    CHECK_THROWS_WITH(replayed->deposits().draft({"sam", day, "B-1", "", {drawer}}, taken),
                      "drawer " + drawer + " is already in deposit OFFICE-DP000001");
    // A replayed station records nothing.
    auto size = replayed->store().size();
    CHECK_THROWS_AS(replayed->deposits().prepare(request), std::logic_error);
    CHECK(replayed->store().size() == size);
}
