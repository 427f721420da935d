// Local time for a station: the zone interface core receives (its rules are read from tzdata outside core) and the
// business day built on it, the one definition of "the day" a payment, a review or an export belongs to.
#pragma once

#include "core/calendar.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook {

// What a zone says at one instant: seconds east of UTC and the abbreviation in force ("CST", "CDT").
struct ZoneOffset {
    std::int32_t seconds = 0;
    std::string abbreviation;
    friend bool operator==(const ZoneOffset&, const ZoneOffset&) = default;
};

// A zone's rules. Implementations: the station's over tzdata (station/zone_info.h), UtcZone, and tests' fixed zones.
class TimeZone {
public:
    virtual ~TimeZone() = default;
    virtual std::string name() const = 0;
    virtual ZoneOffset offsetAt(std::int64_t utcMs) const = 0;
};

class UtcZone final : public TimeZone {
public:
    std::string name() const override { return "UTC"; }
    ZoneOffset offsetAt(std::int64_t) const override { return {0, "UTC"}; }
};

// "HH:MM" (00:00..23:59) as minutes after midnight; nothing for anything else.
std::optional<int> parseClockTime(std::string_view text);

// The UTC instants [startMs, endMs) of one business day.
struct DayBounds {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

// The station's calendar: its zone and the local time its business day starts (00:00 unless an office's day ends
// after midnight). A business day D runs from D's start time, local, to D+1's: 23 or 25 hours across a DST change.
// A local start time that a spring change skips starts the day at the change; one that a fall change repeats starts
// it at its first occurrence. Every instant belongs to exactly one day: day(t) is the D with bounds(D) holding t.
class BusinessCalendar {
public:
    BusinessCalendar(const TimeZone& zone, int dayStartMinutes = 0);

    const TimeZone& zone() const { return m_zone; }
    int dayStartMinutes() const { return m_dayStart; }

    CivilDate dayOf(std::int64_t utcMs) const;
    std::string day(std::int64_t utcMs) const { return formatDate(dayOf(utcMs)); } // "YYYY-MM-DD"
    DayBounds bounds(CivilDate day) const;
    // The first instant at or after the local time `minuteOfDay` on `date` (see the class comment for DST changes).
    std::int64_t utcOfLocal(CivilDate date, int minuteOfDay) const;
    // The local wall-clock time, "2026-03-08 01:30 CST", to the minute: times on paper and in tillctl's output.
    std::string printedTime(std::int64_t utcMs) const;
    // The local calendar date (not the business day) of an instant.
    CivilDate localDate(std::int64_t utcMs) const;

private:
    const TimeZone& m_zone;
    int m_dayStart;
};

} // namespace tillbook
