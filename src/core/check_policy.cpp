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
    auto add = [&](std::string code, std::string message, bool overridable) {
        decision.reasons.push_back(CheckReason{std::move(code), std::move(message), overridable});
    };
    bool isMoneyOrder = f.instrument == CheckInstrument::MoneyOrder || f.instrument == CheckInstrument::PostalMoneyOrder;

    if (!abaCheckDigitValid(f.routing)) {
        add("routing_check_digit", "The routing number " + f.routing + " fails its check digit: it was misread or mistyped.", false);
    } else {
        switch (routingPrefixClass(f.routing)) {
        case RoutingPrefixClass::Invalid:
            add("routing_prefix", "The routing number " + f.routing + " does not start with a valid Federal Reserve prefix.", false);
            break;
        case RoutingPrefixClass::ElectronicOnly:
            add("routing_electronic_only", "The routing number " + f.routing + " is for electronic payments only; a paper item needs review.", true);
            break;
        case RoutingPrefixClass::TravelersCheck:
            add("travelers_check", "This is a traveler's check; verify it with the issuer before accepting.", true);
            break;
        default:
            break;
        }
        if (!f.directoryLoaded)
            add("routing_directory_missing", "No routing directory is loaded, so " + f.routing + " could not be looked up.", true);
        else if (!f.routingInDirectory)
            add("routing_not_in_directory", "The routing number " + f.routing + " is not in the FedACH directory.", true);
        else if (!f.replacedBy.empty())
            add("routing_replaced", "The bank has replaced routing number " + f.routing + " with " + f.replacedBy + ".", true);
    }
    if (!isValidDate(f.checkDate)) {
        add("date_unreadable", "The date on the item is not a date.", false);
    } else if (isValidDate(f.today)) {
        std::int64_t age = daysFromCivil(f.today) - daysFromCivil(f.checkDate);
        if (age < 0)
            add("post_dated", "The item is dated " + f.checkDate + ", in the future.", false);
        else if (age > limits.staleAfterDays && !isMoneyOrder)
            add("stale_dated", "The item is dated " + f.checkDate + ", more than six months ago.", true);
    }
    Money limit = f.instrument == CheckInstrument::Personal     ? limits.personal
                  : f.instrument == CheckInstrument::Business   ? limits.business
                  : f.instrument == CheckInstrument::Cashiers   ? limits.cashiers
                  : f.instrument == CheckInstrument::MoneyOrder ? limits.moneyOrder
                                                                : limits.postalMoneyOrder;
    if (!f.amount.isPositive())
        add("amount_missing", "The item's amount must be more than $0.00.", false);
    else if (f.amount > limit)
        add(f.instrument == CheckInstrument::PostalMoneyOrder ? "postal_money_order_limit" : "over_limit",
            "The item's " + formatMoney(f.amount) + " is over the " + formatMoney(limit) + " limit for a "
                + std::string(checkInstrumentName(f.instrument)) + " item.",
            f.instrument != CheckInstrument::PostalMoneyOrder);
    if (f.amountDue.isPositive() && f.amount > f.amountDue && !f.cashBackAllowed)
        add("over_amount_due", "The item is for " + formatMoney(f.amount) + ", more than the " + formatMoney(f.amountDue)
                                   + " due, and checks give no cash back.",
            true);
    if (f.instrument == CheckInstrument::Personal && !f.serial.empty()) {
        std::int64_t serial = 0;
        auto [end, ec] = std::from_chars(f.serial.data(), f.serial.data() + f.serial.size(), serial);
        if (ec == std::errc() && end == f.serial.data() + f.serial.size() && serial < limits.starterSerialBelow)
            add("starter_check", "Check number " + f.serial + " looks like a starter check from a new account.", true);
    }
    if (f.thirdParty)
        add("third_party", "A third-party check (made out to someone else) is not accepted without approval.", true);
    if (f.twoParty)
        add("two_party", "A two-party check needs a supervisor's approval.", true);
    if (f.duplicate)
        add("duplicate", "This check (same bank, account and number) was taken before.", false);
    if (f.onNegativeFile)
        add("negative_file", "A check from this bank account was returned before; the account is on the negative file.", false);
    if (f.returnedChecksInYear >= limits.cashOnlyAfterReturns)
        add("cash_only", "The customer has " + std::to_string(f.returnedChecksInYear)
                             + " returned checks in the last 12 months and pays in cash only.",
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
