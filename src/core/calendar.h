// Civil dates for schedules: strict YYYY-MM-DD, days between dates, adding days and months (proleptic Gregorian).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook {

struct CivilDate {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    friend constexpr auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Strict: four-digit year 1900..9999, two-digit month and day, a real day ("2027-02-29" is refused).
std::optional<CivilDate> parseDate(std::string_view text);
std::string formatDate(CivilDate date);
std::int64_t daysFromCivil(CivilDate date); // days since 1970-01-01
CivilDate civilFromDays(std::int64_t days);
int daysInMonth(int year, int month);
CivilDate addDays(CivilDate date, std::int64_t days);
// The same day `months` later, on the month's last day when it is shorter (Jan 31 + 1 month = Feb 28 or 29), and
// always counted from the anchor day, so Jan 31, Feb 28, Mar 31 (not Mar 28).
CivilDate addMonths(CivilDate anchor, int months);

} // namespace tillbook
