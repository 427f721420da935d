#!/usr/bin/env python3
"""An APR solver written from Regulation Z, Appendix J (12 CFR 1026) alone, sharing nothing with the C++: it checks
itself on the appendix's published examples, then compares `tillctl arrangement quote --json` on a table of schedules
(odd first periods, weekly, biweekly and monthly payments, both interest methods) to within 0.01 percentage point.

Usage: apr_independent.py TILLCTL
"""
import calendar
import datetime
import json
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60

UNITS_PER_YEAR = {"weekly": 52, "biweekly": 26, "monthly": 12}


def month_end(d):
    return calendar.monthrange(d.year, d.month)[1]


def back_months(d, months, series_day):
    """The date `months` months before d. App. J (b)(3)(iv): months run from a date to the same date of another month;
    a series on the last day of each month runs last day to last day; a series on the 29th or 30th uses February's
    last day."""
    day = d.day
    if day == month_end(d) and day < series_day:
        day = series_day  # d is a short month's last day standing for the series' day
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return datetime.date(y, m + 1, min(day, calendar.monthrange(y, m + 1)[1]))


def unit_periods(start, when, unit, series_day):
    """(t, f): whole unit-periods and the fraction of one from the start of the term to `when`, App. J (b)(5)."""
    if unit == "monthly":
        # (b)(5)(iii): full months counted back from the later date, the remaining days divided by 30.
        t = 0
        while back_months(when, t + 1, series_day) >= start:
            t += 1
        odd = (back_months(when, t, series_day) - start).days
        return t, Decimal(odd) / 30
    # (b)(5)(v): a week or a multiple of a week: the days divided by the days in a unit-period.
    per = 7 if unit == "weekly" else 14
    days = (when - start).days
    return days // per, Decimal(days % per) / per


