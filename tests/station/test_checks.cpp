// Checks at the station: the real FedACH directory, verification with reasons, overrides, the payment that uses a
// verification, and returned checks.
#include "core/routing.h"
#include "station/demo.h"
#include "station/rebuild.h"
#include "station/simulation.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace tillbook;

namespace {

using test::fedach;
using test::m;

struct Counter : test::DemoStation {
    Counter() : DemoStation({.drawerFloat = test::rolled(m(20000))}) {}
    station::CheckVerification verify(const std::string& micr, Money amount, std::string account = "100101",
                                      std::string date = "2026-10-25")
    {
        station::CheckInput input;
        input.micr = micr;
        input.amount = amount;
        input.date = date;
        input.customerAccount = std::move(account);
        return st->checks().verifyCheck("ana", input);
    }
    station::PaymentOutcome payByCheck(const std::string& account, const station::CheckVerification& v, Money amount,
                                       const std::string& tag = "")
    {
        station::PaymentRequest r;
        r.operatorId = "ana";
        r.requestId = "chk-" + v.id + "-" + account + tag;
        r.accountAmounts.emplace_back(account, amount);
        r.tenders.push_back({TenderKind::Check, amount, v.id});
        return st->payments().takePayment(r);
    }
};

// What a refused import says: its sentence and each problem, one per line.
template <typename Import>
std::string refusal(Import import)
{
    try {
        import();
    } catch (const station::ImportRefused& e) {
        std::string out = e.what();
        for (const auto& problem : e.problems)
            out += "\n" + problem;
        return out;
    } catch (const station::CommandRefused& e) {
        return e.what();
    }
    return "(imported)";
}

} // namespace

TEST_CASE("the FedACH directory: imported whole - refused whole with the line - replaced routing numbers known")
{
    Counter c;
    std::string text = fedach();
    REQUIRE(text.size() > 1000000);
    std::string broken = text;
    broken[155 * 2 + 2 * 2 + 8] = 'X'; // line 3's check digit
    CHECK_THROWS_WITH(c.st->checks().importRoutingDirectory("system", broken, "broken.txt"), Catch::Contains("1 problem"));
    // The demo's own directory stays in place.
    CHECK(c.st->checks().routingDirectoryState().first == static_cast<std::int64_t>(std::size(station::kDemoBanks)));
    c.st->checks().importRoutingDirectory("system", text, "FedACHdir.txt");
    CHECK(c.st->checks().routingDirectoryState() == std::pair<std::int64_t, std::string>{18198, "2018-12-04"});
    auto cathay = c.st->checks().routing("011001962");
    REQUIRE(cathay);
    CHECK(cathay->name == "CATHAY BANK");
    CHECK(cathay->newRouting == "122203950");
    // A bad file later leaves the good directory in place.
    CHECK_THROWS_AS(c.st->checks().importRoutingDirectory("system", broken, "broken.txt"), station::ImportRefused);
    CHECK(c.st->checks().routingDirectoryState().first == 18198);
}

