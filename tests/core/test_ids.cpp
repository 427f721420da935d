// Station-scoped identifiers.
#include "core/ids.h"

#include <catch2/catch.hpp>

using namespace tillbook;

TEST_CASE("station-scoped ids carry the station and never wrap")
{
    CHECK(stationScopedId("CITYHALL-01", "R", 42) == "CITYHALL-01-R000042");
    CHECK(stationScopedId("S1", "D", 0) == "S1-D000000");
    CHECK(stationScopedId("S1", "R", 1234567) == "S1-R1234567");
}

TEST_CASE("station ids are validated")
{
    const char* good[] = {"A", "CITYHALL-01", "DEMO-01", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"};
    const char* bad[] = {"", "-A", "A-", "city", "A B", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "A/B"};
    for (const char* s : good) {
        CAPTURE(s);
        CHECK(isValidStationId(s));
    }
    for (const char* s : bad) {
        CAPTURE(s);
        CHECK_FALSE(isValidStationId(s));
    }
}

TEST_CASE("the short form a screen shows names the station's full id")
{
    CHECK(scopedIdFromShort("CITYHALL-01", "D", "D000003") == "CITYHALL-01-D000003");
    CHECK(scopedIdFromShort("CITYHALL-01", "D", "d3") == "CITYHALL-01-D000003");
    CHECK(scopedIdFromShort("S1", "D", "D1234567") == "S1-D1234567");
    const char* bad[] = {"", "D", "3", "R000003", "D00000x", "D 3", "DD3", "D0000000000000000001"};
    for (const char* s : bad) {
        CAPTURE(s);
        CHECK_FALSE(scopedIdFromShort("S1", "D", s));
    }
}
