// Station lifecycle (create, open, migrate) and the operator commands.
#include "station/station.h"

#include "station/projector.h"
#include "station/schema.h"
#include "station/services.h"

#include "core/ids.h"
#include "core/text.h"
#include "printing/cups.h"
#include "station/schema.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;

namespace {





void restrictTo(const fs::path& path, mode_t mode, bool mayBeMissing)
{
    if (::chmod(path.c_str(), mode) != 0 && !(mayBeMissing && errno == ENOENT))
        throw StationUnavailable("cannot restrict " + path.string() + " to its owner: " + std::strerror(errno));
}

// A directory shared with other users (/tmp and its like: sticky) is never chmod-ed: the station needs its own.
void ensurePrivateDir(const fs::path& dir)
{
    fs::create_directories(dir);
    struct stat info {};
    if (::stat(dir.c_str(), &info) == 0 && (info.st_mode & S_ISVTX) != 0)
        throw StationUnavailable(dir.string() + " is a directory shared with other users; give the station a directory "
                                                "of its own, such as " + (dir / "tillbook").string());
    restrictTo(dir, 0700, false);
}

// Only the station's own user may read its files: the database holds PIN hashes and customer data. Stations created
// before this had 0755 and 0644 (umask), so open tightens them too. SQLite gives -wal and -shm the database's mode.
void restrictDataFiles(const DataPaths& paths)
{
    ensurePrivateDir(paths.dir);
    restrictTo(paths.keysDir, 0700, true);
    restrictTo(paths.database, 0600, false);
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        restrictTo(paths.database.string() + suffix, 0600, true);
}

// An empty database file created 0600, before SQLite creates it with its default 0644.
void createPrivateFile(const fs::path& path)
{
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StationUnavailable("cannot create " + path.string() + ": " + std::strerror(errno));
    ::close(fd);
}

// Puts a rotation's new key in place once the ledger names it: next.key becomes station.key, durably.

// keys/pin.secret. A station from before it gets one now, unless PIN hashes already need the one that is missing:
// a new secret would lock every operator out without saying why.
std::unique_ptr<PinSecret> openPinSecret(const DataPaths& paths, ledger::Db& db)
{
    if (fs::exists(fs::symlink_status(paths.pinSecret)))
        return std::make_unique<PinSecret>(PinSecret::load(paths.pinSecret));
    auto keyed = db.prepare("SELECT COUNT(*) FROM operator_credentials WHERE substr(pin_hash, 1, 12) = 'scrypt-hmac$'");
    keyed.step();
    if (keyed.columnInt(0) > 0)
        throw ledger::KeyFileError("the station's PIN secret " + paths.pinSecret.string()
                                   + " is missing and the PIN hashes need it; restore it from the backup of "
                                   + paths.keysDir.string());
    auto secret = std::make_unique<PinSecret>(PinSecret::generate());
    secret->save(paths.pinSecret);
    return secret;
}

} // namespace

void finishKeyRotation(const DataPaths& paths, const ledger::SoftwareSigner& next)
{
    fs::rename(paths.nextKey, paths.privateKey);
    syncDirectory(paths.keysDir);
    writeFileAtomically(paths.publicKey, next.publicKey().pem());
}

std::int64_t SystemClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void Station::create(const fs::path& dir, std::string_view stationId, const Clock& clock, Kind kind)
{
    if (!isValidStationId(stationId))
        throw CommandRefused(Msg::StationIdInvalid, {{"id", stationId}});
    DataPaths paths(dir);
    if (fs::exists(paths.database))
        throw CommandRefused(Msg::StationExists, {{"dir", dir.string()}});
    ensurePrivateDir(dir);
    DirLock lock(paths, "tillctl init");
    ensurePrivateDir(paths.keysDir);
    auto signer = ledger::SoftwareSigner::generate();
    if (fs::exists(paths.privateKey))
        throw CommandRefused(Msg::StationKeyExists, {{"path", paths.privateKey.string()}});
    try {
        signer->saveFile(paths.privateKey);
        writeFileAtomically(paths.publicKey, signer->publicKey().pem());
        PinSecret::generate().save(paths.pinSecret);
        syncDirectory(paths.keysDir);
        createPrivateFile(paths.database);
        ledger::Db db(paths.database.string(), ledger::Db::Mode::Create);
        ledger::Transaction tx(db);
        ledger::LedgerStore::createSchema(db, stationId, clock.nowMs());
        ledger::LedgerStore store(db);
        ledger::LedgerWriter writer(store, *signer, clock);
        writer.appendGenesis(kSystemActor);
        if (kind == Kind::Demo)
            writer.append(kKindStationDemo, kSystemActor, "",
                          {{"note", "demo station: its operators and PINs are published; not for real money"}});
        tx.commit();
    } catch (...) {
        std::error_code ignored;
        fs::remove(paths.database, ignored);
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            fs::remove(paths.database.string() + suffix, ignored);
        fs::remove(paths.privateKey, ignored);
        fs::remove(paths.publicKey, ignored);
        fs::remove(paths.pinSecret, ignored);
        throw;
    }
}