TEST_CASE("the demo's routing directory: fictitious DEMO banks accepted and declined as a real station would")
{
    Counter c; // a demo station: seedDemo imported the DEMO directory through the ordinary import
    auto [participants, fileDate] = c.st->checks().routingDirectoryState();
    CHECK(participants == static_cast<std::int64_t>(std::size(station::kDemoBanks)));
    CHECK(fileDate == "2026-11-01");
    std::string real = fedach();
    for (const auto& bank : station::kDemoBanks) {
        CAPTURE(bank.routing);
        CHECK(bank.name.substr(0, 5) == "DEMO ");
        CHECK(routingProblem(bank.routing).empty());
        CHECK(real.find("\n" + std::string(bank.routing)) == std::string::npos); // not a real bank's number
        CHECK(real.substr(0, 9) != bank.routing);
    }
    auto accepted = c.verify("T071900003T 123456789U 1042", m(12550));
    CHECK(accepted.decision.kind == CheckDecisionKind::Accept);
    auto replaced = c.verify("T081990003T 123456789U 1043", m(12550));
    REQUIRE(replaced.decision.kind == CheckDecisionKind::NeedsApproval);
    CHECK(replaced.decision.reasons.at(0).code == "routing_replaced");
    auto unknown = c.verify("T021000021T 123456789U 1044", m(12550)); // a real bank, not in the demo's directory
    CHECK(unknown.decision.kind == CheckDecisionKind::NeedsApproval);

    // Two simulated days need a supervisor for few checks (before the demo directory: every check, over 20 in two days).
    // The real directory replaces the demo's without --replace-smaller: fictitious banks are not a directory to keep.
    CHECK(c.st->checks().importRoutingDirectory("system", real, "FedACHdir.txt").added > 1000);
    CHECK_FALSE(c.st->checks().routing("071900003"));

    test::DemoStation fresh;
    auto report = station::simulate(*fresh.st, fresh.clock, {2, 7, 2});
    INFO("verified " << report.checksVerified << ", declined " << report.checksDeclined << ", overrides " << report.checkOverrides);
    CHECK(report.checksVerified > 10);
    CHECK(report.checkOverrides * 4 < report.checksVerified);
    CHECK(report.checksDeclined > 0); // the misread MICR lines
}

TEST_CASE("verification: every decision is a record with its reasons - unreadable lines record nothing")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    auto ok = c.verify("T021000021T 123456789U 1042", m(5000));
    CHECK(ok.decision.kind == CheckDecisionKind::Accept);
    CHECK(c.st->store().last()->kind == "check.verified");
    auto replaced = c.verify("T011001962T 55555U 2001", m(5000));
    CHECK(replaced.decision.kind == CheckDecisionKind::NeedsApproval);
    CHECK(replaced.decision.reasons.at(0).code == "routing_replaced");
    auto bad = c.verify("T021000022T 123456789U 1042", m(5000));
    CHECK(bad.decision.kind == CheckDecisionKind::Decline);
    auto before = c.size();
    CHECK_THROWS_WITH(c.verify("T0210?0021T 123456789U 1042", m(5000)), Catch::Contains("could not be read"));
    CHECK(c.size() == before);
}

TEST_CASE("a verified check pays once - an override needs a supervisor - a second presentment is declined")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    auto starter = c.verify("T021000021T 99887766U 0101", m(3000)); // serial 101: a starter check
    REQUIRE(starter.decision.kind == CheckDecisionKind::NeedsApproval);
    auto before = c.size();
    CHECK_THROWS_WITH(c.payByCheck("100101", starter, m(3000)), Catch::Contains("was not accepted"));
    CHECK(c.size() == before);
    auto approval = c.st->operators().approve(c.st->checks().checkOverrideRequest("ana", starter.id), "sam", "2468");
    REQUIRE(approval.ok);
    CHECK(c.st->checks().overrideCheck("ana", starter.id, approval.approvalId).approver == "sam");
    auto paid = c.payByCheck("100101", starter, m(3000));
    CHECK_FALSE(paid.receipt.empty());
    CHECK_THROWS_WITH(c.payByCheck("100101", starter, m(3000), "-again"), Catch::Contains("already taken"));
    auto again = c.verify("T021000021T 99887766U 0101", m(3000));
    CHECK(again.decision.kind == CheckDecisionKind::Decline);
    bool duplicate = false;
    for (const auto& r : again.decision.reasons)
        duplicate = duplicate || r.code == "duplicate";
    CHECK(duplicate);
    auto wrongAmount = c.verify("T021000021T 123123U 1500", m(3000));
    CHECK_THROWS_WITH(c.payByCheck("100101", wrongAmount, m(2999)), Catch::Contains("was verified for $30.00"));
}

