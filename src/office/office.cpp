// The office process: verification goes through ledger::ChainVerifier, the code tillctl verify runs, from the chain
// state saved after the last verified record.
#include "office/office.h"

#include "ledger/merkle.h"
#include "ledger/verifier.h"
#include "office/office_schema.h"
#include "station/atomic_file.h"
#include "station/common.h"
#include "station/data_dir.h"
#include "station/zone_info.h"

#include <openssl/rand.h>

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

namespace tillbook::office {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path configFile(const fs::path& dir)
{
    return dir / "office.json";
}
fs::path keyFile(const fs::path& dir)
{
    return dir / "keys" / "office.key";
}

std::unique_ptr<PgConnection> connect(const std::string& db)
{
    try {
        return std::make_unique<PgConnection>(
            std::vector<std::pair<std::string, std::string>>{{"dbname", db}, {"application_name", "tillbook-office"}});
    } catch (const PgUnreachable& e) {
        throw PgUnreachable("The office database cannot be reached: " + std::string(e.what()) + ".");
    }
}

std::string randomPassword()
{
    ledger::Bytes bytes(24);
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("the system's random source failed");
    return ledger::toHex(bytes);
}

ledger::Hash toHash(const ledger::Bytes& bytes)
{
    ledger::Hash hash{};
    if (bytes.size() != hash.size())
        throw PgError("a stored hash is not 32 bytes");
    std::copy(bytes.begin(), bytes.end(), hash.begin());
    return hash;
}

constexpr const char* kRecordColumns =
    "seq, time_ms, operator, approver, kind, body, prev_hash, hash, key_id, signature, version, algorithm";

ledger::Record recordFrom(const PgResult& rows, int row, const std::string& station)
{
    ledger::Record r;
    r.seq = static_cast<std::uint64_t>(rows.number(row, 0));
    r.timeMs = rows.number(row, 1);
    r.station = station;
    r.operatorId = rows.text(row, 2);
    r.approver = rows.text(row, 3);
    r.kind = rows.text(row, 4);
    r.body = rows.text(row, 5);
    r.prevHash = toHash(rows.bytes(row, 6));
    r.hash = toHash(rows.bytes(row, 7));
    r.keyId = toHash(rows.bytes(row, 8));
    r.signature = rows.bytes(row, 9);
    r.version = static_cast<std::uint8_t>(rows.number(row, 10));
    r.algorithm = static_cast<std::uint8_t>(rows.number(row, 11));
    return r;
}

// The office's stored records of a station checked again, without their signatures (they were checked when
// verified): seqs 1..verifiedSize each once, each record's content hashing to its hash, each linked to the one before,
// and the tree over them at the verified root. The triggers refuse UPDATE, DELETE and TRUNCATE on office.pushed, but
// whoever can disable them (the database's owner, a superuser) can change the rows; this says so.
std::string storedChainProblem(PgConnection& db, const std::string& station, std::uint64_t verifiedSize,
                               const std::string& rootBase64)
{
    auto rows = db.query(std::string("SELECT ") + kRecordColumns + " FROM office.records WHERE station = $1 ORDER BY seq",
                         {PgParam::text(station)});
    const std::string changed = " (the office's stored copy was changed in the database)";
    ledger::Sha256 hasher;
    ledger::CompactRange tree;
    ledger::Hash previous{};
    for (int i = 0; i < rows.rows(); ++i) {
        const ledger::Record r = recordFrom(rows, i, station);
        const std::uint64_t expected = static_cast<std::uint64_t>(i) + 1;
        if (r.seq != expected)
            return "stored record seq " + std::to_string(expected) + " is missing" + changed;
        if (ledger::computeRecordHash(r, hasher) != r.hash)
            return "stored record seq " + std::to_string(r.seq) + " does not hash to its stored hash" + changed;
        if (i > 0 && r.prevHash != previous)
            return "stored record seq " + std::to_string(r.seq) + " does not link to seq " + std::to_string(r.seq - 1)
                   + changed;
        previous = r.hash;
        tree.append(ledger::merkleLeafHash(r.hash));
    }
    if (tree.size() != verifiedSize)
        return "the office stores " + std::to_string(tree.size()) + " records of " + std::to_string(verifiedSize)
               + " verified" + changed;
    if (verifiedSize > 0 && ledger::toBase64(tree.root()) != rootBase64)
        return "the stored records do not add up to the verified root" + changed;
    return {};
}

// Feeds the pending records (verified, to] of a station to `verifier` in seq order, read from office.pushed where the
// station put them (verifying moves nothing: office.records is the view of them up to the verified size), and stops
// where the verifier does. Each range of seqs is read in one statement, in binary, and while the server reads and
// sends the next range this thread verifies the last one: loading overlaps verification, and memory holds two ranges,
// whatever the backlog. office.pushed holds one record per (station, seq); a second one, a fork, is in the inbox.
void readAndVerify(PgConnection& db, const std::string& station, std::uint64_t verified, std::uint64_t to,
                   ledger::ChainVerifier& verifier)
{
    constexpr std::uint64_t kRangeSize = 1000;
    static const std::string kReadRange = std::string("SELECT ") + kRecordColumns
                                      + " FROM office.pushed WHERE station = $1 AND seq > $2 AND seq <= $3 ORDER BY seq";
    const PgParam who = PgParam::text(station);
    const auto sendRange = [&](std::uint64_t after) {
        db.send(kReadRange, {who, PgParam::number(static_cast<std::int64_t>(after)),
                        PgParam::number(static_cast<std::int64_t>(std::min(to, after + kRangeSize)))},
                true);
    };
    if (to <= verified)
        return;
    sendRange(verified);
    bool sent = true;
    try {
        for (std::uint64_t after = verified; after < to;) {
            PgResult rows = db.receive();
            sent = false;
            after = std::min(to, after + kRangeSize);
            if (after < to) {
                sendRange(after);
                sent = true;
            }
            for (int i = 0; i < rows.rows(); ++i) {
                if (!verifier.add(recordFrom(rows, i, station))) {
                    if (sent)
                        db.receive();
                    return;
                }
            }
        }
    } catch (...) {
        // The connection must be free for the caller's ROLLBACK.
        if (sent) {
            try {
                db.receive();
            } catch (const PgError&) {
            }
        }
        throw;
    }
}

struct Push {
    std::int64_t id = 0;
    std::uint64_t fromSize = 0;
    std::vector<ledger::Hash> proof;
    ledger::Checkpoint checkpoint;
    bool readable = false;
    std::string problem;
};

} // namespace

