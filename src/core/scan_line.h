// The scan line printed on a bill's remittance stub, read back when a payment arrives by mail (docs/scan-line.md):
// 10 digits of account number, 10 digits of amount due in cents, one Luhn (mod 10) check digit; spaces anywhere.
#pragma once

#include "core/money.h"

#include <optional>
#include <string>
#include <string_view>

namespace tillbook {

struct StubScan {
    std::string account; // without the leading zeros of its field ("0000100101" -> "100101")
    Money amountDue;
};

struct StubScanParse {
    std::optional<StubScan> scan;
    std::string error; // one sentence when scan is empty
};

// The Luhn check digit for `digits` (the digit that makes the whole string pass the Luhn test).
int luhnCheckDigit(std::string_view digits);
StubScanParse parseStubScanLine(std::string_view line);
// The 21 digits for a stub, grouped "AAAAAAAAAA CCCCCCCCCC K". Empty when the account has more than 10 digits or
// anything but digits, or the amount is negative or over 10 digits of cents.
std::string makeStubScanLine(std::string_view account, Money amountDue);

} // namespace tillbook
