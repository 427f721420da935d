// Mail payment batches and the supervisor's review: balancing against the control figures, exceptions for declined
// checks, posting in one transaction, and the Open/Balanced/Approved/Rejected path to an approved day.
#include "core/scan_line.h"
#include "station/rebuild.h"
#include "station/simulation.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

using namespace tillbook;

namespace {

struct BackOffice : test::DemoStation {
    BackOffice() : DemoStation({.routingDirectory = true}) {}
    station::RemittanceInput remittance(const std::string& account, std::int64_t cents, int serial,
                                        const std::string& routing = "021000021")
    {
        station::RemittanceInput in;
        in.account = account;
        in.amount = Money::fromCents(cents);
        in.micr = "T" + routing + "T 44455566U " + std::to_string(serial);
        in.checkDate = "2026-10-28";
        in.micrSource = "reader";
        return in;
    }
};

} // namespace

TEST_CASE("batch: keyed against the control figures - declines to exceptions - closed only in balance - posted")
{
    BackOffice o;
    station::MailBatchRequest r{"ana", 4, Money::fromCents(2350 + 8585 + 5000 + 1200), "Mail 2026-10-31"};
    auto batch = o.st->batches().openBatch(r);
    CHECK(batch.id == "TEST-01-M000001");
    CHECK(batch.status == "open");
    CHECK(batch.day == "2026-11-01");
    Money due100101 = o.owed("100101");
    REQUIRE(due100101 == Money::fromCents(2350));

    // The stub's scan line names the account; a wrong check digit is refused and records nothing.
    auto size = o.st->store().size();
    auto bad = o.remittance("", 2350, 1501);
    bad.scanLine = "0000100101 0000002350 9";
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ana", batch.id, bad), Catch::Contains("check digit"));
    bad = o.remittance("100102", 2350, 1501);
    bad.scanLine = makeStubScanLine("100101", Money::fromCents(2350));
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ana", batch.id, bad), Catch::Contains("not the stub's account 100101"));
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ana", batch.id, o.remittance("999999", 100, 1502)),
                      Catch::Contains("no account"));
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ben", batch.id, o.remittance("100101", 100, 1502)),
                      Catch::Contains("keyed by ana"));
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ana", batch.id, o.remittance("100101", 0, 1502)),
                      Catch::Contains("more than $0.00"));
    CHECK(o.st->store().size() == size);

    auto first = o.remittance("", 2350, 1501);
    first.scanLine = makeStubScanLine("100101", Money::fromCents(2350));
    auto item1 = o.st->batches().keyRemittance("ana", batch.id, first);
    CHECK(item1.n == 1);
    CHECK(item1.account == "100101");
    CHECK(item1.status == "accepted");
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ana", batch.id, o.remittance("100108", 2350, 1501)),
                      Catch::Contains("already item 1"));
    CHECK(o.st->batches().keyRemittance("ana", batch.id, o.remittance("100108", 8585, 1502)).status == "accepted");
    // A misread routing number: declined, so it goes to the exceptions (mailed back), not back across a counter.
    auto declined = o.st->batches().keyRemittance("ana", batch.id, o.remittance("100115", 5000, 1503, "021000022"));
    CHECK(declined.status == "exception");
    CHECK_THAT(declined.reason, Catch::Contains("check digit"));
    // Mis-keyed: the running difference shows it; the clerk removes it and keys it again.
    auto wrong = o.st->batches().keyRemittance("ana", batch.id, o.remittance("100122", 12000, 1504));
    auto b = *o.st->batches().batch(batch.id);
    CHECK(b.keyedCount == 4);
    CHECK(b.keyedTotal - b.controlTotal == Money::fromCents(10800));
    CHECK_FALSE(b.balanced());
    size = o.st->store().size();
    CHECK_THROWS_WITH(o.st->batches().closeBatch("ana", batch.id), Catch::Contains("out of balance"));
    CHECK(o.st->store().size() == size);
    o.st->batches().removeRemittance("ana", batch.id, wrong.n, "amount keyed 120.00, the check says 12.00");
    CHECK_THROWS_WITH(o.st->batches().removeRemittance("ana", batch.id, wrong.n, "again"), Catch::Contains("no item 4"));
    auto item5 = o.st->batches().keyRemittance("ana", batch.id, o.remittance("100122", 1200, 1504));
    CHECK(item5.n == 5);
    b = *o.st->batches().batch(batch.id);
    CHECK(b.balanced());
    // Each item names its payer (the account holder), so the clerk sees whose check it is.
    REQUIRE_FALSE(o.st->accounts().account("100101")->summary.name.empty());
    CHECK(b.items[0].payer == o.st->accounts().account("100101")->summary.name);
    CHECK(b.items[4].payer == o.st->accounts().account("100122")->summary.name);
    CHECK(b.exceptionCount == 1);
    CHECK(b.exceptionTotal == Money::fromCents(5000));
    CHECK(b.depositTotal == Money::fromCents(2350 + 8585 + 1200));

    Money due100108 = o.owed("100108");
    auto closed = o.st->batches().closeBatch("ana", batch.id);
    CHECK(closed.status == "closed");
    CHECK_THROWS_WITH(o.st->batches().keyRemittance("ana", batch.id, o.remittance("100101", 100, 1600)), Catch::Contains("closed"));
    std::vector<std::string> receipts;
    for (const auto& item : closed.items) {
        if (item.status == "accepted") {
            REQUIRE_FALSE(item.receipt.empty());
            receipts.push_back(item.receipt);
            auto info = o.st->payments().receipt(item.receipt);
            REQUIRE(info);
            CHECK(info->total == item.amount);
        } else {
            CHECK(item.receipt.empty());
        }
    }
    CHECK(receipts.size() == 3);
    CHECK(o.owed("100101").isZero());
    CHECK(o.owed("100108") == due100108 - Money::fromCents(8585));
    // Posting: the three payments and batch.closed are the last four records, written together.
    auto last = o.st->store().size();
    CHECK(o.st->store().at(last)->kind == "batch.closed");
    for (std::uint64_t seq = last - 3; seq < last; ++seq) {
        auto payment = o.st->store().at(seq);
        CHECK(payment->kind == "payment.taken");
        CHECK_FALSE(station::opensDrawer(*payment)); // posted in the back office: no drawer pops open
    }
    // A mail payment is no drawer's: voiding it is refused with the reason.
    CHECK_THROWS_WITH(o.st->payments().voidPayment("ana", receipts.front(), ""), Catch::Contains("mail batch"));
    auto slip = o.st->batches().batchDepositSlipDocument(batch.id);
    CHECK(slip.items.size() == 3);
    CHECK(slip.total == closed.depositTotal);
    auto proof = o.st->batches().batchDocument(batch.id);
    REQUIRE(proof.sections.size() == 4); // batch, remittances, exceptions, removed while keying
    REQUIRE(proof.sections[2].rows.size() == 1);
    CHECK_THAT(proof.sections[2].rows[0].first, Catch::Contains("100115"));
    REQUIRE(proof.sections[3].rows.size() == 1);
    CHECK_THAT(proof.sections[3].rows[0].first, Catch::Contains("amount keyed 120.00"));
    CHECK(slip.source == "Mail batch");
    CHECK(o.st->maintenance().accountHistory("100101", "payment.").size() == 1);
    auto rebuilt = station::rebuildAndCompare(o.st->paths());
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}

