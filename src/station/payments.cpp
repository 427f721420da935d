// Station: payments (one receipt, one record), voids and refunds with a supervisor's approval, and the posting
// export for the billing system.
#include "core/ids.h"
#include "core/csv.h"
#include "station/posting_csv.h"
#include "station/projector.h"
#include "station/services.h"

#include <algorithm>
#include <map>
#include <set>

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

[[noreturn]] void notRecorded(const Message& why)
{
    throw CommandRefused(Msg::PaymentNotRecorded, {{"reason", why}});
}

[[noreturn]] void notRecorded(Msg why, std::vector<MessageArg> args = {})
{
    notRecorded(Message(why, std::move(args)));
}

} // namespace

std::optional<Message> PaymentService::cardTenderProblem(const CardDetails& card) const
{
    if (auto problem = checkCardDetails(card))
        return Message(Msg::CardTenderNotAdded, {{"reason", *problem}});
    return std::nullopt;
}

std::optional<ReceiptInfo> PaymentService::receipt(std::string_view number) const
{
    auto st = m_ctx.db().prepare("SELECT number, seq, time_ms, operator, total_cents, tendered_cents, change_cents, status, "
                            "refunded_cents FROM receipts WHERE number = ?");
    st.bind(1, number);
    if (!st.step())
        return std::nullopt;
    return ReceiptInfo{st.columnText(0),
                       static_cast<std::uint64_t>(st.columnInt(1)),
                       st.columnInt(2),
                       st.columnText(3),
                       Money::fromCents(st.columnInt(4)),
                       Money::fromCents(st.columnInt(5)),
                       Money::fromCents(st.columnInt(6)),
                       st.columnText(7),
                       Money::fromCents(st.columnInt(8))};
}

// A card charge as a reversal names it: brand, last four and approval of each card tender of the receipt.
json PaymentService::cardApprovals(std::string_view receipt) const
{
    json out = json::array();
    auto st = m_ctx.db().prepare("SELECT seq FROM receipts WHERE number = ?");
    st.bind(1, receipt);
    if (!st.step())
        return out;
    auto record = m_ctx.store().at(static_cast<std::uint64_t>(st.columnInt(0)));
    json body = json::parse(record->body); // kept: the loop reads into it
    for (const auto& t : body["tenders"]) {
        if (t["kind"] == "card")
            out.push_back({{"approval", t["card"]["approval"]}, {"brand", t["card"]["brand"]},
                           {"last4", t["card"]["last4"]}, {"amount", t["amount"]}});
    }
    return out;
}

// What the receipt charged to cards, less what went back to them already.
Money PaymentService::cardCharged(std::string_view receipt) const
{
    auto st = m_ctx.db().prepare(
        "SELECT COALESCE((SELECT SUM(amount_cents) FROM payment_tenders WHERE receipt = ? AND kind = 'card'), 0) + "
        "COALESCE((SELECT SUM(amount_cents) FROM postings WHERE receipt = ? AND type = 'refund' AND tender = 'card'), 0)");
    st.bind(1, receipt).bind(2, receipt);
    st.step();
    return Money::fromCents(st.columnInt(0));
}

PaymentOutcome PaymentService::takePayment(const PaymentRequest& request)
{
    if (request.requestId.empty() || request.requestId.size() > 64)
        notRecorded(Msg::PaymentRequestId);
    // A second "complete" for the same payment: answer with the first one, write nothing.
    {
        auto st = m_ctx.db().prepare("SELECT number, seq FROM receipts WHERE request = ?");
        st.bind(1, request.requestId);
        if (st.step()) {
            PaymentOutcome again;
            again.receipt = st.columnText(0);
            again.seq = static_cast<std::uint64_t>(st.columnInt(1));
            again.duplicate = true;
            return again;
        }
    }

    DrawerInfo drawer = m_station.drawers().requireOpenDrawer(request.operatorId, DrawerUse::Payment);
    return recordPayment(request, &drawer, {});
}

