// Identifiers that leave a station: always prefixed with the station id so that a central office can merge stations.
#pragma once

#include <cstdint>
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

// Station ids: 1 to 32 characters of A-Z, 0-9 and '-', not starting or ending with '-'.
bool isValidStationId(std::string_view station);

} // namespace tillbook
