// Accounts, imports, search, payments, voids, refunds, the posting export, rebuild and simulation.
#include "ledger/hash.h"
#include "station/rebuild.h"
#include "station/simulation.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include "core/drawer.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <random>

using namespace tillbook;
using station::PaymentRequest;

namespace {

using test::m;
using test::standardFloat;

struct Counter : test::DemoStation {
    Counter() : DemoStation({.drawerFloat = standardFloat()}) {}
    // Counts the drawer to exactly what it should hold and closes it.
    void closeDrawerExactly()
    {
        auto open = st->drawers().openDrawer();
        std::vector<station::CountedItem> items;
        for (const auto& item : st->drawers().drawerReport(open->id).items)
            items.push_back({item.kind, item.amount, item.reference});
        auto counted = st->drawers().countDrawer(open->operatorId, test::rolled(open->expectedCash), items);
        REQUIRE_FALSE(counted.needsApproval);
        st->drawers().closeDrawer(open->operatorId, "");
    }
    Money credit(const std::string& account) { return st->accounts().account(account)->summary.credit; }
};

PaymentRequest cashPayment(std::string account, Money amount, Money cash, std::string id)
{
    PaymentRequest r;
    r.operatorId = "ana";
    r.requestId = std::move(id);
    r.accountAmounts.emplace_back(std::move(account), amount);
    r.tenders.push_back({TenderKind::Cash, cash, ""});
    return r;
}

} // namespace

TEST_CASE("imports are all or nothing - name line and column - and are ledger records with the file's hash")
{
    Counter c;
    auto before = c.size();
    std::string bad = "number,name,service_address,mailing_address,phone,email,status\n"
                      "900001,Good Row,1 A St,,555-0100,,active\n"
                      "900002,,2 B St,,555-0101,,active\n"
                      "900003,Bad Status,3 C St,,555-0102,,sleeping\n";
    try {
        c.st->accounts().importAccounts("system", bad, "bad.csv");
        FAIL("a bad file was imported");
    } catch (const station::ImportRefused& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("bad.csv was not imported: 2 problems"));
        REQUIRE(e.problems.size() == 2);
        CHECK_THAT(e.problems[0], Catch::StartsWith("line 3, column name"));
        CHECK_THAT(e.problems[1], Catch::StartsWith("line 4, column status"));
    }
    CHECK(c.size() == before);
    CHECK_FALSE(c.st->accounts().account("900001"));

    std::string good = "number,name,service_address,mailing_address,phone,email,status\n"
                       "900001,Good Row,1 A St,,555-0100,,active\n";
    auto outcome = c.st->accounts().importAccounts("system", good, "good.csv");
    CHECK(outcome.added == 1);
    CHECK(c.st->store().last()->kind == "accounts.imported");
    CHECK(outcome.sha256 == ledger::toHex(ledger::sha256(good)));
    CHECK(std::filesystem::exists(c.st->paths().importsDir / (outcome.sha256 + ".csv")));
    auto again = c.st->accounts().importAccounts("system", "number,name,status\n900001,Renamed Row,active\n", "again.csv");
    CHECK(again.updated == 1);
    CHECK(c.st->accounts().account("900001")->summary.name == "Renamed Row");

    before = c.size();
    CHECK_THROWS_WITH(c.st->accounts().importBills("system", "id,account,kind,due_date,amount,fund\nX1,NOPE,utility,2026-12-01,"
                                                  "10.00,WATER\n",
                                        "bills.csv"),
                      Catch::Contains("1 problem"));
    CHECK(c.size() == before);
    CHECK_THROWS_AS(c.st->accounts().importAccounts("ana", good, "good.csv"), station::CommandRefused); // a cashier may not
}

