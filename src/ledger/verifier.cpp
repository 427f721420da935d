// The verifier streams records once: the reading thread checks the chain and Merkle tree in order while
// worker threads check signatures and canonical bodies in batches. Memory stays O(batch + log n).
#include "ledger/verifier.h"

#include "core/text.h"
#include "ledger/canonical_json.h"
#include "ledger/merkle.h"
#include "ledger/record.h"
#include "ledger/store.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <bit>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>

namespace tillbook::ledger {

namespace {

struct SigItem {
    std::uint64_t seq;
    std::uint32_t key;
    Hash hash;
    Bytes signature;
    std::string body;
};

using Batch = std::vector<SigItem>;

// Keeps the lowest-seq problem found by any thread.
class FirstProblem {
public:
    void report(std::uint64_t seq, std::string message)
    {
        std::lock_guard lock(m_mutex);
        if (!m_problem || seq < m_problem->seq)
            m_problem = VerifyProblem{seq, std::move(message)};
        m_lowest.store(m_problem->seq);
    }
    std::optional<VerifyProblem> get()
    {
        std::lock_guard lock(m_mutex);
        return m_problem;
    }
    std::uint64_t lowest() const { return m_lowest.load(); }

private:
    std::mutex m_mutex;
    std::optional<VerifyProblem> m_problem;
    std::atomic<std::uint64_t> m_lowest{UINT64_MAX};
};

class SignaturePool {
public:
    SignaturePool(unsigned threads, const std::vector<PublicKey>& keys, FirstProblem& problems)
        : m_keys(keys)
        , m_problems(problems)
    {
        for (unsigned i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~SignaturePool() { finish(); }

    void submit(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queue.size() < 2 * m_threads.size(); });
        m_queue.push_back(std::move(batch));
        m_ready.notify_one();
    }

    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
        for (auto& t : m_threads) {
            if (t.joinable())
                t.join();
        }
    }

    std::uint64_t checked() const { return m_checked.load(); }

private:
    void work()
    {
        // Keys are only appended by the reader between batches that use them, and a batch is submitted
        // after its keys exist; verifiers are built lazily per thread.
        std::vector<std::unique_ptr<SignatureVerifier>> verifiers;
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_closed || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                batch = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_space.notify_one();
            std::uint64_t done = 0;
            for (const SigItem& item : batch) {
                if (item.seq > m_problems.lowest())
                    break; // a problem earlier in the ledger already decides the answer
                std::size_t keyCount;
                {
                    std::lock_guard lock(m_mutex);
                    keyCount = m_keys.size();
                }
                if (verifiers.size() < keyCount)
                    verifiers.resize(keyCount);
                if (!verifiers[item.key]) {
                    std::lock_guard lock(m_mutex);
                    verifiers[item.key] = std::make_unique<SignatureVerifier>(m_keys[item.key]);
                }
                if (!verifiers[item.key]->verify(item.hash, item.signature))
                    m_problems.report(item.seq, "seq " + std::to_string(item.seq) + ": signature invalid");
                else if (auto problem = canonicalJsonProblem(item.body))
                    m_problems.report(item.seq, "seq " + std::to_string(item.seq) + ": " + *problem);
                ++done;
            }
            m_checked += done;
        }
    }

public:
    std::mutex m_mutex; // also guards m_keys growth, shared with the reader
private:
    const std::vector<PublicKey>& m_keys;
    FirstProblem& m_problems;
    std::vector<std::thread> m_threads;
    std::deque<Batch> m_queue;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    bool m_closed = false;
    std::atomic<std::uint64_t> m_checked{0};
};

std::string seqText(std::uint64_t seq)
{
    return "seq " + std::to_string(seq);
}

std::string shortKey(const Hash& keyId)
{
    return toHex(std::span<const std::uint8_t>(keyId.data(), 8));
}

std::optional<PublicKey> keyFromBody(const nlohmann::json& body)
{
    if (!body.is_object() || !body.contains("public_key") || !body["public_key"].is_string())
        return std::nullopt;
    auto der = fromBase64(body["public_key"].get<std::string>());
    if (!der)
        return std::nullopt;
    try {
        return PublicKey::fromDer(*der);
    } catch (const CryptoError&) {
        return std::nullopt;
    }
}

