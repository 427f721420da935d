// Tests for core/payment: table-driven counter cases plus fixed-seed randomized properties.
#include "core/payment.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "money_printer.h"

using tillbook::Allocation;
using tillbook::AllocationResult;
using tillbook::Money;
using tillbook::MoneyOverflow;
using tillbook::OpenItem;
using tillbook::Settlement;
using tillbook::SettlementResult;
using tillbook::Tender;
using tillbook::TenderKind;
using tillbook::TenderPolicy;
using Catch::Matchers::Contains;

namespace {

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

Tender cash(std::int64_t amount)
{
    return Tender{TenderKind::Cash, cents(amount)};
}

Tender check(std::int64_t amount)
{
    return Tender{TenderKind::Check, cents(amount)};
}

Tender moneyOrder(std::int64_t amount)
{
    return Tender{TenderKind::MoneyOrder, cents(amount)};
}

// "bill/account/cents": a failing comparison then prints every allocation readably.
std::vector<std::string> describe(const std::vector<Allocation>& allocations)
{
    std::vector<std::string> out;
    for (const Allocation& a : allocations)
        out.push_back(a.billId + "/" + a.account + "/" + std::to_string(a.amount.cents()));
    return out;
}

// Several accounts, a tie on due date, and two items that must never be paid (zero and negative balance).
std::vector<OpenItem> counterItems()
{
    return {
        {"B-3", "A-1", "2024-03-01", cents(4000)},
        {"B-2", "A-2", "2024-01-15", cents(2550)},
        {"B-1", "A-1", "2024-01-15", cents(10000)},
        {"B-0", "A-1", "2024-02-01", cents(0)},
        {"B-9", "A-2", "2023-12-01", cents(-500)},
    };
}

// The order allocateOldestFirst promises, computed independently of it.
std::vector<std::size_t> referenceOrder(const std::vector<OpenItem>& items)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].open.isPositive())
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(items[a].dueDate, items[a].billId) < std::tie(items[b].dueDate, items[b].billId);
    });
    return order;
}

std::int64_t randomIn(std::mt19937_64& rng, std::int64_t low, std::int64_t high)
{
    return std::uniform_int_distribution<std::int64_t>(low, high)(rng);
}

// Few accounts and few dates so ties on due date are common; balances include zero and negative ones.
std::vector<OpenItem> randomItems(std::mt19937_64& rng, std::size_t maxItems)
{
    static const char* const kDates[] = {"2023-11-30", "2024-01-15", "2024-01-16", "2024-02-29", "2024-12-01"};
    static const char* const kAccounts[] = {"A-1", "A-2", "A-3"};
    const std::size_t n = static_cast<std::size_t>(randomIn(rng, 0, static_cast<std::int64_t>(maxItems)));
    // Unique ids of varying length, so text order ("B-10" < "B-9") differs from numeric order.
    std::vector<int> numbers(n);
    for (std::size_t i = 0; i < n; ++i)
        numbers[i] = static_cast<int>(i * 7 + 1);
    std::shuffle(numbers.begin(), numbers.end(), rng);

    std::vector<OpenItem> items;
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t open = 0;
        switch (randomIn(rng, 0, 9)) {
        case 0:
            open = 0;
            break;
        case 1:
            open = -randomIn(rng, 1, 5000);
            break;
        case 2:
            open = randomIn(rng, 1, 3);
            break;
        default:
            open = randomIn(rng, 1, 50000);
            break;
        }
        items.push_back(OpenItem{"B-" + std::to_string(numbers[i]), kAccounts[randomIn(rng, 0, 2)],
                                 kDates[randomIn(rng, 0, 4)], cents(open)});
    }
    return items;
}

std::int64_t positiveOpen(const std::vector<OpenItem>& items)
{
    std::int64_t total = 0;
    for (const OpenItem& item : items)
        total += std::max<std::int64_t>(item.open.cents(), 0);
    return total;
}

TenderKind randomKind(std::mt19937_64& rng)
{
    static const TenderKind kKinds[] = {TenderKind::Cash, TenderKind::Check, TenderKind::MoneyOrder};
    return kKinds[randomIn(rng, 0, 2)];
}

