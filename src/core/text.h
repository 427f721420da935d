// Small text helpers for messages shown to people: quoting what they typed, safely.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tillbook {

// "\"...\"" around `text`, cut to `maxCharacters` UTF-8 characters (with "..."), never inside a character,
// control characters shown as spaces: a pasted novel or a stray line break never becomes the message.
std::string quoteForMessage(std::string_view text, std::size_t maxCharacters = 40);

// ASCII whitespace: space, tab, CR, LF, FF, VT.
bool isAsciiSpace(char c);
// `text` without leading and trailing ASCII whitespace.
std::string_view trimAscii(std::string_view text);

} // namespace tillbook
