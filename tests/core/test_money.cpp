// Tests for core/money: table-driven examples plus fixed-seed randomized properties.
#include "core/money.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "money_printer.h"

using tillbook::Money;
using tillbook::MoneyOverflow;
using tillbook::Rounding;

namespace {

// The reference results are computed in 128 bits, where int64 arithmetic cannot overflow.
__extension__ typedef __int128 Int128;

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

Money cents(std::int64_t value)
{
    return Money::fromCents(value);
}

bool fitsInt64(Int128 value)
{
    return value >= kMin && value <= kMax;
}

Int128 absWide(Int128 value)
{
    return value < 0 ? -value : value;
}

std::int64_t sumOfParts(const std::vector<Money>& parts, bool& fits)
{
    Int128 sum = 0;
    for (Money part : parts)
        sum += part.cents();
    fits = fitsInt64(sum);
    return fits ? static_cast<std::int64_t>(sum) : 0;
}

// Mixes uniform, small, edge-hugging and every-magnitude values so both the common case and
// the int64 boundaries get exercised.
std::int64_t randomCents(std::mt19937_64& rng)
{
    std::uint64_t bits = rng();
    switch (rng() % 5) {
    case 0:
        return static_cast<std::int64_t>(bits);
    case 1:
        return static_cast<std::int64_t>(bits % 200001) - 100000;
    case 2:
        return kMin + static_cast<std::int64_t>(bits % 1000);
    case 3:
        return kMax - static_cast<std::int64_t>(bits % 1000);
    default: {
        std::int64_t magnitude = static_cast<std::int64_t>(bits >> (1 + rng() % 63));
        return (rng() & 1) ? -magnitude : magnitude;
    }
    }
}

const std::vector<std::int64_t>& edgeCents()
{
    static const std::vector<std::int64_t> edges = {
        kMin, kMin + 1, kMin + 99, kMin + 100, -101, -100, -99, -1, 0,
        1, 99, 100, 101, 999999, kMax - 100, kMax - 1, kMax,
    };
    return edges;
}

} // namespace

TEST_CASE("Money basics and comparisons", "[money]")
{
    static_assert(Money::fromCents(42).cents() == 42);
    static_assert(Money() == Money::zero());

    REQUIRE(Money().cents() == 0);
    REQUIRE(Money::zero().isZero());
    REQUIRE(cents(-5).isNegative());
    REQUIRE_FALSE(cents(-5).isPositive());
    REQUIRE(cents(5).isPositive());
    REQUIRE_FALSE(cents(0).isNegative());
    REQUIRE_FALSE(cents(0).isPositive());
    REQUIRE_FALSE(cents(1).isZero());

    REQUIRE(cents(1) < cents(2));
    REQUIRE(cents(-3) < cents(-2));
    REQUIRE(cents(kMin) < cents(kMax));
    REQUIRE(cents(7) == cents(7));
    REQUIRE(cents(7) != cents(8));
    REQUIRE((cents(9) <=> cents(9)) == std::strong_ordering::equal);

    REQUIRE(cents(-250).abs() == cents(250));
    REQUIRE(cents(250).abs() == cents(250));
    REQUIRE(cents(kMin + 1).abs() == cents(kMax));
    REQUIRE_THROWS_AS(cents(kMin).abs(), MoneyOverflow);
    REQUIRE_THROWS_AS(-cents(kMin), MoneyOverflow);
    REQUIRE(-cents(kMax) == cents(kMin + 1));
}

TEST_CASE("Overflow is a std::overflow_error with one clear message", "[money]")
{
    REQUIRE_THROWS_AS(cents(kMax) + cents(1), std::overflow_error);
    REQUIRE_THROWS_WITH(cents(kMin) - cents(1), "amount out of range");
    REQUIRE_THROWS_WITH(cents(kMax) * 2, "amount out of range");
}