// Tenders of random kinds summing to exactly `total` (at least one cent each), so totals near the amount due
// (short by a little, exact, over by a little) can be aimed at directly.
std::vector<Tender> randomTenders(std::mt19937_64& rng, std::int64_t total)
{
    const std::int64_t count = std::min<std::int64_t>(randomIn(rng, 1, 4), total);
    std::vector<Tender> tenders;
    std::int64_t remaining = total;
    for (std::int64_t k = count - 1; k > 0; --k) {
        const std::int64_t amount = randomIn(rng, 1, remaining - k);
        tenders.push_back(Tender{randomKind(rng), cents(amount)});
        remaining -= amount;
    }
    tenders.push_back(Tender{randomKind(rng), cents(remaining)});
    std::shuffle(tenders.begin(), tenders.end(), rng);
    return tenders;
}

} // namespace

TEST_CASE("allocateOldestFirst pays the oldest bills first", "[payment][allocate]")
{
    // Order of the payable items: B-1 ($100.00; ties B-2 on date and sorts first by id), B-2 ($25.50),
    // B-3 ($40.00). B-0 ($0.00) and B-9 (-$5.00, oldest of all) are skipped. $165.50 is open in all.
    struct Case {
        const char* name;
        std::int64_t amount;
        std::vector<std::string> expected;
    };
    const std::vector<Case> cases = {
        {"exact payment of everything", 16550, {"B-1/A-1/10000", "B-2/A-2/2550", "B-3/A-1/4000"}},
        {"one cent", 1, {"B-1/A-1/1"}},
        {"partial, less than the oldest bill", 3000, {"B-1/A-1/3000"}},
        {"exactly the oldest bill", 10000, {"B-1/A-1/10000"}},
        {"one cent into the second bill", 10001, {"B-1/A-1/10000", "B-2/A-2/1"}},
        {"partial, spanning two bills", 11000, {"B-1/A-1/10000", "B-2/A-2/1000"}},
        {"one cent short of everything", 16549, {"B-1/A-1/10000", "B-2/A-2/2550", "B-3/A-1/3999"}},
        {"over: the rest is credit", 20000, {"B-1/A-1/10000", "B-2/A-2/2550", "B-3/A-1/4000", "/A-7/3450"}},
        {"one cent over", 16551, {"B-1/A-1/10000", "B-2/A-2/2550", "B-3/A-1/4000", "/A-7/1"}},
    };
    const std::vector<OpenItem> items = counterItems();
    for (const Case& c : cases) {
        INFO(c.name);
        const AllocationResult result = tillbook::allocateOldestFirst(items, cents(c.amount), "A-7");
        CHECK(!result.error.has_value());
        CHECK(describe(result.allocations) == c.expected);
    }
}

TEST_CASE("allocateOldestFirst breaks due-date ties by bill id as text - across accounts", "[payment][allocate]")
{
    const std::vector<OpenItem> items = {
        {"B-9", "A-1", "2024-05-01", cents(500)},
        {"B-10", "A-2", "2024-05-01", cents(500)},
        {"C-1", "A-3", "2024-05-01", cents(500)},
        {"A-2", "A-3", "2024-05-02", cents(500)},
        {"Z-1", "A-2", "2024-04-30", cents(500)},
    };
    const AllocationResult result = tillbook::allocateOldestFirst(items, cents(1800), "A-1");
    REQUIRE(!result.error.has_value());
    CHECK(describe(result.allocations) ==
          std::vector<std::string>{"Z-1/A-2/500", "B-10/A-2/500", "B-9/A-1/500", "C-1/A-3/300"});

    // The input order must not matter.
    std::vector<OpenItem> reversed(items.rbegin(), items.rend());
    CHECK(describe(tillbook::allocateOldestFirst(reversed, cents(1800), "A-1").allocations) ==
          describe(result.allocations));
}

TEST_CASE("allocateOldestFirst skips zero and negative balances", "[payment][allocate]")
{
    // Documented rule: an item with open <= 0 has nothing to pay, so it gets no allocation even when it is
    // the oldest; if nothing is payable the whole amount is credit.
    const std::vector<OpenItem> nothingOwed = {
        {"B-1", "A-1", "2020-01-01", cents(0)},
        {"B-2", "A-1", "2020-01-02", cents(-1)},
    };
    struct Case {
        const char* name;
        std::vector<OpenItem> items;
        std::vector<std::string> expected;
    };
    const std::vector<Case> cases = {
        {"only zero and negative items", nothingOwed, {"/A-1/2500"}},
        {"no items at all", {}, {"/A-1/2500"}},
        {"a zero item before a payable one",
         {{"B-1", "A-1", "2020-01-01", cents(0)}, {"B-2", "A-1", "2021-01-01", cents(1000)}},
         {"B-2/A-1/1000", "/A-1/1500"}},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        const AllocationResult result = tillbook::allocateOldestFirst(c.items, cents(2500), "A-1");
        CHECK(!result.error.has_value());
        CHECK(describe(result.allocations) == c.expected);
    }
}

