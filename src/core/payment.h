// Counter rules for applying a payment to open bills and settling it against the tenders handed over.
#pragma once

#include "core/message.h"
#include "core/money.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook {

// Bad input (a short tender, an amount over a bill's balance...) is reported as a one-sentence reason in the
// result, never thrown. Only broken invariants throw: std::invalid_argument for malformed open items or an
// out-of-range TenderKind, MoneyOverflow for sums that do not fit.

struct OpenItem {
    std::string billId;  // unique among the items passed together; never empty
    std::string account;
    std::string dueDate; // "YYYY-MM-DD" (sorts as text)
    Money open;          // open balance, > 0; items with open <= 0 are skipped, never paid
};

struct Allocation {
    std::string billId; // empty for an amount left as credit on the account
    std::string account;
    Money amount;       // > 0
};

// Exactly one of allocations / error is meaningful: error is empty on success.
struct AllocationResult {
    std::vector<Allocation> allocations;
    std::optional<Message> error;
};

// Applies `amount` to the items oldest due date first (ties: bill id ascending), each item up to its open
// balance; what is left over becomes one credit Allocation (billId empty) on `creditAccount`, placed last.
// Items whose open balance is zero or negative are skipped: there is nothing on them to pay.
// Errors: amount <= 0; a leftover with an empty creditAccount (a credit needs an account to hold it).
// Throws std::invalid_argument if an item has an empty bill id or two items share one.
AllocationResult allocateOldestFirst(std::span<const OpenItem> items, Money amount, std::string_view creditAccount);

// Checks cashier-chosen amounts per bill: each amount > 0 and <= that bill's open balance, each bill at most
// once, every bill known and on the account the allocation names. An allocation with an empty bill id is a
// credit: it only needs an amount > 0 and an account. Returns nothing when fine, else the reason for the first
// problem, naming the bill. Throws std::invalid_argument for malformed items, as above.
std::optional<Message> checkManualAllocation(std::span<const OpenItem> items, std::span<const Allocation> chosen);

// Card: charged on an external terminal; Tillbook keeps its approval, brand and last four digits (core/card.h).
enum class TenderKind { Cash, Check, MoneyOrder, Card };
inline constexpr TenderKind kTenderKinds[] = {TenderKind::Cash, TenderKind::Check, TenderKind::MoneyOrder, TenderKind::Card};

// "cash", "check", "money_order", "card". Throws std::invalid_argument for a value outside the enum.
std::string_view tenderKindName(TenderKind kind);

struct Tender {
    TenderKind kind = TenderKind::Cash;
    Money amount;
};

// A station setting; by default checks and money orders never produce cash back.
struct TenderPolicy {
    bool cashBackOnChecks = false;
};

// Always tendered == due + change + extraCredit.
struct Settlement {
    Money due;          // what is applied to bills, fees and credits
    Money tendered;     // sum of tenders
    Money cashTendered; // sum of the cash tenders
    Money change;       // always cash; never more than cashTendered unless policy.cashBackOnChecks
    Money extraCredit;  // overpayment by check/money order that cannot be change: left as credit on the account
};

// Exactly one of settlement / error is set.
struct SettlementResult {
    std::optional<Settlement> settlement;
    std::optional<Message> error;
};

// due must be > 0; at least one tender; every tender > 0; tendered >= due.
// Cards are charged no more than is due: card tenders above the amount due are an error.
// excess = tendered - due. Without cashBackOnChecks: change = min(excess, cashTendered) and
// extraCredit = excess - change. With it: change = excess, extraCredit = 0.
// An extraCredit > 0 without an account to hold it is an error.
// Throws MoneyOverflow if the tenders do not sum within range.
SettlementResult settle(Money due, std::span<const Tender> tenders, const TenderPolicy& policy, bool hasAccount);

} // namespace tillbook
