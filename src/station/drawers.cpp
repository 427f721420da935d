// Station: cash drawer sessions. Opening with a counted float, drops, pickups, paid-outs, no-sales, the blind
// count, the close (with a checkpoint after it) and the X/Z report data.
#include "core/ids.h"
#include "core/text.h"

#include <algorithm>
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

constexpr const char* kDrawerColumns
    = "id, operator, status, opened_ms, COALESCE(closed_ms, 0), float_cents, cash_received_cents, change_cents, "
      "paid_out_cents, drops_cents, pickups_cents, checks_cents, check_count, money_orders_cents, money_order_count, "
      "payments, voids, refunds, no_sales, drop_count, cards_cents, card_count";

} // namespace

json countJson(const CashCount& count)
{
    json out = json::object();
    for (const auto& [key, value] : countEntries(count))
        out[key] = value;
    return out;
}

std::optional<CashCount> countFromJson(const json& body)
{
    std::vector<std::pair<std::string, std::int64_t>> entries;
    for (auto it = body.begin(); it != body.end(); ++it)
        entries.emplace_back(it.key(), it.value().get<std::int64_t>());
    return countFromEntries(entries).count;
}

namespace {

void requireUsableCount(const CashCount& count)
{
    if (auto problem = checkCount(count))
        throw CommandRefused(*problem);
}

} // namespace

DrawerInfo DrawerService::drawerFromRow(const ledger::Statement& row) const
{
    DrawerInfo d;
    d.id = row.columnText(0);
    d.operatorId = row.columnText(1);
    d.status = row.columnText(2);
    d.openedMs = row.columnInt(3);
    d.closedMs = row.columnInt(4);
    d.totals.openingFloat = Money::fromCents(row.columnInt(5));
    d.totals.cashReceived = Money::fromCents(row.columnInt(6));
    d.totals.changeGiven = Money::fromCents(row.columnInt(7));
    d.totals.paidOuts = Money::fromCents(row.columnInt(8));
    d.totals.drops = Money::fromCents(row.columnInt(9));
    d.totals.pickups = Money::fromCents(row.columnInt(10));
    d.totals.checks = Money::fromCents(row.columnInt(11));
    d.totals.checkCount = row.columnInt(12);
    d.totals.moneyOrders = Money::fromCents(row.columnInt(13));
    d.totals.moneyOrderCount = row.columnInt(14);
    d.payments = row.columnInt(15);
    d.voids = row.columnInt(16);
    d.refunds = row.columnInt(17);
    d.noSales = row.columnInt(18);
    d.drops = row.columnInt(19);
    d.totals.cards = Money::fromCents(row.columnInt(20));
    d.totals.cardCount = row.columnInt(21);
    d.expectedCash = expectedCash(d.totals);
    d.level = cashLevel(d.expectedCash, m_ctx.settings().moneySetting("drawer.pickup_warn"),
                        m_ctx.settings().moneySetting("drawer.pickup_require"));
    return d;
}

std::optional<DrawerInfo> DrawerService::openDrawer()
{
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kDrawerColumns + " FROM drawers WHERE status = 'open'");
    if (!st.step())
        return std::nullopt;
    return drawerFromRow(st);
}

std::vector<DrawerInfo> DrawerService::list() const
{
    auto st = m_ctx.db().prepare(std::string("SELECT ") + kDrawerColumns + " FROM drawers ORDER BY opened_ms, id");
    std::vector<DrawerInfo> out;
    while (st.step())
        out.push_back(drawerFromRow(st));
    return out;
}

std::optional<DrawerInfo> DrawerService::drawer(std::string_view id) const
{
    auto find = [&](std::string_view key) -> std::optional<DrawerInfo> {
        auto st = m_ctx.db().prepare(std::string("SELECT ") + kDrawerColumns + " FROM drawers WHERE id = ?");
        st.bind(1, key);
        if (!st.step())
            return std::nullopt;
        return drawerFromRow(st);
    };
    if (auto found = find(id))
        return found;
    // As the screen shows it: "D000003" is this station's drawer 3.
    if (auto full = scopedIdFromShort(m_ctx.stationId(), "D", id))
        return find(*full);
    return std::nullopt;
}

