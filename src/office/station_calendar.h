// A station's business calendar at the office, as the station's own settings.changed records set it: the office's
// postings, day summaries and day review use the day the station itself had.
#pragma once

#include "core/time_zone.h"
#include "office/pg.h"
#include "station/zone_info.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace tillbook::office {

class StationCalendar {
public:
    explicit StationCalendar(std::string station)
        : m_station(std::move(station))
    {
    }

    // Follows one settings.changed body (station.time_zone, station.business_day_start; other keys are not the
    // calendar's). A zone this machine's tzdata does not have throws PgError.
    void setting(std::int64_t seq, const nlohmann::json& body)
    {
        const std::string key = body.at("key").get<std::string>();
        if (key == "station.time_zone") {
            const std::string name = body.at("new").get<std::string>();
            auto zone = station::loadTimeZone(name);
            if (!zone)
                throw PgError("seq " + std::to_string(seq) + " of " + m_station + " sets the time zone " + name
                              + ", which this machine's tzdata does not have");
            m_calendar.reset();
            m_zone = std::move(zone);
        } else if (key == "station.business_day_start") {
            m_dayStart = parseClockTime(body.at("new").get<std::string>()).value_or(0);
        } else {
            return;
        }
        m_calendar.emplace(*m_zone, m_dayStart);
    }

    std::string day(std::int64_t timeMs) const { return m_calendar->day(timeMs); }

private:
    std::string m_station;
    std::unique_ptr<TimeZone> m_zone = std::make_unique<UtcZone>();
    int m_dayStart = 0;
    std::optional<BusinessCalendar> m_calendar{std::in_place, *m_zone, 0};
};

} // namespace tillbook::office
