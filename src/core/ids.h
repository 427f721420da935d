// Identifiers that leave a station: always prefixed with the station id so that a central office can merge stations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook {

// Source of the next number in a named series ("receipt", "drawer", "batch"...), per station.
// The station keeps the counters in its database; tests use an in-memory one.
class IdSource {
public:
    virtual ~IdSource() = default;
    virtual std::uint64_t next(std::string_view series) = 0;
};

// "CITYHALL-01", "R", 42 -> "CITYHALL-01-R000042". Width grows past six digits rather than wrapping.
std::string stationScopedId(std::string_view station, std::string_view prefix, std::uint64_t number);

// The short form a screen shows ("D000003", also "D3" or "d000003") of this station's id in a series: the full id
// ("CITYHALL-01-D000003"), or nothing when `typed` is not the prefix and digits.
std::optional<std::string> scopedIdFromShort(std::string_view station, std::string_view prefix, std::string_view typed);

// Station ids: 1 to 32 characters of A-Z, 0-9 and '-', not starting or ending with '-'.
bool isValidStationId(std::string_view station);

} // namespace tillbook