DrawerInfo DrawerService::requireOpenDrawer(std::string_view operatorId, DrawerUse use)
{
    auto refuse = [use](Message problem) {
        switch (use) {
        case DrawerUse::Payment:
            throw CommandRefused(Msg::PaymentNotRecorded, {{"reason", problem}});
        case DrawerUse::Void:
            throw CommandRefused(Msg::VoidNeedsOwnDrawer, {{"reason", problem}});
        case DrawerUse::CashRefund:
            throw CommandRefused(Msg::CashRefundNeedsDrawer, {{"reason", problem}});
        case DrawerUse::Drawer:
            break;
        }
        throw CommandRefused(std::move(problem));
    };
    auto open = openDrawer();
    if (!open)
        refuse(Message(Msg::DrawerNoneOpenUseFloat));
    if (open->operatorId != operatorId) {
        auto owner = m_station.operators().findOperator(open->operatorId);
        refuse(Message(Msg::DrawerOthers, {{"name", owner ? owner->name : open->operatorId}}));
    }
    return *open;
}

ApprovalRequest DrawerService::floatDifferenceRequest(std::string_view operatorId, const CashCount& counted)
{
    requireUsableCount(counted);
    Money expected = m_ctx.settings().moneySetting("drawer.float");
    Money total = countTotal(counted);
    return ApprovalRequest{"float_difference", "opening float", total.cents(), std::string(operatorId),
                           Message(Msg::ApprovalFloatDifference, {{"counted", total}, {"expected", expected}})};
}

std::optional<ApprovalRequest> DrawerService::openDrawerApproval(std::string_view operatorId, const CashCount& counted)
{
    requireUsableCount(counted);
    if (auto open = openDrawer())
        throw CommandRefused(Msg::DrawerAlreadyOpen, {{"drawer", open->id}});
    // The float as counted is the float: a difference is approved, never added on top of the expected figure.
    if (countTotal(counted) == m_ctx.settings().moneySetting("drawer.float"))
        return std::nullopt;
    return floatDifferenceRequest(operatorId, counted);
}

Record DrawerService::openDrawer(std::string_view operatorId, const CashCount& counted, std::string_view approvalId)
{
    std::optional<ApprovalRequest> approval = openDrawerApproval(operatorId, counted);
    Money total = countTotal(counted);
    Money expected = m_ctx.settings().moneySetting("drawer.float");
    auto counter = m_ctx.db().prepare("SELECT COALESCE((SELECT value FROM counters WHERE series = 'drawer'), 0)");
    counter.step();
    std::int64_t number = counter.columnInt(0) + 1;
    std::string id = stationScopedId(m_ctx.stationId(), "D", static_cast<std::uint64_t>(number));
    json body = {{"drawer", id},
                 {"drawer_number", number},
                 {"float", total.cents()},
                 {"expected_float", expected.cents()},
                 {"count", countJson(counted)}};
    if (approval)
        return m_ctx.commit("drawer.opened", operatorId, body, CommitOptions::approval(&*approval, approvalId));
    return m_ctx.commit("drawer.opened", operatorId, body);
}

Record DrawerService::dropCash(std::string_view operatorId, const CashCount& counted)
{
    requireUsableCount(counted);
    DrawerInfo d = requireOpenDrawer(operatorId);
    Money amount = countTotal(counted);
    if (!amount.isPositive())
        throw CommandRefused(Msg::DropZero);
    if (amount > d.expectedCash)
        throw CommandRefused(Msg::DropTooMuch, {{"amount", amount}, {"expected", d.expectedCash}});
    return m_ctx.commit("drawer.dropped", operatorId, {{"drawer", d.id}, {"amount", amount.cents()}, {"count", countJson(counted)}});
}

Record DrawerService::pickupCash(std::string_view supervisorId, const CashCount& counted)
{
    requireUsableCount(counted);
    auto d = openDrawer();
    if (!d)
        throw CommandRefused(Msg::DrawerNoneOpen);
    Money amount = countTotal(counted);
    if (!amount.isPositive() || amount > d->expectedCash)
        throw CommandRefused(Msg::PickupRange, {{"expected", d->expectedCash}});
    return m_ctx.commit("drawer.picked_up", supervisorId, {{"drawer", d->id}, {"amount", amount.cents()}, {"count", countJson(counted)}});
}

ApprovalRequest DrawerService::paidOutRequest(std::string_view operatorId, Money amount, std::string_view reason)
{
    // Trimmed as paidOut keeps the reason, so that the approval matches; the reason itself is checked there.
    std::string why(trimAscii(reason));
    return ApprovalRequest{"paid_out", "paid-out: " + why, amount.cents(), std::string(operatorId),
                           Message(Msg::ApprovalPaidOut, {{"amount", amount}, {"reason", why}})};
}

