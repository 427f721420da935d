// Card rules: a full card number is found in typed text (brand prefix, 13-19 digits, Luhn) and nothing else is; a card
// tender's fields are checked with one sentence each.
#include "core/card.h"

#include <catch2/catch.hpp>

#include <random>

using namespace tillbook;

TEST_CASE("card numbers: brand-prefixed, 13 to 19 digits, Luhn-valid, in typed text however grouped")
{
    struct Row {
        const char* text;
        bool card;
    };
    const Row rows[] = {
        {"4242424242424242", true}, // Visa test card
        {"4242 4242 4242 4242", true},
        {"4242-4242-4242-4242", true},
        {"paid with 4242424242424242 yesterday", true},
        {"4242 4242 4242 4242 12", true}, // a run of whole groups is enough
        {"5555555555554444", true}, // Mastercard
        {"2223003122003222", true}, // Mastercard 2-series
        {"378282246310005", true}, // American Express, 15 digits
        {"6011111111111117", true}, // Discover
        {"3530111333300000", true}, // JCB
        {"30569309025904", true}, // Diners Club, 14 digits
        {"6200000000000005", true}, // UnionPay
        {"4222222222222", true}, // Visa, 13 digits
        {"4242424242424241", false}, // fails Luhn
        {"1234567812345670", false}, // Luhn-valid, no brand prefix
        {"424242424242", false}, // 12 digits
        {"42424242424242424242", false}, // 20 digits: no card is that long
        {"4242  4242 4242 4242", false}, // two spaces part the groups
        {"4242", false},
        {"card ending 4242, approval 123456", false},
        {"", false},
        {"011000015 123456789", false}, // routing and account: 18 digits grouped, no brand, not Luhn
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(containsCardNumber(row.text) == row.card);
    }
}

TEST_CASE("card numbers: every Luhn-valid Visa number is found, and changing one digit hides it")
{
    std::mt19937_64 random(20261102);
    for (int n = 0; n < 500; ++n) {
        std::string digits = "4";
        int length = 13 + static_cast<int>(random() % 7);
        while (static_cast<int>(digits.size()) < length - 1)
            digits += static_cast<char>('0' + random() % 10);
        for (char check = '0'; check <= '9'; ++check) {
            if (isCardNumber(digits + check)) {
                digits += check;
                break;
            }
        }
        REQUIRE(static_cast<int>(digits.size()) == length);
        CHECK(containsCardNumber("ref " + digits));
        std::string changed = digits;
        changed[5] = changed[5] == '9' ? '0' : static_cast<char>(changed[5] + 1);
        CHECK_FALSE(isCardNumber(changed));
    }
}

TEST_CASE("card details: approval, brand, last four, terminal and entry are checked in one sentence each")
{
    CardDetails ok{"123456", "visa", "4242", "T-01", "chip"};
    CHECK_FALSE(checkCardDetails(ok).has_value());
    CHECK(normalizedBrand("visa") == "VISA");
    struct Row {
        CardDetails card;
        const char* problem;
    };
    const Row rows[] = {
        {{"", "VISA", "4242", "", ""}, "needs the terminal's approval code"},
        {{"12 34", "VISA", "4242", "", ""}, "1 to 12 letters and digits"},
        {{"123456", "BANKCARD", "4242", "", ""}, "the card brand is"},
        {{"123456", "VISA", "424", "", ""}, "exactly four digits"},
        {{"123456", "VISA", "42a2", "", ""}, "exactly four digits"},
        {{"123456", "VISA", "4242", "T 1", ""}, "terminal id"},
        {{"123456", "VISA", "4242", "", "contactless"}, "chip, tap, swipe or keyed"},
        {{"123456", "VISA", "4242424242424242", "", ""}, "full card number"},
        {{"123456", "VISA", "4242", "4242424242424242", ""}, "full card number"},
    };
    for (const Row& row : rows) {
        INFO(row.problem);
        CHECK_THAT(englishOf(checkCardDetails(row.card)), Catch::Contains(row.problem));
    }
}
