// The station's time zone: tzdata's rules (/usr/share/zoneinfo, read through Debian's libhowardhinnant-date-dev with
// USE_OS_TZDB) behind core's TimeZone interface, and the system's zone, which a new station records as its own.
#pragma once

#include "core/time_zone.h"

#include <memory>
#include <string>
#include <string_view>

namespace tillbook::station {

// Nothing when tzdata has no zone of that name.
std::unique_ptr<TimeZone> loadTimeZone(std::string_view name);

// The machine's zone: TZ when it names a tzdata zone, else /etc/timezone, else the zone /etc/localtime links to,
// else "UTC" (also for UTC's other names, Etc/UTC among them).
std::string systemTimeZoneName();

} // namespace tillbook::station
