// Quoting user input in messages: cut on character boundaries, no control characters.
#include "core/money.h"
#include "core/text.h"

#include <catch2/catch.hpp>

using namespace tillbook;

TEST_CASE("quoted input is short - one line and valid UTF-8")
{
    CHECK(quoteForMessage("abc") == "\"abc\"");
    CHECK(quoteForMessage("a\nb\x01") == "\"a b \"");
    CHECK(quoteForMessage(std::string(50, 'x')) == "\"" + std::string(37, 'x') + "...\"");
    // 21 two-byte characters: cut after 37 characters, never inside one.
    std::string n;
    for (int i = 0; i < 45; ++i)
        n += "\xC3\xB1";
    std::string q = quoteForMessage(n);
    CHECK(q.size() == 1 + 37 * 2 + 3 + 1);
    // A lone lead byte at the end of the input is dropped rather than passed on.
    CHECK(quoteForMessage("ab\xC3") == "\"ab\"");
}

TEST_CASE("money errors quote the input safely (found by fuzzing)")
{
    auto parsed = parseMoney("1\n2");
    REQUIRE_FALSE(parsed.value);
    CHECK(parsed.error.find('\n') == std::string::npos);
    std::string many;
    for (int i = 0; i < 21; ++i)
        many += "\xC3\xB1";
    auto cut = parseMoney(many);
    REQUIRE_FALSE(cut.value);
    CHECK(cut.error.find("\xC3\"") == std::string::npos);
}
