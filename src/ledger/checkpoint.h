// Signed checkpoints in the C2SP tlog-checkpoint shape, signed as C2SP signed notes (ECDSA type 0x02).
#pragma once

#include "ledger/hash.h"
#include "ledger/keys.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tillbook::ledger {

// One signature line of a signed note: "— <keyName> base64(keyHint || signature)".
struct NoteSignature {
    std::string keyName;
    std::uint32_t keyHint = 0; // big-endian first four bytes of the blob
    Bytes signature;
};

struct Checkpoint {
    std::string origin; // also the station key's name, e.g. "tillbook.local/CITYHALL-01"
    std::uint64_t size = 0;
    Hash root{};
    // In note order. The station's line names the origin; lines by other names (C2SP cosignatures from witnesses
    // or the office) are kept so the note re-formats byte for byte, and are ignored when verifying.
    std::vector<NoteSignature> signatures;
};

// A note may carry this many signature lines (C2SP signed-note asks verifiers to accept at least 16).
inline constexpr std::size_t kMaxNoteSignatures = 64;

std::string checkpointOrigin(std::string_view station);
// "<origin>\n<size>\n<base64 root>\n": the bytes the signature covers.
std::string checkpointText(std::string_view origin, std::uint64_t size, const Hash& root);
std::uint32_t keyHintOf(const PublicKey& key);

Checkpoint signCheckpoint(std::string_view origin, std::uint64_t size, const Hash& root, const Signer& signer);
// The full signed note: text, blank line, one "— <name> base64(keyHint || signature)\n" line per signature.
std::string formatCheckpointNote(const Checkpoint& checkpoint);
// Parses a note; on failure returns one sentence saying what is wrong with it.
std::variant<Checkpoint, std::string> parseCheckpointNote(std::string_view note);

// The C2SP signed-note rule for the station key `key`: the lines that name the origin with `key`'s hint must
// all verify, and there must be at least one. Other lines are ignored. Empty when the checkpoint passes;
// otherwise one sentence why not.
std::optional<std::string> checkpointSignatureProblem(const Checkpoint& checkpoint, const PublicKey& key);
bool verifyCheckpoint(const Checkpoint& checkpoint, const PublicKey& key);

} // namespace tillbook::ledger
