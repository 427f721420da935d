// C2SP tlog-cosignature/v1 (Ed25519): a cosigner's statement on a station's checkpoint, made by the office and checked
// by the station and by tillctl verify.
#pragma once

#include "ledger/checkpoint.h"
#include "ledger/hash.h"
#include "ledger/openssl_ptr.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook::ledger {

// A cosigner's public key: its name (a schema-less URL such as "tillbook.office/city-hall") and 32 Ed25519 bytes.
class CosignerKey {
public:
    CosignerKey(std::string name, Bytes ed25519);
    // The signed-note verifier key "<name>+<key id hex>+<base64(0x04 || key)>"; throws CryptoError on anything else.
    static CosignerKey fromVkey(std::string_view vkey);
    std::string vkey() const;

    const std::string& name() const { return m_name; }
    // SHA-256(name || "\n" || 0x04 || key)[:4], big-endian: the key hint of its signature lines.
    std::uint32_t keyId() const { return m_keyId; }
    bool verify(std::string_view message, std::span<const std::uint8_t> signature) const;

private:
    std::string m_name;
    Bytes m_key;
    std::uint32_t m_keyId = 0;
};

// The private half: the office key, kept in a 0600 PEM file.
class Cosigner {
public:
    static std::unique_ptr<Cosigner> generate(std::string name);
    static std::unique_ptr<Cosigner> loadFile(const std::filesystem::path& path, std::string name);
    void saveFile(const std::filesystem::path& path) const; // fails if the file exists

    const CosignerKey& publicKey() const { return m_public; }
    // The cosignature line for `checkpoint` at `timestamp` (POSIX seconds).
    NoteSignature cosign(const Checkpoint& checkpoint, std::uint64_t timestamp) const;
    // A bare Ed25519 signature of `message`. The office signs what it publishes and its day approvals with it; each
    // message starts with its own domain line, so no signature made for one purpose verifies as another.
    Bytes sign(std::string_view message) const;

private:
    Cosigner(UniquePtr<EVP_PKEY> key, CosignerKey pub);
    UniquePtr<EVP_PKEY> m_key;
    CosignerKey m_public;
};

// "cosignature/v1\ntime <timestamp>\n" followed by the checkpoint's body: what an Ed25519 cosignature signs.
std::string cosignedMessage(const Checkpoint& checkpoint, std::uint64_t timestamp);

// Empty when the checkpoint carries a valid cosignature line by `key` (every line with its name and key id must
// verify, and there must be one); otherwise one sentence why not.
std::optional<std::string> cosignatureProblem(const Checkpoint& checkpoint, const CosignerKey& key);

} // namespace tillbook::ledger
