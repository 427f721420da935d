// Fuzzes ledger::fromBase64 / hashFromBase64: a text that decodes re-encodes to itself, and any bytes round-trip.
#include "ledger/hash.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

using namespace tillbook::ledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);

    auto decoded = fromBase64(text);
    if (decoded) {
        // Strict decoding means exactly one text per value.
        if (toBase64(*decoded) != text)
            __builtin_trap();
        if (decoded->size() != text.size() / 4 * 3 - (text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0))
            __builtin_trap();
    }
    auto hash = hashFromBase64(text);
    if (hash.has_value() != (decoded && decoded->size() == 32))
        __builtin_trap();
    if (hash && !std::equal(hash->begin(), hash->end(), decoded->begin(), decoded->end()))
        __builtin_trap();

    // The other direction: the input as raw bytes survives encode then decode.
    std::span<const std::uint8_t> bytes(data, size);
    auto back = fromBase64(toBase64(bytes));
    if (!back || !std::equal(back->begin(), back->end(), bytes.begin(), bytes.end()))
        __builtin_trap();
    return 0;
}
