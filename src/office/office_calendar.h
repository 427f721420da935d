// The office's business calendar: business days in the office's own time zone (office.time_zone,
// office.business_day_start in office.settings), each change in force from the time it was made.
#pragma once

#include "core/time_zone.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace tillbook::office {

class OfficeCalendar {
public:
    // The calendar before any change: `zone` (the machine's, unless the office recorded one) from the beginning.
    explicit OfficeCalendar(const std::string& zone);
    OfficeCalendar(OfficeCalendar&&) = default;
    OfficeCalendar& operator=(OfficeCalendar&&) = default;

    // A change of one setting in force from `fromMs` on (not before the previous change's time: an earlier time is
    // taken as the previous one's, so that the periods stay in order). A zone tzdata does not have, or a start that is
    // not HH:MM, is refused by the caller before it is stored; here it throws std::invalid_argument.
    void change(std::int64_t fromMs, const std::string& key, const std::string& value);

    // The office day of an instant: by the settings in force at that instant.
    std::string day(std::int64_t utcMs) const;
    // The UTC ranges [start, end) whose instants are on office day `day` (one, except across a settings change, where
    // each setting's period gives its part). Throws std::invalid_argument for a day that is not YYYY-MM-DD.
    std::vector<DayBounds> bounds(const std::string& day) const;
    // "{s1,s2}" and "{e1,e2}" for a query's bigint[] parameters.
    std::pair<std::string, std::string> boundsArrays(const std::string& day) const;

    const std::string& zoneName() const { return m_periods.back().zoneName; }
    std::string dayStart() const; // "HH:MM"

private:
    struct Period {
        std::int64_t fromMs = std::numeric_limits<std::int64_t>::min();
        std::string zoneName;
        std::unique_ptr<TimeZone> zone; // a pointer: BusinessCalendar holds a reference to it
        int dayStart = 0;
        std::unique_ptr<BusinessCalendar> calendar;
    };
    static Period makePeriod(std::int64_t fromMs, const std::string& zone, int dayStart);
    const Period& periodAt(std::int64_t utcMs) const;

    std::vector<Period> m_periods; // in order of fromMs; never empty
};

} // namespace tillbook::office