TEST_CASE("batch: a payment that fails at close rolls the whole close back")
{
    BackOffice o;
    auto batch = o.st->batches().openBatch({"ana", 2, Money::fromCents(3000), ""});
    o.st->batches().keyRemittance("ana", batch.id, o.remittance("100101", 1000, 1701));
    o.st->batches().keyRemittance("ana", batch.id, o.remittance("100108", 2000, 1702));
    // The second check is also presented at the window and taken there before the batch closes.
    CashCount float_; // $200.00, the demo's float
    float_.pieces[static_cast<std::size_t>(Denomination::Bill20)] = 10;
    REQUIRE(o.st->settings().setting("drawer.float") == 20000);
    o.st->drawers().openDrawer("ben", float_);
    station::CheckInput check;
    check.micr = "T021000021T 44455566U 1702";
    check.amount = Money::fromCents(2000);
    check.date = "2026-10-28";
    check.customerAccount = "100108";
    auto v = o.st->checks().verifyCheck("ben", check);
    REQUIRE(v.decision.kind == CheckDecisionKind::Accept);
    station::PaymentRequest pay;
    pay.operatorId = "ben";
    pay.requestId = "window-1";
    pay.accountAmounts.emplace_back("100108", Money::fromCents(2000));
    pay.tenders.push_back({TenderKind::Check, Money::fromCents(2000), v.id});
    auto windowPayment = o.st->payments().takePayment(pay);
    CHECK(station::opensDrawer(*o.st->store().at(windowPayment.seq))); // taken at the window: the drawer opens

    auto size = o.st->store().size();
    Money open = o.owed("100101");
    CHECK_THROWS_WITH(o.st->batches().closeBatch("ana", batch.id),
                      Catch::StartsWith("Batch not closed: item 2 (account 100108)") && Catch::Contains("already taken"));
    CHECK(o.st->store().size() == size);
    CHECK(o.st->batches().batch(batch.id)->status == "open");
    CHECK(o.owed("100101") == open); // item 1 was not posted either
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
}

