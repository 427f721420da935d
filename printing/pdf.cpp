// PDF rendering of layouts. libharu reports errors through a handler: it records the first error, and every step
// checks it, so a failure becomes one PdfError instead of a half-written document.
#include "printing/pdf.h"

#include "core/text.h"
#include "printing/font_ranges.h"
#include "printing/wrap.h"

#include <hpdf.h>
#include <qrencode.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace tillbook::printing {

namespace {

struct ErrorState {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void onError(HPDF_STATUS code, HPDF_STATUS detail, void* data)
{
    auto* state = static_cast<ErrorState*>(data);
    if (state->code == HPDF_OK) {
        state->code = code;
        state->detail = detail;
    }
}

class Document {
public:
    Document()
        : m_doc(HPDF_New(onError, &m_error))
    {
        if (!m_doc)
            throw PdfError("libharu could not create a document");
    }
    ~Document() { HPDF_Free(m_doc); }
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    HPDF_Doc get() const { return m_doc; }
    void check(const char* what) const
    {
        if (m_error.code != HPDF_OK) {
            char buffer[96];
            std::snprintf(buffer, sizeof buffer, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(m_error.code),
                          static_cast<unsigned>(m_error.detail));
            throw PdfError(std::string("the PDF could not be made: ") + what + buffer);
        }
    }

private:
    ErrorState m_error;
    HPDF_Doc m_doc;
};

struct QrDeleter {
    void operator()(QRcode* code) const { QRcode_free(code); }
};

// Sizes in points. Text sizes are indexed by Style.
struct Metrics {
    float width;
    float height; // 0: as long as the content (a roll)
    float margin;
    float sizes[4];
    float qr;
    float fieldLabel; // the column of fields' labels (Account, Customer, Service address)
};
constexpr Metrics kLetter{612, 792, 48, {10, 10, 15, 8}, 128, 130};
// The roll's code is a third of the area it had (132 pt): 76 pt holds a receipt's proof inside a URL (QR version 11
// or less, 69 modules with the quiet zone) at 1.1 pt = 0.39 mm a module, three dots of a 203 dpi printer; a test
// decodes it from a 203 dpi rendering.
constexpr Metrics kRoll{226.77f, 0, 12, {8, 8, 11, 6.5f}, 76, 80};
// A #10 window envelope shows a letter folded in three through a window 7/8 in from the left and about 2 in from the
// top: the address block goes there, at most 3.5 in wide.
constexpr float kWindowLeft = 63;
constexpr float kWindowTop = 144;
constexpr float kWindowWidth = 252;
constexpr float kLineHeight = 1.25f;

// One thing to draw, placed by the layout pass; `top` is measured down from the top margin of its page.
struct Op {
    enum class Kind : std::uint8_t { Text, Line, Box, Qr };
    Kind kind = Kind::Text;
    int page = 0;
    float x = 0;
    float top = 0;
    float w = 0;
    float h = 0;
    float size = 0;
    bool bold = false;
    std::string text;
};

// Text as libharu may take it: well-formed UTF-8 without control characters.
std::string clean(const std::string& text)
{
    return printableText(text);
}

class Placer {
public:
    Placer(const Metrics& m, HPDF_Font regular, HPDF_Font bold)
        : m_m(m)
        , m_regular(regular)
        , m_bold(bold)
    {
    }