PaymentOutcome PaymentService::recordPayment(const PaymentRequest& request, const DrawerInfo* drawer, std::string_view batchId)
{
    json lines = json::array();
    Money due;
    std::string creditAccount; // the first account named: where an overpayment by check is kept
    bool cashOnly = false;
    std::map<std::string, AccountDetail> accounts;
    auto useAccount = [&](const std::string& number) -> AccountDetail& {
        auto found = accounts.find(number);
        if (found != accounts.end())
            return found->second;
        auto detail = m_station.accounts().account(number);
        if (!detail)
            notRecorded(Msg::PaymentAccountUnknown, {{"account", number}});
        if (detail->summary.status == "closed")
            notRecorded(Msg::PaymentAccountClosed, {{"account", number}});
        cashOnly = cashOnly || detail->summary.status == "cash_only";
        if (creditAccount.empty())
            creditAccount = number;
        return accounts.emplace(number, std::move(*detail)).first->second;
    };
    auto addLine = [&](const std::string& account, const std::string& bill, const std::string& fee,
                       const std::string& fund, Money amount) {
        lines.push_back({{"account", account}, {"bill", bill}, {"fee", fee}, {"fund", fund}, {"amount", amount.cents()}});
        due += amount;
    };
    auto openItems = [](const AccountDetail& detail) {
        std::vector<OpenItem> items;
        for (const auto& b : detail.openBills)
            items.push_back(OpenItem{b.id, b.account, b.dueDate, b.open});
        return items;
    };
    auto fundOf = [](const AccountDetail& detail, const std::string& bill) {
        for (const auto& b : detail.openBills) {
            if (b.id == bill)
                return b.fund;
        }
        return std::string("CREDIT");
    };

    // Chosen amounts per bill, grouped by account so each account's bills are checked together.
    std::map<std::string, std::vector<Allocation>> chosen;
    for (const Allocation& a : request.billAmounts) {
        if (!a.amount.isPositive())
            notRecorded(Msg::AmountNotPositive);
        chosen[a.account].push_back(a);
    }
    for (auto& [number, allocations] : chosen) {
        AccountDetail& detail = useAccount(number);
        std::vector<Allocation> toBills;
        for (const auto& a : allocations) {
            if (!a.billId.empty())
                toBills.push_back(a);
        }
        auto items = openItems(detail);
        if (auto problem = checkManualAllocation(items, toBills))
            notRecorded(*problem);
        for (const auto& a : allocations)
            addLine(number, a.billId, "", a.billId.empty() ? "CREDIT" : fundOf(detail, a.billId), a.amount);
    }
    std::set<std::string> named;
    for (const auto& [number, amount] : request.accountAmounts) {
        // Allocation works from the account's open bills as they stand: naming an account twice would pay the
        // same bill twice.
        if (!named.insert(number).second || chosen.count(number))
            notRecorded(Msg::AccountNamedTwice, {{"account", number}});
        if (!amount.isPositive())
            notRecorded(Msg::AmountNotPositive);
        AccountDetail& detail = useAccount(number);
        auto items = openItems(detail);
        AllocationResult result = allocateOldestFirst(items, amount, number);
        if (result.error)
            notRecorded(*result.error);
        for (const auto& a : result.allocations)
            addLine(number, a.billId, "", a.billId.empty() ? "CREDIT" : fundOf(detail, a.billId), a.amount);
    }
    for (const auto& [code, quantity] : request.fees) {
        if (quantity < 1 || quantity > 99)
            notRecorded(Msg::FeeQuantity);
        auto st = m_ctx.db().prepare("SELECT amount_cents, fund FROM fees WHERE code = ?");
        st.bind(1, code);
        if (!st.step())
            notRecorded(Msg::FeeUnknown, {{"fee", code}});
        addLine(creditAccount, "", code, st.columnText(1), Money::fromCents(st.columnInt(0)).times(quantity));
    }
    if (lines.empty())
        notRecorded(Msg::PaymentNothingChosen);

    // A mistyped or hostile amount stops here, before anything reaches the database: every tender, of any kind,
    // and the tenders together stay within the setting (whose bound keeps any sum of them inside int64 cents).
    const Money maxTender = m_ctx.settings().moneySetting("payment.max_tender");
    Money tenderedTotal;
    for (const TenderInput& t : request.tenders) {
        if (t.amount > maxTender)
            notRecorded(Msg::TenderOverLimit, {{"amount", t.amount}, {"limit", maxTender}});
        tenderedTotal += t.amount.isPositive() ? t.amount : Money();
    }
    if (tenderedTotal > maxTender)
        notRecorded(Msg::TendersOverLimit, {{"amount", tenderedTotal}, {"limit", maxTender}});

    std::vector<Tender> tenders;
    json tenderJson = json::array();
    std::set<std::string> items;
    for (TenderInput t : request.tenders) {
        if (t.kind == TenderKind::Cash)
            t.reference.clear(); // only checks and money orders carry a reference
        json card;
        if (t.kind == TenderKind::Card) {
            // The terminal charged the card; the station keeps what identifies the charge, never the card's number.
            if (auto problem = checkCardDetails(t.card))
                notRecorded(Msg::CardDetailsInvalid, {{"reason", *problem}});
            t.reference = t.card.approval;
            card = {{"approval", t.card.approval},
                    {"brand", normalizedBrand(t.card.brand)},
                    {"last4", t.card.last4},
                    {"terminal", t.card.terminal},
                    {"entry", t.card.entry}};
        }
        // Cash-only is about checks that came back; a card is settled by its terminal.
        if (cashOnly && t.kind != TenderKind::Cash && t.kind != TenderKind::Card)
            notRecorded(Msg::AccountCashOnly);
        if (t.reference.size() > 40)
            notRecorded(Msg::TenderReferenceLength);
        // Every check and money order is verified before it is taken: the tender names its verification, which
        // must be for this amount, accepted (or overridden by a supervisor), and not used before.
        if (t.kind == TenderKind::Check || t.kind == TenderKind::MoneyOrder) {
            if (!items.insert(t.reference).second)
                notRecorded(Msg::ItemListedTwice);
            // Used before: this verification, or another verification of the same item (bank, account, number).
            auto verification = m_ctx.db().prepare(
                "SELECT amount_cents, decision, override_seq, "
                "(SELECT COUNT(*) FROM payment_tenders t JOIN check_verifications w ON w.id = t.reference "
                " WHERE t.kind IN ('check', 'money_order') AND (w.id = v.id OR (w.routing = v.routing AND w.account = v.account "
                " AND w.serial = v.serial AND v.serial <> ''))), instrument, customer_account "
                "FROM check_verifications v WHERE id = ?");
            verification.bind(1, t.reference);
            if (!verification.step())
                notRecorded(Msg::ItemNotVerified);
            bool isOrder = verification.columnText(4) == "money_order" || verification.columnText(4) == "postal_money_order";
            if (isOrder != (t.kind == TenderKind::MoneyOrder))
                notRecorded(Msg::ItemVerifiedAsOther, {{"item", t.reference}, {"instrument", verification.columnText(4)}});
            // The customer's history was judged for the account named at verification: it must be this payment's.
            std::string verifiedFor = verification.columnText(5);
            if (!verifiedFor.empty() && !accounts.count(verifiedFor))
                notRecorded(Msg::ItemVerifiedForOtherAccount, {{"item", t.reference}, {"account", verifiedFor}});
            if (verification.columnInt(0) != t.amount.cents())
                notRecorded(Msg::ItemVerifiedForOtherAmount,
                            {{"item", t.reference}, {"verified", Money::fromCents(verification.columnInt(0))}, {"amount", t.amount}});
            auto decision = parseCheckDecision(verification.columnTextView(1));
            if (!decision || !checkUsable(*decision, !verification.columnIsNull(2)))
                notRecorded(Msg::ItemNotAccepted, {{"item", t.reference}});
            if (verification.columnInt(3) > 0)
                notRecorded(Msg::ItemAlreadyTaken, {{"item", t.reference}});
        }
        tenders.push_back(Tender{t.kind, t.amount});
        tenderJson.push_back({{"kind", tenderKindName(t.kind)}, {"amount", t.amount.cents()}, {"reference", t.reference}});
        if (!card.is_null())
            tenderJson.back()["card"] = card;
    }
    bool takesCash = std::any_of(request.tenders.begin(), request.tenders.end(),
                                 [](const TenderInput& t) { return t.kind == TenderKind::Cash; });
    bool takesCard = std::any_of(request.tenders.begin(), request.tenders.end(),
                                 [](const TenderInput& t) { return t.kind == TenderKind::Card; });
    if ((takesCash || takesCard) && !drawer)
        notRecorded(Msg::MailBatchNoCashOrCard);
    if (takesCash && drawer->level == CashLevel::DropRequired)
        notRecorded(Msg::DrawerDropFirst, {{"expected", drawer->expectedCash}});
    TenderPolicy policy;
    policy.cashBackOnChecks = m_ctx.settings().setting("payment.cash_back_on_checks") != 0;
    SettlementResult settled = settle(due, tenders, policy, !creditAccount.empty());
    if (!settled.settlement)
        notRecorded(*settled.error);
    const Settlement& s = *settled.settlement;
    if (s.extraCredit.isPositive())
        lines.push_back({{"account", creditAccount}, {"bill", ""}, {"fee", ""}, {"fund", "CREDIT"},
                         {"amount", s.extraCredit.cents()}});

    // Gap-free per station: the number is taken inside the transaction that records the payment.
    auto counter = m_ctx.db().prepare("SELECT COALESCE((SELECT value FROM counters WHERE series = 'receipt'), 0)");
    counter.step();
    std::int64_t number = counter.columnInt(0) + 1;
    std::string receiptNumber = stationScopedId(m_ctx.stationId(), "R", static_cast<std::uint64_t>(number));
    json body = {{"receipt", receiptNumber},
                 {"drawer", drawer ? drawer->id : std::string()},
                 {"receipt_number", number},
                 {"request", request.requestId},
                 {"lines", lines},
                 {"tenders", tenderJson},
                 {"total", (s.due + s.extraCredit).cents()},
                 {"tendered", s.tendered.cents()},
                 {"change", s.change.cents()}};
    if (!batchId.empty())
        body["batch"] = std::string(batchId);
    Record record = m_ctx.commit("payment.taken", request.operatorId, body);
    PaymentOutcome outcome;
    outcome.receipt = receiptNumber;
    outcome.seq = record.seq;
    outcome.settlement = s;
    return outcome;
}