TEST_CASE("review: drawers and batches go balanced - rejected with a reason - answered - approved - the day sealed")
{
    BackOffice o;
    std::string day = o.st->today();
    auto batch = o.st->batches().openBatch({"ana", 1, Money::fromCents(1000), ""});
    REQUIRE(batch.day == day);
    station::SimulationOptions sim;
    sim.days = 1;
    sim.seed = 4;
    sim.backOffice = false; // the review is driven here, step by step
    sim.deposits = false; // the batch is still open
    station::simulate(*o.st, o.clock, sim); // two cashiers' drawers, opened and closed on `day`

    auto review = o.st->review().dayReview(day);
    REQUIRE(review.entries.size() == 3);
    CHECK(review.entries[0].subject == "drawer");
    CHECK(review.entries[0].state == "balanced");
    CHECK(review.entries[1].subject == "drawer");
    CHECK(review.entries[2].subject == "batch");
    CHECK(review.entries[2].state == "open");
    const auto drawer = review.entries[0];

    auto size = o.st->store().size();
    CHECK_THROWS_WITH(o.st->review().approveWork("sam", "batch", batch.id), Catch::Contains("still open"));
    CHECK_THROWS_WITH(o.st->review().approveWork("ben", "drawer", drawer.id), Catch::Contains("supervisor role"));
    CHECK_THROWS_WITH(o.st->review().approveWork("sam", "till", drawer.id), Catch::Contains("drawer or a batch"));
    CHECK_THROWS_WITH(o.st->review().rejectWork("sam", "drawer", drawer.id, ""), Catch::Contains("reason"));
    CHECK_THROWS_WITH(o.st->review().approveDay("sam", day), Catch::Contains("is balanced"));
    CHECK(o.st->store().size() == size);
    // The review says why the day cannot be approved yet, as approveDay would refuse it: the screen shows it.
    CHECK_THAT(englishOf(review.approvalBlocked), Catch::Contains("drawer " + drawer.id + " is balanced"));

    o.st->review().rejectWork("sam", "drawer", drawer.id, "the drop bag total does not match; recount");
    auto back = o.st->review().rejectedFor(drawer.operatorId);
    REQUIRE(back.size() == 1);
    CHECK(back[0].id == drawer.id);
    CHECK(back[0].reason == "the drop bag total does not match; recount");
    CHECK_THROWS_WITH(o.st->review().approveWork("sam", "drawer", drawer.id), Catch::Contains("waits for"));
    std::string other = drawer.operatorId == "ana" ? "ben" : "ana";
    CHECK_THROWS_WITH(o.st->review().resubmitWork(other, "drawer", drawer.id, "fine"), Catch::Contains("who answers it"));
    o.st->review().resubmitWork(drawer.operatorId, "drawer", drawer.id, "recounted with Sam: the bag holds $400.00");
    CHECK(o.st->review().rejectedFor(drawer.operatorId).empty());
    o.st->review().approveWork("sam", "drawer", drawer.id);
    o.st->review().approveWork("sam", "drawer", o.st->review().dayReview(day).entries[1].id);
    CHECK_THROWS_WITH(o.st->review().approveWork("sam", "drawer", drawer.id), Catch::Contains("already approved"));

    o.st->batches().keyRemittance("ana", batch.id, o.remittance("100101", 1000, 1801));
    o.st->batches().closeBatch("ana", batch.id);
    CHECK_THROWS_WITH(o.st->review().approveDay("sam", day), Catch::Contains("mail batch " + batch.id + " is balanced"));
    CHECK_THAT(englishOf(o.st->review().dayReview(day).approvalBlocked),
               Catch::Contains("mail batch " + batch.id + " is balanced"));
    o.st->review().approveWork("sam", "batch", batch.id);
    CHECK_FALSE(o.st->review().dayReview(day).approvalBlocked.has_value()); // everything approved: the day may be
    auto approved = o.st->review().approveDay("sam", day);
    CHECK(approved.approvedSeq > 0);
    // The approval is followed by a signed checkpoint that covers it.
    CHECK_THAT(approved.checkpointNote, Catch::Contains("\n" + std::to_string(approved.approvedSeq) + "\n"));
    CHECK(o.st->store().at(approved.approvedSeq + 1)->kind == "ledger.checkpoint");
    CHECK_THROWS_WITH(o.st->review().approveDay("sam", day), Catch::Contains("approved already"));
    CHECK_THAT(englishOf(o.st->review().dayReview(day).approvalBlocked), Catch::Contains("approved already"));
    CHECK_THROWS_WITH(o.st->review().approveDay("sam", "2026-10-30"), Catch::Contains("nothing to approve"));
    CHECK_THAT(englishOf(o.st->review().dayReview("2026-10-30").approvalBlocked), Catch::Contains("nothing to approve"));

    // Work opened on a day after its approval: the day waits again until that work is approved too. (The simulation
    // left the clock on the next day; its morning mail is approved first.) Sam keyed these batches himself, so
    // another supervisor must approve them.
    const std::string next = o.st->today();
    o.st->operators().addOperator("system", "val", "Val Ortiz", station::Role::Supervisor, "8642");
    auto morning = o.st->batches().openBatch({"sam", 1, Money::fromCents(600), "morning mail"});
    o.st->batches().keyRemittance("sam", morning.id, o.remittance("100129", 600, 1802));
    o.st->batches().closeBatch("sam", morning.id);
    CHECK_THROWS_WITH(o.st->review().approveWork("sam", "batch", morning.id), Catch::Contains("nobody approves their own work"));
    o.st->review().approveWork("val", "batch", morning.id);
    auto first = o.st->review().approveDay("val", next);
    REQUIRE(first.approvedSeq > 0);
    auto late = o.st->batches().openBatch({"sam", 1, Money::fromCents(700), "late mail"});
    REQUIRE(late.day == next);
    o.st->batches().keyRemittance("sam", late.id, o.remittance("100129", 700, 1803));
    o.st->batches().closeBatch("sam", late.id);
    auto waiting = o.st->review().dayReview(next);
    CHECK(waiting.approvedSeq == 0);
    CHECK(waiting.entries.size() == 2);
    o.st->review().approveWork("val", "batch", late.id);
    auto again = o.st->review().approveDay("val", next);
    CHECK(again.approvedSeq > first.approvedSeq);
    CHECK(again.entries.size() == 2);
    CHECK(o.st->review().dayReview(day).approvedSeq == approved.approvedSeq); // the first day is untouched
    auto rebuilt = station::rebuildAndCompare(o.st->paths());
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}

