// PDF documents with libharu: a layout (layout.h) on a letter page or an 80 mm roll, UTF-8 text in an embedded
// DejaVu font, and QR codes.
#pragma once

#include "printing/layout.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace tillbook::printing {

class PdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class Paper : std::uint8_t {
    Letter, // 8.5 x 11 in, more pages as needed, "page n of m" when there is more than one
    Roll80, // 80 mm wide thermal roll, one page as long as the content
};
// "letter" / "roll80"
const char* paperName(Paper paper);

// The TrueType faces a document embeds: the smallest DejaVu subset built from printing/fonts/*.txt that holds every
// character of the document ("core", then "extended"), else the whole faces from fonts-dejavu-core, so names such
// as Núñez, Ærø and Nguyễn always print as written and the common receipt stays small and fast.
enum class FontSet : std::uint8_t { Core, Extended, Whole };
const char* fontSetName(FontSet set);
struct FontFiles {
    std::string regular;
    std::string bold;
    FontSet set = FontSet::Whole;
};
// Subset faces are looked for in $TILLBOOK_FONT_DIR, else the build's fonts directory.
FontFiles fontFiles(FontSet set);
// True when every character of `text` is in the set's ranges (always true for Whole).
bool fontSetCovers(FontSet set, const std::string& text);
FontFiles fontsFor(const Layout& layout);

// Throws PdfError naming libharu's error code when rendering fails.
std::vector<std::uint8_t> renderPdf(const Layout& layout, Paper paper);
std::vector<std::uint8_t> renderPdf(const Layout& layout, Paper paper, const FontFiles& fonts);

} // namespace tillbook::printing