std::vector<Allocation> PaymentService::defaultBills(std::string_view number) const
{
    auto detail = m_station.accounts().account(number);
    if (!detail)
        notRecorded(Msg::PaymentAccountUnknown, {{"account", number}});
    if (detail->summary.status == "closed")
        notRecorded(Msg::PaymentAccountClosed, {{"account", number}});
    std::vector<Allocation> bills;
    for (const auto& b : detail->openBills) // oldest due first
        bills.push_back(Allocation{b.id, b.account, b.open});
    return bills;
}

PaymentOutcome PaymentService::takePaymentWithItems(PaymentRequest request, std::string_view supervisorId, std::string_view pin)
{
    if (receiptForRequest(request.requestId))
        return takePayment(request); // recorded before: the first payment's answer, and nothing verified again
    // What can be refused before anything is recorded comes first, the supervisor's PIN last.
    m_station.drawers().requireOpenDrawer(request.operatorId, DrawerUse::Payment);
    std::string customer = !request.billAmounts.empty()      ? request.billAmounts.front().account
                           : !request.accountAmounts.empty() ? request.accountAmounts.front().first
                                                             : std::string();
    Money left; // what is still due as each tender is handed over, for an item's over-the-amount-due rule
    for (const auto& a : request.billAmounts)
        left += a.amount;
    for (const auto& [number, amount] : request.accountAmounts)
        left += amount;
    for (const auto& fee : m_station.accounts().fees()) {
        for (const auto& [code, quantity] : request.fees) {
            if (code == fee.code && quantity >= 1 && quantity <= 99)
                left += fee.amount.times(quantity);
        }
    }
    if (!supervisorId.empty()) {
        ApprovalRequest anyOverride{"check_override", "", 0, request.operatorId};
        if (auto refusal = m_station.operators().approvalRefusal(anyOverride, supervisorId))
            notRecorded(*refusal);
        if (SignInResult pinCheck = m_station.operators().checkPin(supervisorId, pin, "approval"); !pinCheck.ok)
            notRecorded(*pinCheck.message);
    }
    PaymentOutcome outcome;
    m_ctx.inTransaction([&] {
        for (std::size_t i = 0; i < request.tenders.size(); ++i) {
            TenderInput& tender = request.tenders[i];
            auto item = request.items.find(i);
            if (item != request.items.end() && tender.kind != TenderKind::Cash) {
                CheckInput input = item->second;
                input.amount = tender.amount;
                input.customerAccount = customer;
                input.amountDue = left.isPositive() ? left : Money();
                if (tender.kind == TenderKind::MoneyOrder && !input.instrument)
                    input.instrument = CheckInstrument::MoneyOrder;
                CheckVerification v;
                try {
                    v = m_station.checks().verifyCheck(request.operatorId, input);
                } catch (const CommandRefused& e) {
                    notRecorded(e.message());
                }
                const bool order = tender.kind == TenderKind::MoneyOrder;
                std::string item = v.micr.serial.empty() ? v.id : v.micr.serial + " (" + v.id + ")";
                std::vector<Message> reasons;
                for (const auto& r : v.decision.reasons)
                    reasons.push_back(r.message);
                if (v.decision.kind == CheckDecisionKind::Decline)
                    notRecorded(order ? Msg::MoneyOrderDeclined : Msg::CheckDeclined, {{"item", item}, {"reasons", reasons}});
                if (v.decision.kind == CheckDecisionKind::NeedsApproval) {
                    if (supervisorId.empty())
                        notRecorded(order ? Msg::MoneyOrderNeedsOverride : Msg::CheckNeedsOverride,
                                    {{"item", item}, {"reasons", reasons}});
                    ApprovalResult approval = m_station.operators().grantApproval(m_station.checks().checkOverrideRequest(request.operatorId, v.id), supervisorId);
                    m_station.checks().overrideCheck(request.operatorId, v.id, approval.approvalId);
                }
                tender.reference = v.id;
            }
            left -= tender.amount;
        }
        outcome = takePayment(request);
    });
    return outcome;
}

