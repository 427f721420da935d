// Times on the screens: local in the station's zone (QTimeZone over the same tzdata the station reads) with the zone's
// abbreviation, the date in the session's language (QLocale, set with the language). The ledger keeps UTC.
#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace tillbook::app {

// The station's zone (station.time_zone); AppContext sets it when it builds the controllers. UTC until then, and for
// a name Qt does not know.
void setDisplayZone(const std::string& ianaName);
// "11/1/26 11:30 PM CST" in English, "1/11/2026 11:30 P. M. CST" in Spanish.
QString localTime(std::int64_t utcMs);
// A station date (YYYY-MM-DD: a due date, a business day) in the language's short form, "11/1/26" or "1/11/2026"; the
// text as it is when it is not such a date.
QString localDate(const std::string& isoDate);

} // namespace tillbook::app
