// Arrangement schedules in integers only: exact rational interest per period, a fixed-point (10^-15) power for the
// level payment's annuity factor, and one rounding per figure.
#include "core/arrangement.h"

#include <stdexcept>

namespace tillbook {

namespace {

__extension__ typedef __int128 Wide;

constexpr std::int64_t kMaxPrincipalCents = 1'000'000'000; // $10,000,000.00

CivilDate dueDate(const ArrangementTerms& t, int k)
{
    switch (t.frequency) {
    case Frequency::Weekly:
        return addDays(t.firstDue, 7LL * (k - 1));
    case Frequency::Biweekly:
        return addDays(t.firstDue, 14LL * (k - 1));
    case Frequency::Monthly:
        return addMonths(t.firstDue, k - 1);
    }
    return t.firstDue;
}

// The level payment F * i / (1 - (1 + i)^-n) with i = a / b, rounded half up to the cent.
std::int64_t levelPayment(std::int64_t financed, std::int64_t a, std::int64_t b, int n)
{
    if (a == 0)
        return financed / n;
    // 10^15: (1 + i)^n stays below 2.3e18 at 36% over 260 months, so f * q fits in 128 bits; the error after 260
    // steps is about 1e-13 of the payment, far below a cent.
    const Wide scale = static_cast<Wide>(1'000'000'000'000'000LL);
    const Wide q = scale + (scale * a + b / 2) / b;
    Wide f = scale;
    for (int k = 0; k < n; ++k)
        f = (f * q + scale / 2) / scale;
    const Wide num = static_cast<Wide>(financed) * a * f;
    const Wide den = static_cast<Wide>(b) * (f - scale);
    return static_cast<std::int64_t>((num + den / 2) / den);
}

} // namespace

std::string_view frequencyName(Frequency f)
{
    switch (f) {
    case Frequency::Weekly:
        return "weekly";
    case Frequency::Biweekly:
        return "biweekly";
    case Frequency::Monthly:
        return "monthly";
    }
    throw std::invalid_argument("unknown frequency");
}

std::optional<Frequency> parseFrequency(std::string_view text)
{
    for (Frequency f : kFrequencies) {
        if (frequencyName(f) == text)
            return f;
    }
    return std::nullopt;
}

std::string_view interestMethodName(InterestMethod m)
{
    return m == InterestMethod::Simple ? "simple" : "amortized";
}

std::optional<InterestMethod> parseInterestMethod(std::string_view text)
{
    if (text == "simple")
        return InterestMethod::Simple;
    if (text == "amortized")
        return InterestMethod::Amortized;
    return std::nullopt;
}

int periodsPerYear(Frequency f)
{
    return f == Frequency::Weekly ? 52 : f == Frequency::Biweekly ? 26 : 12;
}

std::optional<std::int64_t> parseRate(std::string_view percent)
{
    if (percent.ends_with('%'))
        percent.remove_suffix(1);
    if (percent.empty() || percent.size() > 12)
        return std::nullopt;
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int decimals = -1;
    for (char c : percent) {
        if (c == '.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        if (decimals < 0) {
            whole = whole * 10 + (c - '0');
        } else {
            if (++decimals > 3)
                return std::nullopt;
            fraction = fraction * 10 + (c - '0');
        }
    }
    if (decimals == 0)
        return std::nullopt; // "6." is a slip
    for (int d = decimals < 0 ? 0 : decimals; d < 3; ++d)
        fraction *= 10;
    return whole * 1000 + fraction;
}

std::string formatRate(std::int64_t milliPercent)
{
    std::string fraction = std::to_string(milliPercent % 1000);
    return std::to_string(milliPercent / 1000) + "." + std::string(3 - fraction.size(), '0') + fraction + "%";
}

std::variant<Schedule, Message> quoteArrangement(const ArrangementTerms& t, CivilDate today)
{
    if (!t.principal.isPositive())
        return Message(Msg::ArrangeNoBalance);
    if (t.principal.cents() > kMaxPrincipalCents)
        return Message(Msg::ArrangeTooLarge, {{"amount", t.principal}, {"max", Money::fromCents(kMaxPrincipalCents)}});
    if (t.down.isNegative())
        return Message(Msg::ArrangeDownNegative);
    if (t.down >= t.principal)
        return Message(Msg::ArrangeDownCovers, {{"down", t.down}, {"balance", t.principal}});
    if (t.installments < 1)
        return Message(Msg::ArrangeNoInstallment);
    if (t.installments > kMaxInstallments)
        return Message(Msg::ArrangeTooManyInstallments,
                       {MessageArg::number("max", kMaxInstallments), MessageArg::number("installments", t.installments)});
    if (t.rateMilliPercent < 0)
        return Message(Msg::ArrangeRateNegative);
    if (t.rateMilliPercent > kMaxRateMilliPercent)
        return Message(Msg::ArrangeRateTooHigh, {{"rate", formatRate(t.rateMilliPercent)}, {"max", formatRate(kMaxRateMilliPercent)}});
    if (t.firstDue < today)
        return Message(Msg::ArrangeFirstDuePast, {{"due", formatDate(t.firstDue)}, {"today", formatDate(today)}});
    if (daysFromCivil(t.firstDue) - daysFromCivil(today) > 366)
        return Message(Msg::ArrangeFirstDueFar, {{"due", formatDate(t.firstDue)}});

    Schedule s;
    s.financed = t.principal - t.down;
    const std::int64_t financed = s.financed.cents();
    const int n = t.installments;
    const std::int64_t a = t.rateMilliPercent;
    const std::int64_t b = 100'000LL * periodsPerYear(t.frequency); // i = a / b per period
    Money balance = s.financed;
    if (t.method == InterestMethod::Amortized) {
        Money level = Money::fromCents(levelPayment(financed, a, b, n));
        s.periodicPayment = level;
        for (int k = 1; k <= n; ++k) {
            ScheduledInstallment i;
            i.n = k;
            i.due = dueDate(t, k);
            i.interest = applyRate(balance, a, b, Rounding::HalfUp);
            i.principal = k == n ? balance : level - i.interest;
            if (i.principal > balance)
                i.principal = balance; // the rounded level payment would pay off early: never below zero
            i.payment = i.principal + i.interest;
            balance -= i.principal;
            i.balance = balance;
            s.installments.push_back(i);
        }
    } else {
        // Simple interest on the financed amount for the whole term: F x r x n / periods a year.
        Money interest = applyRate(s.financed, a * n, b, Rounding::HalfUp);
        Money total = s.financed + interest;
        Money payment = Money::fromCents(total.cents() / n);
        Money interestEach = Money::fromCents(interest.cents() / n);
        s.periodicPayment = payment;
        for (int k = 1; k <= n; ++k) {
            ScheduledInstallment i;
            i.n = k;
            i.due = dueDate(t, k);
            i.payment = k == n ? total - payment * (n - 1) : payment;
            i.interest = k == n ? interest - interestEach * (n - 1) : interestEach;
            i.principal = i.payment - i.interest;
            balance -= i.principal;
            i.balance = balance;
            s.installments.push_back(i);
        }
    }
    for (const auto& i : s.installments) {
        s.totalInterest += i.interest;
        s.totalOfPayments += i.payment;
    }
    // The term starts today: a first due date nearer or further than one period shows in the APR, not the interest.
    s.aprBasisPoints = annualPercentageRate(s, today, t.frequency);
    return s;
}

Money earlyPaymentDiscount(Money amount, std::int64_t basisPoints)
{
    return percentOf(amount, basisPoints, Rounding::Down);
}

Money latePaymentPenalty(Money amount, std::int64_t basisPoints, Money minimum, Money maximum)
{
    Money penalty = percentOf(amount, basisPoints, Rounding::HalfUp);
    if (penalty < minimum)
        penalty = minimum;
    if (maximum.isPositive() && penalty > maximum)
        penalty = maximum;
    return penalty;
}

Money prorate(Money amount, std::int64_t daysOfService, std::int64_t daysInPeriod)
{
    if (daysInPeriod <= 0 || daysOfService < 0 || daysOfService > daysInPeriod)
        throw std::invalid_argument("proration needs 0 <= days of service <= days in the period");
    return applyRate(amount, daysOfService, daysInPeriod, Rounding::HalfUp);
}

Money proportion(Money amount, std::int64_t part, std::int64_t whole)
{
    return applyRate(amount, part, whole, Rounding::HalfUp);
}

} // namespace tillbook
