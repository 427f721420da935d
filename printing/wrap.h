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

// `pieces` in lines no wider than `maxWidth`, joined by `separator`, a piece never broken (one too wide has a line of
// its own): "Principal $87.66" stays together, so a figure never starts a line without its name.
template <typename Measure>
std::vector<std::string> packPieces(const std::vector<std::string>& pieces, const std::string& separator, double maxWidth,
                                    Measure measure)
{
    std::vector<std::string> lines;
    for (const auto& piece : pieces) {
        if (!lines.empty() && measure(lines.back() + separator + piece) <= maxWidth)
            lines.back() += separator + piece;
        else
            lines.push_back(piece);
    }
    return lines;
}

// A table's row where its columns do not fit: every figure after the first, each after its column's header.
inline std::vector<std::string> namedFigures(const std::vector<std::string>& header, const std::vector<std::string>& cells)
{
    std::vector<std::string> pieces;
    for (std::size_t k = 2; k < cells.size(); ++k)
        pieces.push_back(k < header.size() && !header[k].empty() ? header[k] + " " + cells[k] : cells[k]);
    return pieces;
}

} // namespace tillbook::printing
