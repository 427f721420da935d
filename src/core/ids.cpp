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

std::optional<std::string> scopedIdFromShort(std::string_view station, std::string_view prefix, std::string_view typed)
{
    if (typed.size() <= prefix.size() || typed.size() > prefix.size() + 18)
        return std::nullopt;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = typed[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c != prefix[i])
            return std::nullopt;
    }
    std::uint64_t number = 0;
    for (char c : typed.substr(prefix.size())) {
        if (c < '0' || c > '9')
            return std::nullopt;
        number = number * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return stationScopedId(station, prefix, number);
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
