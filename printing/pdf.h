// PDF documents with libharu: an RAII document, UTF-8 text in an embedded DejaVu font, and QR codes.
#pragma once

#include "printing/receipt_document.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace tillbook::printing {

class PdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The TrueType font every document embeds (fonts-dejavu-core), so names like Núñez and Ærø print as written.
inline constexpr const char* kDefaultFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
inline constexpr const char* kDefaultBoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// A letter-size receipt. Throws PdfError naming libharu's error code when rendering fails.
std::vector<std::uint8_t> renderReceiptPdf(const ReceiptDocument& receipt, const std::string& fontPath = kDefaultFont,
                                           const std::string& boldFontPath = kDefaultBoldFont);

} // namespace tillbook::printing
