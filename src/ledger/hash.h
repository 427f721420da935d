// SHA-256 digests, hex and base64: the byte-level primitives every ledger file builds on.
#pragma once

#include "ledger/openssl_ptr.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::ledger {

using Hash = std::array<std::uint8_t, 32>;
using Bytes = std::vector<std::uint8_t>;

Hash sha256(std::span<const std::uint8_t> data);
Hash sha256(std::string_view data);

// Incremental SHA-256; one instance per thread.
class Sha256 {
public:
    Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256& update(std::span<const std::uint8_t> data);
    Sha256& update(std::string_view data);
    Sha256& update(std::uint8_t byte);
    Hash finish(); // resets the context for the next message

private:
    UniquePtr<EVP_MD_CTX> m_ctx;
};

std::span<const std::uint8_t> asBytes(std::string_view s);

std::string toHex(std::span<const std::uint8_t> data);
std::optional<Bytes> fromHex(std::string_view hex);
std::string toBase64(std::span<const std::uint8_t> data);
// Strict RFC 4648 standard alphabet with padding; nullopt on any other input.
std::optional<Bytes> fromBase64(std::string_view text);
std::optional<Hash> hashFromBase64(std::string_view text);

} // namespace tillbook::ledger
