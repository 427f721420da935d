// Station: payment arrangements. The schedule comes from core (quoteArrangement); the station supplies the balance
// and today, records the arrangement with its whole schedule, and breaks it when an installment stays unpaid.
#include "core/ids.h"
#include "core/text.h"
#include "ledger/hash.h"
#include "ledger/store.h"
#include "station/projector.h"
#include "station/projector.h"
#include "station/services.h"

#include <cstdio>

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

CivilDate requireDate(std::string_view text, Msg what)
{
    auto d = parseDate(text);
    if (!d)
        throw CommandRefused(Msg::ArrangementDateFormat, {{"field", Message(what)}, {"text", quoteForMessage(text)}});
    return *d;
}

} // namespace

Schedule ArrangementService::quoteArrangement(const ArrangementRequest& request)
{
    auto detail = m_station.accounts().account(request.account);
    if (!detail)
        throw CommandRefused(Msg::AccountUnknown, {{"account", quoteForMessage(request.account)}});
    if (detail->summary.status == "closed")
        throw CommandRefused(Msg::AccountClosed, {{"account", request.account}});
    ArrangementTerms terms;
    terms.principal = detail->summary.balance;
    terms.down = request.down;
    terms.installments = request.installments;
    terms.frequency = request.frequency;
    terms.rateMilliPercent = request.rateMilliPercent;
    terms.method = request.method;
    terms.firstDue = requireDate(request.firstDue, Msg::FieldFirstDueDate);
    auto quoted = tillbook::quoteArrangement(terms, requireDate(m_ctx.today(), Msg::FieldToday));
    if (auto* problem = std::get_if<Message>(&quoted))
        throw CommandRefused(*problem);
    return std::get<Schedule>(quoted);
}

ApprovalRequest ArrangementService::arrangementRequest(const ArrangementRequest& request)
{
    auto detail = m_station.accounts().account(request.account);
    Money balance = detail ? detail->summary.balance : Money();
    return ApprovalRequest{"arrangement", "account " + request.account, balance.cents(), request.operatorId,
                           Message(Msg::ApprovalArrangement, {{"balance", balance}, {"account", request.account},
                                                              MessageArg::number("installments", request.installments),
                                                              {"frequency", word("frequency", frequencyName(request.frequency))},
                                                              {"rate", formatRate(request.rateMilliPercent)}})};
}

std::optional<ApprovalRequest> ArrangementService::arrangementApproval(const ArrangementRequest& request)
{
    auto detail = m_station.accounts().account(request.account);
    Money principal = detail ? detail->summary.balance : Money(); // what the arrangement finances from
    if (principal <= m_ctx.settings().moneySetting("arrangements.approval"))
        return std::nullopt;
    return arrangementRequest(request);
}

ArrangementInfo ArrangementService::createArrangement(const ArrangementRequest& request, std::string_view approvalId)
{
    Schedule schedule = quoteArrangement(request);
    auto detail = m_station.accounts().account(request.account);
    Money principal = detail->summary.balance;
    // Active and not yet paid off: an arrangement whose installments are all paid no longer stands in the way.
    auto open = m_ctx.db().prepare("SELECT COUNT(*) FROM arrangements a WHERE a.account = ? AND a.status = 'active' AND EXISTS "
                              "(SELECT 1 FROM arrangement_installments i JOIN bills b ON b.id = i.bill WHERE "
                              "i.arrangement = a.id AND b.open_cents > 0)");
    open.bind(1, request.account);
    open.step();
    if (open.columnInt(0) > 0)
        throw CommandRefused(Msg::ArrangementActive, {{"account", request.account}});

    auto counter = m_ctx.db().prepare("SELECT COALESCE((SELECT value FROM counters WHERE series = 'arrangement'), 0)");
    counter.step();
    std::int64_t number = counter.columnInt(0) + 1;
    std::string id = stationScopedId(m_ctx.stationId(), "P", static_cast<std::uint64_t>(number));

    // The financed part leaves the account's bills newest first, so the down payment stays on the oldest.
    json moved = json::array();
    Money toMove = schedule.financed;
    for (auto it = detail->openBills.rbegin(); it != detail->openBills.rend() && toMove.isPositive(); ++it) {
        Money take = it->open < toMove ? it->open : toMove;
        moved.push_back({{"bill", it->id}, {"amount", take.cents()}});
        toMove -= take;
    }
    json installments = json::array();
    for (const auto& i : schedule.installments) {
        char suffix[8];
        std::snprintf(suffix, sizeof suffix, "-%03d", i.n);
        installments.push_back({{"n", i.n},
                                {"bill", id + suffix},
                                {"due", formatDate(i.due)},
                                {"payment", i.payment.cents()},
                                {"interest", i.interest.cents()},
                                {"principal", i.principal.cents()},
                                {"balance", i.balance.cents()}});
    }
    json body = {{"id", id},
                 {"arrangement_number", number},
                 {"account", request.account},
                 {"principal", principal.cents()},
                 {"down", request.down.cents()},
                 {"financed", schedule.financed.cents()},
                 {"installments", request.installments},
                 {"frequency", std::string(frequencyName(request.frequency))},
                 {"rate_milli_percent", request.rateMilliPercent},
                 {"method", std::string(interestMethodName(request.method))},
                 {"first_due", request.firstDue},
                 {"periodic_payment", schedule.periodicPayment.cents()},
                 {"total_interest", schedule.totalInterest.cents()},
                 {"total_of_payments", schedule.totalOfPayments.cents()},
                 {"term_start", m_ctx.today()},
                 {"apr_basis_points", schedule.aprBasisPoints},
                 {"moved", moved},
                 {"schedule", installments}};
    auto approval = arrangementApproval(request);
    m_ctx.commit("arrangement.created", request.operatorId, body,
                 CommitOptions::approval(approval ? &*approval : nullptr, approvalId));
    return *arrangement(id);
}

