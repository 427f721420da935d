// Payment arrangements: schedules checked against an independent exact-fraction computation (Python's Fraction, the
// numbers below), invariants over many seeded random terms, refusals, dates, and the counter's percentage arithmetic.
#include "core/arrangement.h"
#include "money_printer.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

using namespace tillbook;

namespace {

Money c(std::int64_t cents)
{
    return Money::fromCents(cents);
}

CivilDate date(const char* text)
{
    auto d = parseDate(text);
    REQUIRE(d);
    return *d;
}

Schedule quote(const ArrangementTerms& terms, const char* today = "2026-11-27")
{
    auto result = quoteArrangement(terms, date(today));
    if (auto* problem = std::get_if<tillbook::Message>(&result))
        FAIL(problem->english());
    return std::get<Schedule>(result);
}

ArrangementTerms terms(std::int64_t principal, int n, Frequency f, std::int64_t rate, InterestMethod m)
{
    ArrangementTerms t;
    t.principal = c(principal);
    t.installments = n;
    t.frequency = f;
    t.rateMilliPercent = rate;
    t.method = m;
    t.firstDue = date("2026-12-27");
    return t;
}

} // namespace

TEST_CASE("arrangement: amortized schedules match an exact-fraction computation")
{
    struct Case {
        std::int64_t financed;
        int n;
        Frequency frequency;
        std::int64_t rate;
        std::int64_t payment;
        std::int64_t totalInterest;
        std::int64_t lastPayment;
        std::int64_t firstInterest;
    };
    // From Python: P = round_half_up(F * i / (1 - (1 + i)^-n)) with i = rate / periods, interest per period rounded
    // half up on the balance, the last installment paying the balance.
    const Case cases[] = {
        {120000, 12, Frequency::Monthly, 6000, 10328, 3932, 10324, 600},
        {234567, 26, Frequency::Biweekly, 9990, 9497, 12359, 9501, 901},
        {1000000, 60, Frequency::Monthly, 7250, 19919, 195165, 19944, 6042},
        {50000, 10, Frequency::Weekly, 0, 5000, 0, 5000, 0},
        {99999, 3, Frequency::Monthly, 36000, 35353, 6059, 35352, 3000},
    };
    for (const Case& k : cases) {
        INFO(k.financed << " over " << k.n << " at " << k.rate);
        Schedule s = quote(terms(k.financed, k.n, k.frequency, k.rate, InterestMethod::Amortized));
        CHECK(s.financed == c(k.financed));
        CHECK(s.periodicPayment == c(k.payment));
        CHECK(s.totalInterest == c(k.totalInterest));
        CHECK(s.installments.back().payment == c(k.lastPayment));
        CHECK(s.installments.front().interest == c(k.firstInterest));
        CHECK(s.totalOfPayments == c(k.financed + k.totalInterest));
        CHECK(s.installments.back().balance == c(0));
    }
}

TEST_CASE("arrangement: the worked example in docs/arrangements.md")
{
    ArrangementTerms t = terms(150000, 12, Frequency::Monthly, 6000, InterestMethod::Amortized);
    t.down = c(30000);
    Schedule s = quote(t);
    CHECK(s.financed == c(120000));
    CHECK(s.periodicPayment == c(10328));
    CHECK(s.installments[0].interest == c(600));
    CHECK(s.installments[0].principal == c(9728));
    CHECK(s.installments[0].balance == c(110272));
    CHECK(s.installments[1].interest == c(551)); // 1102.72 x 0.5% = 5.5136
    CHECK(s.installments[11].payment == c(10324));
    CHECK(s.totalInterest == c(3932));
    CHECK(s.totalOfPayments == c(123932));
}

TEST_CASE("arrangement: simple interest for the whole term and the last installment absorbs the rounding")
{
    // $1,000.00 at 12% for 6 months: $60.00 interest; 1,060.00 / 6 = 176.666..
    Schedule s = quote(terms(100000, 6, Frequency::Monthly, 12000, InterestMethod::Simple));
    CHECK(s.totalInterest == c(6000));
    CHECK(s.periodicPayment == c(17666));
    for (int i = 0; i < 5; ++i) {
        CHECK(s.installments[static_cast<std::size_t>(i)].payment == c(17666));
        CHECK(s.installments[static_cast<std::size_t>(i)].interest == c(1000));
    }
    CHECK(s.installments[5].payment == c(17670));
    CHECK(s.totalOfPayments == c(106000));
    // $999.99 at 7.5% over 52 weeks: 999.99 x 0.075 = 74.99925 -> $75.00
    Schedule w = quote(terms(99999, 52, Frequency::Weekly, 7500, InterestMethod::Simple));
    CHECK(w.totalInterest == c(7500));
    CHECK(w.totalOfPayments == c(107499));
}

