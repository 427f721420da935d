// Exact money arithmetic in integer cents: checked operators, rounding, splitting, parsing and formatting.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook {

// Thrown whenever a result would not fit in int64 cents; money never wraps silently.
class MoneyOverflow : public std::overflow_error {
public:
    MoneyOverflow();
};

// An amount of US dollars held as a signed count of cents.
class Money {
public:
    constexpr Money() = default;

    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }
    static constexpr Money zero() { return Money(); }

    constexpr std::int64_t cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }
    constexpr bool isPositive() const { return m_cents > 0; }

    // Throws MoneyOverflow for the one value with no positive counterpart (INT64_MIN cents).
    Money abs() const;
    Money times(std::int64_t factor) const;

    Money& operator+=(Money other);
    Money& operator-=(Money other);

    friend constexpr auto operator<=>(const Money&, const Money&) = default;
    friend constexpr bool operator==(const Money&, const Money&) = default;

private:
    explicit constexpr Money(std::int64_t cents)
        : m_cents(cents)
    {
    }

    std::int64_t m_cents = 0;
};

// All of these throw MoneyOverflow instead of wrapping.
Money operator+(Money a, Money b);
Money operator-(Money a, Money b);
Money operator-(Money a);
Money operator*(Money a, std::int64_t factor);
Money operator*(std::int64_t factor, Money a);

// How a fractional cent is resolved.
enum class Rounding {
    HalfUp,   // nearest cent; exact halves go away from zero (0.5 -> 1, -0.5 -> -1)
    HalfEven, // nearest cent; exact halves go to the even cent (0.5 -> 0, 1.5 -> 2, -2.5 -> -2)
    Down,     // toward zero, i.e. truncation (0.9 -> 0, -0.9 -> 0)
};

// amount * numerator / denominator rounded once, exactly (no intermediate overflow).
// Throws std::invalid_argument unless denominator > 0, MoneyOverflow if the result does not fit.
Money applyRate(Money amount, std::int64_t numerator, std::int64_t denominator, Rounding rounding);

// basisPoints / 10000 of amount (1 basis point = 0.01%, so 825 is 8.25%).
Money percentOf(Money amount, std::int64_t basisPoints, Rounding rounding);

// Splits total into `parts` amounts that differ by at most one cent and sum exactly to total;
// earlier parts take the extra cents ($10.00 / 3 = 3.34, 3.33, 3.33; -$10.00 gives the negatives).
// Throws std::invalid_argument when parts == 0.
std::vector<Money> split(Money total, std::size_t parts);

// Splits total in proportion to weights by the largest-remainder method: each part gets
// floor(|total| * w / sum) and the leftover cents go one each to the largest remainders
// (ties to the lower index); a negative total is allocated as its magnitude and negated.
// Parts always sum exactly to total and a zero weight always gets zero.
// Throws std::invalid_argument if any weight is negative or the weights sum to zero.
std::vector<Money> allocate(Money total, std::span<const std::int64_t> weights);

// Exactly one of value / error is set: value on success, a one-sentence reason otherwise.
struct MoneyParse {
    std::optional<Money> value;
    std::string error;
};

// Parses US dollar text such as "12", "-12.00", "$1,234.5" or "-$0.07".
// Surrounding whitespace is ignored. A minus sign may only come first ("-$5" is accepted,
// "$-5" is not); thousands commas are optional but must be correctly placed; at most two
// digits may follow the decimal point and at least one digit must precede it (".5" is rejected).
MoneyParse parseMoney(std::string_view text);

// "$1,234.50", "-$12.00", "$0.07": for people.
std::string formatMoney(Money amount);
// "1234.50", "-12.00": for CSV and JSON export.
std::string formatPlain(Money amount);

} // namespace tillbook
