// Station: the activity report. Every figure is a query over the projections for the range; the fund totals come from
// the same postings table the billing export reads, so the two tie out by construction.
#include "core/calendar.h"
#include "core/csv.h"
#include "station/posting_csv.h"
#include "station/projector.h"
#include "station/services.h"

#include <map>

namespace tillbook::station {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

} // namespace

ActivityReport ReportService::activityReport(std::string_view from, std::string_view to) const
{
    auto first = parseDate(from);
    auto last = parseDate(to);
    if (!first || !last)
        throw CommandRefused(Msg::RangeDates);
    if (*last < *first)
        throw CommandRefused(Msg::RangeBackwards, {{"to", to}, {"from", from}});
    if (daysFromCivil(*last) - daysFromCivil(*first) >= 366) // both ends count: at most 366 days
        throw CommandRefused(Msg::RangeTooLong);
    const std::int64_t startMs = daysFromCivil(*first) * kDayMs;
    const std::int64_t endMs = (daysFromCivil(*last) + 1) * kDayMs;

    std::map<std::string, CashierActivity> byOperator;
    auto cashier = [&](const std::string& id) -> CashierActivity& {
        auto& a = byOperator[id];
        if (a.operatorId.empty()) {
            a.operatorId = id;
            auto op = m_station.operators().findOperator(id);
            a.name = op ? op->name : id;
        }
        return a;
    };

    auto receipts = m_ctx.db().prepare("SELECT operator, COUNT(*), SUM(total_cents), SUM(change_cents) FROM receipts "
                                  "WHERE time_ms >= ? AND time_ms < ? GROUP BY operator");
    receipts.bind(1, startMs).bind(2, endMs);
    std::map<std::string, Money> change;
    while (receipts.step()) {
        auto& a = cashier(receipts.columnText(0));
        a.payments = receipts.columnInt(1);
        a.collected = Money::fromCents(receipts.columnInt(2));
        change[a.operatorId] = Money::fromCents(receipts.columnInt(3));
    }
    auto tenders = m_ctx.db().prepare("SELECT r.operator, t.kind, COUNT(*), SUM(t.amount_cents) FROM payment_tenders t "
                                 "JOIN receipts r ON r.number = t.receipt WHERE r.time_ms >= ? AND r.time_ms < ? "
                                 "GROUP BY r.operator, t.kind ORDER BY r.operator, t.kind");
    tenders.bind(1, startMs).bind(2, endMs);
    while (tenders.step()) {
        auto& a = cashier(tenders.columnText(0));
        std::string kind = tenders.columnText(1);
        Money amount = Money::fromCents(tenders.columnInt(3));
        if (kind == "cash")
            amount -= change[a.operatorId]; // what stayed in the drawer
        a.tenders.emplace_back(kind, tenders.columnInt(2), amount);
    }
    const std::string fromDay(from);
    const std::string toDay(to);
    auto funds = m_ctx.db().prepare("SELECT l.operator, p.fund, SUM(p.amount_cents) FROM postings p JOIN ledger_records l "
                               "ON l.seq = p.seq WHERE p.day >= ? AND p.day <= ? GROUP BY l.operator, p.fund "
                               "ORDER BY l.operator, p.fund");
    funds.bind(1, fromDay).bind(2, toDay);
    std::map<std::string, Money> allFunds;
    ActivityReport report;
    report.from = fromDay;
    report.to = toDay;
    while (funds.step()) {
        auto& a = cashier(funds.columnText(0));
        Money amount = Money::fromCents(funds.columnInt(2));
        if (funds.columnText(1) == kCustomerCreditFund) {
            a.customerCredit += amount;
            report.customerCredit += amount;
        } else {
            a.funds.emplace_back(funds.columnText(1), amount);
            allFunds[funds.columnText(1)] += amount;
        }
        report.postings += amount;
    }
    auto reversals = m_ctx.db().prepare("SELECT l.operator, p.type, COUNT(DISTINCT p.seq), -SUM(p.amount_cents) FROM postings p "
                                   "JOIN ledger_records l ON l.seq = p.seq WHERE p.day >= ? AND p.day <= ? AND p.type IN "
                                   "('void', 'refund', 'returned_check') GROUP BY l.operator, p.type");
    reversals.bind(1, fromDay).bind(2, toDay);
    while (reversals.step()) {
        auto& a = cashier(reversals.columnText(0));
        std::string type = reversals.columnText(1);
        (type == "void" ? a.voids : type == "refund" ? a.refunds : a.returnsRecorded) = reversals.columnInt(2);
        (type == "void" ? a.voided : type == "refund" ? a.refunded : a.returnsRecordedAmount) =
            Money::fromCents(reversals.columnInt(3));
    }
    auto approvals = m_ctx.db().prepare("SELECT a.requested_by, COUNT(*) FROM approvals a JOIN ledger_records l ON "
                                   "l.seq = a.used_seq WHERE a.used_seq IS NOT NULL AND l.time_ms >= ? AND l.time_ms < ? "
                                   "GROUP BY a.requested_by");
    approvals.bind(1, startMs).bind(2, endMs);
    while (approvals.step())
        cashier(approvals.columnText(0)).approvals = approvals.columnInt(1);
    auto returned = m_ctx.db().prepare("SELECT r.operator, COUNT(*), SUM(c.amount_cents) FROM returned_checks c JOIN receipts r "
                                  "ON r.number = c.receipt WHERE c.time_ms >= ? AND c.time_ms < ? GROUP BY r.operator");
    returned.bind(1, startMs).bind(2, endMs);
    while (returned.step()) {
        auto& a = cashier(returned.columnText(0));
        a.returnedChecks = returned.columnInt(1);
        a.returned = Money::fromCents(returned.columnInt(2));
    }
    std::vector<std::pair<std::string, std::string>> closed;
    auto drawers = m_ctx.db().prepare("SELECT id, operator FROM drawers WHERE status = 'closed' AND closed_ms >= ? AND "
                                 "closed_ms < ? ORDER BY closed_ms");
    drawers.bind(1, startMs).bind(2, endMs);
    while (drawers.step())
        closed.emplace_back(drawers.columnText(0), drawers.columnText(1));
    for (const auto& [id, op] : closed) {
        auto& a = cashier(op);
        ++a.drawersClosed;
        if (auto count = m_station.drawers().drawerReport(id).count)
            a.overShort += count->overShort.total;
    }
    for (auto& [id, activity] : byOperator) {
        activity.net = activity.collected - activity.voided - activity.refunded - activity.returnsRecordedAmount;
        if (id == kSystemActor)
            activity.name = "Back office (tillctl: imports, returned checks)";
        report.cashiers.push_back(std::move(activity));
    }
    for (const auto& [fund, amount] : allFunds)
        report.funds.emplace_back(fund, amount);
    return report;
}

