// Crash safety: a writer killed with SIGKILL at random moments never leaves a partial record, never loses one it
// reported durable, and the ledger still verifies.
#include "ledger/ledger_fixture.h"
#include "station/demo.h"
#include "station/rebuild.h"
#include "station/station.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

using namespace tillbook;

namespace {

// Child: append records forever, writing each seq to the pipe only after its transaction committed.
[[noreturn]] void appendUntilKilled(const std::filesystem::path& dir, int reportFd)
{
    try {
        FixedClock clock(1'767'225'600'000 + static_cast<std::int64_t>(::getpid()));
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
            std::uint64_t seq = record.seq;
            if (::write(reportFd, &seq, sizeof seq) != sizeof seq)
                ::_exit(3);
        }
    } catch (...) {
        ::_exit(2);
    }
}

} // namespace

TEST_CASE("SIGKILL during appends loses nothing reported durable and leaves no partial record")
{
    test::TempDir dir;
    FixedClock clock;
    station::Station::create(dir.path(), "CRASH-01", clock);
    std::mt19937 random(20261127);
    std::uniform_int_distribution<int> delayUs(500, 40'000);
    std::uint64_t durable = 1;
    int kills = 0;

    for (int round = 0; round < 60; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            appendUntilKilled(dir.path(), fds[1]);
        }
        ::close(fds[1]);
        ::usleep(static_cast<useconds_t>(delayUs(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        // Exit code 2/3 would mean the child failed on its own rather than being killed.
        REQUIRE(WIFSIGNALED(status));
        ++kills;
        std::uint64_t seq = 0;
        while (::read(fds[0], &seq, sizeof seq) == sizeof seq)
            durable = std::max(durable, seq);
        ::close(fds[0]);

        ledger::Db db(station::DataPaths(dir.path()).database.string(), ledger::Db::Mode::ReadOnly);
        ledger::LedgerStore store(db);
        INFO("round " << round);
        REQUIRE(store.size() >= durable); // nothing reported durable is missing
    }
    CHECK(kills >= 50);
    CHECK(durable > 60); // the children did get records in between kills

    ledger::Db db(station::DataPaths(dir.path()).database.string(), ledger::Db::Mode::ReadOnly);
    auto report = ledger::verifyLedger(db, {});
    INFO((report.problem ? report.problem->message : std::string()));
    CHECK(report.ok());
    CHECK(report.records >= durable);
}

namespace {

[[noreturn]] void payUntilKilled(const std::filesystem::path& dir, int reportFd)
{
    try {
        FixedClock clock(1'793'520'000'000 + static_cast<std::int64_t>(::getpid()));
        station::Station::Options options;
        options.scrypt.n = 1024;
        auto st = station::Station::open(dir, clock, options);
        for (std::int64_t i = 0;; ++i) {
            station::PaymentRequest request;
            request.operatorId = "ana";
            request.requestId = "crash-" + std::to_string(::getpid()) + "-" + std::to_string(i);
            request.fees.emplace_back("NOTARY", 1);
            request.tenders.push_back({TenderKind::Cash, Money::fromCents(500), ""});
            auto outcome = st->takePayment(request);
            std::uint64_t seq = outcome.seq;
            if (::write(reportFd, &seq, sizeof seq) != sizeof seq)
                ::_exit(3);
        }
    } catch (...) {
        ::_exit(2);
    }
}

} // namespace

TEST_CASE("receipt numbers stay gap-free across SIGKILL - and projections still match the ledger")
{
    test::TempDir dir;
    FixedClock clock(1'793'520'000'000);
    station::Station::create(dir.path(), "CRASH-02", clock);
    {
        station::Station::Options options;
        options.scrypt.n = 1024;
        auto st = station::Station::open(dir.path(), clock, options);
        station::seedDemo(*st);
        CashCount openingFloat;
        openingFloat.rolledCoin = Money::fromCents(st->setting("drawer.float_cents"));
        st->openDrawer("ana", openingFloat);
    }
    std::mt19937 random(7);
    std::uniform_int_distribution<int> delayUs(2'000, 60'000);
    std::uint64_t durable = 0;
    for (int round = 0; round < 25; ++round) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(fds[0]);
            payUntilKilled(dir.path(), fds[1]);
        }
        ::close(fds[1]);
        ::usleep(static_cast<useconds_t>(delayUs(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFSIGNALED(status));
        std::uint64_t seq = 0;
        while (::read(fds[0], &seq, sizeof seq) == sizeof seq)
            durable = std::max(durable, seq);
        ::close(fds[0]);
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
