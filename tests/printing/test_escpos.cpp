// ESC/POS: whole byte streams against expected files, and the stream read back by a small independent decoder.
#include "core/text.h"
#include "printing/codepage.h"
#include "printing/escpos.h"
#include "printing/escpos_commands.h"
#include "printing/samples.h"

#include <catch2/catch.hpp>

#include <iconv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace tillbook;
using namespace tillbook::printing;

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Compares with tests/printing/expected/NAME. TILLBOOK_UPDATE_EXPECTED=1 rewrites the file instead (then review the
// change with `git diff --text` before committing it).
void checkExpected(const std::string& name, const std::string& actual)
{
    std::filesystem::path path = std::filesystem::path(TILLBOOK_PRINTING_EXPECTED_DIR) / name;
    if (const char* update = std::getenv("TILLBOOK_UPDATE_EXPECTED"); update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote " << path.string());
        return;
    }
    REQUIRE(std::filesystem::exists(path));
    std::string expected = readFile(path);
    if (expected != actual) {
        std::size_t at = 0;
        while (at < expected.size() && at < actual.size() && expected[at] == actual[at])
            ++at;
        FAIL(name << " differs from the expected bytes at offset " << at << " (expected " << expected.size()
                  << " bytes, got " << actual.size() << ")");
    }
}

// What a printer would do with the stream, reduced to what the tests need: the printed lines, the QR data, whether
// it cut, and any command the decoder does not know (which a printer might misread).
struct Decoded {
    std::vector<std::string> lines; // code page bytes
    std::vector<int> widthFactor;   // 1, or 2 when printed double width
    std::vector<std::string> qrData;
    std::vector<int> qrModuleDots; // GS ( k fn 167, as set before each code
    bool cut = false;
    bool kicked = false;
    std::vector<std::string> unknown;
};

Decoded decode(const std::string& s)
{
    Decoded d;
    std::string line;
    int width = 1;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s.at(i)); };
    for (std::size_t i = 0; i < s.size();) {
        unsigned char b = byte(i);
        if (b == 0x0A) {
            d.lines.push_back(line);
            d.widthFactor.push_back(width);
            line.clear();
            ++i;
        } else if (b == 0x1B) {
            unsigned char c = byte(i + 1);
            if (c == '@')
                i += 2;
            else if (c == 't' || c == 'E' || c == 'a' || c == 'd' || c == 'M')
                i += 3;
            else if (c == 'p') {
                d.kicked = true;
                i += 5;
            } else {
                d.unknown.push_back("ESC " + std::to_string(c));
                i += 2;
            }
        } else if (b == 0x1D) {
            unsigned char c = byte(i + 1);
            if (c == '!') {
                width = 1 + ((byte(i + 2) >> 4) & 0x0F);
                i += 3;
            } else if (c == 'B') {
                i += 3;
            } else if (c == 'V') {
                d.cut = true;
                i += byte(i + 2) >= 65 ? 4 : 3;
            } else if (c == '(' && byte(i + 2) == 'k') {
                std::size_t n = byte(i + 3) + 256u * byte(i + 4);
                if (byte(i + 5) == 49 && byte(i + 6) == 80)
                    d.qrData.push_back(s.substr(i + 8, n - 3));
                if (byte(i + 5) == 49 && byte(i + 6) == 67)
                    d.qrModuleDots.push_back(byte(i + 7));
                i += 5 + n;
            } else {
                d.unknown.push_back("GS " + std::to_string(c));
                i += 2;
            }
        } else if (b < 0x20) {
            d.unknown.push_back("control " + std::to_string(b));
            ++i;
        } else {
            line += static_cast<char>(b);
            ++i;
        }
    }
    if (!line.empty())
        d.unknown.push_back("text after the last line feed: " + line);
    return d;
}

bool anyLineContains(const Decoded& d, const std::string& text)
{
    return std::any_of(d.lines.begin(), d.lines.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; });
}

// glibc's own converter, as the independent answer for code page 858.
std::string iconvPc858(const std::string& utf8)
{
    iconv_t cd = iconv_open("CP858", "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string in = utf8;
    std::string out(16, '\0');
    char* inPtr = in.data();
    char* outPtr = out.data();
    std::size_t inLeft = in.size();
    std::size_t outLeft = out.size();
    std::size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1))
        return {};
    out.resize(out.size() - outLeft);
    return out;
}

} // namespace

TEST_CASE("ESC/POS receipt on 42 columns matches the expected bytes")
{
    checkExpected("receipt-42.escpos", renderEscPos(receiptLayout(sampleReceipt()), {42}));
}

TEST_CASE("ESC/POS receipt on 48 columns matches the expected bytes")
{
    checkExpected("receipt-48.escpos", renderEscPos(receiptLayout(sampleReceipt()), {48}));
}

TEST_CASE("ESC/POS Z report on 42 columns matches the expected bytes")
{
    checkExpected("z-report-42.escpos", renderEscPos(drawerReportLayout(sampleDrawerReport(true)), {42}));
}

