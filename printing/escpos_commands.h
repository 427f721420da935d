// Every ESC/POS command byte sequence Tillbook sends, named once (after python-escpos's constants.py). Renderers and
// drivers compose these; no other file spells a command's bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tillbook::printing::escpos {

inline constexpr char ESC = 0x1B;
inline constexpr char GS = 0x1D;
inline constexpr char DLE = 0x10;
inline constexpr char EOT = 0x04;
inline constexpr char LF = 0x0A;

// Printer setup
inline constexpr std::string_view kInitialize{"\x1b\x40", 2};          // ESC @
inline constexpr std::string_view kCodePagePc858{"\x1b\x74\x13", 3};   // ESC t 19: PC858, Western Europe with the euro

// Text style
inline constexpr std::string_view kBoldOn{"\x1b\x45\x01", 3};          // ESC E 1
inline constexpr std::string_view kBoldOff{"\x1b\x45\x00", 3};         // ESC E 0
inline constexpr std::string_view kSizeNormal{"\x1d\x21\x00", 3};      // GS ! 0
inline constexpr std::string_view kSizeDoubleHeight{"\x1d\x21\x01", 3}; // GS ! 0x01
inline constexpr std::string_view kSizeDouble{"\x1d\x21\x11", 3};      // GS ! 0x11: double width and height
inline constexpr std::string_view kReverseOn{"\x1d\x42\x01", 3};       // GS B 1: white on black
inline constexpr std::string_view kReverseOff{"\x1d\x42\x00", 3};      // GS B 0
inline constexpr std::string_view kAlignLeft{"\x1b\x61\x00", 3};       // ESC a 0
inline constexpr std::string_view kAlignCenter{"\x1b\x61\x01", 3};     // ESC a 1

// Paper
inline constexpr std::string_view kFeedAndPartialCut{"\x1d\x56\x42\x00", 4}; // GS V 66 0: feed to the cutter, cut
inline std::string feedLines(std::uint8_t lines) // ESC d n
{
    return std::string{ESC, 'd', static_cast<char>(lines)};
}

// QR code (GS ( k, function 165 family, model 2)
inline constexpr std::string_view kQrModel2{"\x1d\x28\x6b\x04\x00\x31\x41\x32\x00", 9}; // fn 165: model 2
inline std::string qrModuleSize(std::uint8_t dots) // fn 167: module size 1..16 dots
{
    return std::string{GS, '(', 'k', 0x03, 0x00, 0x31, 0x43, static_cast<char>(dots)};
}
inline constexpr std::string_view kQrErrorCorrectionM{"\x1d\x28\x6b\x03\x00\x31\x45\x31", 8}; // fn 169: level M
// fn 180: store the data; pL pH count the data plus the three bytes cn fn m.
inline std::string qrStore(std::string_view data)
{
    std::size_t n = data.size() + 3;
    std::string out{GS, '(', 'k', static_cast<char>(n & 0xFF), static_cast<char>((n >> 8) & 0xFF), 0x31, 0x50, 0x30};
    out.append(data);
    return out;
}
inline constexpr std::string_view kQrPrint{"\x1d\x28\x6b\x03\x00\x31\x51\x30", 8}; // fn 181: print the stored code
inline constexpr std::size_t kQrMaxData = 2331; // bytes in model 2's largest symbol at error correction level M

// Cash drawer: ESC p m t1 t2, pulse on for t1 x 2 ms and off for t2 x 2 ms on connector pin 2 (m = 0) or 5 (m = 1).
enum class DrawerPin : std::uint8_t { Pin2 = 0, Pin5 = 1 };
inline std::string drawerKick(DrawerPin pin, std::uint8_t onUnits, std::uint8_t offUnits)
{
    return std::string{ESC, 'p', static_cast<char>(pin), static_cast<char>(onUnits), static_cast<char>(offUnits)};
}

// Real-time status: DLE EOT n, answered at once with one byte even while the printer is busy.
inline constexpr std::string_view kStatusPrinter{"\x10\x04\x01", 3};  // n = 1: printer (drawer sensor, offline)
inline constexpr std::string_view kStatusOffline{"\x10\x04\x02", 3};  // n = 2: offline cause (cover open, paper end stop)
inline constexpr std::string_view kStatusError{"\x10\x04\x03", 3};    // n = 3: errors (cutter, unrecoverable)
inline constexpr std::string_view kStatusPaper{"\x10\x04\x04", 3};    // n = 4: paper roll sensor
// GS r 1: paper sensor status, answered in sequence, after everything sent before it has been processed (unlike
// DLE EOT, which answers at once): the answer means the job before it went through. Its byte has bits 4 and 7 clear.
inline constexpr std::string_view kTransmitPaperStatus{"\x1d\x72\x01", 3};

} // namespace tillbook::printing::escpos
