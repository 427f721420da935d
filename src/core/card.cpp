// Finding a full card number in typed text (brand prefix, length, Luhn) and checking a card tender's fields.
#include "core/card.h"

#include "core/scan_line.h"

#include <algorithm>
#include <array>
#include <vector>

namespace tillbook {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The first `n` digits as a number (n <= 6).
int prefix(std::string_view digits, std::size_t n)
{
    int value = 0;
    for (std::size_t i = 0; i < n; ++i)
        value = value * 10 + (digits[i] - '0');
    return value;
}

bool hasBrandPrefix(std::string_view d)
{
    if (d.size() < 6)
        return false;
    int p1 = prefix(d, 1), p2 = prefix(d, 2), p3 = prefix(d, 3), p4 = prefix(d, 4);
    return p1 == 4 // Visa
           || (p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720) // Mastercard
           || p2 == 34 || p2 == 37 // American Express
           || p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 // Discover
           || (p4 >= 3528 && p4 <= 3589) // JCB
           || (p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39 // Diners Club
           || p2 == 62; // UnionPay
}

// The last digit is the Luhn check digit of the others (the one rule, in scan_line.h).
bool luhnValid(std::string_view digits)
{
    return luhnCheckDigit(digits.substr(0, digits.size() - 1)) == digits.back() - '0';
}

bool allOf(std::string_view text, bool (*ok)(char))
{
    return std::all_of(text.begin(), text.end(), ok);
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isTerminalChar(char c)
{
    return isAlnum(c) || c == '-';
}

constexpr std::array<std::string_view, 8> kBrands = {"VISA", "MASTERCARD", "AMEX", "DISCOVER",
                                                      "JCB",  "DINERS",     "UNIONPAY", "OTHER"};

} // namespace

bool isCardNumber(std::string_view digits)
{
    return digits.size() >= 13 && digits.size() <= 19 && allOf(digits, isDigit) && hasBrandPrefix(digits)
           && luhnValid(digits);
}

bool containsCardNumber(std::string_view text)
{
    // Digit groups joined by single spaces or dashes, as people type a card; any run of whole consecutive groups may be
    // the card ("4242 4242 4242 4242 12" still holds one).
    std::vector<std::string> groups;
    auto anyCard = [&] {
        for (std::size_t i = 0; i < groups.size(); ++i) {
            std::string joined;
            for (std::size_t j = i; j < groups.size() && joined.size() + groups[j].size() <= 19; ++j) {
                joined += groups[j];
                if (isCardNumber(joined))
                    return true;
            }
        }
        return false;
    };
    std::string group;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        char c = i < text.size() ? text[i] : '\0';
        if (isDigit(c)) {
            group += c;
            continue;
        }
        if (!group.empty())
            groups.push_back(std::move(group));
        group.clear();
        bool grouping = (c == ' ' || c == '-') && !groups.empty() && i + 1 < text.size() && isDigit(text[i + 1]);
        if (grouping)
            continue;
        if (anyCard())
            return true;
        groups.clear();
    }
    return false;
}

Message cardNumberRefusal(const Message& field)
{
    return Message(Msg::CardNumberInField, {{"field", field}});
}

std::string normalizedBrand(std::string_view brand)
{
    std::string out(brand);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    return out;
}

std::optional<Message> checkCardDetails(const CardDetails& card)
{
    for (std::string_view field : {std::string_view(card.approval), std::string_view(card.brand),
                                   std::string_view(card.last4), std::string_view(card.terminal),
                                   std::string_view(card.entry)}) {
        if (containsCardNumber(field))
            return cardNumberRefusal(Message(Msg::FieldCard));
    }
    if (card.approval.empty())
        return Message(Msg::CardApprovalMissing);
    if (card.approval.size() > 12 || !allOf(card.approval, isAlnum))
        return Message(Msg::CardApprovalForm);
    std::string brand = normalizedBrand(card.brand);
    if (std::find(kBrands.begin(), kBrands.end(), brand) == kBrands.end())
        return Message(Msg::CardBrand);
    if (card.last4.size() != 4 || !allOf(card.last4, isDigit))
        return Message(Msg::CardLast4);
    if (!card.terminal.empty() && (card.terminal.size() > 32 || !allOf(card.terminal, isTerminalChar)))
        return Message(Msg::CardTerminal);
    if (!card.entry.empty() && card.entry != "chip" && card.entry != "tap" && card.entry != "swipe" && card.entry != "keyed")
        return Message(Msg::CardEntry);
    return std::nullopt;
}

} // namespace tillbook
