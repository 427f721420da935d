// Fuzzes tillbook::parseMicr in every symbol set: fields xor error, a 9-digit routing number, safe messages.
#include "core/micr.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace tillbook;

namespace {

// True when `text` is valid UTF-8 (no overlongs, surrogates or values past U+10FFFF) holding no control
// character: C0, DEL or C1.
bool safeText(std::string_view text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        char32_t cp = 0;
        char32_t least = 0;
        if (lead < 0x80) {
            length = 1;
            cp = lead;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1Fu;
            least = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0Fu;
            least = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07u;
            least = 0x10000;
        } else {
            return false;
        }
        if (text.size() - i < length)
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto byte = static_cast<unsigned char>(text[i + k]);
            if ((byte & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (byte & 0x3Fu);
        }
        if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
            return false;
        i += length;
    }
    return true;
}

bool allDigits(const std::string& s)
{
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

constexpr MicrSymbols kAll[] = {MicrSymbols::Auto,       MicrSymbols::MagTekTUD, MicrSymbols::MagTekLower,
                                MicrSymbols::MagTekUpper, MicrSymbols::UnifiedPos, MicrSymbols::Honeywell,
                                MicrSymbols::Unicode};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view line(reinterpret_cast<const char*>(data), size);

    for (MicrSymbols set : kAll) {
        const MicrParse p = parseMicr(line, set);
        if (p.fields.has_value() == !p.error.empty())
            __builtin_trap();
        if (!safeText(p.error))
            __builtin_trap();
        // Every reported position holds '?' or '*', in increasing order; never more than the input has.
        for (std::size_t k = 0; k < p.unreadable.size(); ++k) {
            const std::size_t at = p.unreadable[k];
            if (at >= size || (line[at] != '?' && line[at] != '*') || (k > 0 && p.unreadable[k - 1] >= at))
                __builtin_trap();
        }
        if (!p.fields)
            continue;
        const MicrFields& f = *p.fields;
        if (f.routing.size() != 9 || !allDigits(f.routing))
            __builtin_trap();
        // Unreadable characters are never substituted: a parse that succeeds had none.
        if (!p.unreadable.empty())
            __builtin_trap();
        if (f.account.empty() || !allDigits(f.account) || !allDigits(f.serial) || !allDigits(f.auxiliaryOnUs) ||
            f.epc.size() > 1 || !allDigits(f.epc))
            __builtin_trap();
        if (f.symbols == MicrSymbols::Auto || (set != MicrSymbols::Auto && f.symbols != set))
            __builtin_trap();
        if ((f.type == CheckType::Business) != !f.auxiliaryOnUs.empty())
            __builtin_trap();
        if (f.amount && (f.amount->isNegative() || f.amount->cents() > 9999999999))
            __builtin_trap();
        std::string stripped;
        for (char c : f.accountRaw) {
            if (c != '-')
                stripped += c;
        }
        if (stripped != f.account)
            __builtin_trap();
    }
    return 0;
}
