// Record construction: the hash chains to the previous record and the signature covers the hash.
#include "ledger/writer.h"

#include "ledger/canonical_json.h"

namespace tillbook::ledger {

std::optional<KeyIntroduction> currentLedgerKey(LedgerStore& store)
{
    // ledger_keys only says where to look; the key itself is read from the signed record.
    auto st = store.db().prepare("SELECT r.seq, r.body FROM ledger_keys k JOIN ledger_records r ON r.seq = k.seq "
                                 "ORDER BY k.seq DESC LIMIT 1");
    if (!st.step())
        return std::nullopt;
    auto body = nlohmann::json::parse(st.columnTextView(1), nullptr, false);
    auto der = body.is_object() && body.contains("public_key") && body["public_key"].is_string()
                   ? fromBase64(body["public_key"].get<std::string>())
                   : std::nullopt;
    if (!der)
        throw FormatError("ledger record " + std::to_string(st.columnInt(0)) + " does not carry a readable public key");
    return KeyIntroduction{PublicKey::fromDer(*der), static_cast<std::uint64_t>(st.columnInt(0))};
}

LedgerWriter::LedgerWriter(LedgerStore& store, const Signer& signer, const Clock& clock)
    : m_store(store)
    , m_signer(&signer)
    , m_clock(clock)
    , m_station(store.station())
{
}

// The time rule (docs/ledger-format.md, "Time"): a record carries the wall clock's time, never earlier than the last
// record's; a wall clock behind it by more than the tolerance is said in a signed clock.stepped_back record first,
// after which the records carry the wall clock's time again.
Record LedgerWriter::build(std::string_view kind, std::string_view operatorId, std::string_view approver,
                           std::string body, const PublicKey* introducesKey)
{
    auto previous = m_store.last();
    std::int64_t time = nextTime(previous, operatorId);
    return seal(previous, time, kind, operatorId, approver, std::move(body), introducesKey);
}

std::int64_t LedgerWriter::nextTime(std::optional<Record>& previous, std::string_view operatorId)
{
    std::int64_t wall = m_clock.nowMs();
    if (!previous || wall >= previous->timeMs)
        return wall;
    if (previous->timeMs - wall <= kClockStepToleranceMs)
        return previous->timeMs;
    nlohmann::json step = {{"last_record_ms", previous->timeMs}, {"wall_clock_ms", wall}};
    previous = seal(previous, previous->timeMs, kKindClockSteppedBack, operatorId, "", canonicalJson(step), nullptr);
    return wall;
}

Record LedgerWriter::seal(const std::optional<Record>& previous, std::int64_t timeMs, std::string_view kind,
                          std::string_view operatorId, std::string_view approver, std::string body,
                          const PublicKey* introducesKey)
{
    Record r;
    r.version = kFormatVersion;
    r.algorithm = m_signer->algorithm();
    r.seq = previous ? previous->seq + 1 : 1;
    r.timeMs = timeMs;
    r.station = m_station;
    r.operatorId = operatorId;
    r.approver = approver;
    r.kind = kind;
    r.body = std::move(body);
    r.prevHash = previous ? previous->hash : Hash{};
    r.keyId = m_signer->publicKey().keyId();
    r.hash = computeRecordHash(r);
    r.signature = m_signer->sign(r.hash);
    std::string introduced;
    if (introducesKey)
        introduced.assign(introducesKey->keyId().begin(), introducesKey->keyId().end());
    m_store.insert(r, introduced);
    return r;
}

Record LedgerWriter::append(std::string_view kind, std::string_view operatorId, std::string_view approver,
                            const nlohmann::json& body)
{
    if (kind.empty() || kind.starts_with("ledger."))
        throw std::invalid_argument("record kind \"" + std::string(kind) + "\" is reserved or empty");
    if (!body.is_object())
        throw std::invalid_argument("a record body must be a JSON object");
    return build(kind, operatorId, approver, canonicalJson(body));
}

Record LedgerWriter::appendGenesis(std::string_view operatorId)
{
    if (m_store.size() != 0)
        throw std::logic_error("genesis record on a ledger that already has records");
    const PublicKey& key = m_signer->publicKey();
    nlohmann::json body = {{"format", kFormatVersion},
                           {"station", m_station},
                           {"origin", checkpointOrigin(m_station)},
                           {"key_id", toBase64(key.keyId())},
                           {"public_key", toBase64(key.der())}};
    return build(kKindGenesis, operatorId, "", canonicalJson(body), &key);
}

Record LedgerWriter::appendKeyRotation(const Signer& next, std::string_view operatorId, std::string_view reason)
{
    const PublicKey& key = next.publicKey();
    nlohmann::json body = {{"key_id", toBase64(key.keyId())},
                           {"public_key", toBase64(key.der())},
                           {"previous_key_id", toBase64(m_signer->publicKey().keyId())},
                           {"reason", std::string(reason)}};
    return build(kKindKeyRotate, operatorId, "", canonicalJson(body), &key);
}

std::pair<Record, Checkpoint> LedgerWriter::appendCheckpoint(std::string_view operatorId)
{
    // A clock.stepped_back record, when one is due, comes before the checkpoint so that the checkpoint covers it.
    auto previous = m_store.last();
    std::int64_t time = nextTime(previous, operatorId);
    std::uint64_t size = m_store.size();
    Hash root = m_store.root(size);
    Checkpoint checkpoint = signCheckpoint(checkpointOrigin(m_station), size, root, *m_signer);
    nlohmann::json body = {{"size", size}, {"root", toBase64(root)}, {"note", formatCheckpointNote(checkpoint)}};
    Record r = seal(previous, time, kKindCheckpoint, operatorId, "", canonicalJson(body), nullptr);
    return {r, checkpoint};
}

} // namespace tillbook::ledger
