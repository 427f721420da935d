// Operators, roles, lockouts and supervisor approvals: authorization is the station's, and every refusal
// leaves the ledger as it was (except the failed attempt itself).
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;
using station::ApprovalRequest;

namespace {

struct Counter : test::DemoStation {
    Counter() : DemoStation({.startMs = test::kNewYear2026Ms}) {}
};

} // namespace

TEST_CASE("five wrong PINs lock an operator out for five minutes - each failure recorded")
{
    Counter c;
    for (int i = 1; i <= 4; ++i) {
        auto before = c.size();
        // Each wrong PIN says how many tries are left before the lockout.
        CHECK(tillbook::englishOf(c.st->operators().signIn("ana", "0000").message)
              == (i == 4 ? std::string("Wrong PIN. One try left before Ana Núñez is locked out.")
                         : "Wrong PIN. " + std::to_string(5 - i) + " tries left before Ana Núñez is locked out."));
        CHECK(c.size() == before + 1);
        CHECK(c.last().kind == "session.sign_in_failed");
        CHECK(c.last().body.find("\"failures\":" + std::to_string(i)) != std::string::npos);
    }
    auto fifth = c.st->operators().signIn("ana", "0000");
    CHECK_THAT(tillbook::englishOf(fifth.message), Catch::Contains("locked out for 5 minutes after 5 wrong PINs"));
    CHECK(c.last().kind == "session.locked_out");
    CHECK(c.st->operators().lockedOutFor("ana") == 5 * 60 * 1000);

    // The right PIN does not help while locked; the attempt is recorded and does not extend the lockout.
    auto before = c.size();
    CHECK_THAT(tillbook::englishOf(c.st->operators().signIn("ana", "1234").message), Catch::Contains("is locked out for 5 more minutes"));
    CHECK(c.size() == before + 1);
    CHECK(c.last().body.find("locked_out") != std::string::npos);
    CHECK(c.st->operators().lockedOutFor("ana") == 5 * 60 * 1000);

    c.clock.advance(5 * 60 * 1000 + 1);
    CHECK(c.st->operators().signIn("ana", "1234").ok);
    CHECK(c.last().kind == "session.signed_in");
}

TEST_CASE("a success resets the count - and the thresholds are settings recorded in the ledger")
{
    Counter c;
    c.st->operators().signIn("ana", "0000");
    c.st->operators().signIn("ana", "0000");
    CHECK(c.st->operators().signIn("ana", "1234").ok);
    for (int i = 0; i < 4; ++i)
        c.st->operators().signIn("ana", "0000");
    CHECK(c.st->operators().lockedOutFor("ana") == 0); // 4 in a row since the success

    auto record = c.st->settings().changeSetting("ada", "signin.max_failures", 3);
    CHECK(record.kind == "settings.changed");
    CHECK(record.operatorId == "ada");
    CHECK(record.body == "{\"key\":\"signin.max_failures\",\"new\":3,\"old\":5}");
    c.st->settings().changeSetting("system", "signin.lockout_seconds", 60);
    c.st->operators().signIn("ben", "0000");
    c.st->operators().signIn("ben", "0000");
    CHECK_THAT(tillbook::englishOf(c.st->operators().signIn("ben", "0000").message), Catch::Contains("locked out for 1 minutes after 3 wrong PINs"));

    auto before = c.size();
    CHECK_THROWS_WITH(c.st->settings().changeSetting("ada", "signin.max_failures", 0), Catch::Contains("between 1 and 20"));
    CHECK_THROWS_WITH(c.st->settings().changeSetting("ada", "no.such", 1), Catch::Contains("there is no setting"));
    CHECK(c.size() == before);
}

TEST_CASE("commands check the operator's role in the station - not in the UI")
{
    Counter c;
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->operators().addOperator("ana", "eve", "Eve", station::Role::Admin, "1111"),
                      Catch::Contains("this needs the admin role; Ana Núñez is a cashier"));
    CHECK_THROWS_WITH(c.st->settings().changeSetting("sam", "signin.max_failures", 9),
                      Catch::Contains("this needs the admin role; Sam Ærøskøbing is a supervisor"));
    CHECK_THROWS_AS(c.st->operators().disableOperator("ben", "ana"), station::CommandRefused);
    CHECK_THROWS_AS(c.st->operators().resetPin("ana", "ana", "5555"), station::CommandRefused);
    CHECK_THROWS_AS(c.st->ledger().rotateKey("sam", "because"), station::CommandRefused);
    CHECK_THROWS_WITH(c.st->ledger().checkpoint("nobody"), Catch::Contains("is not an active operator"));
    CHECK(c.size() == before);

    CHECK(c.st->operators().addOperator("ada", "eve", "Eve Adams", station::Role::Cashier, "1111").operatorId == "ada");
    CHECK(c.st->operators().disableOperator("ada", "eve").kind == "operator.disabled");
    CHECK(tillbook::englishOf(c.st->operators().signIn("eve", "1111").message) == "This operator is disabled.");
    CHECK_THROWS_WITH(c.st->operators().disableOperator("ada", "ada"), Catch::Contains("nobody disables their own account"));
}