namespace {

// The refusal `act` throws, as the app receives it: its code and arguments, not only the English sentence.
template <typename Act>
std::optional<Message> refusalOf(Act act)
{
    try {
        act();
    } catch (const station::CommandRefused& e) {
        return e.message();
    }
    return std::nullopt;
}

const Message& nestedArg(const Message& m, std::string_view name)
{
    const MessageArg* a = m.arg(name);
    REQUIRE(a);
    REQUIRE(a->type == MessageArg::Type::Nested);
    return *a->nested;
}

} // namespace

TEST_CASE("batch: an exception's reasons are kept as message codes - an item keyed before them shows its English")
{
    BackOffice o;
    auto batch = o.st->batches().openBatch({"ana", 2, Money::fromCents(10000), ""});
    auto declined = o.st->batches().keyRemittance("ana", batch.id, o.remittance("100115", 5000, 1503, "021000022"));
    REQUIRE(declined.status == "exception");
    REQUIRE_FALSE(declined.reasons.empty());
    std::string english;
    for (const auto& reason : declined.reasons)
        english += (english.empty() ? "" : " ") + reason.english();
    CHECK(declined.reason == english); // the English the ledger kept before, unchanged
    CHECK_THAT(english, Catch::Contains("check digit"));
    // The record keeps the codes beside the English, and the batch reads them back.
    auto record = o.st->store().at(o.st->store().size());
    REQUIRE(record->kind == "batch.item_keyed");
    auto body = nlohmann::json::parse(record->body);
    REQUIRE(body.contains("reason_messages"));
    CHECK(body["reason_messages"].size() == declined.reasons.size());
    auto item = o.st->batches().batch(batch.id)->items.at(0);
    REQUIRE(item.reasons.size() == declined.reasons.size());
    CHECK(item.reasons[0].code() == declined.reasons[0].code());
    CHECK_FALSE(station::rebuildAndCompare(o.st->paths()).difference);
    {
        // An item as a build from before kept it: its English reason only.
        ledger::Db db(o.st->paths().database.string(), ledger::Db::Mode::ReadWrite);
        db.exec("UPDATE batch_items SET reason_messages = ''");
    }
    item = o.st->batches().batch(batch.id)->items.at(0);
    CHECK(item.reasons.empty());
    CHECK(item.reason == english);
    // A removal's reason is the clerk's own words: no codes.
    o.st->batches().removeRemittance("ana", batch.id, 1, "keyed twice");
    item = o.st->batches().batch(batch.id)->items.at(0);
    CHECK(item.reasons.empty());
    CHECK(item.reason == "keyed twice");
}

