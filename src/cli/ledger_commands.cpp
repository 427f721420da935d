// tillctl commands that read the ledger: verify, prove, export, key show. None of them writes anything.
#include "cli/args.h"
#include "cli/commands.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "ledger/record.h"
#include "ledger/store.h"
#include "ledger/verifier.h"
#include "ledger/writer.h"
#include "office/station_link.h"
#include "station/projector.h"
#include "station/services.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <iostream>

namespace tillbook::cli {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

station::DataPaths paths(const Args& args)
{
    return station::DataPaths(station::resolveDataDir(args.value("data")));
}

std::string isoTime(std::int64_t ms)
{
    std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(ms % 1000));
    return buffer;
}

ledger::Checkpoint loadCheckpointFile(const fs::path& file)
{
    auto text = station::readSmallFile(file);
    if (!text)
        throw UsageError("cannot read checkpoint file " + file.string());
    auto parsed = ledger::parseCheckpointNote(*text);
    if (auto* error = std::get_if<std::string>(&parsed))
        throw UsageError(file.string() + ": " + *error);
    return std::get<ledger::Checkpoint>(parsed);
}

json hashArray(const std::vector<ledger::Hash>& hashes)
{
    json out = json::array();
    for (const auto& h : hashes)
        out.push_back(ledger::toBase64(h));
    return out;
}

} // namespace

int cmdVerify(const Argv& argv)
{
    Args args(argv, {"data", "threads", "key", "checkpoint", "time-tolerance-ms"}, {"json", "chain-only"});
    station::DataPaths p = paths(args);
    auto db = station::openLedgerReadOnly(p);
    ledger::VerifyOptions options;
    options.signatures = !args.flag("chain-only");
    options.threads = static_cast<unsigned>(args.number("threads", 0));
    options.timeToleranceMs = static_cast<std::int64_t>(args.number("time-tolerance-ms", ledger::kClockStepToleranceMs));
    if (auto keyFile = args.value("key")) {
        auto pem = station::readSmallFile(*keyFile);
        if (!pem)
            throw UsageError("cannot read public key file " + *keyFile);
        // Any key that signed the ledger will do: each rotation is signed by the key before it, so the whole chain
        // hangs from whichever of its keys the auditor was given (docs/ledger-format.md, "Pinning a key").
        options.pinnedKey = ledger::PublicKey::fromPem(*pem);
        options.pinnedKeyName = *keyFile;
    }
    // The station's key files must name the ledger's current key: a swapped key file is caught here.
    if (auto keyFile = station::stationKeyFile(p, *db)) {
        options.expectedCurrentKeyId = keyFile->keyId;
        options.expectedCurrentKeyName = keyFile->name;
    }
    if (fs::exists(p.latestCheckpoint))
        options.externalCheckpoints.emplace_back(p.latestCheckpoint.string(), loadCheckpointFile(p.latestCheckpoint));
    for (const auto& file : args.values("checkpoint"))
        options.externalCheckpoints.emplace_back(file, loadCheckpointFile(file));
    // The office's cosigned checkpoints the station pulled: each is a checkpoint of this ledger like any other, and
    // must carry the cosignature of the office the station joined.
    std::optional<ledger::VerifyProblem> cosigned;
    auto officeKey = office::officeKeyOf(p);
    for (const auto& [size, note] : office::storedCosignatures(*db)) {
        std::string where = "the office's cosigned checkpoint of size " + std::to_string(size);
        auto parsed = ledger::parseCheckpointNote(note);
        if (auto* error = std::get_if<std::string>(&parsed)) {
            cosigned = cosigned ? cosigned : ledger::VerifyProblem{size, where + ": " + *error};
            continue;
        }
        const auto& checkpoint = std::get<ledger::Checkpoint>(parsed);
        if (officeKey) {
            if (auto problem = ledger::cosignatureProblem(checkpoint, ledger::CosignerKey::fromVkey(*officeKey)))
                cosigned = cosigned ? cosigned : ledger::VerifyProblem{size, where + ": " + *problem};
        }
        options.externalCheckpoints.emplace_back(where, checkpoint);
    }

    ledger::VerifyReport report = ledger::verifyLedger(*db, options);
    if (report.ok() && cosigned)
        report.problem = cosigned;
    if (args.flag("json")) {
        json out = {{"ok", report.ok()},
                    {"records", report.records},
                    {"last_seq", report.lastSeq},
                    {"root", ledger::toBase64(report.root)},
                    {"signatures_checked", report.signaturesChecked},
                    {"checkpoints_checked", report.checkpointsChecked},
                    {"clock_steps", json::array()},
                    {"problem", nullptr}};
        for (const auto& step : report.clockSteps)
            out["clock_steps"].push_back({{"seq", step.seq},
                                          {"last_record_ms", step.lastRecordMs},
                                          {"wall_clock_ms", step.wallClockMs}});
        if (report.problem)
            out["problem"] = {{"seq", report.problem->seq}, {"message", report.problem->message}};
        std::cout << out.dump() << "\n";
    } else if (report.ok()) {
        std::cout << "ledger intact: " << report.records << " records, last seq " << report.lastSeq << ", root "
                  << ledger::toBase64(report.root) << " (" << report.signaturesChecked << " signatures, "
                  << report.checkpointsChecked << " checkpoints checked"
                  << (options.signatures ? "" : "; signatures not checked") << ")\n";
        for (const auto& step : report.clockSteps)
            std::cout << "clock set back at seq " << step.seq << ": the last record said "
                      << station::utcTimestamp(step.lastRecordMs) << ", the wall clock "
                      << station::utcTimestamp(step.wallClockMs) << " ("
                      << (step.lastRecordMs - step.wallClockMs) / 1000 << " s back); later records carry the wall clock's time\n";
    } else {
        std::cout << "ledger NOT intact: " << report.problem->message << "\n";
    }
    return report.ok() ? kExitOk : kExitProblem;
}

