// Check and money-order acceptability: the facts about one item, the station's limits, and a decision with every
// reason in plain words. Pure rules; the station gathers the facts (directory, negative file, history).
#pragma once

#include "core/message.h"
#include "core/money.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook {

enum class CheckInstrument { Personal, Business, Cashiers, MoneyOrder, PostalMoneyOrder };
std::string_view checkInstrumentName(CheckInstrument instrument); // personal, business, cashiers, money_order, postal_money_order
bool parseCheckInstrument(std::string_view text, CheckInstrument& out);

enum class CheckDecisionKind { Accept, NeedsApproval, Decline };
std::string_view checkDecisionName(CheckDecisionKind kind); // accept, needs_approval, decline
std::optional<CheckDecisionKind> parseCheckDecision(std::string_view name); // the inverse; nothing for another word

struct CheckReason {
    std::string code; // stable, for reports and the ledger: "stale_dated", "negative_file", ...
    Message message; // one sentence for the cashier
    bool overridable; // a supervisor may accept the item anyway
};

struct CheckDecision {
    CheckDecisionKind kind = CheckDecisionKind::Accept;
    std::vector<CheckReason> reasons; // empty for a clean accept
};

struct CheckFacts {
    std::string routing;
    std::string account;
    std::string serial;
    CheckInstrument instrument = CheckInstrument::Personal;
    Money amount;
    std::string checkDate; // YYYY-MM-DD written on the item
    std::string today; // YYYY-MM-DD
    Money amountDue; // what the item pays towards; zero when not known yet
    bool cashBackAllowed = false;
    bool thirdParty = false; // keyed by the cashier
    bool twoParty = false;
    bool directoryLoaded = true; // false until a FedACH directory has been imported
    bool routingInDirectory = true;
    std::string replacedBy; // the directory says this routing number was replaced by another
    bool duplicate = false; // same routing, account and serial taken before
    bool onNegativeFile = false;
    int returnedChecksInYear = 0; // the customer's returned items in the last 12 months
};

struct CheckLimits {
    Money personal = Money::fromCents(250000);
    Money business = Money::fromCents(1000000);
    Money cashiers = Money::fromCents(5000000);
    Money moneyOrder = Money::fromCents(100000);
    Money postalMoneyOrder = Money::fromCents(100000); // US postal money orders top out at $1,000.00
    std::int64_t starterSerialBelow = 1001;
    int staleAfterDays = 183; // six months
    int cashOnlyAfterReturns = 2;
};

// Every rule that applies adds a reason. Any reason a supervisor may not override declines the item; otherwise any
// reason makes it need a supervisor's approval; no reason accepts it.
CheckDecision evaluateCheck(const CheckFacts& facts, const CheckLimits& limits);

// Days from 1970-01-01 for a valid YYYY-MM-DD (proleptic Gregorian); callers check validity first.
std::int64_t daysFromCivil(std::string_view yyyyMmDd);

} // namespace tillbook
