// Files an attacker or a full disk cannot abuse: modes, the PIN secret, temporaries, checkpoint copies, key rotation
// interrupted by a kill, and the single-writer lock.
#include "ledger/verifier.h"
#include "station/services.h"
#include "support/station_fixture.h"

#include <catch2/catch.hpp>

#include <openssl/evp.h>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <functional>
#include <sstream>

using namespace tillbook;
using station::Station;
namespace fs = std::filesystem;

namespace {

using test::fastOptions;

unsigned modeOf(const fs::path& path)
{
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 0777;
}

std::string contents(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writePlain(const fs::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> temporariesIn(const fs::path& dir)
{
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.path().filename().string().find(".tmp") != std::string::npos)
            found.push_back(entry.path().string());
    }
    return found;
}

// Sets the umask for one test and puts it back.
struct Umask {
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;
    mode_t old;
};

std::vector<std::string> splitHash(const std::string& stored)
{
    std::vector<std::string> parts;
    std::stringstream in(stored);
    std::string part;
    while (std::getline(in, part, '$'))
        parts.push_back(part);
    return parts;
}

// What a station from before the PIN secret stored: plain scrypt of the PIN.
std::string plainScrypt(const std::string& pin, const ledger::Bytes& salt, std::uint64_t n)
{
    ledger::Bytes out(32);
    REQUIRE(EVP_PBE_scrypt(pin.data(), pin.size(), salt.data(), salt.size(), n, 8, 1, 0, out.data(), out.size()) == 1);
    return ledger::toBase64(out);
}

std::string storedPinHash(const fs::path& dir, const std::string& operatorId)
{
    ledger::Db db(station::DataPaths(dir).database.string(), ledger::Db::Mode::ReadOnly);
    auto st = db.prepare("SELECT pin_hash FROM operator_credentials WHERE operator_id = ?");
    st.bind(1, operatorId);
    REQUIRE(st.step());
    return st.columnText(0);
}

// Runs `work` in a child process whose files cannot grow past `limitBytes`: a full disk, which root cannot bypass
// the way it bypasses a read-only directory. Exit codes: 0 the write failed with "File too large", 1 it succeeded,
// 2 it failed some other way.
int withFileSizeLimit(rlim_t limitBytes, const std::function<void()>& prepare, const std::function<void()>& work)
{
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        try {
            prepare();
            ::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of killing the process
            rlimit limit{limitBytes, limitBytes};
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
                ::_exit(3);
            work();
        } catch (const std::exception& e) {
            ::_exit(std::string(e.what()).find("File too large") != std::string::npos ? 0 : 2);
        }
        ::_exit(1);
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

// What tillctl verify does: the ledger against the station's own key files.
ledger::VerifyReport verifyLikeTillctl(const fs::path& dir)
{
    station::DataPaths paths(dir);
    auto db = station::openLedgerReadOnly(paths);
    ledger::VerifyOptions options;
    if (auto keyFile = station::stationKeyFile(paths, *db)) {
        options.expectedCurrentKeyId = keyFile->keyId;
        options.expectedCurrentKeyName = keyFile->name;
    }
    return ledger::verifyLedger(*db, options);
}

} // namespace

TEST_CASE("the data directory is 0700 and the database with its WAL files 0600, new or from an older station")
{
    Umask umask(022); // what most machines have: 0755 directories and 0644 files unless Tillbook says otherwise
    test::TempDir parent;
    const fs::path dir = parent.path() / "station";
    FixedClock clock;
    Station::create(dir, "TEST-01", clock);
    station::DataPaths paths(dir);
    CHECK(modeOf(dir) == 0700);
    CHECK(modeOf(paths.database) == 0600);
    CHECK(modeOf(paths.keysDir) == 0700);
    CHECK(modeOf(paths.privateKey) == 0600);
    {
        auto st = Station::open(dir, clock, fastOptions());
        st->ledger().checkpoint("system"); // a write: the WAL files exist while it is open
        REQUIRE(fs::exists(paths.database.string() + "-wal"));
        CHECK(modeOf(paths.database.string() + "-wal") == 0600);
        CHECK(modeOf(paths.database.string() + "-shm") == 0600);
        CHECK(modeOf(paths.lockFile) == 0600);
    }

    // A station from before: everything readable by every local user, and WAL files made while it was so.
    REQUIRE(::chmod(dir.c_str(), 0755) == 0);
    REQUIRE(::chmod(paths.database.c_str(), 0644) == 0);
    ledger::Db otherConnection(paths.database.string(), ledger::Db::Mode::ReadWrite);
    REQUIRE(modeOf(paths.database.string() + "-wal") == 0644);
    REQUIRE(modeOf(paths.database.string() + "-shm") == 0644);
    auto st = Station::open(dir, clock, fastOptions());
    CHECK(modeOf(dir) == 0700);
    CHECK(modeOf(paths.database) == 0600);
    CHECK(modeOf(paths.database.string() + "-wal") == 0600);
    CHECK(modeOf(paths.database.string() + "-shm") == 0600);

    // A directory like /tmp is never made the station's own.
    const fs::path shared = parent.path() / "shared";
    fs::create_directories(shared);
    REQUIRE(::chmod(shared.c_str(), 01777) == 0);
    CHECK_THROWS_WITH(Station::create(shared, "TEST-02", clock), Catch::Contains("is a directory shared with other users"));
    CHECK(modeOf(shared) == 0777);
    CHECK(fs::is_empty(shared));
}

TEST_CASE("a copy of the database alone does not verify a PIN")
{
    test::TempDir original;
    FixedClock clock;
    Station::create(original.path(), "TEST-01", clock);
    {
        auto st = Station::open(original.path(), clock, fastOptions());
        st->operators().addOperator("system", "ana", "Ana", station::Role::Cashier, "1234");
        REQUIRE(st->operators().signIn("ana", "1234").ok);
    }
    // The stored hash is not scrypt of the PIN: a 4-digit PIN cannot be searched for with the database alone.
    std::string stored = storedPinHash(original.path(), "ana");
    auto parts = splitHash(stored);
    REQUIRE(parts.size() == 6);
    auto salt = ledger::fromBase64(parts[4]);
    REQUIRE(salt);
    CHECK(parts[5] != plainScrypt("1234", *salt, std::stoull(parts[1])));

    // The database and the signing key copied to another directory, whose PIN secret is another one.
    test::TempDir copy;
    station::DataPaths from(original.path()), to(copy.path());
    fs::create_directories(to.keysDir);
    fs::copy_file(from.database, to.database);
    fs::copy_file(from.privateKey, to.privateKey);
    fs::copy_file(from.publicKey, to.publicKey);
    const fs::path otherSecret = to.keysDir / "pin.secret";
    writePlain(otherSecret, std::string(32, 'x'));
    REQUIRE(::chmod(otherSecret.c_str(), 0600) == 0);
    REQUIRE(::chmod(to.privateKey.c_str(), 0600) == 0);
    auto st = Station::open(copy.path(), clock, fastOptions());
    auto result = st->operators().signIn("ana", "1234");
    CHECK_FALSE(result.ok);
    CHECK(tillbook::englishOf(result.message) == "Wrong PIN. 4 tries left before Ana is locked out.");
}

TEST_CASE("PIN hashes are keyed with the station's secret and one from before the secret is keyed at the next sign-in")
{
    auto secret = station::PinSecret::generate();
    auto other = station::PinSecret::generate();
    station::ScryptParams params;
    params.n = 1024;
    std::string stored = station::hashPin("2468", secret, params);
    CHECK(stored.rfind("scrypt-hmac$1024$8$1$", 0) == 0);
    CHECK(station::checkPin("2468", stored, secret) == station::PinMatch::Yes);
    CHECK(station::checkPin("2469", stored, secret) == station::PinMatch::No);
    CHECK(station::checkPin("2468", stored, other) == station::PinMatch::No);
    CHECK(station::checkPin("2468", "scrypt-hmac$1024$8$1$AAAA$", secret) == station::PinMatch::No);

    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    {
        auto st = Station::open(dir.path(), clock, fastOptions());
        st->operators().addOperator("system", "ana", "Ana", station::Role::Cashier, "1234");
    }
    // Ana's PIN as a station from before the secret stored it.
    ledger::Bytes salt(16, 7);
    std::string old = "scrypt$1024$8$1$" + ledger::toBase64(salt) + "$" + plainScrypt("1234", salt, 1024);
    {
        ledger::Db db(station::DataPaths(dir.path()).database.string(), ledger::Db::Mode::ReadWrite);
        db.prepare("UPDATE operator_credentials SET pin_hash = ? WHERE operator_id = 'ana'").bind(1, old).run();
    }
    auto st = Station::open(dir.path(), clock, fastOptions());
    CHECK_FALSE(st->operators().signIn("ana", "4321").ok);
    CHECK(storedPinHash(dir.path(), "ana") == old); // a wrong PIN changes nothing
    std::uint64_t before = st->store().size();
    REQUIRE(st->operators().signIn("ana", "1234").ok);
    CHECK(st->store().size() == before + 1); // the sign-in only: keying the hash is not a PIN change
    CHECK(st->store().last()->kind == "session.signed_in");
    std::string keyed = storedPinHash(dir.path(), "ana");
    CHECK(keyed.rfind("scrypt-hmac$", 0) == 0);
    CHECK(station::PinSecret::load(st->paths().pinSecret).bytes().size() == 32);
    CHECK(st->operators().signIn("ana", "1234").ok);
    CHECK(storedPinHash(dir.path(), "ana") == keyed);
}

TEST_CASE("the PIN secret: created 0600 for an older station, and a missing one that hashes need stops the station")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    station::DataPaths paths(dir.path());
    CHECK(modeOf(paths.pinSecret) == 0600);