TEST_CASE("account search: exact number first - then prefixes - names without accents - addresses and phones")
{
    Counter c;
    auto exact = c.st->accounts().searchAccounts("100101");
    REQUIRE_FALSE(exact.empty());
    CHECK(exact[0].number == "100101");
    auto prefix = c.st->accounts().searchAccounts("1001");
    CHECK(prefix.size() >= 10);
    for (const auto& a : prefix)
        CHECK(a.number.rfind("1001", 0) == 0);
    auto name = c.st->accounts().searchAccounts("nunez");
    REQUIRE_FALSE(name.empty());
    CHECK_THAT(name[0].name, Catch::Contains("Núñez"));
    CHECK_FALSE(c.st->accounts().searchAccounts("Maple").empty());
    auto byPhone = c.st->accounts().searchAccounts(exact[0].phone);
    REQUIRE_FALSE(byPhone.empty());
    CHECK(byPhone[0].number == "100101");
    CHECK(c.st->accounts().searchAccounts("\"AND OR*(").empty()); // punctuation is never FTS syntax
    CHECK(c.st->accounts().searchAccounts("   ").empty());
}

TEST_CASE("a cash payment: oldest bill first - change in cash - one record - gap-free receipt numbers")
{
    Counter c;
    std::string account = "100108"; // two open bills
    auto detail = *c.st->accounts().account(account);
    REQUIRE(detail.openBills.size() == 2);
    Money oldest = detail.openBills[0].open;
    Money owed = c.owed(account);
    auto before = c.size();

    auto paid = c.st->payments().takePayment(cashPayment(account, oldest, oldest + m(500), "req-1"));
    CHECK(paid.receipt == "TEST-01-R000001");
    CHECK(c.size() == before + 1);
    CHECK(paid.settlement.change == m(500));
    CHECK(c.owed(account) == owed - oldest);
    CHECK(c.st->accounts().account(account)->openBills.size() == 1); // the oldest is paid off
    auto r = c.st->payments().receipt(paid.receipt);
    CHECK(r->total == oldest);
    CHECK(r->tendered == oldest + m(500));

    // A refused payment in between does not use up a receipt number.
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment(account, m(1000), m(500), "req-2")),
                      Catch::Contains("Payment not recorded: ") && Catch::Contains("short"));
    auto next = c.st->payments().takePayment(cashPayment(account, m(1000), m(1000), "req-3"));
    CHECK(next.receipt == "TEST-01-R000002");

    // Double tap on "complete": the same request id records nothing more.
    auto size = c.size();
    auto tap = c.st->payments().takePayment(cashPayment(account, m(1000), m(1000), "req-3"));
    CHECK(tap.duplicate);
    CHECK(tap.receipt == "TEST-01-R000002");
    CHECK(c.size() == size);
}

TEST_CASE("checks never give cash back: an overpayment by check becomes a credit")
{
    Counter c;
    std::string account = "100115";
    Money owed = c.owed(account);
    PaymentRequest r;
    r.operatorId = "ana";
    r.requestId = "check-over";
    r.accountAmounts.emplace_back(account, owed);
    r.tenders.push_back({TenderKind::Check, owed + m(2500), test::verifiedItem(*c.st, "ana", owed + m(2500))});
    r.tenders.push_back({TenderKind::Cash, m(1000), ""});
    auto paid = c.st->payments().takePayment(r);
    CHECK(paid.settlement.change == m(1000)); // never more than the cash tendered
    CHECK(paid.settlement.extraCredit == m(2500));
    CHECK(c.credit(account) == m(2500));
    CHECK(c.owed(account) == Money());

    PaymentRequest feeOnly;
    feeOnly.operatorId = "ana";
    feeOnly.requestId = "fee-check-over";
    feeOnly.fees.emplace_back("NOTARY", 1);
    feeOnly.tenders.push_back({TenderKind::Check, m(1000), test::verifiedItem(*c.st, "ana", m(1000))});
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->payments().takePayment(feeOnly), Catch::Contains("Payment not recorded"));
    CHECK(c.size() == before);
}