TEST_CASE("allocateOldestFirst refuses bad amounts and credit without an account", "[payment][allocate]")
{
    const std::vector<OpenItem> items = counterItems();

    for (std::int64_t amount : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{-16550},
                                std::numeric_limits<std::int64_t>::min()}) {
        INFO(amount);
        const AllocationResult result = tillbook::allocateOldestFirst(items, cents(amount), "A-1");
        CHECK_THAT(tillbook::englishOf(result.error), Contains("must be more than $0.00"));
        CHECK(result.allocations.empty());
    }
    CHECK(tillbook::englishOf(tillbook::allocateOldestFirst(items, cents(0), "A-1").error) ==
          "The amount to apply must be more than $0.00, not $0.00.");

    // No leftover: no credit account is needed.
    const AllocationResult exact = tillbook::allocateOldestFirst(items, cents(16550), "");
    CHECK(!exact.error.has_value());
    CHECK(exact.allocations.size() == 3);

    const AllocationResult over = tillbook::allocateOldestFirst(items, cents(16600), "");
    CHECK(tillbook::englishOf(over.error) == "The $0.50 left after paying every open bill needs an account to hold it as credit.");
    CHECK(over.allocations.empty());

    // The largest amount there is cannot overflow: nothing is ever summed beyond the amount itself.
    const Money most = cents(std::numeric_limits<std::int64_t>::max());
    const AllocationResult huge = tillbook::allocateOldestFirst(items, most, "A-1");
    REQUIRE(!huge.error.has_value());
    REQUIRE(huge.allocations.size() == 4);
    CHECK(huge.allocations.back().amount == most - cents(16550));
}

TEST_CASE("Malformed open items are a programming error and throw", "[payment][allocate]")
{
    const std::vector<OpenItem> duplicate = {
        {"B-1", "A-1", "2024-01-01", cents(100)},
        {"B-1", "A-2", "2024-02-01", cents(200)},
    };
    const std::vector<OpenItem> unnamed = {{"", "A-1", "2024-01-01", cents(100)}};
    const std::vector<Allocation> none;
    CHECK_THROWS_AS(tillbook::allocateOldestFirst(duplicate, cents(100), "A-1"), std::invalid_argument);
    CHECK_THROWS_AS(tillbook::allocateOldestFirst(unnamed, cents(100), "A-1"), std::invalid_argument);
    CHECK_THROWS_AS(tillbook::checkManualAllocation(duplicate, none), std::invalid_argument);
    CHECK_THROWS_AS(tillbook::checkManualAllocation(unnamed, none), std::invalid_argument);
}

TEST_CASE("checkManualAllocation accepts amounts within each open balance", "[payment][manual]")
{
    const std::vector<OpenItem> items = counterItems();
    struct Case {
        const char* name;
        std::vector<Allocation> chosen;
    };
    const std::vector<Case> cases = {
        {"nothing chosen", {}},
        {"a bill paid in full", {{"B-1", "A-1", cents(10000)}}},
        {"a newer bill before an older one", {{"B-3", "A-1", cents(1)}}},
        {"several bills and accounts",
         {{"B-3", "A-1", cents(4000)}, {"B-2", "A-2", cents(2550)}, {"B-1", "A-1", cents(9999)}}},
        {"a credit beside a bill", {{"B-1", "A-1", cents(500)}, {"", "A-1", cents(700)}}},
        {"two credits", {{"", "A-1", cents(1)}, {"", "A-2", cents(1)}}},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        CHECK(tillbook::englishOf(tillbook::checkManualAllocation(items, c.chosen)) == "");
    }
}

