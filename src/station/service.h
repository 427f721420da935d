// What every domain service of a station holds: the one commit path and the station, to reach the other services.
#pragma once

namespace tillbook::station {

class CommandContext;
class Station;

class StationService {
public:
    StationService(CommandContext& context, Station& station)
        : m_ctx(context)
        , m_station(station)
    {
    }

protected:
    CommandContext& m_ctx;
    Station& m_station;
};

} // namespace tillbook::station