printing::TabularReportDocument ReportService::activityReportDocument(const ActivityReport& report)
{
    printing::TabularReportDocument doc;
    doc.letterhead = m_station.documents().letterhead();
    doc.title = "Activity report " + report.from + " to " + report.to;
    doc.printed = printedTime(m_ctx.clock().nowMs());
    auto count = [](std::int64_t n, Money amount) { return std::to_string(n) + "   " + formatMoney(amount); };
    for (const auto& c : report.cashiers) {
        printing::TabularReportDocument::Section s;
        s.heading = c.name + " (" + c.operatorId + ")";
        s.rows.emplace_back("Payments (gross)", count(c.payments, c.collected));
        for (const auto& [kind, items, amount] : c.tenders)
            s.rows.emplace_back("  " + std::string(tenderWords(kind)), count(items, amount));
        s.rows.emplace_back("Less voids", count(c.voids, c.voided));
        s.rows.emplace_back("Less refunds", count(c.refunds, c.refunded));
        if (c.returnsRecorded > 0)
            s.rows.emplace_back("Less returned checks recorded", count(c.returnsRecorded, c.returnsRecordedAmount));
        s.rows.emplace_back("Net (the lines below add up to it)", formatMoney(c.net));
        for (const auto& [fund, amount] : c.funds)
            s.rows.emplace_back("  Fund " + fund, formatMoney(amount));
        if (!c.customerCredit.isZero())
            s.rows.emplace_back("  Customer credit (a liability)", formatMoney(c.customerCredit));
        s.rows.emplace_back("Supervisor approvals used", std::to_string(c.approvals));
        s.rows.emplace_back("Returned checks", count(c.returnedChecks, c.returned));
        s.rows.emplace_back("Drawers closed, over/short", count(c.drawersClosed, c.overShort));
        doc.sections.push_back(std::move(s));
    }
    printing::TabularReportDocument::Section totals;
    totals.heading = "All cashiers by fund (ties out to the posting export)";
    for (const auto& [fund, amount] : report.funds)
        totals.rows.emplace_back("Fund " + fund, formatMoney(amount));
    if (!report.customerCredit.isZero())
        totals.rows.emplace_back("Customer credit (a liability)", formatMoney(report.customerCredit));
    totals.rows.emplace_back("Total postings", formatMoney(report.postings));
    doc.sections.push_back(std::move(totals));
    return doc;
}

std::string_view tenderWords(std::string_view kind)
{
    if (kind == "cash")
        return "Cash (net of change)";
    if (kind == "check")
        return "Checks";
    if (kind == "money_order")
        return "Money orders";
    if (kind == "card")
        return "Cards";
    return kind;
}

std::string activityCsv(const ActivityReport& report)
{
    CsvWriter csv;
    csv.row({"operator", "name", "measure", "items", "amount"});
    for (const auto& c : report.cashiers) {
        auto row = [&](const std::string& measure, std::int64_t items, Money amount) {
            csv.text(c.operatorId).text(c.name).text(measure).integer(items).amount(amount).endRow();
        };
        row("payments", c.payments, c.collected);
        for (const auto& [kind, items, amount] : c.tenders)
            row("tender:" + kind, items, amount);
        row("voids", c.voids, c.voided);
        row("refunds", c.refunds, c.refunded);
        row("returns_recorded", c.returnsRecorded, c.returnsRecordedAmount);
        row("net", 0, c.net);
        for (const auto& [fund, amount] : c.funds)
            row("fund:" + fund, 0, amount);
        row("customer_credit", 0, c.customerCredit);
        row("approvals", c.approvals, Money());
        row("returned_checks", c.returnedChecks, c.returned);
        row("over_short", c.drawersClosed, c.overShort);
    }
    return csv.str();
}

} // namespace tillbook::station