std::vector<ledger::Record> Office::verifiedRecords(const std::string& station)
{
    auto rows = m_db->query(std::string("SELECT ") + kRecordColumns + " FROM office.records WHERE station = $1 ORDER BY seq",
                            {PgParam::text(station)});
    std::vector<ledger::Record> records;
    records.reserve(static_cast<std::size_t>(rows.rows()));
    for (int i = 0; i < rows.rows(); ++i)
        records.push_back(recordFrom(rows, i, station));
    return records;
}

Office::Office(fs::path dir, json config, std::unique_ptr<ledger::Cosigner> cosigner)
    : m_dir(std::move(dir))
    , m_config(std::move(config))
    , m_cosigner(std::move(cosigner))
{
    m_db = connect(m_config.at("db").get<std::string>());
}

std::string Office::init(const fs::path& dir, const std::string& db, const std::string& stationUrl,
                         const fs::path& caFile, const std::string& timeZone)
{
    const std::string zone = timeZone.empty() ? station::systemTimeZoneName() : timeZone;
    if (!station::loadTimeZone(zone))
        throw station::CommandRefused(Msg::SettingTimeZone, {{"value", zone}});
    auto ca = station::readSmallFile(caFile);
    if (!ca || ca->find("-----BEGIN CERTIFICATE-----") == std::string::npos)
        throw station::CommandRefused(Msg::OfficeCaInvalid, {{"file", caFile.string()}});
    std::string host = conninfoHost(stationUrl);
    if (host.empty() || host.front() == '/')
        throw station::CommandRefused(Msg::OfficeUrlNoHost, {{"url", stationUrl}});
    json config;
    if (auto existing = station::readSmallFile(configFile(dir))) {
        config = json::parse(*existing, nullptr, false);
        if (!config.is_object() || config.value("db", "") != db)
            throw station::CommandRefused(Msg::OfficeOtherDatabase, {{"dir", dir.string()}});
        config["station_url"] = stationUrl;
    } else {
        config = {{"format", 1}, {"db", db}, {"station_url", stationUrl}, {"name", "tillbook.office/" + host}};
    }
    // The schema first: a database that cannot be reached leaves no half-made office directory behind.
    migrateOffice(*connect(db));
    fs::create_directories(dir / "keys");
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
    fs::permissions(dir / "keys", fs::perms::owner_all, fs::perm_options::replace);
    std::string name = config["name"].get<std::string>();
    std::unique_ptr<ledger::Cosigner> key;
    if (fs::exists(keyFile(dir))) {
        key = ledger::Cosigner::loadFile(keyFile(dir), name);
    } else {
        key = ledger::Cosigner::generate(name);
        key->saveFile(keyFile(dir));
    }
    station::writeFileAtomically(dir / "keys" / "office.pub", key->publicKey().vkey() + "\n");
    station::writeFileAtomically(dir / "ca.pem", *ca);
    station::writeFileAtomically(configFile(dir), config.dump(2) + "\n", 0600);
    // The office day's zone, once: a later init (or an office made before the setting) keeps or takes it.
    auto office = open(dir);
    const auto changes = office->settings();
    if (std::none_of(changes.begin(), changes.end(), [](const OfficeSetting& s) { return s.key == "office.time_zone"; }))
        office->changeSetting("office.time_zone", zone, station::SystemClock().nowMs());
    return key->publicKey().vkey();
}

