// The words on a customer's paper in the customer's language: receipts and promissory notes print in English or
// Spanish. English is the source text; a phrase's placeholders {1}, {2}... are filled in order, in either language.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook::printing {

enum class Language : std::uint8_t { English, Spanish };

std::optional<Language> parseLanguage(std::string_view code); // "en", "es"
std::string_view languageCode(Language language);

// A date (YYYY-MM-DD, and whatever follows it, such as a time) as the language writes it: Spanish "27 nov 2026";
// English, and text that does not start with a date, as given.
std::string printedDate(Language language, std::string_view iso);

// `english` in `language`, with {1}, {2}... replaced by `args`. A phrase missing from the Spanish catalog is a
// programming error: it throws std::logic_error (a test prints every document in Spanish to catch one).
std::string say(Language language, std::string_view english, std::initializer_list<std::string> args = {});

} // namespace tillbook::printing