// The body of a clock.stepped_back record: exactly the two readings, as integers.
std::optional<ClockStep> parseClockStep(const std::string& text)
{
    auto body = nlohmann::json::parse(text, nullptr, false);
    if (!body.is_object() || body.size() != 2)
        return std::nullopt;
    auto last = body.find("last_record_ms");
    auto wall = body.find("wall_clock_ms");
    if (last == body.end() || wall == body.end() || !last->is_number_integer() || !wall->is_number_integer())
        return std::nullopt;
    ClockStep step;
    step.lastRecordMs = last->get<std::int64_t>();
    step.wallClockMs = wall->get<std::int64_t>();
    return step;
}

bool hasExactly(const nlohmann::json& body, std::initializer_list<const char*> fields)
{
    if (!body.is_object() || body.size() != fields.size())
        return false;
    for (const char* field : fields) {
        if (!body.contains(field))
            return false;
    }
    return true;
}

// The key a genesis or rotation record introduces, once its body is what docs/ledger-format.md says ("Ledger record
// kinds"); otherwise one sentence why not. `inForce` is the key that signs the record (null for genesis).
std::variant<PublicKey, std::string> introducedKey(const Record& r, const nlohmann::json& body,
                                                   const std::string& origin, const PublicKey* inForce)
{
    bool genesis = inForce == nullptr;
    if (genesis && !hasExactly(body, {"format", "key_id", "origin", "public_key", "station"}))
        return std::string("the genesis body must have exactly the fields format, key_id, origin, public_key and "
                           "station");
    if (!genesis && !hasExactly(body, {"key_id", "previous_key_id", "public_key", "reason"}))
        return std::string("the key rotation body must have exactly the fields key_id, previous_key_id, public_key "
                           "and reason");
    auto key = keyFromBody(body);
    if (!key)
        return std::string("the key it introduces is not a readable P-256 public key");
    if (body["key_id"] != toBase64(key->keyId()))
        return std::string("the key_id in its body is not the SHA-256 of its public_key");
    if (genesis) {
        if (!body["format"].is_number_integer() || body["format"] != kFormatVersion)
            return std::string("the genesis body's format is not 1");
        if (body["station"] != r.station)
            return "the genesis body's station is not the record's station \"" + r.station + "\"";
        if (body["origin"] != origin)
            return "the genesis body's origin is not \"" + origin + "\"";
    } else {
        if (!body["reason"].is_string())
            return std::string("the key rotation's reason is not a string");
        if (body["previous_key_id"] != toBase64(inForce->keyId()))
            return "the key rotation's previous_key_id does not name the key in force (" + shortKey(inForce->keyId())
                   + ")";
    }
    return *key;
}

} // namespace

ChainState::ChainState(std::string station)
    : station(std::move(station))
{
}

const PublicKey* ChainState::keyInForce() const
{
    if (nextKey)
        return &keys[*nextKey];
    return currentKey ? &keys[*currentKey] : nullptr;
}

std::string ChainState::toJson() const
{
    nlohmann::json keyList = nlohmann::json::array();
    for (std::size_t i = 0; i < keys.size(); ++i)
        keyList.push_back({{"der", toBase64(keys[i].der())},
                           {"introduced_at", keyIntroducedAt[i]},
                           {"signed", static_cast<bool>(keySigned[i])}});
    nlohmann::json peaks = nlohmann::json::array();
    for (const Hash& peak : tree.peaks())
        peaks.push_back(toBase64(peak));
    auto index = [](const std::optional<std::uint32_t>& i) { return i ? nlohmann::json(*i) : nlohmann::json(nullptr); };
    nlohmann::json out = {{"station", station},   {"size", size},
                          {"last_hash", toBase64(lastHash)},
                          {"last_time_ms", lastTimeMs},
                          {"keys", keyList},      {"current_key", index(currentKey)},
                          {"next_key", index(nextKey)},
                          {"peaks", peaks}};
    return out.dump();
}

