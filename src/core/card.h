// Payment cards at the counter: Tillbook records what an external terminal approved and never a card number. The one
// rule that finds a full card number in typed text, and the checks on a card tender's fields.
#pragma once

#include "core/message.h"

#include <string>
#include <string_view>

namespace tillbook {

// True when `digits` (digits only) has a card brand's prefix (Visa, Mastercard, American Express, Discover, JCB,
// Diners Club, UnionPay), 13 to 19 digits, and passes the Luhn check.
bool isCardNumber(std::string_view digits);

// True when `text` holds a full card number: a run of 13 to 19 digits, possibly grouped by single spaces or dashes as
// people type them ("4242 4242 4242 4242"), that isCardNumber accepts. Every field a person types into (card fields,
// notes, reasons, references, names) is asked; MICR lines and bank accounts are not card fields.
bool containsCardNumber(std::string_view text);

// The sentence a refusal gives for a field that holds a card number; `what` names the field ("the note").
Message cardNumberRefusal(const Message& field);

// What the cashier keys from the terminal's slip for a card tender.
struct CardDetails {
    std::string approval; // the terminal's approval code
    std::string brand; // VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, UNIONPAY, OTHER (any case; kept upper case)
    std::string last4;
    std::string terminal; // optional
    std::string entry; // optional: chip, tap, swipe, keyed
};

// "" when the details are usable, else one sentence: an approval code that is missing or not 1-12 letters and
// digits, an unknown brand, a last four that is not four digits, a terminal id that is not 1-32 letters, digits and
// '-', an entry method other than chip, tap, swipe or keyed, or a card number in any field.
std::optional<Message> checkCardDetails(const CardDetails& card);
// The brand as recorded: upper case.
std::string normalizedBrand(std::string_view brand);

} // namespace tillbook
