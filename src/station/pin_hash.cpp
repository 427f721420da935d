// scrypt through EVP_KDF, then HMAC-SHA256 with the station's PIN secret; every OpenSSL call checked.
#include "station/pin_hash.h"

#include "ledger/keys.h"
#include "ledger/openssl_ptr.h"
#include "station/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <vector>

namespace tillbook::station {

namespace {

using ledger::Bytes;

constexpr std::size_t kSecretSize = 32;
constexpr std::string_view kKeyedTag = "scrypt-hmac";
constexpr std::string_view kPlainTag = "scrypt";

Bytes scrypt(std::string_view pin, const Bytes& salt, const ScryptParams& params, std::size_t length)
{
    ledger::UniquePtr<EVP_KDF> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        ledger::throwOpenSslError("EVP_KDF_fetch(SCRYPT)");
    ledger::UniquePtr<EVP_KDF_CTX> ctx(EVP_KDF_CTX_new(kdf.get()));
    if (!ctx)
        ledger::throwOpenSslError("EVP_KDF_CTX_new");
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    OSSL_PARAM list[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(pin.data()), pin.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<std::uint8_t*>(salt.data()), salt.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_end(),
    };
    Bytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), list) != 1)
        ledger::throwOpenSslError("EVP_KDF_derive(SCRYPT)");
    return out;
}

Bytes keyed(const Bytes& derived, const PinSecret& secret)
{
    Bytes out(EVP_MAX_MD_SIZE);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), secret.bytes().data(), static_cast<int>(secret.bytes().size()), derived.data(),
              derived.size(), out.data(), &length))
        ledger::throwOpenSslError("HMAC(SHA-256)");
    out.resize(length);
    return out;
}

template <typename T>
bool parseNumber(std::string_view text, T& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

Bytes randomBytes(std::size_t size)
{
    Bytes out(size);
    if (RAND_bytes(out.data(), static_cast<int>(out.size())) != 1)
        ledger::throwOpenSslError("RAND_bytes");
    return out;
}

} // namespace

PinSecret::PinSecret(Bytes bytes)
    : m_bytes(std::move(bytes))
{
}

PinSecret::~PinSecret()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

PinSecret PinSecret::generate()
{
    return PinSecret(randomBytes(kSecretSize));
}

PinSecret PinSecret::fromBytes(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() != kSecretSize)
        throw std::invalid_argument("a PIN secret is 32 bytes");
    return PinSecret(Bytes(bytes.begin(), bytes.end()));
}

PinSecret PinSecret::load(const std::filesystem::path& path)
{
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        throw ledger::KeyFileError("cannot read the station's PIN secret " + path.string() + ": "
                                   + std::strerror(errno));
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw ledger::KeyFileError(path.string() + " is not a PIN secret file; restore it from the backup");
    }
    if ((info.st_mode & 077) != 0) {
        ::close(fd);
        throw ledger::KeyFileError("the PIN secret " + path.string()
                                   + " can be read by other users; run chmod 600 on it (and reset every PIN)");
    }
    Bytes bytes(kSecretSize + 1);
    ssize_t n = ::read(fd, bytes.data(), bytes.size());
    ::close(fd);
    if (n != static_cast<ssize_t>(kSecretSize)) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
        throw ledger::KeyFileError(path.string() + " is not a PIN secret (32 bytes); restore it from the backup");
    }
    bytes.resize(kSecretSize);
    return PinSecret(std::move(bytes));
}

void PinSecret::save(const std::filesystem::path& path) const
{
    writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(m_bytes.data()), m_bytes.size()), 0600);
}

std::string hashPin(std::string_view pin, const PinSecret& secret, const ScryptParams& params)
{
    Bytes salt = randomBytes(16);
    Bytes hash = keyed(scrypt(pin, salt, params, 32), secret);
    return std::string(kKeyedTag) + "$" + std::to_string(params.n) + "$" + std::to_string(params.r) + "$"
           + std::to_string(params.p) + "$" + ledger::toBase64(salt) + "$" + ledger::toBase64(hash);
}

PinMatch checkPin(std::string_view pin, std::string_view stored, const PinSecret& secret)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        auto end = stored.find('$', start);
        parts.push_back(stored.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    if (parts.size() != 6 || (parts[0] != kKeyedTag && parts[0] != kPlainTag))
        return PinMatch::No;
    const bool isKeyed = parts[0] == kKeyedTag;
    ScryptParams params;
    if (!parseNumber(parts[1], params.n) || !parseNumber(parts[2], params.r) || !parseNumber(parts[3], params.p))
        return PinMatch::No;
    auto salt = ledger::fromBase64(parts[4]);
    auto expected = ledger::fromBase64(parts[5]);
    if (!salt || !expected || expected->empty())
        return PinMatch::No;
    Bytes actual = isKeyed ? keyed(scrypt(pin, *salt, params, 32), secret)
                           : scrypt(pin, *salt, params, expected->size());
    if (actual.size() != expected->size() || CRYPTO_memcmp(actual.data(), expected->data(), actual.size()) != 0)
        return PinMatch::No;
    return isKeyed ? PinMatch::Yes : PinMatch::YesUnkeyed;
}

} // namespace tillbook::station