std::optional<ApprovalRequest> DrawerService::paidOutApproval(std::string_view operatorId, Money amount,
                                                              std::string_view reason)
{
    // Cash leaving the drawer without a sale: above the threshold a supervisor approves it.
    if (amount <= m_ctx.settings().moneySetting("drawer.paid_out_approval"))
        return std::nullopt;
    return paidOutRequest(operatorId, amount, reason);
}

Record DrawerService::paidOut(std::string_view operatorId, Money amount, std::string_view reason, std::string_view approvalId)
{
    DrawerInfo d = requireOpenDrawer(operatorId);
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, true);
    if (why.empty())
        throw CommandRefused(Msg::PaidOutReason);
    if (!amount.isPositive() || amount > d.expectedCash)
        throw CommandRefused(Msg::PaidOutRange, {{"expected", d.expectedCash}});
    json body = {{"drawer", d.id}, {"amount", amount.cents()}, {"reason", why}};
    auto request = paidOutApproval(operatorId, amount, why);
    return m_ctx.commit("drawer.paid_out", operatorId, body,
                        CommitOptions::approval(request ? &*request : nullptr, approvalId));
}

Record DrawerService::noSale(std::string_view operatorId, std::string_view reason)
{
    DrawerInfo d = requireOpenDrawer(operatorId);
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, true);
    if (why.empty())
        throw CommandRefused(Msg::NoSaleReason);
    return m_ctx.commit("drawer.no_sale", operatorId, {{"drawer", d.id}, {"reason", why}});
}

Record DrawerService::drawerTest(std::string_view actor, std::string_view reason)
{
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, true);
    if (why.empty())
        throw CommandRefused(Msg::DrawerTestReason);
    return m_ctx.commit("device.drawer_tested", actor, {{"reason", why}});
}

DrawerCountResult DrawerService::countDrawer(std::string_view operatorId, const CashCount& cash,
                                       const std::vector<CountedItem>& items, Money cardBatch)
{
    if (cardBatch.isNegative())
        throw CommandRefused(Msg::CardBatchNegative);
    requireUsableCount(cash);
    DrawerInfo d = requireOpenDrawer(operatorId);
    DrawerCountResult result;
    result.countedCash = countTotal(cash);
    json listed = json::array();
    for (const CountedItem& item : items) {
        if ((item.kind != TenderKind::Check && item.kind != TenderKind::MoneyOrder) || !item.amount.isPositive())
            throw CommandRefused(Msg::CountItemsPositive);
        (item.kind == TenderKind::Check ? result.countedChecks : result.countedMoneyOrders) += item.amount;
        listed.push_back({{"kind", tenderKindName(item.kind)}, {"amount", item.amount.cents()}, {"reference", item.reference}});
    }
    result.cardBatch = cardBatch;
    result.overShort = overShort(d.totals, result.countedCash, result.countedChecks, result.countedMoneyOrders, cardBatch);
    result.tolerance = m_ctx.settings().moneySetting("drawer.tolerance");
    result.judgement = judgeCount(result.overShort, result.tolerance);
    result.needsApproval = result.judgement.verdict == CountVerdict::Beyond;
    result.expectedCash = d.expectedCash;
    result.expectedChecks = d.totals.checks;
    result.expectedMoneyOrders = d.totals.moneyOrders;
    result.expectedCards = d.totals.cards;
    json body = {{"drawer", d.id},
                 {"cash", countJson(cash)},
                 {"counted_cash", result.countedCash.cents()},
                 {"items", listed},
                 {"expected_cash", d.expectedCash.cents()},
                 {"expected_checks", d.totals.checks.cents()},
                 {"expected_money_orders", d.totals.moneyOrders.cents()},
                 {"over_short_cash", result.overShort.cash.cents()},
                 {"over_short_checks", result.overShort.checks.cents()},
                 {"over_short_money_orders", result.overShort.moneyOrders.cents()},
                 {"over_short", result.overShort.total.cents()}};
    // Only a drawer that took cards, or a batch keyed, says so: a count without cards keeps its bytes.
    if (!cardBatch.isZero() || !d.totals.cards.isZero()) {
        body["card_batch"] = cardBatch.cents();
        body["expected_cards"] = d.totals.cards.cents();
        body["over_short_cards"] = result.overShort.cards.cents();
    }
    result.seq = m_ctx.commit("drawer.counted", operatorId, body).seq;
    return result;
}

