// Check acceptability rules.
#include "core/check_policy.h"

#include "core/import_rows.h"
#include "core/routing.h"

#include <charconv>

namespace tillbook {

std::string_view checkInstrumentName(CheckInstrument instrument)
{
    switch (instrument) {
    case CheckInstrument::Personal:
        return "personal";
    case CheckInstrument::Business:
        return "business";
    case CheckInstrument::Cashiers:
        return "cashiers";
    case CheckInstrument::MoneyOrder:
        return "money_order";
    case CheckInstrument::PostalMoneyOrder:
        return "postal_money_order";
    }
    return "personal";
}

bool parseCheckInstrument(std::string_view text, CheckInstrument& out)
{
    for (auto i : {CheckInstrument::Personal, CheckInstrument::Business, CheckInstrument::Cashiers,
                   CheckInstrument::MoneyOrder, CheckInstrument::PostalMoneyOrder}) {
        std::string name(checkInstrumentName(i));
        std::string dashed = name;
        for (char& c : dashed)
            c = c == '_' ? '-' : c;
        if (text == name || text == dashed) {
            out = i;
            return true;
        }
    }
    return false;
}

std::optional<CheckDecisionKind> parseCheckDecision(std::string_view name)
{
    for (auto kind : {CheckDecisionKind::Accept, CheckDecisionKind::NeedsApproval, CheckDecisionKind::Decline}) {
        if (checkDecisionName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::string_view checkDecisionName(CheckDecisionKind kind)
{
    switch (kind) {
    case CheckDecisionKind::Accept:
        return "accept";
    case CheckDecisionKind::NeedsApproval:
        return "needs_approval";
    case CheckDecisionKind::Decline:
        return "decline";
    }
    return "decline";
}

std::int64_t daysFromCivil(std::string_view date)
{
    auto number = [&](std::size_t at, std::size_t length) {
        std::int64_t v = 0;
        std::from_chars(date.data() + at, date.data() + at + length, v);
        return v;
    };
    std::int64_t y = number(0, 4);
    std::int64_t m = number(5, 2);
    std::int64_t d = number(8, 2);
    // Howard Hinnant's days_from_civil.
    y -= m <= 2 ? 1 : 0;
    std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    std::int64_t yoe = y - era * 400;
    std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CheckDecision evaluateCheck(const CheckFacts& f, const CheckLimits& limits)
{
    CheckDecision decision;
    auto add = [&](std::string code, Message message, bool overridable) {
        decision.reasons.push_back(CheckReason{std::move(code), std::move(message), overridable});
    };
    bool isMoneyOrder = f.instrument == CheckInstrument::MoneyOrder || f.instrument == CheckInstrument::PostalMoneyOrder;

    if (!abaCheckDigitValid(f.routing)) {
        add("routing_check_digit", Message(Msg::CheckRoutingDigit, {{"routing", f.routing}}), false);
    } else {
        switch (routingPrefixClass(f.routing)) {
        case RoutingPrefixClass::Invalid:
            add("routing_prefix", Message(Msg::CheckRoutingPrefix, {{"routing", f.routing}}), false);
            break;
        case RoutingPrefixClass::ElectronicOnly:
            add("routing_electronic_only", Message(Msg::CheckRoutingElectronic, {{"routing", f.routing}}), true);
            break;
        case RoutingPrefixClass::TravelersCheck:
            add("travelers_check", Message(Msg::CheckTravelers), true);
            break;
        default:
            break;
        }
        if (!f.directoryLoaded)
            add("routing_directory_missing", Message(Msg::CheckNoDirectory, {{"routing", f.routing}}), true);
        else if (!f.routingInDirectory)
            add("routing_not_in_directory", Message(Msg::CheckRoutingUnknown, {{"routing", f.routing}}), true);
        else if (!f.replacedBy.empty())
            add("routing_replaced", Message(Msg::CheckRoutingReplaced, {{"routing", f.routing}, {"replacement", f.replacedBy}}), true);
    }
    if (!isValidDate(f.checkDate)) {
        add("date_unreadable", Message(Msg::CheckDateUnreadable), false);
    } else if (isValidDate(f.today)) {
        std::int64_t age = daysFromCivil(f.today) - daysFromCivil(f.checkDate);
        if (age < 0)
            add("post_dated", Message(Msg::CheckPostDated, {{"date", f.checkDate}}), false);
        else if (age > limits.staleAfterDays && !isMoneyOrder)
            add("stale_dated", Message(Msg::CheckStaleDated, {{"date", f.checkDate}}), true);
    }
    Money limit = f.instrument == CheckInstrument::Personal     ? limits.personal
                  : f.instrument == CheckInstrument::Business   ? limits.business
                  : f.instrument == CheckInstrument::Cashiers   ? limits.cashiers
                  : f.instrument == CheckInstrument::MoneyOrder ? limits.moneyOrder
                                                                : limits.postalMoneyOrder;
    if (!f.amount.isPositive())
        add("amount_missing", Message(Msg::CheckAmountMissing), false);
    else if (f.amount > limit)
        add(f.instrument == CheckInstrument::PostalMoneyOrder ? "postal_money_order_limit" : "over_limit",
            Message(Msg::CheckOverLimit, {{"amount", f.amount}, {"limit", limit}, {"instrument", checkInstrumentName(f.instrument)}}),
            f.instrument != CheckInstrument::PostalMoneyOrder);
    if (f.amountDue.isPositive() && f.amount > f.amountDue && !f.cashBackAllowed)
        add("over_amount_due", Message(Msg::CheckOverDue, {{"amount", f.amount}, {"due", f.amountDue}}),
            true);
    if (f.instrument == CheckInstrument::Personal && !f.serial.empty()) {
        std::int64_t serial = 0;
        auto [end, ec] = std::from_chars(f.serial.data(), f.serial.data() + f.serial.size(), serial);
        if (ec == std::errc() && end == f.serial.data() + f.serial.size() && serial < limits.starterSerialBelow)
            add("starter_check", Message(Msg::CheckStarter, {{"serial", f.serial}}), true);
    }
    if (f.thirdParty)
        add("third_party", Message(Msg::CheckThirdParty), true);
    if (f.twoParty)
        add("two_party", Message(Msg::CheckTwoParty), true);
    if (f.duplicate)
        add("duplicate", Message(Msg::CheckDuplicate), false);
    if (f.onNegativeFile)
        add("negative_file", Message(Msg::CheckNegativeFile), false);
    if (f.returnedChecksInYear >= limits.cashOnlyAfterReturns)
        add("cash_only", Message(Msg::CheckCashOnly, {MessageArg::number("returned", f.returnedChecksInYear)}),
            false);

    bool hard = false;
    for (const auto& r : decision.reasons)
        hard = hard || !r.overridable;
    decision.kind = hard ? CheckDecisionKind::Decline
                    : decision.reasons.empty() ? CheckDecisionKind::Accept
                                               : CheckDecisionKind::NeedsApproval;
    return decision;
}

} // namespace tillbook
