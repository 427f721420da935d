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

// Reasons are read by the cashier, so the kind is spelled as words rather than as its export name.
std::string tenderLabel(TenderKind kind)
{
    std::string label(tenderKindName(kind));
    std::replace(label.begin(), label.end(), '_', ' ');
    return label;
}

} // namespace

AllocationResult allocateOldestFirst(std::span<const OpenItem> items, Money amount, std::string_view creditAccount)
{
    indexItems(items);
    if (!amount.isPositive())
        return {{}, "The amount to apply must be more than $0.00, not " + formatMoney(amount) + "."};

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
            return {{}, "The " + formatMoney(remaining) + " left after paying every open bill needs an account to "
                        "hold it as credit."};
        result.allocations.push_back(Allocation{std::string(), std::string(creditAccount), remaining});
    }
    return result;
}

std::string checkManualAllocation(std::span<const OpenItem> items, std::span<const Allocation> chosen)
{
    const std::map<std::string_view, std::size_t> byBill = indexItems(items);
    std::vector<bool> seen(items.size(), false);

    for (const Allocation& a : chosen) {
        if (a.billId.empty()) {
            if (!a.amount.isPositive())
                return "A credit must be more than $0.00, not " + formatMoney(a.amount) + ".";
            if (a.account.empty())
                return "A credit of " + formatMoney(a.amount) + " needs an account to hold it.";
            continue;
        }

        const std::string bill = billName(a.billId);
        const auto found = byBill.find(a.billId);
        if (found == byBill.end())
            return "Bill " + bill + " is not one of the open bills.";
        const OpenItem& item = items[found->second];
        if (seen[found->second])
            return "Bill " + bill + " is chosen more than once.";
        seen[found->second] = true;
        if (!a.amount.isPositive())
            return "The amount for bill " + bill + " must be more than $0.00, not " + formatMoney(a.amount) + ".";
        if (a.amount > item.open)
            return "The " + formatMoney(a.amount) + " for bill " + bill + " is more than its open balance of " +
                   formatMoney(item.open) + ".";
        // The posting goes to a.account; a mismatch would pay the bill but credit the wrong household.
        if (a.account.empty())
            return "Bill " + bill + " belongs to account " + item.account + ", but no account was given for it.";
        if (a.account != item.account)
            return "Bill " + bill + " belongs to account " + item.account + ", not account " + a.account + ".";
    }
    return {};
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
        return {std::nullopt, "The amount due must be more than $0.00, not " + formatMoney(due) + "."};
    if (tenders.empty())
        return {std::nullopt, "At least one tender is needed to pay the " + formatMoney(due) + " due."};

    Settlement s;
    s.due = due;
    for (std::size_t i = 0; i < tenders.size(); ++i) {
        const Tender& t = tenders[i];
        // Naming the kind first makes an out-of-range enum throw before it could be counted as non-cash.
        const std::string kind = tenderLabel(t.kind);
        if (!t.amount.isPositive())
            return {std::nullopt, "Tender " + std::to_string(i + 1) + " (" + kind + ", " +
                                      formatMoney(t.amount) + ") must be more than $0.00."};
        s.tendered += t.amount;
        if (t.kind == TenderKind::Cash)
            s.cashTendered += t.amount;
    }
    Money charged;
    for (const Tender& t : tenders)
        charged += t.kind == TenderKind::Card ? t.amount : Money();
    // A terminal charges what it is told: more than is due would be change or credit nobody asked the card for.
    if (charged > due)
        return {std::nullopt, "The card tenders come to " + formatMoney(charged) + ", more than the " + formatMoney(due) +
                                  " due; charge a card only what is due."};
    if (s.tendered < due)
        return {std::nullopt, "The tenders are " + formatMoney(due - s.tendered) + " short of the " +
                                  formatMoney(due) + " due."};

    const Money excess = s.tendered - due;
    if (policy.cashBackOnChecks) {
        s.change = excess;
    } else {
        // The drawer only gives back cash it received; a check cannot be turned into cash at the counter.
        s.change = std::min(excess, s.cashTendered);
        s.extraCredit = excess - s.change;
    }
    if (s.extraCredit.isPositive() && !hasAccount)
        return {std::nullopt, "The " + formatMoney(s.extraCredit) + " overpaid by check or money order cannot be "
                              "given as change and needs an account to hold it as credit."};
    return {s, {}};
}

} // namespace tillbook
