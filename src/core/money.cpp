// Exact money arithmetic in integer cents: checked operators, rounding, splitting, parsing and formatting.
#include "core/money.h"

#include "core/text.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace tillbook {

namespace {

// 128 bits hold any product of two int64 values, so rates and allocations never overflow midway.
__extension__ typedef __int128 Int128;

constexpr Int128 kMinCents = std::numeric_limits<std::int64_t>::min();
constexpr Int128 kMaxCents = std::numeric_limits<std::int64_t>::max();

Money fromWide(Int128 cents)
{
    if (cents < kMinCents || cents > kMaxCents)
        throw MoneyOverflow();
    return Money::fromCents(static_cast<std::int64_t>(cents));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view text)
{
    return trimAscii(text);
}

std::string quoted(std::string_view text)
{
    return quoteForMessage(text);
}

std::string unexpectedCharacter(char c)
{
    if (c >= 0x20 && c <= 0x7e)
        return std::string("contains an unexpected character '") + c + "'";
    return "contains an unexpected character";
}

std::uint64_t magnitudeOf(Money amount)
{
    // Unsigned negation is defined for INT64_MIN, whose magnitude has no int64 representation.
    std::uint64_t bits = static_cast<std::uint64_t>(amount.cents());
    return amount.isNegative() ? 0 - bits : bits;
}

std::string format(Money amount, bool forPeople)
{
    std::uint64_t magnitude = magnitudeOf(amount);
    std::string dollars = std::to_string(magnitude / 100);
    std::uint64_t cents = magnitude % 100;

    std::string out;
    out.reserve(dollars.size() + dollars.size() / 3 + 5);
    if (amount.isNegative())
        out += '-';
    if (forPeople)
        out += '$';
    for (std::size_t i = 0; i < dollars.size(); ++i) {
        if (forPeople && i > 0 && (dollars.size() - i) % 3 == 0)
            out += ',';
        out += dollars[i];
    }
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    out += static_cast<char>('0' + cents % 10);
    return out;
}

} // namespace

MoneyOverflow::MoneyOverflow()
    : std::overflow_error("amount out of range")
{
}

Money Money::abs() const
{
    return isNegative() ? -*this : *this;
}

Money Money::times(std::int64_t factor) const
{
    std::int64_t result = 0;
    if (__builtin_mul_overflow(m_cents, factor, &result))
        throw MoneyOverflow();
    return Money(result);
}

Money& Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money& Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

Money operator+(Money a, Money b)
{
    std::int64_t result = 0;
    if (__builtin_add_overflow(a.cents(), b.cents(), &result))
        throw MoneyOverflow();
    return Money::fromCents(result);
}

Money operator-(Money a, Money b)
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(a.cents(), b.cents(), &result))
        throw MoneyOverflow();
    return Money::fromCents(result);
}

Money operator-(Money a)
{
    std::int64_t result = 0;
    if (__builtin_sub_overflow(std::int64_t{0}, a.cents(), &result))
        throw MoneyOverflow();
    return Money::fromCents(result);
}

Money operator*(Money a, std::int64_t factor)
{
    return a.times(factor);
}

Money operator*(std::int64_t factor, Money a)
{
    return a.times(factor);
}

Money applyRate(Money amount, std::int64_t numerator, std::int64_t denominator, Rounding rounding)
{
    if (denominator <= 0)
        throw std::invalid_argument("applyRate: denominator must be positive");

    const Int128 product = Int128{amount.cents()} * numerator;
    Int128 quotient = product / denominator; // truncates toward zero
    const Int128 remainder = product % denominator;
    if (remainder == 0)
        return fromWide(quotient);

    // Compare twice the dropped fraction with the denominator so halves are detected exactly.
    const Int128 twice = 2 * (remainder < 0 ? -remainder : remainder);
    bool awayFromZero = false;
    switch (rounding) {
    case Rounding::HalfUp:
        awayFromZero = twice >= denominator;
        break;
    case Rounding::HalfEven:
        awayFromZero = twice > denominator || (twice == denominator && quotient % 2 != 0);
        break;
    case Rounding::Down:
        break;
    }
    if (awayFromZero)
        quotient += product < 0 ? -1 : 1;
    return fromWide(quotient);
}

Money percentOf(Money amount, std::int64_t basisPoints, Rounding rounding)
{
    return applyRate(amount, basisPoints, 10000, rounding);
}

