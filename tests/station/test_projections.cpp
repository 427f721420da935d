// Projections as a function of the ledger: a record of a kind the station does not know is refused (live, at
// rebuild, in a migration's backfill), a backfill is part of its schema step, and rebuild --check compares every
// column the schema has.
#include "station/rebuild.h"
#include "station/schema.h"
#include "support/simulated_station.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tillbook;
using station::Station;

namespace {

using test::SimulatedStation;

std::int64_t queryInt(ledger::Db& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    REQUIRE(st.step());
    return st.columnInt(0);
}

} // namespace

TEST_CASE("projections: a record of a kind the station does not know is refused, and nothing is committed")
{
    SimulatedStation s;
    std::uint64_t size = s.ledgerSize();
    CHECK_THROWS_WITH(s.append("loyalty.points_added", {{"account", "100101"}}, true),
                      "seq " + std::to_string(size + 1)
                          + ": record kind \"loyalty.points_added\" is not one this station knows");
    CHECK(s.ledgerSize() == size);
    CHECK_FALSE(station::rebuildAndCompare(s.paths).difference);
}

TEST_CASE("projections: rebuild --check names a record of a kind the station does not know")
{
    SimulatedStation s;
    auto written = s.append("loyalty.points_added", {{"account", "100101"}}, false);
    auto rebuilt = station::rebuildAndCompare(s.paths);
    REQUIRE(rebuilt.difference);
    CHECK(*rebuilt.difference
          == "seq " + std::to_string(written.seq) + ": record kind \"loyalty.points_added\" is not one this station knows");
}

TEST_CASE("projections: rebuild --check compares a column the rebuild lists nowhere")
{
    SimulatedStation s;
    REQUIRE_FALSE(station::rebuildAndCompare(s.paths).difference);
    {
        // A live table with a column the schema does not give it: not a projection of the ledger.
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        db.exec("ALTER TABLE bills ADD COLUMN late_fee_cents INTEGER NOT NULL DEFAULT 0");
    }
    auto rebuilt = station::rebuildAndCompare(s.paths);
    REQUIRE(rebuilt.difference);
    CHECK_THAT(*rebuilt.difference, Catch::StartsWith("bills: the live table's columns (")
                                        && Catch::Contains("late_fee_cents) are not the schema's ("));
}

TEST_CASE("projections: rebuild --check of a station an older Tillbook left says it is to be migrated - and changes nothing")
{
    SimulatedStation s;
    const auto current = station::stationSchemaVersion();
    {
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        db.exec("PRAGMA user_version = " + std::to_string(current - 1));
    }
    auto early = station::rebuildAndCompare(s.paths);
    REQUIRE(early.difference);
    CHECK(*early.difference == "the station's tables are at schema version " + std::to_string(current - 1)
                                   + " and this Tillbook's are at " + std::to_string(current)
                                   + ": open the station once with this Tillbook (the app, or any tillctl command that "
                                     "records), which migrates it, then check again");
    {
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        CHECK(queryInt(db, "PRAGMA user_version") == current - 1); // the check migrated nothing
        db.exec("PRAGMA user_version = " + std::to_string(current));
    }
    auto after = station::rebuildAndCompare(s.paths);
    INFO(after.difference.value_or(""));
    CHECK_FALSE(after.difference.has_value());
}

TEST_CASE("projections: a station from before account history gets it filled from its ledger when it opens")
{
    SimulatedStation s;
    const std::string historySql = "SELECT seq || '|' || account || '|' || kind || '|' || time_ms || '|' || operator || "
                                   "'|' || summary || '|' || amount_cents FROM account_events ORDER BY seq, account";
    auto history = [&](ledger::Db& db) {
        std::vector<std::string> rows;
        auto st = db.prepare(historySql);
        while (st.step())
            rows.push_back(st.columnText(0));
        return rows;
    };
    std::vector<std::string> before;
    {
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        before = history(db);
        REQUIRE(before.size() > 10);
        // Back to station schema 7, as a station last opened by a build from before account history left it.
        db.exec("DROP TABLE account_events; DROP TABLE service_orders; DROP TABLE batch_items; DROP TABLE mail_batches; "
                "DROP TABLE work_reviews; DROP TABLE approved_days; ALTER TABLE accounts DROP COLUMN language; "
                "DROP TABLE deposit_items; DROP TABLE deposit_sources; DROP TABLE deposits; ALTER TABLE drawers DROP COLUMN "
                "cards_cents; ALTER TABLE drawers DROP COLUMN card_count; ALTER TABLE bills DROP COLUMN description; "
                "ALTER TABLE bills DROP COLUMN period_start; ALTER TABLE bills DROP COLUMN period_end; "
                "PRAGMA user_version = 7");
    }
    SECTION("the whole history is back, from seq 1, as the records made it")
    {
        s.open().reset();
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        CHECK(queryInt(db, "PRAGMA user_version") == station::stationSchemaVersion());
        CHECK(history(db) == before);
    }
    SECTION("a backfill that fails leaves its step undone")
    {
        auto written = s.append("loyalty.points_added", {{"account", "100101"}}, false);
        CHECK_THROWS_WITH(s.open(), Catch::Contains("seq " + std::to_string(written.seq)
                                                    + ": record kind \"loyalty.points_added\" is not one this "
                                                      "station knows"));
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        CHECK(queryInt(db, "PRAGMA user_version") == 7);
        CHECK(queryInt(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'account_events'") == 0);
    }
}

TEST_CASE("projections: a station whose account history was kept in English gets it as message codes when it opens")
{
    SimulatedStation s;
    const auto current = station::stationSchemaVersion();
    auto summaries = [&](ledger::Db& db) {
        std::vector<std::string> rows;
        auto st = db.prepare("SELECT seq || '|' || account || '|' || summary FROM account_events ORDER BY seq, account");
        while (st.step())
            rows.push_back(st.columnText(0));
        return rows;
    };
    std::vector<std::string> before;
    std::vector<std::pair<std::string, std::string>> itemReasons; // batch|n, reason_messages
    {
        ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
        before = summaries(db);
        auto items = db.prepare("SELECT batch || '|' || n, reason_messages FROM batch_items");
        while (items.step())
            itemReasons.emplace_back(items.columnText(0), items.columnText(1));
        REQUIRE(before.size() > 10);
        CHECK_THAT(before.front(), Catch::Contains("{\"args\":"));
        // Back to the schema before: every line in English, batch items without their reasons' codes.
        db.exec("UPDATE account_events SET summary = 'in English'; ALTER TABLE batch_items DROP COLUMN reason_messages; "
                "PRAGMA user_version = "
                + std::to_string(current - 1));
    }
    s.open().reset();
    ledger::Db db(s.paths.database.string(), ledger::Db::Mode::ReadWrite);
    CHECK(queryInt(db, "PRAGMA user_version") == current);
    CHECK(summaries(db) == before);
    // The simulation keyed its batch items with this build, so their records hold the codes an older build's would
    // not: put back what dropping the column lost, and the rest of the station must agree with its ledger.
    for (const auto& [item, reasons] : itemReasons)
        db.prepare("UPDATE batch_items SET reason_messages = ? WHERE batch || '|' || n = ?").bind(1, reasons).bind(2, item).run();
    auto rebuilt = station::rebuildAndCompare(s.paths);
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
}