    fs::remove(paths.pinSecret); // a station from before the secret, with no operators yet
    Station::open(dir.path(), clock, fastOptions())
        ->operators().addOperator("system", "ana", "Ana", station::Role::Cashier, "1234");
    REQUIRE(fs::exists(paths.pinSecret));
    CHECK(modeOf(paths.pinSecret) == 0600);

    fs::remove(paths.pinSecret); // lost: a new one would make every PIN wrong without saying why
    CHECK_THROWS_WITH(Station::open(dir.path(), clock, fastOptions()),
                      Catch::Contains("PIN secret " + paths.pinSecret.string() + " is missing")
                          && Catch::Contains("restore it from the backup"));

    writePlain(paths.pinSecret, std::string(32, 'x'));
    REQUIRE(::chmod(paths.pinSecret.c_str(), 0644) == 0);
    CHECK_THROWS_WITH(Station::open(dir.path(), clock, fastOptions()), Catch::Contains("can be read by other users"));
}

TEST_CASE("a link planted at the temporary name or at the target is never followed")
{
    test::TempDir dir;
    const fs::path victim = dir.path() / "victim.txt";
    const fs::path out = dir.path() / "payments.csv";
    writePlain(victim, "precious");
    fs::path planted = out;
    planted += ".tmp";
    fs::create_symlink(victim, planted);

    station::writeFileAtomically(out, "account,amount\n");
    CHECK(contents(victim) == "precious");
    CHECK_FALSE(fs::is_symlink(out));
    CHECK(contents(out) == "account,amount\n");
    CHECK(fs::is_symlink(planted)); // left alone, not written through

    fs::remove(out);
    fs::create_symlink(victim, out);
    station::writeFileAtomically(out, "again\n");
    CHECK(contents(victim) == "precious");
    CHECK_FALSE(fs::is_symlink(out)); // the link itself is replaced
    CHECK(contents(out) == "again\n");
}