TEST_CASE("a returned check reverses its payment - bills the fee - fills the negative file and can make a customer cash-only")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    std::string customer = "100115";
    auto owedBefore = c.st->accounts().account(customer)->summary.balance;
    auto v1 = c.verify("T021000021T 44556677U 2001", m(4000), customer);
    auto paid = c.payByCheck(customer, v1, m(4000));
    CHECK(c.st->accounts().account(customer)->summary.balance == owedBefore - m(4000));

    auto before = c.size();
    CHECK_THROWS_WITH(c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "44556677", "R99"),
                      Catch::Contains("is not one of"));
    CHECK(c.size() == before);
    auto returned = c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "44556677", "R01");
    CHECK(returned.kind == "check.returned");
    CHECK(c.size() == before + 1);
    auto detail = c.st->accounts().account(customer);
    CHECK(detail->summary.balance == owedBefore + m(3500)); // the payment reopened, plus the $35.00 fee
    CHECK(detail->returnedChecks == 1);
    CHECK(detail->summary.status == "active");
    CHECK_THROWS_WITH(c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "44556677", "R01"),
                      Catch::Contains("already recorded"));

    auto next = c.verify("T021000021T 44556677U 2002", m(1000), customer);
    CHECK(next.decision.kind == CheckDecisionKind::Decline); // the bank account is on the negative file

    // A second return within twelve months makes the customer cash-only.
    auto v2 = c.verify("T026009593T 11223344U 3001", m(2000), customer);
    REQUIRE(v2.decision.kind == CheckDecisionKind::Accept);
    auto paid2 = c.payByCheck(customer, v2, m(2000));
    c.st->checks().recordReturnedCheck("system", paid2.receipt, "026009593", "11223344", "R02");
    CHECK(c.st->accounts().account(customer)->summary.status == "cash_only");
    auto third = c.verify("T121000248T 99999U 4001", m(1000), customer);
    CHECK(third.decision.kind == CheckDecisionKind::Decline);

    auto rebuilt = station::rebuildAndCompare(c.st->paths());
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}

TEST_CASE("a returned check bills its whole face amount - even when the payment was refunded since")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    std::string customer = "100115";
    Money owed = c.st->accounts().account(customer)->summary.balance;
    auto v = c.verify("T021000021T 55667788U 2101", m(4000), customer);
    auto paid = c.payByCheck(customer, v, m(4000));
    auto refund = [&](Money amount) {
        auto approval = c.st->operators().approve(c.st->payments().refundRequest("ana", paid.receipt, amount, "cash"), "sam", "2468");
        REQUIRE(approval.ok);
        c.st->payments().refundPayment("ana", paid.receipt, amount, "cash", approval.approvalId);
    };
    Money refunded;
    SECTION("refunded in cash in full: nothing stands, so the whole face amount is billed")
    {
        refunded = m(4000);
    }
    SECTION("refunded in part: the standing part is reversed and the refunded part billed")
    {
        refunded = m(1500);
    }
    refund(refunded);
    CHECK(c.st->accounts().account(customer)->summary.balance == owed - m(4000) + refunded); // the refund reopened its part
    auto returned = c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "55667788", "R01");
    auto body = nlohmann::json::parse(returned.body);
    CHECK(body["face"] == 4000);
    CHECK(body["total"] == (m(4000) - refunded).cents()); // reverses standing lines
    CHECK(body["billed"] == refunded.cents());             // billed: the customer has that money
    CHECK(body["billed_bill"] == "RCK-" + paid.receipt);
    // Since the refund, the customer owes the check's whole face amount more, and the fee: the bills are open again
    // as before the payment, and the refunded cash they hold is billed.
    auto detail = c.st->accounts().account(customer);
    CHECK(detail->summary.balance == (owed - m(4000) + refunded) + m(4000) + m(3500));
    bool billedBill = false;
    for (const auto& bill : detail->openBills)
        billedBill = billedBill || (bill.id == "RCK-" + paid.receipt && bill.open == refunded);
    CHECK(billedBill);
    auto rebuilt = station::rebuildAndCompare(c.st->paths());
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}

