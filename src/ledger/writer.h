// Builds, signs and stores ledger records: genesis, ordinary records, key rotations and checkpoints.
#pragma once

#include "core/clock.h"
#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/store.h"

#include <nlohmann/json.hpp>

namespace tillbook::ledger {

struct KeyIntroduction {
    PublicKey key;
    std::uint64_t seq; // the record that introduced it
};

// The key that must sign the next record, as the ledger itself says (genesis or the latest rotation).
std::optional<KeyIntroduction> currentLedgerKey(LedgerStore& store);

class LedgerWriter {
public:
    LedgerWriter(LedgerStore& store, const Signer& signer, const Clock& clock);

    // Appends one record inside the caller's open transaction and returns it as stored.
    Record append(std::string_view kind, std::string_view operatorId, std::string_view approver,
                  const nlohmann::json& body);

    // The first record: introduces the signer's key. Only on an empty ledger.
    Record appendGenesis(std::string_view operatorId);

    // Signs, with the current key, a record that introduces `next`; later records must be signed by `next`.
    // The caller switches signers (setSigner) after the transaction commits.
    Record appendKeyRotation(const Signer& next, std::string_view operatorId, std::string_view reason);
    void setSigner(const Signer& signer) { m_signer = &signer; }

    // Signs a checkpoint of the tree as it stands and records it. Returns the record and the checkpoint.
    std::pair<Record, Checkpoint> appendCheckpoint(std::string_view operatorId);

    const Signer& signer() const { return *m_signer; }

private:
    Record build(std::string_view kind, std::string_view operatorId, std::string_view approver, std::string body,
                 const PublicKey* introducesKey = nullptr);
    // The time rule: see writer.cpp. May write a clock.stepped_back record, which then becomes `previous`.
    std::int64_t nextTime(std::optional<Record>& previous, std::string_view operatorId);
    Record seal(const std::optional<Record>& previous, std::int64_t timeMs, std::string_view kind,
                std::string_view operatorId, std::string_view approver, std::string body,
                const PublicKey* introducesKey);

    LedgerStore& m_store;
    const Signer* m_signer;
    const Clock& m_clock;
    std::string m_station;
};

} // namespace tillbook::ledger