TEST_CASE("Compound assignment leaves the value untouched when it overflows", "[money]")
{
    Money total = cents(kMax - 10);
    total += cents(10);
    REQUIRE(total == cents(kMax));
    REQUIRE_THROWS_AS(total += cents(1), MoneyOverflow);
    REQUIRE(total == cents(kMax));

    Money low = cents(kMin + 3);
    low -= cents(3);
    REQUIRE(low == cents(kMin));
    REQUIRE_THROWS_AS(low -= cents(1), MoneyOverflow);
    REQUIRE(low == cents(kMin));

    REQUIRE(cents(250) * 4 == cents(1000));
    REQUIRE(3 * cents(-250) == cents(-750));
    REQUIRE(cents(250).times(-2) == cents(-500));
    REQUIRE_THROWS_AS(cents(-1).times(kMin), MoneyOverflow);
    REQUIRE(cents(1).times(kMin) == cents(kMin));
}

TEST_CASE("parseMoney accepts well-formed dollar amounts", "[money][parse]")
{
    auto [text, expected] = GENERATE(table<std::string, std::int64_t>({
        {"1234.5", 123450},
        {"$1,234.50", 123450},
        {"-12.00", -1200},
        {"-$12.00", -1200},
        {"0.07", 7},
        {"12", 1200},
        {"0", 0},
        {"-0", 0},
        {"$0.5", 50},
        {"1,234", 123400},
        {"12,345,678", 1234567800},
        {"123,456.7", 12345670},
        {"  $3.10  ", 310},
        {"\t5\n", 500},
        {"007", 700},
        {"999,999.99", 99999999},
        {"92233720368547758.07", kMax},
        {"$92,233,720,368,547,758.07", kMax},
        {"-92233720368547758.08", kMin},
        {"-$92,233,720,368,547,758.08", kMin},
    }));
    CAPTURE(text);

    tillbook::MoneyParse result = tillbook::parseMoney(text);
    REQUIRE(result.error.empty());
    REQUIRE(result.value.has_value());
    REQUIRE(result.value->cents() == expected);
}

TEST_CASE("parseMoney rejects malformed text with a reason", "[money][parse]")
{
    auto [text, reason] = GENERATE(table<std::string, std::string>({
        {"", "no amount was entered"},
        {"   ", "no amount was entered"},
        {"1.234", "more than two digits after the decimal point"},
        {"12..3", "more than one decimal point"},
        {"1.2.3", "more than one decimal point"},
        {"1,23", "misplaced thousands separator"},
        {"1,2345", "misplaced thousands separator"},
        {",123", "misplaced thousands separator"},
        {"1234,567", "misplaced thousands separator"},
        {"1,234,", "misplaced thousands separator"},
        {"1,23,456", "misplaced thousands separator"},
        {"12,34,567.00", "misplaced thousands separator"},
        {"1,,234", "misplaced thousands separator"},
        {"1,23.45", "misplaced thousands separator"},
        {"$-", "minus sign after the dollar sign"},
        {"$-12.00", "minus sign after the dollar sign"},
        {"-", "has no digits"},
        {"$", "has no digits"},
        {"-$", "has no digits"},
        {"--1", "more than one minus sign"},
        {"-$-1", "more than one minus sign"},
        {"12-", "minus sign that is not at the start"},
        {"12$", "dollar sign in the wrong place"},
        {"$$5", "dollar sign in the wrong place"},
        {"abc", "unexpected character 'a'"},
        {"12a", "unexpected character 'a'"},
        {"1.2x", "unexpected character 'x'"},
        {"1 000", "unexpected character ' '"},
        {"+5", "unexpected character '+'"},
        {"1e5", "unexpected character 'e'"},
        {"1.", "no digits after the decimal point"},
        {".5", "needs a digit before the decimal point"},
        {"-.5", "needs a digit before the decimal point"},
        {"92233720368547758.08", "too large"},
        {"-92233720368547758.09", "too large"},
        {"$100,000,000,000,000,000.00", "too large"},
        {"99999999999999999999999999999999999999999999", "too large"},
    }));
    CAPTURE(text);

    tillbook::MoneyParse result = tillbook::parseMoney(text);
    REQUIRE_FALSE(result.value.has_value());
    REQUIRE_FALSE(result.error.empty());
    REQUIRE_THAT(result.error, Catch::Contains(reason));
}

