// PIN hashing: scrypt (OpenSSL 3 EVP_KDF) keyed with the station's PIN secret, parameters stored alongside the hash.
#pragma once

#include "ledger/hash.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace tillbook::station {

struct ScryptParams {
    std::uint64_t n = 16384; // CPU/memory cost; 16 MiB with r = 8
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

// 32 random bytes kept in keys/pin.secret beside the signing key, never in the database or the ledger. Every PIN
// hash is HMAC-ed with it, so a copy of the database alone cannot be searched for PINs.
class PinSecret {
public:
    static PinSecret generate();
    static PinSecret fromBytes(std::span<const std::uint8_t> bytes); // exactly 32 bytes
    // Refuses a file that group or others can read, a link, or one that is not 32 bytes, naming the file and the fix.
    static PinSecret load(const std::filesystem::path& path);
    // Written whole (temporary, fsync, rename) with mode 0600.
    void save(const std::filesystem::path& path) const;

    PinSecret(PinSecret&& other) noexcept = default;
    PinSecret& operator=(PinSecret&& other) = delete; // would drop the old bytes without wiping them
    PinSecret(const PinSecret&) = delete;
    PinSecret& operator=(const PinSecret&) = delete;
    ~PinSecret();

    std::span<const std::uint8_t> bytes() const { return m_bytes; }

private:
    explicit PinSecret(ledger::Bytes bytes);
    ledger::Bytes m_bytes;
};

// "scrypt-hmac$<N>$<r>$<p>$<salt base64>$<HMAC-SHA256(secret, scrypt) base64>", with a fresh 16-byte random salt.
std::string hashPin(std::string_view pin, const PinSecret& secret, const ScryptParams& params = {});

enum class PinMatch {
    No, // wrong PIN, or stored text that is not a PIN hash
    Yes,
    YesUnkeyed, // right, but stored as plain "scrypt$..." from before the PIN secret: hash it again with hashPin
};
// Constant-time comparison. Plain "scrypt$N$r$p$salt$hash" (stations from before the PIN secret) still verifies.
PinMatch checkPin(std::string_view pin, std::string_view stored, const PinSecret& secret);

} // namespace tillbook::station
