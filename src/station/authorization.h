// Who may do what: each station command's record kind has the role it needs and whether a supervisor must approve it
// (the table is in record_kinds.h). The UI and tillctl never decide this; the station checks it inside the command.
#pragma once

#include "core/message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook::station {

enum class Role { Cashier, Supervisor, Admin };
inline constexpr Role kRoles[] = {Role::Cashier, Role::Supervisor, Role::Admin};
std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view text);
// Ranks roles: an admin may do what a supervisor may, a supervisor what a cashier may.
bool roleAtLeast(Role held, Role needed);

struct CommandPolicy {
    std::string_view kind; // the ledger record kind the command writes
    Role role; // the least role of the operator performing it
    bool needsApproval; // a second person, at least a supervisor, must always approve this one action
};

// The policy of a command's record kind, from the record-kind table (station/record_kinds.h), where an auditor reads
// every rule in one place. Throws std::logic_error for a kind no command writes.
const CommandPolicy& policyFor(std::string_view kind);

// The one action a supervisor approves: what, on what, for how much, asked by whom.
struct ApprovalRequest {
    std::string action; // "refund", "void", "check_override", "over_short", "clear_lockout", ...
    std::string subject; // "account 100234", "receipt S01-R000123", "operator ana"
    std::int64_t amountCents = 0; // 0 when the action has no amount
    std::string requestedBy; // the operator who will perform the action
    Message description{Msg::ApprovalNone}; // what the supervisor reads, e.g. "Refund $10.00 on account 100234"

    bool sameAction(const ApprovalRequest& other) const
    {
        return action == other.action && subject == other.subject && amountCents == other.amountCents
               && requestedBy == other.requestedBy;
    }
};

} // namespace tillbook::station
