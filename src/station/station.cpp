// Station lifecycle (create, open, migrate) and the operator commands.
#include "station/station.h"

#include "core/ids.h"

#include <sys/stat.h>

#include <chrono>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;

namespace {

// Projection schema ladder: index i migrates user_version i to i + 1, one transaction per step.
const char* const kMigrations[] = {
    R"SQL(
CREATE TABLE operators (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('cashier', 'supervisor', 'admin')),
  active INTEGER NOT NULL DEFAULT 1,
  created_seq INTEGER NOT NULL
) STRICT;
-- Secrets are not projections: the ledger records that a PIN was set, never the hash.
CREATE TABLE operator_credentials (
  operator_id TEXT PRIMARY KEY REFERENCES operators(id),
  pin_hash TEXT NOT NULL
) STRICT;
)SQL",
};
constexpr std::int64_t kStationSchemaVersion = std::size(kMigrations);

bool isValidOperatorId(std::string_view id)
{
    if (id.empty() || id.size() > 32 || id == kSystemActor)
        return false;
    for (char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    }
    return true;
}

std::optional<std::string> pinProblem(std::string_view pin)
{
    if (pin.empty())
        return "Enter a PIN.";
    if (pin.size() > kMaxPinLength)
        return "A PIN has at most " + std::to_string(kMaxPinLength) + " digits.";
    for (char c : pin) {
        if (c < '0' || c > '9')
            return std::string("A PIN has digits only.");
    }
    return std::nullopt;
}

void ensurePrivateDir(const fs::path& dir)
{
    fs::create_directories(dir);
    if (::chmod(dir.c_str(), 0700) != 0)
        throw StationUnavailable("cannot restrict " + dir.string() + " to its owner");
}

} // namespace

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return "cashier";
    case Role::Supervisor:
        return "supervisor";
    case Role::Admin:
        return "admin";
    }
    return "cashier";
}

std::optional<Role> parseRole(std::string_view text)
{
    if (text == "cashier")
        return Role::Cashier;
    if (text == "supervisor")
        return Role::Supervisor;
    if (text == "admin")
        return Role::Admin;
    return std::nullopt;
}

