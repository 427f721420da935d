// Applies ledger records to the projection tables. The station runs it inside each record's own transaction;
// a rebuild runs it over the whole ledger into empty tables. So the projections are, by construction, a
// function of the ledger (plus archived import files, which records name by SHA-256).
#pragma once

#include "core/time_zone.h"
#include "ledger/record.h"
#include "ledger/sqlite.h"
#include "station/record_kinds.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <optional>

namespace tillbook::station {

class Projector {
public:
    Projector(ledger::Db& db, std::filesystem::path importsDir);
    // Dispatches through the record-kind table (record_kinds.h); a kind it does not list throws UnknownRecordKind
    // before anything is written.
    void apply(const ledger::Record& record);
    // Only the account history rows of one record: the schema step that added account_events replays them.
    void applyAccountEvents(const ledger::Record& record);
    // For a station replayed away from its data directory (Station::replay, at the office): an import record whose
    // archived file is not there (accounts, bills, fees, the routing directory) applies nothing, where the station's
    // own replay stops.
    void skipImportsWithoutFile() { m_skipImportsWithoutFile = true; }
    // The station's calendar as the ledger has set it so far (station.time_zone, station.business_day_start): a
    // replay sees at each record the settings that record saw. Every "day" in the station is its business day.
    const BusinessCalendar& calendar();
    std::string businessDay(std::int64_t timeMs) { return calendar().day(timeMs); }

private:
    void applyOperators(const ledger::Record& record, const nlohmann::json& body);
    void applyImport(const ledger::Record& record, const nlohmann::json& body);
    void applyPayment(const ledger::Record& record, const nlohmann::json& body);
    void applyReversal(const ledger::Record& record, const nlohmann::json& body);
    void applyDrawer(const ledger::Record& record, const nlohmann::json& body);
    void applyChecks(const ledger::Record& record, const nlohmann::json& body);
    void applyArrangement(const ledger::Record& record, const nlohmann::json& body);
    void applyMaintenance(const ledger::Record& record, const nlohmann::json& body);
    void applyBatch(const ledger::Record& r, const nlohmann::json& body);
    void applyReview(const ledger::Record& r, const nlohmann::json& body);
    void applyOrder(const ledger::Record& record, const nlohmann::json& body);
    void applyDeposit(const ledger::Record& record, const nlohmann::json& body);
    void recordAccountEvents(const ledger::Record& record, HistoryEvent event, const nlohmann::json& body);

    ledger::Db& m_db;
    std::filesystem::path m_importsDir;
    bool m_skipImportsWithoutFile = false;
    std::string m_zoneName;
    std::unique_ptr<TimeZone> m_zone;
    std::optional<BusinessCalendar> m_calendar;
};

// The archived copy of an import file: imports/<sha256 hex>.csv in the data directory.
std::filesystem::path importArchivePath(const std::filesystem::path& importsDir, const std::string& sha256Hex);

// Applies the rows of an accounts, bills or fees import file (`kind` "accounts", "bills" or "fees") to the projection
// tables: for a station's own import record, and for an import done once at the office (station/office_feed.h). The
// file was validated when it was imported; one that no longer parses throws std::runtime_error.
void applyImportRows(ledger::Db& db, std::string_view kind, std::string_view csv);

// Digits of a phone number, for searching "555 0142" as "5550142".
std::string phoneDigits(std::string_view phone);

// "2026-11-27T17:40:12.345Z"
std::string utcTimestamp(std::int64_t timeMs);

} // namespace tillbook::station