def apr(amount_financed, payments, start, unit):
    """The general equation (b)(8) with one advance at the start of the term, solved for i by bisection; the APR is
    i times the unit-periods in a year (b)(1), in percent rounded to two places."""
    series_day = max(when.day for when, _ in payments)
    terms = [(unit_periods(start, when, unit, series_day), Decimal(amount)) for when, amount in payments]
    A = Decimal(amount_financed)

    def pv(i):
        return sum(p / ((1 + f * i) * (1 + i) ** t) for (t, f), p in terms)

    if sum(p for _, p in terms) == A:
        return Decimal("0.00")
    lo, hi = Decimal(0), Decimal(1)
    while pv(hi) > A:
        lo, hi = hi, hi * 2
    for _ in range(120):
        mid = (lo + hi) / 2
        if pv(mid) > A:
            lo = mid
        else:
            hi = mid
    return ((lo + hi) / 2 * UNITS_PER_YEAR[unit] * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def every(first, n, unit):
    out = []
    for k in range(n):
        if unit == "monthly":
            y, m = divmod(first.year * 12 + first.month - 1 + k, 12)
            out.append(datetime.date(y, m + 1, min(first.day, calendar.monthrange(y, m + 1)[1])))
        else:
            out.append(first + datetime.timedelta(days=k * (7 if unit == "weekly" else 14)))
    return out


D = datetime.date
failures = []

# Appendix J (c): the published examples that fit a weekly, biweekly or monthly unit-period.
published = [
    ("(c)(1)(i) monthly, regular first period", 5000, [(d, 230) for d in every(D(1978, 2, 10), 24, "monthly")],
     D(1978, 1, 10), "monthly", "9.69"),
    ("(c)(1)(ii) monthly, long first period", 6000, [(d, 200) for d in every(D(1978, 4, 1), 36, "monthly")],
     D(1978, 2, 10), "monthly", "11.82"),
    ("(c)(1)(v) weekly, long first period", 500, [(d, Decimal("17.60")) for d in every(D(1978, 4, 21), 30, "weekly")],
     D(1978, 3, 20), "weekly", "14.96"),
    ("(c)(3)(i) monthly, odd final payment", 5000,
     [(d, 230) for d in every(D(1978, 2, 10), 23, "monthly")] + [(D(1980, 1, 10), 280)], D(1978, 1, 10), "monthly",
     "10.50"),
    ("(c)(3)(ii) every two weeks, short first period, odd final payment", 200,
     [(d, Decimal("9.50")) for d in every(D(1978, 4, 11), 19, "biweekly")] + [(D(1978, 4, 11) + datetime.timedelta(days=14 * 19), 30)],
     D(1978, 4, 3), "biweekly", "12.22"),
]
for name, financed, payments, start, unit, expected in published:
    got = apr(financed, payments, start, unit)
    print(f"Appendix J {name}: {got} (published {expected})")
    if got != Decimal(expected):
        failures.append(f"the independent solver gives {got} for Appendix J {name}, published {expected}")

# Schedules from tillctl: principal, down, installments, frequency, rate, method, first due, today.
schedules = [
    ("1500.00", "300.00", 12, "monthly", "6", "amortized", "2026-12-27", "2026-11-27"),  # docs/arrangements.md
    ("1500.00", "300.00", 12, "monthly", "6", "amortized", "2027-01-15", "2026-11-27"),  # long first period
    ("1500.00", "300.00", 12, "monthly", "6", "amortized", "2026-12-05", "2026-11-27"),  # short first period
    ("2345.67", "0", 26, "biweekly", "9.99", "amortized", "2026-12-04", "2026-11-27"),
    ("2345.67", "0", 26, "biweekly", "9.99", "amortized", "2027-01-08", "2026-11-27"),
    ("800.00", "50.00", 20, "weekly", "12", "amortized", "2026-12-01", "2026-11-27"),
    ("800.00", "50.00", 20, "weekly", "12", "amortized", "2026-12-29", "2026-11-27"),
    ("10000.00", "1000.00", 60, "monthly", "7.25", "amortized", "2027-01-31", "2026-11-27"),  # the month's last day
    ("999.99", "0", 3, "monthly", "36", "amortized", "2027-11-27", "2026-11-27"),  # a year before the first
    ("1000.00", "0", 6, "monthly", "12", "simple", "2027-01-10", "2026-11-27"),
    ("999.99", "0", 52, "weekly", "7.5", "simple", "2026-11-27", "2026-11-27"),  # the first due today
    ("500.00", "0", 10, "weekly", "0", "amortized", "2026-12-04", "2026-11-27"),
    ("25000.00", "0", 260, "weekly", "36", "amortized", "2027-02-14", "2026-11-27"),
    ("4200.00", "200.00", 14, "monthly", "18", "amortized", "2027-01-30", "2026-12-31"),  # the 30th past February
    ("3000.00", "0", 24, "monthly", "9.5", "simple", "2028-02-29", "2028-01-31"),  # a leap day
    ("620.50", "20.50", 9, "biweekly", "24.125", "simple", "2027-03-01", "2027-02-01"),
]
exact = 0
for principal, down, n, unit, rate, method, first, today in schedules:
    args = [sys.argv[1], "arrangement", "quote", "--json", "--principal", principal, "--down", down, "--installments",
            str(n), "--frequency", unit, "--rate", rate, "--method", method, "--first", first, "--today", today]
    run = subprocess.run(args, capture_output=True, text=True)
    if run.returncode != 0:
        failures.append(f"{' '.join(args[1:])} failed: {run.stderr.strip()}")
        continue
    q = json.loads(run.stdout)
    if "apr" not in q:
        failures.append(f"{' '.join(args[1:])}: no \"apr\" in the quote")
        continue
    payments = [(datetime.date.fromisoformat(i["due"]), Decimal(i["payment"])) for i in q["installments"]]
    ours = apr(Decimal(q["financed"]), payments, datetime.date.fromisoformat(today), unit)
    theirs = Decimal(q["apr"])
    print(f"{principal} - {down}, {n} {unit} at {rate}% {method}, first {first}, today {today}: tillctl {q['apr']}, "
          f"independent {ours}")
    exact += ours == theirs
    if abs(ours - theirs) > Decimal("0.01"):
        failures.append(f"{principal} {n} {unit} {rate}% {method} first {first}: tillctl {theirs}, independent {ours}")

print(f"{exact} of {len(schedules)} schedules agree to the 1/100 of a percent")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