TEST_CASE("parseMoney reasons quote the input and stay short", "[money][parse]")
{
    REQUIRE(tillbook::parseMoney("1.234").error
            == "\"1.234\" has more than two digits after the decimal point");
    REQUIRE(tillbook::parseMoney("  12a ").error == "\"12a\" contains an unexpected character 'a'");

    std::string pasted(5000, '7');
    pasted += 'x';
    tillbook::MoneyParse result = tillbook::parseMoney(pasted);
    REQUIRE_FALSE(result.value.has_value());
    REQUIRE_FALSE(result.error.empty());
    REQUIRE(result.error.size() < 120);
}

TEST_CASE("formatMoney and formatPlain", "[money][format]")
{
    auto [value, forPeople, plain] = GENERATE(table<std::int64_t, std::string, std::string>({
        {123450, "$1,234.50", "1234.50"},
        {-1200, "-$12.00", "-12.00"},
        {7, "$0.07", "0.07"},
        {-7, "-$0.07", "-0.07"},
        {10, "$0.10", "0.10"},
        {0, "$0.00", "0.00"},
        {99999, "$999.99", "999.99"},
        {100000, "$1,000.00", "1000.00"},
        {123456789, "$1,234,567.89", "1234567.89"},
        {-100000000, "-$1,000,000.00", "-1000000.00"},
        {kMax, "$92,233,720,368,547,758.07", "92233720368547758.07"},
        {kMin, "-$92,233,720,368,547,758.08", "-92233720368547758.08"},
    }));
    CAPTURE(value);

    REQUIRE(tillbook::formatMoney(cents(value)) == forPeople);
    REQUIRE(tillbook::formatPlain(cents(value)) == plain);
}

TEST_CASE("applyRate rounds exactly in each mode", "[money][rate]")
{
    auto [amount, numerator, denominator, rounding, expected] =
        GENERATE(table<std::int64_t, std::int64_t, std::int64_t, Rounding, std::int64_t>({
            // Exact halves of a cent, both signs, odd and even neighbours.
            {1, 1, 2, Rounding::HalfUp, 1},
            {1, 1, 2, Rounding::HalfEven, 0},
            {1, 1, 2, Rounding::Down, 0},
            {-1, 1, 2, Rounding::HalfUp, -1},
            {-1, 1, 2, Rounding::HalfEven, 0},
            {-1, 1, 2, Rounding::Down, 0},
            {1, -1, 2, Rounding::HalfUp, -1},
            {1, -1, 2, Rounding::HalfEven, 0},
            {1, -1, 2, Rounding::Down, 0},
            {3, 1, 2, Rounding::HalfUp, 2},
            {3, 1, 2, Rounding::HalfEven, 2},
            {3, 1, 2, Rounding::Down, 1},
            {-3, 1, 2, Rounding::HalfUp, -2},
            {-3, 1, 2, Rounding::HalfEven, -2},
            {-3, 1, 2, Rounding::Down, -1},
            {5, 1, 2, Rounding::HalfUp, 3},
            {5, 1, 2, Rounding::HalfEven, 2},
            {5, 1, 2, Rounding::Down, 2},
            {-5, 1, 2, Rounding::HalfUp, -3},
            {-5, 1, 2, Rounding::HalfEven, -2},
            {-5, 1, 2, Rounding::Down, -2},
            {25, 1, 10, Rounding::HalfUp, 3},
            {25, 1, 10, Rounding::HalfEven, 2},
            {35, 1, 10, Rounding::HalfEven, 4},
            {-35, 1, 10, Rounding::HalfEven, -4},
            // Below and above a half.
            {10, 1, 3, Rounding::HalfUp, 3},
            {10, 1, 3, Rounding::HalfEven, 3},
            {10, 1, 3, Rounding::Down, 3},
            {20, 1, 3, Rounding::HalfUp, 7},
            {20, 1, 3, Rounding::HalfEven, 7},
            {20, 1, 3, Rounding::Down, 6},
            {-20, 1, 3, Rounding::HalfUp, -7},
            {-20, 1, 3, Rounding::HalfEven, -7},
            {-20, 1, 3, Rounding::Down, -6},
            // Exact results are never nudged.
            {1000, 3, 4, Rounding::HalfUp, 750},
            {1000, 3, 4, Rounding::Down, 750},
            {-1000, 3, 4, Rounding::HalfEven, -750},
            {12345, 0, 7, Rounding::HalfUp, 0},
            // Intermediates far beyond int64.
            {kMax, kMax, kMax, Rounding::Down, kMax},
            {kMin, kMax, kMax, Rounding::HalfUp, kMin},
            {kMin, 1, 1, Rounding::Down, kMin},
            {kMin, -1, 2, Rounding::HalfEven, 4611686018427387904},
            {kMax, 2, 3, Rounding::HalfUp, 6148914691236517205},
            {kMax, 2, 3, Rounding::HalfEven, 6148914691236517205},
            {kMax, 2, 3, Rounding::Down, 6148914691236517204},
            {kMin, 2, 3, Rounding::HalfUp, -6148914691236517205},
            {kMin, 2, 3, Rounding::Down, -6148914691236517205},
        }));
    CAPTURE(amount, numerator, denominator, rounding);

    REQUIRE(tillbook::applyRate(cents(amount), numerator, denominator, rounding) == cents(expected));
}