TEST_CASE("ESC/POS prints a receipt's code at three dots a module: a third of the area five dots took")
{
    ReceiptDocument r = sampleReceipt();
    Decoded d = decode(renderEscPos(receiptLayout(r), {42}));
    REQUIRE(d.qrData.size() == 1);
    CHECK(d.qrData[0] == r.qrPayload);
    REQUIRE(d.qrModuleDots.size() == 1);
    CHECK(d.qrModuleDots[0] == 3);
    // The module math: (3/5)^2 = 0.36 of the old area; a module of 3 dots at 203 dpi is 0.375 mm, and the sample's
    // URL code (QR version 11 at level M, 61 modules) prints 183 dots = 23 mm wide, well inside 72 mm of paper.
    CHECK(r.qrPayload.size() <= 251); // version 11's capacity in bytes at level M
    CHECK(61 * d.qrModuleDots[0] <= 576);
}

TEST_CASE("ESC/POS jobs start with initialize and code page 858 and end with feed and cut")
{
    std::string job = renderEscPos(receiptLayout(sampleReceipt()), {42});
    std::string head = std::string(escpos::kInitialize) + std::string(escpos::kCodePagePc858);
    CHECK(job.substr(0, head.size()) == head);
    std::string tail = escpos::feedLines(3) + std::string(escpos::kFeedAndPartialCut);
    CHECK(job.substr(job.size() - tail.size()) == tail);
}

TEST_CASE("ESC/POS documents read back line by line within the printer's columns")
{
    for (int columns : {42, 48}) {
        for (const auto& [name, layout] : sampleLayouts()) {
            INFO(name << " at " << columns << " columns");
            Decoded d = decode(renderEscPos(layout, {columns}));
            CHECK(d.unknown.empty());
            CHECK(d.cut);
            CHECK_FALSE(d.kicked); // the drawer kick is never part of a print job
            for (std::size_t i = 0; i < d.lines.size(); ++i) {
                INFO("line " << i << ": " << d.lines[i]);
                CHECK(static_cast<int>(d.lines[i].size()) * d.widthFactor[i] <= columns);
            }
        }
    }
}

TEST_CASE("ESC/POS receipt carries the verifiable QR payload and the figures")
{
    ReceiptDocument r = sampleReceipt();
    Decoded d = decode(renderEscPos(receiptLayout(r), {42}));
    REQUIRE(d.qrData.size() == 1);
    CHECK(d.qrData[0] == r.qrPayload);
    CHECK(anyLineContains(d, "Total paid"));
    CHECK(anyLineContains(d, "$122.54"));
    CHECK(anyLineContains(d, "****6789"));
    // Núñez in code page 858: N, u-acute 0xA3, n-tilde 0xA4, e, z.
    CHECK(anyLineContains(d, "N\xA3\xA4" "ez"));
    // Łucja: Ł is not in code page 858 and prints as its base letter.
    CHECK(anyLineContains(d, "Lucja W\xA2jcik"));
}

TEST_CASE("ESC/POS pairs put the figure flush right on the label's first line")
{
    Layout layout;
    layout.pair("Total paid", "$122.54");
    layout.pair("A label long enough that it has to wrap onto a second line of the receipt", "$1.00");
    Decoded d = decode(renderEscPos(layout, {42}));
    REQUIRE(d.lines.size() >= 3);
    CHECK(d.lines[0] == "Total paid" + std::string(42 - 10 - 7, ' ') + "$122.54");
    CHECK(d.lines[1].size() == 42);
    CHECK(d.lines[1].substr(42 - 5) == "$1.00");
    CHECK(d.lines[2].find("$1.00") == std::string::npos);
}

TEST_CASE("ESC/POS never passes control bytes from data through to the printer")
{
    // A name imported with an escape sequence in it must not open the drawer or cut the paper.
    Layout layout;
    layout.text(std::string("Mallory \x1bp\x00\x19\xfa Smith", 19));
    layout.text(std::string("Tab\there\x1d" "V\x41"));
    Decoded d = decode(renderEscPos(layout, {42}));
    CHECK(d.unknown.empty());
    CHECK_FALSE(d.kicked);
    CHECK(anyLineContains(d, "Mallory  p"));
}

TEST_CASE("ESC/POS refuses a column count other than 42 or 48 and an oversized QR payload")
{
    Layout layout;
    layout.text("x");
    CHECK_THROWS_AS(renderEscPos(layout, {40}), EscPosError);
    Layout big;
    big.qr(std::string(escpos::kQrMaxData + 1, 'A'), "");
    CHECK_THROWS_AS(renderEscPos(big, {42}), EscPosError);
}