TEST_CASE("checkManualAllocation names the bill that is wrong", "[payment][manual]")
{
    const std::vector<OpenItem> items = counterItems();
    struct Case {
        const char* name;
        std::vector<Allocation> chosen;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"over the open balance",
         {{"B-2", "A-2", cents(2551)}},
         "The $25.51 for bill B-2 is more than its open balance of $25.50."},
        {"unknown bill", {{"B-404", "A-1", cents(100)}}, "Bill B-404 is not one of the open bills."},
        {"duplicate bill",
         {{"B-1", "A-1", cents(100)}, {"B-3", "A-1", cents(100)}, {"B-1", "A-1", cents(100)}},
         "Bill B-1 is chosen more than once."},
        {"zero amount", {{"B-1", "A-1", cents(0)}}, "The amount for bill B-1 must be more than $0.00, not $0.00."},
        {"negative amount",
         {{"B-3", "A-1", cents(-100)}},
         "The amount for bill B-3 must be more than $0.00, not -$1.00."},
        {"a zero-balance bill",
         {{"B-0", "A-1", cents(1)}},
         "The $0.01 for bill B-0 is more than its open balance of $0.00."},
        {"a bill on another account",
         {{"B-2", "A-1", cents(100)}},
         "Bill B-2 belongs to account A-2, not account A-1."},
        {"a bill with no account",
         {{"B-2", "", cents(100)}},
         "Bill B-2 belongs to account A-2, but no account was given for it."},
        {"a zero credit", {{"", "A-1", cents(0)}}, "A credit must be more than $0.00, not $0.00."},
        {"a credit with no account", {{"", "", cents(300)}}, "A credit of $3.00 needs an account to hold it."},
        {"the first problem is the one reported",
         {{"B-1", "A-1", cents(100)}, {"B-5", "A-1", cents(100)}, {"B-2", "A-2", cents(999999)}},
         "Bill B-5 is not one of the open bills."},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        CHECK(tillbook::englishOf(tillbook::checkManualAllocation(items, c.chosen)) == c.expected);
    }

    // A pasted screenful of text does not become the whole message.
    const std::string longId(500, 'X');
    const std::vector<Allocation> pasted = {{longId, "A-1", cents(1)}};
    const std::string reason = tillbook::englishOf(tillbook::checkManualAllocation(items, pasted));
    CHECK_THAT(reason, Contains("is not one of the open bills"));
    CHECK(reason.size() < 100);
}

TEST_CASE("tenderKindName", "[payment][tender]")
{
    CHECK(tillbook::tenderKindName(TenderKind::Cash) == "cash");
    CHECK(tillbook::tenderKindName(TenderKind::Check) == "check");
    CHECK(tillbook::tenderKindName(TenderKind::MoneyOrder) == "money_order");
    // 3 is within the enum's value range (two bits), so the cast itself is defined.
    CHECK_THROWS_AS(tillbook::tenderKindName(static_cast<TenderKind>(4)), std::invalid_argument);
}

TEST_CASE("settle examples", "[payment][settle]")
{
    struct Case {
        const char* name;
        std::int64_t due;
        std::vector<Tender> tenders;
        bool cashBackOnChecks;
        bool hasAccount;
        // Expected tendered, cashTendered, change, extraCredit.
        std::int64_t tendered, cashTendered, change, extraCredit;
    };
    const std::vector<Case> cases = {
        {"cash exact", 12550, {cash(12550)}, false, false, 12550, 12550, 0, 0},
        {"cash with change", 1234, {cash(2000)}, false, false, 2000, 2000, 766, 0},
        {"several cash tenders", 1234, {cash(1000), cash(500)}, false, false, 1500, 1500, 266, 0},
        {"check exact", 8000, {check(8000)}, false, false, 8000, 0, 0, 0},
        {"money order exact", 8000, {moneyOrder(8000)}, false, false, 8000, 0, 0, 0},
        {"check over due, cash covers the excess", 10000, {check(9000), cash(2000)}, false, false, 11000, 2000,
         1000, 0},
        {"check over due: change limited to the cash", 10000, {check(12000), cash(500)}, false, true, 12500, 500,
         500, 2000},
        {"check over due, no cash: all credit", 5000, {check(6000)}, false, true, 6000, 0, 0, 1000},
        {"cash back on checks", 5000, {check(6000)}, true, false, 6000, 0, 1000, 0},
        {"cash back on checks with an account", 5000, {check(6000), cash(100)}, true, true, 6100, 100, 1100, 0},
        {"split cash + check + money order", 25000, {cash(5000), check(10000), moneyOrder(12000)}, false, false,
         27000, 5000, 2000, 0},
        {"split, money order overpays", 10000, {cash(1000), moneyOrder(15000)}, false, true, 16000, 1000, 1000,
         5000},
        {"split exact", 25000, {cash(5000), check(10000), moneyOrder(10000)}, false, false, 25000, 5000, 0, 0},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        TenderPolicy policy;
        policy.cashBackOnChecks = c.cashBackOnChecks;
        const SettlementResult result = tillbook::settle(cents(c.due), c.tenders, policy, c.hasAccount);
        CHECK(tillbook::englishOf(result.error) == "");
        REQUIRE(result.settlement.has_value());
        const Settlement& s = *result.settlement;
        CHECK(s.due == cents(c.due));
        CHECK(s.tendered == cents(c.tendered));
        CHECK(s.cashTendered == cents(c.cashTendered));
        CHECK(s.change == cents(c.change));
        CHECK(s.extraCredit == cents(c.extraCredit));
    }
}

