// What the tillctl benchmarks share: a temporary directory, a stopwatch, a generator of signed ledgers and the
// machine's own signature-verification floor.
#pragma once

#include "ledger/record.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace tillbook::cli {

using BenchClock = std::chrono::steady_clock;

double secondsSince(BenchClock::time_point start);

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "tillbook-bench");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

// The records after the genesis: what `fill` sets (kind, body, time) on each; seq, station, operator, links, hash
// and signature are the generator's.
using RecordFill = std::function<void(ledger::Record& record)>;

// Creates station `stationId` in `dir` and appends records until the ledger holds `count`, signed on all cores.
void generateLedger(const std::filesystem::path& dir, const std::string& stationId, std::uint64_t count,
                    const RecordFill& fill);

// A payment-shaped body for bench ledger, so record sizes match the station's real traffic.
nlohmann::json sampleBody(std::uint64_t i);

// One thread's OpenSSL ECDSA verifications per second over up to `samples` records of the ledger in `dir`.
double opensslVerifyRate(const std::filesystem::path& dir, std::uint64_t samples);

} // namespace tillbook::cli
