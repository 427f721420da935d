// Station: the supervisor's review of the day's drawers and mail batches, and the day's approval.
#include "core/calendar.h"
#include "core/text.h"
#include "station/projector.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

std::string subjectName(std::string_view subject)
{
    if (subject == "drawer")
        return "drawer";
    if (subject == "batch")
        return "mail batch";
    throw CommandRefused("a review is of a drawer or a batch, not " + quoteForMessage(subject));
}

} // namespace

std::string ReviewService::workDay(std::string_view subject, std::string_view id, std::string& operatorId, std::string& state) const
{
    std::string name = subjectName(subject);
    std::string day;
    bool open = false;
    if (subject == "drawer") {
        auto st = m_ctx.db().prepare("SELECT operator, opened_ms, status FROM drawers WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            throw CommandRefused("there is no drawer " + quoteForMessage(id));
        operatorId = st.columnText(0);
        day = utcDay(st.columnInt(1));
        open = st.columnText(2) == "open";
    } else {
        auto st = m_ctx.db().prepare("SELECT operator, day, status FROM mail_batches WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            throw CommandRefused("there is no mail batch " + quoteForMessage(id));
        operatorId = st.columnText(0);
        day = st.columnText(1);
        open = st.columnText(2) == "open";
    }
    state = "open";
    if (!open) {
        auto st = m_ctx.db().prepare("SELECT state FROM work_reviews WHERE subject = ? AND id = ?");
        st.bind(1, subject).bind(2, id);
        state = st.step() ? st.columnText(0) : std::string("balanced");
    }
    return day;
}

DayReview ReviewService::dayReview(std::string_view day) const
{
    auto date = parseDate(day);
    if (!date)
        throw CommandRefused("a day is written YYYY-MM-DD, not " + quoteForMessage(day));
    DayReview review;
    review.day = std::string(day);
    std::int64_t from = daysFromCivil(*date) * kDayMs;
    auto reviewOf = [&](ReviewEntry& e) {
        auto st = m_ctx.db().prepare("SELECT state, reason, reviewer FROM work_reviews WHERE subject = ? AND id = ?");
        st.bind(1, e.subject).bind(2, e.id);
        if (st.step()) {
            e.state = st.columnText(0);
            e.reason = st.columnText(1);
            e.reviewer = st.columnText(2);
        }
    };
    auto drawers = m_ctx.db().prepare(
        "SELECT d.id, d.operator, d.status, "
        "(SELECT COALESCE(SUM(r.total_cents - r.refunded_cents), 0) FROM receipts r WHERE r.drawer = d.id "
        " AND r.status <> 'voided'), "
        "(SELECT COALESCE(json_extract(c.body, '$.over_short'), 0) FROM drawer_counts c WHERE c.drawer = d.id "
        " ORDER BY c.seq DESC LIMIT 1) "
        "FROM drawers d WHERE d.opened_ms >= ? AND d.opened_ms < ? ORDER BY d.opened_seq");
    drawers.bind(1, from).bind(2, from + kDayMs);
    while (drawers.step()) {
        ReviewEntry e;
        e.subject = "drawer";
        e.id = drawers.columnText(0);
        e.operatorId = drawers.columnText(1);
        e.day = review.day;
        e.state = drawers.columnText(2) == "open" ? "open" : "balanced";
        e.total = Money::fromCents(drawers.columnInt(3));
        e.overShort = Money::fromCents(drawers.columnInt(4));
        if (e.state != "open")
            reviewOf(e);
        review.entries.push_back(std::move(e));
    }
    auto batchRows = m_ctx.db().prepare("SELECT id FROM mail_batches WHERE day = ? ORDER BY opened_seq");
    batchRows.bind(1, day);
    while (batchRows.step()) {
        auto b = m_station.batches().batch(batchRows.columnText(0));
        ReviewEntry e;
        e.subject = "batch";
        e.id = b->id;
        e.operatorId = b->operatorId;
        e.day = review.day;
        e.state = b->status == "open" ? "open" : "balanced";
        e.total = b->depositTotal;
        e.exceptions = b->exceptionCount;
        if (e.state != "open")
            reviewOf(e);
        review.entries.push_back(std::move(e));
    }
    auto approved = m_ctx.db().prepare("SELECT seq, entries FROM approved_days WHERE day = ?");
    approved.bind(1, day);
    // Work opened on the day after its approval makes the day wait for another approval that covers it.
    if (approved.step() && approved.columnInt(1) == static_cast<std::int64_t>(review.entries.size())) {
        review.approvedSeq = static_cast<std::uint64_t>(approved.columnInt(0));
        auto cp = m_ctx.db().prepare("SELECT body FROM ledger_records WHERE seq > ? AND kind = 'ledger.checkpoint' "
                                "ORDER BY seq LIMIT 1");
        cp.bind(1, static_cast<std::int64_t>(review.approvedSeq));
        if (cp.step())
            review.checkpointNote = json::parse(cp.columnTextView(0))["note"].get<std::string>();
    }
    return review;
}

std::vector<ReviewEntry> ReviewService::rejectedFor(std::string_view operatorId) const
{
    std::vector<ReviewEntry> out;
    auto st = m_ctx.db().prepare("SELECT subject, id, reason, reviewer FROM work_reviews WHERE state = 'rejected' "
                            "ORDER BY seq");
    while (st.step()) {
        ReviewEntry e;
        e.subject = st.columnText(0);
        e.id = st.columnText(1);
        e.day = workDay(e.subject, e.id, e.operatorId, e.state);
        if (e.operatorId != operatorId)
            continue;
        e.reason = st.columnText(2);
        e.reviewer = st.columnText(3);
        out.push_back(std::move(e));
    }
    return out;
}

Record ReviewService::approveWork(std::string_view supervisorId, std::string_view subject, std::string_view id)
{
    std::string operatorId, state;
    std::string day = workDay(subject, id, operatorId, state);
    std::string what = subjectName(subject) + " " + std::string(id);
    if (state == "open")
        throw CommandRefused(what + " is still open; it is reviewed once it is closed");
    if (state == "approved")
        throw CommandRefused(what + " is already approved");
    if (state == "rejected")
        throw CommandRefused(what + " was rejected and waits for " + operatorId + "'s answer");
    if (operatorId == supervisorId)
        throw CommandRefused("another supervisor approves " + what + "; nobody approves their own work");
    return m_ctx.commit("review.approved", supervisorId, {{"subject", std::string(subject)}, {"id", std::string(id)},
                                                           {"operator", operatorId}, {"day", day}});
}

Record ReviewService::rejectWork(std::string_view supervisorId, std::string_view subject, std::string_view id,
                           std::string_view reason)
{
    std::string operatorId, state;
    std::string day = workDay(subject, id, operatorId, state);
    std::string what = subjectName(subject) + " " + std::string(id);
    if (state != "balanced")
        throw CommandRefused(what + " is " + state + "; only work waiting for review is rejected");
    if (operatorId == supervisorId)
        throw CommandRefused("another supervisor reviews " + what + "; nobody reviews their own work");
    std::string why = requireOneLine(reason, "the reason", 200, false);
    return m_ctx.commit("review.rejected", supervisorId, {{"subject", std::string(subject)}, {"id", std::string(id)},
                                                           {"operator", operatorId}, {"day", day}, {"reason", why}});
}

Record ReviewService::resubmitWork(std::string_view operatorId, std::string_view subject, std::string_view id,
                             std::string_view answer)
{
    std::string owner, state;
    std::string day = workDay(subject, id, owner, state);
    std::string what = subjectName(subject) + " " + std::string(id);
    if (state != "rejected")
        throw CommandRefused(what + " was not rejected; there is nothing to answer");
    if (owner != operatorId)
        throw CommandRefused(what + " came back to " + owner + ", who answers it");
    std::string text = requireOneLine(answer, "the answer", 200, false);
    return m_ctx.commit("review.resubmitted", operatorId, {{"subject", std::string(subject)}, {"id", std::string(id)},
                                                            {"day", day}, {"answer", text}});
}

DayReview ReviewService::approveDay(std::string_view supervisorId, std::string_view day)
{
    DayReview review = dayReview(day);
    if (review.approvedSeq != 0)
        throw CommandRefused(review.day + " was approved already (ledger record " + std::to_string(review.approvedSeq)
                             + ") and nothing was opened on it since");
    if (review.entries.empty())
        throw CommandRefused("no drawer or mail batch was opened on " + review.day + "; there is nothing to approve");
    json drawers = json::array(), batchesJson = json::array();
    Money total;
    for (const auto& e : review.entries) {
        if (e.state != "approved")
            throw CommandRefused("the day is approved once all of its work is: " + subjectName(e.subject) + " " + e.id
                                 + " is " + e.state);
        (e.subject == "drawer" ? drawers : batchesJson).push_back({{"id", e.id}, {"total", e.total.cents()}});
        total += e.total;
    }
    std::int64_t postings = 0;
    {
        auto st = m_ctx.db().prepare("SELECT COALESCE(SUM(amount_cents), 0) FROM postings WHERE day = ?");
        st.bind(1, day);
        st.step();
        postings = st.columnInt(0);
    }
    Record approved = m_ctx.commit("day.approved", supervisorId, {{"day", review.day}, {"drawers", drawers}, {"batches", batchesJson},
                                     {"total", total.cents()}, {"postings_total", postings}});
    // The approval is sealed by a signed checkpoint covering it, which an auditor checks against the ledger.
    try {
        m_station.ledger().checkpoint(supervisorId);
    } catch (const CheckpointMirrorFailed& e) {
        throw CheckpointAfterCloseFailed(review.day + " is approved (seq " + std::to_string(approved.seq) + "); "
                                         + e.what());
    } catch (const std::exception& e) {
        throw CheckpointAfterCloseFailed(review.day + " is approved (seq " + std::to_string(approved.seq)
                                         + "), but the signed checkpoint after it failed: " + e.what()
                                         + "; run tillctl checkpoint");
    }
    return dayReview(day);
}

} // namespace tillbook::station
