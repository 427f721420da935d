// The printer's character set: receipt printers print bytes in a code page, not UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tillbook::printing {

// One character in code page 858 (Western European with the euro sign; ESC/POS table 19). Letters with marks the
// page lacks print as their base letter (Łódź as Lodz), control characters as spaces, anything else as '?'.
char toPc858(char32_t cp);
std::string utf8ToPc858(std::string_view text);
// Characters in `text` (code points), which is what a column printer's width counts.
std::size_t displayWidth(std::string_view text);

} // namespace tillbook::printing
