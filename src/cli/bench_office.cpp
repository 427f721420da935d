// tillctl bench office: the office's speed on a throwaway PostgreSQL cluster the bench starts itself, against this
// machine's own signature-verification limit measured in the same run (docs/office.md, "Speed").
#include "cli/args.h"
#include "cli/bench_support.h"
#include "cli/commands.h"
#include "core/calendar.h"
#include "core/clock.h"
#include "core/ids.h"
#include "office/office.h"
#include "office/pg.h"
#include "office/station_link.h"
#include "station/atomic_file.h"
#include "station/projector.h"
#include "station/services.h"

#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace tillbook::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Starts `argv` with its stdout and stderr in `output` (a file); returns its pid.
pid_t spawn(const std::vector<std::string>& argv, const fs::path& output)
{
    pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        int fd = ::open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd >= 0) {
            ::dup2(fd, 1);
            ::dup2(fd, 2);
        }
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

int waitFor(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            throw std::runtime_error("waitpid failed");
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs `argv` to its end; its output (stdout and stderr) lands in `output`. Returns the exit code.
int run(const std::vector<std::string>& argv, const fs::path& output)
{
    return waitFor(spawn(argv, output));
}

int freePort()
{
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0)
        ::close(fd);
    if (port == 0)
        throw std::runtime_error("no free TCP port on 127.0.0.1 for the benchmark's PostgreSQL");
    return port;
}

// What a signal that ends the bench runs, prepared beforehand because a handler may only fork and exec: stop the
// cluster, then remove its directory.
struct SignalCleanup {
    std::vector<std::string> stop;
    std::vector<std::string> remove;
    std::vector<char*> stopArgv;
    std::vector<char*> removeArgv;
};
SignalCleanup* g_cleanup = nullptr;

void runFromHandler(char** argv)
{
    pid_t pid = ::fork();
    if (pid == 0) {
        ::execvp(argv[0], argv);
        ::_exit(127);
    }
    if (pid > 0)
        ::waitpid(pid, nullptr, 0);
}

extern "C" void stopClusterOnSignal(int signal)
{
    if (g_cleanup) {
        runFromHandler(g_cleanup->stopArgv.data());
        runFromHandler(g_cleanup->removeArgv.data());
    }
    ::_exit(128 + signal);
}

// A throwaway PostgreSQL 15 cluster, as tests/office/pg_cluster.sh makes one: a fresh directory under /tmp, initdb
// and pg_ctl from the Debian package (as the postgres user through runuser when run as root), a Unix socket for the
// office and 127.0.0.1 with TLS only (a CA and server certificate made here with openssl) and SCRAM for the stations.
// Unlike the tests' cluster it keeps fsync on, as an office would. Stopped and removed when destroyed, and when
// SIGINT, SIGTERM, SIGHUP or SIGPIPE ends the bench.
class ThrowawayCluster {
public:
    // `scratch`: the bench's own directory, removed with the cluster's when a signal ends the bench.
    explicit ThrowawayCluster(const fs::path& scratch)
    {
        const char* bin = std::getenv("TILLBOOK_PG_BIN");
        m_bin = bin && *bin ? bin : "/usr/lib/postgresql/15/bin";
        if (!fs::exists(m_bin / "initdb"))
            throw std::runtime_error("no PostgreSQL 15 at " + m_bin.string()
                                     + " (install postgresql-15, or set TILLBOOK_PG_BIN)");
        std::string pattern = "/tmp/tillbook-pg.XXXXXX"; // never under /root: the postgres user must reach it
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a directory for the benchmark's PostgreSQL");
        m_dir = pattern;
        m_cleanup.stop = asPostgres({(m_bin / "pg_ctl").string(), "-D", (m_dir / "data").string(), "-m", "immediate",
                                     "-w", "stop"});
        m_cleanup.remove = {"rm", "-rf", m_dir.string(), scratch.string()};
        for (auto* list : {&m_cleanup.stop, &m_cleanup.remove}) {
            auto& argv = list == &m_cleanup.stop ? m_cleanup.stopArgv : m_cleanup.removeArgv;
            for (auto& a : *list)
                argv.push_back(a.data());
            argv.push_back(nullptr);
        }
        g_cleanup = &m_cleanup;
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
            std::signal(signal, stopClusterOnSignal);
        try {
            start();
        } catch (...) {
            stop();
            throw;
        }
    }
    ~ThrowawayCluster() { stop(); }
    ThrowawayCluster(const ThrowawayCluster&) = delete;
    ThrowawayCluster& operator=(const ThrowawayCluster&) = delete;

