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

VerifyReport verifyLedger(Db& db, const VerifyOptions& options)
{
    VerifyReport report;
    FirstProblem problems;
    LedgerStore store(db);
    const std::string station = store.station();

    std::vector<PublicKey> keys; // index = order of introduction
    std::vector<std::uint64_t> keyIntroducedAt;
    std::vector<bool> keySigned; // whether keys[i] signed at least one record
    unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::optional<SignaturePool> pool;
    if (options.signatures)
        pool.emplace(threads, keys, problems);

    const std::string origin = checkpointOrigin(station);
    // External checkpoints are compared when the streaming tree reaches their size.
    std::multimap<std::uint64_t, const std::pair<std::string, Checkpoint>*> pending;
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

    CompactRange tree;
    std::vector<NodeRef> completed;
    Sha256 hasher;
    Hash previousHash{};
    std::int64_t previousTime = INT64_MIN;
    std::uint64_t expectedSeq = 1;
    std::optional<std::uint32_t> currentKey;
    std::optional<std::uint32_t> nextKey; // introduced by a rotation, effective from the next record
    Batch batch;
    constexpr std::size_t kBatchSize = 2048;

    // Called once record `size` is in the tree: the checkpoint was signed by the key that signs record size + 1.
    auto checkPending = [&](std::uint64_t size) {
        for (auto it = pending.find(size); it != pending.end() && it->first == size; it = pending.erase(it)) {
            const auto& [where, checkpoint] = *it->second;
            const PublicKey& key = keys[nextKey ? *nextKey : *currentKey];
            // The signature first: only a checkpoint the station signed can say the ledger was changed.
            if (auto problem = checkpointSignatureProblem(checkpoint, key))
                problems.report(size, "checkpoint from " + where + " (size " + std::to_string(size)
                                          + ") is not the station's: " + *problem);
            else if (checkpoint.root != tree.root())
                problems.report(size, "checkpoint from " + where + " (size " + std::to_string(size)
                                          + ") does not match the ledger: records up to " + seqText(size)
                                          + " were changed");
            else
                ++report.checkpointsChecked;
        }
    };

    auto chainProblem = [&](std::uint64_t seq, const std::string& what) { problems.report(seq, seqText(seq) + ": " + what); };

    auto st = db.prepare(std::string("SELECT ") + kRecordColumns + " FROM ledger_records ORDER BY seq");
    while (st.step()) {
        Record r = readRecord(st);
        if (r.seq != expectedSeq) {
            if (r.seq > expectedSeq)
                problems.report(expectedSeq, seqText(expectedSeq) + " missing");
            else
                chainProblem(r.seq, "out of order");
            break;
        }
        if (r.version != kFormatVersion) {
            chainProblem(r.seq, "format version " + std::to_string(r.version) + " is not one this verifier reads");
            break;
        }
        if (r.algorithm != kAlgEcdsaP256Sha256) {
            chainProblem(r.seq, "signature algorithm " + std::to_string(r.algorithm) + " is unknown");
            break;
        }
        Hash computed = computeRecordHash(r, hasher);
        report.bytesHashed += 19 + 2 + 32 + 8 + 8 + 32 + 20 + r.station.size() + r.operatorId.size()
                              + r.approver.size() + r.kind.size() + r.body.size();
        if (computed != r.hash) {
            chainProblem(r.seq, "hash mismatch (record changed)");
            break;
        }
        if (r.prevHash != previousHash) {
            chainProblem(r.seq, "previous-hash link broken (a record before it was removed, replaced or reordered)");
            break;
        }
        if (r.station != station) {
            chainProblem(r.seq, "station \"" + r.station + "\" is not this ledger's station \"" + station + "\"");
            break;
        }
        if (previousTime != INT64_MIN && r.timeMs < previousTime - options.timeToleranceMs) {
            chainProblem(r.seq, "time goes backwards by " + std::to_string((previousTime - r.timeMs) / 1000)
                                    + " s (tolerance " + std::to_string(options.timeToleranceMs / 1000)
                                    + " s) with no clock.stepped_back record before it");
            break;
        }
        // After a clock.stepped_back record, time continues from the wall clock it reported.
        std::int64_t timeAfter = r.timeMs;
        if (r.kind == kKindClockSteppedBack) {
            auto step = parseClockStep(r.body);
            if (!step || previousTime == INT64_MIN || step->lastRecordMs != previousTime || r.timeMs != previousTime
                || step->wallClockMs >= step->lastRecordMs) {
                chainProblem(r.seq, "clock.stepped_back record is malformed: it must keep the last record's time and "
                                    "report an earlier wall clock");
                break;
            }
            step->seq = r.seq;
            report.clockSteps.push_back(*step);
            timeAfter = step->wallClockMs;
        }

        if (nextKey) {
            currentKey = nextKey;
            nextKey.reset();
        }
        bool isGenesis = r.kind == kKindGenesis;
        if (isGenesis != (r.seq == 1)) {
            chainProblem(r.seq, r.seq == 1 ? "the first record is not a genesis record" : "a second genesis record");
            break;
        }
        if (isGenesis || r.kind == kKindKeyRotate) {
            auto body = nlohmann::json::parse(r.body, nullptr, false);
            auto introduced = introducedKey(r, body, origin, isGenesis ? nullptr : &keys[*currentKey]);
            if (auto* problem = std::get_if<std::string>(&introduced)) {
                chainProblem(r.seq, *problem);
                break;
            }
            std::uint32_t index;
            {
                std::unique_lock<std::mutex> lock;
                if (pool)
                    lock = std::unique_lock(pool->m_mutex);
                keys.push_back(std::get<PublicKey>(std::move(introduced)));
                keyIntroducedAt.push_back(r.seq);
                keySigned.push_back(false);
                index = static_cast<std::uint32_t>(keys.size() - 1);
            }
            if (isGenesis)
                currentKey = index; // self-signed
            else
                nextKey = index; // signed by the old key
        }
        if (!currentKey || r.keyId != keys[*currentKey].keyId()) {
            chainProblem(r.seq, "signed by key " + shortKey(r.keyId) + ", but the ledger's key at this point is "
                                    + (currentKey ? shortKey(keys[*currentKey].keyId()) : std::string("none")));
            break;
        }
        keySigned[*currentKey] = true;

        if (r.kind == kKindCheckpoint) {
            auto body = nlohmann::json::parse(r.body, nullptr, false);
            bool shaped = hasExactly(body, {"note", "root", "size"}) && body["size"].is_number_unsigned()
                          && body["note"].is_string() && body["root"].is_string();
            if (!shaped) {
                chainProblem(r.seq, "checkpoint record is malformed (its body must be exactly note, root and size)");
                break;
            }
            auto parsed = parseCheckpointNote(body["note"].get<std::string>());
            if (auto* error = std::get_if<std::string>(&parsed)) {
                chainProblem(r.seq, *error);
                break;
            }
            const Checkpoint& checkpoint = std::get<Checkpoint>(parsed);
            if (checkpoint.origin != origin) {
                chainProblem(r.seq, "checkpoint origin is not this ledger's origin " + origin);
                break;
            }
            if (checkpoint.size != r.seq - 1 || body["size"].get<std::uint64_t>() != checkpoint.size) {
                chainProblem(r.seq, "checkpoint size " + std::to_string(checkpoint.size) + " is not the tree before it");
                break;
            }
            if (body["root"] != toBase64(checkpoint.root)) {
                chainProblem(r.seq, "checkpoint body's root is not its note's root");
                break;
            }
            if (checkpoint.root != tree.root()) {
                chainProblem(r.seq, "checkpoint root does not match the records before it");
                break;
            }
            if (auto problem = checkpointSignatureProblem(checkpoint, keys[*currentKey])) {
                chainProblem(r.seq, *problem);
                break;
            }
            ++report.checkpointsChecked;
        }

        completed.clear();
        tree.append(merkleLeafHash(r.hash), &completed);
        auto storedNodes = st.columnBlob(kMerkleNodesColumn);
        bool nodesMatch = storedNodes.size() == (completed.size() - 1) * 32;
        for (std::size_t i = 1; nodesMatch && i < completed.size(); ++i)
            nodesMatch = std::equal(completed[i].hash.begin(), completed[i].hash.end(),
                                    storedNodes.begin() + static_cast<std::ptrdiff_t>((i - 1) * 32));
        if (!nodesMatch) {
            chainProblem(r.seq, "stored Merkle nodes do not match the records (proofs would be wrong)");
            break;
        }
        previousHash = r.hash;
        previousTime = timeAfter;
        report.records = r.seq;
        report.lastSeq = r.seq;
        ++expectedSeq;
        checkPending(tree.size());

        if (pool) {
            batch.push_back(SigItem{r.seq, *currentKey, r.hash, std::move(r.signature), std::move(r.body)});
            if (batch.size() == kBatchSize) {
                pool->submit(std::move(batch));
                batch = Batch();
                batch.reserve(kBatchSize);
            }
        }
        if (problems.lowest() != UINT64_MAX)
            break; // a worker found a problem; nothing later can come first
    }
    if (pool) {
        if (!batch.empty())
            pool->submit(std::move(batch));
        pool->finish();
        report.signaturesChecked = pool->checked();
    }
    report.root = tree.root();

    if (!problems.get()) {
        for (const auto& [size, external] : pending) {
            problems.report(report.lastSeq + 1,
                            "ledger truncated: the checkpoint from " + external->first + " covers " + std::to_string(size)
                                + " records but the ledger ends at seq " + std::to_string(report.lastSeq) + " (seq "
                                + std::to_string(report.lastSeq + 1) + " missing)");
            break;
        }
    }
    if (!problems.get() && report.records > 0) {
        try {
            if (store.root(report.records) != report.root)
                problems.report(0, "the stored Merkle nodes do not match the records (proofs would be wrong)");
        } catch (const StorageError& e) {
            problems.report(0, e.what());
        }
    }
    if (!problems.get() && options.expectedCurrentKeyId && currentKey) {
        std::uint32_t effective = nextKey ? *nextKey : *currentKey;
        if (keys[effective].keyId() != *options.expectedCurrentKeyId)
            problems.report(keyIntroducedAt[effective],
                            "the key file " + options.expectedCurrentKeyName + " (key id "
                                + shortKey(*options.expectedCurrentKeyId) + ") is not the key the ledger uses since seq "
                                + std::to_string(keyIntroducedAt[effective]) + " (key id "
                                + shortKey(keys[effective].keyId()) + ")");
    }
    if (!problems.get() && options.pinnedKey) {
        bool signedHere = false;
        std::string known;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            signedHere = signedHere || (keySigned[i] && keys[i].keyId() == options.pinnedKey->keyId());
            known += (known.empty() ? "" : ", ") + shortKey(keys[i].keyId()) + " from seq "
                     + std::to_string(keyIntroducedAt[i] == 1 ? 1 : keyIntroducedAt[i] + 1);
        }
        if (!signedHere)
            problems.report(0, "the key in " + options.pinnedKeyName + " (key id " + shortKey(options.pinnedKey->keyId())
                                   + ") signed no record of this ledger, whose keys are " + known);
    }
    report.problem = problems.get();
    return report;
}

} // namespace tillbook::ledger