TEST_CASE("applyRate rejects bad denominators and out-of-range results", "[money][rate]")
{
    REQUIRE_THROWS_AS(tillbook::applyRate(cents(100), 1, 0, Rounding::HalfUp), std::invalid_argument);
    REQUIRE_THROWS_AS(tillbook::applyRate(cents(100), 1, -3, Rounding::Down), std::invalid_argument);
    REQUIRE_THROWS_AS(tillbook::applyRate(cents(kMax), 2, 1, Rounding::Down), MoneyOverflow);
    REQUIRE_THROWS_AS(tillbook::applyRate(cents(kMin), -1, 1, Rounding::Down), MoneyOverflow);
    REQUIRE_THROWS_AS(tillbook::applyRate(cents(kMin), 3, 2, Rounding::HalfEven), MoneyOverflow);
    // Rounding up past the edge also counts: kMax + 0.5 rounds away to kMax + 1.
    REQUIRE_THROWS_AS(tillbook::applyRate(cents(kMax), 3, 2, Rounding::HalfUp), MoneyOverflow);
}

TEST_CASE("percentOf works in basis points", "[money][rate]")
{
    auto [amount, basisPoints, rounding, expected] =
        GENERATE(table<std::int64_t, std::int64_t, Rounding, std::int64_t>({
            {1999, 825, Rounding::HalfUp, 165}, // 8.25% of $19.99 = 164.9175 cents
            {1999, 825, Rounding::HalfEven, 165},
            {1999, 825, Rounding::Down, 164},
            {-1999, 825, Rounding::HalfUp, -165},
            {-1999, 825, Rounding::Down, -164},
            {10000, 10000, Rounding::Down, 10000},
            {10000, 1, Rounding::Down, 1},
            {50, 100, Rounding::HalfUp, 1}, // 1% of 50 cents is exactly half a cent
            {50, 100, Rounding::HalfEven, 0},
            {-50, 100, Rounding::HalfUp, -1},
            {150, 100, Rounding::HalfEven, 2},
            {2000, -1500, Rounding::HalfUp, -300},
        }));
    CAPTURE(amount, basisPoints, rounding);

    REQUIRE(tillbook::percentOf(cents(amount), basisPoints, rounding) == cents(expected));
}

TEST_CASE("split examples", "[money][split]")
{
    struct Case {
        std::int64_t total;
        std::size_t parts;
        std::vector<std::int64_t> expected;
    };
    const std::vector<Case> cases = {
        {1000, 3, {334, 333, 333}},
        {-1000, 3, {-334, -333, -333}},
        {1001, 4, {251, 250, 250, 250}},
        {1002, 4, {251, 251, 250, 250}},
        {1, 3, {1, 0, 0}},
        {-2, 3, {-1, -1, 0}},
        {0, 4, {0, 0, 0, 0}},
        {100, 1, {100}},
        {kMin, 2, {kMin / 2, kMin / 2}},
        {kMax, 2, {kMax / 2 + 1, kMax / 2}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.total, c.parts);
        std::vector<Money> parts = tillbook::split(cents(c.total), c.parts);
        std::vector<std::int64_t> got;
        for (Money part : parts)
            got.push_back(part.cents());
        REQUIRE(got == c.expected);
    }
    REQUIRE_THROWS_AS(tillbook::split(cents(100), 0), std::invalid_argument);
}