TEST_CASE("ESC/POS command bytes are the ones the Epson reference gives")
{
    CHECK(escpos::drawerKick(escpos::DrawerPin::Pin2, 25, 250) == std::string("\x1b\x70\x00\x19\xfa", 5));
    CHECK(escpos::drawerKick(escpos::DrawerPin::Pin5, 50, 100) == std::string("\x1b\x70\x01\x32\x64", 5));
    CHECK(escpos::qrStore("AB") == std::string("\x1d\x28\x6b\x05\x00\x31\x50\x30" "AB", 10));
    CHECK(escpos::qrModuleSize(6) == std::string("\x1d\x28\x6b\x03\x00\x31\x43\x06", 8));
    CHECK(escpos::feedLines(4) == std::string("\x1b\x64\x04", 3));
    std::string longData(300, 'x');
    std::string stored = escpos::qrStore(longData);
    CHECK(static_cast<unsigned char>(stored[3]) == (303 & 0xFF));
    CHECK(static_cast<unsigned char>(stored[4]) == (303 >> 8));
}

TEST_CASE("Code page 858 agrees with glibc iconv for Latin-1 and the euro sign")
{
    for (char32_t cp = 0x20; cp <= 0xFF; ++cp) {
        if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
            continue;
        std::string utf8 = encodeUtf8(cp);
        INFO("U+" << std::hex << static_cast<unsigned>(cp));
        CHECK(std::string(1, toPc858(cp)) == iconvPc858(utf8));
    }
    CHECK(std::string(1, toPc858(0x20AC)) == iconvPc858("\xE2\x82\xAC"));
}

TEST_CASE("Code page 858 folds letters it lacks to their base letter")
{
    CHECK(utf8ToPc858("Łódź") == "L\xA2" "dz");
    CHECK(utf8ToPc858("Nguyễn") == "Nguyen");
    CHECK(utf8ToPc858("Dvořák") == "Dvor\xA0k");
    CHECK(utf8ToPc858("山田") == "??");
    CHECK(utf8ToPc858(std::string("a\x1b" "b\x0a" "c")) == "a b c");
}

TEST_CASE("Column wrapping keeps words whole and counts characters not bytes")
{
    CHECK(wrapColumns("Søren Ærø pays", 9) == std::vector<std::string>{"Søren Ærø", "pays"});
    CHECK(wrapColumns("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
    CHECK(wrapColumns("", 10) == std::vector<std::string>{""});
    for (const auto& line : wrapColumns("Checks and money orders are accepted subject to collection.", 12))
        CHECK(displayWidth(line) <= 12);
}

TEST_CASE("ESC/POS promissory note: the Truth-in-Lending box, and a schedule row never puts a principal where a payment reads")
{
    PromissoryNoteDocument n = samplePromissoryNote();
    for (int columns : {42, 48}) {
        INFO(columns << " columns");
        Decoded d = decode(renderEscPos(promissoryNoteLayout(n), {columns}));
        auto lineStarting = [&](const std::string& start) {
            for (std::size_t i = 0; i < d.lines.size(); ++i) {
                if (d.lines[i].rfind(start, 0) == 0)
                    return i;
            }
            FAIL("no line starts with " << start);
            return std::size_t{0};
        };
        auto endsWith = [](const std::string& line, const std::string& end) {
            return line.size() >= end.size() && line.compare(line.size() - end.size(), end.size(), end) == 0;
        };
        CHECK(endsWith(d.lines[lineStarting("ANNUAL PERCENTAGE RATE")], n.apr));
        CHECK(endsWith(d.lines[lineStarting("FINANCE CHARGE")], formatMoney(n.totalInterest)));
        CHECK(endsWith(d.lines[lineStarting("Amount Financed")], formatMoney(n.principal)));
        CHECK(endsWith(d.lines[lineStarting("Total of Payments")], formatMoney(n.totalOfPayments)));
        CHECK(anyLineContains(d, "I received a copy of this note."));
        for (std::size_t k = 0; k < n.schedule.size(); ++k) {
            const auto& i = n.schedule[k];
            std::size_t at = lineStarting(std::to_string(k + 1) + ".  " + i.dueDate);
            // The payment is the only figure flush right; the principal follows on its own line, named.
            CHECK(endsWith(d.lines[at], formatMoney(i.amount)));
            CHECK(d.lines[at].find(formatMoney(i.principal)) == std::string::npos);
            REQUIRE(at + 1 < d.lines.size());
            CHECK(d.lines[at + 1].rfind("    Principal " + formatMoney(i.principal), 0) == 0);
        }
    }
}

TEST_CASE("ESC/POS bank deposit: each check with its bank fields, a money order without empty labels, the total")
{
    Decoded d = decode(renderEscPos(bankDepositLayout(sampleBankDeposit()), {48}));
    CHECK(anyLineContains(d, "RTN 071900003"));
    CHECK(anyLineContains(d, "$2,614.15"));
    bool moneyOrder = false;
    for (const auto& line : d.lines) {
        if (line.find("Money order 88812345") == std::string::npos)
            continue;
        moneyOrder = true;
        INFO(line);
        CHECK(line.find("RTN") == std::string::npos);
        CHECK(line.find("acct") == std::string::npos);
    }
    CHECK(moneyOrder);
}