TEST_CASE("bad payments: one sentence - nothing recorded")
{
    Counter c;
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("100192", m(1000), m(1000), "a")), Catch::Contains("is closed"));
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("100101", m(0), m(1000), "b")),
                      Catch::Contains("more than zero"));
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("999999", m(100), m(100), "c")),
                      Catch::Contains("there is no account"));
    PaymentRequest cashOnly = cashPayment("100248", m(100), m(100), "d"); // demo account 21 is cash-only
    cashOnly.tenders = {{TenderKind::Check, m(100), "5"}};
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashOnly), Catch::Contains("cash only"));
    PaymentRequest overBill;
    overBill.operatorId = "ana";
    overBill.requestId = "e";
    auto detail = c.st->accounts().account("100101");
    auto bill = detail->openBills.at(0);
    overBill.billAmounts.push_back({bill.id, "100101", bill.open + m(1)});
    overBill.tenders.push_back({TenderKind::Cash, bill.open + m(1), ""});
    CHECK_THROWS_AS(c.st->payments().takePayment(overBill), station::CommandRefused);
    PaymentRequest nothing;
    nothing.operatorId = "ana";
    nothing.requestId = "f";
    nothing.tenders.push_back({TenderKind::Cash, m(100), ""});
    CHECK_THROWS_WITH(c.st->payments().takePayment(nothing), Catch::Contains("choose a bill"));
    // tillctl pay --request takes the screen's token from whoever types it: a refusal, not a programming error.
    for (std::string id : {std::string(), std::string(65, 'x')}) {
        CHECK_THROWS_AS(c.st->payments().takePayment(cashPayment("100101", m(100), m(100), id)), station::CommandRefused);
        CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("100101", m(100), m(100), id)),
                          "Payment not recorded: a payment needs a request id of 1 to 64 characters.");
    }
    CHECK(c.size() == before);
}

TEST_CASE("void and refund: approved by a supervisor - reversing exactly what they name")
{
    Counter c;
    std::string account = "100122";
    Money owed = c.owed(account);
    auto paid = c.st->payments().takePayment(cashPayment(account, owed, owed, "v1"));
    REQUIRE(c.owed(account) == Money());

    SECTION("void restores every bill and is single use")
    {
        auto before = c.size();
        CHECK_THROWS_WITH(c.st->payments().voidPayment("ana", paid.receipt, ""), Catch::Contains("approval"));
        CHECK(c.size() == before);
        auto id = c.approve(c.st->payments().voidRequest("ana", paid.receipt));
        auto voided = c.st->payments().voidPayment("ana", paid.receipt, id);
        CHECK(voided.approver == "sam");
        CHECK(c.owed(account) == owed);
        CHECK(c.st->payments().receipt(paid.receipt)->status == "voided");
        CHECK_THROWS_WITH(c.st->payments().voidPayment("ana", paid.receipt, c.approve(c.st->payments().voidRequest("ana", paid.receipt))),
                          Catch::Contains("already voided"));
    }
    SECTION("a void after the drawer closed is refused; a refund from the next drawer is not")
    {
        c.closeDrawerExactly();
        c.st->drawers().openDrawer("ana", standardFloat());
        // Refused before any supervisor is asked, and by the command itself.
        CHECK_THROWS_WITH(c.st->payments().voidRequest("ana", paid.receipt), Catch::Contains("which is closed; refund it instead"));
        CHECK_THROWS_WITH(c.st->payments().voidPayment("ana", paid.receipt, "TEST-01-A999999"),
                          Catch::Contains("which is closed; refund it instead"));
        auto refundId = c.approve(c.st->payments().refundRequest("ana", paid.receipt, m(500), "cash"));
        auto refunded = c.st->payments().refundPayment("ana", paid.receipt, m(500), "cash", refundId);
        CHECK(refunded.kind == "payment.refunded");
        CHECK(c.owed(account) == m(500));
        CHECK(c.st->payments().receipt(paid.receipt)->refunded == m(500));
    }
    SECTION("an approval for one refund cannot pay a larger one or another method")
    {
        auto id = c.approve(c.st->payments().refundRequest("ana", paid.receipt, m(500), "cash"));
        auto before = c.size();
        CHECK_THROWS_WITH(c.st->payments().refundPayment("ana", paid.receipt, m(600), "cash", id),
                          Catch::Contains("this approval is for"));
        CHECK_THROWS_WITH(c.st->payments().refundPayment("ana", paid.receipt, m(500), "check_request", id),
                          Catch::Contains("this approval is for"));
        CHECK_THROWS_WITH(c.st->payments().refundPayment("ben", paid.receipt, m(500), "check_request", id),
                          Catch::Contains("this approval is for"));
        CHECK(c.size() == before);
        CHECK_THROWS_WITH(c.st->payments().refundRequest("ana", paid.receipt, owed + m(1), "cash"), Catch::Contains("at most"));
        CHECK_THROWS_WITH(c.st->payments().refundPayment("ana", paid.receipt, owed + m(1), "cash", id), Catch::Contains("at most"));
        CHECK(c.size() == before);
    }
}

