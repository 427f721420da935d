// Tests for core/micr: one check in every symbol set, the field rules, refusals, and a fixed-seed round trip.
#include "core/micr.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using tillbook::CheckType;
using tillbook::MicrFields;
using tillbook::MicrParse;
using tillbook::MicrSymbols;
using tillbook::Money;
using tillbook::parseMicr;
using Catch::Matchers::Contains;

namespace {

constexpr MicrSymbols kSets[] = {MicrSymbols::MagTekTUD, MicrSymbols::MagTekLower, MicrSymbols::MagTekUpper,
                                 MicrSymbols::UnifiedPos, MicrSymbols::Honeywell, MicrSymbols::Unicode};

struct Spelling {
    std::string transit;
    std::string onUs;
    std::string amount;
    std::string dash;
};

Spelling spelling(MicrSymbols set)
{
    switch (set) {
    case MicrSymbols::MagTekTUD:
        return {"T", "U", "$", "-"};
    case MicrSymbols::MagTekLower:
        return {"t", "o", "a", "d"};
    case MicrSymbols::MagTekUpper:
        return {"T", "O", "A", "D"};
    case MicrSymbols::UnifiedPos:
        return {"t", "o", "a", "-"};
    case MicrSymbols::Honeywell:
        return {"A", "C", "B", "D"};
    case MicrSymbols::Unicode:
        return {"\xE2\x91\x86", "\xE2\x91\x88", "\xE2\x91\x87", "\xE2\x91\x89"};
    case MicrSymbols::Auto:
        break;
    }
    throw std::invalid_argument("no spelling for auto");
}

// What a check carries, independent of how a reader spells it.
struct Check {
    std::string routing = "021000021";
    std::string accountRaw = "123456789"; // '-' for dashes
    std::string serial = "1042";          // personal checks; empty for none
    std::string aux;                      // business checks: the auxiliary on-us serial
    std::string epc;
    std::optional<std::int64_t> amountCents = 12550;
    bool serialFirst = false; // personal: "serial⑈account⑈" instead of "account⑈serial"
};

std::string amountDigits(std::int64_t cents)
{
    std::string digits = std::to_string(cents);
    return std::string(10 - digits.size(), '0') + digits;
}

// Writes the check's MICR line in `set`; with spaces=false every space is left out.
std::string render(const Check& c, MicrSymbols set, bool spaces)
{
    const Spelling s = spelling(set);
    const std::string gap = spaces ? " " : "";
    std::string account;
    for (char ch : c.accountRaw)
        account += ch == '-' ? s.dash : std::string(1, ch);

    std::string line;
    if (!c.aux.empty())
        line += s.onUs + c.aux + s.onUs + gap;
    line += c.epc;
    line += s.transit + c.routing + s.transit + gap;
    if (!c.aux.empty() || c.serial.empty())
        line += account + s.onUs;
    else if (c.serialFirst)
        line += c.serial + s.onUs + gap + account + s.onUs;
    else
        line += account + s.onUs + gap + c.serial;
    if (c.amountCents)
        line += gap + gap + s.amount + amountDigits(*c.amountCents) + s.amount;
    return line;
}

std::string digitsOf(const std::string& raw)
{
    std::string out;
    for (char ch : raw) {
        if (ch != '-')
            out += ch;
    }
    return out;
}

// Every field in one line, so that a mismatch shows all of them side by side.
std::string show(const MicrFields& f)
{
    return "routing=" + f.routing + " account=" + f.account + " raw=" + f.accountRaw + " serial=" + f.serial +
           " aux=" + f.auxiliaryOnUs + " epc=" + f.epc +
           " amount=" + (f.amount ? std::to_string(f.amount->cents()) : std::string("none")) +
           " type=" + (f.type == CheckType::Business ? "business" : "personal");
}

std::string expected(const Check& c)
{
    MicrFields f;
    f.routing = c.routing;
    f.account = digitsOf(c.accountRaw);
    f.accountRaw = c.accountRaw;
    f.serial = c.aux.empty() ? c.serial : c.aux;
    f.auxiliaryOnUs = c.aux;
    f.epc = c.epc;
    if (c.amountCents)
        f.amount = Money::fromCents(*c.amountCents);
    f.type = c.aux.empty() ? CheckType::Personal : CheckType::Business;
    return show(f);
}

// The set Auto should report for a line written in `set`: MagTek lowercase without its 'd' dash is
// indistinguishable from UnifiedPOS, which Auto tries first.
MicrSymbols autoSetFor(MicrSymbols set, const Check& c)
{
    if (set == MicrSymbols::MagTekLower && c.accountRaw.find('-') == std::string::npos)
        return MicrSymbols::UnifiedPos;
    return set;
}

std::string fieldsOf(const MicrParse& p)
{
    INFO("error: " << p.error);
    REQUIRE(p.fields.has_value());
    CHECK(p.error.empty());
    return show(*p.fields);
}

MicrParse failed(std::string_view line, MicrSymbols set = MicrSymbols::Auto)
{
    MicrParse p = parseMicr(line, set);
    INFO("line: " << std::string(line));
    CHECK_FALSE(p.fields.has_value());
    CHECK_FALSE(p.error.empty());
    return p;
}

std::size_t characterIndex(const std::string& line, std::size_t byte)
{
    std::size_t n = 0;
    for (std::size_t i = 0; i <= byte; ++i)
        n += (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80 ? 0 : 1;
    return n;
}

} // namespace

TEST_CASE("micr: the same check in every symbol set - with and without spaces", "[micr]")
{
    Check c; // routing 021000021, account 123456789, serial 1042, $125.50
    for (MicrSymbols set : kSets) {
        for (bool spaces : {true, false}) {
            const std::string line = render(c, set, spaces);
            INFO("set " << tillbook::micrSymbolsName(set) << ": " << line);

            const MicrParse named = parseMicr(line, set);
            CHECK(fieldsOf(named) == "routing=021000021 account=123456789 raw=123456789 serial=1042 aux= epc= "
                                     "amount=12550 type=personal");
            CHECK(named.fields->symbols == set);
            CHECK(named.unreadable.empty());

            const MicrParse detected = parseMicr(line);
            CHECK(fieldsOf(detected) == fieldsOf(named));
            CHECK(detected.fields->symbols == autoSetFor(set, c));
        }
    }
}

TEST_CASE("micr: literal lines as readers send them", "[micr]")
{
    const std::string personal = "routing=021000021 account=123456789 raw=123456789 serial=1042 aux= epc= "
                                 "amount=12550 type=personal";
    struct Row {
        const char* line;
        MicrSymbols detected;
    };
    const Row rows[] = {
        {"T021000021T 123456789U 1042 $0000012550$", MicrSymbols::MagTekTUD},
        {"T021000021T123456789U1042$0000012550$", MicrSymbols::MagTekTUD},
        {"t021000021t123456789o1042a0000012550a", MicrSymbols::UnifiedPos},
        {"T021000021T123456789O1042A0000012550A", MicrSymbols::MagTekUpper},
        {"A021000021A123456789C1042B0000012550B", MicrSymbols::Honeywell},
        {"\xE2\x91\x86" "021000021" "\xE2\x91\x86 123456789\xE2\x91\x88 1042 \xE2\x91\x87" "0000012550"
         "\xE2\x91\x87",
         MicrSymbols::Unicode},
        {"\tT 021 000 021 T\r\n123 456 789 U 1042 $ 00000 12550 $\n", MicrSymbols::MagTekTUD},
    };
    for (const Row& row : rows) {
        INFO(row.line);
        const MicrParse p = parseMicr(row.line);
        CHECK(fieldsOf(p) == personal);
        CHECK(p.fields->symbols == row.detected);
    }
}

TEST_CASE("micr: business check with auxiliary on-us serial - EPC and a dashed account", "[micr]")
{
    const MicrParse p = parseMicr("U001042U 5 T021000021T 123-456-789U $0000012550$");
    CHECK(fieldsOf(p) == "routing=021000021 account=123456789 raw=123-456-789 serial=001042 aux=001042 epc=5 "
                         "amount=12550 type=business");
    CHECK(p.fields->type == CheckType::Business);

    // The same in Honeywell, where the dash is D and A is the transit symbol.
    const MicrParse h = parseMicr("C001042C5A021000021A123D456D789CB0000012550B");
    CHECK(fieldsOf(h) == fieldsOf(p));
    CHECK(h.fields->symbols == MicrSymbols::Honeywell);

    // Business check without EPC and without amount.
    const MicrParse plain = parseMicr("U7001U T021000021T 98765432U");
    CHECK(fieldsOf(plain) ==
          "routing=021000021 account=98765432 raw=98765432 serial=7001 aux=7001 epc= amount=none type=business");

    // On a business check the on-us field holds the account only.
    CHECK_THAT(failed("U7001U T021000021T 98765432U 1042").error, Contains("business check holds 2 groups"));
}

TEST_CASE("micr: dashes - EPC and the on-us rules of personal checks", "[micr]")
{
    // Dashes are removed from account and kept in accountRaw, in every set's own dash.
    CHECK(fieldsOf(parseMicr("T021000021T 12-3456-789U 1042")) ==
          "routing=021000021 account=123456789 raw=12-3456-789 serial=1042 aux= epc= amount=none type=personal");
    CHECK(fieldsOf(parseMicr("t021000021t12d3456d789o1042")) ==
          "routing=021000021 account=123456789 raw=12-3456-789 serial=1042 aux= epc= amount=none type=personal");
    CHECK(parseMicr("t021000021t12d3456d789o1042").fields->symbols == MicrSymbols::MagTekLower);
    CHECK(parseMicr("t021000021t12-3456-789o1042").fields->symbols == MicrSymbols::UnifiedPos);

    // Serial printed first; no serial; serial too long to be one; EPC on a personal check.
    CHECK(fieldsOf(parseMicr("T021000021T 1042U 123456789U")) ==
          "routing=021000021 account=123456789 raw=123456789 serial=1042 aux= epc= amount=none type=personal");
    CHECK(fieldsOf(parseMicr("T021000021T 123456789U")) ==
          "routing=021000021 account=123456789 raw=123456789 serial= aux= epc= amount=none type=personal");
    CHECK(fieldsOf(parseMicr("T021000021T 123456789U 1234567")) ==
          "routing=021000021 account=123456789 raw=123456789 serial= aux= epc= amount=none type=personal");
    CHECK(fieldsOf(parseMicr("T021000021T 1234-5678U 12-3")) ==
          "routing=021000021 account=12345678 raw=1234-5678 serial= aux= epc= amount=none type=personal");
    CHECK(fieldsOf(parseMicr("4T021000021T 123456789U 1042")) ==
          "routing=021000021 account=123456789 raw=123456789 serial=1042 aux= epc=4 amount=none type=personal");
    // A zero amount is still an encoded amount.
    CHECK(fieldsOf(parseMicr("T021000021T 123456789U $0000000000$")) ==
          "routing=021000021 account=123456789 raw=123456789 serial= aux= epc= amount=0 type=personal");
    CHECK(fieldsOf(parseMicr("T021000021T 123456789U $9999999999$")) ==
          "routing=021000021 account=123456789 raw=123456789 serial= aux= epc= amount=9999999999 type=personal");

    // Ambiguous or malformed on-us fields are refused rather than guessed.
    CHECK_THAT(failed("T021000021T 123456U 654321").error, Contains("cannot be told"));
    CHECK_THAT(failed("T021000021T 12U 34U 56789").error, Contains("3 groups"));
    CHECK_THAT(failed("T021000021T").error, Contains("no account number"));
    CHECK_THAT(failed("T021000021T U U").error, Contains("no account number"));
    CHECK_THAT(failed("T021000021T 123456789U - U").error, Contains("dash with no digits"));
}

TEST_CASE("micr: transit - auxiliary and amount field errors", "[micr]")
{
    CHECK(failed("123456789U 1042").error == "The MICR line has no transit field.");
    CHECK_THAT(failed("T021000021 123456789U").error, Contains("only one transit symbol"));
    CHECK_THAT(failed("T021000021T T123U").error, Contains("3 transit symbols"));
    CHECK_THAT(failed("T02100002T 123456789U").error, Contains("holds 8 digits"));
    CHECK_THAT(failed("T0210000211T 123456789U").error, Contains("holds 10 digits"));
    CHECK_THAT(failed("T0210-00021T 123456789U").error, Contains("transit field may hold only digits"));
    CHECK_THAT(failed("U1042 T021000021T 123456789U").error, Contains("no closing on-us symbol"));
    CHECK_THAT(failed("UU T021000021T 123456789U").error, Contains("auxiliary on-us field before the transit field "
                                                                    "is empty"));
    CHECK_THAT(failed("U10-42U T021000021T 123456789U").error, Contains("auxiliary on-us field may hold only"));
    CHECK_THAT(failed("45T021000021T 123456789U").error, Contains("one EPC digit"));
    CHECK_THAT(failed("$T021000021T 123456789U").error, Contains("one EPC digit"));
    CHECK_THAT(failed("T021000021T 123456789U $0000012550").error, Contains("amount symbol on each side"));
    CHECK_THAT(failed("T021000021T 123456789U $000012550$").error, Contains("holds 9 digits; it must have 10"));
    CHECK_THAT(failed("T021000021T 123456789U $0000012550$ 1042").error, Contains("Nothing may follow"));
    CHECK_THAT(failed("T021000021T 123456789U $00000-2550$").error, Contains("amount field may hold only digits"));
    CHECK_THAT(failed("T021000021T 123456789U $00$00$").error, Contains("3 amount symbols"));
}

TEST_CASE("micr: unreadable characters fail the parse - naming the position and the field", "[micr]")
{
    struct Row {
        const char* line;
        std::vector<std::size_t> positions;
        const char* error;
    };
    const Row rows[] = {
        {"T0210?0021T123456789U1042", {5}, "Character 6 of the MICR line (in the routing number) could not be read."},
        {"T021000021T1234*6789U1042", {15}, "Character 16 of the MICR line (in the account number) could not be read."},
        {"T021000021T123456789U10?2", {23}, "Character 24 of the MICR line (in the check number) could not be read."},
        {"U00?042UT021000021T123456789U", {3},
         "Character 4 of the MICR line (in the auxiliary on-us field) could not be read."},
        {"U001042U?T021000021T123456789U", {8}, "Character 9 of the MICR line (the EPC digit) could not be read."},
        {"T021000021T123456789U1042$00000?2550$", {31},
         "Character 32 of the MICR line (in the amount field) could not be read."},
        {"T021000021T123456789U1234567?", {28}, "Character 29 of the MICR line (in the on-us field) could not be read."},
        // Every position is listed; the first is named.
        {"T?21000021T12345678*U10?2", {1, 19, 23},
         "Character 2 of the MICR line (in the routing number) could not be read."},
        // A symbol that could not be read leaves no layout to name a field in: the position must do.
        {"?021000021T123456789U1042", {0}, "Character 1 of the MICR line could not be read."},
        {"T021000021?123456789U1042", {10}, "Character 11 of the MICR line could not be read."},
    };
    for (const Row& row : rows) {
        INFO(row.line);
        const MicrParse p = failed(row.line);
        CHECK(p.error == row.error);
        CHECK(p.unreadable == row.positions);
    }

    // In Unicode lines the message counts characters and `unreadable` holds byte offsets.
    const std::string unicode = "\xE2\x91\x86" "0210?0021" "\xE2\x91\x86" "123456789\xE2\x91\x88" "1042";
    const MicrParse u = failed(unicode);
    CHECK(u.error == "Character 6 of the MICR line (in the routing number) could not be read.");
    CHECK(u.unreadable == std::vector<std::size_t>{7});

    // The same with the set named explicitly, and in another set.
    CHECK(failed("A0210?0021A123456789C1042", MicrSymbols::Honeywell).unreadable == std::vector<std::size_t>{5});
}

TEST_CASE("micr: garbage - empty and overlong input", "[micr]")
{
    CHECK(failed("").error == "The MICR line is empty.");
    CHECK(failed(" \t\r\n").error == "The MICR line is empty.");
    CHECK(failed("", MicrSymbols::Unicode).error == "The MICR line is empty.");

    CHECK(failed("hello world").error ==
          "Character 1 of the MICR line, \"h\", is neither a digit nor a MICR symbol of any set.");
    CHECK(failed("T021000021T123456789U1042x").error ==
          "Character 26 of the MICR line, \"x\", is neither a digit nor a MICR symbol of any set.");
    CHECK(failed("T021000021T123456789o1042", MicrSymbols::MagTekTUD).error ==
          "Character 21 of the MICR line, \"o\", is neither a digit nor a symbol of the magtek_tud set.");
    CHECK(failed("T021000021T\x01").error ==
          "Character 12 of the MICR line, U+0001, is neither a digit nor a MICR symbol of any set.");
    CHECK(failed("T021000021T\xC3\xA9").error ==
          "Character 12 of the MICR line, U+00E9, is neither a digit nor a MICR symbol of any set.");
    CHECK(failed("T0\xFF").error == "Character 3 of the MICR line (byte 0xFF) is not valid UTF-8.");
    CHECK(failed("\xE2\x91").error == "Character 1 of the MICR line (byte 0xE2) is not valid UTF-8.");
    CHECK(failed("\xED\xA0\x80").error == "Character 1 of the MICR line (byte 0xED) is not valid UTF-8.");
    // A message quotes the bad character, never the line around it.
    CHECK_THAT(failed("T021000021T 123456789U \"<script>\"").error, Contains("\"\"\"") && !Contains("script"));

    // Symbol sets mixed in one line; a Unicode symbol among ASCII letters.
    CHECK(failed("T021000021T123456789o1042").error == "The MICR line mixes symbols of different symbol sets.");
    CHECK_THAT(failed("\xE2\x91\x86" "021000021T").error, Contains("symbol of the unicode set"));

    // A named set refuses another set's line.
    CHECK_THAT(failed("T021000021T123456789U1042", MicrSymbols::Honeywell).error, Contains("\"T\""));
    CHECK_THAT(failed("A021000021A123456789C1042", MicrSymbols::Unicode).error, Contains("\"A\""));

    // 200 bytes are read; 201 are refused before anything else is looked at.
    std::string padded = "T021000021T 123456789U 1042";
    padded += std::string(200 - padded.size(), ' ');
    REQUIRE(padded.size() == 200);
    CHECK(fieldsOf(parseMicr(padded)) ==
          "routing=021000021 account=123456789 raw=123456789 serial=1042 aux= epc= amount=none type=personal");
    const MicrParse longer = failed(padded + "?");
    CHECK(longer.error == "The MICR line is 201 bytes long; at most 200 are accepted.");
    CHECK(longer.unreadable.empty());
    CHECK_THAT(failed(std::string(100000, '1')).error, Contains("100000 bytes"));
}

TEST_CASE("micr: auto-detection picks the set that yields a transit field", "[micr]")
{
    // A and D fit both MagTek uppercase and Honeywell; only Honeywell reads A as the transit symbol.
    const MicrParse h = parseMicr("A021000021A123D456789");
    CHECK(fieldsOf(h) ==
          "routing=021000021 account=123456789 raw=123-456789 serial= aux= epc= amount=none type=personal");
    CHECK(h.fields->symbols == MicrSymbols::Honeywell);
    // T with digits only fits MagTek T/U/$ and MagTek uppercase: the first in Auto's order is reported.
    CHECK(parseMicr("T021000021T123456789").fields->symbols == MicrSymbols::MagTekTUD);
    CHECK(parseMicr("T021000021T123456789O").fields->symbols == MicrSymbols::MagTekUpper);
    CHECK(parseMicr("T021000021T123456789D12").fields->symbols == MicrSymbols::MagTekUpper);
    CHECK(parseMicr("T021000021T123456789-12").fields->symbols == MicrSymbols::MagTekTUD);
    // When no set parses, the error is the one from the set that got furthest: here Honeywell's amount error.
    CHECK_THAT(failed("A021000021A123456789CB00B").error, Contains("holds 2 digits; it must have 10"));
    // Upper reads A as amount symbols and finds no transit field; Honeywell finds 10 digits between A and A.
    CHECK_THAT(failed("A0000012550A").error, Contains("holds 10 digits; a routing number has 9"));
    CHECK(failed("C1042C").error == "The MICR line has no transit field.");
}

TEST_CASE("micr: symbol set names and out-of-range values", "[micr]")
{
    CHECK(tillbook::micrSymbolsName(MicrSymbols::Auto) == "auto");
    CHECK(tillbook::micrSymbolsName(MicrSymbols::MagTekTUD) == "magtek_tud");
    CHECK(tillbook::micrSymbolsName(MicrSymbols::MagTekLower) == "magtek_lower");
    CHECK(tillbook::micrSymbolsName(MicrSymbols::MagTekUpper) == "magtek_upper");
    CHECK(tillbook::micrSymbolsName(MicrSymbols::UnifiedPos) == "unifiedpos");
    CHECK(tillbook::micrSymbolsName(MicrSymbols::Honeywell) == "honeywell");
    CHECK(tillbook::micrSymbolsName(MicrSymbols::Unicode) == "unicode");
    CHECK_THROWS_AS(tillbook::micrSymbolsName(static_cast<MicrSymbols>(99)), std::invalid_argument);
    CHECK_THROWS_AS(parseMicr("T021000021T123456789U", static_cast<MicrSymbols>(99)), std::invalid_argument);
}

TEST_CASE("micr: random checks written in every set parse back to the same fields (fixed seed)", "[micr][property]")
{
    std::mt19937_64 rng(20240613);
    auto pick = [&](std::size_t lo, std::size_t hi) { return std::uniform_int_distribution<std::size_t>(lo, hi)(rng); };
    auto digits = [&](std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i)
            s += static_cast<char>('0' + pick(0, 9));
        return s;
    };

