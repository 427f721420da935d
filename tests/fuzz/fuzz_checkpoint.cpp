// Fuzzes ledger::parseCheckpointNote: no crash, a parsed note re-formats byte for byte, no signature verifies under a fresh key.
#include "ledger/checkpoint.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

using namespace tillbook::ledger;

namespace {

// A key generated at start-up: no fuzzed signature can be valid for it.
const PublicKey& freshKey()
{
    static std::unique_ptr<SoftwareSigner> signer = SoftwareSigner::generate();
    return signer->publicKey();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view note(reinterpret_cast<const char*>(data), size);
    auto parsed = parseCheckpointNote(note);
    if (auto* error = std::get_if<std::string>(&parsed)) {
        if (error->empty())
            __builtin_trap(); // a failure must say what is wrong
        return 0;
    }
    const Checkpoint& c = std::get<Checkpoint>(parsed);
    if (c.origin.empty() || c.signatures.empty())
        __builtin_trap();
    // The note format is canonical: parsing then formatting gives back the exact input.
    if (formatCheckpointNote(c) != note)
        __builtin_trap();
    // Feed the fuzzed DER signature to OpenSSL; it must never verify under a key the input cannot know.
    const PublicKey& key = freshKey();
    for (const NoteSignature& s : c.signatures) {
        if (s.keyName.empty() || s.signature.empty())
            __builtin_trap();
        if (key.verify(asBytes(checkpointText(c.origin, c.size, c.root)), s.signature))
            __builtin_trap();
    }
    if (verifyCheckpoint(c, key))
        __builtin_trap();
    return 0;
}
