// Card convenience fees: the setting's text (flat or percentage, refused with one sentence when malformed), the fee on a
// share rounded half-up to the cent, and each card tender's base spread over the payment's funds exactly.
#include "core/convenience_fee.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace tillbook;

namespace {

Money c(std::int64_t cents)
{
    return Money::fromCents(cents);
}

} // namespace

TEST_CASE("a convenience fee setting is none or a flat amount or a percentage and reads back as it is kept")
{
    struct Row {
        const char* text;
        const char* canonical; // nullptr: refused
    };
    const Row rows[] = {
        {"none", "none"},         {"", "none"},           {"2.35", "2.35"},         {"$2.35", "2.35"},
        {" 1 ", "1.00"},          {"100.00", "100.00"},   {"2.5%", "2.50%"},        {"2.50%", "2.50%"},
        {"0.01%", "0.01%"},       {"10%", "10.00%"},      {"3%", "3.00%"},          {"0.01", "0.01"},
        {"2.555%", nullptr},      {"0%", nullptr},        {"10.01%", nullptr},      {"-1%", nullptr},
        {"%", nullptr},           {"2.%", nullptr},       {".5%", nullptr},         {"2,5%", nullptr},
        {"0", nullptr},           {"0.00", nullptr},      {"-2.00", nullptr},       {"100.01", nullptr},
        {"2.355", nullptr},       {"abc", nullptr},       {"2.35 flat", nullptr},   {"$2.5%", nullptr},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        ConvenienceFeeParse parsed = parseConvenienceFee(row.text);
        if (!row.canonical) {
            REQUIRE(parsed.error);
            CHECK_FALSE(parsed.fee);
            CHECK(parsed.error->english().find("convenience fee") != std::string::npos);
            continue;
        }
        CHECK_FALSE(parsed.error);
        CHECK(formatConvenienceFee(parsed.fee) == row.canonical);
        // The kept text reads back to the same fee.
        ConvenienceFeeParse again = parseConvenienceFee(formatConvenienceFee(parsed.fee));
        CHECK(again.fee == parsed.fee);
    }
    CHECK(parseConvenienceFee("2.5%").fee->basisPoints == 250);
    CHECK(parseConvenienceFee("2.5%").fee->kind == ConvenienceFee::Kind::Percent);
    CHECK(parseConvenienceFee("$1.95").fee->flat == c(195));
    CHECK(parseConvenienceFee("abc").error->english()
          == "a convenience fee is none, a flat amount such as 2.35, or a percentage such as 2.5% with at most two "
             "decimals, not \"abc\"");
    CHECK(parseConvenienceFee("11%").error->english() == "a convenience fee percentage is more than 0% and at most 10.00%");
    CHECK(parseConvenienceFee("150").error->english() == "a flat convenience fee is more than $0.00 and at most $100.00");
}

TEST_CASE("a percentage fee is rounded half-up to the cent and a flat fee is charged whenever the share is positive")
{
    const ConvenienceFee percent{ConvenienceFee::Kind::Percent, Money(), 250};
    struct Row {
        std::int64_t share;
        std::int64_t fee;
    };
    const Row rows[] = {
        {1060, 27}, // 26.5 cents: half-up gives 27 (half-even would give 26)
        {1058, 26}, // 26.45
        {1062, 27}, // 26.55
        {20, 1},    // 0.5 cents
        {19, 0},    // 0.475 cents
        {2350, 59}, // 58.75
        {0, 0},
        {-100, 0},
    };
    for (const Row& row : rows) {
        INFO(row.share);
        CHECK(convenienceFeeOn(percent, c(row.share)) == c(row.fee));
    }
    const ConvenienceFee flat{ConvenienceFee::Kind::Flat, c(195), 0};
    CHECK(convenienceFeeOn(flat, c(1)) == c(195));
    CHECK(convenienceFeeOn(flat, c(0)) == c(0));
}

