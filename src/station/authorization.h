// Who may do what: each station command declares the role it needs and whether a supervisor must approve it.
// The UI and tillctl never decide this; the station checks it inside the command.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tillbook::station {

enum class Role { Cashier, Supervisor, Admin };
std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view text);
// Ranks roles: an admin may do what a supervisor may, a supervisor what a cashier may.
bool roleAtLeast(Role held, Role needed);

struct CommandPolicy {
    std::string_view kind; // the ledger record kind the command writes
    Role role; // the least role of the operator performing it
    bool needsApproval; // a second person, at least a supervisor, must always approve this one action
};

// Every command that acts for an operator is listed here, so an auditor reads the rules in one place.
inline constexpr CommandPolicy kPolicies[] = {
    {"operator.added", Role::Admin, false},
    {"operator.disabled", Role::Admin, false},
    {"operator.pin_reset", Role::Admin, false},
    {"settings.changed", Role::Admin, false},
    {"ledger.key_rotate", Role::Admin, false},
    {"ledger.checkpoint", Role::Cashier, false},
    {"approval.granted", Role::Supervisor, false},
    {"session.lockout_cleared", Role::Cashier, true},
    {"accounts.imported", Role::Admin, false},
    {"bills.imported", Role::Admin, false},
    {"fees.imported", Role::Admin, false},
    {"payment.taken", Role::Cashier, false},
    {"payment.voided", Role::Cashier, true},
    {"payment.refunded", Role::Cashier, true},
    {"drawer.opened", Role::Cashier, false}, // a float count that differs from the expected float needs approval
    {"drawer.dropped", Role::Cashier, false},
    {"drawer.picked_up", Role::Supervisor, false},
    {"drawer.paid_out", Role::Cashier, false},
    {"drawer.no_sale", Role::Cashier, false},
    {"device.drawer_tested", Role::Supervisor, false}, // opening the drawer from the device test screen
    {"arrangement.created", Role::Cashier, false}, // above arrangements.approval_cents a supervisor approves
    {"arrangement.broken", Role::Cashier, false},
    {"account.changed", Role::Cashier, false},
    {"order.created", Role::Cashier, false},
    {"order.updated", Role::Cashier, false},
    {"account.noted", Role::Cashier, false},
    {"bill.adjusted", Role::Cashier, false}, // above adjustments.approval_cents a supervisor approves
    {"batch.opened", Role::Cashier, false},
    {"batch.item_keyed", Role::Cashier, false},
    {"batch.item_removed", Role::Cashier, false},
    {"batch.closed", Role::Cashier, false}, // only when the keyed count and total equal the control figures
    {"review.approved", Role::Supervisor, false}, // never the supervisor's own drawer or batch
    {"review.rejected", Role::Supervisor, false},
    {"review.resubmitted", Role::Cashier, false}, // the cashier's answer to a rejection
    {"day.approved", Role::Supervisor, false}, // every drawer and batch of the day approved first
    {"drawer.counted", Role::Cashier, false},
    {"drawer.closed", Role::Cashier, false}, // over/short beyond the tolerance needs approval
    {"drawer.x_report_viewed", Role::Cashier, true},
    {"routing.imported", Role::Admin, false},
    {"check.verified", Role::Cashier, false},
    {"check.override_approved", Role::Cashier, true},
    {"check.returned", Role::Supervisor, false},
};

const CommandPolicy& policyFor(std::string_view kind); // throws std::logic_error for an unlisted kind
const CommandPolicy* findPolicy(std::string_view kind); // null for a kind no operator command writes

// The one action a supervisor approves: what, on what, for how much, asked by whom.
struct ApprovalRequest {
    std::string action; // "refund", "void", "check_override", "over_short", "clear_lockout", ...
    std::string subject; // "account 100234", "receipt S01-R000123", "operator ana"
    std::int64_t amountCents = 0; // 0 when the action has no amount
    std::string requestedBy; // the operator who will perform the action
    std::string description; // what the supervisor reads, e.g. "Refund $10.00 on account 100234"

    bool sameAction(const ApprovalRequest& other) const
    {
        return action == other.action && subject == other.subject && amountCents == other.amountCents
               && requestedBy == other.requestedBy;
    }
};

} // namespace tillbook::station