TEST_CASE("one check is one tender: listed twice - verified twice or tendered as a money order - it is refused")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    auto v = c.verify("T021000021T 7777777U 3001", m(5000));
    REQUIRE(v.decision.kind == CheckDecisionKind::Accept);
    station::PaymentRequest twice;
    twice.operatorId = "ana";
    twice.requestId = "twice";
    twice.accountAmounts.emplace_back("100101", m(5000));
    twice.tenders = {{TenderKind::Check, m(5000), v.id}, {TenderKind::Check, m(5000), v.id}};
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->payments().takePayment(twice), Catch::Contains("listed twice"));
    station::PaymentRequest asOrder = twice;
    asOrder.requestId = "as-order";
    asOrder.tenders = {{TenderKind::MoneyOrder, m(5000), v.id}};
    CHECK_THROWS_WITH(c.st->payments().takePayment(asOrder), Catch::Contains("verified as a personal"));
    CHECK(c.size() == before);

    c.payByCheck("100101", v, m(5000));
    // Verified again before the first was seen as taken: the second verification is declined, and even forced
    // into a request it cannot be used.
    auto again = c.verify("T021000021T 7777777U 3001", m(5000));
    CHECK(again.decision.kind == CheckDecisionKind::Decline);
    station::PaymentRequest reuse = twice;
    reuse.requestId = "reuse";
    reuse.accountAmounts = {{"100108", m(5000)}};
    reuse.tenders = {{TenderKind::Check, m(5000), again.id}};
    CHECK_THROWS_AS(c.st->payments().takePayment(reuse), station::CommandRefused);
}

TEST_CASE("an account named twice in one payment is refused rather than paying a bill twice")
{
    Counter c;
    auto bill = c.st->accounts().account("100101")->openBills.at(0);
    station::PaymentRequest r;
    r.operatorId = "ana";
    r.requestId = "dup-account";
    r.billAmounts.push_back({bill.id, "100101", bill.open});
    r.accountAmounts.emplace_back("100101", bill.open);
    r.tenders.push_back({TenderKind::Cash, bill.open + bill.open, ""});
    auto before = c.size();
    CHECK_THROWS_WITH(c.st->payments().takePayment(r), Catch::Contains("named twice"));
    r.billAmounts.clear();
    r.accountAmounts.emplace_back("100101", bill.open);
    CHECK_THROWS_WITH(c.st->payments().takePayment(r), Catch::Contains("named twice"));
    CHECK(c.size() == before);
}

TEST_CASE("a returned check reverses only its own amount when a receipt had two checks")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    std::string customer = "100115";
    Money owed = c.st->accounts().account(customer)->summary.balance;
    auto big = c.verify("T021000021T 11111111U 4001", m(10000), customer);
    auto small = c.verify("T026009593T 22222222U 4002", m(5000), customer);
    station::PaymentRequest r;
    r.operatorId = "ana";
    r.requestId = "two-checks";
    r.accountAmounts.emplace_back(customer, m(15000));
    r.tenders = {{TenderKind::Check, m(10000), big.id}, {TenderKind::Check, m(5000), small.id}};
    auto paid = c.st->payments().takePayment(r);
    c.st->checks().recordReturnedCheck("system", paid.receipt, "026009593", "22222222", "R01");
    CHECK(c.st->accounts().account(customer)->summary.balance == owed - m(10000) + m(3500)); // $50 reopened, $35 fee
    CHECK_NOTHROW(c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "11111111", "R02"));
    CHECK_THROWS_WITH(c.st->checks().recordReturnedCheck("system", paid.receipt, "021000021", "11111111", "R02"),
                      Catch::Contains("already recorded"));
}

TEST_CASE("a check verified for one customer's account cannot pay another's")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    auto v = c.verify("T021000021T 3333333U 5001", m(2000), "100101");
    auto before = c.size();
    CHECK_THROWS_WITH(c.payByCheck("100108", v, m(2000)), Catch::Contains("was verified for account 100101"));
    CHECK(c.size() == before);
    CHECK_NOTHROW(c.payByCheck("100101", v, m(2000)));
}

