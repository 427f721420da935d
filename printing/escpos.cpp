// Layout to ESC/POS bytes. Widths count characters, so UTF-8 text is wrapped first and turned into code page 858 last.
#include "printing/escpos.h"

#include "core/text.h"
#include "printing/codepage.h"
#include "printing/escpos_commands.h"
#include "printing/wrap.h"

#include <algorithm>
#include <vector>

namespace tillbook::printing {

namespace {

class Job {
public:
    explicit Job(const EscPosOptions& options)
        : m_columns(static_cast<std::size_t>(options.columns))
        , m_options(options)
    {
        m_out.append(escpos::kInitialize);
        m_out.append(escpos::kCodePagePc858);
    }

    void add(const Block& block)
    {
        switch (block.kind) {
        case Block::Kind::Text:
            if (block.style == Style::Title) {
                m_out.append(escpos::kAlignCenter);
                m_out.append(escpos::kBoldOn);
                m_out.append(escpos::kSizeDoubleHeight);
                lines(wrapColumns(block.left, m_columns));
                m_out.append(escpos::kSizeNormal);
                m_out.append(escpos::kBoldOff);
                m_out.append(escpos::kAlignLeft);
            } else {
                styled(block.style, [&] { lines(wrapColumns(block.left, m_columns)); });
            }
            break;
        case Block::Kind::Centered:
            m_out.append(escpos::kAlignCenter);
            styled(block.style, [&] { lines(wrapColumns(block.left, m_columns)); });
            m_out.append(escpos::kAlignLeft);
            break;
        case Block::Kind::Pair:
            styled(block.style, [&] { pair(block.left, block.right); });
            break;
        case Block::Kind::Rule:
            line(std::string(m_columns, '-'));
            break;
        case Block::Kind::Gap:
            m_out += escpos::LF;
            break;
        case Block::Kind::Banner:
            m_out.append(escpos::kAlignCenter);
            m_out.append(escpos::kSizeDouble);
            m_out.append(escpos::kReverseOn);
            // Double width: half as many characters fit.
            lines(wrapColumns(block.left, m_columns / 2));
            m_out.append(escpos::kReverseOff);
            m_out.append(escpos::kSizeNormal);
            m_out.append(escpos::kAlignLeft);
            break;
        case Block::Kind::Qr:
            if (block.left.size() > escpos::kQrMaxData)
                throw EscPosError("the QR payload has " + std::to_string(block.left.size())
                                  + " bytes, more than one code holds");
            m_out.append(escpos::kAlignCenter);
            m_out.append(escpos::kQrModel2);
            m_out.append(escpos::qrModuleSize(m_options.qrModuleDots));
            m_out.append(escpos::kQrErrorCorrectionM);
            m_out.append(escpos::qrStore(block.left));
            m_out.append(escpos::kQrPrint);
            m_out.append(escpos::kAlignLeft);
            lines(wrapColumns(block.right, m_columns));
            break;
        case Block::Kind::Row: // tables come whole through table()
            table(&block, &block + 1);
            break;
        case Block::Kind::Window: // a roll is handed over, not mailed
            break;
        case Block::Kind::Field:
            field(block.left, block.right);
            break;
        case Block::Kind::BoxStart:
        case Block::Kind::BoxEnd:
            line(std::string(m_columns, '='));
            break;
        case Block::Kind::Signature:
            m_out += escpos::LF;
            m_out += escpos::LF;
            line(std::string(m_columns * 2 / 3, '_'));
            lines(wrapColumns(block.left, m_columns));
            break;
        }
    }