TEST_CASE("a write that runs out of space leaves no temporary file and the old file as it was")
{
    test::TempDir dir;
    const fs::path out = dir.path() / "export.csv";
    writePlain(out, "the previous export\n");
    int outcome = withFileSizeLimit(64 * 1024, [] {}, [&] {
        station::writeFileAtomically(out, std::string(1'600'000, 'x'));
    });
    CHECK(outcome == 0);
    CHECK(temporariesIn(dir.path()).empty());
    CHECK(contents(out) == "the previous export\n");
}

TEST_CASE("a signing key that cannot be written whole is not left half-written")
{
    test::TempDir dir;
    const fs::path key = dir.path() / "next.key";
    auto signer = ledger::SoftwareSigner::generate();
    CHECK(withFileSizeLimit(100, [] {}, [&] { signer->saveFile(key); }) == 0);
    CHECK_FALSE(fs::exists(key));
}

TEST_CASE("an import that runs out of space leaves no staging file in imports/ and records nothing")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    std::uint64_t before = Station::open(dir.path(), clock, fastOptions())->store().size();
    std::string csv = "number,name,status\n";
    for (int i = 0; i < 40'000; ++i)
        csv += std::to_string(500'000 + i) + ",Customer number " + std::to_string(i) + ",active\n";
    std::unique_ptr<Station> st;
    int outcome = withFileSizeLimit(
        256 * 1024, [&] { st = Station::open(dir.path(), clock, fastOptions()); },
        [&] { st->accounts().importAccounts("system", csv, "accounts.csv"); });
    CHECK(outcome == 0);
    station::DataPaths paths(dir.path());
    CHECK(temporariesIn(dir.path()).empty());
    CHECK((!fs::exists(paths.importsDir) || fs::is_empty(paths.importsDir)));
    CHECK(Station::open(dir.path(), clock, fastOptions())->store().size() == before);
}

TEST_CASE("a checkpoint whose copy cannot be written says it is recorded in the ledger, where the copy failed and why")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    station::DataPaths paths(dir.path());
    writePlain(paths.latestCheckpoint.parent_path(), "a file where the checkpoints directory should be");
    auto st = Station::open(dir.path(), clock, fastOptions());
    std::uint64_t before = st->store().size();
    try {
        st->ledger().checkpoint("system");
        FAIL("the checkpoint reported success without its copy");
    } catch (const std::exception& e) {
        std::string message = e.what();
        CHECK_THAT(message, Catch::Contains("recorded in the ledger (seq " + std::to_string(before + 1) + ")"));
        CHECK_THAT(message,
                   Catch::Contains("its copy at " + paths.latestCheckpoint.string() + " could not be written: "));
        CHECK_THAT(message, Catch::Contains("cannot create its directory"));
    }
    CHECK(st->store().size() == before + 1);
    CHECK(st->store().last()->kind == ledger::kKindCheckpoint);
}

