// Fuzzes ledger::fromHex: a text that decodes re-encodes to itself (lower-cased), and any bytes round-trip.
#include "ledger/hash.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <span>
#include <string_view>

using namespace tillbook::ledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);

    auto decoded = fromHex(text);
    if (decoded) {
        if (decoded->size() * 2 != text.size())
            __builtin_trap();
        // toHex writes lower case; fromHex accepts either case.
        std::string lower(text);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](char c) { return c >= 'A' && c <= 'F' ? static_cast<char>(c - 'A' + 'a') : c; });
        if (toHex(*decoded) != lower)
            __builtin_trap();
    }

    std::span<const std::uint8_t> bytes(data, size);
    auto back = fromHex(toHex(bytes));
    if (!back || !std::equal(back->begin(), back->end(), bytes.begin(), bytes.end()))
        __builtin_trap();
    return 0;
}
