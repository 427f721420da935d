// Reading the MICR (E-13B) line of a check into its fields.
#include "core/micr.h"

#include "core/text.h"

#include <array>
#include <cstdint>
#include <stdexcept>
#include <utility>

namespace tillbook {

namespace {

constexpr std::size_t kMaxLineBytes = 200;
constexpr std::size_t kRoutingDigits = 9;
constexpr std::size_t kAmountDigits = 10;
constexpr std::size_t kMaxSerialDigits = 6;

enum class Sym : unsigned char { Digit, Transit, OnUs, Amount, Dash, Unreadable };

// The field a token was laid out in, so that an unreadable character can be named by where it fell.
enum class Part : unsigned char { None, Auxiliary, Epc, Routing, Account, Serial, OnUs, Amount };

struct Token {
    Sym sym = Sym::Digit;
    char ch = '?';             // the digit for Digit, '?' for Unreadable, unused otherwise
    std::size_t character = 0; // 1-based character position in the line, for messages
    Part part = Part::None;
};

// How a reader spells the four symbols in one ASCII set.
struct AsciiSet {
    char transit;
    char onUs;
    char amount;
    char dash;
};

std::optional<AsciiSet> asciiSet(MicrSymbols set)
{
    switch (set) {
    case MicrSymbols::MagTekTUD:
        return AsciiSet{'T', 'U', '$', '-'};
    case MicrSymbols::MagTekLower:
        return AsciiSet{'t', 'o', 'a', 'd'};
    case MicrSymbols::MagTekUpper:
        return AsciiSet{'T', 'O', 'A', 'D'};
    case MicrSymbols::UnifiedPos:
        return AsciiSet{'t', 'o', 'a', '-'};
    case MicrSymbols::Honeywell:
        return AsciiSet{'A', 'C', 'B', 'D'};
    case MicrSymbols::Auto:
    case MicrSymbols::Unicode:
        break;
    }
    return std::nullopt;
}

// The order Auto tries the ASCII sets in; the first that parses the whole line wins.
constexpr std::array<MicrSymbols, 5> kAsciiSets = {MicrSymbols::MagTekTUD, MicrSymbols::UnifiedPos,
                                                   MicrSymbols::MagTekLower, MicrSymbols::MagTekUpper,
                                                   MicrSymbols::Honeywell};

std::optional<Sym> asciiSymbol(const AsciiSet& set, char32_t cp)
{
    if (cp == static_cast<unsigned char>(set.transit))
        return Sym::Transit;
    if (cp == static_cast<unsigned char>(set.onUs))
        return Sym::OnUs;
    if (cp == static_cast<unsigned char>(set.amount))
        return Sym::Amount;
    if (cp == static_cast<unsigned char>(set.dash))
        return Sym::Dash;
    return std::nullopt;
}

std::optional<Sym> unicodeSymbol(char32_t cp)
{
    switch (cp) {
    case 0x2446:
        return Sym::Transit;
    case 0x2447:
        return Sym::Amount;
    case 0x2448:
        return Sym::OnUs;
    case 0x2449:
        return Sym::Dash;
    default:
        return std::nullopt;
    }
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Length of the valid UTF-8 character at text[i] (setting cp), or 0 when the bytes there are not valid UTF-8:
// truncated, overlong, a surrogate or past U+10FFFF (core/text.h decides which sequences are well formed).
std::size_t utf8At(std::string_view text, std::size_t i, char32_t& cp)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    const std::size_t length = utf8SequenceLength(text, i);
    if (length == 0)
        return 0;
    cp = lead & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < length; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
    return length;
}

std::string hex(unsigned value, int width)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (int shift = 4 * (width - 1); shift >= 0; shift -= 4)
        out += kDigits[(value >> shift) & 0xFu];
    return out;
}

// A character for a message: printable ASCII quoted, anything else by code point, so that no control
// character, bidi override or invisible character from a reader ever lands in what the cashier reads.
std::string describe(std::string_view bytes, char32_t cp)
{
    if (cp >= 0x20 && cp < 0x7F)
        return quoteForMessage(bytes);
    return "U+" + hex(static_cast<unsigned>(cp), cp > 0xFFFF ? 6 : 4);
}

std::string characterAt(std::size_t character)
{
    return "Character " + std::to_string(character) + " of the MICR line";
}

std::string symbolName(Sym sym)
{
    switch (sym) {
    case Sym::Digit:
        return "a digit";
    case Sym::Transit:
        return "a transit symbol";
    case Sym::OnUs:
        return "an on-us symbol";
    case Sym::Amount:
        return "an amount symbol";
    case Sym::Dash:
        return "a dash";
    case Sym::Unreadable:
        return "an unreadable character";
    }
    return "a symbol";
}

std::string_view partName(Part part)
{
    switch (part) {
    case Part::Auxiliary:
        return "in the auxiliary on-us field";
    case Part::Epc:
        return "the EPC digit";
    case Part::Routing:
        return "in the routing number";
    case Part::Account:
        return "in the account number";
    case Part::Serial:
        return "in the check number";
    case Part::OnUs:
        return "in the on-us field";
    case Part::Amount:
        return "in the amount field";
    case Part::None:
        break;
    }
    return {};
}

// Digits and unreadable characters both stand for one digit position while the line is laid out.
bool holdsDigit(const Token& token)
{
    return token.sym == Sym::Digit || token.sym == Sym::Unreadable;
}

struct Scan {
    std::vector<Token> tokens;
    std::string error;
    bool unicodeSymbols = false; // a U+2446..U+2449 was seen
};

// Turns the line into tokens in `set`. With Auto every symbol of every set is accepted (the tokens are then
// meaningless): that scan only finds characters no set knows and whether Unicode symbols are present.
Scan scan(std::string_view line, MicrSymbols set)
{
    Scan out;
    const std::optional<AsciiSet> ascii = asciiSet(set);
    std::size_t character = 0;
    for (std::size_t i = 0; i < line.size();) {
        ++character;
        char32_t cp = 0;
        const std::size_t length = utf8At(line, i, cp);
        if (length == 0) {
            out.error = characterAt(character) + " (byte 0x" + hex(static_cast<unsigned char>(line[i]), 2) +
                        ") is not valid UTF-8.";
            return out;
        }
        const std::string_view bytes = line.substr(i, length);
        i += length;

        std::optional<Sym> sym;
        if (cp >= '0' && cp <= '9') {
            sym = Sym::Digit;
        } else if (cp == '?' || cp == '*') {
            sym = Sym::Unreadable;
        } else if (cp < 0x80 && isSpace(static_cast<char>(cp))) {
            continue;
        } else if (ascii) {
            sym = asciiSymbol(*ascii, cp);
        } else if (set == MicrSymbols::Unicode) {
            sym = unicodeSymbol(cp);
        } else {
            sym = unicodeSymbol(cp);
            out.unicodeSymbols = out.unicodeSymbols || sym.has_value();
            for (std::size_t k = 0; !sym && k < kAsciiSets.size(); ++k)
                sym = asciiSymbol(*asciiSet(kAsciiSets[k]), cp);
        }
        if (!sym) {
            out.error = characterAt(character) + ", " + describe(bytes, cp) + ", is neither a digit nor a " +
                        (set == MicrSymbols::Auto ? std::string("MICR symbol of any set")
                                                  : "symbol of the " + std::string(micrSymbolsName(set)) + " set") +
                        ".";
            return out;
        }
        out.tokens.push_back(Token{*sym, *sym == Sym::Digit ? static_cast<char>(cp) : '?', character, Part::None});
    }
    return out;
}

// How far a layout got, so that Auto can report the error of the set that understood the most.
enum Progress : int { NoTransitSymbol = 0, TransitSymbol = 1, TransitField = 2, Parsed = 3 };

struct Attempt {
    std::optional<MicrFields> fields;
    std::string error;
    int progress = NoTransitSymbol;
};

struct Group {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t digits = 0;
    bool dash = false;
};

// Lays the tokens out as a US check line (see micr.h) into `f`, tagging each token with its field; unreadable
// characters stand in for digits here and are refused afterwards. Returns the reason when the layout fails.
std::string arrange(std::vector<Token>& tokens, MicrFields& f, int& progress)
{
    progress = NoTransitSymbol;
    std::vector<std::size_t> transits;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].sym == Sym::Transit)
            transits.push_back(i);
    }
    if (transits.empty())
        return "The MICR line has no transit field.";
    progress = TransitSymbol;
    if (transits.size() == 1)
        return "The MICR line has only one transit symbol; the routing number needs one on each side.";
    if (transits.size() > 2)
        return "The MICR line has " + std::to_string(transits.size()) +
               " transit symbols; a check has two, one on each side of the routing number.";

    // The transit field.
    const std::size_t t1 = transits[0];
    const std::size_t t2 = transits[1];
    for (std::size_t i = t1 + 1; i < t2; ++i) {
        if (!holdsDigit(tokens[i]))
            return "The transit field may hold only digits, but it holds " + symbolName(tokens[i].sym) + ".";
    }
    if (t2 - t1 - 1 != kRoutingDigits)
        return "The transit field holds " + std::to_string(t2 - t1 - 1) + " digits; a routing number has 9.";
    for (std::size_t i = t1 + 1; i < t2; ++i) {
        tokens[i].part = Part::Routing;
        f.routing += tokens[i].ch;
    }
    progress = TransitField;

    // Before it: the auxiliary on-us field, then the EPC digit, both optional.
    std::size_t i = 0;
    if (i < t1 && tokens[i].sym == Sym::OnUs) {
        std::size_t close = i + 1;
        while (close < t1 && tokens[close].sym != Sym::OnUs)
            ++close;
        if (close == t1)
            return "The auxiliary on-us field before the transit field has no closing on-us symbol.";
        if (close == i + 1)
            return "The auxiliary on-us field before the transit field is empty.";
        for (std::size_t k = i + 1; k < close; ++k) {
            if (!holdsDigit(tokens[k]))
                return "The auxiliary on-us field may hold only digits, but it holds " + symbolName(tokens[k].sym) +
                       ".";
        }
        for (std::size_t k = i + 1; k < close; ++k) {
            tokens[k].part = Part::Auxiliary;
            f.auxiliaryOnUs += tokens[k].ch;
        }
        f.type = CheckType::Business;
        i = close + 1;
    }
    if (i < t1 && holdsDigit(tokens[i])) {
        tokens[i].part = Part::Epc;
        f.epc = std::string(1, tokens[i].ch);
        ++i;
    }
    if (i < t1)
        return "Before the transit field the MICR line may hold only an auxiliary on-us field and one EPC digit; " +
               symbolName(tokens[i].sym) + " at character " + std::to_string(tokens[i].character) +
               " does not belong there.";

    // After it: the on-us field, then the amount field when the check has been encoded.
    const std::size_t end = tokens.size();
    std::vector<std::size_t> amounts;
    for (std::size_t k = t2 + 1; k < end; ++k) {
        if (tokens[k].sym == Sym::Amount)
            amounts.push_back(k);
    }
    std::size_t onUsEnd = end;
    if (!amounts.empty()) {
        if (amounts.size() == 1)
            return "The amount field needs an amount symbol on each side, but the MICR line has only one.";
        if (amounts.size() > 2)
            return "The MICR line has " + std::to_string(amounts.size()) +
                   " amount symbols; the amount field has two.";
        const std::size_t a1 = amounts[0];
        const std::size_t a2 = amounts[1];
        if (a2 != end - 1)
            return "Nothing may follow the amount field, but " + symbolName(tokens[a2 + 1].sym) + " at character " +
                   std::to_string(tokens[a2 + 1].character) + " does.";
        for (std::size_t k = a1 + 1; k < a2; ++k) {
            if (!holdsDigit(tokens[k]))
                return "The amount field may hold only digits, but it holds " + symbolName(tokens[k].sym) + ".";
        }
        if (a2 - a1 - 1 != kAmountDigits)
            return "The amount field holds " + std::to_string(a2 - a1 - 1) + " digits; it must have 10.";
        std::int64_t cents = 0;
        bool readable = true;
        for (std::size_t k = a1 + 1; k < a2; ++k) {
            tokens[k].part = Part::Amount;
            if (tokens[k].sym == Sym::Unreadable)
                readable = false;
            else
                cents = cents * 10 + (tokens[k].ch - '0'); // 10 digits always fit in int64
        }
        if (readable)
            f.amount = Money::fromCents(cents);
        onUsEnd = a1;
    }

    // Only digits, dashes, unreadable characters and on-us symbols are left between t2 and onUsEnd.
    std::vector<Group> groups;
    for (std::size_t k = t2 + 1; k < onUsEnd;) {
        if (tokens[k].sym == Sym::OnUs) {
            ++k;
            continue;
        }
        Group g;
        g.begin = k;
        while (k < onUsEnd && tokens[k].sym != Sym::OnUs) {
            if (tokens[k].sym == Sym::Dash)
                g.dash = true;
            else
                ++g.digits;
            ++k;
        }
        g.end = k;
        if (g.digits == 0)
            return "The on-us field has a dash with no digits beside it at character " +
                   std::to_string(tokens[g.begin].character) + ".";
        groups.push_back(g);
    }
    if (groups.empty())
        return "The MICR line has no account number after the transit field.";

    const Group* account = nullptr;
    const Group* serial = nullptr;
    if (f.type == CheckType::Business) {
        if (groups.size() > 1)
            return "The on-us field of a business check holds " + std::to_string(groups.size()) +
                   " groups of digits; only the account number belongs there.";
        account = &groups[0];
    } else if (groups.size() == 1) {
        account = &groups[0];
    } else if (groups.size() == 2) {
        if (groups[0].digits == groups[1].digits)
            return "The on-us field holds two groups of " + std::to_string(groups[0].digits) +
                   " digits; which one is the account number cannot be told.";
        // The account is the longer group; the other is the check number only when it looks like one.
        const bool firstLonger = groups[0].digits > groups[1].digits;
        account = firstLonger ? &groups[0] : &groups[1];
        const Group* other = firstLonger ? &groups[1] : &groups[0];
        if (other->digits <= kMaxSerialDigits && !other->dash)
            serial = other;
        else
            for (std::size_t k = other->begin; k < other->end; ++k)
                tokens[k].part = Part::OnUs;
    } else {
        return "The on-us field holds " + std::to_string(groups.size()) +
               " groups of digits; a personal check has at most two (account and check number).";
    }

    for (std::size_t k = account->begin; k < account->end; ++k) {
        tokens[k].part = Part::Account;
        if (tokens[k].sym == Sym::Dash) {
            f.accountRaw += '-';
        } else {
            f.accountRaw += tokens[k].ch;
            f.account += tokens[k].ch;
        }
    }
    if (serial) {
        for (std::size_t k = serial->begin; k < serial->end; ++k) {
            tokens[k].part = Part::Serial;
            f.serial += tokens[k].ch;
        }
    }
    if (f.type == CheckType::Business)
        f.serial = f.auxiliaryOnUs;
    return {};
}