std::optional<std::string> PaymentService::receiptForRequest(std::string_view requestId) const
{
    auto st = m_ctx.db().prepare("SELECT number FROM receipts WHERE request = ?");
    st.bind(1, requestId);
    if (!st.step())
        return std::nullopt;
    return st.columnText(0);
}

ApprovalRequest PaymentService::voidRequest(std::string_view operatorId, std::string_view receiptNumber)
{
    auto r = receipt(receiptNumber);
    if (!r)
        throw CommandRefused(Msg::ReceiptUnknown, {{"receipt", receiptNumber}});
    // Every refusal of a void is here, so it comes before a supervisor is asked; voidPayment asks this first.
    if (r->status == "voided")
        throw CommandRefused(Msg::ReceiptAlreadyVoided, {{"receipt", r->number}});
    if (r->refunded.isPositive())
        throw CommandRefused(Msg::ReceiptHasRefunds, {{"receipt", r->number}});
    {
        auto mailed = m_ctx.db().prepare("SELECT batch FROM batch_items WHERE receipt = ?");
        mailed.bind(1, r->number);
        if (mailed.step())
            throw CommandRefused(Msg::ReceiptFromMailBatch, {{"receipt", r->number}, {"batch", mailed.columnText(0)}});
    }
    {
        // A void undoes a payment inside its own drawer session; afterwards the money has been counted and it is
        // a refund.
        auto st = m_ctx.db().prepare("SELECT drawer FROM receipts WHERE number = ?");
        st.bind(1, r->number);
        st.step();
        std::string drawerId = st.columnText(0);
        if (drawerId.empty())
            throw CommandRefused(Msg::ReceiptNotInDrawer, {{"receipt", r->number}});
        auto open = m_station.drawers().openDrawer();
        if (!open || open->id != drawerId)
            throw CommandRefused(Msg::ReceiptDrawerClosed, {{"receipt", r->number}, {"drawer", drawerId}});
        // The cash goes back out of the drawer it came into, by the cashier whose drawer it is.
        m_station.drawers().requireOpenDrawer(operatorId, DrawerUse::Void);
    }
    return ApprovalRequest{"void", "receipt " + r->number, r->total.cents(), std::string(operatorId),
                           Message(Msg::ApprovalVoid, {{"receipt", r->number}, {"amount", r->total}})};
}