TEST_CASE("settle refuses what the counter cannot take", "[payment][settle]")
{
    struct Case {
        const char* name;
        std::int64_t due;
        std::vector<Tender> tenders;
        bool cashBackOnChecks;
        bool hasAccount;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"short tenders", 12550, {cash(10000), check(2050)}, false, true,
         "The tenders are $5.00 short of the $125.50 due."},
        {"one cent short", 100, {moneyOrder(99)}, true, true, "The tenders are $0.01 short of the $1.00 due."},
        {"check over due without an account", 5000, {check(6000)}, false, false,
         "The $10.00 overpaid by check or money order cannot be given as change and needs an account to hold it as "
         "credit."},
        {"money order over due, too little cash, no account", 10000, {cash(500), moneyOrder(12000)}, false, false,
         "The $20.00 overpaid by check or money order cannot be given as change and needs an account to hold it as "
         "credit."},
        {"zero tender", 5000, {cash(5000), check(0)}, false, true, "Tender 2 (check, $0.00) must be more than $0.00."},
        {"negative tender", 5000, {moneyOrder(-100), cash(5100)}, false, true,
         "Tender 1 (money order, -$1.00) must be more than $0.00."},
        {"no tenders", 5000, {}, false, true, "At least one tender is needed to pay the $50.00 due."},
        {"zero due", 0, {cash(100)}, false, true, "The amount due must be more than $0.00, not $0.00."},
        {"negative due", -100, {cash(100)}, false, true, "The amount due must be more than $0.00, not -$1.00."},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        TenderPolicy policy;
        policy.cashBackOnChecks = c.cashBackOnChecks;
        const SettlementResult result = tillbook::settle(cents(c.due), c.tenders, policy, c.hasAccount);
        CHECK_FALSE(result.settlement.has_value());
        CHECK(tillbook::englishOf(result.error) == c.expected);
    }
}

TEST_CASE("settle throws only for overflow and impossible tender kinds", "[payment][settle]")
{
    const std::int64_t most = std::numeric_limits<std::int64_t>::max();
    const std::vector<Tender> huge = {cash(most), check(1)};
    CHECK_THROWS_AS(tillbook::settle(cents(100), huge, TenderPolicy{}, true), MoneyOverflow);

    // The largest total that fits still settles.
    const std::vector<Tender> largest = {cash(most - 1), check(1)};
    const SettlementResult fits = tillbook::settle(cents(100), largest, TenderPolicy{}, true);
    REQUIRE(fits.settlement.has_value());
    CHECK(fits.settlement->tendered == cents(most));
    CHECK(fits.settlement->change == cents(most - 100));
    CHECK(fits.settlement->extraCredit.isZero());

    const std::vector<Tender> odd = {Tender{static_cast<TenderKind>(4), cents(100)}};
    CHECK_THROWS_AS(tillbook::settle(cents(100), odd, TenderPolicy{}, true), std::invalid_argument);
}

