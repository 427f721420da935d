// scrypt through EVP_KDF; every OpenSSL call checked.
#include "station/pin_hash.h"

#include "ledger/hash.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <charconv>
#include <memory>
#include <vector>

namespace tillbook::station {

namespace {

using ledger::Bytes;

Bytes scrypt(std::string_view pin, const Bytes& salt, const ScryptParams& params, std::size_t length)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), &EVP_KDF_free);
    if (!kdf)
        ledger::throwOpenSslError("EVP_KDF_fetch(SCRYPT)");
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
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

template <typename T>
bool parseNumber(std::string_view text, T& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

std::string hashPin(std::string_view pin, const ScryptParams& params)
{
    Bytes salt(16);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        ledger::throwOpenSslError("RAND_bytes");
    Bytes hash = scrypt(pin, salt, params, 32);
    return "scrypt$" + std::to_string(params.n) + "$" + std::to_string(params.r) + "$" + std::to_string(params.p) + "$"
           + ledger::toBase64(salt) + "$" + ledger::toBase64(hash);
}

bool checkPin(std::string_view pin, std::string_view stored)
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
    if (parts.size() != 6 || parts[0] != "scrypt")
        return false;
    ScryptParams params;
    if (!parseNumber(parts[1], params.n) || !parseNumber(parts[2], params.r) || !parseNumber(parts[3], params.p))
        return false;
    auto salt = ledger::fromBase64(parts[4]);
    auto expected = ledger::fromBase64(parts[5]);
    if (!salt || !expected || expected->empty())
        return false;
    Bytes actual = scrypt(pin, *salt, params, expected->size());
    return CRYPTO_memcmp(actual.data(), expected->data(), actual.size()) == 0;
}

} // namespace tillbook::station
