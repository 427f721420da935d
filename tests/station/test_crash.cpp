// Crash safety: a writer killed with SIGKILL at random moments never leaves a partial record, never loses one it
// reported durable, and the ledger still verifies.
#include "ledger/verifier.h"
#include "station/rebuild.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <string>

using namespace tillbook;

namespace {

// The child's side of the pipe: each durable seq as 8 bytes; a failure as a zero seq followed by its text, so the
// parent can say why the child stopped instead of only "exit 2".
void reportSeq(int fd, std::uint64_t seq)
{
    if (::write(fd, &seq, sizeof seq) != sizeof seq)
        ::_exit(3);
}

[[noreturn]] void reportFailure(int fd, const std::string& what)
{
    std::uint64_t marker = 0;
    if (::write(fd, &marker, sizeof marker) == sizeof marker)
        [[maybe_unused]] auto written = ::write(fd, what.data(), what.size());
    ::_exit(2);
}

// The parent's side: reads seqs until the first one arrives (or, with `all`, until the pipe closes). Returns the
// highest seq read and, when the child reported a failure, its text.
struct ChildReport {
    std::uint64_t highest = 0;
    std::uint64_t count = 0;
    bool closed = false;
    std::string failure;
};

void readReport(int fd, ChildReport& report, bool untilClosed)
{
    std::uint64_t seq = 0;
    for (;;) {
        auto n = ::read(fd, &seq, sizeof seq);
        if (n != static_cast<ssize_t>(sizeof seq)) {
            report.closed = true;
            return;
        }
        if (seq == 0) {
            char buffer[512];
            ssize_t got = 0;
            while ((got = ::read(fd, buffer, sizeof buffer)) > 0)
                report.failure.append(buffer, static_cast<std::size_t>(got));
            if (report.failure.empty())
                report.failure = "the child failed without saying why";
            report.closed = true;
            return;
        }
        report.highest = std::max(report.highest, seq);
        ++report.count;
        if (!untilClosed)
            return;
    }
}

// Each child's clock starts a second after the previous child's: record times never go backwards between children.
// (A clock built from the child's pid did, when pids wrapped.)
std::int64_t childClockMs(std::int64_t base, int round)
{
    return base + static_cast<std::int64_t>(round) * 1000;
}

// Child: append records forever, writing each seq to the pipe only after its transaction committed.
[[noreturn]] void appendUntilKilled(const std::filesystem::path& dir, int reportFd, int round)
{
    try {
        FixedClock clock(childClockMs(1'767'225'600'000, round));
        station::DataPaths paths(dir);
        station::DirLock lock(paths, "crash-test child");
        auto signer = ledger::SoftwareSigner::loadFile(paths.privateKey);
        ledger::Db db(paths.database.string(), ledger::Db::Mode::ReadWrite);
        ledger::LedgerStore store(db);
        ledger::LedgerWriter writer(store, *signer, clock);
        for (std::int64_t i = 0;; ++i) {
            ledger::Transaction tx(db);
            auto record = writer.append("payment.taken", "ana", "", {{"amount", i}, {"pad", std::string(200, 'x')}});
            tx.commit();
            reportSeq(reportFd, record.seq);
        }
    } catch (const std::exception& e) {
        reportFailure(reportFd, e.what());
    } catch (...) {
        reportFailure(reportFd, "unknown exception");
    }
}

} // namespace

