// A printed document as a column of blocks, so one description renders to a letter page, an 80 mm roll and ESC/POS.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tillbook::printing {

enum class Style : std::uint8_t {
    Normal,
    Strong, // bold
    Title,  // the organization's name, the document's name: large, bold, centered
    Small,  // notices and fine print
};

struct Block {
    enum class Kind : std::uint8_t {
        Text,      // wrapped to the width
        Centered,  // wrapped and centered (letterhead lines)
        Pair,      // a label on the left and a figure flush right
        Rule,      // a horizontal line
        Gap,       // half a line of space
        Banner,    // REPRINT, VOIDED, COPY: large, boxed on paper, centered
        Qr,        // `left` is the payload, `right` a caption printed under the code; on a letter page it sits at
                   // the right margin and the blocks after it flow beside it
        Signature, // a line to sign on, `left` printed under it
        Row,       // one row of a table, `cells`: the first a label, the rest figures, right-aligned in columns; a
                   // Strong row is the header naming them. Consecutive rows are one table. Where the columns do not
                   // fit the width, each row prints as its label with the first figure flush right, and the other
                   // figures under it, each after its header, so no figure can be read as another column's
        Window,    // `cells`: a name and address for a #10 window envelope; on a letter's first page at the window (7/8 in
                   // from the left, 2 in from the top) with the blocks after it beside it up to the next rule; a roll
                   // is handed over, not mailed, and leaves it out
        Field,     // `left` a label, `right` its value beside it ("Service address  126 River Road")
        BoxStart,  // the blocks up to BoxEnd are boxed (the Truth-in-Lending disclosures); a rule of = on a roll
        BoxEnd,
    };
    Kind kind = Kind::Text;
    Style style = Style::Normal;
    std::string left;
    std::string right;
    std::vector<std::string> cells; // Row only
};

struct Layout {
    std::string title; // the PDF's title; also the footer on letter pages
    std::vector<Block> blocks;

    Layout& text(std::string s, Style style = Style::Normal)
    {
        blocks.push_back({Block::Kind::Text, style, std::move(s), {}, {}});
        return *this;
    }
    Layout& centered(std::string s, Style style = Style::Normal)
    {
        blocks.push_back({Block::Kind::Centered, style, std::move(s), {}, {}});
        return *this;
    }
    Layout& pair(std::string label, std::string figure, Style style = Style::Normal)
    {
        blocks.push_back({Block::Kind::Pair, style, std::move(label), std::move(figure), {}});
        return *this;
    }
    Layout& rule()
    {
        blocks.push_back({Block::Kind::Rule, Style::Normal, {}, {}, {}});
        return *this;
    }
    Layout& gap()
    {
        blocks.push_back({Block::Kind::Gap, Style::Normal, {}, {}, {}});
        return *this;
    }
    Layout& banner(std::string s)
    {
        blocks.push_back({Block::Kind::Banner, Style::Title, std::move(s), {}, {}});
        return *this;
    }
    Layout& qr(std::string payload, std::string caption)
    {
        blocks.push_back({Block::Kind::Qr, Style::Small, std::move(payload), std::move(caption), {}});
        return *this;
    }
    Layout& row(std::vector<std::string> cells, Style style = Style::Normal)
    {
        blocks.push_back({Block::Kind::Row, style, {}, {}, std::move(cells)});
        return *this;
    }
    Layout& window(std::vector<std::string> lines)
    {
        blocks.push_back({Block::Kind::Window, Style::Normal, {}, {}, std::move(lines)});
        return *this;
    }
    Layout& field(std::string label, std::string value)
    {
        blocks.push_back({Block::Kind::Field, Style::Normal, std::move(label), std::move(value), {}});
        return *this;
    }
    Layout& boxStart()
    {
        blocks.push_back({Block::Kind::BoxStart, Style::Normal, {}, {}, {}});
        return *this;
    }
    Layout& boxEnd()
    {
        blocks.push_back({Block::Kind::BoxEnd, Style::Normal, {}, {}, {}});
        return *this;
    }
    Layout& signature(std::string label)
    {
        blocks.push_back({Block::Kind::Signature, Style::Small, std::move(label), {}, {}});
        return *this;
    }
};

// The blocks in order, as one(block), except that each run of consecutive rows goes whole to table(first, end).
template <typename One, typename Table>
void forEachBlock(const std::vector<Block>& blocks, One one, Table table)
{
    const Block* end = blocks.data() + blocks.size();
    for (const Block* b = blocks.data(); b != end;) {
        if (b->kind != Block::Kind::Row) {
            one(*b++);
            continue;
        }
        const Block* last = b;
        while (last != end && last->kind == Block::Kind::Row)
            ++last;
        table(b, last);
        b = last;
    }
}

// Every text of the layout (labels, figures, captions; not QR payloads), for checks such as font coverage.
std::vector<std::string> layoutTexts(const Layout& layout);

} // namespace tillbook::printing
