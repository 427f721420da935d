// The record-kind table: it holds every kind a station writes and agrees with itself, and a kind added the way
// docs/architecture.md ("How to add…": "A record kind") says is committed, projected and replayed by rebuild --check.
#include "station/rebuild.h"
#include "station/record_kinds.h"
#include "station/schema.h"
#include "support/simulated_station.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace tillbook;
using station::RecordKind;
using test::SimulatedStation;

TEST_CASE("record kinds: every kind a simulated station writes is in the table, and each row is consistent")
{
    for (const RecordKind& row : station::kRecordKinds) {
        INFO(row.kind());
        CHECK(row.sinceSchema >= 1);
        CHECK(row.sinceSchema <= station::stationSchemaVersion());
        if (row.writtenBy == station::WrittenBy::ByCommand)
            CHECK(&station::policyFor(row.kind()) == &row.policy);
        else
            CHECK_THROWS_AS(station::policyFor(row.kind()), std::logic_error);
        // The body rule covers exactly the kinds whose drawer effect depends on it.
        if (row.drawer == station::DrawerEffect::ByBody)
            CHECK_NOTHROW(station::bodyOpensDrawer(row.kind(), nlohmann::json::object()));
        else
            CHECK_THROWS_AS(station::bodyOpensDrawer(row.kind(), nlohmann::json::object()), std::logic_error);
    }
    // What the station and the ledger write outside commands is listed too, with nothing to project.
    for (std::string_view kind : {ledger::kKindGenesis, ledger::kKindKeyRotate, ledger::kKindCheckpoint,
                                  ledger::kKindClockSteppedBack, station::Station::kKindStationDemo}) {
        INFO(kind);
        const RecordKind* row = station::findRecordKind(kind);
        REQUIRE(row);
        CHECK(row->projection == station::Projection::NoProjection);
        CHECK(row->accountEvent == station::HistoryEvent::NoEvent);
        CHECK(row->drawer == station::DrawerEffect::Never);
    }
    CHECK(station::findRecordKind("payment.takne") == nullptr);
    CHECK_THROWS_WITH(station::policyFor("payment.takne"), "command payment.takne has no authorization policy");

    SimulatedStation s;
    std::set<std::string> written;
    ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadOnly);
    ledger::LedgerStore(db).forEach(1, [&](const ledger::Record& r) {
        written.insert(r.kind);
        return true;
    });
    CHECK(written.size() > 25);
    for (const std::string& kind : written) {
        INFO(kind);
        CHECK(station::findRecordKind(kind));
    }
}

TEST_CASE("record kinds: one added as docs/architecture.md says is committed, projected and replayed by rebuild")
{
    SimulatedStation s;
    const nlohmann::json body = {{"n", 42}};
    ledger::Record stamped;
    {
        // Step 1, the row: the least role, no approval, written by a command, its projection, the drawer opens, no
        // account history, introduced by this build's schema (it adds no table: step 3 does not apply).
        // Step 2, the handler: here the test build's extension hook stands in for a Projection enumerator and its
        // case in Projector::apply; it writes a projection table rebuild --check compares.
        station::RecordKindExtension extension(
            RecordKind{{"test.stamped", station::Role::Supervisor, false}, station::WrittenBy::ByCommand,
                       station::Projection::Extension, station::DrawerEffect::Always, station::HistoryEvent::NoEvent,
                       static_cast<int>(station::stationSchemaVersion())},
            [](ledger::Db& db, const ledger::Record&, const nlohmann::json& b) {
                db.prepare("INSERT INTO counters(series, value) VALUES ('test.stamped', ?) ON CONFLICT(series) DO "
                           "UPDATE SET value = excluded.value")
                    .bind(1, b["n"].get<std::int64_t>())
                    .run();
            });
        CHECK(station::policyFor("test.stamped").role == station::Role::Supervisor);

        // Step 4, the command: its record and its projection in one transaction, as Station::commit does.
        stamped = s.append("test.stamped", body, true);
        CHECK(station::opensDrawer(stamped));
        {
            ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadOnly);
            auto st = db.prepare("SELECT value FROM counters WHERE series = 'test.stamped'");
            REQUIRE(st.step());
            CHECK(st.columnInt(0) == 42);
        }
        // Replayed from the ledger, the projection is the same.
        auto rebuilt = station::rebuildAndCompare(s.paths);
        INFO(rebuilt.difference.value_or(""));
        CHECK_FALSE(rebuilt.difference);
        CHECK(rebuilt.records == stamped.seq);
        // And compared: a live value the ledger does not give is found.
        {
            ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
            db.exec("UPDATE counters SET value = 43 WHERE series = 'test.stamped'");
        }
        rebuilt = station::rebuildAndCompare(s.paths);
        REQUIRE(rebuilt.difference);
        CHECK_THAT(*rebuilt.difference, Catch::StartsWith("counters: live row \"test.stamped | 43\""));
        {
            ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
            db.exec("UPDATE counters SET value = 42 WHERE series = 'test.stamped'");
        }
        ledger::Db reader(s.paths.database.string(), ledger::Db::Mode::ReadOnly);
        CHECK(ledger::verifyLedger(reader, {}).ok());
    }

    // Without its row the kind is one this station does not know: refused live, and named by rebuild --check.
    std::string unknown = "record kind \"test.stamped\" is not one this station knows";
    CHECK(station::findRecordKind("test.stamped") == nullptr);
    CHECK_THROWS_AS(station::opensDrawer(stamped), station::UnknownRecordKind);
    auto size = s.ledgerSize();
    CHECK_THROWS_WITH(s.append("test.stamped", body, true), "seq " + std::to_string(size + 1) + ": " + unknown);
    CHECK(s.ledgerSize() == size);
    auto rebuilt = station::rebuildAndCompare(s.paths);
    REQUIRE(rebuilt.difference);
    CHECK(*rebuilt.difference == "seq " + std::to_string(stamped.seq) + ": " + unknown);
}
