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

TEST_CASE("percent-encoding carries any text in a URL query and back")
{
    const std::string payload = "TB1|SPRING-01|123|gPE1+Ou/zH=|MEUC";
    const std::string encoded = tillbook::percentEncode(payload);
    CHECK(encoded == "TB1%7CSPRING-01%7C123%7CgPE1%2BOu%2FzH%3D%7CMEUC");
    CHECK(tillbook::percentDecode(encoded) == payload);
    CHECK(tillbook::percentEncode("a b~ñ") == "a%20b~%C3%B1");
    CHECK(tillbook::percentDecode("%7c%2b") == std::optional<std::string>("|+"));
    CHECK_FALSE(tillbook::percentDecode("50%").has_value());
    CHECK_FALSE(tillbook::percentDecode("50%4").has_value());
    CHECK_FALSE(tillbook::percentDecode("%G1").has_value());
}
