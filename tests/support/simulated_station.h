// Test helper: a demo station after one simulated day, and records appended to it the way Station::commit does.
#pragma once

#include "station/demo.h"
#include "station/projector.h"
#include "station/simulation.h"
#include "station/station.h"
#include "support/ledger_fixture.h"
#include "support/station_fixture.h"

#include <memory>
#include <string_view>

namespace tillbook::test {

// A demo station after one simulated day: payments, voids, drawers, back office, and so account history.
struct SimulatedStation {
    TempDir dir;
    FixedClock clock{kNovember2026Ms};
    station::DataPaths paths{dir.path()};

    SimulatedStation()
    {
        station::Station::create(dir.path(), "TEST-01", clock, station::Station::Kind::Demo);
        auto st = open();
        station::seedDemo(*st);
        station::simulate(*st, clock, {1, 7, 2});
    }

    std::unique_ptr<station::Station> open() { return station::Station::open(dir.path(), clock, fastOptions()); }

    // A record signed with the station's key and appended the way Station::commit does, with the projector in the same
    // transaction; `project` false leaves the projections alone, as an older or newer Tillbook might have.
    ledger::Record append(std::string_view kind, const nlohmann::json& body, bool project)
    {
        auto signer = ledger::SoftwareSigner::loadFile(paths.privateKey);
        ledger::Db db(paths.database.string(), ledger::Db::Mode::ReadWrite);
        ledger::LedgerStore store(db);
        ledger::LedgerWriter writer(store, *signer, clock);
        ledger::Transaction tx(db);
        ledger::Record record = writer.append(kind, "ana", "", body);
        if (project)
            station::Projector(db, paths.importsDir).apply(record);
        tx.commit();
        return record;
    }

    std::uint64_t ledgerSize()
    {
        ledger::Db db(paths.database.string(), ledger::Db::Mode::ReadWrite);
        return ledger::LedgerStore(db).size();
    }
};

} // namespace tillbook::test