    void place(const Block& block)
    {
        float size = m_m.sizes[static_cast<int>(block.style)];
        bool strong = block.style == Style::Strong || block.style == Style::Title;
        float lineHeight = size * kLineHeight;
        switch (block.kind) {
        case Block::Kind::Text:
        case Block::Kind::Centered:
            for (const auto& line : wrap(block.left, size, strong, width())) {
                room(lineHeight);
                float x = left();
                if (block.style == Style::Title || block.kind == Block::Kind::Centered)
                    x += (width() - measure(line, size, strong)) / 2;
                text(x, lineHeight, line, size, strong);
                m_top += lineHeight;
            }
            break;
        case Block::Kind::Pair: {
            std::string figure = clean(block.right);
            float figureWidth = measure(figure, size, strong);
            auto lines = wrap(block.left, size, strong, std::max(width() - figureWidth - 12, width() / 3));
            for (std::size_t i = 0; i < lines.size(); ++i) {
                room(lineHeight);
                text(left(), lineHeight, lines[i], size, strong);
                if (i == 0)
                    text(left() + width() - figureWidth, lineHeight, figure, size, strong);
                m_top += lineHeight;
            }
            break;
        }
        case Block::Kind::Rule:
            m_top = std::max(m_top, m_windowBottom); // a rule goes under the window's address, never beside it
            room(8);
            m_ops.push_back({Op::Kind::Line, m_page, m_m.margin, m_top + 4, width(), 0, 0, false, {}});
            m_top += 8;
            break;
        case Block::Kind::Gap:
            m_top += m_m.sizes[0] * 0.6f;
            break;
        case Block::Kind::Banner: {
            std::string s = clean(block.left);
            float w = measure(s, size, true) + 16;
            float h = lineHeight + 6;
            room(h + 6);
            float x = m_m.margin + (width() - w) / 2;
            m_ops.push_back({Op::Kind::Box, m_page, x, m_top, w, h, 0, false, {}});
            text(x + 8, h - 3, s, size, true);
            m_top += h + 6;
            break;
        }
        case Block::Kind::Qr:
            qr(block);
            break;
        case Block::Kind::Row:
            table(&block, &block + 1);
            break;
        case Block::Kind::Window:
            if (onPage() && m_page == 0)
                window(block);
            break;
        case Block::Kind::Field: {
            float labelWidth = std::min(m_m.fieldLabel, width() / 2);
            auto labels = wrap(block.left, size, true, labelWidth - 6);
            auto values = wrap(block.right, size, false, width() - labelWidth);
            for (std::size_t i = 0; i < std::max(labels.size(), values.size()); ++i) {
                room(lineHeight);
                if (i < labels.size())
                    text(left(), lineHeight, labels[i], size, true);
                if (i < values.size())
                    text(left() + labelWidth, lineHeight, values[i], size, false);
                m_top += lineHeight;
            }
            break;
        }
        case Block::Kind::BoxStart:
            m_boxPage = m_page;
            m_boxTop = m_top;
            m_top += 5;
            m_indent = 7;
            break;
        case Block::Kind::BoxEnd: {
            m_top += 3;
            float top = m_boxPage == m_page ? m_boxTop : 0;
            m_ops.push_back({Op::Kind::Box, m_page, m_m.margin, top, m_m.width - 2 * m_m.margin, m_top - top, 0, false, {}});
            m_top += 6;
            m_indent = 0;
            break;
        }
        case Block::Kind::Signature: {
            room(30 + lineHeight);
            m_top += 30;
            m_ops.push_back({Op::Kind::Line, m_page, left(), m_top, std::min(width(), 260.0f), 0, 0, false, {}});
            m_top += 2;
            text(left(), lineHeight, clean(block.left), size, false);
            m_top += lineHeight;
            break;
        }
        }
    }

    // Consecutive rows: the label column as wide as its widest cell, the figures right-aligned in equal columns over
    // the rest; where a figure does not fit its column, each row is its label and first figure, the other figures
    // named under it.
    void table(const Block* begin, const Block* end)
    {
        const float size = m_m.sizes[0];
        const float lineHeight = size * kLineHeight;
        float labelWidth = 0;
        float figureWidth = 0;
        std::size_t columns = 0;
        for (const Block* b = begin; b != end; ++b) {
            bool strong = b->style == Style::Strong;
            columns = std::max(columns, b->cells.size());
            for (std::size_t k = 0; k < b->cells.size(); ++k) {
                float w = measure(clean(b->cells[k]), size, strong);
                (k == 0 ? labelWidth : figureWidth) = std::max(k == 0 ? labelWidth : figureWidth, w);
            }
        }
        const float slot = columns > 1 ? (width() - labelWidth - 12) / static_cast<float>(columns - 1) : 0;
        const bool fits = columns <= 1 || figureWidth + 8 <= slot;
        std::vector<std::string> header;
        for (const Block* b = begin; b != end; ++b) {
            bool strong = b->style == Style::Strong;
            if (strong)
                header = b->cells;
            room(lineHeight);
            for (std::size_t k = 0; k < b->cells.size(); ++k) {
                std::string cell = clean(b->cells[k]);
                if (k == 0)
                    text(left(), lineHeight, cell, size, strong);
                else if (fits)
                    text(left() + labelWidth + 12 + slot * static_cast<float>(k) - measure(cell, size, strong), lineHeight,
                         cell, size, strong);
                else if (k == 1)
                    text(left() + width() - measure(cell, size, strong), lineHeight, cell, size, strong);
            }
            m_top += lineHeight;
            if (fits || strong)
                continue;
            float small = m_m.sizes[static_cast<int>(Style::Small)];
            auto measureSmall = [&](const std::string& t) { return measure(t, small, false); };
            for (const auto& l : packPieces(namedFigures(header, b->cells), "   ", width() - 16, measureSmall)) {
                room(small * kLineHeight);
                text(left() + 16, small * kLineHeight, clean(l), small, false);
                m_top += small * kLineHeight;
            }
        }
    }