TEST_CASE("checks: the verification records whether the MICR line was read or keyed")
{
    test::DemoStation demo;
    auto& st = demo.st;
    station::CheckInput input;
    input.micr = "T021000021T 5550001U 2001";
    input.amount = Money::fromCents(2500);
    input.date = "2026-10-25";
    input.micrSource = "reader";
    auto read = st->checks().verifyCheck("ana", input);
    CHECK(nlohmann::json::parse(st->store().at(read.seq)->body)["micr_source"] == "reader");
    input.micrSource = "keyed";
    auto keyed = st->checks().verifyCheck("ana", input);
    CHECK(nlohmann::json::parse(st->store().at(keyed.seq)->body)["micr_source"] == "keyed");
    auto before = st->store().size();
    input.micrSource = "guessed";
    CHECK_THROWS_WITH(st->checks().verifyCheck("ana", input), Catch::Contains("read or keyed"));
    CHECK(st->store().size() == before);
}

TEST_CASE("a payment with its items (tillctl pay): verified in the order handed over - overridden by a supervisor - all "
          "or nothing")
{
    Counter c;
    c.st->checks().importRoutingDirectory("system", fedach(), "FedACHdir.txt");
    auto request = [&](const std::string& id) {
        station::PaymentRequest r;
        r.operatorId = "ana";
        r.requestId = id;
        r.billAmounts = c.st->payments().defaultBills("100101"); // $23.50, its one open bill
        station::CheckInput starter;
        starter.micr = "T021000021T 99887766U 0101"; // a starter check number: a supervisor must override it
        starter.date = "2026-10-30";
        r.tenders.push_back({TenderKind::Check, m(2000), ""});
        r.items[0] = starter;
        r.tenders.push_back({TenderKind::Cash, m(1000), ""});
        return r;
    };
    REQUIRE(c.st->payments().defaultBills("100101").size() == 1);
    auto before = c.size();
    // Without a supervisor nothing is recorded, not even the item's verification.
    CHECK_THROWS_WITH(c.st->payments().takePaymentWithItems(request("p1")),
                      Catch::StartsWith("Payment not recorded: check 0101") && Catch::Contains("supervisor's override"));
    CHECK(c.size() == before);
    // A wrong PIN is recorded, as at the counter, and nothing else.
    CHECK_THROWS_WITH(c.st->payments().takePaymentWithItems(request("p1"), "sam", "0000"), Catch::Contains("Wrong PIN"));
    CHECK(c.size() == before + 1);
    CHECK(c.st->store().last()->kind == "session.sign_in_failed");
    // The check came first, so it was judged against the whole $23.50 due, not what the cash left.
    auto paid = c.st->payments().takePaymentWithItems(request("p1"), "sam", "2468");
    CHECK(paid.settlement.change == m(650));
    std::vector<std::string> kinds;
    for (auto seq = before + 2; seq <= c.size(); ++seq)
        kinds.push_back(c.st->store().at(seq)->kind);
    CHECK(kinds == std::vector<std::string>{"check.verified", "approval.granted", "check.override_approved", "payment.taken"});
    CHECK(c.st->store().at(before + 3)->approver == "sam");
    std::string verified = c.st->store().at(before + 2)->body;
    CHECK(verified.find("starter_check") != std::string::npos);
    CHECK(verified.find("over_amount_due") == std::string::npos);
    // The same request again answers with the first payment and verifies nothing.
    auto size = c.size();
    CHECK(c.st->payments().takePaymentWithItems(request("p1"), "sam", "2468").duplicate);
    CHECK(c.size() == size);
}

TEST_CASE("opening a drawer: what needs approval is the station's to say, before any PIN")
{
    Counter c; // ana's drawer is open with the expected $200.00
    CashCount exact;
    exact.unitemized = m(20000);
    CHECK_THROWS_WITH(c.st->drawers().openDrawerApproval("ben", exact), Catch::Contains("is already open"));
    CashCount cash;
    cash.rolledCoin = c.st->drawers().openDrawer()->expectedCash;
    c.st->drawers().countDrawer("ana", cash, {});
    c.st->drawers().closeDrawer("ana", "");
    CHECK_FALSE(c.st->drawers().openDrawerApproval("ben", exact));
    CashCount over = exact;
    over.unitemized = m(20100);
    auto request = c.st->drawers().openDrawerApproval("ben", over);
    REQUIRE(request);
    CHECK(request->description.english() == "Open a drawer with $201.00 counted, where the float should be $200.00");
    CHECK_THROWS_WITH(c.st->drawers().openDrawer("ben", over), Catch::Contains("approval"));
    auto approval = c.st->operators().approve(*request, "sam", "2468");
    REQUIRE(approval.ok);
    CHECK(c.st->drawers().openDrawer("ben", over, approval.approvalId).approver == "sam");
    CHECK(c.st->drawers().list().size() == 2);
}

