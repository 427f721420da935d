// PDF rendering: fonts chosen by coverage, every document on both papers, pagination. The text on the page is checked
// with pdftotext in tests/cli/test_tillctl.sh.
#include "printing/pdf.h"
#include "printing/samples.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using namespace tillbook;
using namespace tillbook::printing;

namespace {

std::string asText(const std::vector<std::uint8_t>& pdf)
{
    return std::string(pdf.begin(), pdf.end());
}

std::size_t countOf(const std::string& haystack, const std::string& needle)
{
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("PDF font sets cover what their ranges say")
{
    CHECK(fontSetCovers(FontSet::Core, "Núñez Ærø Łódź Dvořák ⑆⑈ € ¢ – “quoted”"));
    CHECK_FALSE(fontSetCovers(FontSet::Core, "Nguyễn"));
    CHECK(fontSetCovers(FontSet::Extended, "Nguyễn Ελένη Пётр Șerban"));
    CHECK_FALSE(fontSetCovers(FontSet::Extended, "山田太郎"));
    CHECK_FALSE(fontSetCovers(FontSet::Extended, "🙂"));
    CHECK(fontSetCovers(FontSet::Whole, "山田太郎"));
}

TEST_CASE("PDF uses the smallest font set that holds every character of the document")
{
    REQUIRE(std::filesystem::exists(fontFiles(FontSet::Core).regular)); // built by printing/CMakeLists.txt
    REQUIRE(std::filesystem::exists(fontFiles(FontSet::Extended).bold));
    Layout latin;
    latin.text("Søren Ærø");
    CHECK(fontsFor(latin).set == FontSet::Core);
    Layout vietnamese = latin;
    vietnamese.pair("Nguyễn Văn An", "$1.00");
    CHECK(fontsFor(vietnamese).set == FontSet::Extended);
    Layout cjk = latin;
    cjk.pair("山田太郎", "$1.00");
    CHECK(fontsFor(cjk).set == FontSet::Whole);
    CHECK(fontsFor(cjk).regular == std::string(TILLBOOK_DEJAVU_TEST_DIR) + "/DejaVuSans.ttf");
    // The text of a QR caption counts; the QR payload does not (it is drawn, not typeset).
    Layout qr = latin;
    qr.qr("山田", "caption");
    CHECK(fontsFor(qr).set == FontSet::Core);
    // Each set renders.
    for (const Layout& layout : {latin, vietnamese, cjk})
        CHECK(asText(renderPdf(layout, Paper::Letter)).rfind("%PDF-", 0) == 0);
}

TEST_CASE("PDF renders every document on letter paper and on an 80 mm roll")
{
    for (const auto& [name, layout] : sampleLayouts()) {
        for (Paper paper : {Paper::Letter, Paper::Roll80}) {
            INFO(name << " on " << paperName(paper));
            std::string pdf = asText(renderPdf(layout, paper));
            CHECK(pdf.rfind("%PDF-1.", 0) == 0);
            CHECK(pdf.find("%%EOF") != std::string::npos);
            CHECK(countOf(pdf, "/Type /Page\r") + countOf(pdf, "/Type /Page\n") >= 1);
            // Two embedded TrueType programs (regular and bold), never a missing font.
            CHECK(countOf(pdf, "/FontFile2") == 2);
        }
    }
}

TEST_CASE("PDF roll pages are 80 mm wide and as long as their content")
{
    Layout shortOne;
    shortOne.text("One line");
    Layout longOne;
    for (int i = 0; i < 200; ++i)
        longOne.pair("Line " + std::to_string(i), "$1.00");
    std::string a = asText(renderPdf(shortOne, Paper::Roll80));
    std::string b = asText(renderPdf(longOne, Paper::Roll80));
    CHECK(a.find("/MediaBox [ 0 0 226.77") != std::string::npos);
    CHECK(b.find("/MediaBox [ 0 0 226.77") != std::string::npos);
    // One page each: a roll never breaks pages.
    CHECK(countOf(b, "/Type /Page\n") + countOf(b, "/Type /Page\r") == 1);
}

TEST_CASE("PDF letter documents break onto more pages when they are long")
{
    Layout longOne;
    longOne.title = "Long report";
    for (int i = 0; i < 200; ++i)
        longOne.pair("Line " + std::to_string(i), "$1.00");
    std::string pdf = asText(renderPdf(longOne, Paper::Letter));
    CHECK(pdf.find("/Count 4") != std::string::npos);
}

TEST_CASE("PDF rendering with a font file that is missing says so")
{
    Layout layout;
    layout.text("x");
    FontFiles missing{"/nonexistent/regular.ttf", "/nonexistent/bold.ttf", FontSet::Whole};
    CHECK_THROWS_WITH(renderPdf(layout, Paper::Letter, missing),
                      Catch::Contains("could not be made") && Catch::Contains("fonts-dejavu-core"));
}
