// Counter rules for applying a payment to open bills and settling it against the tenders handed over.
#include "core/payment.h"

#include <algorithm>
#include <cstddef>
#include <map>

namespace tillbook {

namespace {

// Bill ids in a reason may come from what the screen sent; a pasted novel should not become the message.
std::string billName(std::string_view billId)
{
    constexpr std::size_t kMaxShown = 40;
    if (billId.size() <= kMaxShown)
        return std::string(billId);
    return std::string(billId.substr(0, kMaxShown - 3)) + "...";
}

// Bill id -> index into items. Bill ids are the key every allocation is matched by, so an empty or repeated
// one means the caller built the list wrongly, not that the cashier typed something wrong.
std::map<std::string_view, std::size_t> indexItems(std::span<const OpenItem> items)
{
    std::map<std::string_view, std::size_t> byBill;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].billId.empty())
            throw std::invalid_argument("open items: an item has an empty bill id");
        if (!byBill.emplace(items[i].billId, i).second)
            throw std::invalid_argument("open items: bill " + billName(items[i].billId) + " is listed twice");
    }
    return byBill;
}

} // namespace

AllocationResult allocateOldestFirst(std::span<const OpenItem> items, Money amount, std::string_view creditAccount)
{
    indexItems(items);
    if (!amount.isPositive())
        return {{}, Message(Msg::ApplyAmountNotPositive, {{"amount", amount}})};

    // Nothing is owed on a zero or negative balance, so such items never take part in the order.
    std::vector<std::size_t> order;
    order.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].open.isPositive())
            order.push_back(i);
    }
    // Bill ids are unique, so this order is total and the result never depends on the input order.
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (items[a].dueDate != items[b].dueDate)
            return items[a].dueDate < items[b].dueDate;
        return items[a].billId < items[b].billId;
    });

    AllocationResult result;
    Money remaining = amount;
    for (std::size_t i : order) {
        if (remaining.isZero())
            break;
        const Money take = std::min(items[i].open, remaining);
        result.allocations.push_back(Allocation{items[i].billId, items[i].account, take});
        remaining -= take;
    }
    if (remaining.isPositive()) {
        if (creditAccount.empty())
            return {{}, Message(Msg::LeftoverNeedsAccount, {{"amount", remaining}})};
        result.allocations.push_back(Allocation{std::string(), std::string(creditAccount), remaining});
    }
    return result;
}

std::optional<Message> checkManualAllocation(std::span<const OpenItem> items, std::span<const Allocation> chosen)
{
    const std::map<std::string_view, std::size_t> byBill = indexItems(items);
    std::vector<bool> seen(items.size(), false);

    for (const Allocation& a : chosen) {
        if (a.billId.empty()) {
            if (!a.amount.isPositive())
                return Message(Msg::CreditNotPositive, {{"amount", a.amount}});
            if (a.account.empty())
                return Message(Msg::CreditNeedsAccount, {{"amount", a.amount}});
            continue;
        }

        const std::string bill = billName(a.billId);
        const auto found = byBill.find(a.billId);
        if (found == byBill.end())
            return Message(Msg::BillNotOpen, {{"bill", bill}});
        const OpenItem& item = items[found->second];
        if (seen[found->second])
            return Message(Msg::BillChosenTwice, {{"bill", bill}});
        seen[found->second] = true;
        if (!a.amount.isPositive())
            return Message(Msg::BillAmountNotPositive, {{"bill", bill}, {"amount", a.amount}});
        if (a.amount > item.open)
            return Message(Msg::BillAmountOverBalance, {{"bill", bill}, {"amount", a.amount}, {"open", item.open}});
        // The posting goes to a.account; a mismatch would pay the bill but credit the wrong household.
        if (a.account.empty())
            return Message(Msg::BillNoAccountGiven, {{"bill", bill}, {"account", item.account}});
        if (a.account != item.account)
            return Message(Msg::BillOtherAccount, {{"bill", bill}, {"account", item.account}, {"given", a.account}});
    }
    return std::nullopt;
}

std::string_view tenderKindName(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash:
        return "cash";
    case TenderKind::Check:
        return "check";
    case TenderKind::MoneyOrder:
        return "money_order";
    case TenderKind::Card:
        return "card";
    }
    throw std::invalid_argument("tenderKindName: not a TenderKind");
}

SettlementResult settle(Money due, std::span<const Tender> tenders, const TenderPolicy& policy, bool hasAccount)
{
    if (!due.isPositive())
        return {std::nullopt, Message(Msg::DueNotPositive, {{"amount", due}})};
    if (tenders.empty())
        return {std::nullopt, Message(Msg::TenderNeeded, {{"due", due}})};

    Settlement s;
    s.due = due;
    for (std::size_t i = 0; i < tenders.size(); ++i) {
        const Tender& t = tenders[i];
        // Naming the kind first makes an out-of-range enum throw before it could be counted as non-cash. Reasons are
        // read by the cashier, so the kind is a word in their language rather than its export name.
        const Message kind = word("tender_kind", tenderKindName(t.kind));
        if (!t.amount.isPositive())
            return {std::nullopt, Message(Msg::TenderNotPositive, {MessageArg::number("tender", static_cast<std::int64_t>(i + 1)),
                                                                   {"kind", kind}, {"amount", t.amount}})};
        s.tendered += t.amount;
        if (t.kind == TenderKind::Cash)
            s.cashTendered += t.amount;
    }
    Money charged;
    for (const Tender& t : tenders)
        charged += t.kind == TenderKind::Card ? t.amount : Money();
    // A terminal charges what it is told: more than is due would be change or credit nobody asked the card for.
    if (charged > due)
        return {std::nullopt, Message(Msg::CardsOverDue, {{"charged", charged}, {"due", due}})};
    if (s.tendered < due)
        return {std::nullopt, Message(Msg::TendersShort, {{"short", due - s.tendered}, {"due", due}})};

    const Money excess = s.tendered - due;
    if (policy.cashBackOnChecks) {
        s.change = excess;
    } else {
        // The drawer only gives back cash it received; a check cannot be turned into cash at the counter.
        s.change = std::min(excess, s.cashTendered);
        s.extraCredit = excess - s.change;
    }
    if (s.extraCredit.isPositive() && !hasAccount)
        return {std::nullopt, Message(Msg::OverpaidNeedsAccount, {{"amount", s.extraCredit}})};
    return {s, std::nullopt};
}

} // namespace tillbook
