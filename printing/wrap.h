// Word wrap shared by the renderers: a PDF measures in points, a receipt printer in characters.
#pragma once

#include <string>
#include <vector>

namespace tillbook::printing {

// `text` (UTF-8) in lines no wider than `maxWidth` by `measure`: words kept whole where they fit, a word longer than a
// line broken between characters (never inside one). Always at least one line.
template <typename Measure>
std::vector<std::string> wrapText(const std::string& text, double maxWidth, Measure measure)
{
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        std::string word = text.substr(start, end - start);
        start = end + 1;
        std::string candidate = line.empty() ? word : line + " " + word;
        if (measure(candidate) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (!line.empty())
            lines.push_back(line);
        line.clear();
        for (std::size_t k = 0; k < word.size();) {
            std::size_t next = k + 1;
            while (next < word.size() && (static_cast<unsigned char>(word[next]) & 0xC0) == 0x80)
                ++next;
            std::string longer = line + word.substr(k, next - k);
            if (!line.empty() && measure(longer) > maxWidth) {
                lines.push_back(line);
                line = word.substr(k, next - k);
            } else {
                line = longer;
            }
            k = next;
        }
    }
    if (!line.empty() || lines.empty())
        lines.push_back(line);
    return lines;
}

} // namespace tillbook::printing
