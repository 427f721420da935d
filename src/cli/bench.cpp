// tillctl bench ledger: ledger speed as ratios against this machine's own limits, measured in the same run.
#include "cli/args.h"
#include "cli/bench_support.h"
#include "cli/commands.h"
#include "ledger/keys.h"
#include "ledger/record.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "ledger/verifier.h"
#include "ledger/writer.h"
#include "printing/escpos.h"
#include "printing/pdf.h"
#include "printing/samples.h"
#include "station/services.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <zlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <thread>

namespace tillbook::cli {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = BenchClock;

namespace {

// A ledger of payment-shaped records one second apart, as bench ledger and bench startup read.
void generate(const fs::path& dir, std::uint64_t count)
{
    generateLedger(dir, "BENCH-01", count, [](ledger::Record& r) {
        r.kind = "payment.taken";
        r.body = sampleBody(r.seq).dump();
    });
}

json benchAppends(std::uint64_t count)
{
    TempDir dir;
    tillbook::FixedClock clock;
    station::Station::create(dir.path, "BENCH-01", clock);
    station::DataPaths paths(dir.path);
    auto signer = ledger::SoftwareSigner::loadFile(paths.privateKey);

    ledger::Db ledgerDb(paths.database.string(), ledger::Db::Mode::ReadWrite);
    ledger::LedgerStore store(ledgerDb);
    ledger::LedgerWriter writer(store, *signer, clock);
    ledger::Db rawDb((dir.path / "raw.db").string(), ledger::Db::Mode::Create);
    rawDb.exec("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    auto insert = rawDb.prepare("INSERT INTO blobs(data) VALUES (?)");

    // Alternate rounds of each, so drift in the disk's fsync speed during the run affects both alike.
    constexpr std::uint64_t kRound = 25;
    std::size_t rowBytes = 0;
    ledger::Bytes blob;
    double ledgerSeconds = 0;
    double rawSeconds = 0;
    for (std::uint64_t done = 0; done < count; done += kRound) {
        auto start = Clock::now();
        for (std::uint64_t i = done; i < done + kRound; ++i) {
            ledger::Transaction tx(ledgerDb);
            auto r = writer.append("payment.taken", "ana", "", sampleBody(i));
            tx.commit();
            rowBytes = r.body.size() + r.signature.size() + 3 * 32 + r.station.size() + r.kind.size()
                       + r.operatorId.size() + 2 * 8;
        }
        ledgerSeconds += secondsSince(start);
        blob.assign(rowBytes, 0x5a);
        start = Clock::now();
        for (std::uint64_t i = done; i < done + kRound; ++i) {
            ledger::Transaction tx(rawDb);
            insert.bindBlob(1, blob).run();
            tx.commit();
        }
        rawSeconds += secondsSince(start);
    }
    std::uint64_t total = (count + kRound - 1) / kRound * kRound;
    double ledgerRate = static_cast<double>(total) / ledgerSeconds;
    double rawRate = static_cast<double>(total) / rawSeconds;
    return {{"records", total},
            {"row_bytes", rowBytes},
            {"ledger_appends_per_s", ledgerRate},
            {"raw_sqlite_inserts_per_s", rawRate},
            {"ratio", ledgerRate / rawRate},
            {"target", 0.7}};
}

double rawSha256MBps()
{
    ledger::Bytes buffer(64 << 20, 0xa5);
    auto start = Clock::now();
    ledger::Hash h = ledger::sha256(buffer);
    double seconds = secondsSince(start);
    if (h[0] == 0 && h[1] == 0 && h[2] == 0)
        std::cerr << ""; // keep the digest observable
    return static_cast<double>(buffer.size()) / 1e6 / seconds;
}

// Chain-only verify in a child process, so its peak RSS is its own and not the generator's.
json childChainVerify(const fs::path& dir)
{
    auto start = Clock::now();
    pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        try {
            auto db = station::openLedgerReadOnly(station::DataPaths(dir));
            ledger::VerifyOptions options;
            options.signatures = false;
            auto report = ledger::verifyLedger(*db, options);
            ::_exit(report.ok() ? 0 : 1);
        } catch (...) {
            ::_exit(2);
        }
    }
    int status = 0;
    struct rusage usage {};
    if (::wait4(pid, &status, 0, &usage) != pid)
        throw std::runtime_error("wait4 failed");
    double seconds = secondsSince(start);
    bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return {{"ok", ok}, {"seconds", seconds}, {"peak_rss_mb", static_cast<double>(usage.ru_maxrss) / 1024.0}};
}

} // namespace

namespace {

// Surnames as real rolls have them: a few thousand distinct ones, some very common. Built from syllables so the
// list is long without being stored.
std::vector<std::string> syntheticSurnames(std::mt19937_64& random, std::size_t count)
{
    static constexpr const char* first[] = {"Gar", "Mar", "Nov", "Ok", "Ber", "Sil", "Tan", "Hal", "Ros", "Lin",
                                            "Kow", "Ng", "Adey", "Bran", "Mur", "Pet", "Dia", "Coh", "Lar", "Wal"};
    static constexpr const char* middle[] = {"", "a", "e", "i", "o", "u", "an", "el", "or", "is"};
    static constexpr const char* last[] = {"cia", "tin", "ak", "afor", "g", "va", "aka", "l", "si", "d",
                                           "ski", "uyen", "emi", "dt", "phy", "rov", "z", "en", "sen", "sh"};
    std::vector<std::string> names;
    for (std::size_t i = 0; i < count; ++i)
        names.push_back(std::string(first[random() % 20]) + middle[random() % 10] + last[random() % 20]);
    return names;
}

// Accounts written straight into the projection tables: a fixture for search speed, not station data.
void generateAccounts(ledger::Db& db, std::uint64_t count, std::mt19937_64& random,
                      const std::vector<std::string>& surnames)
{
    static constexpr const char* given[] = {"Maria", "James", "Aiko", "Oluwaseun", "Soren", "Fatima", "Liam", "Chen",
                                            "Priya", "Zoe", "Mateo", "Grace", "Ahmed", "Olga", "Kofi", "Ines",
                                            "Daniel", "Sofia", "Omar", "Hannah", "Luis", "Mei", "Ivan", "Amara"};
    static constexpr const char* streets[] = {"Oak St", "Maple Ave", "River Rd", "Hill St", "Cedar Ln", "Main St",
                                              "Lake Dr", "Elm Ct", "Pine St", "Birch Way", "Park Ave", "Mill Rd"};
    ledger::Transaction tx(db);
    auto insert = db.prepare("INSERT INTO accounts(number, name, service_address, mailing_address, phone, phone_digits, "
                             "email, status) VALUES (?, ?, ?, '', ?, ?, '', 'active')");
    for (std::uint64_t i = 0; i < count; ++i) {
        std::string number = std::to_string(1000000 + i);
        // A skewed pick: low indexes are common surnames, as on a real roll.
        std::size_t s = static_cast<std::size_t>((random() % surnames.size()) * (random() % surnames.size())
                                                 / surnames.size());
        std::string name = std::string(given[random() % std::size(given)]) + " " + surnames[s];
        std::string street = std::to_string(1 + random() % 9999) + " " + streets[random() % std::size(streets)];
        std::string digits = "555" + std::to_string(1000000 + random() % 9000000);
        insert.bind(1, number).bind(2, name).bind(3, street).bind(4, digits).bind(5, digits).run();
    }
    tx.commit();
}

} // namespace

int cmdBenchSearch(const Argv& argv)
{
    Args args(argv, {"accounts", "queries"}, {});
    std::uint64_t count = std::max<std::uint64_t>(args.number("accounts", 1000000), 1000);
    std::uint64_t queries = std::max<std::uint64_t>(args.number("queries", 1000), 100);
    TempDir dir;
    tillbook::FixedClock clock;
    station::Station::create(dir.path, "BENCH-01", clock);
    std::mt19937_64 random(42);
    auto genStart = Clock::now();
    {
        auto st = station::Station::open(dir.path, clock); // creates the projection tables
    }
    std::vector<std::string> surnames = syntheticSurnames(random, 3000);
    {
        ledger::Db db(station::DataPaths(dir.path).database.string(), ledger::Db::Mode::ReadWrite);
        generateAccounts(db, count, random, surnames);
    }
    double genSeconds = secondsSince(genStart);
    auto st = station::Station::open(dir.path, clock);

    // The mix a counter sees: account numbers (whole and first digits), names, streets and phone numbers.
    std::vector<std::string> kinds = {"number", "prefix", "name", "address", "phone"};
    std::map<std::string, std::vector<double>> latencies;
    std::vector<double> all;
    std::uint64_t found = 0;
    for (std::uint64_t q = 0; q < queries; ++q) {
        const std::string& kind = kinds[q % kinds.size()];
        std::uint64_t n = random() % count;
        std::string text;
        if (kind == "number")
            text = std::to_string(1000000 + n);
        else if (kind == "prefix")
            text = std::to_string(1000000 + n).substr(0, 5);
        else if (kind == "name") {
            // What a cashier types: a surname, its first letters, or a given name and the start of a surname.
            const std::string& surname = surnames[random() % surnames.size()];
            text = q % 3 == 0 ? surname : q % 3 == 1 ? surname.substr(0, 4) : "maria " + surname.substr(0, 3);
        }
        else if (kind == "address")
            text = std::to_string(1 + random() % 9999) + " oak";
        else
            text = "555 " + std::to_string(1000 + random() % 9000);
        auto start = Clock::now();
        auto results = st->accounts().searchAccounts(text, 20);
        double ms = secondsSince(start) * 1000.0;
        found += results.empty() ? 0 : 1;
        latencies[kind].push_back(ms);
        all.push_back(ms);
    }
    auto percentile = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
    };
    // The machine's own floor: a primary-key point read through the same connection type.
    double pointMs = 0;
    {
        ledger::Db db(station::DataPaths(dir.path).database.string(), ledger::Db::Mode::ReadOnly);
        auto read = db.prepare("SELECT name FROM accounts WHERE number = ?");
        std::vector<double> reads;
        for (int i = 0; i < 1000; ++i) {
            std::string number = std::to_string(1000000 + random() % count);
            auto start = Clock::now();
            read.bind(1, number);
            read.step();
            read.reset();
            reads.push_back(secondsSince(start) * 1000.0);
        }
        pointMs = percentile(reads, 0.5);
    }
    json out = {{"accounts", count},
                {"generate_seconds", genSeconds},
                {"queries", queries},
                {"queries_with_results", found},
                {"p50_ms", percentile(all, 0.5)},
                {"p99_ms", percentile(all, 0.99)},
                {"target_p99_ms", 5.0},
                {"sqlite_point_read_p50_ms", pointMs}};
    for (const auto& [kind, values] : latencies)
        out["by_kind"][kind] = {{"p50_ms", percentile(values, 0.5)}, {"p99_ms", percentile(values, 0.99)}};
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

int cmdBenchPrint(const Argv& argv)
{
    Args args(argv, {"receipts"}, {});
    std::uint64_t count = std::max<std::uint64_t>(args.number("receipts", 200), 10);
    printing::Layout layout = printing::receiptLayout(printing::sampleReceipt());
    auto timeEach = [&](std::uint64_t n, const std::function<std::size_t()>& render) {
        std::vector<double> ms;
        std::size_t bytes = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
            auto start = Clock::now();
            bytes = render();
            ms.push_back(secondsSince(start) * 1000.0);
        }
        std::sort(ms.begin(), ms.end());
        double median = ms[ms.size() / 2];
        return json{{"median_ms", median},
                    {"p99_ms", ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]},
                    {"per_s", 1000.0 / median},
                    {"bytes", bytes}};
    };
    printing::FontFiles subset = printing::fontsFor(layout);
    json out;
    out["receipts"] = count;
    out["fonts"] = printing::fontSetName(subset.set);
    out["pdf_letter"] = timeEach(count, [&] { return printing::renderPdf(layout, printing::Paper::Letter, subset).size(); });
    out["pdf_roll80"] = timeEach(count, [&] { return printing::renderPdf(layout, printing::Paper::Roll80, subset).size(); });
    // What documents with characters outside the core subset cost (Nguyễn; 山田).
    out["pdf_letter_extended_fonts"] = timeEach(count, [&] {
        return printing::renderPdf(layout, printing::Paper::Letter, printing::fontFiles(printing::FontSet::Extended)).size();
    });
    out["pdf_letter_whole_fonts"] = timeEach(std::max<std::uint64_t>(count / 10, 5), [&] {
        return printing::renderPdf(layout, printing::Paper::Letter, printing::fontFiles(printing::FontSet::Whole)).size();
    });
    out["escpos_42"] = timeEach(count, [&] { return printing::renderEscPos(layout, {42}).size(); });
    // The machine's own floor: zlib deflating the two embedded font programs, which every PDF must do.
    std::string fontBytes;
    for (const auto& path : {subset.regular, subset.bold}) {
        std::ifstream in(path, std::ios::binary);
        fontBytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    out["deflate_fonts"] = timeEach(count, [&] {
        uLongf size = compressBound(fontBytes.size());
        std::vector<Bytef> packed(size);
        compress2(packed.data(), &size, reinterpret_cast<const Bytef*>(fontBytes.data()), fontBytes.size(),
                  Z_DEFAULT_COMPRESSION);
        return static_cast<std::size_t>(size);
    });
    double floor = out["deflate_fonts"]["median_ms"].get<double>();
    out["pdf_letter_vs_deflate_floor"] = out["pdf_letter"]["median_ms"].get<double>() / floor;
    out["target_pdf_median_ms"] = 5.0;
    out["pdf_median_within_target"] = out["pdf_letter"]["median_ms"].get<double>() < 5.0;
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

int cmdBenchLedger(const Argv& argv)
{
    Args args(argv, {"records", "appends", "threads"}, {});
    std::uint64_t records = std::max<std::uint64_t>(args.number("records", 100000), 1000);
    std::uint64_t appends = std::max<std::uint64_t>(args.number("appends", 300), 10);
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());

    json out;
    out["machine"] = {{"cores", cores}};
    out["append"] = benchAppends(appends);

    TempDir dir;
    auto genStart = Clock::now();
    generate(dir.path, records);
    out["generate_seconds"] = secondsSince(genStart);

    double singleRate = opensslVerifyRate(dir.path, 20000);
    auto db = station::openLedgerReadOnly(station::DataPaths(dir.path));

    ledger::VerifyOptions full;
    full.threads = static_cast<unsigned>(args.number("threads", 0));
    auto start = Clock::now();
    auto report = ledger::verifyLedger(*db, full);
    double fullSeconds = secondsSince(start);
    if (!report.ok())
        throw std::runtime_error("benchmark ledger failed to verify: " + report.problem->message);
    double fullRate = static_cast<double>(report.records) / fullSeconds;
    out["verify_full"] = {{"records", report.records},
                          {"seconds", fullSeconds},
                          {"records_per_s", fullRate},
                          {"openssl_verify_per_s_one_thread", singleRate},
                          {"openssl_verify_per_s_times_cores", singleRate * cores},
                          {"ratio", fullRate / (singleRate * cores)},
                          {"target", 0.8}};

    ledger::VerifyOptions chain;
    chain.signatures = false;
    start = Clock::now();
    auto chainReport = ledger::verifyLedger(*db, chain);
    double chainSeconds = secondsSince(start);
    double chainMBps = static_cast<double>(chainReport.bytesHashed) / 1e6 / chainSeconds;
    double shaMBps = rawSha256MBps();
    out["verify_chain"] = {{"records", chainReport.records},
                           {"seconds", chainSeconds},
                           {"records_per_s", static_cast<double>(chainReport.records) / chainSeconds},
                           {"mb_per_s", chainMBps},
                           {"raw_sha256_mb_per_s", shaMBps},
                           {"ratio", chainMBps / shaMBps}};
    db.reset();
    out["verify_chain_own_process"] = childChainVerify(dir.path);
    out["verify_chain_own_process"]["records"] = records;
    out["verify_chain_own_process"]["target"] = "1,000,000 records in under 3 s with peak RSS under 100 MB";
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

namespace {

struct StartupRun {
    double wallMs = 0; // from starting the process until it exited after its first sign-in frame
    double readyMs = 0; // as tillbook measured it, from main() to that frame
    double stationOpenMs = 0;
};

double reportedMs(const std::string& line, const std::string& label)
{
    auto at = line.find(label);
    return at == std::string::npos ? -1 : std::atof(line.c_str() + at + label.size());
}

StartupRun startOnce(const std::string& tillbook, const fs::path& dir)
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    auto start = Clock::now();
    process.start(QString::fromStdString(tillbook),
                  {QStringLiteral("--data"), QString::fromStdString(dir.string()), QStringLiteral("--startup-report")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        throw std::runtime_error("tillbook did not start and quit cleanly: "
                                 + process.readAllStandardError().toStdString());
    StartupRun run;
    run.wallMs = secondsSince(start) * 1000.0;
    std::string out = process.readAllStandardOutput().toStdString();
    run.readyMs = reportedMs(out, "ready for sign-in in ");
    run.stationOpenMs = reportedMs(out, "station open ");
    if (run.readyMs < 0)
        throw std::runtime_error("tillbook printed no startup report: " + out);
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

json startupFigures(const std::string& tillbook, const fs::path& dir, std::uint64_t runs)
{
    std::vector<double> wall, ready, open;
    startOnce(tillbook, dir); // warms the page cache, as on a station that has run before
    for (std::uint64_t i = 0; i < runs; ++i) {
        auto r = startOnce(tillbook, dir);
        wall.push_back(r.wallMs);
        ready.push_back(r.readyMs);
        open.push_back(r.stationOpenMs);
    }
    return {{"wall_ms_median", median(wall)},
            {"ready_ms_median", median(ready)},
            {"station_open_ms_median", median(open)},
            {"wall_ms_max", *std::max_element(wall.begin(), wall.end())}};
}

// The station a counter runs on after years: the demo operators, `accounts` accounts and `records` ledger records.
void bigStation(const fs::path& dir, std::uint64_t records, std::uint64_t accounts)
{
    generate(dir, records - 2); // the two operators below make it `records`
    {
        station::SystemClock clock;
        auto st = station::Station::open(dir, clock); // adds the projection tables
        st->operators().addOperator(std::string(station::kSystemActor), "ana", "Ana Núñez", station::Role::Cashier, "1234");
        st->operators().addOperator(std::string(station::kSystemActor), "sam", "Sam Ærøskøbing", station::Role::Supervisor, "2468");
    }
    std::mt19937_64 random(7);
    std::vector<std::string> surnames = syntheticSurnames(random, 3000);
    ledger::Db db(station::DataPaths(dir).database.string(), ledger::Db::Mode::ReadWrite);
    generateAccounts(db, accounts, random, surnames);
}

} // namespace

// tillctl bench startup: how long tillbook takes to be ready for sign-in on a big station, against a new one.
int cmdBenchStartup(const Argv& argv)
{
    Args args(argv, {"records", "accounts", "runs", "tillbook", "keep"}, {});
    std::uint64_t records = std::max<std::uint64_t>(args.number("records", 1000000), 10);
    std::uint64_t accounts = args.number("accounts", 1000000);
    std::uint64_t runs = std::clamp<std::uint64_t>(args.number("runs", 7), 1, 100);
    std::string tillbook = args.value("tillbook").value_or("");
    if (tillbook.empty()) {
        // Next to tillctl in the build tree: build/<preset>/src/cli/tillctl -> build/<preset>/src/app/tillbook.
        fs::path self = fs::read_symlink("/proc/self/exe");
        tillbook = (self.parent_path().parent_path() / "app" / "tillbook").string();
    }
    if (!fs::exists(tillbook))
        throw UsageError("--tillbook: no tillbook program at " + tillbook);

    json out;
    TempDir big;
    fs::path bigDir = args.value("keep") ? fs::path(*args.value("keep")) : big.path / "big";
    auto genStart = Clock::now();
    if (!fs::exists(bigDir / "tillbook.db")) {
        bigStation(bigDir, records, accounts);
        out["generate_seconds"] = secondsSince(genStart);
    }
    TempDir small;
    {
        station::SystemClock clock;
        station::Station::create(small.path, "SMALL-01", clock);
        auto st = station::Station::open(small.path, clock);
        st->operators().addOperator(std::string(station::kSystemActor), "ana", "Ana Núñez", station::Role::Cashier, "1234");
        st->operators().addOperator(std::string(station::kSystemActor), "sam", "Sam Ærøskøbing", station::Role::Supervisor, "2468");
    }
    {
        auto db = station::openLedgerReadOnly(station::DataPaths(bigDir));
        ledger::LedgerStore store(*db);
        auto count = db->prepare("SELECT COUNT(*) FROM accounts");
        count.step();
        out["station"] = {{"ledger_records", store.size()}, {"accounts", count.columnInt(0)},
                          {"database_mb", static_cast<double>(fs::file_size(station::DataPaths(bigDir).database)) / 1e6}};
    }
    out["big"] = startupFigures(tillbook, bigDir, runs);
    out["new_station"] = startupFigures(tillbook, small.path, runs);
    double bigReady = out["big"]["ready_ms_median"].get<double>();
    out["ratio_ready_big_to_new"] = bigReady / out["new_station"]["ready_ms_median"].get<double>();
    out["target"] = "ready for sign-in in under 1000 ms with 1,000,000 accounts and 1,000,000 ledger records";
    out["met"] = bigReady < 1000.0 && out["big"]["wall_ms_median"].get<double>() < 1000.0;
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

} // namespace tillbook::cli