    // Starts a new page unless `height` fits on this one: a box is kept on one page.
    void keep(float height) { room(height); }

    // Ends any float, so the page's length covers the QR code.
    void finish() { m_top = std::max({m_top, m_floatBottom, m_windowBottom}); }

    std::vector<Op>& ops() { return m_ops; }
    int pages() const { return m_page + 1; }
    float used() const { return m_top; }

private:
    bool onPage() const { return m_m.height > 0; }

    // Beside the window's address, text starts to its right.
    float besideWindow() const { return m_top < m_windowBottom ? kWindowLeft + kWindowWidth + 18 - m_m.margin : 0; }

    float left() const { return m_m.margin + m_indent + besideWindow(); }

    // The width text may use here: less inside a box, beside a floating QR code and beside the window's address.
    float width() const
    {
        float full = m_m.width - 2 * m_m.margin - 2 * m_indent - besideWindow();
        return m_top < m_floatBottom ? full - m_m.qr - 12 : full;
    }

    // The address where the envelope's window shows it (below the letterhead if that runs long); the blocks after it
    // start beside it, at the window's top.
    void window(const Block& block)
    {
        float size = m_m.sizes[static_cast<int>(Style::Normal)];
        float lineHeight = size * kLineHeight;
        m_top = std::max(m_top, kWindowTop - m_m.margin);
        float top = m_top;
        for (const auto& cell : block.cells) {
            for (const auto& line : wrap(cell, size, false, kWindowWidth)) {
                m_ops.push_back({Op::Kind::Text, m_page, kWindowLeft, top + lineHeight * 0.75f, 0, 0, size, false, line});
                top += lineHeight;
            }
        }
        m_windowBottom = top + 6;
    }

    float measure(const std::string& s, float size, bool strong) const
    {
        HPDF_TextWidth tw = HPDF_Font_TextWidth(strong ? m_bold : m_regular, reinterpret_cast<const HPDF_BYTE*>(s.data()),
                                                static_cast<HPDF_UINT>(s.size()));
        return static_cast<float>(tw.width) * size / 1000.0f;
    }

    // A roll centers the code and goes on below it; a letter page puts it at the right margin and lets the next
    // blocks (signature lines, fine print) use the room to its left.
    void qr(const Block& block)
    {
        float captionSize = m_m.sizes[static_cast<int>(Style::Small)];
        float captionWidth = onPage() ? m_m.qr : m_m.width - 2 * m_m.margin;
        auto caption = wrap(block.right, captionSize, false, captionWidth);
        float height = m_m.qr + static_cast<float>(caption.size()) * captionSize * kLineHeight;
        finish();
        room(height);
        float x = onPage() ? m_m.width - m_m.margin - m_m.qr : m_m.margin + (width() - m_m.qr) / 2;
        m_ops.push_back({Op::Kind::Qr, m_page, x, m_top, m_m.qr, m_m.qr, 0, false, block.left});
        float top = m_top + m_m.qr;
        float captionX = onPage() ? x : m_m.margin;
        for (const auto& line : caption) {
            m_ops.push_back({Op::Kind::Text, m_page, captionX, top + captionSize * kLineHeight * 0.75f, 0, 0, captionSize, false, line});
            top += captionSize * kLineHeight;
        }
        if (onPage())
            m_floatBottom = top;
        else
            m_top = top;
    }

    // Starts a new page when `height` does not fit on this one (letter pages; a roll just grows).
    void room(float height)
    {
        float usable = m_m.height - 2 * m_m.margin - 14; // 14: the footer line
        if (onPage() && m_top + height > usable && m_top > 0) {
            ++m_page;
            m_top = 0;
            m_floatBottom = 0;
            m_windowBottom = 0;
        }
    }

