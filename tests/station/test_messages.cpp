// Refusals and notices come back as message codes with arguments, and the ledger keeps the code.
#include "station/message_json.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace tillbook;
using namespace tillbook::station;
using nlohmann::json;

TEST_CASE("A refusal carries its message code and arguments", "[message]")
{
    test::DemoStation c;
    try {
        c.st->payments().voidRequest("ana", "NO-SUCH-RECEIPT");
        FAIL("a void of an unknown receipt was not refused");
    } catch (const CommandRefused& e) {
        CHECK(e.message().id() == Msg::ReceiptUnknown);
        CHECK(e.message().code() == "receipt.unknown");
        REQUIRE(e.message().arg("receipt") != nullptr);
        CHECK(e.message().arg("receipt")->text == "NO-SUCH-RECEIPT");
        CHECK(std::string(e.what()) == "there is no receipt NO-SUCH-RECEIPT");
    }
}

TEST_CASE("A message survives the ledger's JSON: typed arguments, nested messages and lists", "[message]")
{
    std::vector<Message> reasons{Message(Msg::CheckStaleDated, {{"date", "2025-01-02"}}),
                                 Message(Msg::CheckCashOnly, {MessageArg::number("returned", 3)})};
    Message outer(Msg::PaymentNotRecorded,
                  {{"reason", Message(Msg::CheckNeedsOverride, {{"item", "1042"}, {"reasons", reasons}})}});
    json stored = messageJson(outer);
    CHECK(stored["code"] == "payment.not_recorded");
    auto back = messageFromJson(json::parse(stored.dump()));
    REQUIRE(back.has_value());
    CHECK(back->english() == outer.english());
    CHECK(messageJson(*back) == stored);

    Message money(Msg::DropTooMuch, {{"amount", Money::fromCents(5000)}, {"expected", Money::fromCents(1200)}});
    CHECK(messageJson(money)["args"]["amount"] == json{{"cents", 5000}});
    CHECK(messageFromJson(messageJson(money))->english() == money.english());

    // A code this build does not know, or arguments that do not fit its text: nothing, never a wrong sentence.
    CHECK_FALSE(messageFromJson(json{{"code", "from.a.newer.station"}, {"args", json::object()}}).has_value());
    CHECK_FALSE(messageFromJson(json{{"code", "void.already_voided"}, {"args", {{"drawer", "D1"}}}}).has_value());
    CHECK_FALSE(messageFromJson(json::array()).has_value());
}

TEST_CASE("The ledger keeps the codes of a check's reasons and of an approval's description", "[message]")
{
    test::DemoStation c;
    station::CheckInput input;
    input.micr = "T021000021T 5550001U 1042";
    input.amount = test::m(5000);
    input.date = "2026-03-02"; // stale-dated eight months before the station's November: a reason with an argument
    auto v = c.st->checks().verifyCheck("ana", input);
    REQUIRE_FALSE(v.decision.reasons.empty());
    auto record = c.st->store().at(v.seq);
    REQUIRE(record.has_value());
    json body = json::parse(record->body);
    bool stale = false;
    for (const auto& r : body["reasons"]) {
        auto kept = messageFromJson(r["msg"]);
        REQUIRE(kept.has_value());
        CHECK(kept->english() == r["message"].get<std::string>());
        if (kept->id() == Msg::CheckStaleDated) {
            stale = true;
            CHECK(kept->arg("date")->text == "2026-03-02");
        }
    }
    CHECK(stale);

    auto request = c.st->checks().checkOverrideRequest("ana", v.id);
    auto approval = c.st->operators().approve(request, "sam", "2468");
    REQUIRE(approval.ok);
    auto granted = c.st->store().last();
    REQUIRE(granted.has_value());
    json grantedBody = json::parse(granted->body);
    auto description = messageFromJson(grantedBody["description_msg"]);
    REQUIRE(description.has_value());
    CHECK(description->id() == Msg::ApprovalCheckOverride);
    CHECK(description->english() == grantedBody["description"].get<std::string>());
}