std::unique_ptr<Office> Office::open(const fs::path& dir)
{
    auto text = station::readSmallFile(configFile(dir));
    if (!text)
        throw station::CommandRefused(Msg::OfficeMissing, {{"dir", dir.string()}});
    json config = json::parse(*text, nullptr, false);
    if (!config.is_object() || !config.contains("db") || !config.contains("name"))
        throw station::CommandRefused(Msg::OfficeConfigInvalid, {{"file", configFile(dir).string()}});
    auto key = ledger::Cosigner::loadFile(keyFile(dir), config["name"].get<std::string>());
    return std::unique_ptr<Office>(new Office(dir, std::move(config), std::move(key)));
}

json Office::addStation(const std::string& station)
{
    bool valid = !station.empty() && station.size() <= 32;
    for (char c : station)
        valid = valid && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
    if (!valid)
        throw station::CommandRefused(Msg::OfficeStationIdInvalid);
    std::string role = stationRole(station);
    std::string password = randomPassword();
    std::string verifier = m_db->encryptPassword(password, role);
    PgTransaction tx(*m_db);
    m_db->query("SELECT office.add_station($1, $2, $3)",
                {PgParam::text(station), PgParam::text(role), PgParam::text(verifier)});
    tx.commit();
    auto ca = station::readSmallFile(m_dir / "ca.pem");
    return json{{"format", 1},
                {"station", station},
                {"office_url", m_config["station_url"]},
                {"role", role},
                {"password", password},
                {"office_key", m_cosigner->publicKey().vkey()},
                {"ca_pem", ca ? *ca : ""}};
}