std::unique_ptr<ledger::Db> openLedgerReadOnly(const DataPaths& paths)
{
    if (!fs::exists(paths.database))
        throw StationUnavailable("there is no Tillbook station in " + paths.dir.string()
                                 + "; create one with: tillctl init --data " + paths.dir.string() + " --station ID");
    std::unique_ptr<ledger::Db> db;
    try {
        db = std::make_unique<ledger::Db>(paths.database.string(), ledger::Db::Mode::ReadOnly);
    } catch (const ledger::StorageError&) {
        throw ledger::FormatError(paths.database.string() + " is not a Tillbook database (it is not an SQLite file)");
    }
    ledger::LedgerStore check(*db); // throws FormatError for a foreign or newer file
    return db;
}

std::optional<StationKeyFile> stationKeyFile(const DataPaths& paths, ledger::Db& db)
{
    std::optional<StationKeyFile> found;
    if (fs::exists(paths.privateKey)) {
        found = StationKeyFile{ledger::SoftwareSigner::loadFile(paths.privateKey)->publicKey().keyId(),
                               paths.privateKey.string()};
    } else if (fs::exists(paths.publicKey)) {
        auto pem = readSmallFile(paths.publicKey);
        found = StationKeyFile{ledger::PublicKey::fromPem(pem.value_or("")).keyId(), paths.publicKey.string()};
    }
    if (!found || !fs::exists(paths.nextKey))
        return found;
    std::optional<ledger::KeyIntroduction> current;
    try {
        ledger::LedgerStore store(db);
        current = ledger::currentLedgerKey(store);
    } catch (const std::exception&) {
        return found; // a damaged key record: the verifier reports it
    }
    if (current && current->key.keyId() != found->keyId) {
        auto next = ledger::SoftwareSigner::loadFile(paths.nextKey);
        if (next->publicKey().keyId() == current->key.keyId())
            found = StationKeyFile{next->publicKey().keyId(),
                                   paths.nextKey.string() + " (a key rotation the next open puts in place)"};
    }
    return found;
}

std::unique_ptr<Station> Station::open(const fs::path& dir, const Clock& clock, Options options)
{
    DataPaths paths(dir);
    openLedgerReadOnly(paths); // the clear sentences for missing, foreign and newer files
    auto lock = std::make_unique<DirLock>(paths, options.program);
    return openLocked(std::move(paths), std::move(lock), clock, std::move(options));
}

std::unique_ptr<Station> Station::openBeside(const Station& owner)
{
    return openLocked(owner.paths(), nullptr, owner.clock(), owner.m_ctx->options());
}

