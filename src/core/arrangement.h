// Payment arrangements: the exact installment schedule for a delinquent balance (simple interest or level-payment
// amortization), and the counter's other percentage arithmetic. Formulas and a worked example: docs/arrangements.md.
#pragma once

#include "core/calendar.h"
#include "core/message.h"
#include "core/money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace tillbook {

enum class Frequency { Weekly, Biweekly, Monthly };
inline constexpr Frequency kFrequencies[] = {Frequency::Weekly, Frequency::Biweekly, Frequency::Monthly};
enum class InterestMethod { Simple, Amortized };
std::string_view frequencyName(Frequency f); // weekly, biweekly, monthly
std::optional<Frequency> parseFrequency(std::string_view text);
std::string_view interestMethodName(InterestMethod m); // simple, amortized
std::optional<InterestMethod> parseInterestMethod(std::string_view text);
int periodsPerYear(Frequency f); // 52, 26, 12

// An annual rate in thousandths of a percent: "6.125" is 6125. At most three decimals; no sign.
std::optional<std::int64_t> parseRate(std::string_view percent);
std::string formatRate(std::int64_t milliPercent); // 6125 -> "6.125%"

inline constexpr std::int64_t kMaxRateMilliPercent = 36000; // 36%: above this a rate is a typing slip or usury
inline constexpr int kMaxInstallments = 260;                 // five years of weekly payments

struct ArrangementTerms {
    Money principal; // the delinquent balance
    Money down;      // paid at the counter when the arrangement is made
    int installments = 0;
    Frequency frequency = Frequency::Monthly;
    std::int64_t rateMilliPercent = 0;
    InterestMethod method = InterestMethod::Amortized;
    CivilDate firstDue;
};

struct ScheduledInstallment {
    int n = 0;
    CivilDate due;
    Money payment;
    Money interest;
    Money principal;
    Money balance; // financed principal still owed after this payment
};

struct Schedule {
    Money financed; // principal - down: the amount financed
    Money periodicPayment; // the level payment; the last may differ by the rounding
    std::vector<ScheduledInstallment> installments;
    Money totalInterest;   // the finance charge
    Money totalOfPayments; // the installments' sum = financed + totalInterest
    std::int64_t aprBasisPoints = 0; // the annual percentage rate in hundredths of a percent (Regulation Z, App. J)
};

// The schedule, or one sentence saying what is wrong with the terms (nothing is guessed). `today` refuses a first due
// date in the past. Exact to the cent: interest is rounded half up once per installment (amortized) or once for the
// whole term (simple); installments sum to financed + interest, and the last installment absorbs every rounding.
// The APR takes `today` as the start of the term, so a first period shorter or longer than the others shows in it.
std::variant<Schedule, Message> quoteArrangement(const ArrangementTerms& terms, CivilDate today);

// The annual percentage rate, Regulation Z (12 CFR 1026) Appendix J.
struct DatedPayment {
    CivilDate due;
    Money amount;
};
// The time from the start of the term to a payment in whole unit-periods plus odd days, the fraction of a unit-period
// being oddDays / daysPerUnit (App. J (b)(5): months are counted back from the later date and odd days divided by 30;
// weeks and two-week periods are the days divided by 7 or 14). `anchorDay` is the day of the month the payments are
// scheduled on (31 for a series on the last day of each month), so a payment on Feb 28 counts back to Jan 31.
struct UnitPeriods {
    std::int64_t whole = 0;
    std::int64_t oddDays = 0;
    std::int64_t daysPerUnit = 30;
};
UnitPeriods unitPeriodsBetween(CivilDate termStart, CivilDate payment, Frequency unitPeriod, int anchorDay);
// The APR by the actuarial method: the unit-period rate i solving the general equation (App. J (b)(8)) for one advance
// at the start of the term,  amountFinanced = sum_j payment_j / ((1 + f_j i) (1 + i)^t_j),  times the unit-periods in
// a year (52, 26, 12); in hundredths of a percent, rounded half up. The monthly anchor day is the first payment's day.
// Zero when the payments only repay the amount financed. Throws std::invalid_argument for no payment, a payment
// before the term starts, an amount financed that is not positive or payments that do not repay it.
std::int64_t annualPercentageRate(Money amountFinanced, const std::vector<DatedPayment>& payments, CivilDate termStart,
                                  Frequency unitPeriod);
// The schedule's APR for a term starting on `termStart` (the day the arrangement is made).
std::int64_t annualPercentageRate(const Schedule& schedule, CivilDate termStart, Frequency unitPeriod);
std::string formatApr(std::int64_t basisPoints); // 1234 -> "12.34" (percent, two places, no sign)

// Counter arithmetic.
// A discount for paying early: basisPoints of the amount, rounded down (never more than the stated percentage).
Money earlyPaymentDiscount(Money amount, std::int64_t basisPoints);
// A late-payment penalty: basisPoints of the amount, rounded half up, then held between minimum and maximum
// (a maximum of zero means none).
Money latePaymentPenalty(Money amount, std::int64_t basisPoints, Money minimum, Money maximum);
// A charge for part of a service period: amount x daysOfService / daysInPeriod, rounded half up. Throws
// std::invalid_argument unless 0 <= daysOfService <= daysInPeriod and daysInPeriod > 0.
Money prorate(Money amount, std::int64_t daysOfService, std::int64_t daysInPeriod);
// amount x part / whole, rounded half up (a proportion, such as one owner's share of a parcel's charge).
Money proportion(Money amount, std::int64_t part, std::int64_t whole);

} // namespace tillbook
