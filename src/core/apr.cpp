// The annual percentage rate of an arrangement by the actuarial method of Regulation Z, Appendix J (12 CFR 1026):
// unit-periods and odd days from the calendar, then the unit-period rate that solves the general equation.
#include "core/arrangement.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace tillbook {

namespace {

// The date `months` before `date`, on the series' day of the month: a payment on a short month's last day (Feb 28 of
// a series on the 31st) counts back to the longer month's last day (App. J (b)(3)(iv)).
CivilDate monthsBack(CivilDate date, int months, int anchorDay)
{
    int day = date.day;
    if (day < anchorDay && day == daysInMonth(date.year, date.month))
        day = anchorDay;
    int index = date.year * 12 + (date.month - 1) - months;
    CivilDate back{index / 12, index % 12 + 1, 1};
    back.day = std::min(day, daysInMonth(back.year, back.month));
    return back;
}

// The general equation's right side at unit-period rate i: the payments discounted to the start of the term.
long double presentValue(const std::vector<UnitPeriods>& times, const std::vector<DatedPayment>& payments, long double i)
{
    long double sum = 0;
    for (std::size_t j = 0; j < payments.size(); ++j) {
        const UnitPeriods& t = times[j];
        long double f = static_cast<long double>(t.oddDays) / static_cast<long double>(t.daysPerUnit);
        long double growth = 1;
        // (1 + i)^t by squaring: at most 2 log2(260) rounding steps, each 2^-64 relative.
        long double base = 1 + i;
        for (std::int64_t e = t.whole; e > 0; e >>= 1) {
            if (e & 1)
                growth *= base;
            base *= base;
        }
        sum += static_cast<long double>(payments[j].amount.cents()) / ((1 + f * i) * growth);
    }
    return sum;
}

} // namespace

UnitPeriods unitPeriodsBetween(CivilDate termStart, CivilDate payment, Frequency unitPeriod, int anchorDay)
{
    if (payment < termStart)
        throw std::invalid_argument("a payment before the term starts");
    if (unitPeriod != Frequency::Monthly) {
        // A week or a multiple of a week: the days between the dates divided by the days in a unit-period.
        std::int64_t days = daysFromCivil(payment) - daysFromCivil(termStart);
        std::int64_t unit = unitPeriod == Frequency::Weekly ? 7 : 14;
        return {days / unit, days % unit, unit};
    }
    // Months: as many whole months as fit counting back from the payment, then the remaining days over 30.
    int months = (payment.year - termStart.year) * 12 + (payment.month - termStart.month);
    while (months > 0 && monthsBack(payment, months, anchorDay) < termStart)
        --months;
    std::int64_t odd = daysFromCivil(monthsBack(payment, months, anchorDay)) - daysFromCivil(termStart);
    return {months, odd, 30};
}

std::int64_t annualPercentageRate(Money amountFinanced, const std::vector<DatedPayment>& payments, CivilDate termStart,
                                  Frequency unitPeriod)
{
    if (payments.empty())
        throw std::invalid_argument("an APR needs at least one payment");
    if (!amountFinanced.isPositive())
        throw std::invalid_argument("an APR needs a positive amount financed");
    Money total;
    std::vector<UnitPeriods> times;
    for (const auto& p : payments) {
        times.push_back(unitPeriodsBetween(termStart, p.due, unitPeriod, payments.front().due.day));
        total += p.amount;
    }
    if (total < amountFinanced)
        throw std::invalid_argument("the payments do not repay the amount financed");
    if (total == amountFinanced)
        return 0;
    // The present value falls as the rate rises: bracket the root, then halve the bracket until it stops shrinking.
    // Cents and sums of up to 260 payments below 2^64 are exact in long double (64-bit mantissa); each term carries
    // about 20 roundings of 2^-64, so the present value is good to ~1e-16 relative, and the rate found to ~1e-17 a
    // unit-period: many orders of magnitude inside the 0.005 percentage point that rounding to 1/100 of a percent
    // allows (Reg Z's own tolerance is 1/8 of a point).
    const long double target = static_cast<long double>(amountFinanced.cents());
    long double lo = 0;
    long double hi = 1;
    while (presentValue(times, payments, hi) > target) {
        lo = hi;
        hi *= 2;
        if (hi > 1e6L)
            throw std::invalid_argument("no APR below 100,000,000% a unit-period"); // unreachable for real terms
    }
    for (int step = 0; step < 200; ++step) {
        long double mid = (lo + hi) / 2;
        if (mid <= lo || mid >= hi)
            break;
        if (presentValue(times, payments, mid) > target)
            lo = mid;
        else
            hi = mid;
    }
    long double basisPoints = (lo + hi) / 2 * periodsPerYear(unitPeriod) * 10'000;
    return static_cast<std::int64_t>(std::floor(basisPoints + 0.5L));
}

std::int64_t annualPercentageRate(const Schedule& schedule, CivilDate termStart, Frequency unitPeriod)
{
    std::vector<DatedPayment> payments;
    for (const auto& i : schedule.installments)
        payments.push_back({i.due, i.payment});
    return annualPercentageRate(schedule.financed, payments, termStart, unitPeriod);
}

std::string formatApr(std::int64_t basisPoints)
{
    std::string fraction = std::to_string(basisPoints % 100);
    return std::to_string(basisPoints / 100) + "." + std::string(2 - fraction.size(), '0') + fraction;
}

} // namespace tillbook