std::optional<ArrangementInfo> ArrangementService::arrangement(std::string_view id) const
{
    auto st = m_ctx.db().prepare("SELECT id, account, status, seq, principal_cents, down_cents, financed_cents, frequency, "
                            "method, rate_milli_percent, total_interest_cents, total_of_payments_cents FROM arrangements "
                            "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    ArrangementInfo a;
    a.id = st.columnText(0);
    a.account = st.columnText(1);
    a.status = st.columnText(2);
    a.seq = static_cast<std::uint64_t>(st.columnInt(3));
    a.principal = Money::fromCents(st.columnInt(4));
    a.down = Money::fromCents(st.columnInt(5));
    a.schedule.financed = Money::fromCents(st.columnInt(6));
    a.frequency = st.columnText(7);
    a.method = st.columnText(8);
    a.rateMilliPercent = st.columnInt(9);
    a.schedule.totalInterest = Money::fromCents(st.columnInt(10));
    a.schedule.totalOfPayments = Money::fromCents(st.columnInt(11));
    auto rows = m_ctx.db().prepare("SELECT i.n, i.due, i.payment_cents, i.interest_cents, i.principal_cents, i.balance_cents, "
                              "COALESCE(b.open_cents, 0) FROM arrangement_installments i LEFT JOIN bills b ON b.id = i.bill "
                              "WHERE i.arrangement = ? ORDER BY i.n");
    rows.bind(1, id);
    while (rows.step()) {
        ScheduledInstallment i;
        i.n = static_cast<int>(rows.columnInt(0));
        i.due = parseDate(rows.columnText(1)).value_or(CivilDate{});
        i.payment = Money::fromCents(rows.columnInt(2));
        i.interest = Money::fromCents(rows.columnInt(3));
        i.principal = Money::fromCents(rows.columnInt(4));
        i.balance = Money::fromCents(rows.columnInt(5));
        a.open += Money::fromCents(rows.columnInt(6));
        a.schedule.installments.push_back(i);
    }
    if (!a.schedule.installments.empty())
        a.schedule.periodicPayment = a.schedule.installments.front().payment;
    // The APR as disclosed when the arrangement was made; records from before it was kept are computed from their
    // schedule, the term starting on the record's day.
    if (auto record = m_ctx.store().at(a.seq)) {
        json body = json::parse(record->body);
        if (body.contains("apr_basis_points"))
            a.schedule.aprBasisPoints = body["apr_basis_points"].get<std::int64_t>();
        else if (auto frequency = parseFrequency(a.frequency); frequency && !a.schedule.installments.empty())
            a.schedule.aprBasisPoints = annualPercentageRate(a.schedule, *parseDate(m_ctx.businessDay(record->timeMs)), *frequency);
    }
    if (a.status == "active" && !a.open.isPositive())
        a.status = "paid";
    return a;
}

std::vector<ArrangementInfo> ArrangementService::forAccount(std::string_view accountNumber) const
{
    std::vector<std::string> ids;
    auto st = m_ctx.db().prepare("SELECT id FROM arrangements WHERE account = ? ORDER BY seq");
    st.bind(1, accountNumber);
    while (st.step())
        ids.push_back(st.columnText(0));
    std::vector<ArrangementInfo> out;
    for (const auto& id : ids)
        out.push_back(*arrangement(id));
    return out;
}

std::vector<ArrangementInfo> ArrangementService::reviewArrangements(std::string_view actor)
{
    CivilDate now = requireDate(m_ctx.today(), Msg::FieldToday);
    std::int64_t grace = m_ctx.settings().setting("arrangements.grace_days");
    std::vector<std::string> broken;
    std::vector<std::string> active;
    auto st = m_ctx.db().prepare("SELECT id FROM arrangements WHERE status = 'active' ORDER BY seq");
    while (st.step())
        active.push_back(st.columnText(0));
    for (const auto& id : active) {
        auto rows = m_ctx.db().prepare("SELECT i.n, i.bill, i.due, i.interest_cents, b.open_cents FROM arrangement_installments i "
                                  "JOIN bills b ON b.id = i.bill WHERE i.arrangement = ? ORDER BY i.n");
        rows.bind(1, id);
        int late = 0;
        json bills = json::array();
        Money remaining;
        while (rows.step()) {
            CivilDate due = parseDate(rows.columnText(2)).value_or(now);
            Money open = Money::fromCents(rows.columnInt(4));
            if (open.isPositive() && late == 0 && daysFromCivil(due) + grace < daysFromCivil(now))
                late = static_cast<int>(rows.columnInt(0));
            // Interest not yet earned is not charged on a broken arrangement: future installments lose their interest.
            Money after = open;
            if (due > now) {
                after = open - Money::fromCents(rows.columnInt(3));
                if (after.isNegative())
                    after = Money();
            }
            bills.push_back({{"bill", rows.columnText(1)}, {"open_before", open.cents()}, {"open_after", after.cents()}});
            remaining += after;
        }
        if (late == 0)
            continue;
        json body = {{"id", id},
                     {"late_installment", late},
                     {"grace_days", grace},
                     {"due_now", formatDate(now)},
                     {"bills", bills},
                     {"remaining", remaining.cents()}};
        m_ctx.commit("arrangement.broken", actor, body);
        broken.push_back(id);
    }
    std::vector<ArrangementInfo> out;
    for (const auto& id : broken)
        out.push_back(*arrangement(id));
    return out;
}

printing::PromissoryNoteDocument ArrangementService::promissoryNoteDocument(std::string_view arrangementId)
{
    auto a = arrangement(arrangementId);
    if (!a)
        throw CommandRefused(Msg::ArrangementUnknown, {{"arrangement", quoteForMessage(arrangementId)}});
    auto record = m_ctx.store().at(a->seq);
    auto detail = m_station.accounts().account(a->account);
    printing::PromissoryNoteDocument n;
    n.language = detail ? printing::parseLanguage(detail->language).value_or(printing::Language::English)
                        : printing::Language::English;
    const printing::Language lang = n.language;
    n.letterhead = m_station.documents().letterhead();
    n.noteNumber = a->id;
    n.date = m_ctx.businessDay(record->timeMs); // the layout writes dates in the borrower's language
    n.borrower = detail ? detail->summary.name : a->account;
    n.borrowerAddress = detail ? (detail->mailingAddress.empty() ? detail->summary.serviceAddress : detail->mailingAddress)
                               : std::string();
    n.account = a->account;
    n.originalBalance = a->principal;
    n.down = a->down;
    n.principal = a->schedule.financed;
    n.apr = formatApr(a->schedule.aprBasisPoints) + "%";
    n.frequency = a->frequency;
    n.annualRate = a->method == "simple" ? printing::say(lang, "{1} simple interest", {formatRate(a->rateMilliPercent)})
                                         : formatRate(a->rateMilliPercent);
    n.totalInterest = a->schedule.totalInterest;
    n.totalOfPayments = a->schedule.totalOfPayments;
    for (const auto& i : a->schedule.installments)
        n.schedule.push_back({formatDate(i.due), i.payment, i.principal, i.interest, i.balance});
    std::int64_t grace = m_ctx.settings().setting("arrangements.grace_days");
    n.lateCharge = printing::say(lang, "Late charge: none.");
    n.prepayment = printing::say(lang, "Prepayment: the borrower may pay any part early without penalty; interest not "
                                       "yet earned is not charged.");
    const auto& head = n.letterhead;
    n.whereToPay = head.address.empty()
                       ? printing::say(lang, "Where and how to pay: at {1}, in cash, by check or by money order, quoting "
                                             "account {2}.", {head.organization, a->account})
                       : printing::say(lang, "Where and how to pay: at {1}, {2}, in cash, by check or by money order, "
                                             "quoting account {3}.", {head.organization, head.address, a->account});
    n.terms = {
        printing::say(lang,
                      "Default: an installment unpaid {1} days after its due date breaks this arrangement; the unpaid "
                      "principal is then due at once and collection may follow as the {2} rules provide.",
                      {std::to_string(grace), n.letterhead.organization}),
    };
    auto op = m_station.operators().findOperator(record->operatorId);
    n.cashier = op ? op->name : record->operatorId;
    n.notaryBlock = m_ctx.settings().setting("arrangements.notary_block") != 0;
    n.footer = m_station.documents().customerFooter(lang, true);
    n.seq = record->seq;
    n.qrPayload = m_station.documents().verificationCode(receiptPayload(*record));
    return n;
}

} // namespace tillbook::station