TEST_CASE("allocate examples", "[money][allocate]")
{
    struct Case {
        std::int64_t total;
        std::vector<std::int64_t> weights;
        std::vector<std::int64_t> expected;
    };
    const std::vector<Case> cases = {
        {1000, {1, 1, 1}, {334, 333, 333}},
        {100, {1, 2}, {33, 67}},             // remainders 1/3 and 2/3: the second wins
        {-100, {1, 2}, {-33, -67}},
        {10, {1, 3}, {3, 7}},                // 2.5 and 7.5 tie: lower index first
        {10, {3, 7}, {3, 7}},
        {1, {1, 1, 1}, {1, 0, 0}},
        {2, {1, 1, 1}, {1, 1, 0}},
        {10, {1, 1, 1, 1, 1, 1, 1}, {2, 2, 2, 1, 1, 1, 1}},
        {5, {0, 1, 0}, {0, 5, 0}},
        {101, {0, 1, 1}, {0, 51, 50}},
        {0, {1, 2}, {0, 0}},
        {1000, {5000, 3000, 2000}, {500, 300, 200}},
        {kMin, {1, 1}, {kMin / 2, kMin / 2}},
        {kMax, {kMax, kMax}, {kMax / 2 + 1, kMax / 2}},
        {kMin, {kMax, 1}, {-9223372036854775807, -1}},
    };
    for (const Case& c : cases) {
        CAPTURE(c.total, c.weights);
        std::vector<Money> parts = tillbook::allocate(cents(c.total), c.weights);
        std::vector<std::int64_t> got;
        for (Money part : parts)
            got.push_back(part.cents());
        REQUIRE(got == c.expected);
    }

    const std::vector<std::int64_t> empty;
    const std::vector<std::int64_t> zeros = {0, 0};
    const std::vector<std::int64_t> negative = {3, -1};
    REQUIRE_THROWS_AS(tillbook::allocate(cents(100), empty), std::invalid_argument);
    REQUIRE_THROWS_AS(tillbook::allocate(cents(100), zeros), std::invalid_argument);
    REQUIRE_THROWS_AS(tillbook::allocate(cents(100), negative), std::invalid_argument);
}

TEST_CASE("Property: formatting round-trips through parseMoney", "[money][property]")
{
    std::mt19937_64 rng(0x7111b00cULL);
    std::vector<std::int64_t> values = edgeCents();
    for (int i = 0; i < 20000; ++i)
        values.push_back(randomCents(rng));

    for (std::int64_t value : values) {
        CAPTURE(value);
        const Money money = cents(value);
        const std::string forPeople = tillbook::formatMoney(money);
        const std::string plain = tillbook::formatPlain(money);

        tillbook::MoneyParse fromPeople = tillbook::parseMoney(forPeople);
        REQUIRE(fromPeople.error.empty());
        REQUIRE(fromPeople.value.has_value());
        REQUIRE(*fromPeople.value == money);

        tillbook::MoneyParse fromPlain = tillbook::parseMoney(plain);
        REQUIRE(fromPlain.error.empty());
        REQUIRE(fromPlain.value.has_value());
        REQUIRE(*fromPlain.value == money);
        REQUIRE(plain.find_first_of("$,") == std::string::npos);
    }
}