std::int64_t SystemClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void Station::create(const fs::path& dir, std::string_view stationId, const Clock& clock)
{
    if (!isValidStationId(stationId))
        throw CommandRefused("station id \"" + std::string(stationId)
                             + "\" must be 1 to 32 characters of A-Z, 0-9 and '-', not starting or ending with '-'");
    DataPaths paths(dir);
    if (fs::exists(paths.database))
        throw CommandRefused("a station already exists in " + dir.string());
    fs::create_directories(dir);
    DirLock lock(paths, "tillctl init");
    ensurePrivateDir(paths.keysDir);
    auto signer = ledger::SoftwareSigner::generate();
    if (fs::exists(paths.privateKey))
        throw CommandRefused(paths.privateKey.string() + " already exists; move it away or choose another directory");
    signer->saveFile(paths.privateKey);
    writeFileAtomically(paths.publicKey, signer->publicKey().pem());
    try {
        ledger::Db db(paths.database.string(), ledger::Db::Mode::Create);
        ledger::Transaction tx(db);
        ledger::LedgerStore::createSchema(db, stationId, clock.nowMs());
        ledger::LedgerStore store(db);
        ledger::LedgerWriter writer(store, *signer, clock);
        writer.appendGenesis(kSystemActor);
        tx.commit();
    } catch (...) {
        std::error_code ignored;
        fs::remove(paths.database, ignored);
        fs::remove(paths.privateKey, ignored);
        fs::remove(paths.publicKey, ignored);
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

std::unique_ptr<Station> Station::open(const fs::path& dir, const Clock& clock, Options options)
{
    DataPaths paths(dir);
    openLedgerReadOnly(paths); // the clear sentences for missing, foreign and newer files
    auto lock = std::make_unique<DirLock>(paths, options.program);
    auto db = std::make_unique<ledger::Db>(paths.database.string(), ledger::Db::Mode::ReadWrite);
    ledger::LedgerStore store(*db);
    auto ledgerKey = ledger::currentLedgerKey(store);
    if (!ledgerKey)
        throw StationUnavailable(paths.database.string() + " has no genesis record");
    std::unique_ptr<ledger::SoftwareSigner> signer = ledger::SoftwareSigner::loadFile(paths.privateKey);
    if (signer->publicKey().keyId() != ledgerKey->key.keyId() && fs::exists(paths.nextKey)) {
        // A rotation committed but the new key was not yet moved into place.
        auto next = ledger::SoftwareSigner::loadFile(paths.nextKey);
        if (next->publicKey().keyId() == ledgerKey->key.keyId()) {
            fs::rename(paths.nextKey, paths.privateKey);
            writeFileAtomically(paths.publicKey, next->publicKey().pem());
            signer = std::move(next);
        }
    }
    if (signer->publicKey().keyId() != ledgerKey->key.keyId())
        throw ledger::KeyFileError("the key file " + paths.privateKey.string() + " (key id "
                                   + ledger::toHex(std::span(signer->publicKey().keyId()).first(8))
                                   + ") is not the key this ledger uses since seq " + std::to_string(ledgerKey->seq)
                                   + " (key id " + ledger::toHex(std::span(ledgerKey->key.keyId()).first(8))
                                   + "); restore the station's own key file");
    return std::unique_ptr<Station>(
        new Station(std::move(paths), std::move(lock), std::move(db), std::move(signer), clock, std::move(options)));
}

Station::Station(DataPaths paths, std::unique_ptr<DirLock> lock, std::unique_ptr<ledger::Db> db,
                 std::unique_ptr<ledger::SoftwareSigner> signer, const Clock& clock, Options options)
    : m_paths(std::move(paths))
    , m_lock(std::move(lock))
    , m_db(std::move(db))
    , m_store(std::make_unique<ledger::LedgerStore>(*m_db))
    , m_signer(std::move(signer))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_writer(std::make_unique<ledger::LedgerWriter>(*m_store, *m_signer, m_clock))
    , m_stationId(m_store->station())
{
    migrate();
}

Station::~Station() = default;

void Station::migrate()
{
    std::int64_t version = m_db->pragmaInt("user_version");
    if (version > kStationSchemaVersion)
        throw ledger::FormatError(m_paths.database.string() + " was written by a newer Tillbook (station schema "
                                  + std::to_string(version) + "; this build knows up to "
                                  + std::to_string(kStationSchemaVersion) + ")");
    for (; version < kStationSchemaVersion; ++version) {
        ledger::Transaction tx(*m_db);
        m_db->exec(kMigrations[version]);
        m_db->exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

template <typename Apply>
Record Station::commit(std::string_view kind, std::string_view actor, std::string_view approver,
                       const nlohmann::json& body, Apply apply)
{
    ledger::Transaction tx(*m_db);
    Record record = m_writer->append(kind, actor, approver, body);
    apply(record);
    tx.commit();
    return record;
}

std::vector<OperatorInfo> Station::operators(bool includeDisabled)
{
    auto st = m_db->prepare("SELECT id, name, role, active FROM operators WHERE active = 1 OR ? ORDER BY name");
    st.bind(1, static_cast<std::int64_t>(includeDisabled));
    std::vector<OperatorInfo> out;
    while (st.step()) {
        out.push_back(OperatorInfo{st.columnText(0), st.columnText(1),
                                   parseRole(st.columnTextView(2)).value_or(Role::Cashier), st.columnInt(3) != 0});
    }
    return out;
}

std::optional<OperatorInfo> Station::findOperator(std::string_view id)
{
    auto st = m_db->prepare("SELECT id, name, role, active FROM operators WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return OperatorInfo{st.columnText(0), st.columnText(1), parseRole(st.columnTextView(2)).value_or(Role::Cashier),
                        st.columnInt(3) != 0};
}

Record Station::addOperator(std::string_view actor, std::string_view id, std::string_view name, Role role,
                            std::string_view pin)
{
    if (!isValidOperatorId(id))
        throw CommandRefused("operator id \"" + std::string(id)
                             + "\" must be 1 to 32 characters of a-z, 0-9, '.', '_' and '-'");
    if (name.empty() || name.size() > 80)
        throw CommandRefused("an operator's name must be 1 to 80 characters");
    if (auto problem = pinProblem(pin))
        throw CommandRefused(*problem);
    if (pin.size() < kMinPinLength)
        throw CommandRefused("A PIN has at least " + std::to_string(kMinPinLength) + " digits.");
    if (findOperator(id))
        throw CommandRefused("operator \"" + std::string(id) + "\" already exists");
    std::string pinHash = hashPin(pin, m_options.scrypt); // slow on purpose: outside the transaction
    nlohmann::json body = {{"id", id}, {"name", name}, {"role", roleName(role)}, {"pin_set", true}};
    return commit("operator.added", actor, "", body, [&](const Record& record) {
        auto insert = m_db->prepare("INSERT INTO operators(id, name, role, active, created_seq) VALUES (?, ?, ?, 1, ?)");
        insert.bind(1, id).bind(2, name).bind(3, roleName(role)).bind(4, static_cast<std::int64_t>(record.seq)).run();
        auto credential = m_db->prepare("INSERT INTO operator_credentials(operator_id, pin_hash) VALUES (?, ?)");
        credential.bind(1, id).bind(2, pinHash).run();
    });
}

SignInResult Station::signIn(std::string_view operatorId, std::string_view pin)
{
    auto op = findOperator(operatorId);
    if (!op || !op->active)
        return {false, op ? "This operator is disabled." : "Unknown operator.", std::nullopt};
    if (auto problem = pinProblem(pin)) {
        commit("session.sign_in_failed", operatorId, "", {{"reason", "malformed_pin"}}, [](const Record&) {});
        return {false, *problem, std::nullopt};
    }
    auto st = m_db->prepare("SELECT pin_hash FROM operator_credentials WHERE operator_id = ?");
    st.bind(1, operatorId);
    bool ok = st.step() && checkPin(pin, st.columnTextView(0));
    if (!ok) {
        commit("session.sign_in_failed", operatorId, "", {{"reason", "wrong_pin"}}, [](const Record&) {});
        return {false, "Wrong PIN. Try again.", std::nullopt};
    }
    commit("session.signed_in", operatorId, "", {{"role", roleName(op->role)}}, [](const Record&) {});
    return {true, {}, op};
}

Record Station::signOut(std::string_view operatorId)
{
    return commit("session.signed_out", operatorId, "", nlohmann::json::object(), [](const Record&) {});
}

ledger::Checkpoint Station::checkpoint(std::string_view actor)
{
    ledger::Transaction tx(*m_db);
    auto [record, checkpoint] = m_writer->appendCheckpoint(actor);
    tx.commit();
    // The witness outside the database: a truncated ledger cannot hide from it.
    writeFileAtomically(m_paths.latestCheckpoint, ledger::formatCheckpointNote(checkpoint));
    return checkpoint;
}

Record Station::rotateKey(std::string_view actor, std::string_view reason)
{
    auto next = ledger::SoftwareSigner::generate();
    std::error_code ignored;
    fs::remove(m_paths.nextKey, ignored);
    next->saveFile(m_paths.nextKey);
    ledger::Transaction tx(*m_db);
    Record record = m_writer->appendKeyRotation(*next, actor, reason);
    tx.commit();
    // Durable from here: the ledger names the new key. open() finishes this rename if we crash now.
    fs::rename(m_paths.nextKey, m_paths.privateKey);
    writeFileAtomically(m_paths.publicKey, next->publicKey().pem());
    m_signer = std::move(next);
    m_writer->setSigner(*m_signer);
    return record;
}

} // namespace tillbook::station
