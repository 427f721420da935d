// Ed25519 cosignatures in the C2SP tlog-cosignature/v1 format, through OpenSSL EVP.
#include "ledger/cosignature.h"

#include "ledger/keys.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace tillbook::ledger {

namespace {

constexpr std::uint8_t kEd25519Type = 0x04; // the signed-note signature type of Ed25519 cosignatures
constexpr std::size_t kEd25519KeySize = 32;
constexpr std::size_t kEd25519SignatureSize = 64;

std::uint32_t cosignerKeyId(std::string_view name, const Bytes& key)
{
    Sha256 hasher;
    std::string prefix(name);
    prefix += '\n';
    prefix += static_cast<char>(kEd25519Type);
    hasher.update(asBytes(prefix));
    hasher.update(key);
    Hash id = hasher.finish();
    return std::uint32_t(id[0]) << 24 | std::uint32_t(id[1]) << 16 | std::uint32_t(id[2]) << 8 | id[3];
}

std::string hexId(std::uint32_t id)
{
    const std::uint8_t bytes[4] = {static_cast<std::uint8_t>(id >> 24), static_cast<std::uint8_t>(id >> 16),
                                   static_cast<std::uint8_t>(id >> 8), static_cast<std::uint8_t>(id)};
    return toHex(bytes);
}

bool validName(std::string_view name)
{
    if (name.empty())
        return false;
    for (char c : name) {
        if (c == '+' || static_cast<unsigned char>(c) <= 0x20)
            return false;
    }
    return true;
}

Bytes rawPublicKey(EVP_PKEY* key)
{
    Bytes raw(kEd25519KeySize);
    size_t size = raw.size();
    if (EVP_PKEY_get_raw_public_key(key, raw.data(), &size) != 1 || size != kEd25519KeySize)
        throwOpenSslError("EVP_PKEY_get_raw_public_key");
    return raw;
}

} // namespace

CosignerKey::CosignerKey(std::string name, Bytes ed25519)
    : m_name(std::move(name))
    , m_key(std::move(ed25519))
{
    if (!validName(m_name))
        throw CryptoError("a cosigner name must be non-empty, without spaces or '+'");
    if (m_key.size() != kEd25519KeySize)
        throw CryptoError("an Ed25519 public key is 32 bytes");
    m_keyId = cosignerKeyId(m_name, m_key);
}

CosignerKey CosignerKey::fromVkey(std::string_view vkey)
{
    auto first = vkey.find('+');
    auto second = first == std::string_view::npos ? first : vkey.find('+', first + 1);
    if (second == std::string_view::npos)
        throw CryptoError("the office key is not a verifier key (name+id+key)");
    auto blob = fromBase64(vkey.substr(second + 1));
    if (!blob || blob->size() != 1 + kEd25519KeySize || (*blob)[0] != kEd25519Type)
        throw CryptoError("the office key is not an Ed25519 verifier key");
    CosignerKey key(std::string(vkey.substr(0, first)), Bytes(blob->begin() + 1, blob->end()));
    if (vkey.substr(first + 1, second - first - 1) != hexId(key.keyId()))
        throw CryptoError("the office key's id does not match its name and key");
    return key;
}

std::string CosignerKey::vkey() const
{
    Bytes blob{kEd25519Type};
    blob.insert(blob.end(), m_key.begin(), m_key.end());
    return m_name + "+" + hexId(m_keyId) + "+" + toBase64(blob);
}

bool CosignerKey::verify(std::string_view message, std::span<const std::uint8_t> signature) const
{
    if (signature.size() != kEd25519SignatureSize)
        return false;
    UniquePtr<EVP_PKEY> key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, m_key.data(), m_key.size()));
    if (!key)
        throwOpenSslError("EVP_PKEY_new_raw_public_key");
    UniquePtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!ctx)
        throwOpenSslError("EVP_MD_CTX_new");
    if (EVP_DigestVerifyInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, key.get(), nullptr) != 1)
        throwOpenSslError("EVP_DigestVerifyInit_ex");
    auto bytes = asBytes(message);
    int rc = EVP_DigestVerify(ctx.get(), signature.data(), signature.size(), bytes.data(), bytes.size());
    if (rc != 1)
        ERR_clear_error(); // a bad signature is an answer, not an error to report later
    return rc == 1;
}

