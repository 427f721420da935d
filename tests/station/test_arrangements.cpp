// Payment arrangements through the station: the balance moves onto installment bills, approvals above the setting,
// refusals that record nothing, paying installments, breaking an arrangement, and the promissory note.
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;
using station::ArrangementRequest;

namespace {

constexpr std::int64_t kDay = 86'400'000;

using test::m;

struct Office : test::DemoStation {
    Office() : DemoStation({.startMs = test::kNewYear2026Ms}) {}
    // An account with more than one open bill, so the down payment and the financed part fall on different bills.
    std::string accountWithBills(std::size_t bills)
    {
        for (const auto& number : st->accounts().openAccountNumbers()) {
            auto d = st->accounts().account(number);
            if (d && d->openBills.size() >= bills && d->summary.status == "active")
                return number;
        }
        FAIL("no demo account with " << bills << " bills");
        return {};
    }
    ArrangementRequest request(const std::string& account, Money down, int n)
    {
        ArrangementRequest r;
        r.operatorId = "ana";
        r.account = account;
        r.down = down;
        r.installments = n;
        r.frequency = Frequency::Monthly;
        r.rateMilliPercent = 6000;
        r.method = InterestMethod::Amortized;
        r.firstDue = "2026-02-01"; // the clock says 2026-01-01
        return r;
    }
};

} // namespace

TEST_CASE("arrangement: the financed balance moves onto installment bills and the down payment stays")
{
    Office o;
    o.st->settings().changeSetting("ada", "arrangements.approval", 100000000);
    std::string account = o.accountWithBills(2);
    auto before = *o.st->accounts().account(account);
    Money balance = before.summary.balance;
    Money down = before.openBills.front().open; // exactly the oldest bill
    auto a = o.st->arrangements().createArrangement(o.request(account, down, 6));
    CHECK(a.status == "active");
    CHECK(a.principal == balance);
    CHECK(a.schedule.financed == balance - down);
    REQUIRE(a.schedule.installments.size() == 6);
    auto after = *o.st->accounts().account(account);
    // The account now owes the down payment plus every installment (financed principal plus the finance charge).
    CHECK(after.summary.balance == down + a.schedule.totalOfPayments);
    // The down payment stays on the oldest bill; the others are carried by the installments.
    for (const auto& b : after.openBills) {
        if (b.kind != "INSTALLMENT")
            CHECK(b.id == before.openBills.front().id);
        if (b.id == before.openBills.front().id)
            CHECK(b.open == down);
    }
    std::size_t installmentBills = 0;
    for (const auto& b : after.openBills)
        installmentBills += b.kind == "INSTALLMENT" ? 1 : 0;
    CHECK(installmentBills == 6);
    auto record = o.st->store().at(a.seq);
    CHECK(record->kind == "arrangement.created");
    auto body = nlohmann::json::parse(record->body);
    CHECK(body["schedule"].size() == 6);
    CHECK(body["total_of_payments"] == a.schedule.totalOfPayments.cents());
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(o.request(account, m(0), 3)), Catch::Contains("already has an active"));
}

TEST_CASE("arrangement: above the setting a supervisor approves and bad terms record nothing")
{
    Office o;
    o.st->settings().changeSetting("ada", "arrangements.approval", 1000); // $10.00
    std::string account = o.accountWithBills(1);
    auto size = o.st->store().size();
    auto r = o.request(account, m(0), 3);
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(r), Catch::Contains("approval"));
    auto bad = r;
    bad.firstDue = "2025-12-31";
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(bad), "The first installment cannot be due in the past (2025-12-31 is before 2026-01-01).");
    bad = r;
    bad.installments = 0;
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(bad), "An arrangement needs at least one installment.");
    bad = r;
    bad.down = o.st->accounts().account(account)->summary.balance;
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(bad), Catch::Contains("take it as a payment instead"));
    bad = r;
    bad.firstDue = "next month";
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(bad), Catch::Contains("YYYY-MM-DD"));
    bad = r;
    bad.account = "999999";
    CHECK_THROWS_WITH(o.st->arrangements().createArrangement(bad), Catch::Contains("no account"));
    CHECK(o.st->store().size() == size);
    auto a = o.st->arrangements().createArrangement(r, o.approve(o.st->arrangements().arrangementRequest(r)));
    CHECK(o.st->store().at(a.seq)->approver == "sam");
}

