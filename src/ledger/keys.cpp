// OpenSSL 3 EVP key handling: every call's result is checked and every object is owned by a UniquePtr.
#include "ledger/keys.h"

#include "ledger/record.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tillbook::ledger {

namespace {

std::string bioToString(BIO* bio)
{
    char* data = nullptr;
    long size = BIO_get_mem_data(bio, &data);
    if (size < 0 || data == nullptr)
        throwOpenSslError("BIO_get_mem_data");
    return std::string(data, static_cast<std::size_t>(size));
}

Bytes publicDer(EVP_PKEY* key)
{
    int size = i2d_PUBKEY(key, nullptr);
    if (size <= 0)
        throwOpenSslError("i2d_PUBKEY");
    Bytes der(static_cast<std::size_t>(size));
    unsigned char* out = der.data();
    if (i2d_PUBKEY(key, &out) != size)
        throwOpenSslError("i2d_PUBKEY");
    return der;
}

void requireP256(EVP_PKEY* key)
{
    char group[64] = {};
    size_t length = 0;
    if (!EVP_PKEY_is_a(key, "EC")
        || EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length) != 1
        || std::strcmp(group, "prime256v1") != 0)
        throw CryptoError("the key is not an ECDSA P-256 key");
}

} // namespace

PublicKey::PublicKey(UniquePtr<EVP_PKEY> key, Bytes der)
    : m_key(std::move(key))
    , m_der(std::move(der))
    , m_keyId(sha256(m_der))
{
}

PublicKey PublicKey::fromDer(std::span<const std::uint8_t> spkiDer)
{
    const unsigned char* in = spkiDer.data();
    UniquePtr<EVP_PKEY> key(d2i_PUBKEY(nullptr, &in, static_cast<long>(spkiDer.size())));
    if (!key)
        throwOpenSslError("d2i_PUBKEY");
    if (in != spkiDer.data() + spkiDer.size())
        throw CryptoError("public key has trailing bytes");
    requireP256(key.get());
    Bytes der = publicDer(key.get());
    if (!std::equal(der.begin(), der.end(), spkiDer.begin(), spkiDer.end()))
        throw CryptoError("public key is not in canonical DER form");
    return PublicKey(std::move(key), std::move(der));
}

PublicKey PublicKey::fromPem(std::string_view pem)
{
    UniquePtr<BIO> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        throwOpenSslError("BIO_new_mem_buf");
    UniquePtr<EVP_PKEY> key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key)
        throwOpenSslError("PEM_read_bio_PUBKEY");
    requireP256(key.get());
    Bytes der = publicDer(key.get());
    return PublicKey(std::move(key), std::move(der));
}

std::string PublicKey::pem() const
{
    UniquePtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        throwOpenSslError("BIO_new");
    if (PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        throwOpenSslError("PEM_write_bio_PUBKEY");
    return bioToString(bio.get());
}

bool PublicKey::verify(std::span<const std::uint8_t> message, std::span<const std::uint8_t> signature) const
{
    SignatureVerifier verifier(*this);
    return verifier.verify(message, signature);
}

SignatureVerifier::SignatureVerifier(const PublicKey& key)
    : m_ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.pkey(), nullptr))
{
    if (!m_ctx)
        throwOpenSslError("EVP_PKEY_CTX_new_from_pkey");
    if (EVP_PKEY_verify_init(m_ctx.get()) != 1)
        throwOpenSslError("EVP_PKEY_verify_init");
}

bool SignatureVerifier::verify(std::span<const std::uint8_t> message, std::span<const std::uint8_t> signature)
{
    // ECDSA-SHA256 over `message`: hash once here, then verify the digest with a context initialized once,
    // which avoids OpenSSL 3.0's per-call provider fetches when verifying millions of records.
    Hash digest = m_hasher.update(message).finish();
    int rc = EVP_PKEY_verify(m_ctx.get(), signature.data(), signature.size(), digest.data(), digest.size());
    if (rc != 1)
        ERR_clear_error(); // a bad signature is an answer, not an error to report later
    return rc == 1;
}

SoftwareSigner::SoftwareSigner(UniquePtr<EVP_PKEY> key, PublicKey pub)
    : m_key(std::move(key))
    , m_public(std::move(pub))
{
}