TEST_CASE("arrangement: invariants over seeded random terms")
{
    std::mt19937_64 rng(20261127);
    for (int round = 0; round < 3000; ++round) {
        ArrangementTerms t;
        t.principal = c(std::uniform_int_distribution<std::int64_t>(100, 50'000'000)(rng));
        t.down = c(std::uniform_int_distribution<std::int64_t>(0, t.principal.cents() - 1)(rng));
        t.installments = std::uniform_int_distribution<int>(1, kMaxInstallments)(rng);
        t.frequency = static_cast<Frequency>(round % 3);
        t.rateMilliPercent = std::uniform_int_distribution<std::int64_t>(0, kMaxRateMilliPercent)(rng);
        t.method = round % 2 ? InterestMethod::Simple : InterestMethod::Amortized;
        t.firstDue = date("2027-01-31");
        Schedule s = quote(t);
        INFO("round " << round);
        REQUIRE(s.installments.size() == static_cast<std::size_t>(t.installments));
        Money payments;
        Money interest;
        Money principal;
        for (std::size_t k = 0; k < s.installments.size(); ++k) {
            const auto& i = s.installments[k];
            CHECK_FALSE(i.payment.isNegative());
            CHECK_FALSE(i.interest.isNegative());
            CHECK_FALSE(i.principal.isNegative());
            CHECK(i.payment == i.principal + i.interest);
            if (k > 0)
                CHECK(i.due > s.installments[k - 1].due);
            payments += i.payment;
            interest += i.interest;
            principal += i.principal;
        }
        CHECK(principal == s.financed);
        CHECK(payments == s.financed + interest);
        CHECK(payments == s.totalOfPayments);
        CHECK(interest == s.totalInterest);
        CHECK(s.installments.back().balance == c(0));
        if (t.rateMilliPercent == 0)
            CHECK(interest == c(0));
    }
}

TEST_CASE("arrangement: due dates by week, fortnight and month, months from the anchor day")
{
    ArrangementTerms t = terms(100000, 4, Frequency::Monthly, 0, InterestMethod::Amortized);
    t.firstDue = date("2027-01-31");
    Schedule m = quote(t);
    CHECK(formatDate(m.installments[1].due) == "2027-02-28");
    CHECK(formatDate(m.installments[2].due) == "2027-03-31");
    CHECK(formatDate(m.installments[3].due) == "2027-04-30");
    t.frequency = Frequency::Biweekly;
    t.firstDue = date("2026-12-25");
    CHECK(formatDate(quote(t).installments[1].due) == "2027-01-08");
    t.frequency = Frequency::Weekly;
    CHECK(formatDate(quote(t).installments[3].due) == "2027-01-15");
}