std::vector<ProcessOutcome> Office::process(ProcessTimes* times)
{
    // One office process at a time: the lock ends with the session.
    m_db->query("SELECT pg_advisory_lock(5420, 2)");
    m_processing = true;
    signUnsigned();
    std::set<std::string> days; // the office days whose figures changed in this run
    auto rows = m_db->query("SELECT station FROM office.stations ORDER BY station");
    std::vector<std::string> stations;
    for (int i = 0; i < rows.rows(); ++i)
        stations.push_back(rows.text(i, 0));
    std::vector<ProcessOutcome> outcomes(stations.size());

    // Stations are independent until publishing: verify them at once, each worker on its own connection, so that
    // one station's round trips and storing overlap another's signature checks and every core is busy.
    auto start = std::chrono::steady_clock::now();
    const std::size_t workers = std::min<std::size_t>(stations.size(), std::max(1u, std::thread::hardware_concurrency()));
    std::atomic<std::size_t> next{0};
    std::mutex failureMutex;
    std::exception_ptr failure;
    auto work = [&](PgConnection& db) {
        try {
            for (std::size_t i = next++; i < stations.size(); i = next++)
                outcomes[i] = processStation(db, stations[i]);
        } catch (...) {
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            next = stations.size();
        }
    };
    if (workers <= 1) {
        work(*m_db);
    } else {
        std::vector<std::thread> threads;
        for (std::size_t w = 0; w < workers; ++w) {
            threads.emplace_back([&] {
                std::unique_ptr<PgConnection> db;
                try {
                    db = connect(m_config.at("db").get<std::string>());
                } catch (...) {
                    std::lock_guard lock(failureMutex);
                    if (!failure)
                        failure = std::current_exception();
                    return;
                }
                work(*db);
            });
        }
        for (auto& t : threads)
            t.join();
    }
    if (failure)
        std::rethrow_exception(failure);
    auto published = std::chrono::steady_clock::now();

    // Publishing stays one station after another on one connection: a station pulls the items after the last id it
    // holds, so ids must become visible in order. The day summaries are of office days.
    const OfficeCalendar officeCalendar = calendar();
    for (std::size_t i = 0; i < stations.size(); ++i) {
        // A frozen station's records up to its last good one are verified, and published like any other's.
        try {
            outcomes[i].published = publishStation(stations[i], officeCalendar, days);
        } catch (const nlohmann::json::exception& e) {
            // Nothing of this station's run was published (its transaction rolled back); the others go on.
            outcomes[i].publishProblem = "a verified record this office cannot read: " + std::string(e.what());
        }
    }
    if (!days.empty()) {
        PgTransaction tx(*m_db);
        for (const std::string& day : days)
            publishDaySummary(day);
        tx.commit();
    }
    m_processing = false;
    m_db->query("SELECT pg_advisory_unlock(5420, 2)");
    if (times) {
        times->verifySeconds = std::chrono::duration<double>(published - start).count();
        times->publishSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - published).count();
    }
    return outcomes;
}