std::unique_ptr<SoftwareSigner> SoftwareSigner::generate()
{
    UniquePtr<EVP_PKEY> key(EVP_EC_gen("P-256"));
    if (!key)
        throwOpenSslError("EVP_EC_gen(P-256)");
    Bytes der = publicDer(key.get());
    PublicKey pub = PublicKey::fromDer(der);
    return std::unique_ptr<SoftwareSigner>(new SoftwareSigner(std::move(key), std::move(pub)));
}

std::string readPrivateFile(const std::filesystem::path& path, std::string_view what)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            throw KeyFileError(std::string(what) + " " + path.string() + " is missing");
        throw KeyFileError("cannot read " + std::string(what) + " " + path.string() + ": " + std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        int saved = errno;
        ::close(fd);
        throw KeyFileError("cannot inspect " + path.string() + ": " + std::strerror(saved));
    }
    if ((info.st_mode & 077) != 0) {
        ::close(fd);
        throw KeyFileError(std::string(what) + " " + path.string()
                           + " can be read by other users; run chmod 600 on it (and consider it compromised)");
    }
    std::string content;
    char buffer[4096];
    for (;;) {
        ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            int saved = errno;
            ::close(fd);
            throw KeyFileError("cannot read " + path.string() + ": " + std::strerror(saved));
        }
        if (n == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return content;
}

std::unique_ptr<SoftwareSigner> SoftwareSigner::loadFile(const std::filesystem::path& path)
{
    std::string pem = readPrivateFile(path, "the station's signing key");
    UniquePtr<BIO> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio)
        throwOpenSslError("BIO_new_mem_buf");
    UniquePtr<EVP_PKEY> key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    OPENSSL_cleanse(pem.data(), pem.size());
    if (!key) {
        ERR_clear_error();
        throw KeyFileError(path.string() + " is not a PEM private key");
    }
    try {
        requireP256(key.get());
    } catch (const CryptoError&) {
        throw KeyFileError(path.string() + " is not an ECDSA P-256 key");
    }
    Bytes der = publicDer(key.get());
    PublicKey pub = PublicKey::fromDer(der);
    return std::unique_ptr<SoftwareSigner>(new SoftwareSigner(std::move(key), std::move(pub)));
}

void SoftwareSigner::saveFile(const std::filesystem::path& path) const
{
    UniquePtr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio)
        throwOpenSslError("BIO_new");
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throwOpenSslError("PEM_write_bio_PrivateKey");
    std::string pem = bioToString(bio.get());
    writePrivateFile(path, pem);
    OPENSSL_cleanse(pem.data(), pem.size());
}

void writePrivateFile(const std::filesystem::path& path, std::string_view content)
{
    std::string pem(content);
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        throw KeyFileError("cannot create " + path.string() + ": " + std::strerror(errno));
    // A half-written key file is removed: it would only stop the next open with a confusing sentence.
    auto fail = [&](int error) {
        ::close(fd);
        ::unlink(path.c_str());
        OPENSSL_cleanse(pem.data(), pem.size());
        throw KeyFileError("cannot write " + path.string() + ": " + std::strerror(error));
    };
    std::size_t written = 0;
    while (written < pem.size()) {
        ssize_t n = ::write(fd, pem.data() + written, pem.size() - written);
        if (n < 0 && errno != EINTR)
            fail(errno);
        written += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    OPENSSL_cleanse(pem.data(), pem.size());
    if (::fsync(fd) != 0)
        fail(errno);
    if (::close(fd) != 0) {
        int saved = errno;
        ::unlink(path.c_str());
        throw KeyFileError("cannot write " + path.string() + ": " + std::strerror(saved));
    }
}

std::uint8_t SoftwareSigner::algorithm() const
{
    return kAlgEcdsaP256Sha256;
}

Bytes SoftwareSigner::sign(std::span<const std::uint8_t> message) const
{
    UniquePtr<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
    if (!ctx)
        throwOpenSslError("EVP_MD_CTX_new");
    if (EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, m_key.get(), nullptr) != 1)
        throwOpenSslError("EVP_DigestSignInit_ex");
    size_t size = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &size, message.data(), message.size()) != 1)
        throwOpenSslError("EVP_DigestSign (size)");
    Bytes signature(size);
    if (EVP_DigestSign(ctx.get(), signature.data(), &size, message.data(), message.size()) != 1)
        throwOpenSslError("EVP_DigestSign");
    signature.resize(size);
    return signature;
}

} // namespace tillbook::ledger
