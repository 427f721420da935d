// Account maintenance: contact changes, bill adjustments, the contact log and the account's history.
#pragma once

#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// Contact details a clerk may change at the counter; unset fields stay as they are.
struct AccountChange {
    std::optional<std::string> name;
    std::optional<std::string> mailingAddress;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<std::string> language; // en, es: what the customer's receipts and notes print in
};

// One line of an account's history.
struct AccountEvent {
    std::uint64_t seq = 0;
    std::int64_t timeMs = 0;
    std::string kind; // the ledger record kind: payment.taken, bill.adjusted, account.noted...
    std::string operatorId;
    std::string summary; // in English, for tillctl and logs
    // The line as a message for a screen to show in its reader's language. None for a line kept in English only (by
    // a build from before the history kept codes): show `summary` as it is.
    std::optional<Message> message;
    Money amount; // what it did to the account's balance or payments, 0 when nothing
};

class MaintenanceService : public StationService {
public:
    using StationService::StationService;

    // Account maintenance. Each is one ledger record; refusals say why and record nothing.
    ledger::Record changeAccount(std::string_view operatorId, std::string_view account, const AccountChange& change,
                                 std::string_view reason);
    // amount > 0 adds to the bill (a debit), < 0 takes off it (a credit); never below what is open.
    ApprovalRequest adjustmentRequest(std::string_view operatorId, std::string_view bill, Money amount,
                                      std::string_view reason);
    ledger::Record adjustBill(std::string_view operatorId, std::string_view bill, Money amount, std::string_view reason,
                              std::string_view approvalId = {});
    // Checks the adjustment as adjustBill would (throws CommandRefused with the reason); then what a supervisor must
    // approve for it, or nothing when the clerk may record it alone. Ask for the PIN only after this.
    std::optional<ApprovalRequest> adjustmentApproval(std::string_view operatorId, std::string_view bill, Money amount,
                                                      std::string_view reason);
    ledger::Record noteAccount(std::string_view operatorId, std::string_view account, std::string_view text);
    // Newest first; `kindPrefix` filters ("payment.", "bill.adjusted"...), empty for all.
    std::vector<AccountEvent> accountHistory(std::string_view account, std::string_view kindPrefix = {},
                                             std::size_t limit = 200) const;

    // For the other services of this station:
    nlohmann::json adjustmentBody(std::string_view bill, Money amount, std::string_view reason); // checks, then the body
};

} // namespace tillbook::station