ApprovalRequest PaymentService::refundRequest(std::string_view operatorId, std::string_view receiptNumber, Money amount,
                                       std::string_view method)
{
    if (method != "cash" && method != "check_request" && method != "card")
        throw CommandRefused(Msg::RefundMethodWithCard);
    auto r = receipt(receiptNumber);
    if (!r)
        throw CommandRefused(Msg::ReceiptUnknown, {{"receipt", receiptNumber}});
    // Refused here, before a supervisor is asked, as well as in refundPayment.
    if (r->status == "voided")
        throw CommandRefused(Msg::ReceiptVoidedNoRefund, {{"receipt", r->number}});
    Money refundable = r->refundable();
    if (!amount.isPositive() || amount > refundable)
        throw CommandRefused(Msg::RefundAmountRange, {{"receipt", r->number}, {"refundable", refundable}});
    if (method == "card") {
        Money charged = cardCharged(r->number);
        if (!charged.isPositive())
            throw CommandRefused(Msg::RefundNotByCard, {{"receipt", r->number}});
        if (amount > charged)
            throw CommandRefused(Msg::RefundOverCard, {{"charged", charged}, {"receipt", r->number}});
    }
    if (method == "cash") {
        // Cash leaves the drawer it is paid from: the cashier's open drawer, whichever took the payment.
        DrawerInfo d = m_station.drawers().requireOpenDrawer(operatorId, DrawerUse::CashRefund);
        if (amount > d.expectedCash)
            throw CommandRefused(Msg::RefundDrawerShort, {{"expected", d.expectedCash}});
    }
    return ApprovalRequest{"refund", "receipt " + r->number + " " + std::string(method), amount.cents(),
                           std::string(operatorId),
                           Message(method == "cash"   ? Msg::ApprovalRefundCash
                                   : method == "card" ? Msg::ApprovalRefundCard
                                                      : Msg::ApprovalRefundCheck,
                                   {{"amount", amount}, {"receipt", r->number}})};
}

