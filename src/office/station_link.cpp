// Push and pull over libpq as the station's own role: TLS verified against the office's CA (verify-full), SCRAM.
#include "office/station_link.h"

#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "office/pg.h"
#include "office/published_check.h"
#include "station/atomic_file.h"
#include "station/office_feed.h"
#include "station/ledger_service.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace tillbook::office {

namespace fs = std::filesystem;
using nlohmann::json;

OfficeLinkPaths::OfficeLinkPaths(const station::DataPaths& paths)
    : config(paths.dir / "office" / "office.json")
    , ca(paths.dir / "office" / "ca.pem")
    , password(paths.keysDir / "office.password")
{
}

std::string joinOffice(station::Station& station, const fs::path& joinFile)
{
    auto text = station::readSmallFile(joinFile);
    if (!text)
        throw station::CommandRefused(Msg::JoinFileUnreadable, {{"file", joinFile.string()}});
    json join = json::parse(*text, nullptr, false);
    for (const char* field : {"station", "office_url", "role", "password", "office_key", "ca_pem"}) {
        if (!join.is_object() || !join.contains(field) || !join[field].is_string())
            throw station::CommandRefused(Msg::JoinFileInvalid, {{"file", joinFile.string()}});
    }
    if (join["station"] != station.stationId())
        throw station::CommandRefused(Msg::JoinFileOtherStation, {{"file", joinFile.string()},
                                                                  {"station", join["station"].get<std::string>()},
                                                                  {"ours", station.stationId()}});
    try {
        ledger::CosignerKey::fromVkey(join["office_key"].get<std::string>());
    } catch (const ledger::CryptoError& e) {
        throw station::CommandRefused(Msg::JoinFileBadKey, {{"file", joinFile.string()}, {"detail", e.what()}});
    }
    OfficeLinkPaths link(station.paths());
    fs::create_directories(link.config.parent_path());
    station::writeFileAtomically(link.ca, join["ca_pem"].get<std::string>());
    json config = {{"format", 1},
                   {"office_url", join["office_url"]},
                   {"role", join["role"]},
                   {"office_key", join["office_key"]}};
    station::writeFileAtomically(link.config, config.dump(2) + "\n");
    // A new join replaces the password: add-station gave the role a new one.
    fs::remove(link.password);
    ledger::writePrivateFile(link.password, join["password"].get<std::string>());
    return join["office_url"].get<std::string>();
}

std::optional<std::string> officeKeyOf(const station::DataPaths& paths)
{
    auto text = station::readSmallFile(OfficeLinkPaths(paths).config);
    if (!text)
        return std::nullopt;
    json config = json::parse(*text, nullptr, false);
    if (!config.is_object() || !config.contains("office_key") || !config["office_key"].is_string())
        return std::nullopt;
    return config["office_key"].get<std::string>();
}

namespace {

// The station's own table of cosigned checkpoints: beside the ledger, not in it, so keeping one writes no record and
// makes nothing new to push. Not a projection either: rebuild leaves it alone.
void ensureCosignatureTable(ledger::Db& db)
{
    db.exec("CREATE TABLE IF NOT EXISTS office_cosignatures (size INTEGER PRIMARY KEY CHECK (size >= 1), "
            "note TEXT NOT NULL, pulled_ms INTEGER NOT NULL) STRICT");
}

std::string hashesText(const std::vector<ledger::Hash>& hashes)
{
    std::string text;
    for (const auto& h : hashes)
        text += (text.empty() ? "" : "\n") + ledger::toBase64(h);
    return text;
}

} // namespace

