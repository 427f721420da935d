// Cash drawer arithmetic for a counter: counting by denomination, expected cash, over/short.
#pragma once

#include "core/message.h"
#include "core/money.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tillbook {

// Bad input (a negative count, an unknown key...) is reported as a one-sentence reason in the result, never
// thrown. Sums that do not fit in int64 cents throw MoneyOverflow.

// US denominations a drawer holds, in display order.
enum class Denomination { Bill100, Bill50, Bill20, Bill10, Bill5, Bill2, Bill1, Coin100, Coin50, Coin25, Coin10, Coin5, Coin1 };
inline constexpr std::size_t kDenominationCount = 13;
struct DenominationInfo {
    Denomination denomination;
    std::string_view key;   // export name: "bill_20", "coin_25"
    std::string_view label; // for people, in English (printed documents, tillctl): "$20", "25¢"; screens show word.denomination.KEY
    std::int64_t cents;     // face value of one piece
};
// keys: "bill_100","bill_50","bill_20","bill_10","bill_5","bill_2","bill_1","coin_100","coin_50","coin_25","coin_10","coin_5","coin_1"
// labels: "$100", "$50", "$20", "$10", "$5", "$2", "$1", "$1 coin", "50¢", "25¢", "10¢", "5¢", "1¢"
// Indexed by static_cast<std::size_t>(Denomination).
const std::array<DenominationInfo, kDenominationCount>& denominations();

// More pieces of one denomination than this is a typing slip, not a count.
inline constexpr std::int64_t kMaxPiecesPerDenomination = 1'000'000;

struct CashCount {
    std::array<std::int64_t, kDenominationCount> pieces{}; // number of notes or coins of each denomination
    Money rolledCoin;                                         // wrapped coin rolls, as an amount
    // Cash counted as one amount, not by denomination (tillctl's --float/--cash, e.g. closing a drawer a crash left
    // open): kept apart so the deposit slip never shows a breakdown nobody counted.
    Money unitemized;
};
// Empty string when the count is usable; else one sentence: a negative count names its denomination
// ("The count of $20 notes cannot be negative."), a count over 1,000,000 pieces is refused, a negative rolled
// coin or unitemized amount is refused, and a total over int64 cents is refused (no throw).
std::optional<Message> checkCount(const CashCount& count);
Money countTotal(const CashCount& count); // throws MoneyOverflow; call checkCount first
// Adds `more` to `into`, denomination by denomination (cash gathered from several counts for one deposit).
void addCount(CashCount& into, const CashCount& more);
// The count as {"bill_100": n, ...} pairs (only non-zero, in display order) plus "rolled_coin" cents (always)
// and "unitemized" cents (only when non-zero, so counts by denomination keep their bytes): for record bodies.
std::vector<std::pair<std::string, std::int64_t>> countEntries(const CashCount& count);
// The inverse; nullopt (and a reason) for an unknown key, a key given twice or a negative value.
// Keys not given count as zero. The piece limit is checkCount's business, not this one's.
struct CountParse {
    std::optional<CashCount> count;
    std::string error;
};
CountParse countFromEntries(std::span<const std::pair<std::string, std::int64_t>> entries);

// What the drawer should hold. All fields are running totals for one drawer session.
struct DrawerTotals {
    Money openingFloat;   // the float as COUNTED at opening (never expected + difference: that counts the difference twice)
    Money cashReceived;   // cash tendered by customers
    Money changeGiven;    // change handed back (cash only)
    Money paidOuts;       // cash refunds and other paid-outs from this drawer
    Money drops;          // cash dropped to the safe
    Money pickups;        // cash picked up by a supervisor
    Money checks;         // checks taken (kept in the drawer until deposit)
    Money moneyOrders;
    std::int64_t checkCount = 0;
    std::int64_t moneyOrderCount = 0;
    Money cards;          // card tenders less card voids and refunds: what the terminal's batch should settle
    std::int64_t cardCount = 0;
};
// float + cash received - change given - paid-outs - drops - pickups. Checks and money orders never enter it.
// Throws MoneyOverflow.
Money expectedCash(const DrawerTotals& totals);

// Over/short per tender at close: positive = over, negative = short.
struct OverShort {
    Money cash;
    Money checks;
    Money moneyOrders;
    Money total;
    Money cards; // the terminal's batch total keyed at close against the drawer's card tenders
};
// counted - expected per tender (cash against expectedCash(expected)); total is their sum. Throws MoneyOverflow.
OverShort overShort(const DrawerTotals& expected, Money countedCash, Money countedChecks, Money countedMoneyOrders,
                    Money cardBatch = Money());
// True when |total| > tolerance or any single tender's |over/short| > tolerance.
// Throws std::invalid_argument for a negative tolerance.
bool beyondTolerance(const OverShort& result, Money tolerance);

// The close result as a person reads it: one sentence ("Short $0.55, within the $5.00 tolerance") and how it
// stands. Only an exact count in every tender is Balanced; any difference within the tolerance is Within (never
// shown as good news), and Beyond needs a reason and a supervisor, as beyondTolerance decides.
enum class CountVerdict { Balanced, Within, Beyond };
struct CountJudgement {
    CountVerdict verdict = CountVerdict::Balanced;
    Message summary{Msg::CountBalanced};
};
// Throws std::invalid_argument for a negative tolerance.
CountJudgement judgeCount(const OverShort& result, Money tolerance);

// Pickup thresholds: above `warnAt` the station warns; above `requireAt` a drop is required before the next
// cash payment. Exactly at a threshold is still below it.
enum class CashLevel { Normal, Warn, DropRequired };
CashLevel cashLevel(Money cashInDrawer, Money warnAt, Money requireAt);

} // namespace tillbook