ChainState ChainState::fromJson(std::string_view text)
{
    auto in = nlohmann::json::parse(text, nullptr, false);
    try {
        ChainState state(in.at("station").get<std::string>());
        state.size = in.at("size").get<std::uint64_t>();
        auto hash = hashFromBase64(in.at("last_hash").get<std::string>());
        if (!hash)
            throw FormatError("the saved chain state's last hash is not base64 of 32 bytes");
        state.lastHash = *hash;
        state.lastTimeMs = in.at("last_time_ms").get<std::int64_t>();
        for (const auto& key : in.at("keys")) {
            auto der = fromBase64(key.at("der").get<std::string>());
            if (!der)
                throw FormatError("the saved chain state holds a key that is not base64");
            state.keys.push_back(PublicKey::fromDer(*der));
            state.keyIntroducedAt.push_back(key.at("introduced_at").get<std::uint64_t>());
            state.keySigned.push_back(key.at("signed").get<bool>());
        }
        auto index = [&](const char* name) -> std::optional<std::uint32_t> {
            const auto& value = in.at(name);
            if (value.is_null())
                return std::nullopt;
            auto i = value.get<std::uint32_t>();
            if (i >= state.keys.size())
                throw FormatError("the saved chain state names a key it does not hold");
            return i;
        };
        state.currentKey = index("current_key");
        state.nextKey = index("next_key");
        std::vector<Hash> peaks;
        for (const auto& peak : in.at("peaks")) {
            auto h = hashFromBase64(peak.get<std::string>());
            if (!h)
                throw FormatError("the saved chain state holds a Merkle peak that is not base64 of 32 bytes");
            peaks.push_back(*h);
        }
        if (peaks.size() != static_cast<std::size_t>(std::popcount(state.size)))
            throw FormatError("the saved chain state's Merkle peaks do not fit its size");
        std::size_t next = 0;
        state.tree = CompactRange::restore(state.size, [&](unsigned, std::uint64_t) { return peaks[next++]; });
        return state;
    } catch (const nlohmann::json::exception&) {
        throw FormatError("the saved chain state is not what Tillbook writes");
    }
}

struct ChainVerifier::Impl {
    Impl(ChainState start, const VerifyOptions& opts)
        : state(std::move(start))
        , options(opts)
        , origin(checkpointOrigin(state.station))
    {
        unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
        if (options.signatures)
            pool.emplace(threads, state.keys, problems);
        // External checkpoints are compared when the streaming tree reaches their size.
        for (const auto& external : options.externalCheckpoints) {
            const auto& [where, checkpoint] = external;
            if (checkpoint.origin != origin)
                problems.report(0, "the checkpoint from " + where + " is for " + quoteForMessage(checkpoint.origin)
                                       + ", not for this ledger's origin " + origin);
            else if (checkpoint.size == 0)
                problems.report(0, "the checkpoint from " + where + " covers no records; Tillbook never signs one");
            else
                pending.emplace(checkpoint.size, &external);
        }
        batch.reserve(kBatchSize);
    }

    // Called once record `size` is in the tree: the checkpoint was signed by the key that signs record size + 1.
    void checkPending(std::uint64_t size)
    {
        for (auto it = pending.find(size); it != pending.end() && it->first == size; it = pending.erase(it)) {
            const auto& [where, checkpoint] = *it->second;
            const PublicKey& key = *state.keyInForce();
            // The signature first: only a checkpoint the station signed can say the ledger was changed.
            if (auto problem = checkpointSignatureProblem(checkpoint, key))
                problems.report(size, "checkpoint from " + where + " (size " + std::to_string(size)
                                          + ") is not the station's: " + *problem);
            else if (checkpoint.root != state.tree.root())
                problems.report(size, "checkpoint from " + where + " (size " + std::to_string(size)
                                          + ") does not match the ledger: records up to " + seqText(size)
                                          + " were changed");
            else
                ++report.checkpointsChecked;
        }
    }