TEST_CASE("an operator's name and the reasons given for a lock - a sign-out - a key rotation are one line of text")
{
    Counter c;
    auto before = c.size();
    CHECK_THROWS_AS(c.st->operators().addOperator("ada", "eve", "Eve\nAdams", station::Role::Cashier, "1111"),
                    station::CommandRefused);
    CHECK_THROWS_WITH(c.st->operators().addOperator("ada", "eve", "Eve\tAdams", station::Role::Cashier, "1111"),
                      "an operator's name must be one line of text");
    CHECK_THROWS_WITH(c.st->operators().addOperator("ada", "eve", "  ", station::Role::Cashier, "1111"),
                      "an operator's name must be 1 to 80 characters");
    CHECK_THROWS_WITH(c.st->operators().lockSession("ana", "idle\nunlocked by sam"), "the reason must be one line of text");
    CHECK_THROWS_WITH(c.st->operators().signOut("ana", "done\x1b[1A"), "the reason must be one line of text");
    CHECK_THROWS_WITH(c.st->ledger().rotateKey("ada", "scheduled\nkey verified"), "the reason must be one line of text");
    CHECK(c.size() == before);
    CHECK_FALSE(std::filesystem::exists(c.dir.path() / "keys" / "next.key")); // refused before a key was made
    auto added = c.st->operators().addOperator("ada", "eve", " Eve Adams ", station::Role::Cashier, "1111");
    CHECK(nlohmann::json::parse(added.body)["name"] == "Eve Adams");
}

TEST_CASE("a PIN reset by an admin ends a lockout and replaces the PIN")
{
    Counter c;
    for (int i = 0; i < 5; ++i)
        c.st->operators().signIn("ben", "0000");
    REQUIRE(c.st->operators().lockedOutFor("ben") > 0);
    auto reset = c.st->operators().resetPin("ada", "ben", "7777");
    CHECK(reset.kind == "operator.pin_reset");
    CHECK(reset.body.find("7777") == std::string::npos);
    CHECK(c.st->operators().lockedOutFor("ben") == 0);
    CHECK_FALSE(c.st->operators().signIn("ben", "2345").ok);
    CHECK(c.st->operators().signIn("ben", "7777").ok);
}