TEST_CASE("arrangement: bad terms are refused in one sentence")
{
    auto refused = [](ArrangementTerms t, const char* today = "2026-11-27") {
        auto r = quoteArrangement(t, *parseDate(today));
        REQUIRE(std::holds_alternative<tillbook::Message>(r));
        return std::get<tillbook::Message>(r).english();
    };
    ArrangementTerms ok = terms(100000, 6, Frequency::Monthly, 5000, InterestMethod::Amortized);
    auto t = ok;
    t.installments = 0;
    CHECK(refused(t) == "An arrangement needs at least one installment.");
    t = ok;
    t.installments = 261;
    CHECK(refused(t) == "An arrangement has at most 260 installments, not 261.");
    t = ok;
    t.rateMilliPercent = -1;
    CHECK(refused(t) == "The interest rate cannot be negative.");
    t = ok;
    t.rateMilliPercent = 36001;
    CHECK(refused(t) == "An annual rate of 36.001% is above the 36.000% the station allows.");
    t = ok;
    t.down = c(100000);
    CHECK(refused(t) == "A down payment of $1,000.00 covers the balance of $1,000.00; take it as a payment instead.");
    t = ok;
    t.down = c(-1);
    CHECK(refused(t) == "The down payment cannot be negative.");
    t = ok;
    t.firstDue = date("2026-11-26");
    CHECK(refused(t) == "The first installment cannot be due in the past (2026-11-26 is before 2026-11-27).");
    t = ok;
    t.firstDue = date("2027-12-01");
    CHECK_THAT(refused(t), Catch::Contains("more than a year"));
    t = ok;
    t.principal = c(0);
    CHECK(refused(t) == "There is no balance to arrange.");
    t = ok;
    t.principal = c(1'000'000'001);
    CHECK_THAT(refused(t), Catch::Contains("more than an arrangement at the counter can take"));
}

TEST_CASE("arrangement: rates, frequencies and methods from text")
{
    CHECK(parseRate("6") == 6000);
    CHECK(parseRate("6.5") == 6500);
    CHECK(parseRate("6.125%") == 6125);
    CHECK(parseRate("0") == 0);
    CHECK_FALSE(parseRate("-1"));
    CHECK_FALSE(parseRate("6.1234"));
    CHECK_FALSE(parseRate("6."));
    CHECK_FALSE(parseRate("six"));
    CHECK_FALSE(parseRate(""));
    CHECK(formatRate(6125) == "6.125%");
    CHECK(formatRate(500) == "0.500%");
    CHECK(parseFrequency("biweekly") == Frequency::Biweekly);
    CHECK_FALSE(parseFrequency("daily"));
    CHECK(parseInterestMethod("simple") == InterestMethod::Simple);
    CHECK_FALSE(parseInterestMethod("compound"));
}

TEST_CASE("calendar: strict dates and day arithmetic")
{
    CHECK(parseDate("2028-02-29"));
    CHECK_FALSE(parseDate("2027-02-29"));
    CHECK_FALSE(parseDate("2026-13-01"));
    CHECK_FALSE(parseDate("2026-1-01"));
    CHECK_FALSE(parseDate("26-01-01"));
    CHECK(daysFromCivil(*parseDate("1970-01-01")) == 0);
    CHECK(daysFromCivil(*parseDate("2000-03-01")) == 11017);
    for (std::int64_t d = -1000; d < 60000; d += 37)
        CHECK(daysFromCivil(civilFromDays(d)) == d);
    CHECK(formatDate(addMonths(*parseDate("2028-01-31"), 1)) == "2028-02-29");
    CHECK(formatDate(addMonths(*parseDate("2026-11-15"), 14)) == "2028-01-15");
}

TEST_CASE("counter arithmetic: discounts penalties proration and proportions")
{
    CHECK(earlyPaymentDiscount(c(12345), 200) == c(246));  // 2% of 123.45 = 2.469, never rounded up
    CHECK(latePaymentPenalty(c(12345), 1000, c(500), c(0)) == c(1235)); // 10% = 12.345 -> 12.35
    CHECK(latePaymentPenalty(c(1000), 1000, c(500), c(0)) == c(500));   // the minimum
    CHECK(latePaymentPenalty(c(100000), 1500, c(500), c(5000)) == c(5000)); // the maximum
    CHECK(prorate(c(3000), 12, 30) == c(1200));
    CHECK(prorate(c(1000), 1, 3) == c(333));
    CHECK(prorate(c(1000), 2, 3) == c(667));
    CHECK(prorate(c(1000), 0, 31) == c(0));
    CHECK_THROWS_AS(prorate(c(1000), 32, 31), std::invalid_argument);
    CHECK_THROWS_AS(prorate(c(1000), 1, 0), std::invalid_argument);
    CHECK(proportion(c(100000), 1, 3) == c(33333));
    CHECK(proportion(c(100001), 1, 2) == c(50001)); // half a cent rounds up
}

namespace {

std::vector<DatedPayment> every(const char* first, int n, Frequency f, std::int64_t cents)
{
    std::vector<DatedPayment> out;
    for (int k = 0; k < n; ++k) {
        CivilDate due = f == Frequency::Monthly ? addMonths(date(first), k)
                                                : addDays(date(first), (f == Frequency::Weekly ? 7 : 14) * k);
        out.push_back({due, c(cents)});
    }
    return out;
}

} // namespace

TEST_CASE("apr: the published examples of Regulation Z, Appendix J (c) with weekly, two-week and monthly periods")
{
    // (c)(1)(i): $5,000 advanced 1978-01-10, 24 monthly payments of $230 from 1978-02-10.
    CHECK(annualPercentageRate(c(500000), every("1978-02-10", 24, Frequency::Monthly, 23000), date("1978-01-10"),
                               Frequency::Monthly) == 969);
    // (c)(1)(ii): $6,000 advanced 1978-02-10, 36 monthly payments of $200 from 1978-04-01 (a long first period).
    CHECK(annualPercentageRate(c(600000), every("1978-04-01", 36, Frequency::Monthly, 20000), date("1978-02-10"),
                               Frequency::Monthly) == 1182);
    // (c)(1)(v): $500 advanced 1978-03-20, 30 weekly payments of $17.60 from 1978-04-21 (4 weeks and 4 days first).
    CHECK(annualPercentageRate(c(50000), every("1978-04-21", 30, Frequency::Weekly, 1760), date("1978-03-20"),
                               Frequency::Weekly) == 1496);
    // (c)(3)(i): 23 monthly payments of $230 and a final one of $280.
    auto odd = every("1978-02-10", 23, Frequency::Monthly, 23000);
    odd.push_back({date("1980-01-10"), c(28000)});
    CHECK(annualPercentageRate(c(500000), odd, date("1978-01-10"), Frequency::Monthly) == 1050);
    // (c)(3)(ii): $200 advanced 1978-04-03, 19 payments of $9.50 every two weeks from 1978-04-11, a final $30.
    auto twoWeeks = every("1978-04-11", 19, Frequency::Biweekly, 950);
    twoWeeks.push_back({addDays(date("1978-04-11"), 14 * 19), c(3000)});
    CHECK(annualPercentageRate(c(20000), twoWeeks, date("1978-04-03"), Frequency::Biweekly) == 1222);
}

TEST_CASE("apr: unit-periods and odd days from the start of the term")
{
    auto periods = [](const char* start, const char* due, Frequency f, int anchor) {
        UnitPeriods u = unitPeriodsBetween(date(start), date(due), f, anchor);
        return std::to_string(u.whole) + "+" + std::to_string(u.oddDays) + "/" + std::to_string(u.daysPerUnit);
    };
    CHECK(periods("1978-02-10", "1978-04-01", Frequency::Monthly, 1) == "1+19/30"); // back to Mar 1, Feb 10..Mar 1
    CHECK(periods("2026-11-27", "2026-12-27", Frequency::Monthly, 27) == "1+0/30");
    CHECK(periods("2026-11-27", "2026-12-05", Frequency::Monthly, 5) == "0+8/30");
    CHECK(periods("2026-11-27", "2026-11-27", Frequency::Monthly, 27) == "0+0/30");
    // A series on the 31st: Feb 28 counts back to Jan 31, a whole month.
    CHECK(periods("2027-01-31", "2027-02-28", Frequency::Monthly, 31) == "1+0/30");
    CHECK(periods("2027-01-15", "2027-04-30", Frequency::Monthly, 31) == "3+16/30"); // back to Jan 31
    // A series on the 30th uses February's last day.
    CHECK(periods("2027-01-30", "2027-02-28", Frequency::Monthly, 30) == "1+0/30");
    CHECK(periods("1978-03-20", "1978-04-21", Frequency::Weekly, 21) == "4+4/7");
    CHECK(periods("1978-04-03", "1978-04-11", Frequency::Biweekly, 11) == "0+8/14");
    CHECK_THROWS_AS(unitPeriodsBetween(date("2026-11-27"), date("2026-11-26"), Frequency::Weekly, 26),
                    std::invalid_argument);
}

TEST_CASE("apr: the worked example in docs/arrangements.md, with a regular and a long first period")
{
    ArrangementTerms t = terms(150000, 12, Frequency::Monthly, 6000, InterestMethod::Amortized);
    t.down = c(30000);
    // A regular first period: the rounded-up level payment and the last one 4 cents lower, 5.9946% -> 5.99%.
    CHECK(formatApr(quote(t).aprBasisPoints) == "5.99");
    // First due 2027-01-15: one month back to 2026-12-15, then 18 odd days from 2026-11-27, f = 18/30 = 0.6; the
    // same payments over a longer first period: 5.4824% -> 5.48%.
    t.firstDue = date("2027-01-15");
    Schedule s = quote(t);
    UnitPeriods first = unitPeriodsBetween(date("2026-11-27"), s.installments[0].due, Frequency::Monthly, 15);
    CHECK(first.whole == 1);
    CHECK(first.oddDays == 18);
    CHECK(s.periodicPayment == c(10328));
    CHECK(s.installments.back().payment == c(10324));
    CHECK(formatApr(s.aprBasisPoints) == "5.48");
    CHECK(s.financed == c(120000));
    CHECK(s.totalInterest == c(3932));
    CHECK(s.totalOfPayments == c(123932));
}

TEST_CASE("apr: a quote carries it, a regular first period gives about the nominal rate, no interest gives zero")
{
    // One payment one unit-period after the advance: $505.00 for $500.00 is 1% a month, 12% a year.
    CHECK(annualPercentageRate(c(50000), {{date("2026-02-01"), c(50500)}}, date("2026-01-01"), Frequency::Monthly)
          == 1200);
    CHECK(annualPercentageRate(c(50000), {{date("2026-01-15"), c(50100)}}, date("2026-01-01"), Frequency::Biweekly)
          == 520); // 0.2% for two weeks, 26 a year
    Schedule regular = quote(terms(1000000, 60, Frequency::Monthly, 7250, InterestMethod::Amortized));
    CHECK(std::abs(regular.aprBasisPoints - 725) <= 1);
    Schedule weekly = quote(terms(50000, 10, Frequency::Weekly, 0, InterestMethod::Amortized));
    CHECK(weekly.aprBasisPoints == 0);
    CHECK(formatApr(5) == "0.05");
    CHECK(formatApr(1234) == "12.34");
    CHECK_THROWS_AS(annualPercentageRate(c(1000), {}, date("2026-01-01"), Frequency::Weekly), std::invalid_argument);
    CHECK_THROWS_AS(annualPercentageRate(c(1000), {{date("2026-01-08"), c(999)}}, date("2026-01-01"), Frequency::Weekly),
                    std::invalid_argument);
}