// Lays the tokens of one set out; any unreadable character then fails the parse, named by where it fell.
Attempt layout(std::vector<Token>& tokens, MicrSymbols set)
{
    Attempt a;
    MicrFields f;
    f.symbols = set;
    const std::string error = arrange(tokens, f, a.progress);
    for (const Token& t : tokens) {
        if (t.sym != Sym::Unreadable)
            continue;
        // A field is named only once the layout placed the character in it; otherwise the position must do.
        const std::string_view part = partName(t.part);
        a.error = characterAt(t.character) + (part.empty() ? "" : " (" + std::string(part) + ")") +
                  " could not be read.";
        return a;
    }
    if (!error.empty()) {
        a.error = error;
        return a;
    }
    a.progress = Parsed;
    a.fields = std::move(f);
    return a;
}

Attempt attempt(std::string_view line, MicrSymbols set)
{
    Scan s = scan(line, set);
    if (!s.error.empty()) {
        Attempt a;
        a.error = std::move(s.error);
        return a;
    }
    return layout(s.tokens, set);
}

Attempt detect(std::string_view line)
{
    Scan any = scan(line, MicrSymbols::Auto);
    if (!any.error.empty()) {
        Attempt a;
        a.error = std::move(any.error);
        return a;
    }
    if (any.unicodeSymbols)
        return attempt(line, MicrSymbols::Unicode);

    std::optional<Attempt> best;
    for (MicrSymbols set : kAsciiSets) {
        Scan s = scan(line, set);
        if (!s.error.empty())
            continue; // the line uses a symbol this set does not have
        Attempt a = layout(s.tokens, set);
        if (a.fields)
            return a;
        if (!best || a.progress > best->progress)
            best = std::move(a);
    }
    if (best)
        return std::move(*best);
    Attempt mixed;
    mixed.error = "The MICR line mixes symbols of different symbol sets.";
    return mixed;
}

} // namespace