TEST_CASE("Property: oldest-first allocations are exact - bounded and in order", "[payment][property]")
{
    std::mt19937_64 rng(0x0d1dbee5ULL);
    int withCredit = 0;
    int partial = 0;
    for (int iteration = 0; iteration < 5000; ++iteration) {
        INFO("iteration " << iteration);
        const std::vector<OpenItem> items = randomItems(rng, 8);
        const std::int64_t owed = positiveOpen(items);
        // Mostly below what is owed, sometimes exactly it, sometimes over.
        std::int64_t amount = randomIn(rng, 1, owed + 5000);
        if (randomIn(rng, 0, 9) == 0 && owed > 0)
            amount = owed;

        const AllocationResult result = tillbook::allocateOldestFirst(items, cents(amount), "A-9");
        REQUIRE(!result.error.has_value());

        std::map<std::string, std::int64_t> paid;
        std::int64_t sum = 0;
        std::int64_t credit = 0;
        for (std::size_t k = 0; k < result.allocations.size(); ++k) {
            const Allocation& a = result.allocations[k];
            REQUIRE(a.amount.isPositive());
            sum += a.amount.cents();
            if (a.billId.empty()) {
                REQUIRE(k + 1 == result.allocations.size()); // one credit, and last
                REQUIRE(a.account == "A-9");
                credit = a.amount.cents();
                continue;
            }
            REQUIRE(paid.emplace(a.billId, a.amount.cents()).second); // each bill at most once
        }
        REQUIRE(sum == amount);
        REQUIRE(credit == std::max<std::int64_t>(amount - owed, 0));

        // Walking the promised order: every bill is paid in full until the money runs out, and nothing after.
        bool exhausted = false;
        std::size_t matched = 0;
        for (std::size_t i : referenceOrder(items)) {
            const auto found = paid.find(items[i].billId);
            const std::int64_t got = found == paid.end() ? 0 : found->second;
            REQUIRE(got <= items[i].open.cents());
            if (exhausted) {
                REQUIRE(got == 0);
            } else if (got < items[i].open.cents()) {
                exhausted = true;
                if (got > 0)
                    ++partial;
            }
            if (got > 0) {
                REQUIRE(result.allocations[matched].billId == items[i].billId);
                REQUIRE(result.allocations[matched].account == items[i].account);
                ++matched;
            }
        }
        REQUIRE(matched == paid.size()); // nothing went to a skipped or unknown item
        if (credit > 0)
            ++withCredit;

        // What the automatic rule produces is always an acceptable manual choice.
        REQUIRE(tillbook::englishOf(tillbook::checkManualAllocation(items, result.allocations)) == "");

        // Shuffling the input changes nothing.
        std::vector<OpenItem> shuffled = items;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        REQUIRE(describe(tillbook::allocateOldestFirst(shuffled, cents(amount), "A-9").allocations) ==
                describe(result.allocations));
    }
    // The generator must actually reach both interesting regimes.
    CHECK(withCredit > 200);
    CHECK(partial > 1000);
}

TEST_CASE("Property: checkManualAllocation flags exactly the amounts over a balance", "[payment][property]")
{
    std::mt19937_64 rng(0x3a17c0deULL);
    int refused = 0;
    for (int iteration = 0; iteration < 3000; ++iteration) {
        INFO("iteration " << iteration);
        const std::vector<OpenItem> items = randomItems(rng, 6);
        if (items.empty())
            continue;
        std::vector<Allocation> chosen;
        bool anyOver = false;
        for (const OpenItem& item : items) {
            if (randomIn(rng, 0, 2) == 0)
                continue;
            // Around the balance: sometimes exactly it, sometimes a cent over.
            const std::int64_t amount = std::max<std::int64_t>(item.open.cents() + randomIn(rng, -3, 1), 1);
            anyOver = anyOver || amount > item.open.cents();
            chosen.push_back(Allocation{item.billId, item.account, cents(amount)});
        }
        const std::string reason = tillbook::englishOf(tillbook::checkManualAllocation(items, chosen));
        REQUIRE(reason.empty() == !anyOver);
        if (anyOver) {
            REQUIRE_THAT(reason, Contains("is more than its open balance"));
            ++refused;
        }
    }
    CHECK(refused > 500);
}

