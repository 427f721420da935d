// The office's business calendar (office_calendar.h): a sequence of periods, each a zone and a day start.
#include "office/office_calendar.h"

#include "core/calendar.h"
#include "station/zone_info.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace tillbook::office {

OfficeCalendar::OfficeCalendar(const std::string& zone)
{
    m_periods.push_back(makePeriod(std::numeric_limits<std::int64_t>::min(), zone, 0));
}

OfficeCalendar::Period OfficeCalendar::makePeriod(std::int64_t fromMs, const std::string& zone, int dayStart)
{
    Period p;
    p.fromMs = fromMs;
    p.zoneName = zone;
    p.zone = station::loadTimeZone(zone);
    if (!p.zone)
        throw std::invalid_argument(zone + " is not a time zone in tzdata");
    p.dayStart = dayStart;
    p.calendar = std::make_unique<BusinessCalendar>(*p.zone, dayStart);
    return p;
}

void OfficeCalendar::change(std::int64_t fromMs, const std::string& key, const std::string& value)
{
    const Period& last = m_periods.back();
    std::string zone = last.zoneName;
    int dayStart = last.dayStart;
    if (key == "office.time_zone") {
        zone = value;
    } else if (key == "office.business_day_start") {
        auto minutes = parseClockTime(value);
        if (!minutes)
            throw std::invalid_argument(value + " is not HH:MM");
        dayStart = *minutes;
    } else {
        throw std::invalid_argument("there is no office setting " + key);
    }
    fromMs = std::max(fromMs, last.fromMs);
    Period next = makePeriod(fromMs, zone, dayStart);
    if (fromMs == last.fromMs)
        m_periods.back() = std::move(next); // two changes at one instant: the later one is what is in force
    else
        m_periods.push_back(std::move(next));
}

const OfficeCalendar::Period& OfficeCalendar::periodAt(std::int64_t utcMs) const
{
    auto after = std::upper_bound(m_periods.begin(), m_periods.end(), utcMs,
                                  [](std::int64_t t, const Period& p) { return t < p.fromMs; });
    return *std::prev(after); // the first period starts at the smallest instant, so there is one
}

std::string OfficeCalendar::day(std::int64_t utcMs) const
{
    return periodAt(utcMs).calendar->day(utcMs);
}

std::vector<DayBounds> OfficeCalendar::bounds(const std::string& day) const
{
    auto date = parseDate(day);
    if (!date)
        throw std::invalid_argument(day + " is not YYYY-MM-DD");
    std::vector<DayBounds> out;
    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        const std::int64_t from = m_periods[i].fromMs;
        const std::int64_t to = i + 1 < m_periods.size() ? m_periods[i + 1].fromMs : std::numeric_limits<std::int64_t>::max();
        DayBounds b = m_periods[i].calendar->bounds(*date);
        b.startMs = std::max(b.startMs, from);
        b.endMs = std::min(b.endMs, to);
        if (b.startMs < b.endMs)
            out.push_back(b);
    }
    return out;
}

std::pair<std::string, std::string> OfficeCalendar::boundsArrays(const std::string& day) const
{
    std::string starts = "{";
    std::string ends = "{";
    for (const DayBounds& b : bounds(day)) {
        if (starts.size() > 1) {
            starts += ',';
            ends += ',';
        }
        starts += std::to_string(b.startMs);
        ends += std::to_string(b.endMs);
    }
    return {starts + "}", ends + "}"};
}

std::string OfficeCalendar::dayStart() const
{
    char text[8];
    const int minutes = m_periods.back().dayStart;
    std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60 % 24, minutes % 60);
    return text;
}

} // namespace tillbook::office
