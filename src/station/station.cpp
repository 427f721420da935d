// Station lifecycle (create, open, migrate) and the operator commands.
#include "station/station.h"

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
void finishKeyRotation(const DataPaths& paths, const ledger::SoftwareSigner& next)
{
    fs::rename(paths.nextKey, paths.privateKey);
    syncDirectory(paths.keysDir);
    writeFileAtomically(paths.publicKey, next.publicKey().pem());
}

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

std::int64_t SystemClock::nowMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

void Station::create(const fs::path& dir, std::string_view stationId, const Clock& clock, Kind kind)
{
    if (!isValidStationId(stationId))
        throw CommandRefused("station id \"" + std::string(stationId)
                             + "\" must be 1 to 32 characters of A-Z, 0-9 and '-', not starting or ending with '-'");
    DataPaths paths(dir);
    if (fs::exists(paths.database))
        throw CommandRefused("a station already exists in " + dir.string());
    ensurePrivateDir(dir);
    DirLock lock(paths, "tillctl init");
    ensurePrivateDir(paths.keysDir);
    auto signer = ledger::SoftwareSigner::generate();
    if (fs::exists(paths.privateKey))
        throw CommandRefused(paths.privateKey.string() + " already exists; move it away or choose another directory");
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
    restrictDataFiles(paths);
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
    , m_projector(std::make_unique<Projector>(*m_db, m_paths.importsDir))
    , m_stationId(m_store->station())
{
    migrate();
    m_pinSecret = openPinSecret(m_paths, *m_db); // after migrate: the credentials table may be new
}

Station::~Station() = default;

void Station::migrate()
{
    migrateProjections(*m_db, m_paths.database.string()); // with the data backfills, each in its step's transaction
}

Record Station::commit(std::string_view kind, std::string_view actor, std::string_view approver,
                       const nlohmann::json& body, const SideEffect& sideEffect)
{
    std::optional<ledger::Transaction> tx;
    if (!m_inOuterTransaction)
        tx.emplace(*m_db);
    Record record = m_writer->append(kind, actor, approver, body);
    m_projector->apply(record);
    if (sideEffect)
        sideEffect(record);
    if (tx)
        tx->commit();
    return record;
}

void Station::inOneTransaction(const std::function<void()>& work)
{
    if (m_inOuterTransaction)
        throw std::logic_error("inOneTransaction does not nest");
    ledger::Transaction tx(*m_db);
    struct Flag {
        bool& flag;
        explicit Flag(bool& f) : flag(f) { flag = true; }
        ~Flag() { flag = false; }
        Flag(const Flag&) = delete;
        Flag& operator=(const Flag&) = delete;
    } flag(m_inOuterTransaction);
    work();
    tx.commit();
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

Record Station::commitCommand(std::string_view kind, std::string_view actor, nlohmann::json body,
                              const SideEffect& sideEffect, const ApprovalRequest* request, std::string_view approvalId)
{
    const CommandPolicy& policy = policyFor(kind);
    std::optional<ledger::Transaction> tx;
    if (!m_inOuterTransaction)
        tx.emplace(*m_db);
    requireRole(actor, policy.role);
    std::string approver;
    // Some commands always need an approval; others only in a case they detect (a float that differs,
    // over/short beyond the tolerance), which they signal by passing the request.
    if (policy.needsApproval || request != nullptr) {
        if (request == nullptr)
            throw std::logic_error(std::string(kind) + " needs an approval request");
        approver = useApproval(approvalId, *request, actor);
        body["approval"] = approvalId;
    }
    Record record = m_writer->append(kind, actor, approver, body);
    m_projector->apply(record); // also uses up the approval the body names
    if (sideEffect)
        sideEffect(record);
    if (tx)
        tx->commit();
    return record;
}

void Station::requireRole(std::string_view actor, Role role)
{
    if (actor == kSystemActor)
        return; // tillctl: whoever can open the data directory and its key is the station's administrator
    auto op = findOperator(actor);
    if (!op || !op->active)
        throw CommandRefused("operator \"" + std::string(actor) + "\" is not an active operator of this station");
    if (!roleAtLeast(op->role, role))
        throw CommandRefused("this needs the " + std::string(roleName(role)) + " role; " + op->name + " is a "
                             + std::string(roleName(op->role)));
}

std::string Station::useApproval(std::string_view approvalId, const ApprovalRequest& request, std::string_view actor)
{
    if (approvalId.empty())
        throw CommandRefused("this needs a supervisor's approval");
    auto st = m_db->prepare("SELECT action, subject, amount_cents, requested_by, approver, description, expires_ms, "
                            "used_seq FROM approvals WHERE id = ?");
    st.bind(1, approvalId);
    if (!st.step())
        throw CommandRefused("there is no approval " + std::string(approvalId));
    ApprovalRequest granted{st.columnText(0), st.columnText(1), st.columnInt(2), st.columnText(3), st.columnText(5)};
    std::string approver = st.columnText(4);
    if (!st.columnIsNull(7))
        throw CommandRefused("this approval was already used (seq " + std::to_string(st.columnInt(7))
                             + "); ask a supervisor to approve again");
    if (m_clock.nowMs() > st.columnInt(6))
        throw CommandRefused("this approval has expired; ask a supervisor to approve again");
    if (!granted.sameAction(request) || granted.requestedBy != actor)
        throw CommandRefused("this approval is for \"" + granted.description + "\", not for \"" + request.description
                             + "\"");
    if (approver == actor)
        throw CommandRefused("nobody approves their own action");
    return approver;
}

Record Station::addOperator(std::string_view actor, std::string_view id, std::string_view name, Role role,
                            std::string_view pin)
{
    if (!isValidOperatorId(id))
        throw CommandRefused("operator id \"" + std::string(id)
                             + "\" must be 1 to 32 characters of a-z, 0-9, '.', '_' and '-'");
    std::string fullName = requireOneLine(name, "an operator's name", 80, true);
    if (fullName.empty())
        throw CommandRefused("an operator's name must be 1 to 80 characters");
    if (auto problem = pinProblem(pin))
        throw CommandRefused(*problem);
    if (pin.size() < kMinPinLength)
        throw CommandRefused("A PIN has at least " + std::to_string(kMinPinLength) + " digits.");
    if (findOperator(id))
        throw CommandRefused("operator \"" + std::string(id) + "\" already exists");
    std::string pinHash = hashPin(pin, *m_pinSecret, m_options.scrypt); // slow on purpose: outside the transaction
    nlohmann::json body = {{"id", id}, {"name", fullName}, {"role", roleName(role)}, {"pin_set", true}};
    return commitCommand("operator.added", actor, body, [&](const Record&) {
        auto credential = m_db->prepare("INSERT INTO operator_credentials(operator_id, pin_hash) VALUES (?, ?)");
        credential.bind(1, id).bind(2, pinHash).run();
    });
}

Record Station::disableOperator(std::string_view actor, std::string_view id)
{
    auto op = findOperator(id);
    if (!op)
        throw CommandRefused("there is no operator \"" + std::string(id) + "\"");
    if (!op->active)
        throw CommandRefused(op->name + " is already disabled");
    if (actor == id)
        throw CommandRefused("nobody disables their own account; ask another admin");
    return commitCommand("operator.disabled", actor, {{"id", id}});
}

Record Station::resetPin(std::string_view actor, std::string_view id, std::string_view pin)
{
    auto op = findOperator(id);
    if (!op)
        throw CommandRefused("there is no operator \"" + std::string(id) + "\"");
    if (auto problem = pinProblem(pin))
        throw CommandRefused(*problem);
    if (pin.size() < kMinPinLength)
        throw CommandRefused("A PIN has at least " + std::to_string(kMinPinLength) + " digits.");
    std::string pinHash = hashPin(pin, *m_pinSecret, m_options.scrypt);
    // A new PIN also ends a lockout: the reset is the administrator's decision.
    return commitCommand("operator.pin_reset", actor, {{"id", id}}, [&](const Record&) {
        m_db->prepare("UPDATE operator_credentials SET pin_hash = ? WHERE operator_id = ?").bind(1, pinHash).bind(2, id).run();
    });
}

bool Station::isDemo()
{
    // Only Station::create writes station.demo, and only as seq 2: a real station cannot be turned into a demo one.
    auto st = m_db->prepare("SELECT 1 FROM ledger_records WHERE seq = 2 AND kind = ?");
    st.bind(1, kKindStationDemo);
    return st.step();
}

void Station::requireDemo(std::string_view what)
{
    if (!isDemo())
        throw CommandRefused("station " + m_stationId + " is not a demo station, so " + std::string(what)
                             + " cannot go into it; make a demo station with: tillctl demo --data NEW-DIRECTORY");
}

std::optional<Station::ClockStep> Station::recentClockStep()
{
    auto st = m_db->prepare("SELECT seq, body FROM ledger_records WHERE kind = ? ORDER BY seq DESC LIMIT 1");
    st.bind(1, ledger::kKindClockSteppedBack);
    if (!st.step())
        return std::nullopt;
    auto body = nlohmann::json::parse(st.columnTextView(1), nullptr, false);
    if (!body.is_object() || !body.value("last_record_ms", nlohmann::json()).is_number_integer()
        || !body.value("wall_clock_ms", nlohmann::json()).is_number_integer()
        || body["wall_clock_ms"].get<std::int64_t>() < m_clock.nowMs() - 24LL * 60 * 60 * 1000)
        return std::nullopt;
    return ClockStep{static_cast<std::uint64_t>(st.columnInt(0)), body["last_record_ms"].get<std::int64_t>(),
                     body["wall_clock_ms"].get<std::int64_t>()};
}

std::int64_t Station::lockedOutFor(std::string_view operatorId)
{
    auto st = m_db->prepare("SELECT locked_until_ms FROM operators WHERE id = ?");
    st.bind(1, operatorId);
    if (!st.step())
        return 0;
    return std::max<std::int64_t>(0, st.columnInt(0) - m_clock.nowMs());
}

SignInResult Station::checkPin(std::string_view operatorId, std::string_view pin, std::string_view context)
{
    auto op = findOperator(operatorId);
    if (!op)
        return {false, "Unknown operator.", std::nullopt};
    auto recordFailure = [&](std::string_view reason, bool counts, std::string message) {
        auto st = m_db->prepare("SELECT failures FROM operators WHERE id = ?");
        st.bind(1, operatorId);
        st.step();
        std::int64_t failures = st.columnInt(0) + (counts ? 1 : 0);
        std::int64_t maxFailures = setting("signin.max_failures");
        bool lockout = counts && failures >= maxFailures;
        std::int64_t until = lockout ? m_clock.nowMs() + setting("signin.lockout_seconds") * 1000 : 0;
        nlohmann::json body = {{"context", context}, {"reason", reason}, {"failures", failures}};
        if (lockout)
            body["locked_until_ms"] = until;
        commit(lockout ? "session.locked_out" : "session.sign_in_failed", operatorId, "", body);
        if (lockout)
            message = op->name + " is locked out for " + std::to_string((until - m_clock.nowMs() + 59'999) / 60'000)
                      + " minutes after " + std::to_string(maxFailures) + " wrong PINs; a supervisor can clear it.";
        return SignInResult{false, message, std::nullopt};
    };
    if (!op->active)
        return recordFailure("disabled", false, "This operator is disabled.");
    if (std::int64_t left = lockedOutFor(operatorId); left > 0)
        return recordFailure("locked_out", false,
                             op->name + " is locked out for " + std::to_string((left + 59'999) / 60'000)
                                 + " more minutes; a supervisor can clear it.");
    if (auto problem = pinProblem(pin))
        return recordFailure("malformed_pin", true, *problem);
    auto st = m_db->prepare("SELECT pin_hash FROM operator_credentials WHERE operator_id = ?");
    st.bind(1, operatorId);
    PinMatch match = st.step() ? tillbook::station::checkPin(pin, st.columnTextView(0), *m_pinSecret) : PinMatch::No;
    st.reset();
    if (match == PinMatch::No)
        return recordFailure("wrong_pin", true, "Wrong PIN. Try again.");
    if (match == PinMatch::YesUnkeyed) {
        // A hash from before the PIN secret, keyed now that the PIN is known. The PIN did not change: no record.
        std::string keyed = hashPin(pin, *m_pinSecret, m_options.scrypt);
        m_db->prepare("UPDATE operator_credentials SET pin_hash = ? WHERE operator_id = ?")
            .bind(1, keyed)
            .bind(2, operatorId)
            .run();
    }
    return {true, {}, op};
}

SignInResult Station::signIn(std::string_view operatorId, std::string_view pin)
{
    SignInResult result = checkPin(operatorId, pin, "sign_in");
    if (!result.ok)
        return result;
    commit("session.signed_in", operatorId, "", {{"role", roleName(result.operatorInfo->role)}});
    return result;
}

SignInResult Station::unlockSession(std::string_view operatorId, std::string_view pin)
{
    SignInResult result = checkPin(operatorId, pin, "unlock");
    if (!result.ok)
        return result;
    commit("session.unlocked", operatorId, "", nlohmann::json::object());
    return result;
}

Record Station::lockSession(std::string_view operatorId, std::string_view reason)
{
    return commit("session.locked", operatorId, "", {{"reason", requireOneLine(reason, "the reason", 200, true)}});
}

Record Station::signOut(std::string_view operatorId, std::string_view reason)
{
    return commit("session.signed_out", operatorId, "", {{"reason", requireOneLine(reason, "the reason", 200, true)}});
}

ApprovalRequest Station::clearLockoutRequest(std::string_view lockedOperatorId)
{
    auto op = findOperator(lockedOperatorId);
    if (!op)
        throw CommandRefused("there is no operator \"" + std::string(lockedOperatorId) + "\"");
    return ApprovalRequest{"clear_lockout", "operator " + op->id, 0, op->id, "Clear the sign-in lockout of " + op->name};
}

ApprovalResult Station::approve(const ApprovalRequest& request, std::string_view supervisorId, std::string_view pin)
{
    if (auto refusal = approvalRefusal(request, supervisorId))
        return {false, *refusal, {}, 0};
    SignInResult pinCheck = checkPin(supervisorId, pin, "approval");
    if (!pinCheck.ok)
        return {false, pinCheck.message, {}, 0};
    return grantApproval(request, supervisorId);
}

std::optional<std::string> Station::approvalRefusal(const ApprovalRequest& request, std::string_view supervisorId)
{
    auto requester = findOperator(request.requestedBy);
    if (!requester || !requester->active)
        return "The action's operator is not an active operator.";
    auto supervisor = findOperator(supervisorId);
    if (!supervisor || !supervisor->active)
        return "Choose an active supervisor to approve.";
    if (supervisorId == request.requestedBy)
        return "Nobody approves their own action; a second supervisor must approve.";
    if (!roleAtLeast(supervisor->role, Role::Supervisor))
        return supervisor->name + " is a cashier; only a supervisor can approve.";
    return std::nullopt;
}

ApprovalResult Station::grantApproval(const ApprovalRequest& request, std::string_view supervisorId)
{
    auto count = m_db->prepare("SELECT COUNT(*) FROM approvals");
    count.step();
    std::string id = stationScopedId(m_stationId, "A", static_cast<std::uint64_t>(count.columnInt(0)) + 1);
    std::int64_t expires = m_clock.nowMs() + setting("approval.ttl_seconds") * 1000;
    nlohmann::json body = {{"id", id},           {"action", request.action},     {"subject", request.subject},
                           {"amount", request.amountCents}, {"description", request.description},
                           {"expires_ms", expires}};
    commit("approval.granted", request.requestedBy, supervisorId, body);
    return {true, {}, id, expires};
}

Record Station::clearLockout(std::string_view lockedOperatorId, std::string_view approvalId)
{
    ApprovalRequest request = clearLockoutRequest(lockedOperatorId);
    return commitCommand(
        "session.lockout_cleared", lockedOperatorId, {{"id", lockedOperatorId}}, {}, &request,
        approvalId);
}

std::int64_t Station::setting(std::string_view key)
{
    for (const SettingSpec& spec : kSettings) {
        if (spec.key != key)
            continue;
        auto st = m_db->prepare("SELECT value FROM settings WHERE key = ?");
        st.bind(1, key);
        return st.step() ? st.columnInt(0) : spec.defaultValue;
    }
    throw std::logic_error("unknown setting " + std::string(key));
}

Record Station::changeSetting(std::string_view actor, std::string_view key, std::int64_t value)
{
    const SettingSpec* spec = nullptr;
    for (const SettingSpec& candidate : kSettings) {
        if (candidate.key == key)
            spec = &candidate;
    }
    if (!spec)
        throw CommandRefused("there is no setting \"" + std::string(key) + "\"");
    if (value < spec->min || value > spec->max)
        throw CommandRefused(std::string(key) + " must be between " + std::to_string(spec->min) + " and "
                             + std::to_string(spec->max));
    std::int64_t old = setting(key);
    return commitCommand("settings.changed", actor, {{"key", key}, {"old", old}, {"new", value}},
                         [](const Record&) {});
}

bool Station::isTextSetting(std::string_view key)
{
    return std::any_of(std::begin(kTextSettings), std::end(kTextSettings),
                       [&](const TextSettingSpec& spec) { return spec.key == key; });
}

std::string Station::textSetting(std::string_view key)
{
    for (const TextSettingSpec& spec : kTextSettings) {
        if (spec.key != key)
            continue;
        auto st = m_db->prepare("SELECT value FROM text_settings WHERE key = ?");
        st.bind(1, key);
        return st.step() ? st.columnText(0) : std::string(spec.defaultValue);
    }
    throw std::logic_error("unknown setting " + std::string(key));
}

Record Station::changeTextSetting(std::string_view actor, std::string_view key, std::string_view value)
{
    const TextSettingSpec* spec = nullptr;
    for (const TextSettingSpec& candidate : kTextSettings) {
        if (candidate.key == key)
            spec = &candidate;
    }
    if (!spec)
        throw CommandRefused("there is no setting \"" + std::string(key) + "\"");
    std::u32string characters = decodeUtf8(value);
    for (char32_t cp : characters) {
        if (cp == U'\uFFFD')
            throw CommandRefused(std::string(key) + " must be UTF-8 text");
        if (cp < 0x20 || cp == 0x7F)
            throw CommandRefused(std::string(key) + " must be one line without control characters");
    }
    if (characters.size() > spec->maxCharacters)
        throw CommandRefused(std::string(key) + " takes at most " + std::to_string(spec->maxCharacters) + " characters");
    if (!spec->allowed.empty()) {
        bool allowed = false;
        std::string_view rest = spec->allowed;
        while (!rest.empty()) {
            auto bar = rest.find('|');
            allowed = allowed || rest.substr(0, bar) == value;
            rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
        }
        if (!allowed)
            throw CommandRefused(std::string(key) + " must be one of " + std::string(spec->allowed));
    }
    if (key == "printing.cups_queue" && !value.empty() && !printing::validQueueName(value))
        throw CommandRefused("a CUPS queue name is letters, digits, '_', '-' and '.', not " + quoteForMessage(value));
    std::string old = textSetting(key);
    return commitCommand("settings.changed", actor, {{"key", key}, {"old", old}, {"new", std::string(value)}},
                         [](const Record&) {});
}

ledger::Checkpoint Station::checkpoint(std::string_view actor)
{
    ledger::Transaction tx(*m_db);
    requireRole(actor, policyFor(ledger::kKindCheckpoint).role);
    auto [record, checkpoint] = m_writer->appendCheckpoint(actor);
    tx.commit();
    // The witness outside the database: a truncated ledger cannot hide from it.
    try {
        writeFileAtomically(m_paths.latestCheckpoint, ledger::formatCheckpointNote(checkpoint));
    } catch (const std::exception& e) {
        const auto* writeError = dynamic_cast<const FileWriteError*>(&e);
        throw CheckpointMirrorFailed("the checkpoint of " + std::to_string(checkpoint.size)
                                     + " records is recorded in the ledger (seq " + std::to_string(record.seq)
                                     + "), but its copy at " + m_paths.latestCheckpoint.string()
                                     + " could not be written: " + (writeError ? writeError->reason() : e.what())
                                     + "; fix that and run tillctl checkpoint");
    }
    return checkpoint;
}

Record Station::rotateKey(std::string_view actor, std::string_view reason)
{
    requireRole(actor, policyFor(ledger::kKindKeyRotate).role);
    std::string why = requireOneLine(reason, "the reason", 200, true); // before a key is made for nothing
    auto afterStep = [this](std::string_view step) {
        if (m_options.afterStep)
            m_options.afterStep(step);
    };
    auto next = ledger::SoftwareSigner::generate();
    std::error_code ignored;
    fs::remove(m_paths.nextKey, ignored); // left by a rotation that never committed: no record names it
    // The new key is on disk (0600, fsynced, its name too) before any record names it. If the commit fails it stays
    // as next.key: removing it could lose a key a record names after all, and the next rotation replaces it.
    next->saveFile(m_paths.nextKey);
    syncDirectory(m_paths.keysDir);
    afterStep("rotation.key_written");
    ledger::Transaction tx(*m_db);
    Record record = m_writer->appendKeyRotation(*next, actor, why);
    tx.commit();
    afterStep("rotation.committed");
    // Durable from here: the ledger names the new key. open() finishes this rename if we stop now, and verify
    // accepts next.key until then.
    finishKeyRotation(m_paths, *next);
    m_signer = std::move(next);
    m_writer->setSigner(*m_signer);
    return record;
}

} // namespace tillbook::station