    std::string dbUrl() const
    {
        return "postgresql:///tillbook?host=" + (m_dir / "sock").string() + "&port=" + std::to_string(m_port)
               + "&user=postgres";
    }
    std::string stationUrl() const { return "postgresql://127.0.0.1:" + std::to_string(m_port) + "/tillbook"; }
    fs::path ca() const { return m_dir / "ca.pem"; }

private:
    bool root() const { return ::geteuid() == 0; }
    std::vector<std::string> asPostgres(std::vector<std::string> argv) const
    {
        if (root())
            argv.insert(argv.begin(), {"runuser", "-u", "postgres", "--"});
        return argv;
    }
    void must(const std::vector<std::string>& argv, const std::string& what)
    {
        fs::path log = m_dir / "step.log";
        if (run(argv, log) != 0)
            throw std::runtime_error("the benchmark's PostgreSQL: " + what + " failed: " + readAll(log));
    }

    void start()
    {
        const fs::path tls = m_dir / "tls";
        fs::create_directories(m_dir / "sock");
        fs::create_directories(tls);
        const std::string caPem = (tls / "ca.pem").string();
        must({"openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
              "-subj", "/CN=Tillbook bench CA", "-keyout", (tls / "ca.key").string(), "-out", caPem},
             "making the CA");
        must({"openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=127.0.0.1",
              "-keyout", (tls / "server.key").string(), "-out", (tls / "server.csr").string()},
             "making the server key");
        station::writeFileAtomically(tls / "san.ext", "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        must({"openssl", "x509", "-req", "-in", (tls / "server.csr").string(), "-CA", caPem, "-CAkey",
              (tls / "ca.key").string(), "-CAcreateserial", "-days", "2", "-extfile", (tls / "san.ext").string(), "-out",
              (tls / "server.pem").string()},
             "signing the server certificate");
        fs::permissions(tls / "server.key", fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
        fs::copy_file(caPem, ca(), fs::copy_options::overwrite_existing);
        if (root())
            givePostgres();
        must(asPostgres({(m_bin / "initdb").string(), "-D", (m_dir / "data").string(), "-U", "postgres",
                         "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"}),
             "initdb");
        appendAsPostgres(m_dir / "data" / "pg_hba.conf", "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n",
                         true);
        appendAsPostgres(m_dir / "data" / "postgresql.conf",
                         "listen_addresses = '127.0.0.1'\nunix_socket_directories = '" + (m_dir / "sock").string()
                             + "'\nunix_socket_permissions = 0700\nssl = on\nssl_cert_file = '"
                             + (tls / "server.pem").string() + "'\nssl_key_file = '" + (tls / "server.key").string()
                             + "'\npassword_encryption = 'scram-sha-256'\nmax_connections = 250\n",
                         false);
        // A port another process takes between the probe and the start: try another.
        for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
            m_port = freePort();
            m_running = run(asPostgres({(m_bin / "pg_ctl").string(), "-D", (m_dir / "data").string(), "-l",
                                        (m_dir / "log").string(), "-o", "-p " + std::to_string(m_port), "-w", "-t", "120",
                                        "start"}),
                            m_dir / "step.log")
                        == 0;
        }
        if (!m_running)
            throw std::runtime_error("the benchmark's PostgreSQL did not start: " + readAll(m_dir / "log"));
        office::PgConnection admin({{"dbname", "postgresql:///postgres?host=" + (m_dir / "sock").string()
                                                   + "&port=" + std::to_string(m_port) + "&user=postgres"}});
        admin.query("CREATE DATABASE tillbook");
    }

    // Root runs the server as postgres: the directory and what is in it become postgres's.
    void givePostgres()
    {
        const passwd* pg = ::getpwnam("postgres");
        if (!pg)
            throw std::runtime_error("there is no postgres user to run the benchmark's PostgreSQL as");
        m_uid = pg->pw_uid;
        m_gid = pg->pw_gid;
        for (const auto& entry : fs::recursive_directory_iterator(m_dir))
            if (::chown(entry.path().c_str(), m_uid, m_gid) != 0)
                throw std::runtime_error("cannot give " + entry.path().string() + " to postgres");
        if (::chown(m_dir.c_str(), m_uid, m_gid) != 0)
            throw std::runtime_error("cannot give " + m_dir.string() + " to postgres");
        fs::permissions(m_dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                                   | fs::perms::others_read | fs::perms::others_exec,
                        fs::perm_options::replace);
    }

    void appendAsPostgres(const fs::path& file, const std::string& text, bool replace)
    {
        std::ofstream out(file, replace ? std::ios::trunc : std::ios::app);
        out << text;
        out.close();
        if (!out)
            throw std::runtime_error("cannot write " + file.string());
    }

    void stop()
    {
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
            std::signal(signal, SIG_DFL);
        g_cleanup = nullptr;
        if (m_running)
            run(asPostgres({(m_bin / "pg_ctl").string(), "-D", (m_dir / "data").string(), "-m", "immediate", "-w",
                            "stop"}),
                "/dev/null");
        m_running = false;
        std::error_code ignored;
        fs::remove_all(m_dir, ignored);
    }

    fs::path m_bin;
    fs::path m_dir;
    SignalCleanup m_cleanup;
    int m_port = 0;
    bool m_running = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::int64_t kFirstDayMs = 1'767'312'000'000; // 2026-01-02T00:00:00Z, the day after the genesis