Record PaymentService::voidPayment(std::string_view operatorId, std::string_view receiptNumber, std::string_view approvalId)
{
    ApprovalRequest request = voidRequest(operatorId, receiptNumber); // every refusal of a void
    auto r = receipt(receiptNumber);
    // voidRequest made sure the receipt's drawer is open and the voiding cashier's own.
    std::string receiptDrawer = m_station.drawers().requireOpenDrawer(operatorId, DrawerUse::Void).id;
    std::int64_t cash = 0, checks = 0, checkCount = 0, orders = 0, orderCount = 0, cards = 0, cardCount = 0;
    {
        auto st = m_ctx.db().prepare("SELECT kind, amount_cents FROM payment_tenders WHERE receipt = ?");
        st.bind(1, r->number);
        while (st.step()) {
            std::string kind = st.columnText(0);
            std::int64_t amount = st.columnInt(1);
            if (kind == "cash")
                cash += amount;
            else if (kind == "check")
                checks += amount, ++checkCount;
            else if (kind == "card")
                cards += amount, ++cardCount; // back to the card through the terminal, not through the drawer
            else
                orders += amount, ++orderCount;
        }
    }
    json lines = json::array();
    auto st = m_ctx.db().prepare("SELECT line, amount_cents - reversed_cents FROM payment_lines WHERE receipt = ? "
                            "ORDER BY line");
    st.bind(1, r->number);
    while (st.step())
        lines.push_back({{"line", st.columnInt(0)}, {"amount", st.columnInt(1)}});
    json body = {{"receipt", r->number},     {"lines", lines},          {"total", r->total.cents()},
                 {"method", "void"},         {"drawer", receiptDrawer}, {"cash", cash},
                 {"change", r->change.cents()}, {"checks", checks},    {"check_count", checkCount},
                 {"money_orders", orders},   {"money_order_count", orderCount}};
    if (cardCount > 0) {
        body["cards"] = cards;
        body["card_count"] = cardCount;
        body["card_approvals"] = cardApprovals(r->number);
    }
    return m_ctx.commit("payment.voided", operatorId, body, CommitOptions::approval(&request, approvalId));
}