ProcessOutcome Office::processStation(PgConnection& db, const std::string& station)
{
    ProcessOutcome out;
    out.station = station;
    const PgParam who = PgParam::text(station);
    auto row = db.query("SELECT state, verified_size, chain, problem, last_push FROM office.station_state "
                        "WHERE station = $1",
                        {who});
    out.state = row.text(0, 0);
    out.verifiedBefore = out.verifiedAfter = static_cast<std::uint64_t>(row.number(0, 1));
    const std::uint64_t verified = out.verifiedBefore;
    if (out.state != "ok") {
        out.frozenBefore = true;
        out.problem = row.isNull(0, 3) ? "" : row.text(0, 3);
        return out;
    }
    ledger::ChainState start = row.isNull(0, 2) ? ledger::ChainState(station) : ledger::ChainState::fromJson(row.text(0, 2));
    const std::int64_t lastPush = row.number(0, 4);

    // A fork: a record for a seq the office already holds (verified or not), with another hash; the station sends it
    // to the inbox. The first one found freezes the station; the verified records stay as they are.
    std::optional<std::uint64_t> forkAt;
    auto forked = db.query("SELECT i.seq FROM office.inbox i JOIN office.pushed r ON r.station = i.station "
                           "AND r.seq = i.seq WHERE i.station = $1 AND i.hash <> r.hash ORDER BY i.seq LIMIT 1",
                           {who});
    if (forked.rows() > 0)
        forkAt = static_cast<std::uint64_t>(forked.number(0, 0));

    // How far the pending records run: the seqs alone (the records themselves are read while they are verified).
    // office.pushed holds one record per seq; a second, different one for a seq not verified yet is in the inbox and
    // was found above.
    auto pending = db.query("SELECT seq FROM office.pushed WHERE station = $1 AND seq > $2 ORDER BY seq",
                            {who, PgParam::number(static_cast<std::int64_t>(verified))});
    std::uint64_t reach = verified;
    for (int i = 0; i < pending.rows(); ++i) {
        const auto seq = static_cast<std::uint64_t>(pending.number(i, 0));
        if (seq != reach + 1)
            break; // not all here yet: a push still under way
        reach = seq;
    }
    if (forkAt && reach >= *forkAt)
        reach = std::max(verified, *forkAt - 1);

    // The checkpoints pushed since the last run, checked by the verifier when its tree reaches their size.
    std::vector<Push> pushes;
    auto pushRows = db.query("SELECT id, from_size, proof, checkpoint FROM office.pushes WHERE station = $1 "
                             "AND id > $2 ORDER BY id",
                             {who, PgParam::number(lastPush)});
    ledger::VerifyOptions options;
    for (int i = 0; i < pushRows.rows(); ++i) {
        Push push;
        push.id = pushRows.number(i, 0);
        push.fromSize = static_cast<std::uint64_t>(pushRows.number(i, 1));
        auto parsed = ledger::parseCheckpointNote(pushRows.text(i, 3));
        if (auto* error = std::get_if<std::string>(&parsed)) {
            push.problem = "push " + std::to_string(push.id) + ": " + *error;
        } else {
            push.checkpoint = std::get<ledger::Checkpoint>(parsed);
            push.readable = true;
            std::string proof = pushRows.text(i, 2);
            for (std::size_t at = 0; at < proof.size();) {
                auto end = proof.find('\n', at);
                auto hash = ledger::hashFromBase64(std::string_view(proof).substr(at, end - at));
                if (!hash) {
                    push.problem = "push " + std::to_string(push.id) + ": its consistency proof is not base64 hashes";
                    break;
                }
                push.proof.push_back(*hash);
                at = end == std::string::npos ? proof.size() : end + 1;
            }
        }
        if (push.readable && push.checkpoint.size > verified && push.checkpoint.size <= reach)
            options.externalCheckpoints.emplace_back("push " + std::to_string(push.id), push.checkpoint);
        pushes.push_back(std::move(push));
    }

    // The records are verified where they were pushed, in one transaction that commits the new verified size (which
    // makes them office.records) only as far as they verified: at a problem the records before it are read and
    // verified once more, from the saved state, to get the chain's state there.
    std::optional<PgTransaction> tx(std::in_place, db);
    ledger::ChainVerifier verifier(start, options);
    readAndVerify(db, station, verified, reach, verifier);
    ledger::VerifyReport report = verifier.finish();
    std::uint64_t good = report.ok() ? reach : (report.problem->seq > verified ? report.problem->seq - 1 : verified);
    ledger::ChainState end = verifier.state();
    if (!report.ok()) {
        tx.reset();
        tx.emplace(db);
        // The state after the last good record: verify up to there again, from the saved state.
        ledger::ChainVerifier again(start, {});
        readAndVerify(db, station, verified, good, again);
        auto second = again.finish();
        if (!second.ok())
            throw std::logic_error("records before the first problem did not verify again");
        end = again.state();
        out.state = "invalid";
        out.problem = report.problem->message;
    }
    // C2SP tlog-mirror: each push's consistency proof from the size the office had verified when it was made.
    std::map<std::uint64_t, ledger::Hash> roots;
    auto heads = db.query("SELECT size, root FROM office.tree_heads WHERE station = $1", {who});
    for (int i = 0; i < heads.rows(); ++i)
        roots[static_cast<std::uint64_t>(heads.number(i, 0))] = toHash(heads.bytes(i, 1));
    std::int64_t processedPush = lastPush;
    std::vector<const Push*> toCosign;
    for (const Push& push : pushes) {
        if (out.state == "ok" && !push.problem.empty()) {
            out.state = "invalid";
            out.problem = push.problem;
        }
        if (!push.readable || push.checkpoint.size > good)
            continue;
        processedPush = std::max(processedPush, push.id);
        if (push.checkpoint.size <= verified)
            continue; // a tree head the office had already verified (and cosigned)
        if (push.fromSize > 0 && push.fromSize < push.checkpoint.size) {
            auto root1 = roots.find(push.fromSize);
            auto check = root1 == roots.end()
                             ? ledger::ProofCheck{false, "the office never verified size " + std::to_string(push.fromSize)}
                             : ledger::verifyConsistency(push.fromSize, push.checkpoint.size, push.proof,
                                                         root1->second, push.checkpoint.root);
            if (!check.ok) {
                if (out.state == "ok") {
                    out.state = "invalid";
                    out.problem = "push " + std::to_string(push.id) + ": its consistency proof from size "
                                  + std::to_string(push.fromSize) + " does not hold: " + check.error;
                }
                continue;
            }
        }
        toCosign.push_back(&push);
    }
    if (forkAt && out.state == "ok") {
        out.state = "forked";
        out.problem = "seq " + std::to_string(*forkAt)
                      + ": the station sent a second, different record for this seq (a restored backup or a "
                        "rewritten ledger); the office keeps what it verified up to seq "
                      + std::to_string(good);
    }

    const PgParam goodParam = PgParam::number(static_cast<std::int64_t>(good));
    if (good > verified)
        db.query("INSERT INTO office.tree_heads (station, size, root) VALUES ($1, $2, $3)",
                 {who, goodParam, PgParam::bytes(end.tree.root())});
    // A copy in the inbox of the very record the office holds leaves it; a copy that differs stays there as the fork's
    // evidence.
    db.query("DELETE FROM office.inbox i USING office.pushed r WHERE i.station = $1 AND i.seq <= $2 "
             "AND r.station = i.station AND r.seq = i.seq AND r.hash = i.hash",
             {who, PgParam::number(static_cast<std::int64_t>(verified))});
    const auto now = static_cast<std::uint64_t>(std::time(nullptr));
    for (const Push* push : toCosign) {
        ledger::Checkpoint cosigned = push->checkpoint;
        cosigned.signatures.push_back(m_cosigner->cosign(cosigned, now));
        db.query("INSERT INTO office.cosignatures (station, size, note) VALUES ($1, $2, $3) "
                 "ON CONFLICT (station, size) DO NOTHING",
                 {who, PgParam::number(static_cast<std::int64_t>(cosigned.size)),
                  PgParam::text(ledger::formatCheckpointNote(cosigned))});
        out.cosignedSize = std::max(out.cosignedSize, cosigned.size);
    }
    db.query("UPDATE office.station_state SET state = $2, verified_size = $3, root = $4, chain = $5, problem = $6, "
             "last_push = $7, updated_at = now() WHERE station = $1",
             {who, PgParam::text(out.state), goodParam,
              good > 0 ? PgParam::bytes(end.tree.root()) : PgParam::null(), PgParam::text(end.toJson()),
              out.problem.empty() ? PgParam::null() : PgParam::text(out.problem), PgParam::number(processedPush)});
    tx->commit();
    out.verifiedAfter = good;
    return out;
}