TEST_CASE("SIGKILL during appends loses nothing reported durable and leaves no partial record")
{
    test::TempDir dir;
    FixedClock clock;
    station::Station::create(dir.path(), "CRASH-01", clock);
    std::mt19937 random(20261127);
    std::uniform_int_distribution<int> delayUs(0, 20'000);
    std::uint64_t durable = 1;
    const int rounds = 60;

    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            appendUntilKilled(dir.path(), fds[1], round);
        }
        ::close(fds[1]);
        // The kill lands at a random moment of the appending, not of the start-up: wait for the first durable record
        // (however slow the machine), then a random delay.
        ChildReport report;
        readReport(fds[0], report, false);
        if (!report.closed)
            ::usleep(static_cast<useconds_t>(delayUs(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        readReport(fds[0], report, true);
        ::close(fds[0]);
        INFO("child said: " << report.failure);
        REQUIRE(report.failure.empty());
        // Exit code 2/3 would mean the child stopped on its own rather than being killed.
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(report.count >= 1); // this child appended before it was killed
        REQUIRE(report.highest > durable); // and beyond what the previous children left
        durable = report.highest;

        ledger::Db db(station::DataPaths(dir.path()).database.string(), ledger::Db::Mode::ReadOnly);
        ledger::LedgerStore store(db);
        REQUIRE(store.size() >= durable); // nothing reported durable is missing
    }

    ledger::Db db(station::DataPaths(dir.path()).database.string(), ledger::Db::Mode::ReadOnly);
    auto report = ledger::verifyLedger(db, {});
    INFO((report.problem ? report.problem->message : std::string()));
    CHECK(report.ok());
    CHECK(report.records >= durable);
}

namespace {

[[noreturn]] void payUntilKilled(const std::filesystem::path& dir, int reportFd, int round)
{
    try {
        FixedClock clock(childClockMs(test::kNovember2026Ms, round + 1));
        auto st = station::Station::open(dir, clock, test::fastOptions());
        for (std::int64_t i = 0;; ++i) {
            station::PaymentRequest request;
            request.operatorId = "ana";
            request.requestId = "crash-" + std::to_string(round) + "-" + std::to_string(i);
            request.fees.emplace_back("NOTARY", 1);
            request.tenders.push_back({TenderKind::Cash, Money::fromCents(500), ""});
            auto outcome = st->payments().takePayment(request);
            reportSeq(reportFd, outcome.seq);
        }
    } catch (const std::exception& e) {
        reportFailure(reportFd, e.what());
    } catch (...) {
        reportFailure(reportFd, "unknown exception");
    }
}

} // namespace

TEST_CASE("receipt numbers stay gap-free across SIGKILL - and projections still match the ledger")
{
    test::DemoStation demo({.stationId = "CRASH-02"});
    const auto& dir = demo.dir;
    auto& st = demo.st;
    // The children pay $5 in cash until killed: on a fast disk they pass the default cash levels (a drop required after
    // $3,000.00) within a few hundred payments, and a refused payment is not what this test is about.
    st->settings().changeSetting("ada", "drawer.pickup_warn", 100'000'000);
    st->settings().changeSetting("ada", "drawer.pickup_require", 100'000'000);
    st->drawers().openDrawer("ana", test::rolled(st->settings().moneySetting("drawer.float")));
    st.reset(); // the children open the station themselves
    std::mt19937 random(7);
    std::uniform_int_distribution<int> delayUs(0, 30'000);
    std::uint64_t durable = 0;
    for (int round = 0; round < 25; ++round) {
        INFO("round " << round);
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            payUntilKilled(dir.path(), fds[1], round);
        }
        ::close(fds[1]);
        ChildReport report;
        readReport(fds[0], report, false); // killed while paying, not while opening the station
        if (!report.closed)
            ::usleep(static_cast<useconds_t>(delayUs(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        readReport(fds[0], report, true);
        ::close(fds[0]);
        INFO("child said: " << report.failure);
        REQUIRE(report.failure.empty());
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(report.highest > durable);
        durable = report.highest;
    }
    station::DataPaths paths(dir.path());
    ledger::Db db(paths.database.string(), ledger::Db::Mode::ReadOnly);
    auto count = db.prepare("SELECT COUNT(*), COALESCE((SELECT value FROM counters WHERE series = 'receipt'), 0), "
                            "(SELECT COUNT(*) FROM ledger_records WHERE kind = 'payment.taken') FROM receipts");
    REQUIRE(count.step());
    CHECK(count.columnInt(0) > 10);
    CHECK(count.columnInt(0) == count.columnInt(1)); // the highest receipt number is the number of receipts
    CHECK(count.columnInt(0) == count.columnInt(2)); // one receipt per payment record
    ledger::LedgerStore store(db);
    CHECK(store.size() >= durable);
    auto rebuilt = station::rebuildAndCompare(paths);
    INFO(rebuilt.difference.value_or(""));
    CHECK_FALSE(rebuilt.difference);
    CHECK(ledger::verifyLedger(db, {}).ok());
}