TEST_CASE("Property: split parts sum to the total and differ by at most a cent", "[money][property]")
{
    std::mt19937_64 rng(20240611ULL);
    for (int i = 0; i < 5000; ++i) {
        const Money total = cents(randomCents(rng));
        const std::size_t count = (i % 50 == 0) ? 1 + rng() % 2000 : 1 + rng() % 40;
        CAPTURE(total, count);

        const std::vector<Money> parts = tillbook::split(total, count);
        REQUIRE(parts.size() == count);

        bool fits = false;
        const std::int64_t sum = sumOfParts(parts, fits);
        REQUIRE(fits);
        REQUIRE(sum == total.cents());

        const auto [low, high] = std::minmax_element(parts.begin(), parts.end());
        REQUIRE(Int128{high->cents()} - low->cents() <= 1);

        // Extra cents go first: parts move toward zero along the vector, never away from it.
        for (std::size_t k = 1; k < parts.size(); ++k) {
            if (total.isNegative())
                REQUIRE(parts[k - 1] <= parts[k]);
            else
                REQUIRE(parts[k - 1] >= parts[k]);
        }
    }
}

TEST_CASE("Property: allocate sums to the total by largest remainder", "[money][property]")
{
    std::mt19937_64 rng(0xa110cULL);
    for (int i = 0; i < 5000; ++i) {
        const Money total = cents(randomCents(rng));
        const std::size_t count = 1 + rng() % 12;
        std::vector<std::int64_t> weights(count);
        for (std::int64_t& weight : weights)
            weight = (rng() % 4 == 0) ? 0 : static_cast<std::int64_t>(rng() >> (1 + rng() % 63));
        if (std::all_of(weights.begin(), weights.end(), [](std::int64_t w) { return w == 0; }))
            weights[rng() % count] = 1 + static_cast<std::int64_t>(rng() % 1000);
        CAPTURE(total, weights);

        const std::vector<Money> parts = tillbook::allocate(total, weights);
        REQUIRE(parts.size() == count);

        bool fits = false;
        const std::int64_t sum = sumOfParts(parts, fits);
        REQUIRE(fits);
        REQUIRE(sum == total.cents());

        Int128 weightSum = 0;
        for (std::int64_t weight : weights)
            weightSum += weight;
        const Int128 magnitude = absWide(total.cents());

        std::vector<bool> gotExtra(count);
        std::vector<Int128> remainder(count);
        for (std::size_t k = 0; k < count; ++k) {
            const Int128 share = magnitude * weights[k];
            const Int128 floorShare = share / weightSum;
            remainder[k] = share % weightSum;
            const Int128 got = absWide(parts[k].cents());
            REQUIRE((got == floorShare || got == floorShare + 1));
            REQUIRE((parts[k].isZero() || parts[k].isNegative() == total.isNegative()));
            if (weights[k] == 0)
                REQUIRE(parts[k].isZero());
            gotExtra[k] = got != floorShare;
        }
        // No part that missed the extra cent may have had a stronger claim to it.
        for (std::size_t a = 0; a < count; ++a) {
            for (std::size_t b = 0; b < count; ++b) {
                if (gotExtra[a] && !gotExtra[b])
                    REQUIRE((remainder[a] > remainder[b] || (remainder[a] == remainder[b] && a < b)));
            }
        }
    }
}

