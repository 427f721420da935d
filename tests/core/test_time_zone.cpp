// The business day across both of America/Chicago's 2026 DST changes (March 8: 23 hours; November 1: 25 hours), with
// the day starting at midnight and after it. The zone here is written out by hand (CST -6, CDT -5 from 2026-03-08 08:00Z
// to 2026-11-01 07:00Z), so these tests check core's arithmetic alone; the station's tests check tzdata agrees.
#include "core/time_zone.h"

#include <catch2/catch.hpp>

using namespace tillbook;

namespace {

constexpr std::int64_t kHourMs = 3'600'000;

class Chicago2026 final : public TimeZone {
public:
    static constexpr std::int64_t kSpring = 1'772'956'800'000; // 2026-03-08T08:00Z, 02:00 CST becomes 03:00 CDT
    static constexpr std::int64_t kFall = 1'793'516'400'000;   // 2026-11-01T07:00Z, 02:00 CDT becomes 01:00 CST
    std::string name() const override { return "America/Chicago"; }
    ZoneOffset offsetAt(std::int64_t utcMs) const override
    {
        if (utcMs >= kSpring && utcMs < kFall)
            return {-5 * 3600, "CDT"};
        return {-6 * 3600, "CST"};
    }
};

// "2026-03-08T07:59" as UTC ms.
std::int64_t utc(const char* text)
{
    std::string s(text);
    auto date = parseDate(s.substr(0, 10));
    REQUIRE(date);
    auto minutes = parseClockTime(s.substr(11, 5));
    REQUIRE(minutes);
    return daysFromCivil(*date) * 24 * kHourMs + *minutes * 60'000LL;
}

CivilDate day(const char* text)
{
    auto d = parseDate(text);
    REQUIRE(d);
    return *d;
}

} // namespace

TEST_CASE("a business day is 23 hours in March and 25 in November, from local midnight to local midnight")
{
    Chicago2026 chicago;
    BusinessCalendar calendar(chicago);
    struct Row {
        const char* day;
        const char* start;
        const char* end;
        std::int64_t hours;
    };
    const Row rows[] = {
        {"2026-03-07", "2026-03-07T06:00", "2026-03-08T06:00", 24},
        {"2026-03-08", "2026-03-08T06:00", "2026-03-09T05:00", 23},
        {"2026-03-09", "2026-03-09T05:00", "2026-03-10T05:00", 24},
        {"2026-10-31", "2026-10-31T05:00", "2026-11-01T05:00", 24},
        {"2026-11-01", "2026-11-01T05:00", "2026-11-02T06:00", 25},
        {"2026-11-02", "2026-11-02T06:00", "2026-11-03T06:00", 24},
    };
    for (const Row& row : rows) {
        INFO(row.day);
        DayBounds b = calendar.bounds(day(row.day));
        CHECK(b.startMs == utc(row.start));
        CHECK(b.endMs == utc(row.end));
        CHECK(b.endMs - b.startMs == row.hours * kHourMs);
    }
}

TEST_CASE("a payment at 23:30 local belongs to that local day, not to the UTC day it falls in")
{
    Chicago2026 chicago;
    BusinessCalendar calendar(chicago);
    CHECK(calendar.day(utc("2026-03-08T05:30")) == "2026-03-07"); // 23:30 CST, the night before the change
    CHECK(calendar.day(utc("2026-03-09T04:30")) == "2026-03-08"); // 23:30 CDT, the short day
    CHECK(calendar.day(utc("2026-11-02T05:30")) == "2026-11-01"); // 23:30 CST, the long day
    CHECK(calendar.day(utc("2026-11-01T05:00")) == "2026-11-01"); // its first instant
    CHECK(calendar.day(utc("2026-11-01T04:59")) == "2026-10-31");
    CHECK(calendar.day(utc("2026-11-01T06:30")) == "2026-11-01"); // 01:30 CDT
    CHECK(calendar.day(utc("2026-11-01T07:30")) == "2026-11-01"); // 01:30 CST, the same hour again
}

