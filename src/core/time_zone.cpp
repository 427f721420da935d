// The business day: local time from a zone's offsets, and local times back to UTC across DST changes.
#include "core/time_zone.h"

#include <algorithm>
#include <cstdio>

namespace tillbook {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kDayMs = 86'400'000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

} // namespace

std::optional<int> parseClockTime(std::string_view text)
{
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
        return std::nullopt;
    int hours = (text[0] - '0') * 10 + (text[1] - '0');
    int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

BusinessCalendar::BusinessCalendar(const TimeZone& zone, int dayStartMinutes)
    : m_zone(zone)
    , m_dayStart(dayStartMinutes)
{
}

std::int64_t BusinessCalendar::utcOfLocal(CivilDate date, int minuteOfDay) const
{
    const std::int64_t local = daysFromCivil(date) * kDayMs + minuteOfDay * kMinuteMs;
    // The offsets a day either side: every zone changes at most once in two days, so the instant is one of these.
    const std::int64_t before = m_zone.offsetAt(local - kDayMs).seconds * 1000LL;
    const std::int64_t after = m_zone.offsetAt(local + kDayMs).seconds * 1000LL;
    auto fits = [&](std::int64_t offset) { return m_zone.offsetAt(local - offset).seconds * 1000LL == offset; };
    const bool beforeFits = fits(before);
    const bool afterFits = fits(after);
    if (beforeFits && afterFits)
        return std::min(local - before, local - after); // repeated by a fall change: its first occurrence
    if (beforeFits)
        return local - before;
    if (afterFits)
        return local - after;
    // Skipped by a spring change: the first instant whose local time is at or past it, which is the change itself.
    std::int64_t low = std::min(local - before, local - after);
    std::int64_t high = std::max(local - before, local - after);
    while (low < high) {
        std::int64_t middle = low + (high - low) / 2;
        if (middle + m_zone.offsetAt(middle).seconds * 1000LL >= local)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

DayBounds BusinessCalendar::bounds(CivilDate day) const
{
    return {utcOfLocal(day, m_dayStart), utcOfLocal(addDays(day, 1), m_dayStart)};
}

CivilDate BusinessCalendar::localDate(std::int64_t utcMs) const
{
    return civilFromDays(floorDiv(utcMs + m_zone.offsetAt(utcMs).seconds * 1000LL, kDayMs));
}

CivilDate BusinessCalendar::dayOf(std::int64_t utcMs) const
{
    const std::int64_t local = utcMs + m_zone.offsetAt(utcMs).seconds * 1000LL;
    CivilDate day = civilFromDays(floorDiv(local - m_dayStart * kMinuteMs, kDayMs));
    // Wall-clock arithmetic is right except inside a repeated or skipped hour at the day's start; the bounds decide.
    while (utcMs < bounds(day).startMs)
        day = addDays(day, -1);
    while (utcMs >= bounds(day).endMs)
        day = addDays(day, 1);
    return day;
}

std::string BusinessCalendar::printedTime(std::int64_t utcMs) const
{
    ZoneOffset offset = m_zone.offsetAt(utcMs);
    const std::int64_t local = utcMs + offset.seconds * 1000LL;
    const std::int64_t minuteOfDay = floorDiv(local, kMinuteMs) - floorDiv(local, kDayMs) * 24 * 60;
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(minuteOfDay / 60), static_cast<int>(minuteOfDay % 60));
    return formatDate(civilFromDays(floorDiv(local, kDayMs))) + " " + clock + " " + offset.abbreviation;
}

} // namespace tillbook