Cosigner::Cosigner(UniquePtr<EVP_PKEY> key, CosignerKey pub)
    : m_key(std::move(key))
    , m_public(std::move(pub))
{
}

std::unique_ptr<Cosigner> Cosigner::generate(std::string name)
{
    UniquePtr<EVP_PKEY> key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        throwOpenSslError("EVP_PKEY_Q_keygen(ED25519)");
    CosignerKey pub(std::move(name), rawPublicKey(key.get()));
    return std::unique_ptr<Cosigner>(new Cosigner(std::move(key), std::move(pub)));
}

std::unique_ptr<Cosigner> Cosigner::loadFile(const std::filesystem::path& path, std::string name)
{
    std::string pem = readPrivateFile(path, "the office signing key");
    UniquePtr<BIO> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        throwOpenSslError("BIO_new_mem_buf");
    UniquePtr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    OPENSSL_cleanse(pem.data(), pem.size());
    if (!key || EVP_PKEY_get_id(key.get()) != EVP_PKEY_ED25519) {
        ERR_clear_error();
        throw KeyFileError(path.string() + " is not an Ed25519 private key in PEM");
    }
    CosignerKey pub(std::move(name), rawPublicKey(key.get()));
    return std::unique_ptr<Cosigner>(new Cosigner(std::move(key), std::move(pub)));
}

void Cosigner::saveFile(const std::filesystem::path& path) const
{
    UniquePtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        throwOpenSslError("BIO_new");
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throwOpenSslError("PEM_write_bio_PrivateKey");
    char* data = nullptr;
    long size = BIO_get_mem_data(bio.get(), &data);
    std::string pem(data, static_cast<std::size_t>(size));
    writePrivateFile(path, pem);
    OPENSSL_cleanse(pem.data(), pem.size());
}

Bytes Cosigner::sign(std::string_view message) const
{
    UniquePtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!ctx)
        throwOpenSslError("EVP_MD_CTX_new");
    if (EVP_DigestSignInit_ex(ctx.get(), nullptr, nullptr, nullptr, nullptr, m_key.get(), nullptr) != 1)
        throwOpenSslError("EVP_DigestSignInit_ex");
    Bytes signature(kEd25519SignatureSize);
    size_t size = signature.size();
    auto bytes = asBytes(message);
    if (EVP_DigestSign(ctx.get(), signature.data(), &size, bytes.data(), bytes.size()) != 1)
        throwOpenSslError("EVP_DigestSign");
    return signature;
}

NoteSignature Cosigner::cosign(const Checkpoint& checkpoint, std::uint64_t timestamp) const
{
    Bytes signature = sign(cosignedMessage(checkpoint, timestamp));
    // timestamped_signature: the big-endian u64 timestamp, then the 64-byte signature.
    Bytes blob;
    for (int shift = 56; shift >= 0; shift -= 8)
        blob.push_back(static_cast<std::uint8_t>(timestamp >> shift));
    blob.insert(blob.end(), signature.begin(), signature.end());
    return NoteSignature{m_public.name(), m_public.keyId(), std::move(blob)};
}

std::string cosignedMessage(const Checkpoint& checkpoint, std::uint64_t timestamp)
{
    return "cosignature/v1\ntime " + std::to_string(timestamp) + "\n"
           + checkpointText(checkpoint.origin, checkpoint.size, checkpoint.root);
}

std::optional<std::string> cosignatureProblem(const Checkpoint& checkpoint, const CosignerKey& key)
{
    bool found = false;
    for (const NoteSignature& s : checkpoint.signatures) {
        if (s.keyName != key.name() || s.keyHint != key.keyId())
            continue;
        if (s.signature.size() != 8 + kEd25519SignatureSize)
            return "the cosignature by " + key.name() + " is not a timestamp and an Ed25519 signature";
        std::uint64_t timestamp = 0;
        for (int i = 0; i < 8; ++i)
            timestamp = timestamp << 8 | s.signature[static_cast<std::size_t>(i)];
        if (timestamp > static_cast<std::uint64_t>(INT64_MAX))
            return "the cosignature by " + key.name() + " has a timestamp beyond 2^63 - 1";
        if (!key.verify(cosignedMessage(checkpoint, timestamp), std::span(s.signature).subspan(8)))
            return "the cosignature by " + key.name() + " does not verify";
        found = true;
    }
    if (!found)
        return "the checkpoint carries no cosignature by " + key.name();
    return std::nullopt;
}

} // namespace tillbook::ledger
