// Fuzzes tillbook::parseMoney: exactly one of value/error, and parsed amounts survive formatMoney and formatPlain.
#include "core/money.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace tillbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);

    MoneyParse parsed = parseMoney(text);
    if (parsed.value.has_value() == !parsed.error.empty())
        __builtin_trap();
    if (!parsed.value)
        return 0;
    Money v = *parsed.value;

    MoneyParse people = parseMoney(formatMoney(v));
    if (!people.value || *people.value != v || !people.error.empty())
        __builtin_trap();
    MoneyParse plain = parseMoney(formatPlain(v));
    if (!plain.value || *plain.value != v || !plain.error.empty())
        __builtin_trap();
    return 0;
}
