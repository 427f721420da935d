// Station: the supervisor's review of the day's drawers and mail batches, and the day's approval.
#include "core/calendar.h"
#include "core/text.h"
#include "station/office_feed.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

void requireSubject(std::string_view subject)
{
    if (subject != "drawer" && subject != "batch")
        throw CommandRefused(Msg::ReviewSubject, {{"subject", quoteForMessage(subject)}});
}

// Why a day cannot be approved as it stands: the first rule it fails, or none.
std::optional<Message> approvalBlocker(const DayReview& review)
{
    if (review.approvedSeq != 0)
        return Message(Msg::DayApprovedAlready,
                       {{"day", review.day}, MessageArg::number("seq", static_cast<std::int64_t>(review.approvedSeq))});
    if (review.entries.empty())
        return Message(Msg::DayEmpty, {{"day", review.day}});
    for (const auto& e : review.entries)
        if (e.state != "approved")
            return Message(Msg::DayWorkPending, {{"work", reviewWorkMessage(e.subject, e.id)}, {"state", reviewStateMessage(e.state)}});
    return std::nullopt;
}

} // namespace

// "drawer 3-0001", "mail batch 3-M0002": the work a refusal is about, in the reader's language.
Message reviewWorkMessage(std::string_view subject, std::string_view id)
{
    return Message(subject == "drawer" ? Msg::ReviewWorkDrawer : Msg::ReviewWorkBatch, {{"id", id}});
}

Message reviewStateMessage(std::string_view state)
{
    if (state == "open")
        return Message(Msg::ReviewStateOpen);
    if (state == "balanced")
        return Message(Msg::ReviewStateBalanced);
    if (state == "approved")
        return Message(Msg::ReviewStateApproved);
    if (state == "rejected")
        return Message(Msg::ReviewStateRejected);
    throw std::logic_error("a work review has no state \"" + std::string(state) + "\"");
}

std::string ReviewService::workId(std::string_view subject, std::string_view typedId) const
{
    // A drawer as the screen shows it ("D000003") names this station's full id, which is what the record keeps.
    if (subject == "drawer")
        if (auto d = m_station.drawers().drawer(typedId))
            return d->id;
    return std::string(typedId);
}

std::string ReviewService::workDay(std::string_view subject, std::string_view id, std::string& operatorId, std::string& state) const
{
    requireSubject(subject);
    std::string day;
    bool open = false;
    if (subject == "drawer") {
        auto d = m_station.drawers().drawer(id);
        if (!d)
            throw CommandRefused(Msg::DrawerUnknown, {{"drawer", quoteForMessage(id)}});
        operatorId = d->operatorId;
        day = m_ctx.businessDay(d->openedMs);
        open = d->status == "open";
    } else {
        auto st = m_ctx.db().prepare("SELECT operator, day, status FROM mail_batches WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            throw CommandRefused(Msg::BatchUnknown, {{"batch", quoteForMessage(id)}});
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
        throw CommandRefused(Msg::DayFormat, {{"day", quoteForMessage(day)}});
    DayReview review;
    review.day = std::string(day);
    const DayBounds bounds = m_ctx.calendar().bounds(*date);
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
    drawers.bind(1, bounds.startMs).bind(2, bounds.endMs);
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
    if (auto office = officeDaySummary(m_ctx.db(), day))
        review.officeDay = *office;
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
    review.approvalBlocked = approvalBlocker(review);
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

Record ReviewService::approveWork(std::string_view supervisorId, std::string_view subject, std::string_view typedId)
{
    const std::string id = workId(subject, typedId);
    std::string operatorId, state;
    std::string day = workDay(subject, id, operatorId, state);
    Message work = reviewWorkMessage(subject, id);
    if (state == "open")
        throw CommandRefused(Msg::ReviewStillOpen, {{"work", work}});
    if (state == "approved")
        throw CommandRefused(Msg::ReviewAlreadyApproved, {{"work", work}});
    if (state == "rejected")
        throw CommandRefused(Msg::ReviewAwaitsAnswer, {{"work", work}, {"operator", operatorId}});
    if (operatorId == supervisorId)
        throw CommandRefused(Msg::ReviewOwnApproval, {{"work", work}});
    return m_ctx.commit("review.approved", supervisorId, {{"subject", std::string(subject)}, {"id", std::string(id)},
                                                           {"operator", operatorId}, {"day", day}});
}

Record ReviewService::rejectWork(std::string_view supervisorId, std::string_view subject, std::string_view typedId,
                           std::string_view reason)
{
    const std::string id = workId(subject, typedId);
    std::string operatorId, state;
    std::string day = workDay(subject, id, operatorId, state);
    Message work = reviewWorkMessage(subject, id);
    if (state != "balanced")
        throw CommandRefused(Msg::ReviewNotWaiting, {{"work", work}, {"state", reviewStateMessage(state)}});
    if (operatorId == supervisorId)
        throw CommandRefused(Msg::ReviewOwnReview, {{"work", work}});
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, false);
    return m_ctx.commit("review.rejected", supervisorId, {{"subject", std::string(subject)}, {"id", std::string(id)},
                                                           {"operator", operatorId}, {"day", day}, {"reason", why}});
}

Record ReviewService::resubmitWork(std::string_view operatorId, std::string_view subject, std::string_view typedId,
                             std::string_view answer)
{
    const std::string id = workId(subject, typedId);
    std::string owner, state;
    std::string day = workDay(subject, id, owner, state);
    Message work = reviewWorkMessage(subject, id);
    if (state != "rejected")
        throw CommandRefused(Msg::ReviewNotRejected, {{"work", work}});
    if (owner != operatorId)
        throw CommandRefused(Msg::ReviewOtherOwner, {{"work", work}, {"operator", owner}});
    std::string text = requireOneLine(answer, Msg::FieldAnswer, 200, false);
    return m_ctx.commit("review.resubmitted", operatorId, {{"subject", std::string(subject)}, {"id", std::string(id)},
                                                            {"day", day}, {"answer", text}});
}

DayReview ReviewService::approveDay(std::string_view supervisorId, std::string_view day)
{
    DayReview review = dayReview(day);
    if (review.approvalBlocked)
        throw CommandRefused(*review.approvalBlocked);
    json drawers = json::array(), batchesJson = json::array();
    Money total;
    for (const auto& e : review.entries) {
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