    void chainProblem(std::uint64_t seq, const std::string& what) { problems.report(seq, seqText(seq) + ": " + what); }

    // Everything but the signature and the body's canonical form, which the pool checks; false at a problem.
    bool check(Record& r, std::optional<std::span<const std::uint8_t>> storedNodes);

    // Small enough that the last batches of a run keep every worker busy (a few thousand records at the office end
    // with one worker checking a whole batch alone while the others wait), large enough that the queue's lock is rare.
    static constexpr std::size_t kBatchSize = 256;
    ChainState state;
    const VerifyOptions options; // a copy: a caller may pass a temporary, and the pending checkpoints point into it
    const std::string origin;
    FirstProblem problems;
    std::optional<SignaturePool> pool;
    std::multimap<std::uint64_t, const std::pair<std::string, Checkpoint>*> pending;
    VerifyReport report;
    std::vector<NodeRef> completed;
    Sha256 hasher;
    Batch batch;
};

bool ChainVerifier::Impl::check(Record& r, std::optional<std::span<const std::uint8_t>> storedNodes)
{
    const std::uint64_t expectedSeq = state.size + 1;
    const std::int64_t previousTime = state.lastTimeMs;
    if (r.seq != expectedSeq) {
        if (r.seq > expectedSeq)
            problems.report(expectedSeq, seqText(expectedSeq) + " missing");
        else
            chainProblem(r.seq, "out of order");
        return false;
    }
    if (r.version != kFormatVersion) {
        chainProblem(r.seq, "format version " + std::to_string(r.version) + " is not one this verifier reads");
        return false;
    }
    if (r.algorithm != kAlgEcdsaP256Sha256) {
        chainProblem(r.seq, "signature algorithm " + std::to_string(r.algorithm) + " is unknown");
        return false;
    }
    Hash computed = computeRecordHash(r, hasher);
    report.bytesHashed += 19 + 2 + 32 + 8 + 8 + 32 + 20 + r.station.size() + r.operatorId.size() + r.approver.size()
                          + r.kind.size() + r.body.size();
    if (computed != r.hash) {
        chainProblem(r.seq, "hash mismatch (record changed)");
        return false;
    }
    if (r.prevHash != state.lastHash) {
        chainProblem(r.seq, "previous-hash link broken (a record before it was removed, replaced or reordered)");
        return false;
    }
    if (r.station != state.station) {
        chainProblem(r.seq, "station \"" + r.station + "\" is not this ledger's station \"" + state.station + "\"");
        return false;
    }
    if (previousTime != INT64_MIN && r.timeMs < previousTime - options.timeToleranceMs) {
        chainProblem(r.seq, "time goes backwards by " + std::to_string((previousTime - r.timeMs) / 1000)
                                + " s (tolerance " + std::to_string(options.timeToleranceMs / 1000)
                                + " s) with no clock.stepped_back record before it");
        return false;
    }
    // After a clock.stepped_back record, time continues from the wall clock it reported.
    std::int64_t timeAfter = r.timeMs;
    if (r.kind == kKindClockSteppedBack) {
        auto step = parseClockStep(r.body);
        if (!step || previousTime == INT64_MIN || step->lastRecordMs != previousTime || r.timeMs != previousTime
            || step->wallClockMs >= step->lastRecordMs) {
            chainProblem(r.seq, "clock.stepped_back record is malformed: it must keep the last record's time and "
                                "report an earlier wall clock");
            return false;
        }
        step->seq = r.seq;
        report.clockSteps.push_back(*step);
        timeAfter = step->wallClockMs;
    }

    if (state.nextKey) {
        state.currentKey = state.nextKey;
        state.nextKey.reset();
    }
    bool isGenesis = r.kind == kKindGenesis;
    if (isGenesis != (r.seq == 1)) {
        chainProblem(r.seq, r.seq == 1 ? "the first record is not a genesis record" : "a second genesis record");
        return false;
    }
    if (isGenesis || r.kind == kKindKeyRotate) {
        auto body = nlohmann::json::parse(r.body, nullptr, false);
        auto introduced = introducedKey(r, body, origin, isGenesis ? nullptr : &state.keys[*state.currentKey]);
        if (auto* problem = std::get_if<std::string>(&introduced)) {
            chainProblem(r.seq, *problem);
            return false;
        }
        std::uint32_t index;
        {
            std::unique_lock<std::mutex> lock;
            if (pool)
                lock = std::unique_lock(pool->m_mutex);
            state.keys.push_back(std::get<PublicKey>(std::move(introduced)));
            state.keyIntroducedAt.push_back(r.seq);
            state.keySigned.push_back(false);
            index = static_cast<std::uint32_t>(state.keys.size() - 1);
        }
        if (isGenesis)
            state.currentKey = index; // self-signed
        else
            state.nextKey = index; // signed by the old key
    }
    if (!state.currentKey || r.keyId != state.keys[*state.currentKey].keyId()) {
        chainProblem(r.seq, "signed by key " + shortKey(r.keyId) + ", but the ledger's key at this point is "
                                + (state.currentKey ? shortKey(state.keys[*state.currentKey].keyId())
                                                    : std::string("none")));
        return false;
    }
    state.keySigned[*state.currentKey] = true;

    if (r.kind == kKindCheckpoint) {
        auto body = nlohmann::json::parse(r.body, nullptr, false);
        bool shaped = hasExactly(body, {"note", "root", "size"}) && body["size"].is_number_unsigned()
                      && body["note"].is_string() && body["root"].is_string();
        if (!shaped) {
            chainProblem(r.seq, "checkpoint record is malformed (its body must be exactly note, root and size)");
            return false;
        }
        auto parsed = parseCheckpointNote(body["note"].get<std::string>());
        if (auto* error = std::get_if<std::string>(&parsed)) {
            chainProblem(r.seq, *error);
            return false;
        }
        const Checkpoint& checkpoint = std::get<Checkpoint>(parsed);
        if (checkpoint.origin != origin) {
            chainProblem(r.seq, "checkpoint origin is not this ledger's origin " + origin);
            return false;
        }
        if (checkpoint.size != r.seq - 1 || body["size"].get<std::uint64_t>() != checkpoint.size) {
            chainProblem(r.seq, "checkpoint size " + std::to_string(checkpoint.size) + " is not the tree before it");
            return false;
        }
        if (body["root"] != toBase64(checkpoint.root)) {
            chainProblem(r.seq, "checkpoint body's root is not its note's root");
            return false;
        }
        if (checkpoint.root != state.tree.root()) {
            chainProblem(r.seq, "checkpoint root does not match the records before it");
            return false;
        }
        if (auto problem = checkpointSignatureProblem(checkpoint, state.keys[*state.currentKey])) {
            chainProblem(r.seq, *problem);
            return false;
        }
        ++report.checkpointsChecked;
    }

    completed.clear();
    state.tree.append(merkleLeafHash(r.hash), &completed);
    if (storedNodes) {
        bool nodesMatch = storedNodes->size() == (completed.size() - 1) * 32;
        for (std::size_t i = 1; nodesMatch && i < completed.size(); ++i)
            nodesMatch = std::equal(completed[i].hash.begin(), completed[i].hash.end(),
                                    storedNodes->begin() + static_cast<std::ptrdiff_t>((i - 1) * 32));
        if (!nodesMatch) {
            chainProblem(r.seq, "stored Merkle nodes do not match the records (proofs would be wrong)");
            return false;
        }
    }
    state.lastHash = r.hash;
    state.lastTimeMs = timeAfter;
    state.size = r.seq;
    report.records = r.seq;
    report.lastSeq = r.seq;
    checkPending(state.tree.size());
    return true;
}

