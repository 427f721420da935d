// SHA-256 through OpenSSL EVP with the digest fetched once, plus hex and base64 codecs.
#include "ledger/hash.h"

#include "core/text.h"

#include <openssl/evp.h>

namespace tillbook::ledger {

namespace {

const EVP_MD* sha256Md()
{
    // Fetching once avoids a provider lookup (and its lock) on every digest. Never freed, so no UniquePtr: it lives as
    // long as the process, and freeing it at exit could pull it from under a thread still hashing.
    static EVP_MD* md = [] {
        EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (fetched == nullptr)
            throwOpenSslError("EVP_MD_fetch(SHA256)");
        return fetched;
    }();
    return md;
}

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx)
        throwOpenSslError("EVP_MD_CTX_new");
    if (EVP_DigestInit_ex(m_ctx.get(), sha256Md(), nullptr) != 1)
        throwOpenSslError("EVP_DigestInit_ex");
}

Sha256& Sha256::update(std::span<const std::uint8_t> data)
{
    if (!data.empty() && EVP_DigestUpdate(m_ctx.get(), data.data(), data.size()) != 1)
        throwOpenSslError("EVP_DigestUpdate");
    return *this;
}

Sha256& Sha256::update(std::string_view data)
{
    return update(asBytes(data));
}

Sha256& Sha256::update(std::uint8_t byte)
{
    return update(std::span<const std::uint8_t>(&byte, 1));
}

Hash Sha256::finish()
{
    Hash out{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx.get(), out.data(), &length) != 1 || length != out.size())
        throwOpenSslError("EVP_DigestFinal_ex");
    if (EVP_DigestInit_ex(m_ctx.get(), sha256Md(), nullptr) != 1)
        throwOpenSslError("EVP_DigestInit_ex");
    return out;
}

Hash sha256(std::span<const std::uint8_t> data)
{
    Hash out{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, sha256Md(), nullptr) != 1
        || length != out.size())
        throwOpenSslError("EVP_Digest(SHA256)");
    return out;
}

Hash sha256(std::string_view data)
{
    return sha256(asBytes(data));
}

std::span<const std::uint8_t> asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::string toHex(std::span<const std::uint8_t> data)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 2);
    for (std::uint8_t b : data) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0f]);
    }
    return out;
}

std::optional<Bytes> fromHex(std::string_view hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    Bytes out;
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int hi = hexDigitValue(hex[i]);
        int lo = hexDigitValue(hex[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi << 4 | lo));
    }
    return out;
}

std::string toBase64(std::span<const std::uint8_t> data)
{
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        std::uint32_t v = std::uint32_t(data[i]) << 16 | std::uint32_t(data[i + 1]) << 8 | data[i + 2];
        out.push_back(kB64[v >> 18 & 63]);
        out.push_back(kB64[v >> 12 & 63]);
        out.push_back(kB64[v >> 6 & 63]);
        out.push_back(kB64[v & 63]);
    }
    std::size_t rest = data.size() - i;
    if (rest == 1) {
        std::uint32_t v = std::uint32_t(data[i]) << 16;
        out.push_back(kB64[v >> 18 & 63]);
        out.push_back(kB64[v >> 12 & 63]);
        out += "==";
    } else if (rest == 2) {
        std::uint32_t v = std::uint32_t(data[i]) << 16 | std::uint32_t(data[i + 1]) << 8;
        out.push_back(kB64[v >> 18 & 63]);
        out.push_back(kB64[v >> 12 & 63]);
        out.push_back(kB64[v >> 6 & 63]);
        out.push_back('=');
    }
    return out;
}

std::optional<Bytes> fromBase64(std::string_view text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    Bytes out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        bool last = i + 4 == text.size();
        int a = b64Value(text[i]);
        int b = b64Value(text[i + 1]);
        if (a < 0 || b < 0)
            return std::nullopt;
        bool pad2 = last && text[i + 2] == '=' && text[i + 3] == '=';
        bool pad1 = last && !pad2 && text[i + 3] == '=';
        int c = pad2 ? 0 : b64Value(text[i + 2]);
        int d = (pad1 || pad2) ? 0 : b64Value(text[i + 3]);
        if (c < 0 || d < 0)
            return std::nullopt;
        std::uint32_t v = std::uint32_t(a) << 18 | std::uint32_t(b) << 12 | std::uint32_t(c) << 6 | std::uint32_t(d);
        out.push_back(static_cast<std::uint8_t>(v >> 16));
        if (!pad2)
            out.push_back(static_cast<std::uint8_t>(v >> 8 & 0xff));
        if (!pad1 && !pad2)
            out.push_back(static_cast<std::uint8_t>(v & 0xff));
        // Non-canonical trailing bits would let two texts decode to one value.
        if ((pad2 && (b & 0x0f) != 0) || (pad1 && (c & 0x03) != 0))
            return std::nullopt;
    }
    return out;
}

std::optional<Hash> hashFromBase64(std::string_view text)
{
    auto bytes = fromBase64(text);
    if (!bytes || bytes->size() != 32)
        return std::nullopt;
    Hash h{};
    std::copy(bytes->begin(), bytes->end(), h.begin());
    return h;
}

} // namespace tillbook::ledger
