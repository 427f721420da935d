// Check acceptability rules: each reason alone, and how reasons combine into a decision.
#include "core/check_policy.h"

#include <catch2/catch.hpp>

using namespace tillbook;

namespace {

CheckFacts clean()
{
    CheckFacts f;
    f.routing = "021000021";
    f.account = "123456789";
    f.serial = "1042";
    f.amount = Money::fromCents(12550);
    f.checkDate = "2026-11-20";
    f.today = "2026-11-27";
    f.amountDue = Money::fromCents(12550);
    return f;
}

std::vector<std::string> codes(const CheckDecision& d)
{
    std::vector<std::string> out;
    for (const auto& r : d.reasons)
        out.push_back(r.code);
    return out;
}

} // namespace

TEST_CASE("a clean check is accepted with no reasons")
{
    auto d = evaluateCheck(clean(), {});
    CHECK(d.kind == CheckDecisionKind::Accept);
    CHECK(d.reasons.empty());
}

TEST_CASE("each rule gives its reason and decision")
{
    struct Case {
        const char* name;
        void (*change)(CheckFacts&);
        const char* code;
        CheckDecisionKind kind;
    };
    const Case cases[] = {
        {"bad check digit", [](CheckFacts& f) { f.routing = "021000022"; }, "routing_check_digit", CheckDecisionKind::Decline},
        {"electronic-only prefix", [](CheckFacts& f) { f.routing = "655060042"; }, "routing_electronic_only", CheckDecisionKind::NeedsApproval},
        {"not in directory", [](CheckFacts& f) { f.routingInDirectory = false; }, "routing_not_in_directory", CheckDecisionKind::NeedsApproval},
        {"replaced routing", [](CheckFacts& f) { f.replacedBy = "122203950"; }, "routing_replaced", CheckDecisionKind::NeedsApproval},
        {"stale", [](CheckFacts& f) { f.checkDate = "2026-05-01"; }, "stale_dated", CheckDecisionKind::NeedsApproval},
        {"post-dated", [](CheckFacts& f) { f.checkDate = "2026-11-28"; }, "post_dated", CheckDecisionKind::Decline},
        {"over personal limit", [](CheckFacts& f) { f.amount = Money::fromCents(250001); f.amountDue = f.amount; }, "over_limit", CheckDecisionKind::NeedsApproval},
        {"postal money order over $1,000", [](CheckFacts& f) { f.instrument = CheckInstrument::PostalMoneyOrder; f.amount = Money::fromCents(100001); f.amountDue = f.amount; }, "postal_money_order_limit", CheckDecisionKind::Decline},
        {"more than due", [](CheckFacts& f) { f.amount = Money::fromCents(13000); }, "over_amount_due", CheckDecisionKind::NeedsApproval},
        {"starter check", [](CheckFacts& f) { f.serial = "104"; }, "starter_check", CheckDecisionKind::NeedsApproval},
        {"third party", [](CheckFacts& f) { f.thirdParty = true; }, "third_party", CheckDecisionKind::NeedsApproval},
        {"two party", [](CheckFacts& f) { f.twoParty = true; }, "two_party", CheckDecisionKind::NeedsApproval},
        {"duplicate", [](CheckFacts& f) { f.duplicate = true; }, "duplicate", CheckDecisionKind::Decline},
        {"negative file", [](CheckFacts& f) { f.onNegativeFile = true; }, "negative_file", CheckDecisionKind::Decline},
        {"cash-only customer", [](CheckFacts& f) { f.returnedChecksInYear = 2; }, "cash_only", CheckDecisionKind::Decline},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        CheckFacts f = clean();
        c.change(f);
        auto d = evaluateCheck(f, {});
        REQUIRE(d.reasons.size() == 1);
        CHECK(d.reasons[0].code == c.code);
        CHECK_FALSE(d.reasons[0].message.english().empty());
        CHECK(d.kind == c.kind);
    }
}

TEST_CASE("boundaries: exactly six months - exactly the limit - serial 1001 - one returned check")
{
    CheckFacts f = clean();
    f.checkDate = "2026-05-28"; // 183 days before 2026-11-27
    CHECK(evaluateCheck(f, {}).kind == CheckDecisionKind::Accept);
    f = clean();
    f.amount = f.amountDue = Money::fromCents(250000);
    CHECK(evaluateCheck(f, {}).kind == CheckDecisionKind::Accept);
    f = clean();
    f.serial = "1001";
    CHECK(evaluateCheck(f, {}).kind == CheckDecisionKind::Accept);
    f.returnedChecksInYear = 1;
    CHECK(evaluateCheck(f, {}).kind == CheckDecisionKind::Accept);
    f = clean();
    f.cashBackAllowed = true;
    f.amount = Money::fromCents(13000);
    CHECK(evaluateCheck(f, {}).kind == CheckDecisionKind::Accept);
}

TEST_CASE("reasons combine: one hard reason declines even with soft ones")
{
    CheckFacts f = clean();
    f.thirdParty = true;
    f.serial = "12";
    CHECK(evaluateCheck(f, {}).kind == CheckDecisionKind::NeedsApproval);
    f.onNegativeFile = true;
    auto d = evaluateCheck(f, {});
    CHECK(d.kind == CheckDecisionKind::Decline);
    CHECK(codes(d) == std::vector<std::string>{"starter_check", "third_party", "negative_file"});
}

TEST_CASE("days from civil dates")
{
    CHECK(daysFromCivil("1970-01-01") == 0);
    CHECK(daysFromCivil("2000-03-01") - daysFromCivil("2000-02-28") == 2); // 2000 is a leap year
    CHECK(daysFromCivil("2100-03-01") - daysFromCivil("2100-02-28") == 1); // 2100 is not
    CHECK(daysFromCivil("2026-11-27") == 20784);
}
