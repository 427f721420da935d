// Card convenience fees: a fund's fee as the treasurer sets it (a flat amount or a percentage) and what each card
// tender of a payment owes, fund by fund. Integer cents and basis points only.
#pragma once

#include "core/message.h"
#include "core/money.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook {

// One fund's convenience fee. Only card tenders carry one; cash, checks and money orders never do.
struct ConvenienceFee {
    enum class Kind { Flat, Percent };
    Kind kind = Kind::Flat;
    Money flat; // Kind::Flat: once per card tender that pays the fund anything
    std::int64_t basisPoints = 0; // Kind::Percent: of the card's share of the fund, rounded half-up to the cent

    friend bool operator==(const ConvenienceFee&, const ConvenienceFee&) = default;
};

inline constexpr Money kMaxFlatConvenienceFee = Money::fromCents(10000); // $100.00
inline constexpr std::int64_t kMaxConvenienceFeeBasisPoints = 1000; // 10.00%

// Exactly one of: fee set (a fee), error set (malformed), neither (the text says "none": no fee).
struct ConvenienceFeeParse {
    std::optional<ConvenienceFee> fee;
    std::optional<Message> error;
};

// "none" (or "") is no fee; "2.35" or "$2.35" a flat fee; "2.5%" or "2.50%" a percentage (at most two decimals,
// so a basis point is the finest step). Flat fees are $0.01 to $100.00, percentages 0.01% to 10.00%.
ConvenienceFeeParse parseConvenienceFee(std::string_view text);
// The canonical text a setting keeps and tillctl shows: "none", "2.35", "2.50%". parseConvenienceFee reads it back.
std::string formatConvenienceFee(const std::optional<ConvenienceFee>& fee);

// The fee on a card's share of one fund: the flat amount, or basisPoints of the share rounded half-up to the cent;
// nothing when the share is not positive.
Money convenienceFeeOn(const ConvenienceFee& fee, Money share);

struct FundAmount {
    std::string fund;
    Money amount;
};

struct CardFees {
    std::vector<Money> byTender; // one per card base, in order: what that card is charged on top of its base
    std::vector<FundAmount> byFund; // the payment's convenience fee lines: funds in order of first appearance, each > 0
    Money total;
};

// The fee base is the card amount, not the fund allocation: each card tender's base (what it pays of the payment,
// before its fee) is spread over the payment's funds in proportion to what the payment applies to each
// (`lines`, a fund may repeat; largest remainder, so the shares sum to the base exactly), and each fund's fee is taken
// on that card's share. So in a split tender only the part paid by card carries a fee, and two cards each carry
// their own. `feeFor` answers a fund's fee (nullopt: none).
CardFees cardConvenienceFees(std::span<const FundAmount> lines, std::span<const Money> cardBases,
                             const std::function<std::optional<ConvenienceFee>(std::string_view fund)>& feeFor);

} // namespace tillbook
