// Fuzzes the ESC/POS renderer with arbitrary bytes as document text: whatever a name or address holds, the job is
// initialize, code page, printable bytes and line feeds between known commands, feed and cut. No drawer kick, no
// stray control byte, no line wider than the paper.
#include "core/text.h"
#include "printing/codepage.h"
#include "printing/escpos.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace tillbook;
using namespace tillbook::printing;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

// Walks the job, knowing exactly the commands the renderer may send; returns false on anything else.
bool wellFormed(const std::string& s, std::size_t columns)
{
    std::size_t i = 0;
    std::size_t line = 0;
    std::size_t widthFactor = 1;
    auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0x100u; };
    while (i < s.size()) {
        unsigned b = at(i);
        if (b == 0x0A) {
            line = 0;
            ++i;
        } else if (b == 0x1B) {
            unsigned c = at(i + 1);
            if (c == '@')
                i += 2;
            else if (c == 't' || c == 'E' || c == 'a' || c == 'd')
                i += 3;
            else
                return false; // ESC p (drawer kick) and anything unknown
        } else if (b == 0x1D) {
            unsigned c = at(i + 1);
            if (c == '!') {
                widthFactor = 1 + ((at(i + 2) >> 4) & 0x0F);
                i += 3;
            } else if (c == 'B') {
                i += 3;
            } else if (c == 'V') {
                i += 4;
            } else if (c == '(' && at(i + 2) == 'k') {
                i += 5 + at(i + 3) + 256 * at(i + 4);
            } else {
                return false;
            }
        } else if (b < 0x20 || b == 0x7F) {
            return false;
        } else {
            line += widthFactor;
            if (line > columns)
                return false;
            ++i;
        }
    }
    return i == s.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string text(reinterpret_cast<const char*>(data), size);
    std::size_t columns = (size % 2) ? 42 : 48;
    Layout layout;
    layout.text(text, Style::Title);
    layout.centered(text);
    layout.pair(text, text.substr(0, text.size() % 17));
    layout.banner(text);
    layout.qr(text, text);
    layout.signature(text);
    std::string job;
    try {
        job = renderEscPos(layout, {static_cast<int>(columns)});
    } catch (const EscPosError&) {
        return 0; // a QR payload too long for one symbol
    }
    check(wellFormed(job, columns));
    std::string converted = utf8ToPc858(text);
    check(converted.size() == decodeUtf8(text).size());
    for (const auto& line : wrapColumns(text, columns))
        check(displayWidth(line) <= columns);
    return 0;
}
