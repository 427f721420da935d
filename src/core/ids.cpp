// Station-scoped identifiers.
#include "core/ids.h"

namespace tillbook {

std::string stationScopedId(std::string_view station, std::string_view prefix, std::uint64_t number)
{
    std::string digits = std::to_string(number);
    if (digits.size() < 6)
        digits.insert(0, 6 - digits.size(), '0');
    std::string out;
    out.reserve(station.size() + prefix.size() + digits.size() + 1);
    out.append(station).append("-").append(prefix).append(digits);
    return out;
}

bool isValidStationId(std::string_view station)
{
    if (station.empty() || station.size() > 32 || station.front() == '-' || station.back() == '-')
        return false;
    for (char c : station) {
        bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace tillbook
