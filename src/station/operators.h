// Operators, sign-in, sessions and supervisors' approvals.
#pragma once

#include "ledger/sqlite.h"
#include "station/common.h"
#include "station/service.h"
#include "station/authorization.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


struct SignInResult {
    bool ok = false;
    std::optional<Message> message; // for the person at the counter when !ok
    std::optional<OperatorInfo> operatorInfo;
};

struct ApprovalResult {
    bool ok = false;
    std::optional<Message> message; // why not, in one sentence
    std::string approvalId; // station-scoped, e.g. "CITYHALL-01-A000012"
    std::int64_t expiresMs = 0;
};

// The operator with this id, active or not, straight from the projection.
std::optional<OperatorInfo> findOperator(ledger::Db& db, std::string_view id);

class OperatorService : public StationService {
public:
    using StationService::StationService;

    // Operators (the actor is an admin, or kSystemActor for tillctl run by whoever holds the data directory)
    std::vector<OperatorInfo> list(bool includeDisabled = false) const;
    std::optional<OperatorInfo> findOperator(std::string_view id) const;
    ledger::Record addOperator(std::string_view actor, std::string_view id, std::string_view name, Role role,
                               std::string_view pin);
    ledger::Record disableOperator(std::string_view actor, std::string_view id);
    ledger::Record resetPin(std::string_view actor, std::string_view id, std::string_view pin);
    // Sessions. Wrong PINs count toward a lockout; every failure and every lockout is a record.
    SignInResult signIn(std::string_view operatorId, std::string_view pin);
    ledger::Record signOut(std::string_view operatorId, std::string_view reason = "signed out");
    ledger::Record lockSession(std::string_view operatorId, std::string_view reason);
    SignInResult unlockSession(std::string_view operatorId, std::string_view pin); // the same operator resumes
    // Milliseconds left of a lockout, 0 when the operator may sign in.
    std::int64_t lockedOutFor(std::string_view operatorId) const;
    // Approvals: a supervisor, at this station, approves one action of another operator. Single use; expires.
    ApprovalResult approve(const ApprovalRequest& request, std::string_view supervisorId, std::string_view pin);
    ApprovalRequest clearLockoutRequest(std::string_view lockedOperatorId);
    ledger::Record clearLockout(std::string_view lockedOperatorId, std::string_view approvalId);

    // For the other services of this station:
    // Why this supervisor may not approve this request (before any PIN is asked), or nothing.
    std::optional<Message> approvalRefusal(const ApprovalRequest& request, std::string_view supervisorId);
    // Records the approval of a supervisor whose PIN was checked.
    ApprovalResult grantApproval(const ApprovalRequest& request, std::string_view supervisorId);
    // Checks a PIN; a wrong one is recorded (and may lock the operator out) in its own transaction.
    SignInResult checkPin(std::string_view operatorId, std::string_view pin, std::string_view context);
};

} // namespace tillbook::station