    // Consecutive rows: in columns where they fit, else each row as its label and first figure, the others named
    // on the lines under it (a principal never sits where a payment would).
    void table(const Block* begin, const Block* end)
    {
        std::vector<std::size_t> widths;
        for (const Block* b = begin; b != end; ++b) {
            widths.resize(std::max(widths.size(), b->cells.size()));
            for (std::size_t k = 0; k < b->cells.size(); ++k)
                widths[k] = std::max(widths[k], displayWidth(printableText(b->cells[k])));
        }
        std::size_t total = widths.empty() ? 0 : widths.size() - 1;
        for (std::size_t w : widths)
            total += w;
        std::vector<std::string> header;
        for (const Block* b = begin; b != end; ++b) {
            const auto& cells = b->cells;
            if (b->style == Style::Strong)
                header = cells;
            if (total <= m_columns) {
                std::string l;
                for (std::size_t k = 0; k < cells.size(); ++k) {
                    std::string cell = printableText(cells[k]);
                    std::string pad(widths[k] - displayWidth(cell), ' ');
                    l += k == 0 ? cell + pad : " " + pad + cell;
                }
                styled(b->style, [&] { line(l); });
                continue;
            }
            styled(b->style, [&] { pair(cells.empty() ? "" : cells[0], cells.size() > 1 ? cells[1] : ""); });
            if (b->style == Style::Strong)
                continue; // the other headers go beside their figures
            auto pieces = namedFigures(header, cells);
            for (const auto& l : packPieces(pieces, "  ", static_cast<double>(m_columns - 4),
                                            [](const std::string& s) { return static_cast<double>(displayWidth(s)); }))
                line("    " + l);
        }
    }

    std::string finish()
    {
        m_out.append(escpos::feedLines(m_options.feedLinesBeforeCut));
        m_out.append(escpos::kFeedAndPartialCut);
        return std::move(m_out);
    }

private:
    template <typename F>
    void styled(Style style, F body)
    {
        bool bold = style == Style::Strong || style == Style::Title;
        if (bold)
            m_out.append(escpos::kBoldOn);
        body();
        if (bold)
            m_out.append(escpos::kBoldOff);
    }

    void line(const std::string& utf8)
    {
        m_out += utf8ToPc858(utf8);
        m_out += escpos::LF;
    }

    void lines(const std::vector<std::string>& utf8Lines)
    {
        for (const auto& l : utf8Lines)
            line(l);
    }

    // The label in bold in a column of its own, the value wrapped beside it; a label too long for the column
    // ("Dirección del servicio") goes on a line of its own.
    void field(const std::string& label, const std::string& value)
    {
        const std::size_t column = m_columns * 2 / 5; // 16 of 42: "Service address" and its space
        std::size_t labelWidth = displayWidth(printableText(label));
        std::vector<std::string> values = wrapColumns(value, m_columns - column);
        std::size_t first = 0;
        m_out.append(escpos::kBoldOn);
        if (labelWidth + 1 > column) {
            line(label);
            m_out.append(escpos::kBoldOff);
        } else {
            m_out += utf8ToPc858(printableText(label) + std::string(column - labelWidth, ' '));
            m_out.append(escpos::kBoldOff);
            line(values.empty() ? std::string() : values[0]);
            first = 1;
        }
        for (std::size_t i = first; i < values.size(); ++i)
            line(std::string(column, ' ') + values[i]);
    }

    // The label wraps in the room the figure leaves; the figure sits flush right on the label's first line.
    void pair(const std::string& label, const std::string& figure)
    {
        std::size_t figureWidth = displayWidth(figure);
        if (figureWidth + 2 > m_columns) {
            lines(wrapColumns(label, m_columns));
            lines(wrapColumns(figure, m_columns));
            return;
        }
        std::size_t room = m_columns - figureWidth - 1;
        auto labelLines = wrapColumns(label, room);
        for (std::size_t i = 0; i < labelLines.size(); ++i) {
            std::string l = labelLines[i];
            if (i == 0)
                l += std::string(m_columns - displayWidth(l) - figureWidth, ' ') + figure;
            line(l);
        }
    }

    std::size_t m_columns;
    EscPosOptions m_options;
    std::string m_out;
};

} // namespace

std::vector<std::string> wrapColumns(const std::string& text, std::size_t columns)
{
    return wrapText(printableText(text), static_cast<double>(columns),
                    [](const std::string& s) { return static_cast<double>(displayWidth(s)); });
}

std::string renderEscPos(const Layout& layout, const EscPosOptions& options)
{
    if (options.columns != 42 && options.columns != 48)
        throw EscPosError("receipt printers here print 42 or 48 columns, not " + std::to_string(options.columns));
    Job job(options);
    forEachBlock(layout.blocks, [&](const Block& block) { job.add(block); },
                 [&](const Block* first, const Block* end) { job.table(first, end); });
    return job.finish();
}

} // namespace tillbook::printing