constexpr std::uint64_t kPaymentsPerDay = 1000;

// Station `id`'s ledger of `count` records: after the genesis, cash payments of one bill each, 1,000 a day, the last
// day full, so the last day holds 1,000 payments per station when the station has that many.
void makeStation(const fs::path& dir, const std::string& id, std::uint64_t count)
{
    const std::uint64_t payments = count - 1;
    const std::uint64_t lastDay = (payments - 1) / kPaymentsPerDay;
    generateLedger(dir, id, count, [&](ledger::Record& r) {
        const std::uint64_t j = r.seq - 2;
        const std::uint64_t back = payments - 1 - j;
        const auto day = static_cast<std::int64_t>(lastDay - back / kPaymentsPerDay);
        const auto slot = static_cast<std::int64_t>(kPaymentsPerDay - 1 - back % kPaymentsPerDay);
        r.timeMs = kFirstDayMs + day * kDayMs + 8 * 3'600'000 + slot * 20'000;
        const std::int64_t amount = 1000 + static_cast<std::int64_t>(j % 90000);
        const std::string account = std::to_string(1000000 + j % 50000);
        r.kind = "payment.taken";
        r.body = json{{"receipt", stationScopedId(id, "R", j + 1)},
                      {"drawer", stationScopedId(id, "D", 1 + j / kPaymentsPerDay)},
                      {"receipt_number", static_cast<std::int64_t>(j + 1)},
                      {"request", ""},
                      {"lines", json::array({{{"account", account},
                                              {"bill", account + "-2026-01"},
                                              {"fee", ""},
                                              {"fund", "WATER"},
                                              {"amount", amount}}})},
                      {"tenders", json::array({{{"kind", "cash"}, {"amount", amount}, {"reference", ""}}})},
                      {"total", amount},
                      {"tendered", amount},
                      {"change", 0}}
                     .dump();
    });
}

std::string stationName(std::uint64_t i)
{
    std::string n = std::to_string(i + 1);
    return "BENCH-" + std::string(n.size() < 2 ? 2 - n.size() : 0, '0') + n;
}

struct Ingest {
    std::uint64_t verified = 0;
    double seconds = 0; // the whole run
    office::ProcessTimes phases;
};

// One `office process` run, timed; every station must stay ok.
Ingest processAll(office::Office& office)
{
    Ingest out;
    auto start = BenchClock::now();
    auto outcomes = office.process(&out.phases);
    out.seconds = secondsSince(start);
    for (const auto& o : outcomes) {
        if (o.state != "ok" || !o.publishProblem.empty())
            throw std::runtime_error(o.station + " did not verify: " + o.problem + o.publishProblem);
        out.verified += o.verifiedAfter - o.verifiedBefore;
    }
    return out;
}

} // namespace