Record PaymentService::refundPayment(std::string_view operatorId, std::string_view receiptNumber, Money amount,
                              std::string_view method, std::string_view approvalId)
{
    ApprovalRequest request = refundRequest(operatorId, receiptNumber, amount, method); // every refusal of a refund
    auto r = receipt(receiptNumber);
    // Reverse from the last line back: credits and fees before bills, the newest bill before older ones.
    json lines = json::array();
    Money left = amount;
    auto st = m_ctx.db().prepare("SELECT line, amount_cents - reversed_cents FROM payment_lines WHERE receipt = ? "
                            "ORDER BY line DESC");
    st.bind(1, r->number);
    while (left.isPositive() && st.step()) {
        Money available = Money::fromCents(st.columnInt(1));
        if (!available.isPositive())
            continue;
        Money take = available < left ? available : left;
        lines.push_back({{"line", st.columnInt(0)}, {"amount", take.cents()}});
        left -= take;
    }
    json body = {{"receipt", r->number}, {"lines", lines}, {"total", amount.cents()}, {"method", std::string(method)}};
    if (method == "cash")
        body["drawer"] = m_station.drawers().requireOpenDrawer(operatorId, DrawerUse::CashRefund).id; // checked above
    if (method == "card") {
        // The refund goes back through the terminal and names the charge it reverses; it lowers the batch of the
        // refunding cashier's drawer, when one is open.
        body["card_approvals"] = cardApprovals(r->number);
        if (auto open = m_station.drawers().openDrawer(); open && open->operatorId == operatorId)
            body["card_drawer"] = open->id;
    }
    return m_ctx.commit("payment.refunded", operatorId, body, CommitOptions::approval(&request, approvalId));
}

std::string PaymentService::exportPostings(std::string_view day) const
{
    CsvWriter csv;
    writePostingsHeader(csv);
    auto st = m_ctx.db().prepare("SELECT receipt, time_ms, type, account, bill, fee, fund, amount_cents, tender FROM postings "
                            "WHERE day = ? ORDER BY seq, line");
    st.bind(1, day);
    while (st.step()) {
        writePostingRow(csv, PostingRow{st.columnText(0), st.columnInt(1), st.columnText(2), st.columnText(3),
                                        st.columnText(4), st.columnText(5), st.columnText(6),
                                        Money::fromCents(st.columnInt(7)), st.columnText(8)});
    }
    return csv.str();
}

} // namespace tillbook::station
