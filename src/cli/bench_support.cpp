// The benchmarks' shared pieces (bench_support.h).
#include "cli/bench_support.h"

#include "core/clock.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "station/services.h"

#include <stdlib.h>

#include <algorithm>
#include <stdexcept>
#include <thread>
#include <vector>

namespace tillbook::cli {

namespace fs = std::filesystem;
using nlohmann::json;

double secondsSince(BenchClock::time_point start)
{
    return std::chrono::duration<double>(BenchClock::now() - start).count();
}

TempDir::TempDir(const std::string& prefix)
{
    std::string pattern = (fs::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary directory for the benchmark");
    path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    fs::remove_all(path, ignored);
}

json sampleBody(std::uint64_t i)
{
    return {{"account", std::to_string(100000 + i % 50000)},
            {"amount", static_cast<std::int64_t>(1000 + i % 90000)},
            {"receipt", "BENCH-01-R" + std::to_string(i)},
            {"tenders", json::array({{{"kind", "cash"}, {"amount", static_cast<std::int64_t>(1000 + i % 90000)}}})}};
}

void generateLedger(const fs::path& dir, const std::string& stationId, std::uint64_t count, const RecordFill& fill)
{
    tillbook::FixedClock clock;
    station::Station::create(dir, stationId, clock);
    station::DataPaths paths(dir);
    auto signer = ledger::SoftwareSigner::loadFile(paths.privateKey);
    ledger::Db db(paths.database.string(), ledger::Db::Mode::ReadWrite);
    ledger::LedgerStore store(db);
    ledger::Record last = *store.last();
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    constexpr std::uint64_t kBatch = 20000;
    std::uint64_t made = store.size();
    while (made < count) {
        std::uint64_t n = std::min(kBatch, count - made);
        std::vector<ledger::Record> batch(n);
        for (std::uint64_t i = 0; i < n; ++i) {
            ledger::Record& r = batch[i];
            const ledger::Record& prev = i == 0 ? last : batch[i - 1];
            r.seq = prev.seq + 1;
            r.timeMs = prev.timeMs + 1000;
            r.station = prev.station;
            r.operatorId = "ana";
            fill(r);
            r.prevHash = prev.hash;
            r.keyId = signer->publicKey().keyId();
            r.hash = ledger::computeRecordHash(r);
        }
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                for (std::uint64_t i = t; i < n; i += threads)
                    batch[i].signature = signer->sign(batch[i].hash);
            });
        }
        for (auto& w : workers)
            w.join();
        ledger::Transaction tx(db);
        for (const auto& r : batch)
            store.insert(r);
        tx.commit();
        last = batch.back();
        made += n;
    }
}

double opensslVerifyRate(const fs::path& dir, std::uint64_t samples)
{
    station::DataPaths paths(dir);
    ledger::Db db(paths.database.string(), ledger::Db::Mode::ReadOnly);
    ledger::LedgerStore store(db);
    auto key = ledger::currentLedgerKey(store)->key;
    std::vector<ledger::Record> records;
    store.forEach(2, [&](const ledger::Record& r) {
        records.push_back(r);
        return records.size() < samples;
    });
    ledger::SignatureVerifier verifier(key);
    auto start = BenchClock::now();
    std::uint64_t good = 0;
    for (const auto& r : records)
        good += verifier.verify(r.hash, r.signature) ? 1 : 0;
    double seconds = secondsSince(start);
    if (good != records.size())
        throw std::runtime_error("benchmark records failed to verify");
    return static_cast<double>(records.size()) / seconds;
}

} // namespace tillbook::cli
