// Receipt PDF rendering. libharu reports errors through a handler: it records the first error, and every call site
// checks it, so a failure becomes one PdfError instead of a half-written document.
#include "printing/pdf.h"

#include <hpdf.h>
#include <qrencode.h>

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

class Writer {
public:
    Writer(Document& doc, HPDF_Page page, HPDF_Font regular, HPDF_Font bold)
        : m_doc(doc)
        , m_page(page)
        , m_regular(regular)
        , m_bold(bold)
    {
    }
    void text(float x, float y, const std::string& s, float size, bool strong = false)
    {
        HPDF_Page_BeginText(m_page);
        HPDF_Page_SetFontAndSize(m_page, strong ? m_bold : m_regular, size);
        HPDF_Page_TextOut(m_page, x, y, s.c_str());
        HPDF_Page_EndText(m_page);
        m_doc.check("writing text");
    }
    void right(float x, float y, const std::string& s, float size, bool strong = false)
    {
        HPDF_Page_SetFontAndSize(m_page, strong ? m_bold : m_regular, size);
        float width = HPDF_Page_TextWidth(m_page, s.c_str());
        text(x - width, y, s, size, strong);
    }
    void rule(float x1, float x2, float y)
    {
        HPDF_Page_SetLineWidth(m_page, 0.6f);
        HPDF_Page_MoveTo(m_page, x1, y);
        HPDF_Page_LineTo(m_page, x2, y);
        HPDF_Page_Stroke(m_page);
        m_doc.check("drawing a rule");
    }
    // A QR code as filled squares, with the quiet zone the standard asks for.
    void qr(const std::string& payload, float x, float y, float size)
    {
        std::unique_ptr<QRcode, QrDeleter> code(QRcode_encodeString(payload.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
        if (!code)
            throw PdfError("the receipt's QR code could not be made");
        int n = code->width;
        float module = size / static_cast<float>(n + 8);
        float x0 = x + 4 * module;
        float y0 = y + 4 * module;
        HPDF_Page_SetRGBFill(m_page, 0, 0, 0);
        for (int row = 0; row < n; ++row) {
            for (int col = 0; col < n; ++col) {
                if (code->data[row * n + col] & 1)
                    HPDF_Page_Rectangle(m_page, x0 + static_cast<float>(col) * module,
                                        y0 + static_cast<float>(n - 1 - row) * module, module, module);
            }
        }
        HPDF_Page_Fill(m_page);
        m_doc.check("drawing the QR code");
    }

private:
    Document& m_doc;
    HPDF_Page m_page;
    HPDF_Font m_regular;
    HPDF_Font m_bold;
};

} // namespace

std::vector<std::uint8_t> renderReceiptPdf(const ReceiptDocument& r, const std::string& fontPath,
                                           const std::string& boldFontPath)
{
    Document doc;
    HPDF_UseUTFEncodings(doc.get());
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    const char* regularName = HPDF_LoadTTFontFromFile(doc.get(), fontPath.c_str(), HPDF_TRUE);
    // One embedded font when no bold face is asked for: each embedded TrueType file is most of the PDF's size and time.
    const char* boldName = boldFontPath.empty() ? regularName
                                                : HPDF_LoadTTFontFromFile(doc.get(), boldFontPath.c_str(), HPDF_TRUE);
    doc.check("loading the DejaVu fonts (package fonts-dejavu-core)");
    HPDF_Font regular = HPDF_GetFont(doc.get(), regularName, "UTF-8");
    HPDF_Font bold = HPDF_GetFont(doc.get(), boldName, "UTF-8");
    HPDF_Page page = HPDF_AddPage(doc.get());
    HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_LETTER, HPDF_PAGE_PORTRAIT);
    doc.check("setting up the page");
    Writer w(doc, page, regular, bold);

    const float left = 54;
    const float rightEdge = 558;
    float y = 740;
    if (r.reprint)
        w.right(rightEdge, y + 8, "REPRINT", 16, true);
    if (r.voided)
        w.right(rightEdge, y - 12, "VOIDED", 16, true);
    w.text(left, y, r.organization, 16, true);
    y -= 18;
    w.text(left, y, r.address, 10);
    y -= 30;
    w.text(left, y, "Receipt " + r.receiptNumber, 13, true);
    w.right(rightEdge, y, r.dateTime, 10);
    y -= 15;
    w.text(left, y, "Station " + r.station + "   Cashier " + r.cashier, 10);
    y -= 22;
    for (const auto& customer : r.customers) {
        w.text(left, y, customer, 11);
        y -= 14;
    }
    y -= 6;
    w.rule(left, rightEdge, y);
    y -= 18;
    for (const auto& line : r.lines) {
        w.text(left, y, line.label + (line.account.empty() ? "" : "   account " + line.account), 11);
        w.right(rightEdge, y, formatMoney(line.amount), 11);
        y -= 15;
    }
    w.rule(left + 300, rightEdge, y + 4);
    y -= 12;
    w.text(left + 300, y, "Total paid", 11, true);
    w.right(rightEdge, y, formatMoney(r.total), 11, true);
    y -= 22;
    for (const auto& tender : r.tenders) {
        w.text(left, y, tender.label, 11);
        w.right(rightEdge, y, formatMoney(tender.amount), 11);
        y -= 15;
    }
    w.text(left + 300, y, "Change", 11, true);
    w.right(rightEdge, y, formatMoney(r.change), 11, true);
    y -= 26;
    for (const auto& balance : r.balances) {
        w.text(left, y, balance, 10);
        y -= 13;
    }
    if (r.checksTaken) {
        y -= 8;
        w.text(left, y, "Checks are accepted subject to collection. A returned check is charged the returned-check fee", 9);
        y -= 11;
        w.text(left, y, "and the payment is reversed.", 9);
    }
    // The verification block: the ledger seq, the record's short hash and a QR code that anyone can check.
    w.rule(left, rightEdge, 190);
    w.text(left, 170, "Ledger record " + std::to_string(r.seq) + "   hash " + r.shortHash, 9);
    w.text(left, 157, "Verify this receipt: tillctl verify-receipt with the text in the QR code.", 9);
    w.qr(r.qrPayload, rightEdge - 150, 30, 150);

    if (HPDF_SaveToStream(doc.get()) != HPDF_OK)
        doc.check("saving");
    doc.check("saving");
    HPDF_UINT32 size = HPDF_GetStreamSize(doc.get());
    std::vector<std::uint8_t> out(size);
    HPDF_UINT32 read = size;
    if (HPDF_ReadFromStream(doc.get(), out.data(), &read) != HPDF_OK && read != size)
        doc.check("reading the document");
    out.resize(read);
    return out;
}

} // namespace tillbook::printing