std::vector<Money> split(Money total, std::size_t parts)
{
    if (parts == 0)
        throw std::invalid_argument("split: parts must be at least 1");

    const Int128 count = parts;
    const Int128 base = Int128{total.cents()} / count;
    // Same sign as total, so handing it out one cent at a time mirrors negatives for free.
    Int128 leftover = Int128{total.cents()} % count;
    const Int128 step = total.isNegative() ? -1 : 1;

    std::vector<Money> out;
    out.reserve(parts);
    for (std::size_t i = 0; i < parts; ++i) {
        Int128 part = base;
        if (leftover != 0) {
            part += step;
            leftover -= step;
        }
        out.push_back(fromWide(part));
    }
    return out;
}

std::vector<Money> allocate(Money total, std::span<const std::int64_t> weights)
{
    Int128 weightSum = 0;
    for (std::int64_t weight : weights) {
        if (weight < 0)
            throw std::invalid_argument("allocate: weights must not be negative");
        weightSum += weight;
    }
    if (weightSum == 0)
        throw std::invalid_argument("allocate: weights must have a positive sum");

    const Int128 magnitude = magnitudeOf(total);
    const std::size_t n = weights.size();
    std::vector<Int128> parts(n);
    std::vector<Int128> remainders(n);
    Int128 assigned = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Int128 share = magnitude * weights[i];
        parts[i] = share / weightSum;
        remainders[i] = share % weightSum;
        assigned += parts[i];
    }

    // Every remainder is over the same weightSum, so they compare directly; the leftover is
    // below the number of non-zero remainders, so zero weights can never receive a cent.
    const Int128 leftover = magnitude - assigned;
    if (leftover > 0) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return remainders[a] > remainders[b];
        });
        for (std::size_t k = 0; k < static_cast<std::size_t>(leftover); ++k)
            ++parts[order[k]];
    }

    std::vector<Money> out;
    out.reserve(n);
    for (Int128 part : parts)
        out.push_back(fromWide(total.isNegative() ? -part : part));
    return out;
}

MoneyParse parseMoney(std::string_view text)
{
    const std::string_view s = trim(text);
    if (s.empty())
        return {std::nullopt, "no amount was entered"};

    auto reject = [&](std::string_view reason) {
        return MoneyParse{std::nullopt, quoted(s) + " " + std::string(reason)};
    };

    std::size_t i = 0;
    bool negative = false;
    if (s[i] == '-') {
        negative = true;
        ++i;
    }
    if (i < s.size() && s[i] == '$')
        ++i;
    if (i < s.size() && s[i] == '-')
        return reject(negative ? "has more than one minus sign"
                               : "has its minus sign after the dollar sign");
    if (i == s.size())
        return reject("has no digits");
    if (s[i] == '.')
        return reject("needs a digit before the decimal point");

    // Whole dollars; beyond this bound the amount cannot fit however the rest parses, so stop
    // accumulating (but keep validating, so syntax errors are still reported first).
    constexpr Int128 kWholeLimit = kMaxCents / 100 + 2;
    Int128 whole = 0;
    std::size_t groupLength = 0;
    bool firstGroup = true;
    bool sawComma = false;
    for (; i < s.size() && (isDigit(s[i]) || s[i] == ','); ++i) {
        if (s[i] == ',') {
            if (groupLength == 0 || (firstGroup ? groupLength > 3 : groupLength != 3))
                return reject("has a misplaced thousands separator");
            firstGroup = false;
            sawComma = true;
            groupLength = 0;
        } else {
            ++groupLength;
            if (whole <= kWholeLimit)
                whole = whole * 10 + (s[i] - '0');
        }
    }
    if (sawComma && groupLength != 3)
        return reject("has a misplaced thousands separator");

    Int128 fraction = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t fractionDigits = 0;
        for (; i < s.size() && isDigit(s[i]); ++i) {
            ++fractionDigits;
            if (fractionDigits <= 2)
                fraction = fraction * 10 + (s[i] - '0');
        }
        if (i < s.size() && s[i] == '.')
            return reject("has more than one decimal point");
        if (i < s.size())
            return reject(unexpectedCharacter(s[i]));
        if (fractionDigits == 0)
            return reject("has no digits after the decimal point");
        if (fractionDigits > 2)
            return reject("has more than two digits after the decimal point");
        if (fractionDigits == 1)
            fraction *= 10;
    }
    if (i < s.size()) {
        if (s[i] == '-')
            return reject("has a minus sign that is not at the start");
        if (s[i] == '$')
            return reject("has a dollar sign in the wrong place");
        return reject(unexpectedCharacter(s[i]));
    }

    Int128 cents = whole * 100 + fraction;
    if (negative)
        cents = -cents;
    if (cents < kMinCents || cents > kMaxCents)
        return reject("is too large an amount");
    return {Money::fromCents(static_cast<std::int64_t>(cents)), {}};
}

std::string formatMoney(Money amount)
{
    return format(amount, true);
}

std::string formatPlain(Money amount)
{
    return format(amount, false);
}

} // namespace tillbook
