// PIN and password hashing with scrypt (OpenSSL 3 EVP_KDF), parameters stored alongside the hash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tillbook::station {

struct ScryptParams {
    std::uint64_t n = 16384; // CPU/memory cost; 16 MiB with r = 8
    std::uint32_t r = 8;
    std::uint32_t p = 1;
};

// "scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>", with a fresh 16-byte random salt.
std::string hashPin(std::string_view pin, const ScryptParams& params = {});
// Constant-time comparison; false for malformed stored text.
bool checkPin(std::string_view pin, std::string_view stored);

} // namespace tillbook::station