std::unique_ptr<Station> Station::openLocked(DataPaths paths, std::unique_ptr<DirLock> lock, const Clock& clock,
                                             Options options)
{
    restrictDataFiles(paths);
    auto db = std::make_unique<ledger::Db>(paths.database.string(), ledger::Db::Mode::ReadWrite);
    // The store's prepared statements must be gone before the station takes the database: if opening the station
    // throws, its connection closes with nothing left on it (else sqlite3_close fails and the connection leaks).
    auto ledgerKey = [&] {
        ledger::LedgerStore store(*db);
        return ledger::currentLedgerKey(store);
    }();
    if (!ledgerKey)
        throw StationUnavailable(paths.database.string() + " has no genesis record");
    std::unique_ptr<ledger::SoftwareSigner> signer = ledger::SoftwareSigner::loadFile(paths.privateKey);
    if (signer->publicKey().keyId() != ledgerKey->key.keyId() && fs::exists(paths.nextKey)) {
        // A rotation committed but the new key was not yet moved into place.
        auto next = ledger::SoftwareSigner::loadFile(paths.nextKey);
        if (next->publicKey().keyId() == ledgerKey->key.keyId()) {
            // Only the holder of the lock moves key files: a handle beside it (openBeside) may be opened while the
            // owner's own rotation is between its commit and its rename, and uses next.key as it is.
            if (lock)
                finishKeyRotation(paths, *next);
            signer = std::move(next);
        }
    }
    if (signer->publicKey().keyId() != ledgerKey->key.keyId())
        throw ledger::KeyFileError("the key file " + paths.privateKey.string() + " (key id "
                                   + ledger::toHex(std::span(signer->publicKey().keyId()).first(8))
                                   + ") is not the key this ledger uses since seq " + std::to_string(ledgerKey->seq)
                                   + " (key id " + ledger::toHex(std::span(ledgerKey->key.keyId()).first(8))
                                   + "); restore the station's own key file");
    auto context = std::make_unique<CommandContext>(std::move(paths), std::move(lock), std::move(db), std::move(signer),
                                                    clock, std::move(options));
    return std::unique_ptr<Station>(new Station(std::move(context)));
}

std::unique_ptr<Station> Station::replay(const std::vector<ledger::Record>& records, const Clock& clock)
{
    if (records.empty() || records.front().seq != 1)
        throw std::logic_error("a station is replayed from its first record");
    auto db = std::make_unique<ledger::Db>(":memory:", ledger::Db::Mode::Create);
    // The import files stay at the station, so the accounts they made are not here, yet a service order's deposit
    // bill names one (bills.account references accounts): the replay's projections are partial by design.
    db->exec("PRAGMA foreign_keys = OFF");
    {
        ledger::Transaction tx(*db);
        ledger::LedgerStore::createSchema(*db, records.front().station, records.front().timeMs);
        ledger::LedgerStore store(*db);
        for (const ledger::Record& r : records)
            store.insert(r);
        tx.commit();
    }
    migrateProjections(*db, "a replayed station");
    // The paths name no directory of this machine's: nothing is read or written beside the memory database.
    DataPaths paths(fs::path("/nonexistent/tillbook-replay"));
    // A key of its own that no ledger knows: nothing it could sign would verify (and commit refuses anyway).
    auto context = std::make_unique<CommandContext>(std::move(paths), nullptr, std::move(db),
                                                    ledger::SoftwareSigner::generate(), clock, Options{});
    context->markReplayed();
    {
        ledger::Transaction tx(context->db());
        context->store().forEach(1, [&](const ledger::Record& r) {
            context->projector().apply(r);
            return true;
        });
        tx.commit();
    }
    return std::unique_ptr<Station>(new Station(std::move(context)));
}

Station::Station(std::unique_ptr<CommandContext> context)
    : m_ctx(std::move(context))
    , m_operators(std::make_unique<OperatorService>(*m_ctx, *this))
    , m_accounts(std::make_unique<AccountService>(*m_ctx, *this))
    , m_payments(std::make_unique<PaymentService>(*m_ctx, *this))
    , m_drawers(std::make_unique<DrawerService>(*m_ctx, *this))
    , m_checks(std::make_unique<CheckService>(*m_ctx, *this))
    , m_arrangements(std::make_unique<ArrangementService>(*m_ctx, *this))
    , m_maintenance(std::make_unique<MaintenanceService>(*m_ctx, *this))
    , m_orders(std::make_unique<OrderService>(*m_ctx, *this))
    , m_batches(std::make_unique<BatchService>(*m_ctx, *this))
    , m_review(std::make_unique<ReviewService>(*m_ctx, *this))
    , m_deposits(std::make_unique<DepositService>(*m_ctx, *this))
    , m_reports(std::make_unique<ReportService>(*m_ctx, *this))
    , m_documents(std::make_unique<DocumentService>(*m_ctx, *this))
    , m_ledger(std::make_unique<LedgerService>(*m_ctx, *this))
{
    migrate();
    // After migrate: the credentials table may be new.
    m_ctx->setPinSecret(openPinSecret(m_ctx->paths(), m_ctx->db()));
}

Station::~Station() = default;

void Station::migrate()
{
    // With the data backfills, each in its step's transaction.
    migrateProjections(m_ctx->db(), m_ctx->paths().database.string());
}

} // namespace tillbook::station