TEST_CASE("an empty FedACH file is refused and the directory in use stays")
{
    Counter c;
    std::string text = fedach();
    REQUIRE(text.size() > 1000000);
    c.st->checks().importRoutingDirectory("system", text, "FedACHdir.txt");
    auto before = c.size();
    CHECK_THAT(refusal([&] { c.st->checks().importRoutingDirectory("system", "", "download.txt"); }),
               Catch::Contains("the file is empty"));
    CHECK(c.size() == before);
    CHECK(c.st->checks().routingDirectoryState().first == 18198);
}

TEST_CASE("a FedACH file with NUL bytes is refused with the line")
{
    Counter c;
    std::string text = fedach();
    c.st->checks().importRoutingDirectory("system", text, "FedACHdir.txt");
    auto before = c.size();
    std::string damaged = text;
    damaged[155 * 4 + 2 * 4 + 40] = '\0'; // inside line 5's name
    CHECK_THAT(refusal([&] { c.st->checks().importRoutingDirectory("system", damaged, "damaged.txt"); }),
               Catch::Contains("line 5: the file holds NUL bytes"));
    CHECK_THAT(refusal([&] { c.st->checks().importRoutingDirectory("system", std::string(4096, '\0'), "zeros.txt"); }),
               Catch::Contains("line 1: the file holds NUL bytes"));
    CHECK(c.size() == before);
    CHECK(c.st->checks().routingDirectoryState().first == 18198);
}

TEST_CASE("a FedACH file that drops more than half of the directory in use is refused")
{
    Counter c;
    std::string text = fedach();
    c.st->checks().importRoutingDirectory("system", text, "FedACHdir.txt");
    auto before = c.size();
    // The first 9,000 records: a cut download, still made of whole, valid lines.
    std::string cut = text.substr(0, 157 * 9000);
    REQUIRE(cut.ends_with("\r\n"));
    CHECK_THROWS_WITH(c.st->checks().importRoutingDirectory("system", cut, "cut.txt"),
                      Catch::Contains("9198 of the 18198") && Catch::Contains("--replace-smaller"));
    CHECK(c.size() == before);
    CHECK(c.st->checks().routingDirectoryState().first == 18198);
    // Dropping fewer than half is an ordinary update.
    std::string most = text.substr(0, 157 * 10000);
    c.st->checks().importRoutingDirectory("system", most, "most.txt");
    CHECK(c.st->checks().routingDirectoryState().first == 10000);
    // Saying the directory really shrank replaces it.
    c.st->checks().importRoutingDirectory("system", text.substr(0, 157 * 100), "small.txt", true);
    CHECK(c.st->checks().routingDirectoryState().first == 100);
    CHECK(c.st->store().last()->kind == "routing.imported");
}

TEST_CASE("checks and remittances past the largest tender are refused before a verification is written")
{
    Counter c;
    auto before = c.size();
    station::CheckInput input;
    input.micr = "T021000021T 5550001U 1042";
    input.amount = m(std::numeric_limits<std::int64_t>::max());
    input.date = "2026-10-25";
    CHECK_THROWS_WITH(c.st->checks().verifyCheck("ana", input), Catch::Contains("largest single tender"));
    input.amount = m(10'000'001);
    CHECK_THROWS_WITH(c.st->checks().verifyCheck("ana", input), Catch::Contains("$100,000.00"));
    CHECK(c.size() == before);

    // The limit is a setting a supervisor may raise.
    c.st->settings().changeSetting("system", "payment.max_tender", 20'000'000);
    input.amount = m(15'000'000);
    CHECK(c.st->checks().verifyCheck("ana", input).id.size() > 0);
}
