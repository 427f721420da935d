// Account maintenance: contact details, bill adjustments with their approval, the contact log, and the history view;
// every refusal records nothing.
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;

using Office = test::DemoStation;

TEST_CASE("maintenance: contact details change as records and are found by the new name")
{
    Office o;
    station::AccountChange change;
    change.name = "Zoë Núñez-Ærø";
    change.phone = "(217) 555-0199";
    change.email = "zoe@example.org";
    auto record = o.st->maintenance().changeAccount("ana", "100101", change, "married; new phone");
    CHECK(record.kind == "account.changed");
    auto detail = *o.st->accounts().account("100101");
    CHECK(detail.summary.name == "Zoë Núñez-Ærø");
    CHECK(detail.summary.phone == "(217) 555-0199");
    CHECK(detail.email == "zoe@example.org");
    auto found = o.st->accounts().searchAccounts("nunez");
    bool hit = false;
    for (const auto& a : found)
        hit = hit || a.number == "100101";
    CHECK(hit);
    auto byPhone = o.st->accounts().searchAccounts("2175550199");
    REQUIRE_FALSE(byPhone.empty());
    CHECK(byPhone.front().number == "100101");
    auto history = o.st->maintenance().accountHistory("100101");
    REQUIRE_FALSE(history.empty());
    CHECK_THAT(history.front().summary, Catch::Contains("to \"Zoë Núñez-Ærø\""));

    auto before = o.st->store().size();
    station::AccountChange bad;
    bad.email = "not an email";
    CHECK_THROWS_WITH(o.st->maintenance().changeAccount("ana", "100101", bad, ""), Catch::Contains("is not one"));
    bad = {};
    bad.phone = "12";
    CHECK_THROWS_WITH(o.st->maintenance().changeAccount("ana", "100101", bad, ""), Catch::Contains("7 to 15 digits"));
    bad = {};
    bad.name = "two\nlines";
    CHECK_THROWS_WITH(o.st->maintenance().changeAccount("ana", "100101", bad, ""), Catch::Contains("one line"));
    bad = {};
    bad.name = "Zoë Núñez-Ærø";
    CHECK_THROWS_WITH(o.st->maintenance().changeAccount("ana", "100101", bad, ""), Catch::Contains("nothing would change"));
    CHECK_THROWS_WITH(o.st->maintenance().changeAccount("ana", "999999", change, ""), Catch::Contains("no account"));
    CHECK(o.st->store().size() == before);
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("maintenance: bill adjustments - never below zero - a supervisor above the setting")
{
    Office o;
    auto detail = *o.st->accounts().account("100108");
    REQUIRE_FALSE(detail.openBills.empty());
    auto bill = detail.openBills.front();
    auto before = o.st->store().size();
    CHECK_THROWS_WITH(o.st->maintenance().adjustBill("ana", bill.id, -(bill.open + Money::fromCents(1)), "meter misread"),
                      Catch::Contains("below zero"));
    CHECK_THROWS_WITH(o.st->maintenance().adjustBill("ana", bill.id, Money(), "nothing"), Catch::Contains("$0.00"));
    CHECK_THROWS_WITH(o.st->maintenance().adjustBill("ana", bill.id, Money::fromCents(-100), ""), Catch::Contains("reason"));
    CHECK_THROWS_WITH(o.st->maintenance().adjustBill("ana", bill.id, Money::fromCents(5000), "reconnection billed late"),
                      Catch::Contains("approval"));
    CHECK(o.st->store().size() == before);
    // Within the $25.00 default: the cashier alone.
    o.st->maintenance().adjustBill("ana", bill.id, Money::fromCents(-1000), "leak credit per policy 12");
    CHECK(o.st->accounts().account("100108")->openBills.front().open == bill.open - Money::fromCents(1000));
    // Above it: with the supervisor's approval, bound to this bill and amount.
    auto request = o.st->maintenance().adjustmentRequest("ana", bill.id, Money::fromCents(2600), "late fee billed in error");
    auto approval = o.st->operators().approve(request, "sam", "2468");
    REQUIRE(approval.ok);
    auto record = o.st->maintenance().adjustBill("ana", bill.id, Money::fromCents(2600), "late fee billed in error", approval.approvalId);
    CHECK(record.approver == "sam");
    auto history = o.st->maintenance().accountHistory("100108", "bill.adjusted");
    REQUIRE(history.size() == 2);
    CHECK(history[0].amount == Money::fromCents(2600));
    CHECK(history[1].amount == Money::fromCents(-1000));
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("maintenance: the contact log and a history with payments and filters")
{
    Office o;
    o.st->maintenance().noteAccount("ana", "100115", "Customer called about a high bill; leak suspected.");
    CHECK_THROWS_WITH(o.st->maintenance().noteAccount("ana", "100115", "   "), Catch::Contains("cannot be empty"));
    CashCount count;
    count.rolledCoin = Money::fromCents(20000);
    o.st->drawers().openDrawer("ana", count);
    station::PaymentRequest pay;
    pay.operatorId = "ana";
    pay.requestId = "h1";
    pay.accountAmounts.emplace_back("100115", Money::fromCents(2000));
    pay.tenders.push_back({TenderKind::Cash, Money::fromCents(2000), ""});
    auto paid = o.st->payments().takePayment(pay);
    auto all = o.st->maintenance().accountHistory("100115");
    REQUIRE(all.size() == 2);
    CHECK(all[0].kind == "payment.taken");
    CHECK(all[0].amount == Money::fromCents(2000));
    CHECK(all[0].summary == "Payment, receipt " + paid.receipt);
    CHECK(all[1].kind == "account.noted");
    CHECK(o.st->maintenance().accountHistory("100115", "account.").size() == 1);
    CHECK(o.st->maintenance().accountHistory("100115", "payment.").size() == 1);
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("maintenance: history lines are message codes with arguments - a line kept in English is read as it is")
{
    Office o;
    o.st->maintenance().noteAccount("ana", "100115", "Asked about the leak credit");
    station::AccountChange change;
    change.phone = "(217) 555-0142";
    o.st->maintenance().changeAccount("ana", "100115", change, "new number");
    auto lines = o.st->maintenance().accountHistory("100115");
    REQUIRE(lines.size() == 2);
    REQUIRE(lines[0].message);
    CHECK(lines[0].message->code() == "history.changed_because");
    CHECK(lines[0].summary == lines[0].message->english()); // English for tillctl, from the same message
    CHECK_THAT(lines[0].summary, Catch::StartsWith("Changed the phone number from \"")
                                     && Catch::EndsWith("to \"(217) 555-0142\"; new number"));
    REQUIRE(lines[1].message);
    CHECK(lines[1].message->code() == "history.note");
    CHECK(lines[1].summary == "Note: Asked about the leak credit");
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
    {
        // A line as a build from before kept it: English text, no code.
        ledger::Db db(o.st->paths().database.string(), ledger::Db::Mode::ReadWrite);
        db.exec("UPDATE account_events SET summary = 'Note: kept in English' WHERE kind = 'account.noted'");
    }
    lines = o.st->maintenance().accountHistory("100115");
    REQUIRE(lines.size() == 2);
    CHECK_FALSE(lines[1].message);
    CHECK(lines[1].summary == "Note: kept in English");
}
