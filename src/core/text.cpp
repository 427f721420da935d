// Quoting user input in messages.
#include "core/text.h"

namespace tillbook {

namespace {

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t characters(std::string_view text)
{
    std::size_t n = 0;
    for (char c : text)
        n += isContinuation(c) ? 0 : 1;
    return n;
}

} // namespace

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view trimAscii(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string quoteForMessage(std::string_view text, std::size_t maxCharacters)
{
    std::string out = "\"";
    bool cut = characters(text) > maxCharacters;
    std::size_t keep = cut ? (maxCharacters > 3 ? maxCharacters - 3 : 0) : maxCharacters;
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!isContinuation(text[i])) {
            if (count == keep)
                break;
            ++count;
        }
        auto byte = static_cast<unsigned char>(text[i]);
        out += (byte < 0x20 || byte == 0x7F) ? ' ' : text[i];
    }
    // A lead byte whose continuation bytes were cut off would leave invalid UTF-8: drop it.
    std::size_t end = out.size();
    std::size_t lead = end;
    while (lead > 1 && isContinuation(out[lead - 1]))
        --lead;
    if (lead > 1) {
        auto first = static_cast<unsigned char>(out[lead - 1]);
        std::size_t need = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
        if (end - (lead - 1) < need)
            out.resize(lead - 1);
    }
    if (cut)
        out += "...";
    out += '"';
    return out;
}

} // namespace tillbook