ApprovalRequest DrawerService::overShortRequest(std::string_view operatorId)
{
    auto d = openDrawer();
    if (!d)
        throw CommandRefused(Msg::DrawerNoneOpen);
    auto st = m_ctx.db().prepare("SELECT seq, body FROM drawer_counts WHERE drawer = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, d->id);
    if (!st.step())
        throw CommandRefused(Msg::CountBeforeClose);
    // The approval binds to this one count (by its seq) and names every tender's difference, so a recount or
    // offsetting differences (cash short, checks over) cannot hide behind the same total.
    std::int64_t countSeq = st.columnInt(0);
    json count = json::parse(st.columnTextView(1));
    Money total = Money::fromCents(count["over_short"].get<std::int64_t>());
    return ApprovalRequest{"over_short", "drawer " + d->id + " count " + std::to_string(countSeq), total.cents(),
                           std::string(operatorId),
                           count.contains("over_short_cards")
                               ? Message(Msg::ApprovalOverShortCards,
                                         {{"drawer", d->id},
                                          {"cash", Money::fromCents(count["over_short_cash"].get<std::int64_t>())},
                                          {"checks", Money::fromCents(count["over_short_checks"].get<std::int64_t>())},
                                          {"orders", Money::fromCents(count["over_short_money_orders"].get<std::int64_t>())},
                                          {"cards", Money::fromCents(count["over_short_cards"].get<std::int64_t>())},
                                          {"total", total}})
                               : Message(Msg::ApprovalOverShort,
                                         {{"drawer", d->id},
                                          {"cash", Money::fromCents(count["over_short_cash"].get<std::int64_t>())},
                                          {"checks", Money::fromCents(count["over_short_checks"].get<std::int64_t>())},
                                          {"orders", Money::fromCents(count["over_short_money_orders"].get<std::int64_t>())},
                                          {"total", total}})};
}

Record DrawerService::closeDrawer(std::string_view operatorId, std::string_view reason, std::string_view approvalId)
{
    DrawerInfo d = requireOpenDrawer(operatorId);
    auto st = m_ctx.db().prepare("SELECT seq, body FROM drawer_counts WHERE drawer = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, d.id);
    if (!st.step())
        throw CommandRefused(Msg::CountBeforeClose);
    std::int64_t countSeq = st.columnInt(0);
    json count = json::parse(st.columnTextView(1));
    // Anything recorded into the drawer after the count makes the count stale.
    auto later = m_ctx.db().prepare("SELECT COUNT(*) FROM ledger_records WHERE seq > ? AND json_extract(body, '$.drawer') = ?");
    later.bind(1, countSeq).bind(2, d.id);
    later.step();
    if (later.columnInt(0) > 0)
        throw CommandRefused(Msg::CountStale);
    OverShort os{Money::fromCents(count["over_short_cash"].get<std::int64_t>()),
                 Money::fromCents(count["over_short_checks"].get<std::int64_t>()),
                 Money::fromCents(count["over_short_money_orders"].get<std::int64_t>()),
                 Money::fromCents(count["over_short"].get<std::int64_t>()),
                 Money::fromCents(count.value("over_short_cards", std::int64_t{0}))};
    bool needsApproval = beyondTolerance(os, m_ctx.settings().moneySetting("drawer.tolerance"));
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, true);
    if (needsApproval && why.empty())
        throw CommandRefused(Msg::OverShortNeedsReason, {{"amount", os.total}});
    json body = {{"drawer", d.id},
                 {"count_seq", countSeq},
                 {"reason", why},
                 {"over_short", os.total.cents()},
                 {"expected_cash", count["expected_cash"]},
                 {"counted_cash", count["counted_cash"]}};
    Record closed;
    if (needsApproval) {
        ApprovalRequest request = overShortRequest(operatorId);
        closed = m_ctx.commit("drawer.closed", operatorId, body, CommitOptions::approval(&request, approvalId));
    } else {
        closed = m_ctx.commit("drawer.closed", operatorId, body);
    }
    // The close is sealed by a signed checkpoint that the Z report prints. The close itself is already durable:
    // a failure here must not be reported as a failed close.
    try {
        m_station.ledger().checkpoint(operatorId);
    } catch (const CheckpointMirrorFailed& e) {
        throw CheckpointAfterCloseFailed("drawer " + d.id + " is closed (seq " + std::to_string(closed.seq) + "); "
                                         + e.what());
    } catch (const std::exception& e) {
        throw CheckpointAfterCloseFailed("drawer " + d.id + " is closed (seq " + std::to_string(closed.seq)
                                         + "), but the signed checkpoint after it failed: " + e.what()
                                         + "; run tillctl checkpoint");
    }
    return closed;
}

ApprovalRequest DrawerService::xReportRequest(std::string_view operatorId)
{
    auto d = openDrawer();
    if (!d)
        throw CommandRefused(Msg::DrawerNoneOpen);
    return ApprovalRequest{"x_report", "drawer " + d->id, 0, std::string(operatorId),
                           Message(Msg::ApprovalXReport, {{"drawer", d->id}})};
}

DrawerReport DrawerService::xReport(std::string_view operatorId, std::string_view approvalId)
{
    auto d = openDrawer();
    if (!d)
        throw CommandRefused(Msg::DrawerNoneOpen);
    ApprovalRequest request = xReportRequest(operatorId);
    m_ctx.commit("drawer.x_report_viewed", operatorId, {{"drawer", d->id}}, CommitOptions::approval(&request, approvalId));
    return drawerReport(d->id);
}

DrawerReport DrawerService::drawerReport(std::string_view id) const
{
    auto info = drawer(id);
    if (!info)
        throw CommandRefused(Msg::DrawerUnknown, {{"drawer", id}});
    DrawerReport report;
    report.info = *info;
    const std::string& drawerId = report.info.id; // "D000003" as typed names the full id
    auto items = m_ctx.db().prepare("SELECT receipt, kind, amount_cents, reference FROM drawer_items WHERE drawer = ? AND "
                               "voided = 0 ORDER BY receipt, line");
    items.bind(1, drawerId);
    while (items.step()) {
        report.items.push_back(DrawerItem{items.columnText(0),
                                          items.columnText(1) == "check" ? TenderKind::Check : TenderKind::MoneyOrder,
                                          Money::fromCents(items.columnInt(2)), items.columnText(3)});
    }
    auto moves = m_ctx.db().prepare("SELECT type, amount_cents, reason, count FROM drawer_movements WHERE drawer = ? ORDER BY seq");
    moves.bind(1, drawerId);
    while (moves.step()) {
        std::string type = moves.columnText(0);
        std::string what = type == "drop"       ? "Drop to the safe"
                           : type == "pickup"   ? "Pickup"
                           : type == "paid_out" ? "Paid-out"
                           : type == "refund"   ? "Cash refund"
                                                : type;
        if (!moves.columnText(2).empty())
            what += ": " + moves.columnText(2);
        report.movements.emplace_back(what, Money::fromCents(moves.columnInt(1)));
        // Drops and pickups went to the safe as counted: the deposit takes them by denomination.
        if (type == "drop" || type == "pickup")
            if (auto count = countFromJson(json::parse(moves.columnTextView(3))))
                addCount(report.dropped, *count);
    }
    auto counted = m_ctx.db().prepare("SELECT c.seq, c.body, d.approver, d.reason, COALESCE(d.closed_seq, 0) FROM drawers d "
                                 "JOIN drawer_counts c ON c.seq = d.counted_seq WHERE d.id = ?");
    counted.bind(1, drawerId);
    if (counted.step()) {
        json body = json::parse(counted.columnTextView(1));
        DrawerCountResult r;
        r.seq = static_cast<std::uint64_t>(counted.columnInt(0));
        r.countedCash = Money::fromCents(body["counted_cash"].get<std::int64_t>());
        for (const auto& item : body["items"])
            (item["kind"] == "check" ? r.countedChecks : r.countedMoneyOrders) += Money::fromCents(item["amount"].get<std::int64_t>());
        r.overShort = OverShort{Money::fromCents(body["over_short_cash"].get<std::int64_t>()),
                                Money::fromCents(body["over_short_checks"].get<std::int64_t>()),
                                Money::fromCents(body["over_short_money_orders"].get<std::int64_t>()),
                                Money::fromCents(body["over_short"].get<std::int64_t>()),
                                Money::fromCents(body.value("over_short_cards", std::int64_t{0}))};
        r.cardBatch = Money::fromCents(body.value("card_batch", std::int64_t{0}));
        r.needsApproval = beyondTolerance(r.overShort, m_ctx.settings().moneySetting("drawer.tolerance"));
        report.count = r;
        report.cashByDenomination = countFromJson(body["cash"]);
        report.approver = counted.columnText(2);
        report.reason = counted.columnText(3);
        if (std::int64_t closedSeq = counted.columnInt(4); closedSeq > 0) {
            auto cp = m_ctx.db().prepare("SELECT body FROM ledger_records WHERE seq > ? AND kind = 'ledger.checkpoint' "
                                    "ORDER BY seq LIMIT 1");
            cp.bind(1, closedSeq);
            if (cp.step())
                report.checkpointNote = json::parse(cp.columnTextView(0))["note"].get<std::string>();
        }
    }
    return report;
}

} // namespace tillbook::station