TEST_CASE("batch and review refusals: a message code with typed arguments - the English sentence unchanged")
{
    BackOffice o;
    auto batch = o.st->batches().openBatch({"ana", 2, Money::fromCents(3000), ""});
    o.st->batches().keyRemittance("ana", batch.id, o.remittance("100101", 1000, 1901));

    auto outOfBalance = refusalOf([&] { o.st->batches().closeBatch("ana", batch.id); });
    REQUIRE(outOfBalance);
    CHECK(outOfBalance->code() == "batch.out_of_balance");
    REQUIRE(outOfBalance->arg("keyed_total"));
    CHECK(outOfBalance->arg("keyed_total")->type == MessageArg::Type::Money);
    CHECK(outOfBalance->arg("keyed_total")->value == 1000);
    REQUIRE(outOfBalance->arg("control_count"));
    CHECK(outOfBalance->arg("control_count")->type == MessageArg::Type::Number);
    CHECK(outOfBalance->arg("control_count")->value == 2);
    CHECK(outOfBalance->english()
          == "Batch not closed: it is out of balance. Keyed 1 remittances for $10.00; the control figures are 2 for $30.00.");

    // A remittance's refusal wraps its reason: the app translates both.
    auto notKeyed = refusalOf([&] { o.st->batches().keyRemittance("ana", batch.id, o.remittance("999999", 100, 1902)); });
    REQUIRE(notKeyed);
    CHECK(notKeyed->code() == "remittance.not_recorded");
    CHECK(nestedArg(*notKeyed, "reason").code() == "payment.account_unknown");
    CHECK(notKeyed->english() == "Remittance not recorded: there is no account \"999999\".");

    // The field a clerk left empty is a message too ("the reason"), not English text inside the sentence.
    auto empty = refusalOf([&] { o.st->batches().removeRemittance("ana", batch.id, 1, " "); });
    REQUIRE(empty);
    CHECK(empty->code() == "text.empty");
    CHECK(nestedArg(*empty, "field").code() == "field.reason");
    CHECK(empty->english() == "the reason cannot be empty");

    // The review names the work ("mail batch ...") with a message of its own.
    auto stillOpen = refusalOf([&] { o.st->review().approveWork("sam", "batch", batch.id); });
    REQUIRE(stillOpen);
    CHECK(stillOpen->code() == "review.still_open");
    const Message& work = nestedArg(*stillOpen, "work");
    CHECK(work.code() == "review.work.batch");
    REQUIRE(work.arg("id"));
    CHECK(work.arg("id")->text == batch.id);
    CHECK(stillOpen->english() == "mail batch " + batch.id + " is still open; it is reviewed once it is closed");
}

TEST_CASE("requireOneLine: a field is named by its message - the refusal nests it")
{
    auto refusal = refusalOf([] { station::requireOneLine("two\nlines", Msg::FieldOperatorName, 80, true); });
    REQUIRE(refusal);
    CHECK(refusal->code() == "text.not_one_line");
    CHECK(nestedArg(*refusal, "field").code() == "field.operator_name");
    CHECK(refusal->english() == "an operator's name must be one line of text");
    CHECK(station::requireOneLine("  fine  ", Msg::FieldReason, 10, false) == "fine");
}
