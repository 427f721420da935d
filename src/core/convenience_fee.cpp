// Card convenience fees: parsing the setting's text, the fee on a share, and spreading card tenders over funds.
#include "core/convenience_fee.h"

#include <cstdint>

namespace tillbook {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "2", "2.5", "2.50" as hundredths (200, 250, 250); nullopt for anything else (a sign, a third decimal, no digit).
std::optional<std::int64_t> hundredths(std::string_view text)
{
    auto dot = text.find('.');
    std::string_view whole = text.substr(0, dot);
    std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 6 || fraction.size() > 2 || (dot != std::string_view::npos && fraction.empty()))
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : whole) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    std::int64_t part = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        char c = i < fraction.size() ? fraction[i] : '0';
        if (!isDigit(c))
            return std::nullopt;
        part = part * 10 + (c - '0');
    }
    return value * 100 + part;
}

std::string twoDecimals(std::int64_t hundredths)
{
    std::string cents = std::to_string(hundredths % 100);
    return std::to_string(hundredths / 100) + "." + (cents.size() < 2 ? "0" : "") + cents;
}

} // namespace

ConvenienceFeeParse parseConvenienceFee(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.empty() || text == "none")
        return {};
    auto malformed = [&] {
        return ConvenienceFeeParse{std::nullopt, Message(Msg::ConvenienceFeeForm, {{"value", std::string(text)}})};
    };
    if (text.back() == '%') {
        auto points = hundredths(text.substr(0, text.size() - 1));
        if (!points)
            return malformed();
        if (*points <= 0 || *points > kMaxConvenienceFeeBasisPoints)
            return {std::nullopt, Message(Msg::ConvenienceFeePercentRange, {{"max", twoDecimals(kMaxConvenienceFeeBasisPoints)}})};
        return {ConvenienceFee{ConvenienceFee::Kind::Percent, Money(), *points}, std::nullopt};
    }
    auto amount = parseMoney(text);
    if (!amount.value)
        return malformed();
    if (!amount.value->isPositive() || *amount.value > kMaxFlatConvenienceFee)
        return {std::nullopt, Message(Msg::ConvenienceFeeFlatRange, {{"max", kMaxFlatConvenienceFee}})};
    return {ConvenienceFee{ConvenienceFee::Kind::Flat, *amount.value, 0}, std::nullopt};
}

std::string formatConvenienceFee(const std::optional<ConvenienceFee>& fee)
{
    if (!fee)
        return "none";
    if (fee->kind == ConvenienceFee::Kind::Percent)
        return twoDecimals(fee->basisPoints) + "%";
    return formatPlain(fee->flat);
}

Money convenienceFeeOn(const ConvenienceFee& fee, Money share)
{
    if (!share.isPositive())
        return Money();
    if (fee.kind == ConvenienceFee::Kind::Flat)
        return fee.flat;
    return percentOf(share, fee.basisPoints, Rounding::HalfUp);
}

CardFees cardConvenienceFees(std::span<const FundAmount> lines, std::span<const Money> cardBases,
                             const std::function<std::optional<ConvenienceFee>(std::string_view fund)>& feeFor)
{
    CardFees out;
    // The payment's funds in order of first appearance, with what it applies to each.
    std::vector<std::string> funds;
    std::vector<std::int64_t> weights;
    for (const FundAmount& line : lines) {
        if (!line.amount.isPositive())
            continue;
        std::size_t i = 0;
        while (i < funds.size() && funds[i] != line.fund)
            ++i;
        if (i == funds.size()) {
            funds.push_back(line.fund);
            weights.push_back(0);
        }
        weights[i] = (Money::fromCents(weights[i]) + line.amount).cents();
    }
    std::vector<std::optional<ConvenienceFee>> rules;
    for (const auto& fund : funds)
        rules.push_back(feeFor(fund));
    std::vector<Money> fundFees(funds.size());
    for (Money base : cardBases) {
        Money tenderFee;
        if (base.isPositive() && !funds.empty()) {
            std::vector<Money> shares = allocate(base, weights);
            for (std::size_t i = 0; i < funds.size(); ++i) {
                if (!rules[i])
                    continue;
                Money fee = convenienceFeeOn(*rules[i], shares[i]);
                tenderFee += fee;
                fundFees[i] += fee;
            }
        }
        out.byTender.push_back(tenderFee);
        out.total += tenderFee;
    }
    for (std::size_t i = 0; i < funds.size(); ++i) {
        if (fundFees[i].isPositive())
            out.byFund.push_back(FundAmount{funds[i], fundFees[i]});
    }
    return out;
}

} // namespace tillbook