ChainVerifier::ChainVerifier(ChainState start, const VerifyOptions& options)
    : m_impl(std::make_unique<Impl>(std::move(start), options))
{
    m_impl->report.records = m_impl->state.size;
    m_impl->report.lastSeq = m_impl->state.size;
}

ChainVerifier::~ChainVerifier() = default;

bool ChainVerifier::add(Record r, std::optional<std::span<const std::uint8_t>> storedNodes)
{
    Impl& v = *m_impl;
    if (v.problems.lowest() != UINT64_MAX || !v.check(r, storedNodes))
        return false;
    if (v.pool) {
        v.batch.push_back(SigItem{r.seq, *v.state.currentKey, r.hash, std::move(r.signature), std::move(r.body)});
        if (v.batch.size() == Impl::kBatchSize) {
            v.pool->submit(std::move(v.batch));
            v.batch = Batch();
            v.batch.reserve(Impl::kBatchSize);
        }
    }
    return v.problems.lowest() == UINT64_MAX; // a worker may have found a problem; nothing later can come first
}

VerifyReport ChainVerifier::finish()
{
    Impl& v = *m_impl;
    if (v.pool) {
        if (!v.batch.empty())
            v.pool->submit(std::move(v.batch));
        v.batch = Batch();
        v.pool->finish();
        v.report.signaturesChecked = v.pool->checked();
    }
    v.report.root = v.state.tree.root();
    if (!v.problems.get()) {
        for (const auto& [size, external] : v.pending) {
            const std::uint64_t last = v.report.lastSeq;
            v.problems.report(last + 1, "ledger truncated: the checkpoint from " + external->first + " covers "
                                            + std::to_string(size) + " records but the ledger ends at seq "
                                            + std::to_string(last) + " (seq " + std::to_string(last + 1) + " missing)");
            break;
        }
    }
    v.report.problem = v.problems.get();
    return v.report;
}