int cmdBenchOffice(const Argv& argv)
{
    Args args(argv, {"stations", "records", "batch"}, {"json"});
    const std::uint64_t stations = args.number("stations", 10);
    const std::uint64_t records = args.number("records", 100000);
    const std::string batch = std::to_string(args.number("batch", 500));
    if (stations < 1 || stations > 200)
        throw UsageError("--stations must be 1 to 200");
    if (records < 2 * stations || records > 100'000'000)
        throw UsageError("--records must be at least 2 per station");
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::string self = fs::read_symlink("/proc/self/exe").string();

    TempDir work("tillbook-bench-office");
    ThrowawayCluster cluster(work.path);
    const fs::path officeDir = work.path / "office";
    office::Office::init(officeDir, cluster.dbUrl(), cluster.stationUrl(), cluster.ca());
    auto office = office::Office::open(officeDir);

    // The stations: `records` in all, the first ones one more when they do not divide evenly.
    std::vector<std::string> ids;
    std::vector<std::uint64_t> sizes;
    auto genStart = BenchClock::now();
    for (std::uint64_t i = 0; i < stations; ++i) {
        ids.push_back(stationName(i));
        sizes.push_back(records / stations + (i < records % stations ? 1 : 0));
        const fs::path dir = work.path / ids.back();
        makeStation(dir, ids.back(), sizes.back());
        const fs::path join = work.path / (ids.back() + ".join.json");
        station::writeFileAtomically(join, office->addStation(ids.back()).dump(), 0600);
        station::SystemClock clock;
        auto st = station::Station::open(dir, clock);
        office::joinOffice(*st, join);
    }
    const double generateSeconds = secondsSince(genStart);

    // The machine's limit: one thread's OpenSSL ECDSA P-256 verifications per second, times the cores.
    const double verifyOne = opensslVerifyRate(work.path / ids.front(), 20000);
    const double limit = verifyOne * cores;

    // Every window but the first pushes, each its own `tillctl sync` at once, as windows do; the office ingests.
    auto pushStart = BenchClock::now();
    std::vector<pid_t> syncs;
    for (std::uint64_t i = 1; i < stations; ++i)
        syncs.push_back(spawn({self, "sync", "--data", (work.path / ids[i]).string(), "--batch", batch, "--json"},
                              work.path / (ids[i] + ".sync.json")));
    for (std::size_t i = 0; i < syncs.size(); ++i) {
        if (waitFor(syncs[i]) != 0)
            throw std::runtime_error(ids[i + 1] + " did not sync: " + readAll(work.path / (ids[i + 1] + ".sync.json")));
    }
    const double pushSeconds = secondsSince(pushStart);
    Ingest first = processAll(*office);

    // The first window was offline for the day: its sync sends its pending records and pulls what the other windows'
    // records published meanwhile, and the office's summary of the day.
    const fs::path firstSync = work.path / (ids[0] + ".sync.json");
    auto syncStart = BenchClock::now();
    if (run({self, "sync", "--data", (work.path / ids[0]).string(), "--batch", batch, "--json"}, firstSync) != 0)
        throw std::runtime_error(ids[0] + " did not sync: " + readAll(firstSync));
    const double syncSeconds = secondsSince(syncStart);
    json synced = json::parse(readAll(firstSync));
    Ingest second = processAll(*office);

    std::uint64_t verified = 0;
    bool allOk = true;
    for (const auto& s : office->status()) {
        verified += s.verifiedSize;
        allOk = allOk && s.state == "ok";
    }
    if (verified != records || !allOk || first.verified + second.verified != records)
        throw std::runtime_error("the office verified " + std::to_string(verified) + " of " + std::to_string(records)
                                 + " records");
    // Ingest is verifying, storing and cosigning; publishing what the records mean for every window follows it in
    // the same run and is said beside it.
    const double ingestSeconds = first.phases.verifySeconds + second.phases.verifySeconds;
    const double ingestRate = static_cast<double>(records) / ingestSeconds;
    const double publishSeconds = first.phases.publishSeconds + second.phases.publishSeconds;
    const double wholeSeconds = first.seconds + second.seconds;

    // The last day's report over every window, as a person runs it; the first run is the cold one.
    const std::uint64_t lastDay = (*std::max_element(sizes.begin(), sizes.end()) - 2) / kPaymentsPerDay;
    // The bench's stations set no zone, so their business days are UTC days.
    const std::string day = formatDate(civilFromDays((kFirstDayMs + static_cast<std::int64_t>(lastDay) * kDayMs) / kDayMs));
    std::vector<double> reportSeconds;
    std::int64_t dayPayments = 0;
    for (int i = 0; i < 3; ++i) {
        const fs::path out = work.path / "report.json";
        auto start = BenchClock::now();
        if (run({self, "office", "report", "day", "--data", officeDir.string(), "--day", day, "--json"}, out) != 0)
            throw std::runtime_error("office report day failed: " + readAll(out));
        reportSeconds.push_back(secondsSince(start));
        dayPayments = 0;
        const json report = json::parse(readAll(out));
        for (const auto& s : report.at("stations"))
            dayPayments += s.at("payments").at("count").get<std::int64_t>();
    }
    const double reportMax = *std::max_element(reportSeconds.begin(), reportSeconds.end());

    json out = {
        {"machine", {{"cores", cores}, {"openssl_verify_per_s_one_thread", verifyOne},
                     {"openssl_verify_per_s_times_cores", limit}}},
        {"stations", stations},
        {"records", records},
        {"generate_seconds", generateSeconds},
        {"ingest",
         {{"records", records},
          {"verified", verified},
          {"every_record_verified", verified == records && allOk},
          {"push_seconds", pushSeconds},
          {"push_stations", stations - 1},
          {"process_runs", json::array()},
          {"seconds", ingestSeconds},
          {"records_per_s", ingestRate},
          {"ratio", ingestRate / limit},
          {"target_ratio", 0.7},
          {"met", ingestRate / limit >= 0.7},
          {"publish_seconds", publishSeconds},
          {"with_publish_seconds", wholeSeconds},
          {"with_publish_records_per_s", static_cast<double>(records) / wholeSeconds},
          {"with_publish_ratio", static_cast<double>(records) / wholeSeconds / limit}}},
        {"report_day",
         {{"day", day},
          {"stations", stations},
          {"payments", dayPayments},
          {"seconds", reportSeconds},
          {"seconds_max", reportMax},
          {"target_seconds", 1.0},
          {"met", reportMax < 1.0}}},
        {"sync_after_offline",
         {{"station", ids[0]},
          {"records_sent", synced.at("sent")},
          {"items_pulled", synced.at("office_items_pulled")},
          {"seconds", syncSeconds},
          {"target_seconds", 10.0},
          {"met", syncSeconds < 10.0}}},
    };
    for (const Ingest* run : {&first, &second})
        out["ingest"]["process_runs"].push_back({{"records", run->verified},
                                                 {"seconds", run->seconds},
                                                 {"verify_seconds", run->phases.verifySeconds},
                                                 {"publish_seconds", run->phases.publishSeconds}});
    if (args.flag("json")) {
        std::cout << out.dump(2) << "\n";
        return kExitOk;
    }
    std::cout << "ingest: " << records << " records verified in " << ingestSeconds << " s, "
              << static_cast<std::uint64_t>(ingestRate) << " records/s, " << ingestRate / limit
              << " of this machine's ECDSA limit (" << static_cast<std::uint64_t>(limit) << "/s; target 0.7); publishing "
              << publishSeconds << " s more\n"
              << "report day " << day << ": " << dayPayments << " payments over " << stations << " windows in "
              << reportMax << " s at most (target under 1 s)\n"
              << "sync after a day offline: " << synced.at("sent").get<std::uint64_t>() << " records sent, "
              << synced.at("office_items_pulled").get<std::uint64_t>() << " items pulled in " << syncSeconds
              << " s (target under 10 s)\n";
    return kExitOk;
}

} // namespace tillbook::cli
