// The office side: its directory (connection, cosigning key), stations and their roles, verifying and cosigning what
// stations pushed, and the status of every station (docs/office.md).
#pragma once

#include "ledger/cosignature.h"
#include "office/pg.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace tillbook::office {

struct StationStatus {
    std::string station;
    std::uint64_t records = 0; // records the office holds for it, verified or waiting
    std::uint64_t verifiedSize = 0;
    std::string root; // base64 root of the verified tree; empty before the first record
    std::string lastSync; // ISO 8601 UTC of its last push; empty before the first
    std::string state; // ok, forked or invalid
    std::string problem; // why, when not ok
};

struct ProcessOutcome {
    std::string station;
    std::uint64_t verifiedBefore = 0;
    std::uint64_t verifiedAfter = 0;
    std::string state;
    std::string problem;
    std::uint64_t cosignedSize = 0; // the largest checkpoint cosigned in this run; 0 when none
    bool frozenBefore = false; // already forked or invalid: nothing was looked at
};

class Office {
public:
    // Creates (or finds) the office directory and its key, and brings the database's schema up to date. Idempotent:
    // a second init with the same database keeps the key; refuses to point an existing office elsewhere.
    static std::string init(const std::filesystem::path& dir, const std::string& db, const std::string& stationUrl,
                            const std::filesystem::path& caFile);
    static std::unique_ptr<Office> open(const std::filesystem::path& dir);

    // Creates the station's role with a new random password (or gives an existing one a new password) and returns
    // what the station needs to join: office URL, role, password, the office's public key and CA certificate.
    nlohmann::json addStation(const std::string& station);
    // Verifies, stores and cosigns everything pending, station by station.
    std::vector<ProcessOutcome> process();
    std::vector<StationStatus> status();

    const ledger::CosignerKey& publicKey() const { return m_cosigner->publicKey(); }

private:
    Office(std::filesystem::path dir, nlohmann::json config, std::unique_ptr<ledger::Cosigner> cosigner);
    ProcessOutcome processStation(const std::string& station);

    std::filesystem::path m_dir;
    nlohmann::json m_config;
    std::unique_ptr<ledger::Cosigner> m_cosigner;
    std::unique_ptr<PgConnection> m_db;
};

} // namespace tillbook::office
