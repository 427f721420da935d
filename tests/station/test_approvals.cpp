// What needs a supervisor is the station's to say, before any PIN is asked: one rule per action, asked by the screen
// and applied by the command.
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;
using test::m;

namespace {

// A demo station with ana's drawer open on the expected float, counted as one amount.
test::DemoOptions withDrawer()
{
    test::DemoOptions options;
    CashCount opening;
    opening.unitemized = m(20000);
    options.drawerFloat = opening;
    return options;
}

struct Window : test::DemoStation {
    Window()
        : DemoStation(withDrawer())
    {
    }
};

} // namespace

TEST_CASE("a paid-out needs a supervisor above drawer.paid_out_approval - the screen and the command agree")
{
    Window w;
    auto limit = m(w.st->settings().setting("drawer.paid_out_approval"));
    CHECK_FALSE(w.st->drawers().paidOutApproval("ana", limit, "stamps"));
    auto above = w.st->drawers().paidOutApproval("ana", limit + m(1), "  stamps ");
    REQUIRE(above);
    CHECK(above->description.english() == "Pay out " + formatMoney(limit + m(1)) + " from the drawer: stamps");
    auto size = w.st->store().size();
    CHECK_THROWS_WITH(w.st->drawers().paidOut("ana", limit + m(1), "stamps"), Catch::Contains("approval"));
    CHECK(w.st->store().size() == size);
    CHECK(w.st->drawers().paidOut("ana", limit, "stamps").approver.empty());
    // The threshold is a setting: raised, the same amount needs nobody.
    w.st->settings().changeSetting("system", "drawer.paid_out_approval", (limit + m(1)).cents());
    CHECK_FALSE(w.st->drawers().paidOutApproval("ana", limit + m(1), "stamps"));
}

TEST_CASE("an arrangement needs a supervisor above arrangements.approval of the balance it finances")
{
    Window w;
    station::ArrangementRequest r;
    r.operatorId = "ana";
    r.installments = 3;
    r.firstDue = "2026-12-15";
    // The demo's open balances: the smallest and the largest, on either side of a threshold set between them.
    std::string small, large;
    Money smallBalance, largeBalance;
    for (const auto& number : w.st->accounts().openAccountNumbers()) {
        auto balance = w.st->accounts().account(number)->summary.balance;
        if (!balance.isPositive())
            continue;
        if (small.empty() || balance < smallBalance)
            small = number, smallBalance = balance;
        if (large.empty() || balance > largeBalance)
            large = number, largeBalance = balance;
    }
    REQUIRE(smallBalance < largeBalance);
    w.st->settings().changeSetting("system", "arrangements.approval", smallBalance.cents());
    r.account = small;
    CHECK_FALSE(w.st->arrangements().arrangementApproval(r)); // at the threshold: the clerk alone
    r.account = large;
    auto needed = w.st->arrangements().arrangementApproval(r);
    REQUIRE(needed);
    CHECK(needed->amountCents == largeBalance.cents());
    auto size = w.st->store().size();
    CHECK_THROWS_WITH(w.st->arrangements().createArrangement(r), Catch::Contains("approval"));
    CHECK(w.st->store().size() == size);
}

TEST_CASE("a check is usable when accepted or overridden - and a bank account is masked one way everywhere")
{
    using station::checkUsable;
    CHECK(checkUsable(CheckDecisionKind::Accept, false));
    CHECK_FALSE(checkUsable(CheckDecisionKind::NeedsApproval, false));
    CHECK(checkUsable(CheckDecisionKind::NeedsApproval, true));
    CHECK_FALSE(checkUsable(CheckDecisionKind::Decline, true)); // a decline cannot be overridden
    for (auto kind : {CheckDecisionKind::Accept, CheckDecisionKind::NeedsApproval, CheckDecisionKind::Decline})
        CHECK(parseCheckDecision(checkDecisionName(kind)) == kind);
    CHECK_FALSE(parseCheckDecision("maybe"));
    CHECK(station::maskBankAccount("123456789") == "****6789"); // the length of the account is not shown either
    CHECK(station::maskBankAccount("1234") == "1234");
}