SyncOutcome syncWithOffice(station::Station& station, std::size_t batchSize)
{
    OfficeLinkPaths link(station.paths());
    auto text = station::readSmallFile(link.config);
    if (!text)
        throw station::CommandRefused(Msg::OfficeNotJoined);
    json config = json::parse(*text, nullptr, false);
    if (!config.is_object() || !config.contains("office_url") || !config.contains("role"))
        throw station::CommandRefused(Msg::OfficeLinkInvalid, {{"file", link.config.string()}});
    const std::string url = config["office_url"].get<std::string>();
    const ledger::CosignerKey officeKey = ledger::CosignerKey::fromVkey(config["office_key"].get<std::string>());
    std::string password = ledger::readPrivateFile(link.password, "the station's office password");

    std::unique_ptr<PgConnection> db;
    try {
        db = std::make_unique<PgConnection>(std::vector<std::pair<std::string, std::string>>{
            {"dbname", url},
            {"user", config["role"].get<std::string>()},
            {"password", password},
            {"sslmode", "verify-full"},
            {"sslrootcert", link.ca.string()},
            {"connect_timeout", "10"},
            {"application_name", "tillbook-sync " + station.stationId()}});
    } catch (const PgUnreachable& e) {
        throw OfficeUnreachable("The office at " + url + " cannot be reached (" + e.what()
                                + "); nothing was sent, and the station keeps its records until the next sync.");
    }
    std::fill(password.begin(), password.end(), '\0');

    SyncOutcome out;
    ledger::LedgerStore& store = station.store();
    out.localSize = store.size();
    const std::string& id = station.stationId();
    const PgParam who = PgParam::text(id);
    try {
        auto state = db->query("SELECT state, verified_size, coalesce(problem, '') FROM office.station_state "
                               "WHERE station = $1",
                               {who});
        if (state.rows() == 0)
            throw station::CommandRefused(Msg::OfficeStationUnknown, {{"station", id}});
        out.officeState = state.text(0, 0);
        out.officeVerified = static_cast<std::uint64_t>(state.number(0, 1));
        out.officeProblem = state.text(0, 2);

        // The office's newest seq, then whether it and this ledger agree there: the chain links every record to the
        // one before, so agreeing at one seq is agreeing on everything before it.
        const char* kHashAt = "SELECT hash FROM office.pushed WHERE station = $1 AND seq = $2 UNION ALL "
                              "SELECT hash FROM office.inbox WHERE station = $1 AND seq = $2";
        auto head = db->query("SELECT coalesce(max(seq), 0) FROM (SELECT seq FROM office.pushed WHERE station = $1 "
                              "UNION ALL SELECT seq FROM office.inbox WHERE station = $1) s",
                              {who});
        std::uint64_t officeHas = static_cast<std::uint64_t>(head.number(0, 0));
        std::uint64_t common = std::min(officeHas, out.localSize);
        bool differs = false;
        if (common > 0) {
            auto local = store.at(common);
            auto theirs = db->query(kHashAt, {who, PgParam::number(static_cast<std::int64_t>(common))});
            for (int i = 0; i < theirs.rows(); ++i) {
                auto hash = theirs.bytes(i, 0);
                differs = differs || !std::equal(hash.begin(), hash.end(), local->hash.begin(), local->hash.end());
            }
        }
        std::uint64_t from = 1;
        std::uint64_t to = 0; // nothing to send
        if (differs) {
            out.problem = "This station's ledger differs from what it sent the office at seq " + std::to_string(common)
                          + " (a restored backup or a rewritten ledger); the office keeps what it verified and a "
                            "supervisor must look.";
            if (out.officeState == "ok")
                from = to = common; // the differing record, so that the office sees the fork and flags it
        } else if (officeHas > out.localSize) {
            out.problem = "The office holds records up to seq " + std::to_string(officeHas) + " but this ledger ends at "
                          "seq " + std::to_string(out.localSize) + " (restored from a backup?); a supervisor must look.";
        } else if (out.officeState != "ok") {
            out.problem = "The office has frozen this station at seq " + std::to_string(out.officeVerified) + " ("
                          + out.officeState + ": " + out.officeProblem + "); a supervisor must look.";
        } else {
            from = common + 1;
            to = out.localSize;
        }
        const char* crashEnv = std::getenv(kSyncCrashAfterBatchesEnv);
        const long crashAfter = crashEnv ? std::strtol(crashEnv, nullptr, 10) : -1;
        const char* pauseEnv = std::getenv(kSyncPauseInBatchEnv);
        const long pauseIn = pauseEnv ? std::strtol(pauseEnv, nullptr, 10) : -1;
        long batches = 0;
        for (std::uint64_t seq = from; seq <= to;) {
            PgTransaction tx(*db);
            const std::uint64_t last = std::min<std::uint64_t>(to, seq + batchSize - 1);
            // One multi-row INSERT per thousand records: a round trip per record made a day's push slow.
            std::vector<PgParam> rows;
            rows.reserve((last - seq + 1) * 13);
            store.forEach(seq, [&](const ledger::Record& r) {
                if (r.seq > last)
                    return false;
                rows.insert(rows.end(), {who, PgParam::number(static_cast<std::int64_t>(r.seq)), PgParam::number(r.timeMs),
                                         PgParam::text(r.operatorId), PgParam::text(r.approver), PgParam::text(r.kind),
                                         PgParam::text(r.body), PgParam::bytes(r.prevHash), PgParam::bytes(r.hash),
                                         PgParam::bytes(r.keyId), PgParam::bytes(r.signature),
                                         PgParam::number(r.version), PgParam::number(r.algorithm)});
                return true;
            });
            // Records the office does not hold go to office.pushed, where the office verifies them; the record that
            // differs from the office's at a seq it holds goes to the inbox, as the fork's evidence.
            const std::size_t inserted = insertRows(
                *db,
                std::string(differs ? "INSERT INTO office.inbox" : "INSERT INTO office.pushed")
                    + " (station, seq, time_ms, operator, approver, kind, body, prev_hash, hash, key_id, signature, "
                      "version, algorithm)",
                13, rows, differs ? " ON CONFLICT DO NOTHING" : " ON CONFLICT DO NOTHING RETURNING seq");
            if (!differs && inserted != last - seq + 1) {
                // The office came to hold some of these seqs after this sync looked (another copy of this station
                // pushing at the same time): keep none of this batch, so that nothing of this station is dropped
                // unseen, and let the next sync compare its ledger with what the office holds.
                out.problem = "The office already held some of records " + std::to_string(seq) + " to "
                              + std::to_string(last) + " when this station sent them (another copy of this station "
                              "syncing?); that batch was not kept, and the next sync compares the two.";
                break;
            }
            if (batches + 1 == pauseIn) {
                std::fprintf(stderr, "sync paused in batch %ld\n", pauseIn);
                std::fflush(stderr);
                std::this_thread::sleep_for(std::chrono::minutes(2));
                std::_Exit(9);
            }
            tx.commit();
            if (out.firstSent == 0)
                out.firstSent = seq;
            out.lastSent = last;
            out.sent += last - seq + 1;
            seq = last + 1;
            if (++batches == crashAfter)
                std::_Exit(9);
        }
        out.officeHas = std::max(officeHas, out.lastSent);
        // The checkpoint of what the office now holds, with a proof that it extends what the office verified.
        if (!out.problem && out.localSize > 0) {
            ledger::Checkpoint head = station.ledger().treeHead();
            std::vector<ledger::Hash> proof;
            std::uint64_t fromSize = out.officeVerified;
            if (fromSize > 0 && fromSize < head.size)
                proof = ledger::consistencyProof(fromSize, head.size, store.nodeLookup());
            db->query("INSERT INTO office.pushes (station, from_size, size, checkpoint, proof) VALUES ($1, $2, $3, $4, $5)",
                      {who, PgParam::number(static_cast<std::int64_t>(fromSize)),
                       PgParam::number(static_cast<std::int64_t>(head.size)),
                       PgParam::text(ledger::formatCheckpointNote(head)), PgParam::text(hashesText(proof))});
        }

        // Pull: the cosigned checkpoints the station does not hold yet, each checked before it is kept.
        ledger::Db& local = store.db();
        ensureCosignatureTable(local);
        auto kept = storedCosignatures(local);
        std::uint64_t newest = kept.empty() ? 0 : kept.back().first;
        auto cosigned = db->query("SELECT size, note FROM office.cosignatures WHERE station = $1 AND size > $2 "
                                  "ORDER BY size",
                                  {who, PgParam::number(static_cast<std::int64_t>(newest))});
        for (int i = 0; i < cosigned.rows(); ++i) {
            auto size = static_cast<std::uint64_t>(cosigned.number(i, 0));
            std::string note = cosigned.text(i, 1);
            auto parsed = ledger::parseCheckpointNote(note);
            auto* checkpoint = std::get_if<ledger::Checkpoint>(&parsed);
            if (!checkpoint || checkpoint->size != size || size > out.localSize
                || checkpoint->root != store.root(size) || ledger::cosignatureProblem(*checkpoint, officeKey))
                continue; // not a cosignature of this ledger by this office: never kept
            auto insert = local.prepare("INSERT INTO office_cosignatures (size, note, pulled_ms) VALUES (?, ?, ?)");
            insert.bind(1, static_cast<std::int64_t>(size)).bind(2, note).bind(3, station.clock().nowMs()).run();
            ++out.cosignaturesPulled;
            newest = size;
        }
        out.latestCosigned = newest;

        // Pull what the office published after the last item held, and check it (checkPublished) before keeping any:
        // then keep and apply, in one local transaction, the other windows' items and the office's own (this station's
        // own acts are in its ledger already; they are pulled only for the batches' signatures).
        const std::optional<station::BatchHead> batchHead = station::officeBatchHead(local);
        const std::int64_t after = std::max(station::lastOfficeItem(local), batchHead ? batchHead->lastId : 0);
        Published published = readPublished(*db, after, batchHead ? std::optional(batchHead->batch) : std::nullopt);
        std::vector<station::OfficeItem>& items = published.items;
        const std::vector<PublishedBatch>& batchRows = published.batches;
        if (auto refused = checkPublished(items, batchRows, after, batchHead, officeKey,
                                          {"the office key of this station's join file",
                                           "so nothing the office published was applied; a supervisor must look."})) {
            out.problem = out.problem ? *out.problem + " " + *refused : *refused;
        } else {
            std::vector<station::OfficeItem> others;
            for (auto& item : items) {
                if (item.origin != id)
                    others.push_back(std::move(item));
            }
            std::optional<station::BatchHead> newHead;
            if (!batchRows.empty())
                newHead = station::BatchHead{batchRows.back().id, batchRows.back().last, batchRows.back().signature};
            station::storeOfficeItems(local, others, station.clock().nowMs(), static_cast<std::int64_t>(store.size()),
                                      newHead);
            out.itemsPulled = others.size();
        }
    } catch (const PgUnreachable& e) {
        throw OfficeUnreachable("The connection to the office at " + url + " broke (" + e.what()
                                + "); what was committed stays there, and the next sync goes on from it.");
    }
    return out;
}

} // namespace tillbook::office