TEST_CASE("a supervisor's approval: bound to one action - recorded under both names - single use - expiring")
{
    Counter c;
    for (int i = 0; i < 5; ++i)
        c.st->operators().signIn("ana", "0000");
    REQUIRE(c.st->operators().lockedOutFor("ana") > 0);
    ApprovalRequest request = c.st->operators().clearLockoutRequest("ana");
    CHECK(request.description.english() == "Clear the sign-in lockout of Ana Núñez");

    SECTION("approved and used once; the record carries the operator and the approver")
    {
        auto approval = c.st->operators().approve(request, "sam", "2468");
        REQUIRE(approval.ok);
        CHECK(c.last().kind == "approval.granted");
        CHECK(c.last().operatorId == "ana");
        CHECK(c.last().approver == "sam");
        auto cleared = c.st->operators().clearLockout("ana", approval.approvalId);
        CHECK(cleared.kind == "session.lockout_cleared");
        CHECK(cleared.operatorId == "ana");
        CHECK(cleared.approver == "sam");
        CHECK(cleared.body.find(approval.approvalId) != std::string::npos);
        CHECK(c.st->operators().lockedOutFor("ana") == 0);
        CHECK(c.st->operators().signIn("ana", "1234").ok);

        // Reused: refused, nothing recorded.
        for (int i = 0; i < 5; ++i)
            c.st->operators().signIn("ana", "0000");
        auto before = c.size();
        CHECK_THROWS_WITH(c.st->operators().clearLockout("ana", approval.approvalId), Catch::Contains("already used"));
        CHECK(c.size() == before);
        CHECK(c.st->operators().lockedOutFor("ana") > 0);
    }
    SECTION("expired: refused, nothing recorded")
    {
        auto approval = c.st->operators().approve(request, "sam", "2468");
        REQUIRE(approval.ok);
        c.clock.advance(120 * 1000 + 1);
        auto before = c.size();
        CHECK_THROWS_WITH(c.st->operators().clearLockout("ana", approval.approvalId), Catch::Contains("has expired"));
        CHECK(c.size() == before);
    }
    SECTION("an approval for another action or another amount is refused")
    {
        ApprovalRequest refund{"refund", "account 100234", 1000, "ana",
                               tillbook::Message(tillbook::Msg::ApprovalRefundCheck,
                                                 {{"amount", tillbook::Money::fromCents(1000)}, {"receipt", "100234"}})};
        auto approval = c.st->operators().approve(refund, "sam", "2468");
        REQUIRE(approval.ok);
        auto before = c.size();
        CHECK_THROWS_WITH(c.st->operators().clearLockout("ana", approval.approvalId),
                          Catch::Contains("this approval is for \"Refund $10.00 of receipt 100234 by a refund check from the finance office\""));
        CHECK(c.size() == before);

        ApprovalRequest more = refund;
        more.amountCents = 1100;
        CHECK_FALSE(refund.sameAction(more));
        ApprovalRequest otherAccount = refund;
        otherAccount.subject = "account 100235";
        CHECK_FALSE(refund.sameAction(otherAccount));
        ApprovalRequest otherCashier = refund;
        otherCashier.requestedBy = "ben";
        CHECK_FALSE(refund.sameAction(otherCashier));
        CHECK(refund.sameAction(refund));
    }
    SECTION("without an approval, or with one that does not exist, nothing happens")
    {
        auto before = c.size();
        CHECK_THROWS_WITH(c.st->operators().clearLockout("ana", ""), Catch::Contains("needs a supervisor's approval"));
        CHECK_THROWS_WITH(c.st->operators().clearLockout("ana", "TEST-01-A999999"), Catch::Contains("there is no approval"));
        CHECK(c.size() == before);
    }
    SECTION("nobody approves their own action, and a cashier cannot approve")
    {
        for (int i = 0; i < 5; ++i)
            c.st->operators().signIn("sam", "0000");
        auto before = c.size();
        auto own = c.st->operators().approve(c.st->operators().clearLockoutRequest("sam"), "sam", "2468");
        CHECK_FALSE(own.ok);
        CHECK(tillbook::englishOf(own.message) == "Nobody approves their own action; a second supervisor must approve.");
        auto byCashier = c.st->operators().approve(request, "ben", "2345");
        CHECK_FALSE(byCashier.ok);
        CHECK(tillbook::englishOf(byCashier.message) == "Ben Okafor is a cashier; only a supervisor can approve.");
        CHECK(c.size() == before);
        // An admin may approve; a second supervisor for a supervisor.
        CHECK(c.st->operators().approve(c.st->operators().clearLockoutRequest("sam"), "ada", "9753").ok);
    }
    SECTION("a wrong supervisor PIN is a recorded failure of the supervisor, and no approval")
    {
        auto before = c.size();
        auto wrong = c.st->operators().approve(request, "sam", "1111");
        CHECK_FALSE(wrong.ok);
        CHECK(tillbook::englishOf(wrong.message) == "Wrong PIN. 4 tries left before Sam Ærøskøbing is locked out.");
        CHECK(c.size() == before + 1);
        CHECK(c.last().operatorId == "sam");
        CHECK(c.last().body.find("\"context\":\"approval\"") != std::string::npos);
    }
}

TEST_CASE("bad sign-in input: one message - nothing recorded except the failed attempt")
{
    Counter c;
    auto before = c.size();
    CHECK(tillbook::englishOf(c.st->operators().signIn("ghost", "1234").message) == "Unknown operator.");
    CHECK(c.size() == before);
    CHECK(tillbook::englishOf(c.st->operators().signIn("ana", "").message) == "Enter a PIN.");
    CHECK(tillbook::englishOf(c.st->operators().signIn("ana", "12ab").message) == "A PIN has digits only.");
    CHECK(tillbook::englishOf(c.st->operators().signIn("ana", std::string(13, '1')).message) == "A PIN has at most 12 digits.");
    CHECK(c.size() == before + 3);
}

TEST_CASE("idle lock and resume are recorded - only the same operator's PIN resumes")
{
    Counter c;
    REQUIRE(c.st->operators().signIn("ana", "1234").ok);
    CHECK(c.st->operators().lockSession("ana", "idle").kind == "session.locked");
    CHECK_FALSE(c.st->operators().unlockSession("ana", "9999").ok);
    auto resumed = c.st->operators().unlockSession("ana", "1234");
    CHECK(resumed.ok);
    CHECK(c.last().kind == "session.unlocked");
    CHECK(c.st->settings().setting("session.idle_lock_seconds") == 300);
}
