// Cash drawer arithmetic for a counter: counting by denomination, expected cash, over/short.
#include "core/drawer.h"

#include "core/text.h"

#include <limits>
#include <stdexcept>

namespace tillbook {

namespace {

constexpr std::array<DenominationInfo, kDenominationCount> kDenominations{{
    {Denomination::Bill100, "bill_100", "$100", 10000},
    {Denomination::Bill50, "bill_50", "$50", 5000},
    {Denomination::Bill20, "bill_20", "$20", 2000},
    {Denomination::Bill10, "bill_10", "$10", 1000},
    {Denomination::Bill5, "bill_5", "$5", 500},
    {Denomination::Bill2, "bill_2", "$2", 200},
    {Denomination::Bill1, "bill_1", "$1", 100},
    {Denomination::Coin100, "coin_100", "$1 coin", 100},
    {Denomination::Coin50, "coin_50", "50¢", 50},
    {Denomination::Coin25, "coin_25", "25¢", 25},
    {Denomination::Coin10, "coin_10", "10¢", 10},
    {Denomination::Coin5, "coin_5", "5¢", 5},
    {Denomination::Coin1, "coin_1", "1¢", 1},
}};

constexpr std::string_view kRolledCoinKey = "rolled_coin";
constexpr std::string_view kUnitemizedKey = "unitemized";

// "$20 notes", "25¢ coins", "$1 coins": what a cashier calls a pile of one denomination, in their language.
Message pileName(const DenominationInfo& info)
{
    return word("pile", info.key);
}

// The pieces alone, unchecked: with every count within 0..kMaxPiecesPerDenomination this cannot overflow
// (13 * 1,000,000 * 10,000 cents is far below int64), and otherwise the checked operators throw.
Money piecesTotal(const CashCount& count)
{
    Money total;
    for (std::size_t i = 0; i < kDenominationCount; ++i)
        total += Money::fromCents(kDenominations[i].cents) * count.pieces[i];
    return total;
}

} // namespace

const std::array<DenominationInfo, kDenominationCount>& denominations()
{
    return kDenominations;
}

std::optional<Message> checkCount(const CashCount& count)
{
    for (std::size_t i = 0; i < kDenominationCount; ++i) {
        if (count.pieces[i] < 0)
            return Message(Msg::CountPileNegative, {{"pile", pileName(kDenominations[i])}});
        if (count.pieces[i] > kMaxPiecesPerDenomination)
            return Message(Msg::CountPileTooMany, {{"pile", pileName(kDenominations[i])}});
    }
    if (count.rolledCoin.isNegative())
        return Message(Msg::CountRolledNegative, {{"amount", count.rolledCoin}});
    if (count.unitemized.isNegative())
        return Message(Msg::CountCashNegative, {{"amount", count.unitemized}});
    // Every part is now non-negative and the pieces are bounded, so the only way out of range is the sum.
    const Money pieces = piecesTotal(count);
    if (count.rolledCoin.cents() > std::numeric_limits<std::int64_t>::max() - pieces.cents()
        || count.unitemized.cents() > std::numeric_limits<std::int64_t>::max() - pieces.cents() - count.rolledCoin.cents())
        return Message(Msg::CountTooLarge);
    return std::nullopt;
}

Money countTotal(const CashCount& count)
{
    return piecesTotal(count) + count.rolledCoin + count.unitemized;
}

void addCount(CashCount& into, const CashCount& more)
{
    for (std::size_t i = 0; i < into.pieces.size(); ++i)
        into.pieces[i] += more.pieces[i];
    into.rolledCoin += more.rolledCoin;
    into.unitemized += more.unitemized;
}

std::vector<std::pair<std::string, std::int64_t>> countEntries(const CashCount& count)
{
    std::vector<std::pair<std::string, std::int64_t>> entries;
    entries.reserve(kDenominationCount + 1);
    for (std::size_t i = 0; i < kDenominationCount; ++i) {
        if (count.pieces[i] != 0)
            entries.emplace_back(std::string(kDenominations[i].key), count.pieces[i]);
    }
    entries.emplace_back(std::string(kRolledCoinKey), count.rolledCoin.cents());
    if (!count.unitemized.isZero())
        entries.emplace_back(std::string(kUnitemizedKey), count.unitemized.cents());
    return entries;
}

CountParse countFromEntries(std::span<const std::pair<std::string, std::int64_t>> entries)
{
    CashCount count;
    std::array<bool, kDenominationCount + 2> seen{}; // the last two slots are the rolled coin and the unitemized cash
    for (const auto& [key, value] : entries) {
        std::size_t slot = key == kUnitemizedKey ? kDenominationCount + 1 : kDenominationCount;
        if (key != kRolledCoinKey && key != kUnitemizedKey) {
            slot = 0;
            while (slot < kDenominationCount && kDenominations[slot].key != key)
                ++slot;
            if (slot == kDenominationCount)
                return {std::nullopt, "The count has an unknown denomination " + quoteForMessage(key) + "."};
        }
        if (seen[slot])
            return {std::nullopt, "The count gives " + quoteForMessage(key) + " more than once."};
        seen[slot] = true;
        if (value < 0)
            return {std::nullopt, "The count for " + quoteForMessage(key) + " cannot be negative."};
        if (slot == kDenominationCount + 1)
            count.unitemized = Money::fromCents(value);
        else if (slot == kDenominationCount)
            count.rolledCoin = Money::fromCents(value);
        else
            count.pieces[slot] = value;
    }
    return {count, {}};
}

Money expectedCash(const DrawerTotals& totals)
{
    // Change is subtracted, not netted into cashReceived: received is what the customer handed over.
    return totals.openingFloat + totals.cashReceived - totals.changeGiven - totals.paidOuts - totals.drops -
           totals.pickups;
}

OverShort overShort(const DrawerTotals& expected, Money countedCash, Money countedChecks, Money countedMoneyOrders,
                    Money cardBatch)
{
    OverShort result;
    result.cash = countedCash - expectedCash(expected);
    result.checks = countedChecks - expected.checks;
    result.moneyOrders = countedMoneyOrders - expected.moneyOrders;
    result.cards = cardBatch - expected.cards;
    result.total = result.cash + result.checks + result.moneyOrders + result.cards;
    return result;
}

bool beyondTolerance(const OverShort& result, Money tolerance)
{
    if (tolerance.isNegative())
        throw std::invalid_argument("beyondTolerance: the tolerance is negative");
    // A surplus in one tender does not excuse a shortage in another, so each is judged on its own as well.
    return result.total.abs() > tolerance || result.cash.abs() > tolerance || result.checks.abs() > tolerance ||
           result.moneyOrders.abs() > tolerance || result.cards.abs() > tolerance;
}

CountJudgement judgeCount(const OverShort& result, Money tolerance)
{
    const bool beyond = beyondTolerance(result, tolerance);
    const bool tendersDiffer = !result.cash.isZero() || !result.checks.isZero() || !result.moneyOrders.isZero()
                               || !result.cards.isZero();
    if (result.total.isZero() && !tendersDiffer)
        return {CountVerdict::Balanced, Message(Msg::CountBalanced)};
    const CountVerdict verdict = beyond ? CountVerdict::Beyond : CountVerdict::Within;
    const std::vector<MessageArg> args{{"amount", result.total.abs()}, {"tolerance", tolerance}};
    if (result.total.isZero())
        return {verdict, Message(beyond ? Msg::CountEvenTenderBeyond : Msg::CountEvenWithin, {{"tolerance", tolerance}})};
    // The total may be within the tolerance while one tender alone is beyond it: say so, or "within" would mislead.
    const bool totalBeyond = result.total.abs() > tolerance;
    const bool shortAll = result.total.isNegative();
    Msg id = !beyond ? (shortAll ? Msg::CountShortWithin : Msg::CountOverWithin)
           : totalBeyond ? (shortAll ? Msg::CountShortBeyond : Msg::CountOverBeyond)
                         : (shortAll ? Msg::CountShortTenderBeyond : Msg::CountOverTenderBeyond);
    return {verdict, Message(id, args)};
}

CashLevel cashLevel(Money cashInDrawer, Money warnAt, Money requireAt)
{
    if (cashInDrawer > requireAt)
        return CashLevel::DropRequired;
    if (cashInDrawer > warnAt)
        return CashLevel::Warn;
    return CashLevel::Normal;
}

} // namespace tillbook