TEST_CASE("Property: applyRate agrees with its definition", "[money][property]")
{
    std::mt19937_64 rng(8675309ULL);
    const Rounding modes[] = {Rounding::HalfUp, Rounding::HalfEven, Rounding::Down};
    int computed = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t amount = randomCents(rng);
        const std::int64_t numerator = randomCents(rng);
        std::int64_t denominator = randomCents(rng);
        if (denominator <= 0)
            denominator = (denominator == kMin) ? kMax : (denominator == 0 ? 1 : -denominator);
        if (i % 3 == 0)
            denominator = 1 + static_cast<std::int64_t>(rng() % 20000);
        const Rounding mode = modes[i % 3];
        CAPTURE(amount, numerator, denominator, mode);

        const Int128 product = Int128{amount} * numerator;
        const Int128 truncated = product / denominator;
        // Every candidate answer is the truncated quotient or one step away from zero.
        const Int128 away = truncated + (product < 0 ? -1 : 1);
        if (!fitsInt64(truncated) || (mode != Rounding::Down && !fitsInt64(away))) {
            // Near the edge the result may or may not fit; only the fitting answer is checked.
            try {
                const Money result = tillbook::applyRate(cents(amount), numerator, denominator, mode);
                const Int128 r = result.cents();
                REQUIRE((r == truncated || r == away));
            } catch (const MoneyOverflow&) {
                SUCCEED();
            }
            continue;
        }

        const Int128 r = tillbook::applyRate(cents(amount), numerator, denominator, mode).cents();
        ++computed;
        const Int128 errorTimesDenominator = absWide(product - r * denominator);
        if (mode == Rounding::Down) {
            REQUIRE(r == truncated);
        } else {
            // Nearest: off by at most half a cent, and on an exact half the mode decides.
            REQUIRE(2 * errorTimesDenominator <= denominator);
            if (2 * errorTimesDenominator == denominator && product % denominator != 0) {
                if (mode == Rounding::HalfUp)
                    REQUIRE(absWide(r) > absWide(truncated));
                else
                    REQUIRE(r % 2 == 0);
            }
        }
    }
    REQUIRE(computed > 10000);
}

TEST_CASE("Property: checked arithmetic throws exactly when the true result is out of range",
          "[money][property]")
{
    std::mt19937_64 rng(0x0ddba11ULL);
    int overflows = 0;
    int inRange = 0;
    for (int i = 0; i < 20000; ++i) {
        const std::int64_t a = randomCents(rng);
        const std::int64_t b = randomCents(rng);
        CAPTURE(a, b);

        const Int128 trueSum = Int128{a} + b;
        if (fitsInt64(trueSum)) {
            REQUIRE((cents(a) + cents(b)).cents() == static_cast<std::int64_t>(trueSum));
            Money m = cents(a);
            m += cents(b);
            REQUIRE(m.cents() == static_cast<std::int64_t>(trueSum));
            ++inRange;
        } else {
            REQUIRE_THROWS_AS(cents(a) + cents(b), MoneyOverflow);
            Money m = cents(a);
            REQUIRE_THROWS_AS(m += cents(b), MoneyOverflow);
            ++overflows;
        }

        const Int128 trueDifference = Int128{a} - b;
        if (fitsInt64(trueDifference)) {
            REQUIRE((cents(a) - cents(b)).cents() == static_cast<std::int64_t>(trueDifference));
            Money m = cents(a);
            m -= cents(b);
            REQUIRE(m.cents() == static_cast<std::int64_t>(trueDifference));
            ++inRange;
        } else {
            REQUIRE_THROWS_AS(cents(a) - cents(b), MoneyOverflow);
            Money m = cents(a);
            REQUIRE_THROWS_AS(m -= cents(b), MoneyOverflow);
            ++overflows;
        }

        const Int128 trueProduct = Int128{a} * b;
        if (fitsInt64(trueProduct)) {
            REQUIRE((cents(a) * b).cents() == static_cast<std::int64_t>(trueProduct));
            REQUIRE((b * cents(a)).cents() == static_cast<std::int64_t>(trueProduct));
            REQUIRE(cents(a).times(b).cents() == static_cast<std::int64_t>(trueProduct));
            ++inRange;
        } else {
            REQUIRE_THROWS_AS(cents(a) * b, MoneyOverflow);
            REQUIRE_THROWS_AS(b * cents(a), MoneyOverflow);
            REQUIRE_THROWS_AS(cents(a).times(b), MoneyOverflow);
            ++overflows;
        }

        const Int128 trueNegation = -Int128{a};
        if (fitsInt64(trueNegation)) {
            REQUIRE((-cents(a)).cents() == static_cast<std::int64_t>(trueNegation));
            REQUIRE(cents(a).abs().cents() == static_cast<std::int64_t>(absWide(a)));
        } else {
            REQUIRE_THROWS_AS(-cents(a), MoneyOverflow);
            REQUIRE_THROWS_AS(cents(a).abs(), MoneyOverflow);
        }
    }
    // Both branches must really be exercised, or the property proves nothing.
    REQUIRE(overflows > 1000);
    REQUIRE(inRange > 1000);
}