    void text(float x, float lineHeight, const std::string& s, float size, bool strong)
    {
        // The baseline sits a quarter of the line above its bottom.
        m_ops.push_back({Op::Kind::Text, m_page, x, m_top + lineHeight * 0.75f, 0, 0, size, strong, s});
    }

    std::vector<std::string> wrap(const std::string& raw, float size, bool strong, float maxWidth) const
    {
        return wrapText(clean(raw), maxWidth, [&](const std::string& s) { return measure(s, size, strong); });
    }

    const Metrics& m_m;
    HPDF_Font m_regular;
    HPDF_Font m_bold;
    std::vector<Op> m_ops;
    int m_page = 0;
    float m_top = 0;
    float m_floatBottom = 0; // where a floating QR code ends on this page
    float m_windowBottom = 0; // where the window envelope's address ends (first page)
    float m_indent = 0;      // inside a box
    int m_boxPage = 0;
    float m_boxTop = 0;
};

void drawQr(Document& doc, HPDF_Page page, const std::string& payload, float x, float y, float size)
{
    std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeString(payload.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code)
        throw PdfError("the document's QR code could not be made (" + std::to_string(payload.size()) + " bytes)");
    int n = code->width;
    // The standard's quiet zone is four modules on every side.
    float module = size / static_cast<float>(n + 8);
    float x0 = x + 4 * module;
    float y0 = y + 4 * module;
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    for (int row = 0; row < n; ++row) {
        for (int col = 0; col < n; ++col) {
            if (code->data[row * n + col] & 1)
                HPDF_Page_Rectangle(page, x0 + static_cast<float>(col) * module,
                                    y0 + static_cast<float>(n - 1 - row) * module, module, module);
        }
    }
    HPDF_Page_Fill(page);
    doc.check("drawing the QR code");
}

std::string asciiOnly(const std::string& s)
{
    std::string out;
    for (char c : s)
        out += (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) ? '?' : c;
    return out;
}

} // namespace

const char* paperName(Paper paper)
{
    return paper == Paper::Letter ? "letter" : "roll80";
}

const char* fontSetName(FontSet set)
{
    return set == FontSet::Core ? "core" : set == FontSet::Extended ? "extended" : "whole";
}

FontFiles fontFiles(FontSet set)
{
    if (set == FontSet::Whole) {
        std::filesystem::path dir = TILLBOOK_DEJAVU_DIR;
        return {(dir / "DejaVuSans.ttf").string(), (dir / "DejaVuSans-Bold.ttf").string(), set};
    }
    const char* env = std::getenv("TILLBOOK_FONT_DIR");
    std::filesystem::path dir = env && *env ? env : TILLBOOK_FONT_DIR;
    std::string suffix = std::string("-") + fontSetName(set) + ".ttf";
    return {(dir / ("DejaVuSans" + suffix)).string(), (dir / ("DejaVuSans-Bold" + suffix)).string(), set};
}

bool fontSetCovers(FontSet set, const std::string& text)
{
    if (set == FontSet::Whole)
        return true;
    const auto* begin = set == FontSet::Core ? std::begin(kcoreRanges) : std::begin(kextendedRanges);
    const auto* end = set == FontSet::Core ? std::end(kcoreRanges) : std::end(kextendedRanges);
    for (char32_t cp : decodeUtf8(text)) {
        if (cp < 0x20 || cp == 0x7F)
            continue; // printed as spaces
        if (std::none_of(begin, end, [cp](const auto& range) { return cp >= range.first && cp <= range.second; }))
            return false;
    }
    return true;
}

FontFiles fontsFor(const Layout& layout)
{
    auto texts = layoutTexts(layout);
    for (FontSet set : {FontSet::Core, FontSet::Extended}) {
        FontFiles files = fontFiles(set);
        std::error_code ec;
        if (!std::filesystem::exists(files.regular, ec) || !std::filesystem::exists(files.bold, ec))
            continue;
        if (std::all_of(texts.begin(), texts.end(), [set](const std::string& t) { return fontSetCovers(set, t); }))
            return files;
    }
    return fontFiles(FontSet::Whole);
}

std::vector<std::uint8_t> renderPdf(const Layout& layout, Paper paper)
{
    return renderPdf(layout, paper, fontsFor(layout));
}

std::vector<std::uint8_t> renderPdf(const Layout& layout, Paper paper, const FontFiles& fonts)
{
    const Metrics& m = paper == Paper::Letter ? kLetter : kRoll;
    Document doc;
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc.get());
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    const char* regularName = HPDF_LoadTTFontFromFile(doc.get(), fonts.regular.c_str(), HPDF_TRUE);
    const char* boldName = HPDF_LoadTTFontFromFile(doc.get(), fonts.bold.c_str(), HPDF_TRUE);
    doc.check(fonts.set != FontSet::Whole ? "loading the subset DejaVu fonts (rebuild, or set TILLBOOK_FONT_DIR)"
                                          : "loading the DejaVu fonts (package fonts-dejavu-core)");
    HPDF_Font regular = HPDF_GetFont(doc.get(), regularName, "UTF-8");
    HPDF_Font bold = HPDF_GetFont(doc.get(), boldName, "UTF-8");
    doc.check("selecting the fonts");
    HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "Tillbook");
    HPDF_SetInfoAttr(doc.get(), HPDF_INFO_TITLE, asciiOnly(layout.title).c_str());

    Placer placer(m, regular, bold);
    const Block* end = layout.blocks.data() + layout.blocks.size();
    auto one = [&](const Block& block) {
        if (block.kind == Block::Kind::BoxStart) {
            // Measured on an endless page first, so the whole box goes where it fits.
            Metrics endless = m;
            endless.height = 0;
            Placer dry(endless, regular, bold);
            for (const Block* b = &block; b != end && b->kind != Block::Kind::BoxEnd; ++b)
                dry.place(*b);
            placer.keep(dry.used() + 10);
        }
        placer.place(block);
    };
    forEachBlock(layout.blocks, one, [&](const Block* first, const Block* last) { placer.table(first, last); });
    placer.finish();
    doc.check("measuring text");
    int pages = placer.pages();
    float height = m.height > 0 ? m.height : placer.used() + 2 * m.margin;

    std::vector<HPDF_Page> pdfPages;
    for (int i = 0; i < pages; ++i) {
        HPDF_Page page = HPDF_AddPage(doc.get());
        HPDF_Page_SetWidth(page, m.width);
        HPDF_Page_SetHeight(page, height);
        HPDF_Page_SetLineWidth(page, 0.6f);
        pdfPages.push_back(page);
        if (pages > 1) {
            // Every page says what it belongs to, so a loose page can be put back.
            std::string footer = clean(layout.title) + "   page " + std::to_string(i + 1) + " of " + std::to_string(pages);
            float size = m.sizes[static_cast<int>(Style::Small)];
            HPDF_Page_BeginText(page);
            HPDF_Page_SetFontAndSize(page, regular, size);
            HPDF_Page_TextOut(page, m.margin, m.margin / 2, footer.c_str());
            HPDF_Page_EndText(page);
        }
    }
    doc.check("adding pages");
    auto y = [&](float top) { return height - m.margin - top; };
    for (const Op& op : placer.ops()) {
        HPDF_Page page = pdfPages[static_cast<std::size_t>(op.page)];
        switch (op.kind) {
        case Op::Kind::Text:
            HPDF_Page_BeginText(page);
            HPDF_Page_SetFontAndSize(page, op.bold ? bold : regular, op.size);
            HPDF_Page_TextOut(page, op.x, y(op.top), op.text.c_str());
            HPDF_Page_EndText(page);
            doc.check("writing text");
            break;
        case Op::Kind::Line:
            HPDF_Page_MoveTo(page, op.x, y(op.top));
            HPDF_Page_LineTo(page, op.x + op.w, y(op.top));
            HPDF_Page_Stroke(page);
            doc.check("drawing a line");
            break;
        case Op::Kind::Box:
            HPDF_Page_SetLineWidth(page, 1.5f);
            HPDF_Page_Rectangle(page, op.x, y(op.top + op.h), op.w, op.h);
            HPDF_Page_Stroke(page);
            HPDF_Page_SetLineWidth(page, 0.6f);
            doc.check("drawing a box");
            break;
        case Op::Kind::Qr:
            drawQr(doc, page, op.text, op.x, y(op.top + op.h), op.w);
            break;
        }
    }

    HPDF_SaveToStream(doc.get());
    doc.check("saving");
    HPDF_UINT32 size = HPDF_GetStreamSize(doc.get());
    std::vector<std::uint8_t> out(size);
    HPDF_UINT32 read = size;
    HPDF_ReadFromStream(doc.get(), out.data(), &read);
    if (read != size)
        doc.check("reading the document back");
    out.resize(read);
    return out;
}

} // namespace tillbook::printing
