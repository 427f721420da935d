// Checks and money orders: the FedACH directory, verification with reasons, overrides, returned items.
#pragma once

#include "core/check_policy.h"
#include "core/micr.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


struct CheckInput {
    std::string micr; // as read or keyed; the symbol set is detected
    Money amount;
    std::string date; // YYYY-MM-DD on the item
    std::string customerAccount; // the account paying, when known
    std::optional<CheckInstrument> instrument; // else personal or business from the MICR line
    Money amountDue; // what the item pays towards, when known
    bool thirdParty = false;
    bool twoParty = false;
    std::string micrSource; // "reader" (serial or wedge), "keyed" (typed by the cashier), "" when not known
    MicrSymbols micrSymbols = MicrSymbols::Auto; // the reader's symbol set when devices.json names one
};

// Whether a verified item may be taken: accepted, or needing a supervisor and overridden by one. The payment command,
// the screen and the check dialog all ask this.
bool checkUsable(CheckDecisionKind decision, bool overridden);
// A bank account as people see it on the screen and on paper: "****" and the last four digits.
std::string maskBankAccount(std::string_view account);

struct CheckVerification {
    std::string id; // station-scoped, "CITYHALL-01-K000007"
    std::uint64_t seq = 0;
    MicrFields micr;
    CheckInstrument instrument = CheckInstrument::Personal;
    CheckDecision decision;
    bool overridden = false; // a supervisor's override is recorded for it

    bool usable() const { return checkUsable(decision.kind, overridden); }
    std::string maskedAccount() const { return maskBankAccount(micr.account); }
};

struct RoutingInfo {
    std::string routing;
    std::string name;
    std::string city;
    std::string state;
    std::string recordType;
    std::string newRouting;
};

class CheckService : public StationService {
public:
    using StationService::StationService;

    // Checks and money orders: the FedACH directory, verification with reasons, overrides, returned items.
    // A file that would drop more than half of the routing numbers in use is refused unless replaceSmaller says the
    // directory really shrank: a cut download must not quietly empty it.
    ImportOutcome importRoutingDirectory(std::string_view actor, std::string_view text, std::string_view sourceName,
                                         bool replaceSmaller = false);
    std::optional<RoutingInfo> routing(std::string_view routingNumber) const;
    std::pair<std::int64_t, std::string> routingDirectoryState() const; // participants, file date
    CheckVerification verifyCheck(std::string_view operatorId, const CheckInput& input);
    ApprovalRequest checkOverrideRequest(std::string_view operatorId, std::string_view verificationId);
    ledger::Record overrideCheck(std::string_view operatorId, std::string_view verificationId, std::string_view approvalId);
    // A check the bank returned: reverses the payment's lines for the check's amount, bills the returned-check
    // fee, puts the bank account on the negative file and may make the customer cash-only. One record.
    ledger::Record recordReturnedCheck(std::string_view actor, std::string_view receipt, std::string_view routing,
                                       std::string_view account, std::string_view reasonCode);
};

} // namespace tillbook::station