TEST_CASE("Property: settlement balances: tendered == due + change + extraCredit", "[payment][property]")
{
    std::mt19937_64 rng(0x5e771eULL);
    int credited = 0;
    int refusedForAccount = 0;
    for (int iteration = 0; iteration < 20000; ++iteration) {
        INFO("iteration " << iteration);
        const std::int64_t due = randomIn(rng, 1, 100000);
        const std::vector<Tender> tenders =
            randomTenders(rng, std::max<std::int64_t>(due + randomIn(rng, -1000, 6000), 1));
        std::int64_t tendered = 0;
        std::int64_t cashTendered = 0;
        for (const Tender& t : tenders) {
            tendered += t.amount.cents();
            if (t.kind == TenderKind::Cash)
                cashTendered += t.amount.cents();
        }
        TenderPolicy policy;
        policy.cashBackOnChecks = randomIn(rng, 0, 3) == 0;
        const bool hasAccount = randomIn(rng, 0, 1) == 1;

        const SettlementResult result = tillbook::settle(cents(due), tenders, policy, hasAccount);
        REQUIRE(result.settlement.has_value() == !result.error.has_value());
        if (tendered < due) {
            REQUIRE_THAT(tillbook::englishOf(result.error), Contains("short of the"));
            continue;
        }
        const std::int64_t excess = tendered - due;
        const bool needsAccount = !policy.cashBackOnChecks && excess > cashTendered;
        if (needsAccount && !hasAccount) {
            REQUIRE_THAT(tillbook::englishOf(result.error), Contains("needs an account"));
            ++refusedForAccount;
            continue;
        }
        REQUIRE(result.settlement.has_value());
        const Settlement& s = *result.settlement;
        REQUIRE(s.due == cents(due));
        REQUIRE(s.tendered == cents(tendered));
        REQUIRE(s.cashTendered == cents(cashTendered));
        REQUIRE(s.tendered == s.due + s.change + s.extraCredit);
        REQUIRE_FALSE(s.change.isNegative());
        REQUIRE_FALSE(s.extraCredit.isNegative());
        if (policy.cashBackOnChecks) {
            REQUIRE(s.extraCredit.isZero());
        } else {
            REQUIRE(s.change <= s.cashTendered);
            // Credit only once every cash cent has gone back as change.
            if (s.extraCredit.isPositive())
                REQUIRE(s.change == s.cashTendered);
        }
        if (s.extraCredit.isPositive())
            ++credited;
    }
    CHECK(credited > 500);
    CHECK(refusedForAccount > 500);
}

TEST_CASE("Property: account balances move by exactly what was tendered minus change", "[payment][property]")
{
    std::mt19937_64 rng(0xba1a0ceULL);
    int applied = 0;
    for (int run = 0; run < 300; ++run) {
        INFO("run " << run);
        // Each account's bills; credit is what the account holds beyond them.
        std::map<std::string, std::vector<OpenItem>> bills;
        std::map<std::string, std::int64_t> credit;
        for (const OpenItem& item : randomItems(rng, 12))
            bills[item.account].push_back(item);
        const std::vector<std::string> accounts = {"A-1", "A-2", "A-3"};
        auto balanceOfAll = [&] {
            std::int64_t total = 0;
            for (const auto& [account, items] : bills) {
                for (const OpenItem& item : items)
                    total += item.open.cents();
            }
            for (const auto& [account, amount] : credit)
                total -= amount;
            return total;
        };
        const std::int64_t before = balanceOfAll();

        std::int64_t takenIn = 0;
        std::int64_t givenBack = 0;
        for (int payment = 0; payment < 25; ++payment) {
            const std::string& account = accounts[static_cast<std::size_t>(randomIn(rng, 0, 2))];
            std::vector<OpenItem>& items = bills[account];
            const std::int64_t due = randomIn(rng, 1, positiveOpen(items) + 3000);
            const std::vector<Tender> tenders =
                randomTenders(rng, std::max<std::int64_t>(due + randomIn(rng, -500, 4000), 1));
            TenderPolicy policy;
            policy.cashBackOnChecks = randomIn(rng, 0, 3) == 0;

            const SettlementResult settled = tillbook::settle(cents(due), tenders, policy, randomIn(rng, 0, 4) != 0);
            if (!settled.settlement)
                continue; // refused: nothing changes hands
            const Settlement& s = *settled.settlement;
            const AllocationResult result = tillbook::allocateOldestFirst(items, s.due + s.extraCredit, account);
            REQUIRE(!result.error.has_value());
            for (const Allocation& a : result.allocations) {
                if (a.billId.empty()) {
                    credit[a.account] += a.amount.cents();
                    continue;
                }
                auto item = std::find_if(items.begin(), items.end(),
                                         [&](const OpenItem& i) { return i.billId == a.billId; });
                REQUIRE(item != items.end());
                item->open -= a.amount;
                REQUIRE_FALSE(item->open.isNegative());
            }
            takenIn += s.tendered.cents();
            givenBack += s.change.cents();
            ++applied;
        }
        REQUIRE(before - balanceOfAll() == takenIn - givenBack);
    }
    CHECK(applied > 2000);
}