TEST_CASE("arrangement: installments are paid like bills and an unpaid one breaks it after the grace days")
{
    Office o;
    o.st->settings().changeSetting("ada", "arrangements.approval", 100000000);
    std::string account = o.accountWithBills(1);
    auto a = o.st->arrangements().createArrangement(o.request(account, m(0), 4));
    o.st->drawers().openDrawer("ana", [] {
        CashCount c;
        c.rolledCoin = Money::fromCents(20000);
        return c;
    }());
    // Pay the first installment.
    station::PaymentRequest pay;
    pay.operatorId = "ana";
    pay.requestId = "first";
    pay.accountAmounts.emplace_back(account, a.schedule.installments[0].payment);
    pay.tenders.push_back({TenderKind::Cash, a.schedule.installments[0].payment, ""});
    o.st->payments().takePayment(pay);
    CHECK(o.st->arrangements().arrangement(a.id)->open == a.schedule.totalOfPayments - a.schedule.installments[0].payment);
    // The second falls due on 2026-03-01; within the 10 grace days nothing happens.
    o.clock.set(o.clock.nowMs() + 65 * kDay); // 2026-03-07
    CHECK(o.st->arrangements().reviewArrangements("ana").empty());
    o.clock.set(o.clock.nowMs() + 10 * kDay); // 2026-03-17: 16 days late
    auto broken = o.st->arrangements().reviewArrangements("ana");
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].status == "broken");
    auto record = o.st->store().last();
    REQUIRE(record->kind == "arrangement.broken");
    auto body = nlohmann::json::parse(record->body);
    CHECK(body["late_installment"] == 2);
    // Installments 3 and 4 were not yet due: their interest is not charged; all of it is due today.
    Money expected = a.schedule.installments[1].payment + a.schedule.installments[2].principal
                     + a.schedule.installments[3].principal;
    CHECK(body["remaining"] == expected.cents());
    CHECK(o.st->arrangements().arrangement(a.id)->open == expected);
    auto afterBreak = *o.st->accounts().account(account);
    for (const auto& bill : afterBreak.openBills) {
        if (bill.kind == "INSTALLMENT")
            CHECK(bill.dueDate == "2026-03-17");
    }
    CHECK(o.st->arrangements().reviewArrangements("ana").empty()); // broken once
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("arrangement: one paid off does not stand in the way of the next")
{
    Office o;
    o.st->settings().changeSetting("ada", "arrangements.approval", 100000000);
    std::string account = o.accountWithBills(1);
    std::string originalBill = o.st->accounts().account(account)->openBills.front().id;
    auto first = o.st->arrangements().createArrangement(o.request(account, m(0), 1));
    CashCount c;
    c.rolledCoin = m(20000);
    o.st->drawers().openDrawer("ana", c);
    station::PaymentRequest pay;
    pay.operatorId = "ana";
    pay.requestId = "all";
    pay.accountAmounts.emplace_back(account, o.st->accounts().account(account)->summary.balance);
    pay.tenders.push_back({TenderKind::Cash, o.st->accounts().account(account)->summary.balance, ""});
    o.st->payments().takePayment(pay);
    CHECK(o.st->arrangements().arrangement(first.id)->status == "paid");
    // The account falls behind again: a charge on the original bill.
    o.st->maintenance().adjustBill("ana", originalBill, m(1500), "meter read late");
    auto second = o.st->arrangements().createArrangement(o.request(account, m(0), 2));
    CHECK(second.id != first.id);
}

TEST_CASE("arrangement: the promissory note carries the schedule and a verifiable code")
{
    Office o;
    o.st->settings().changeSetting("ada", "arrangements.approval", 100000000);
    o.st->settings().changeSetting("ada", "arrangements.notary_block", 1);
    std::string account = o.accountWithBills(1);
    auto a = o.st->arrangements().createArrangement(o.request(account, m(0), 3));
    auto note = o.st->arrangements().promissoryNoteDocument(a.id);
    CHECK(note.noteNumber == a.id);
    CHECK(note.borrower == o.st->accounts().account(account)->summary.name);
    CHECK(note.schedule.size() == 3);
    CHECK(note.totalOfPayments == a.schedule.totalOfPayments);
    CHECK(note.annualRate == "6.000%");
    // The APR disclosed is the one quoted when the arrangement was made, kept in its record.
    CHECK(a.schedule.aprBasisPoints > 0);
    CHECK(note.apr == formatApr(a.schedule.aprBasisPoints) + "%");
    CHECK(o.st->arrangements().arrangement(a.id)->schedule.aprBasisPoints == a.schedule.aprBasisPoints);
    auto body = nlohmann::json::parse(o.st->store().at(a.seq)->body);
    CHECK(body["apr_basis_points"] == a.schedule.aprBasisPoints);
    CHECK(note.originalBalance == a.principal);
    CHECK(note.down == a.down);
    CHECK_THAT(note.whereToPay, Catch::Contains(account));
    CHECK(note.notaryBlock);
    CHECK(note.cashier == "Ana Núñez");
    auto verified = station::verifyReceiptPayload(o.st->paths(), note.qrPayload);
    CHECK(verified.ok);
    CHECK_THAT(verified.message, Catch::StartsWith("promissory note " + a.id));
    auto layout = o.st->documents().documentLayout({station::DocumentKind::PromissoryNote, a.id, false, {}});
    bool hasNotary = false;
    for (const auto& block : layout.blocks)
        hasNotary = hasNotary || block.left == "Notary acknowledgment";
    CHECK(hasNotary);
}