TEST_CASE("each card's base is spread over the funds in proportion and only funds with a fee charge one")
{
    const std::map<std::string, ConvenienceFee, std::less<>> schedule = {
        {"WATER", {ConvenienceFee::Kind::Percent, Money(), 250}},
        {"SEWER", {ConvenienceFee::Kind::Flat, c(100), 0}},
    };
    auto feeFor = [&](std::string_view fund) -> std::optional<ConvenienceFee> {
        auto found = schedule.find(fund);
        return found == schedule.end() ? std::nullopt : std::optional<ConvenienceFee>(found->second);
    };
    const std::vector<FundAmount> lines = {{"TRASH", c(4304)}, {"WATER", c(6235)}, {"SEWER", c(8166)}};

    SECTION("the whole payment on one card")
    {
        const Money bases[] = {c(18705)};
        CardFees fees = cardConvenienceFees(lines, bases, feeFor);
        // WATER: 2.5% of 62.35 = 1.55875 -> 1.56; SEWER: flat 1.00; TRASH: none.
        REQUIRE(fees.byFund.size() == 2);
        CHECK(fees.byFund[0].fund == "WATER");
        CHECK(fees.byFund[0].amount == c(156));
        CHECK(fees.byFund[1].fund == "SEWER");
        CHECK(fees.byFund[1].amount == c(100));
        CHECK(fees.byTender == std::vector<Money>{c(256)});
        CHECK(fees.total == c(256));
    }
    SECTION("a split tender: only the $100.00 on the card carries a fee, spread over the funds by what each is paid")
    {
        // 100.00 x (43.04, 62.35, 81.66) / 187.05 = 23.0099, 33.3333, 43.6568: by largest remainder 23.01, 33.33, 43.66.
        const Money bases[] = {c(10000)};
        CardFees fees = cardConvenienceFees(lines, bases, feeFor);
        REQUIRE(fees.byFund.size() == 2);
        CHECK(fees.byFund[0].amount == c(83)); // 2.5% of 33.33 = 0.83325
        CHECK(fees.byFund[1].amount == c(100));
        CHECK(fees.total == c(183));
    }
    SECTION("two cards each carry their own fee, and a flat fee is charged per card")
    {
        const Money bases[] = {c(8705), c(10000)};
        CardFees fees = cardConvenienceFees(lines, bases, feeFor);
        REQUIRE(fees.byTender.size() == 2);
        CHECK(fees.byTender[1] == c(183));
        CHECK(fees.byFund[1].amount == c(200)); // SEWER's flat fee on each card
        CHECK(fees.total == fees.byTender[0] + fees.byTender[1]);
    }
    SECTION("no card, or funds with no fee: nothing")
    {
        CHECK(cardConvenienceFees(lines, {}, feeFor).total == c(0));
        const std::vector<FundAmount> trash = {{"TRASH", c(5000)}};
        const Money bases[] = {c(5000)};
        CardFees fees = cardConvenienceFees(trash, bases, feeFor);
        CHECK(fees.byFund.empty());
        CHECK(fees.byTender == std::vector<Money>{c(0)});
    }
}

TEST_CASE("property: the fee lines sum to the tenders' fees and stay within the rates of the base")
{
    std::mt19937_64 random(20261206);
    const std::vector<std::string> funds = {"A", "B", "C", "D"};
    for (int round = 0; round < 500; ++round) {
        std::map<std::string, ConvenienceFee, std::less<>> schedule;
        for (const auto& fund : funds) {
            switch (random() % 3) {
            case 0:
                schedule[fund] = {ConvenienceFee::Kind::Percent, Money(), static_cast<std::int64_t>(1 + random() % 1000)};
                break;
            case 1:
                schedule[fund] = {ConvenienceFee::Kind::Flat, c(static_cast<std::int64_t>(1 + random() % 500)), 0};
                break;
            default:
                break;
            }
        }
        std::vector<FundAmount> lines;
        Money due;
        for (int i = 0; i < 1 + static_cast<int>(random() % 6); ++i) {
            lines.push_back({funds[random() % funds.size()], c(static_cast<std::int64_t>(1 + random() % 500000))});
            due += lines.back().amount;
        }
        std::vector<Money> bases;
        Money left = due;
        while (left.isPositive() && bases.size() < 3) {
            bases.push_back(c(1 + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(left.cents()))));
            left -= bases.back();
        }
        auto feeFor = [&](std::string_view fund) -> std::optional<ConvenienceFee> {
            auto found = schedule.find(fund);
            return found == schedule.end() ? std::nullopt : std::optional<ConvenienceFee>(found->second);
        };
        CardFees fees = cardConvenienceFees(lines, bases, feeFor);
        Money byFund, byTender, ceiling;
        for (const auto& f : fees.byFund)
            byFund += f.amount;
        for (std::size_t i = 0; i < bases.size(); ++i) {
            byTender += fees.byTender[i];
            // Each fund's share is at most the base, so a fee is at most (max rate x base, rounded up) + flats.
            ceiling += percentOf(bases[i], 1000, Rounding::Down) + c(static_cast<std::int64_t>(funds.size()) * 501);
        }
        REQUIRE(byFund == fees.total);
        REQUIRE(byTender == fees.total);
        REQUIRE(fees.total <= ceiling);
    }
}