std::string_view micrSymbolsName(MicrSymbols symbols)
{
    switch (symbols) {
    case MicrSymbols::Auto:
        return "auto";
    case MicrSymbols::MagTekTUD:
        return "magtek_tud";
    case MicrSymbols::MagTekLower:
        return "magtek_lower";
    case MicrSymbols::MagTekUpper:
        return "magtek_upper";
    case MicrSymbols::UnifiedPos:
        return "unifiedpos";
    case MicrSymbols::Honeywell:
        return "honeywell";
    case MicrSymbols::Unicode:
        return "unicode";
    }
    throw std::invalid_argument("micrSymbolsName: not a MicrSymbols value");
}

MicrParse parseMicr(std::string_view line, MicrSymbols symbols)
{
    micrSymbolsName(symbols); // throws for a value outside the enum, before any input is judged

    MicrParse out;
    if (line.size() > kMaxLineBytes) {
        out.error = "The MICR line is " + std::to_string(line.size()) + " bytes long; at most " +
                    std::to_string(kMaxLineBytes) + " are accepted.";
        return out;
    }
    bool blank = true;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '?' || line[i] == '*')
            out.unreadable.push_back(i);
        blank = blank && isSpace(line[i]);
    }
    if (blank) {
        out.error = "The MICR line is empty.";
        return out;
    }

    Attempt a = symbols == MicrSymbols::Auto ? detect(line) : attempt(line, symbols);
    out.fields = std::move(a.fields);
    out.error = std::move(a.error);
    return out;
}

std::optional<MicrSymbols> parseMicrSymbols(std::string_view name)
{
    for (MicrSymbols s : {MicrSymbols::Auto, MicrSymbols::MagTekTUD, MicrSymbols::MagTekLower, MicrSymbols::MagTekUpper,
                          MicrSymbols::UnifiedPos, MicrSymbols::Honeywell, MicrSymbols::Unicode}) {
        if (micrSymbolsName(s) == name)
            return s;
    }
    return std::nullopt;
}

} // namespace tillbook