TEST_CASE("the posting export ties out to the ledger - and rebuild finds the projections equal")
{
    Counter c;
    FixedClock& clock = c.clock;
    c.closeDrawerExactly(); // the simulation opens its own drawers
    auto report = station::simulate(*c.st, clock, {2, 7, 2});
    CHECK(report.payments > 20);
    // Everything collected over both days equals the postings exported for them.
    Money exported;
    for (const std::string day : {"2026-10-31", "2026-11-01", "2026-11-02"}) {
        std::string csv = c.st->payments().exportPostings(day);
        std::size_t pos = csv.find("\r\n") + 2;
        while (pos < csv.size()) {
            auto end = csv.find("\r\n", pos);
            std::string line = csv.substr(pos, end - pos);
            auto lastComma = line.rfind(',');
            auto amountComma = line.rfind(',', lastComma - 1);
            exported += *parseMoney(line.substr(amountComma + 1, lastComma - amountComma - 1)).value;
            pos = end + 2;
        }
    }
    CHECK(exported == report.collected);

    auto rebuilt = station::rebuildAndCompare(c.st->paths());
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
    CHECK(rebuilt.rowsCompared > 100);

    c.st.reset();
    {
        ledger::Db raw(station::DataPaths(c.dir.path()).database.string(), ledger::Db::Mode::ReadWrite);
        raw.exec("UPDATE bills SET open_cents = open_cents + 1 WHERE rowid = 3");
    }
    auto tampered = station::rebuildAndCompare(station::DataPaths(c.dir.path()));
    REQUIRE(tampered.difference);
    CHECK_THAT(*tampered.difference, Catch::StartsWith("bills: live row"));
}

TEST_CASE("simulation: same seed - same ledger content")
{
    auto contentOf = [](std::uint64_t seed) {
        Counter c;
        c.closeDrawerExactly();
        station::simulate(*c.st, c.clock, {1, seed, 2});
        std::vector<std::string> content;
        c.st->store().forEach(2, [&](const ledger::Record& r) {
            // Checkpoints carry this station's key and a randomized ECDSA signature: everything else must match.
            if (!r.kind.starts_with("ledger."))
                content.push_back(r.kind + " " + r.operatorId + " " + r.approver + " " + r.body);
            return true;
        });
        return content;
    };
    auto a = contentOf(11);
    auto b = contentOf(11);
    auto other = contentOf(12);
    CHECK(a.size() > 30);
    CHECK(a == b);
    CHECK(a != other);
}

TEST_CASE("property: over random payments - balance changes equal money tendered minus change")
{
    Counter c;
    std::mt19937_64 random(20261127);
    auto accounts = c.st->accounts().openAccountNumbers();
    auto standing = [&] {
        Money total;
        for (const auto& a : accounts)
            total += c.credit(a) - c.owed(a);
        return total;
    };
    Money start = standing();
    Money received;
    for (int i = 0; i < 150; ++i) {
        const std::string& account = accounts[random() % accounts.size()];
        auto detail = *c.st->accounts().account(account);
        PaymentRequest r;
        r.operatorId = "ana";
        r.requestId = "p" + std::to_string(i);
        Money amount = m(static_cast<std::int64_t>(100 + random() % 20000));
        r.accountAmounts.emplace_back(account, amount);
        TenderKind kind = detail.summary.status == "cash_only" || random() % 2 ? TenderKind::Cash : TenderKind::Check;
        Money tendered = amount + m(static_cast<std::int64_t>(random() % 3000));
        r.tenders.push_back({kind, tendered, kind == TenderKind::Cash ? "" : test::verifiedItem(*c.st, "ana", tendered)});
        // A heavy drawer must be dropped to the safe before the next cash payment, as at the counter.
        if (auto open = c.st->drawers().openDrawer(); open->level == CashLevel::DropRequired) {
            CashCount drop;
            drop.rolledCoin = open->expectedCash - m(20000);
            c.st->drawers().dropCash("ana", drop);
        }
        auto outcome = c.st->payments().takePayment(r);
        received += outcome.settlement.tendered - outcome.settlement.change;
    }
    CHECK(standing() - start == received);
}