int cmdProve(const Argv& argv)
{
    Args args(argv, {"data", "seq", "size", "from"}, {});
    station::DataPaths p = paths(args);
    auto db = station::openLedgerReadOnly(p);
    ledger::LedgerStore store(*db);
    std::uint64_t ledgerSize = store.size();
    std::uint64_t size = args.number("size", ledgerSize);
    if (size == 0 || size > ledgerSize)
        throw UsageError("--size must be between 1 and " + std::to_string(ledgerSize) + ", the ledger's size");
    ledger::Hash root = store.root(size);
    json out;
    if (args.value("from")) {
        std::uint64_t from = args.number("from", 0);
        if (from == 0 || from > size)
            throw UsageError("--from must be between 1 and the tree size " + std::to_string(size));
        auto proof = ledger::consistencyProof(from, size, store.nodeLookup());
        ledger::Hash root1 = store.root(from);
        auto check = ledger::verifyConsistency(from, size, proof, root1, root);
        if (!check.ok)
            throw std::runtime_error("the stored Merkle nodes gave a proof that does not verify: " + check.error);
        out = {{"size1", from}, {"size2", size}, {"root1", ledger::toBase64(root1)}, {"root2", ledger::toBase64(root)},
               {"proof", hashArray(proof)}};
    } else {
        std::uint64_t seq = args.number("seq", 0);
        if (seq == 0 || seq > size)
            throw UsageError("--seq must be between 1 and the tree size " + std::to_string(size));
        auto record = store.at(seq);
        if (!record)
            throw UsageError("seq " + std::to_string(seq) + " is not in the ledger");
        ledger::Hash leaf = ledger::merkleLeafHash(record->hash);
        auto proof = ledger::inclusionProof(seq - 1, size, store.nodeLookup());
        auto check = ledger::verifyInclusion(seq - 1, size, leaf, proof, root);
        if (!check.ok)
            throw std::runtime_error("the stored Merkle nodes gave a proof that does not verify: " + check.error);
        out = {{"seq", seq},
               {"leaf_index", seq - 1},
               {"tree_size", size},
               {"record_hash", ledger::toBase64(record->hash)},
               {"leaf_hash", ledger::toBase64(leaf)},
               {"root_hash", ledger::toBase64(root)},
               {"proof", hashArray(proof)}};
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

int cmdExport(const Argv& argv)
{
    Args args(argv, {"data", "format"}, {});
    if (args.required("format") != "jsonl")
        throw UsageError("--format must be jsonl");
    station::DataPaths p = paths(args);
    auto db = station::openLedgerReadOnly(p);
    ledger::LedgerStore store(*db);
    store.forEach(1, [](const ledger::Record& r) {
        json line = {{"seq", r.seq},
                     {"time_ms", r.timeMs},
                     {"time", isoTime(r.timeMs)},
                     {"station", r.station},
                     {"operator", r.operatorId},
                     {"approver", r.approver.empty() ? json(nullptr) : json(r.approver)},
                     {"kind", r.kind},
                     {"body", r.body},
                     {"prev_hash", ledger::toBase64(r.prevHash)},
                     {"hash", ledger::toBase64(r.hash)},
                     {"key_id", ledger::toBase64(r.keyId)},
                     {"signature", ledger::toBase64(r.signature)},
                     {"version", r.version},
                     {"algorithm", r.algorithm}};
        std::cout << line.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        return true;
    });
    std::cout.flush();
    return std::cout ? kExitOk : kExitError;
}

int cmdRecordShow(const Argv& argv)
{
    Args args(argv, {"data", "seq"}, {});
    station::DataPaths p = paths(args);
    auto db = station::openLedgerReadOnly(p);
    ledger::LedgerStore store(*db);
    std::uint64_t seq = args.number("seq", 0);
    auto record = store.at(seq);
    if (!record)
        throw UsageError("seq " + std::to_string(seq) + " is not in the ledger (it has "
                         + std::to_string(store.size()) + " records)");
    ledger::Bytes bytes = ledger::canonicalBytes(*record);
    json out = {{"seq", record->seq},
                {"time_ms", record->timeMs},
                {"station", record->station},
                {"operator", record->operatorId},
                {"approver", record->approver},
                {"kind", record->kind},
                {"body", record->body},
                {"version", record->version},
                {"algorithm", record->algorithm},
                {"prev_hash_hex", ledger::toHex(record->prevHash)},
                {"key_id_hex", ledger::toHex(record->keyId)},
                {"canonical_bytes_hex", ledger::toHex(bytes)},
                {"computed_hash_hex", ledger::toHex(ledger::sha256(bytes))},
                {"stored_hash_hex", ledger::toHex(record->hash)},
                {"signature_der_hex", ledger::toHex(record->signature)}};
    std::cout << out.dump(2) << "\n";
    return kExitOk;
}

int cmdKeyShow(const Argv& argv)
{
    Args args(argv, {"data"}, {});
    station::DataPaths p = paths(args);
    auto db = station::openLedgerReadOnly(p);
    ledger::LedgerStore store(*db);
    auto current = ledger::currentLedgerKey(store);
    if (!current)
        throw station::StationUnavailable("the ledger has no genesis record");
    std::cout << current->key.pem();
    std::cout << "key id: " << ledger::toHex(current->key.keyId()) << "\n";
    std::cout << "introduced at seq: " << current->seq << "\n";
    std::cout << "checkpoint key name: " << ledger::checkpointOrigin(store.station()) << " (hint "
              << ledger::toHex(std::span(current->key.keyId()).first(4)) << ")\n";
    return kExitOk;
}

} // namespace tillbook::cli