std::vector<StationStatus> Office::status()
{
    auto rows = m_db->query(
        "SELECT s.station, "
        "  (SELECT count(*) FROM (SELECT seq FROM office.pushed p WHERE p.station = s.station "
        "                         UNION SELECT seq FROM office.inbox i WHERE i.station = s.station) held),"
        "  st.verified_size, coalesce(encode(st.root, 'base64'), ''),"
        "  coalesce(to_char((SELECT max(pushed_at) FROM office.pushes p WHERE p.station = s.station) AT TIME ZONE 'UTC',"
        "                   'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''),"
        "  st.state, coalesce(st.problem, '') "
        "FROM office.stations s JOIN office.station_state st ON st.station = s.station ORDER BY s.station");
    std::vector<StationStatus> out;
    for (int i = 0; i < rows.rows(); ++i) {
        StationStatus s;
        s.station = rows.text(i, 0);
        s.records = static_cast<std::uint64_t>(rows.number(i, 1));
        s.verifiedSize = static_cast<std::uint64_t>(rows.number(i, 2));
        s.root = rows.text(i, 3);
        s.lastSync = rows.text(i, 4);
        s.state = rows.text(i, 5);
        s.problem = rows.text(i, 6);
        s.storedProblem = storedChainProblem(*m_db, s.station, s.verifiedSize, s.root);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace tillbook::office
