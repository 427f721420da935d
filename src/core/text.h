// Small text helpers for messages shown to people: quoting what they typed, safely.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook {

// "\"...\"" around `text`, cut to `maxCharacters` UTF-8 characters (with "..."), never inside a character,
// control characters shown as spaces: a pasted novel or a stray line break never becomes the message.
std::string quoteForMessage(std::string_view text, std::size_t maxCharacters = 40);

// Length of the well-formed UTF-8 sequence starting at text[pos] (a byte >= 0x80), or 0.
// Follows Unicode's table of well-formed sequences, so overlong forms, UTF-16 surrogates and
// values past U+10FFFF are refused as well as stray and truncated bytes.
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos);
// The code points of `text`; each byte that does not start a well-formed sequence becomes U+FFFD.
std::u32string decodeUtf8(std::string_view text);
// One code point (at most U+10FFFF, not a surrogate) as UTF-8.
std::string encodeUtf8(char32_t cp);
// `text` as it can be printed: well-formed UTF-8 (bad bytes become U+FFFD) with C0 controls and DEL as spaces.
std::string printableText(std::string_view text);

// ASCII whitespace: space, tab, CR, LF, FF, VT.
bool isAsciiSpace(char c);
// `text` without leading and trailing ASCII whitespace.
std::string_view trimAscii(std::string_view text);

// 0-15 for a hex digit (either case), else -1.
int hexDigitValue(char c);

// RFC 3986 percent-encoding of every byte but the unreserved A-Z a-z 0-9 - . _ ~, so any text can ride in a URL's
// query (a receipt's code after "?code=").
std::string percentEncode(std::string_view text);
// The bytes `text` percent-encodes ('+' stays '+'); nothing when a '%' is not followed by two hex digits.
std::optional<std::string> percentDecode(std::string_view text);

} // namespace tillbook
