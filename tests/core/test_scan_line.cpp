// Bill stub scan lines: the Luhn check digit against the textbook example, round trips, and misreads caught.
#include "core/scan_line.h"
#include "money_printer.h"

#include <catch2/catch.hpp>

#include <random>

using namespace tillbook;

TEST_CASE("scan line: the Luhn check digit of the textbook example")
{
    CHECK(luhnCheckDigit("7992739871") == 3); // ISO/IEC 7812's worked example: 79927398713
    CHECK(luhnCheckDigit("0000100101" "0000004304") == 7);
}

TEST_CASE("scan line: printed on a stub and read back")
{
    std::string line = makeStubScanLine("100101", Money::fromCents(4304));
    CHECK(line == "0000100101 0000004304 7");
    auto parsed = parseStubScanLine(line);
    REQUIRE(parsed.scan);
    CHECK(parsed.scan->account == "100101");
    CHECK(parsed.scan->amountDue == Money::fromCents(4304));
    CHECK(parseStubScanLine("000010010100000043047").scan); // the spaces are optional
    CHECK(makeStubScanLine("12345678901", Money::fromCents(1)).empty());
    CHECK(makeStubScanLine("1234A", Money::fromCents(1)).empty());
    CHECK(makeStubScanLine("100101", Money::fromCents(-1)).empty());
}

TEST_CASE("scan line: every single-digit misread and every adjacent swap of different digits is caught")
{
    std::mt19937 rng(20261127);
    for (int round = 0; round < 200; ++round) {
        std::string account = std::to_string(std::uniform_int_distribution<int>(1, 999'999'999)(rng));
        Money amount = Money::fromCents(std::uniform_int_distribution<std::int64_t>(0, 99'999'999)(rng));
        std::string line = makeStubScanLine(account, amount);
        std::string digits;
        for (char c : line)
            if (c != ' ')
                digits += c;
        REQUIRE(parseStubScanLine(digits).scan);
        for (std::size_t i = 0; i < digits.size(); ++i) {
            std::string wrong = digits;
            wrong[i] = static_cast<char>('0' + (digits[i] - '0' + 1 + round % 9) % 10);
            CHECK_FALSE(parseStubScanLine(wrong).scan);
        }
        for (std::size_t i = 0; i + 1 < digits.size(); ++i) {
            std::string swapped = digits;
            std::swap(swapped[i], swapped[i + 1]);
            // Luhn misses only 09 <-> 90.
            bool nineZero = (digits[i] == '0' && digits[i + 1] == '9') || (digits[i] == '9' && digits[i + 1] == '0');
            if (swapped != digits && !nineZero)
                CHECK_FALSE(parseStubScanLine(swapped).scan);
        }
    }
}

TEST_CASE("scan line: refusals say what is wrong")
{
    CHECK(parseStubScanLine("0000100101 0000004304 8").error
          == "the scan line's check digit is 8, not 7: it was misread or mistyped");
    CHECK(parseStubScanLine("0000100101 000000430 7").error == "the scan line has 20 digits; a bill stub's has 21");
    CHECK(parseStubScanLine("0000100101-0000004304 7").error
          == "the scan line has \"-\" at position 11; it is digits only");
    CHECK(parseStubScanLine("0000000000 0000004304 " + std::to_string(luhnCheckDigit("00000000000000004304"))).error
          == "the scan line has no account number");
}
