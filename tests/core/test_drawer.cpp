// Tests for core/drawer: denomination table, counts, expected cash, over/short and cash levels, plus
// fixed-seed randomized properties.
#include "core/drawer.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "money_printer.h"

using tillbook::CashCount;
using tillbook::CashLevel;
using tillbook::CountParse;
using tillbook::Denomination;
using tillbook::DrawerTotals;
using tillbook::kDenominationCount;
using tillbook::Money;
using tillbook::MoneyOverflow;
using tillbook::OverShort;
using Catch::Matchers::Contains;

namespace {

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

std::size_t at(Denomination d)
{
    return static_cast<std::size_t>(d);
}

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

} // namespace

TEST_CASE("drawer: the denomination table holds the US denominations in display order", "[drawer]")
{
    const auto& table = tillbook::denominations();
    const std::vector<std::tuple<Denomination, std::string, std::string, std::int64_t>> expected{
        {Denomination::Bill100, "bill_100", "$100", 10000}, {Denomination::Bill50, "bill_50", "$50", 5000},
        {Denomination::Bill20, "bill_20", "$20", 2000},     {Denomination::Bill10, "bill_10", "$10", 1000},
        {Denomination::Bill5, "bill_5", "$5", 500},         {Denomination::Bill2, "bill_2", "$2", 200},
        {Denomination::Bill1, "bill_1", "$1", 100},         {Denomination::Coin100, "coin_100", "$1 coin", 100},
        {Denomination::Coin50, "coin_50", "50¢", 50},       {Denomination::Coin25, "coin_25", "25¢", 25},
        {Denomination::Coin10, "coin_10", "10¢", 10},       {Denomination::Coin5, "coin_5", "5¢", 5},
        {Denomination::Coin1, "coin_1", "1¢", 1},
    };
    REQUIRE(table.size() == kDenominationCount);
    REQUIRE(expected.size() == kDenominationCount);
    for (std::size_t i = 0; i < kDenominationCount; ++i) {
        INFO("row " << i);
        CHECK(table[i].denomination == std::get<0>(expected[i]));
        CHECK(at(table[i].denomination) == i);
        CHECK(table[i].key == std::get<1>(expected[i]));
        CHECK(table[i].label == std::get<2>(expected[i]));
        CHECK(table[i].cents == std::get<3>(expected[i]));
    }
    CHECK(&tillbook::denominations() == &table);
}

TEST_CASE("drawer: count totals", "[drawer]")
{
    SECTION("an empty count is zero and usable")
    {
        CashCount count;
        CHECK(tillbook::englishOf(tillbook::checkCount(count)).empty());
        CHECK(tillbook::countTotal(count) == Money::zero());
    }
    SECTION("a typical opening float with two rolls of quarters")
    {
        CashCount count;
        count.pieces[at(Denomination::Bill20)] = 5;  // $100.00
        count.pieces[at(Denomination::Bill10)] = 6;  //  $60.00
        count.pieces[at(Denomination::Bill5)] = 4;   //  $20.00
        count.pieces[at(Denomination::Bill1)] = 10;  //  $10.00
        count.rolledCoin = cents(2000);              //  $20.00: two $10.00 rolls of quarters
        CHECK(tillbook::englishOf(tillbook::checkCount(count)).empty());
        CHECK(tillbook::countTotal(count) == cents(21000));
    }
    SECTION("one of every denomination")
    {
        CashCount count;
        count.pieces.fill(1);
        CHECK(tillbook::countTotal(count) == cents(10000 + 5000 + 2000 + 1000 + 500 + 200 + 100 + 100 + 50 + 25 + 10 +
                                                   5 + 1));
    }
    SECTION("loose coin is counted by its face value")
    {
        CashCount count;
        count.pieces[at(Denomination::Coin25)] = 7;
        count.pieces[at(Denomination::Coin10)] = 3;
        count.pieces[at(Denomination::Coin5)] = 1;
        count.pieces[at(Denomination::Coin1)] = 4;
        count.pieces[at(Denomination::Coin100)] = 2;
        CHECK(tillbook::countTotal(count) == cents(175 + 30 + 5 + 4 + 200));
    }
}

