// Bill stub scan lines: fixed fields and a Luhn check digit, so a misread digit or a swap of two is caught.
#include "core/scan_line.h"

namespace tillbook {

int luhnCheckDigit(std::string_view digits)
{
    // From the right, every second digit (starting with the rightmost, since the check digit will follow) is doubled.
    int sum = 0;
    bool twice = true;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

StubScanParse parseStubScanLine(std::string_view line)
{
    std::string digits;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == ' ')
            continue;
        if (c < '0' || c > '9')
            return {std::nullopt, "the scan line has \"" + std::string(1, c) + "\" at position " + std::to_string(i + 1)
                                      + "; it is digits only"};
        digits += c;
    }
    if (digits.size() != 21)
        return {std::nullopt, "the scan line has " + std::to_string(digits.size()) + " digits; a bill stub's has 21"};
    int expected = luhnCheckDigit(std::string_view(digits).substr(0, 20));
    if (digits[20] - '0' != expected)
        return {std::nullopt, "the scan line's check digit is " + std::string(1, digits[20]) + ", not "
                                  + std::to_string(expected) + ": it was misread or mistyped"};
    std::string account = digits.substr(0, 10);
    std::size_t first = account.find_first_not_of('0');
    if (first == std::string::npos)
        return {std::nullopt, "the scan line has no account number"};
    std::int64_t cents = std::stoll(digits.substr(10, 10));
    return {StubScan{account.substr(first), Money::fromCents(cents)}, {}};
}

std::string makeStubScanLine(std::string_view account, Money amountDue)
{
    if (account.empty() || account.size() > 10 || account.find_first_not_of("0123456789") != std::string_view::npos)
        return {};
    if (amountDue.isNegative() || amountDue.cents() > 9'999'999'999LL)
        return {};
    std::string a = std::string(10 - account.size(), '0') + std::string(account);
    std::string c = std::to_string(amountDue.cents());
    c = std::string(10 - c.size(), '0') + c;
    return a + " " + c + " " + std::to_string(luhnCheckDigit(a + c));
}

} // namespace tillbook