    int unreadableChecked = 0;
    for (int iteration = 0; iteration < 1500; ++iteration) {
        Check c;
        c.routing = digits(9);
        // Accounts of 7 or more digits are always longer than a serial (at most 6), so the layout is unambiguous.
        c.accountRaw = digits(pick(7, 14));
        for (std::size_t dashes = pick(0, 2); dashes > 0; --dashes) {
            const std::size_t at = pick(1, c.accountRaw.size() - 1);
            if (c.accountRaw[at - 1] != '-' && c.accountRaw[at] != '-')
                c.accountRaw.insert(at, "-");
        }
        const bool business = pick(0, 3) == 0;
        c.aux = business ? digits(pick(1, 10)) : "";
        c.serial = business || pick(0, 5) == 0 ? "" : digits(pick(1, 6));
        c.serialFirst = pick(0, 1) == 1;
        c.epc = pick(0, 2) == 0 ? digits(1) : "";
        c.amountCents = pick(0, 1) == 1 ? std::optional<std::int64_t>() :
                                          std::optional<std::int64_t>(std::uniform_int_distribution<std::int64_t>(
                                              0, 9999999999)(rng));
        const bool spaces = pick(0, 1) == 1;
        const std::string want = expected(c);

        for (MicrSymbols set : kSets) {
            const std::string line = render(c, set, spaces);
            INFO("set " << tillbook::micrSymbolsName(set) << ": " << line);
            const MicrParse named = parseMicr(line, set);
            REQUIRE(fieldsOf(named) == want);
            REQUIRE(named.fields->symbols == set);
            const MicrParse detected = parseMicr(line);
            REQUIRE(fieldsOf(detected) == want);
            REQUIRE(detected.fields->symbols == autoSetFor(set, c));

            // One digit made unreadable: the parse fails at exactly that position, in the named and Auto modes.
            std::vector<std::size_t> digitAt;
            for (std::size_t i = 0; i < line.size(); ++i) {
                if (line[i] >= '0' && line[i] <= '9')
                    digitAt.push_back(i);
            }
            std::string damaged = line;
            const std::size_t at = digitAt[pick(0, digitAt.size() - 1)];
            damaged[at] = pick(0, 1) == 1 ? '?' : '*';
            INFO("damaged: " << damaged);
            for (MicrSymbols mode : {set, MicrSymbols::Auto}) {
                const MicrParse bad = parseMicr(damaged, mode);
                REQUIRE_FALSE(bad.fields.has_value());
                REQUIRE(bad.unreadable == std::vector<std::size_t>{at});
                REQUIRE_THAT(bad.error, Contains("Character " + std::to_string(characterIndex(damaged, at)) +
                                                 " of the MICR line (") &&
                                            Contains("could not be read."));
            }
            ++unreadableChecked;
        }
    }
    CHECK(unreadableChecked == 1500 * 6);
}
