// Signing keys: the Signer interface (software keys now, PKCS#11/TPM later), public keys and fast verification.
#pragma once

#include "ledger/hash.h"
#include "ledger/openssl_ptr.h"

#include <filesystem>
#include <memory>
#include <string>

namespace tillbook::ledger {

// Thrown for key files that are missing, unreadable, too widely readable or not a P-256 key.
class KeyFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A file only its owner may read (a private key, a password): refused, with one sentence naming `what` and the file,
// when it is missing or group or others can read or write it.
std::string readPrivateFile(const std::filesystem::path& path, std::string_view what);
// Creates `path` with mode 0600 from the start (O_EXCL: fails if it exists), writes and fsyncs it; removed again if it
// cannot be written whole.
void writePrivateFile(const std::filesystem::path& path, std::string_view content);

class PublicKey {
public:
    static PublicKey fromDer(std::span<const std::uint8_t> spkiDer); // throws CryptoError when not a P-256 key
    static PublicKey fromPem(std::string_view pem);

    const Bytes& der() const { return m_der; } // SubjectPublicKeyInfo
    const Hash& keyId() const { return m_keyId; } // SHA-256 of the DER
    std::string pem() const;
    EVP_PKEY* pkey() const { return m_key.get(); }

    // ECDSA P-256 / SHA-256 over `message`; a one-off check (use SignatureVerifier in loops).
    bool verify(std::span<const std::uint8_t> message, std::span<const std::uint8_t> signature) const;

private:
    PublicKey(UniquePtr<EVP_PKEY> key, Bytes der);
    std::shared_ptr<EVP_PKEY> m_key;
    Bytes m_der;
    Hash m_keyId{};
};

// Verifies many signatures by one key; one instance per thread (it owns a context initialized once).
class SignatureVerifier {
public:
    explicit SignatureVerifier(const PublicKey& key);
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;
    bool verify(std::span<const std::uint8_t> message, std::span<const std::uint8_t> signature);

private:
    UniquePtr<EVP_PKEY_CTX> m_ctx;
    Sha256 m_hasher;
};

// Anything that can sign a ledger record hash. A hardware token implements this without exposing its key.
class Signer {
public:
    virtual ~Signer() = default;
    virtual std::uint8_t algorithm() const = 0;
    virtual const PublicKey& publicKey() const = 0;
    // DER-encoded ECDSA signature over `message` (SHA-256 is applied to the message first).
    virtual Bytes sign(std::span<const std::uint8_t> message) const = 0;
};

class SoftwareSigner final : public Signer {
public:
    static std::unique_ptr<SoftwareSigner> generate();
    // Refuses a file that group or others can read or write; the sentence names the file and the fix.
    static std::unique_ptr<SoftwareSigner> loadFile(const std::filesystem::path& path);
    // Writes PKCS#8 PEM with mode 0600 (created that way, never chmod-ed afterwards); fails if the file exists.
    void saveFile(const std::filesystem::path& path) const;

    std::uint8_t algorithm() const override;
    const PublicKey& publicKey() const override { return m_public; }
    Bytes sign(std::span<const std::uint8_t> message) const override;

private:
    SoftwareSigner(UniquePtr<EVP_PKEY> key, PublicKey pub);
    UniquePtr<EVP_PKEY> m_key;
    PublicKey m_public;
};

} // namespace tillbook::ledger