TEST_CASE("a key rotation killed at any step leaves a station that opens and verifies")
{
    const std::string step = GENERATE(as<std::string>{}, "rotation.key_written", "rotation.committed");
    INFO("killed after " << step);
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    station::DataPaths paths(dir.path());
    auto keyBefore = Station::open(dir.path(), clock, fastOptions())->publicKey().keyId();

    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        try {
            auto options = fastOptions();
            options.afterStep = [&](std::string_view at) {
                if (at == step)
                    ::raise(SIGKILL);
            };
            Station::open(dir.path(), clock, options)->ledger().rotateKey("system", "scheduled");
        } catch (...) {
            ::_exit(2);
        }
        ::_exit(3); // the step never came
    }
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(fs::exists(paths.nextKey));

    // verify first, before anything finishes the rotation: a kill is not tampering.
    auto report = verifyLikeTillctl(dir.path());
    INFO((report.problem ? report.problem->message : std::string()));
    CHECK(report.ok());

    auto st = Station::open(dir.path(), clock, fastOptions());
    bool committed = step == "rotation.committed";
    CHECK((st->store().last()->kind == ledger::kKindKeyRotate) == committed);
    CHECK((st->publicKey().keyId() != keyBefore) == committed);
    if (committed)
        CHECK_FALSE(fs::exists(paths.nextKey)); // open finished the rename
    CHECK(ledger::PublicKey::fromPem(contents(paths.publicKey)).keyId() == st->publicKey().keyId());
    st->ledger().checkpoint("system");
    st.reset();
    auto after = verifyLikeTillctl(dir.path());
    INFO((after.problem ? after.problem->message : std::string()));
    CHECK(after.ok());
}

TEST_CASE("deleting the lock file does not let a second writer in")
{
    test::TempDir dir;
    FixedClock clock;
    Station::create(dir.path(), "TEST-01", clock);
    station::DataPaths paths(dir.path());
    auto first = Station::open(dir.path(), clock, fastOptions());
    REQUIRE(fs::exists(paths.lockFile));
    fs::remove(paths.lockFile);
    CHECK_THROWS_AS(Station::open(dir.path(), clock, fastOptions()), station::StationBusy);
    CHECK_THROWS_WITH(Station::open(dir.path(), clock, fastOptions()), Catch::Contains("is in use by another process"));
    first.reset();
    CHECK_NOTHROW(Station::open(dir.path(), clock, fastOptions()));
}