TEST_CASE("a tender of INT64_MAX cents is refused before anything is written")
{
    Counter c;
    auto before = c.size();
    const Money huge = m(std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(c.st->payments().takePayment(cashPayment("100101", m(1000), huge, "max")), station::CommandRefused);
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("100101", m(1000), huge, "max")),
                      Catch::Contains("largest single tender"));
    CHECK(c.size() == before);
}

TEST_CASE("ten trillion dollars in cash is refused - the limit is a setting")
{
    Counter c;
    auto before = c.size();
    const Money trillions = m(1'000'000'000'000'000); // $10,000,000,000,000.00
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("100101", m(1000), trillions, "10t")),
                      Catch::Contains("Payment not recorded") && Catch::Contains("$100,000.00"));
    // Just over the default limit, as cash or a money order.
    CHECK_THROWS_WITH(c.st->payments().takePayment(cashPayment("100101", m(1000), m(10'000'001), "over")),
                      Catch::Contains("largest single tender"));
    PaymentRequest order = cashPayment("100101", m(1000), m(10'000'001), "order");
    order.tenders = {{TenderKind::MoneyOrder, m(10'000'001), "MO-1"}};
    CHECK_THROWS_WITH(c.st->payments().takePayment(order), Catch::Contains("largest single tender"));
    CHECK(c.size() == before);
}

TEST_CASE("a re-imported bill with another amount or account is refused with its line")
{
    Counter c;
    auto bill = c.st->accounts().account("100101")->openBills.at(0);
    const std::string header = "id,account,kind,due_date,amount,fund\n";
    auto row = [&](const std::string& account, Money amount) {
        return bill.id + "," + account + "," + bill.kind + "," + bill.dueDate + "," + formatPlain(amount) + ","
               + bill.fund + "\n";
    };
    auto before = c.size();
    try {
        c.st->accounts().importBills("system", header + "NEW-1,100108,utility,2026-12-01,10.00,WATER\n" + row("100101", bill.amount + m(1)),
                          "changed.csv");
        FAIL("a bill with a changed amount was imported");
    } catch (const station::ImportRefused& e) {
        REQUIRE(e.problems.size() == 1);
        CHECK_THAT(e.problems[0], Catch::StartsWith("line 3, column amount")
                                      && Catch::Contains(formatMoney(bill.amount))
                                      && Catch::Contains(formatMoney(bill.amount + m(1))));
    }
    try {
        c.st->accounts().importBills("system", header + row("100108", bill.amount), "moved.csv");
        FAIL("a bill moved to another account was imported");
    } catch (const station::ImportRefused& e) {
        REQUIRE(e.problems.size() == 1);
        CHECK_THAT(e.problems[0], Catch::StartsWith("line 2, column account") && Catch::Contains("100101"));
    }
    CHECK(c.size() == before);
    CHECK(c.st->accounts().account("100101")->openBills.at(0).id == bill.id);
    CHECK(c.st->accounts().account("100101")->openBills.at(0).amount == bill.amount);
    // The same bill with its own account and amount still updates what may change.
    auto outcome = c.st->accounts().importBills("system", header + row("100101", bill.amount), "same.csv");
    CHECK(outcome.updated == 1);
}