TEST_CASE("a business day that starts after midnight keeps the small hours with the day before")
{
    Chicago2026 chicago;
    BusinessCalendar calendar(chicago, 2 * 60); // 02:00
    CHECK(calendar.day(utc("2026-03-10T06:30")) == "2026-03-09"); // 01:30 CDT on the 10th
    CHECK(calendar.day(utc("2026-03-10T07:00")) == "2026-03-10"); // 02:00 CDT: the 10th begins
    // 02:00 does not exist on March 8: the 8th begins at the change (03:00 CDT), so 01:59 CST is still the 7th.
    CHECK(calendar.bounds(day("2026-03-08")).startMs == Chicago2026::kSpring);
    CHECK(calendar.day(utc("2026-03-08T07:59")) == "2026-03-07");
    CHECK(calendar.day(Chicago2026::kSpring) == "2026-03-08");
    CHECK(calendar.bounds(day("2026-03-07")).endMs - calendar.bounds(day("2026-03-07")).startMs == 24 * kHourMs);
    CHECK(calendar.bounds(day("2026-03-08")).endMs - calendar.bounds(day("2026-03-08")).startMs == 23 * kHourMs);
    // On November 1 the clock reaches 02:00 only once, in CST, after the repeated hour: that hour is October 31's,
    // which lasts 25 hours.
    CHECK(calendar.bounds(day("2026-11-01")).startMs == utc("2026-11-01T08:00"));
    CHECK(calendar.bounds(day("2026-10-31")).endMs - calendar.bounds(day("2026-10-31")).startMs == 25 * kHourMs);
    CHECK(calendar.day(utc("2026-11-01T07:30")) == "2026-10-31"); // 01:30 CST, the second time round

    // 01:30 happens twice on November 1: the day starts at the first, and the second (01:15 CST) is already that day,
    // although its wall clock reads earlier than the start.
    BusinessCalendar half(chicago, 90);
    CHECK(half.bounds(day("2026-11-01")).startMs == utc("2026-11-01T06:30"));
    CHECK(half.day(utc("2026-11-01T06:29")) == "2026-10-31");
    CHECK(half.day(utc("2026-11-01T07:15")) == "2026-11-01");
    CHECK(half.bounds(day("2026-11-01")).endMs - half.bounds(day("2026-11-01")).startMs == 25 * kHourMs);
}

TEST_CASE("every instant belongs to the one business day whose bounds hold it, across both changes")
{
    Chicago2026 chicago;
    for (int start : {0, 60, 90, 120, 150, 23 * 60 + 59}) {
        BusinessCalendar calendar(chicago, start);
        for (std::int64_t first : {utc("2026-03-06T00:00"), utc("2026-10-30T00:00")}) {
            for (std::int64_t t = first; t < first + 4 * 24 * kHourMs; t += 7 * 60'000) {
                CivilDate d = calendar.dayOf(t);
                DayBounds b = calendar.bounds(d);
                INFO("start " << start << " t " << t << " day " << formatDate(d));
                REQUIRE(b.startMs <= t);
                REQUIRE(t < b.endMs);
            }
        }
    }
}

TEST_CASE("local times print with the zone's abbreviation on either side of a change")
{
    Chicago2026 chicago;
    BusinessCalendar calendar(chicago);
    CHECK(calendar.printedTime(utc("2026-03-08T07:59")) == "2026-03-08 01:59 CST");
    CHECK(calendar.printedTime(Chicago2026::kSpring) == "2026-03-08 03:00 CDT");
    CHECK(calendar.printedTime(utc("2026-11-01T06:59")) == "2026-11-01 01:59 CDT");
    CHECK(calendar.printedTime(Chicago2026::kFall) == "2026-11-01 01:00 CST");
    CHECK(calendar.printedTime(utc("2026-01-01T03:05")) == "2025-12-31 21:05 CST");
    UtcZone utcZone;
    CHECK(BusinessCalendar(utcZone).printedTime(utc("2026-11-28T08:10")) == "2026-11-28 08:10 UTC");
    CHECK(BusinessCalendar(utcZone).day(utc("2026-11-28T23:59")) == "2026-11-28");
}

TEST_CASE("a day's start time is HH:MM")
{
    CHECK(parseClockTime("00:00") == 0);
    CHECK(parseClockTime("02:00") == 120);
    CHECK(parseClockTime("23:59") == 23 * 60 + 59);
    for (const char* bad : {"", "2:00", "24:00", "12:60", "12.00", "12:00:00", " 1:00", "ab:cd"})
        CHECK_FALSE(parseClockTime(bad));
}