const ChainState& ChainVerifier::state() const
{
    return m_impl->state;
}

std::optional<VerifyProblem> keyFileProblem(const ChainState& state, const VerifyOptions& options)
{
    if (options.expectedCurrentKeyId && state.currentKey) {
        std::uint32_t effective = state.nextKey ? *state.nextKey : *state.currentKey;
        const std::uint64_t since = state.keyIntroducedAt[effective];
        if (state.keys[effective].keyId() != *options.expectedCurrentKeyId)
            return VerifyProblem{since, "the key file " + options.expectedCurrentKeyName + " (key id "
                                            + shortKey(*options.expectedCurrentKeyId)
                                            + ") is not the key the ledger uses since seq " + std::to_string(since)
                                            + " (key id " + shortKey(state.keys[effective].keyId()) + ")"};
    }
    if (options.pinnedKey) {
        bool signedHere = false;
        std::string known;
        for (std::size_t i = 0; i < state.keys.size(); ++i) {
            signedHere = signedHere || (state.keySigned[i] && state.keys[i].keyId() == options.pinnedKey->keyId());
            known += (known.empty() ? "" : ", ") + shortKey(state.keys[i].keyId()) + " from seq "
                     + std::to_string(state.keyIntroducedAt[i] == 1 ? 1 : state.keyIntroducedAt[i] + 1);
        }
        if (!signedHere)
            return VerifyProblem{0, "the key in " + options.pinnedKeyName + " (key id "
                                        + shortKey(options.pinnedKey->keyId()) + ") signed no record of this ledger, "
                                        + "whose keys are " + known};
    }
    return std::nullopt;
}

VerifyReport verifyLedger(Db& db, const VerifyOptions& options)
{
    LedgerStore store(db);
    ChainVerifier verifier(ChainState(store.station()), options);
    auto st = db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records ORDER BY seq");
    while (st.step()) {
        if (!verifier.add(readRecord(st), st.columnBlob(kMerkleNodesColumn)))
            break;
    }
    VerifyReport report = verifier.finish();
    if (!report.problem && report.records > 0) {
        try {
            if (store.root(report.records) != report.root)
                report.problem = VerifyProblem{0, "the stored Merkle nodes do not match the records (proofs would be "
                                                  "wrong)"};
        } catch (const StorageError& e) {
            report.problem = VerifyProblem{0, e.what()};
        }
    }
    if (!report.problem)
        report.problem = keyFileProblem(verifier.state(), options);
    return report;
}

} // namespace tillbook::ledger