TEST_CASE("two tenders within the largest single tender that together pass it are refused")
{
    Counter c;
    auto before = c.size();
    PaymentRequest two = cashPayment("100101", m(1000), m(6'000'000), "two");
    two.tenders.push_back({TenderKind::Cash, m(6'000'000), ""});
    CHECK_THROWS_WITH(c.st->payments().takePayment(two), Catch::Contains("add up to $120,000.00"));
    CHECK(c.size() == before);
}

TEST_CASE("the account view names each bill by its description - and the station says which are past due")
{
    Counter c; // the clock reads 2026-11-01, the business day
    c.st->accounts().importBills("system",
                                 "id,account,kind,due_date,amount,fund,description,period_start,period_end\n"
                                 "W-2026-09,100101,utility,2026-10-31,43.04,WATER,\"Water and sewer, September\",2026-09-01,2026-09-30\n"
                                 "W-2026-10,100101,utility,2026-11-01,41.10,WATER,\"Water and sewer, October\",2026-10-01,2026-10-31\n"
                                 "P-77,100101,permit,2026-11-25,10.00,GEN,,,\n",
                                 "bills-described.csv");
    auto detail = c.st->accounts().account("100101");
    REQUIRE(detail);
    auto bill = [&](const std::string& id) {
        auto it = std::find_if(detail->openBills.begin(), detail->openBills.end(), [&](const auto& b) { return b.id == id; });
        REQUIRE(it != detail->openBills.end());
        return *it;
    };
    CHECK(bill("W-2026-09").description == "Water and sewer, September");
    CHECK(bill("W-2026-09").periodStart == "2026-09-01");
    CHECK(bill("W-2026-09").periodEnd == "2026-09-30");
    CHECK(bill("W-2026-09").pastDue); // due yesterday
    CHECK_FALSE(bill("W-2026-10").pastDue); // due today is not yet past due
    CHECK_FALSE(bill("P-77").pastDue);
    CHECK(bill("P-77").description.empty());
}

TEST_CASE("the demo's bills come with a description and a service period - through the bills file's own columns")
{
    Counter c; // a demo station: seedDemo imported its bills as a billing system's file
    auto bill = [&](const std::string& account, const std::string& id) {
        auto detail = c.st->accounts().account(account);
        REQUIRE(detail);
        auto it = std::find_if(detail->openBills.begin(), detail->openBills.end(), [&](const auto& b) { return b.id == id; });
        REQUIRE(it != detail->openBills.end());
        return *it;
    };
    // Utility bills: named for their fund, for the month before they are due.
    CHECK(bill("100101", "B100101-1").description == "Water service");
    CHECK(bill("100101", "B100101-1").periodStart == "2026-09-01");
    CHECK(bill("100101", "B100101-1").periodEnd == "2026-09-30");
    CHECK(bill("100129", "B100129-1").description == "Sewer service");
    CHECK(bill("100325", "B100325-1").description == "Trash collection");
    CHECK(bill("100325", "B100325-2").periodStart == "2026-10-01");
    CHECK(bill("100325", "B100325-2").periodEnd == "2026-10-31");
    // A permit has no service period; a license runs for the coming year.
    CHECK(bill("100129", "B100129-2").kind == "permit");
    CHECK(bill("100129", "B100129-2").description == "Building permit");
    CHECK(bill("100129", "B100129-2").periodStart.empty());
    CHECK(bill("100325", "B100325-3").kind == "license");
    CHECK(bill("100325", "B100325-3").description == "Business license");
    CHECK(bill("100325", "B100325-3").periodEnd == "2027-12-31");
    // Its receipt names the bill as the account view does, with its period under it.
    PaymentRequest r; // ana's drawer is open
    r.operatorId = "ana";
    r.requestId = "demo-described";
    r.billAmounts = {{"B100101-1", "100101", m(500)}};
    r.tenders = {{TenderKind::Cash, m(500), ""}};
    auto paid = c.st->payments().takePayment(r);
    auto doc = c.st->documents().receiptDocument(paid.receipt, false);
    REQUIRE(doc.lines.size() == 1);
    CHECK(doc.lines[0].label == "Water service");
    CHECK(doc.lines[0].detail == "Bill B100101-1, service 2026-09-01 to 2026-09-30");
}
