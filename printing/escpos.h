// ESC/POS rendering of a layout for 42- and 48-column receipt printers (80 mm paper, font A at 12 or 10.5 cpi).
#pragma once

#include "printing/layout.h"

#include <cstdint>
#include <stdexcept>
#include <string>

namespace tillbook::printing {

class EscPosError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct EscPosOptions {
    int columns = 42; // 42 or 48
    // Three dots (0.375 mm at 203 dpi) a module: a third of the area five dots took, and the smallest module
    // scanners and phones read reliably.
    std::uint8_t qrModuleDots = 3;
    std::uint8_t feedLinesBeforeCut = 3;
};

// The whole job: initialize, code page 858, the blocks, feed and cut. The drawer kick is never part of a job: the
// device layer sends it on its own, after the payment is durable (escpos_commands.h, drawerKick).
// Throws EscPosError for a column count other than 42 or 48 and for a QR payload too long for one symbol.
std::string renderEscPos(const Layout& layout, const EscPosOptions& options = {});

// `text` wrapped to `columns` characters (code points): words kept whole where they fit, longer ones broken.
std::vector<std::string> wrapColumns(const std::string& text, std::size_t columns);

} // namespace tillbook::printing
