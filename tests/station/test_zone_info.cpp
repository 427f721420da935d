// tzdata through the station's zone reader agrees with core's hand-written Chicago (tests/core/test_time_zone.cpp):
// the offsets and abbreviations either side of both 2026 changes, a 23- and a 25-hour business day.
#include "station/zone_info.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

using namespace tillbook;

TEST_CASE("tzdata's America/Chicago changes on 2026-03-08 and 2026-11-01, and its business days are 23 and 25 hours")
{
    auto chicago = station::loadTimeZone("America/Chicago");
    REQUIRE(chicago);
    CHECK(chicago->name() == "America/Chicago");
    const std::int64_t spring = 1'772'956'800'000; // 2026-03-08T08:00Z
    const std::int64_t fall = 1'793'516'400'000;   // 2026-11-01T07:00Z
    CHECK(chicago->offsetAt(spring - 1) == ZoneOffset{-6 * 3600, "CST"});
    CHECK(chicago->offsetAt(spring) == ZoneOffset{-5 * 3600, "CDT"});
    CHECK(chicago->offsetAt(fall - 1) == ZoneOffset{-5 * 3600, "CDT"});
    CHECK(chicago->offsetAt(fall) == ZoneOffset{-6 * 3600, "CST"});
    BusinessCalendar calendar(*chicago);
    auto hours = [&](const char* day) {
        DayBounds b = calendar.bounds(*parseDate(day));
        return (b.endMs - b.startMs) / 3'600'000;
    };
    CHECK(hours("2026-03-08") == 23);
    CHECK(hours("2026-11-01") == 25);
    CHECK(hours("2026-07-04") == 24);
}

TEST_CASE("a name tzdata does not have is no zone - UTC and links are")
{
    CHECK_FALSE(station::loadTimeZone("Mars/Olympus_Mons"));
    CHECK_FALSE(station::loadTimeZone(""));
    CHECK_FALSE(station::loadTimeZone("../../etc/passwd"));
    REQUIRE(station::loadTimeZone("UTC"));
    CHECK(station::loadTimeZone("UTC")->offsetAt(0).seconds == 0);
    REQUIRE(station::loadTimeZone("Europe/Madrid"));
    CHECK(station::loadTimeZone("Europe/Madrid")->offsetAt(1'782'000'000'000).abbreviation == "CEST"); // June 2026
}

TEST_CASE("the machine's zone comes from TZ - and UTC's other names are UTC")
{
    const char* saved = std::getenv("TZ");
    std::string before = saved ? saved : "";
    setenv("TZ", "America/Chicago", 1);
    CHECK(station::systemTimeZoneName() == "America/Chicago");
    setenv("TZ", ":Europe/Madrid", 1);
    CHECK(station::systemTimeZoneName() == "Europe/Madrid");
    setenv("TZ", "Etc/UTC", 1);
    CHECK(station::systemTimeZoneName() == "UTC");
    if (saved)
        setenv("TZ", before.c_str(), 1);
    else
        unsetenv("TZ");
}