TEST_CASE("drawer: checkCount refuses unusable counts", "[drawer]")
{
    SECTION("a negative count names its denomination")
    {
        CashCount count;
        count.pieces[at(Denomination::Bill20)] = -1;
        CHECK(tillbook::englishOf(tillbook::checkCount(count)) == "The count of $20 notes cannot be negative.");
        CashCount coins;
        coins.pieces[at(Denomination::Coin25)] = -3;
        CHECK_THAT(tillbook::englishOf(tillbook::checkCount(coins)), Contains("25¢ coins") && Contains("negative"));
        CashCount dollarCoins;
        dollarCoins.pieces[at(Denomination::Coin100)] = -3;
        CHECK_THAT(tillbook::englishOf(tillbook::checkCount(dollarCoins)), Contains("$1 coins"));
    }
    SECTION("more than a million pieces is refused; exactly a million is not")
    {
        CashCount count;
        count.pieces[at(Denomination::Coin1)] = 1'000'000;
        CHECK(tillbook::englishOf(tillbook::checkCount(count)).empty());
        CHECK(tillbook::countTotal(count) == cents(1'000'000));
        count.pieces[at(Denomination::Coin1)] = 1'000'001;
        CHECK_THAT(tillbook::englishOf(tillbook::checkCount(count)), Contains("1¢ coins") && Contains("1,000,000"));
        count.pieces[at(Denomination::Coin1)] = kMax;
        CHECK_FALSE(tillbook::englishOf(tillbook::checkCount(count)).empty());
    }
    SECTION("a negative rolled coin amount is refused")
    {
        CashCount count;
        count.rolledCoin = cents(-1);
        CHECK_THAT(tillbook::englishOf(tillbook::checkCount(count)), Contains("rolled coin") && Contains("negative"));
    }
    SECTION("a total past int64 cents is refused, not thrown, but countTotal throws")
    {
        CashCount count;
        count.pieces[at(Denomination::Bill100)] = 1'000'000; // 10,000,000,000 cents
        count.rolledCoin = cents(kMax - 10'000'000'000);
        CHECK(tillbook::englishOf(tillbook::checkCount(count)).empty());
        CHECK(tillbook::countTotal(count) == cents(kMax));

        count.rolledCoin = cents(kMax - 10'000'000'000 + 1);
        std::string reason;
        REQUIRE_NOTHROW(reason = tillbook::englishOf(tillbook::checkCount(count)));
        CHECK_THAT(reason, Contains("too large"));
        CHECK_THROWS_AS(tillbook::countTotal(count), MoneyOverflow);

        count.rolledCoin = cents(kMax);
        CHECK_FALSE(tillbook::englishOf(tillbook::checkCount(count)).empty());
    }
    SECTION("every reason is one sentence")
    {
        CashCount count;
        count.pieces[at(Denomination::Coin50)] = -2;
        const std::string reason = tillbook::englishOf(tillbook::checkCount(count));
        REQUIRE_FALSE(reason.empty());
        CHECK(reason.back() == '.');
        CHECK(reason.find(". ") == std::string::npos);
    }
}

TEST_CASE("drawer: count entries round trip", "[drawer]")
{
    CashCount count;
    count.pieces[at(Denomination::Bill50)] = 2;
    count.pieces[at(Denomination::Coin10)] = 13;
    count.rolledCoin = cents(1050);

    const auto entries = tillbook::countEntries(count);
    const std::vector<std::pair<std::string, std::int64_t>> expected{
        {"bill_50", 2}, {"coin_10", 13}, {"rolled_coin", 1050}};
    CHECK(entries == expected);

    const CountParse parsed = tillbook::countFromEntries(entries);
    REQUIRE(parsed.count.has_value());
    CHECK(parsed.error.empty());
    CHECK(parsed.count->pieces == count.pieces);
    CHECK(parsed.count->rolledCoin == count.rolledCoin);

    SECTION("an empty count still records its rolled coin")
    {
        const auto empty = tillbook::countEntries(CashCount{});
        REQUIRE(empty.size() == 1);
        CHECK(empty[0] == std::pair<std::string, std::int64_t>{"rolled_coin", 0});
    }
    SECTION("cash counted as one amount is kept apart, and only named when there is some")
    {
        CashCount lump;
        lump.unitemized = cents(18250);
        const auto lumpEntries = tillbook::countEntries(lump);
        const std::vector<std::pair<std::string, std::int64_t>> written{{"rolled_coin", 0}, {"unitemized", 18250}};
        CHECK(lumpEntries == written);
        const CountParse back = tillbook::countFromEntries(lumpEntries);
        REQUIRE(back.count.has_value());
        CHECK(back.count->unitemized == cents(18250));
        CHECK(tillbook::countTotal(*back.count) == cents(18250));
        lump.unitemized = cents(-1);
        CHECK_THAT(tillbook::englishOf(tillbook::checkCount(lump)), Contains("cannot be negative"));
        const std::vector<std::pair<std::string, std::int64_t>> negative{{"unitemized", -5}};
        CHECK_FALSE(tillbook::countFromEntries(negative).count.has_value());
    }
    SECTION("missing keys read as zero")
    {
        const std::vector<std::pair<std::string, std::int64_t>> few{{"coin_1", 9}};
        const CountParse p = tillbook::countFromEntries(few);
        REQUIRE(p.count.has_value());
        CHECK(tillbook::countTotal(*p.count) == cents(9));
        CHECK(p.count->rolledCoin == Money::zero());
    }
    SECTION("an unknown key is refused and named")
    {
        const std::vector<std::pair<std::string, std::int64_t>> bad{{"bill_3", 1}};
        const CountParse p = tillbook::countFromEntries(bad);
        CHECK_FALSE(p.count.has_value());
        CHECK_THAT(p.error, Contains("bill_3"));
    }
    SECTION("a negative value is refused")
    {
        const std::vector<std::pair<std::string, std::int64_t>> bad{{"coin_5", -1}};
        const CountParse p = tillbook::countFromEntries(bad);
        CHECK_FALSE(p.count.has_value());
        CHECK_THAT(p.error, Contains("negative"));
        const std::vector<std::pair<std::string, std::int64_t>> badRoll{{"rolled_coin", -100}};
        CHECK_FALSE(tillbook::countFromEntries(badRoll).count.has_value());
    }
    SECTION("a key given twice is refused")
    {
        const std::vector<std::pair<std::string, std::int64_t>> twice{{"bill_1", 1}, {"bill_1", 2}};
        const CountParse p = tillbook::countFromEntries(twice);
        CHECK_FALSE(p.count.has_value());
        CHECK_FALSE(p.error.empty());
    }
}

TEST_CASE("drawer: expected cash formula", "[drawer]")
{
    struct Row {
        const char* name;
        DrawerTotals totals;
        std::int64_t expected;
    };
    const auto totals = [](std::int64_t fl, std::int64_t received, std::int64_t change, std::int64_t paidOuts,
                           std::int64_t drops, std::int64_t pickups) {
        DrawerTotals t;
        t.openingFloat = cents(fl);
        t.cashReceived = cents(received);
        t.changeGiven = cents(change);
        t.paidOuts = cents(paidOuts);
        t.drops = cents(drops);
        t.pickups = cents(pickups);
        return t;
    };
    const std::vector<Row> rows{
        {"nothing happened", totals(0, 0, 0, 0, 0, 0), 0},
        {"float only", totals(20000, 0, 0, 0, 0, 0), 20000},
        {"one cash sale with change", totals(20000, 10000, 3750, 0, 0, 0), 26250},
        {"a paid-out", totals(20000, 5000, 0, 1234, 0, 0), 23766},
        {"a drop", totals(20000, 80000, 500, 0, 50000, 0), 49500},
        {"a pickup", totals(20000, 80000, 500, 0, 0, 30000), 69500},
        {"everything", totals(15000, 123456, 2345, 1000, 50000, 20000), 15000 + 123456 - 2345 - 1000 - 50000 - 20000},
        {"more out than in goes negative", totals(0, 0, 0, 100, 0, 0), -100},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(tillbook::expectedCash(row.totals) == cents(row.expected));
    }
    SECTION("overflow throws")
    {
        CHECK_THROWS_AS(tillbook::expectedCash(totals(kMax, 1, 0, 0, 0, 0)), MoneyOverflow);
        DrawerTotals low;
        low.openingFloat = cents(std::numeric_limits<std::int64_t>::min());
        low.paidOuts = cents(1);
        CHECK_THROWS_AS(tillbook::expectedCash(low), MoneyOverflow);
    }
}

TEST_CASE("drawer bug: change counted as cash received", "[drawer][bugs]")
{
    // $100.00 tendered for $62.50 due: the drawer takes in $100.00 and hands back $37.50.
    DrawerTotals t;
    t.openingFloat = cents(20000);
    t.cashReceived = cents(10000);
    t.changeGiven = cents(3750);
    const Money correct = tillbook::expectedCash(t);
    CHECK(correct == cents(20000 + 6250));
    // The bug: the change is added as if it were received, or received is taken as the full tender.
    const Money buggyAdded = t.openingFloat + t.cashReceived + t.changeGiven;
    const Money buggyIgnored = t.openingFloat + t.cashReceived;
    CHECK(correct != buggyAdded);
    CHECK(correct != buggyIgnored);
}

TEST_CASE("drawer bug: opening difference counted twice", "[drawer][bugs]")
{
    // The float should have been $200.00 but $195.00 was counted: expected uses $195.00, once.
    const Money floatExpected = cents(20000);
    const Money floatCounted = cents(19500);
    const Money openingDifference = floatCounted - floatExpected; // -$5.00
    DrawerTotals t;
    t.openingFloat = floatCounted;
    t.cashReceived = cents(5000);
    const Money correct = tillbook::expectedCash(t);
    CHECK(correct == cents(24500));
    const Money buggy = floatCounted + openingDifference + t.cashReceived; // the $5.00 subtracted again
    CHECK(buggy == cents(24000));
    CHECK(correct != buggy);
    // Counting exactly the expected cash at close is then neither over nor short.
    const OverShort os = tillbook::overShort(t, cents(24500), Money::zero(), Money::zero());
    CHECK(os.cash == Money::zero());
    CHECK(os.total == Money::zero());
}

TEST_CASE("drawer bug: checks entered into expected cash", "[drawer][bugs]")
{
    DrawerTotals t;
    t.openingFloat = cents(20000);
    t.cashReceived = cents(3000);
    t.checks = cents(45000);
    t.checkCount = 2;
    t.moneyOrders = cents(12000);
    t.moneyOrderCount = 1;
    const Money correct = tillbook::expectedCash(t);
    CHECK(correct == cents(23000));
    const Money buggy = correct + t.checks + t.moneyOrders;
    CHECK(correct != buggy);
    // And the checks are then judged against the checks counted, not the cash.
    const OverShort os = tillbook::overShort(t, cents(23000), cents(45000), cents(12000));
    CHECK(os.cash == Money::zero());
    CHECK(os.checks == Money::zero());
    CHECK(os.moneyOrders == Money::zero());
    CHECK_FALSE(tillbook::beyondTolerance(os, Money::zero()));
}

TEST_CASE("drawer: over/short per tender and tolerance", "[drawer]")
{
    DrawerTotals t;
    t.openingFloat = cents(20000);
    t.cashReceived = cents(30000);
    t.changeGiven = cents(1000);
    t.checks = cents(10000);
    t.moneyOrders = cents(5000);
    const Money expected = cents(49000);
    REQUIRE(tillbook::expectedCash(t) == expected);
    const Money five = cents(500);

    SECTION("over is positive, short is negative, total is the sum")
    {
        const OverShort os = tillbook::overShort(t, expected + cents(150), cents(10000) - cents(25), cents(5000));
        CHECK(os.cash == cents(150));
        CHECK(os.checks == cents(-25));
        CHECK(os.moneyOrders == Money::zero());
        CHECK(os.total == cents(125));
    }
    SECTION("exactly $5.00 is within; $5.01 is beyond, over or short")
    {
        CHECK_FALSE(tillbook::beyondTolerance(tillbook::overShort(t, expected + five, t.checks, t.moneyOrders), five));
        CHECK_FALSE(tillbook::beyondTolerance(tillbook::overShort(t, expected - five, t.checks, t.moneyOrders), five));
        CHECK(tillbook::beyondTolerance(tillbook::overShort(t, expected + cents(501), t.checks, t.moneyOrders), five));
        CHECK(tillbook::beyondTolerance(tillbook::overShort(t, expected - cents(501), t.checks, t.moneyOrders), five));
        CHECK(tillbook::beyondTolerance(tillbook::overShort(t, expected, t.checks, t.moneyOrders - cents(501)), five));
    }
    SECTION("+$6 cash against -$6 checks is beyond though the total is zero")
    {
        const OverShort os = tillbook::overShort(t, expected + cents(600), t.checks - cents(600), t.moneyOrders);
        CHECK(os.total == Money::zero());
        CHECK(tillbook::beyondTolerance(os, five));
    }
    SECTION("a total beyond tolerance made of tenders each within it")
    {
        OverShort os{cents(400), cents(400), Money::zero(), cents(800), Money::zero()};
        CHECK(tillbook::beyondTolerance(os, five));
    }
    SECTION("a card batch short beyond the tolerance, cash over by as much")
    {
        DrawerTotals t;
        t.openingFloat = cents(20000);
        t.cards = cents(5000);
        OverShort os = tillbook::overShort(t, cents(20600), Money::zero(), Money::zero(), cents(4400));
        CHECK(os.cards == cents(-600));
        CHECK(os.total == Money::zero());
        CHECK(tillbook::beyondTolerance(os, five));
    }
    SECTION("a negative tolerance is a caller error")
    {
        CHECK_THROWS_AS(tillbook::beyondTolerance(OverShort{}, cents(-1)), std::invalid_argument);
    }
}

TEST_CASE("drawer: cash levels at the boundaries", "[drawer]")
{
    const Money warnAt = cents(50000);
    const Money requireAt = cents(80000);
    CHECK(tillbook::cashLevel(Money::zero(), warnAt, requireAt) == CashLevel::Normal);
    CHECK(tillbook::cashLevel(cents(49999), warnAt, requireAt) == CashLevel::Normal);
    CHECK(tillbook::cashLevel(cents(50000), warnAt, requireAt) == CashLevel::Normal);
    CHECK(tillbook::cashLevel(cents(50001), warnAt, requireAt) == CashLevel::Warn);
    CHECK(tillbook::cashLevel(cents(80000), warnAt, requireAt) == CashLevel::Warn);
    CHECK(tillbook::cashLevel(cents(80001), warnAt, requireAt) == CashLevel::DropRequired);
    CHECK(tillbook::cashLevel(cents(kMax), warnAt, requireAt) == CashLevel::DropRequired);
    CHECK(tillbook::cashLevel(cents(-100), warnAt, requireAt) == CashLevel::Normal);
}

TEST_CASE("drawer: randomized count totals match pieces times face value", "[drawer][random]")
{
    std::mt19937_64 rng(0x7111b00cULL);
    std::uniform_int_distribution<std::int64_t> piecesDist(0, 1'000'000);
    std::uniform_int_distribution<std::int64_t> smallDist(0, 60);
    std::uniform_int_distribution<std::int64_t> rolledDist(0, 1'000'000'000);
    std::bernoulli_distribution big(0.2);
    for (int round = 0; round < 2000; ++round) {
        CashCount count;
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < kDenominationCount; ++i) {
            count.pieces[i] = big(rng) ? piecesDist(rng) : smallDist(rng);
            sum += count.pieces[i] * tillbook::denominations()[i].cents;
        }
        count.rolledCoin = cents(rolledDist(rng));
        sum += count.rolledCoin.cents();
        INFO("round " << round);
        REQUIRE(tillbook::englishOf(tillbook::checkCount(count)).empty());
        REQUIRE(tillbook::countTotal(count) == cents(sum));
        const CountParse back = tillbook::countFromEntries(tillbook::countEntries(count));
        REQUIRE(back.count.has_value());
        REQUIRE(back.count->pieces == count.pieces);
        REQUIRE(back.count->rolledCoin == count.rolledCoin);
    }
}

TEST_CASE("drawer: randomized event sequences match a ledger fold", "[drawer][random]")
{
    enum class Event { Sale, PaidOut, Drop, Pickup, CheckPayment, MoneyOrderPayment };
    std::mt19937_64 rng(20240611ULL);
    std::uniform_int_distribution<int> eventDist(0, 5);
    std::uniform_int_distribution<std::int64_t> amountDist(1, 50000);
    std::uniform_int_distribution<int> lengthDist(0, 200);
    for (int round = 0; round < 300; ++round) {
        DrawerTotals t;
        t.openingFloat = cents(amountDist(rng));
        // The ledger: every event moves cash in (+) or out (-) of the drawer, one line at a time.
        std::vector<std::int64_t> ledger{t.openingFloat.cents()};
        std::int64_t checksHeld = 0;
        const int length = lengthDist(rng);
        for (int i = 0; i < length; ++i) {
            const auto event = static_cast<Event>(eventDist(rng));
            const std::int64_t amount = amountDist(rng);
            switch (event) {
            case Event::Sale: {
                // Cash tendered in whole dollars at or above the amount due; change back.
                const std::int64_t tendered = (amount / 100 + 1) * 100;
                t.cashReceived += cents(tendered);
                t.changeGiven += cents(tendered - amount);
                ledger.push_back(tendered);
                ledger.push_back(-(tendered - amount));
                break;
            }
            case Event::PaidOut:
                t.paidOuts += cents(amount);
                ledger.push_back(-amount);
                break;
            case Event::Drop:
                t.drops += cents(amount);
                ledger.push_back(-amount);
                break;
            case Event::Pickup:
                t.pickups += cents(amount);
                ledger.push_back(-amount);
                break;
            case Event::CheckPayment:
                t.checks += cents(amount);
                ++t.checkCount;
                checksHeld += amount; // not cash: never a ledger line
                break;
            case Event::MoneyOrderPayment:
                t.moneyOrders += cents(amount);
                ++t.moneyOrderCount;
                break;
            }
        }
        std::int64_t fold = 0;
        for (std::int64_t line : ledger)
            fold += line;
        INFO("round " << round);
        REQUIRE(tillbook::expectedCash(t) == cents(fold));
        // Counting exactly what the ledger says is never over or short.
        const OverShort os = tillbook::overShort(t, cents(fold), cents(checksHeld), t.moneyOrders);
        REQUIRE(os.total == Money::zero());
        REQUIRE_FALSE(tillbook::beyondTolerance(os, Money::zero()));
    }
}

TEST_CASE("drawer: the close result is one sentence, and only an exact count is balanced", "[drawer]")
{
    using tillbook::CountVerdict;
    const Money five = cents(500);
    struct Row {
        OverShort os;
        CountVerdict verdict;
        const char* english;
    };
    // cash, checks, money orders, total, cards
    const Row rows[] = {
        {{cents(0), cents(0), cents(0), cents(0), cents(0)}, CountVerdict::Balanced,
         "Balanced: the count matches what the drawer should hold"},
        {{cents(-55), cents(0), cents(0), cents(-55), cents(0)}, CountVerdict::Within, "Short $0.55, within the $5.00 tolerance"},
        {{cents(120), cents(0), cents(0), cents(120), cents(0)}, CountVerdict::Within, "Over $1.20, within the $5.00 tolerance"},
        {{cents(-500), cents(0), cents(0), cents(-500), cents(0)}, CountVerdict::Within, "Short $5.00, within the $5.00 tolerance"},
        {{cents(-501), cents(0), cents(0), cents(-501), cents(0)}, CountVerdict::Beyond, "Short $5.01, beyond the $5.00 tolerance"},
        {{cents(2000), cents(0), cents(0), cents(2000), cents(0)}, CountVerdict::Beyond, "Over $20.00, beyond the $5.00 tolerance"},
        {{cents(-1000), cents(955), cents(0), cents(-45), cents(0)}, CountVerdict::Beyond,
         "Short $0.45 in all, but one tender is beyond the $5.00 tolerance"},
        {{cents(300), cents(-300), cents(0), cents(0), cents(0)}, CountVerdict::Within,
         "Even in all, but the tenders differ, within the $5.00 tolerance"},
        {{cents(600), cents(-600), cents(0), cents(0), cents(0)}, CountVerdict::Beyond,
         "Even in all, but one tender is beyond the $5.00 tolerance"},
        {{cents(0), cents(0), cents(0), cents(0), cents(-10)}, CountVerdict::Within,
         "Even in all, but the tenders differ, within the $5.00 tolerance"},
    };
    for (const Row& row : rows) {
        const tillbook::CountJudgement j = tillbook::judgeCount(row.os, five);
        INFO(row.english);
        CHECK(j.verdict == row.verdict);
        CHECK(j.summary.english() == row.english);
    }
    CHECK_THROWS_AS(tillbook::judgeCount(OverShort{}, cents(-1)), std::invalid_argument);
}
