// Signed checkpoints in the C2SP tlog-checkpoint shape, signed as C2SP signed notes (ECDSA type 0x02).
#pragma once

#include "ledger/hash.h"
#include "ledger/keys.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace tillbook::ledger {

struct Checkpoint {
    std::string origin; // also the signing key's name, e.g. "tillbook.local/CITYHALL-01"
    std::uint64_t size = 0;
    Hash root{};
    std::uint32_t keyHint = 0; // first four bytes of the key id, big-endian
    Bytes signature; // DER ECDSA-SHA256 over noteText()
};

std::string checkpointOrigin(std::string_view station);
// "<origin>\n<size>\n<base64 root>\n": the bytes the signature covers.
std::string checkpointText(std::string_view origin, std::uint64_t size, const Hash& root);
std::uint32_t keyHintOf(const PublicKey& key);

Checkpoint signCheckpoint(std::string_view origin, std::uint64_t size, const Hash& root, const Signer& signer);
// The full signed note: text, blank line, "— <origin> base64(keyHint || signature)\n".
std::string formatCheckpointNote(const Checkpoint& checkpoint);
// Parses a note; on failure returns one sentence saying what is wrong with it.
std::variant<Checkpoint, std::string> parseCheckpointNote(std::string_view note);
bool verifyCheckpoint(const Checkpoint& checkpoint, const PublicKey& key);

} // namespace tillbook::ledger
