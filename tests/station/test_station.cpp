// The station service: creation, the single-writer lock, operators and sign-in, each act a ledger record.
#include "station/demo.h"
#include "station/simulation.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace tillbook;
using station::Station;

namespace {

using test::fastOptions;

std::string lastKind(Station& st)
{
    return st.store().last()->kind;
}

} // namespace

TEST_CASE("creating a station writes a private key and a genesis record")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "CITYHALL-01", clock);
    station::DataPaths paths(dir.path());
    struct stat info {};
    REQUIRE(::stat(paths.privateKey.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat(paths.keysDir.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);

    auto st = Station::open(dir.path(), clock, fastOptions());
    CHECK(st->stationId() == "CITYHALL-01");
    CHECK(st->store().size() == 1);
    CHECK(st->store().at(1)->kind == "ledger.genesis");

    CHECK_THROWS_WITH(Station::create(dir.path(), "CITYHALL-01", clock), Catch::Contains("already exists"));
    test::TempDir other;
    CHECK_THROWS_AS(Station::create(other.path(), "bad id", clock), station::CommandRefused);
    CHECK(std::filesystem::is_empty(other.path()));
}

TEST_CASE("a second writer is refused with a message naming the holder")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    auto first = Station::open(dir.path(), clock, fastOptions());
    try {
        auto second = Station::open(dir.path(), clock, fastOptions());
        FAIL("a second writer was allowed");
    } catch (const station::StationBusy& e) {
        std::string message = e.what();
        CHECK_THAT(message, Catch::Contains("is in use by another process"));
        CHECK_THAT(message, Catch::Contains("pid " + std::to_string(::getpid())));
    }
    first.reset();
    CHECK_NOTHROW(Station::open(dir.path(), clock, fastOptions())); // released on close
}

TEST_CASE("a world-readable key stops the station with one sentence")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    ::chmod(station::DataPaths(dir.path()).privateKey.c_str(), 0644);
    CHECK_THROWS_WITH(Station::open(dir.path(), clock, fastOptions()), Catch::Contains("can be read by other users"));
}

TEST_CASE("operators: added as ledger records without their PIN hash - signed in by PIN")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock, Station::Kind::Demo);
    auto st = Station::open(dir.path(), clock, fastOptions());
    CHECK(st->ledger().isDemo());
    CHECK(st->store().at(2)->kind == "station.demo"); // said at creation, in the ledger
    CHECK(station::seedDemo(*st) == 14); // four operators, accounts, bills and fees, the DEMO routing directory, six letterhead settings
    CHECK(station::seedDemo(*st) == 0); // idempotent
    CHECK(st->operators().list().size() == 4);

    auto added = st->store().at(3);
    REQUIRE(added);
    CHECK(added->kind == "operator.added");
    CHECK(added->body.find("scrypt") == std::string::npos);
    CHECK(added->body.find("1234") == std::string::npos);

    auto size = st->store().size();
    auto wrong = st->operators().signIn("ana", "9999");
    CHECK_FALSE(wrong.ok);
    CHECK(tillbook::englishOf(wrong.message) == "Wrong PIN. 4 tries left before Ana Núñez is locked out.");
    CHECK(st->store().size() == size + 1);
    CHECK(lastKind(*st) == "session.sign_in_failed");

    auto good = st->operators().signIn("ana", "1234");
    CHECK(good.ok);
    REQUIRE(good.operatorInfo);
    CHECK(good.operatorInfo->role == station::Role::Cashier);
    CHECK(lastKind(*st) == "session.signed_in");
    CHECK(st->store().last()->operatorId == "ana");

    SECTION("bad input: one sentence, and nothing recorded except the failed attempt")
    {
        auto before = st->store().size();
        CHECK(tillbook::englishOf(st->operators().signIn("nobody", "1234").message) == "Unknown operator.");
        CHECK(st->store().size() == before);
        CHECK(tillbook::englishOf(st->operators().signIn("ana", "").message) == "Enter a PIN.");
        CHECK(tillbook::englishOf(st->operators().signIn("ana", "12a4").message) == "A PIN has digits only.");
        CHECK(tillbook::englishOf(st->operators().signIn("ana", "1234567890123").message) == "A PIN has at most 12 digits.");
        CHECK(st->store().size() == before + 3);
        CHECK_THROWS_AS(st->operators().addOperator("system", "ana", "Again", station::Role::Cashier, "1111"),
                        station::CommandRefused);
        CHECK_THROWS_AS(st->operators().addOperator("system", "Bad Id", "X", station::Role::Cashier, "1111"),
                        station::CommandRefused);
        CHECK_THROWS_AS(st->operators().addOperator("system", "zed", "Zed", station::Role::Cashier, "12"), station::CommandRefused);
        CHECK(st->store().size() == before + 3);
    }
}

TEST_CASE("demo data never reaches a real station: seedDemo and simulate refuse it, and nothing is written")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "REAL-01", clock);
    auto st = Station::open(dir.path(), clock, fastOptions());
    CHECK_FALSE(st->ledger().isDemo());
    auto size = st->store().size();
    CHECK_THROWS_WITH(station::seedDemo(*st), Catch::Contains("REAL-01 is not a demo station"));
    CHECK_THROWS_WITH(station::simulate(*st, clock, {1, 1, 2}), Catch::Contains("is not a demo station"));
    CHECK(st->store().size() == size);
    CHECK(st->operators().list().empty());
}

TEST_CASE("simulated days fit between the demo setup and today, never into the present")
{
    const std::int64_t day = 24LL * 60 * 60 * 1000;
    const std::int64_t now = 1'796'000'000'000; // 2026-11-30T...
    // A demo station set up 60 days ago at this hour: 59 whole days start after that day and end before today.
    CHECK(station::simulationDaysAvailable(now - 60 * day, now) == 59);
    // The last record yesterday evening: no whole day left.
    CHECK(station::simulationDaysAvailable(now - day, now) == 0);
    // A clock that is behind the ledger: nothing, never a negative count.
    CHECK(station::simulationDaysAvailable(now + 3 * day, now) == 0);
    CHECK(station::simulationDaysAvailable(now - 400 * day, now) == station::kDemoSetupDays);
}

TEST_CASE("onCommitted: each record once it is durable, nothing for a refused command, and an observer can leave")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock, Station::Kind::Demo);
    auto st = Station::open(dir.path(), clock, fastOptions());
    std::vector<std::uint64_t> heard;
    auto token = st->onCommitted([&](const ledger::Record& r) {
        // Durable: the record is already readable through the ledger when the observer hears of it.
        REQUIRE(st->store().at(r.seq));
        heard.push_back(r.seq);
    });
    station::seedDemo(*st);
    CHECK(heard.size() == st->store().size() - 2); // all but genesis and station.demo, written at creation
    auto before = heard.size();
    CHECK_THROWS_AS(st->operators().addOperator("system", "zed", "Zed\nTwo lines", station::Role::Cashier, "1234"),
                    station::CommandRefused);
    CHECK(heard.size() == before); // refused: nothing written, nothing heard
    st->ledger().checkpoint("system"); // written by the ledger writer itself: heard too
    CHECK(heard.back() == st->store().size());
    st->removeObserver(token);
    st->operators().signIn("ana", "1234");
    CHECK(heard.back() == st->store().size() - 1);
}
