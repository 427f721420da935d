// Operators, sign-in, sessions and approvals: PINs are checked here and never leave as more than a keyed hash.
#include "station/operators.h"

#include "core/ids.h"
#include "core/text.h"
#include "station/command_context.h"
#include "station/message_json.h"
#include "station/projector.h"
#include "station/settings.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
namespace fs = std::filesystem;

namespace {

bool isValidOperatorId(std::string_view id)
{
    if (id.empty() || id.size() > 32 || id == kSystemActor)
        return false;
    for (char c : id) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    }
    return true;
}

std::optional<Message> pinProblem(std::string_view pin)
{
    if (pin.empty())
        return Message(Msg::PinEmpty);
    if (pin.size() > kMaxPinLength)
        return Message(Msg::PinTooLong, {MessageArg::number("digits", kMaxPinLength)});
    for (char c : pin) {
        if (c < '0' || c > '9')
            return Message(Msg::PinDigitsOnly);
    }
    return std::nullopt;
}

// A PIN being set: well formed and long enough (a PIN typed at sign-in is only checked for its form).
void requireNewPin(std::string_view pin)
{
    if (auto problem = pinProblem(pin))
        throw CommandRefused(*problem);
    if (pin.size() < kMinPinLength)
        throw CommandRefused(Msg::PinTooShort, {MessageArg::number("digits", kMinPinLength)});
}

} // namespace

std::vector<OperatorInfo> OperatorService::list(bool includeDisabled) const
{
    auto st = m_ctx.db().prepare("SELECT id, name, role, active FROM operators WHERE active = 1 OR ? ORDER BY name");
    st.bind(1, static_cast<std::int64_t>(includeDisabled));
    std::vector<OperatorInfo> out;
    while (st.step()) {
        out.push_back(OperatorInfo{st.columnText(0), st.columnText(1),
                                   parseRole(st.columnTextView(2)).value_or(Role::Cashier), st.columnInt(3) != 0});
    }
    return out;
}

std::optional<OperatorInfo> findOperator(ledger::Db& db, std::string_view id)
{
    auto st = db.prepare("SELECT id, name, role, active FROM operators WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return OperatorInfo{st.columnText(0), st.columnText(1), parseRole(st.columnTextView(2)).value_or(Role::Cashier),
                        st.columnInt(3) != 0};
}

std::optional<OperatorInfo> OperatorService::findOperator(std::string_view id) const
{
    return station::findOperator(m_ctx.db(), id);
}

Record OperatorService::addOperator(std::string_view actor, std::string_view id, std::string_view name, Role role,
                            std::string_view pin)
{
    if (!isValidOperatorId(id))
        throw CommandRefused(Msg::OperatorIdInvalid, {{"id", id}});
    std::string fullName = requireOneLine(name, Msg::FieldOperatorName, 80, true);
    if (fullName.empty())
        throw CommandRefused(Msg::OperatorNameLength);
    requireNewPin(pin);
    if (findOperator(id))
        throw CommandRefused(Msg::OperatorExists, {{"id", id}});
    std::string pinHash = hashPin(pin, m_ctx.pinSecret(), m_ctx.options().scrypt); // slow on purpose: outside the transaction
    nlohmann::json body = {{"id", id}, {"name", fullName}, {"role", roleName(role)}, {"pin_set", true}};
    return m_ctx.commit("operator.added", actor, body, CommitOptions::effect([&](const Record&) {
        auto credential = m_ctx.db().prepare("INSERT INTO operator_credentials(operator_id, pin_hash) VALUES (?, ?)");
        credential.bind(1, id).bind(2, pinHash).run();
    }));
}

Record OperatorService::disableOperator(std::string_view actor, std::string_view id)
{
    auto op = findOperator(id);
    if (!op)
        throw CommandRefused(Msg::OperatorUnknown, {{"id", id}});
    if (!op->active)
        throw CommandRefused(Msg::OperatorAlreadyDisabled, {{"name", op->name}});
    if (actor == id)
        throw CommandRefused(Msg::OperatorDisablesSelf);
    return m_ctx.commit("operator.disabled", actor, {{"id", id}});
}

Record OperatorService::resetPin(std::string_view actor, std::string_view id, std::string_view pin)
{
    auto op = findOperator(id);
    if (!op)
        throw CommandRefused(Msg::OperatorUnknown, {{"id", id}});
    requireNewPin(pin);
    std::string pinHash = hashPin(pin, m_ctx.pinSecret(), m_ctx.options().scrypt);
    // A new PIN also ends a lockout: the reset is the administrator's decision.
    return m_ctx.commit("operator.pin_reset", actor, {{"id", id}}, CommitOptions::effect([&](const Record&) {
        m_ctx.db().prepare("UPDATE operator_credentials SET pin_hash = ? WHERE operator_id = ?").bind(1, pinHash).bind(2, id).run();
    }));
}

std::int64_t OperatorService::lockedOutFor(std::string_view operatorId) const
{
    auto st = m_ctx.db().prepare("SELECT locked_until_ms FROM operators WHERE id = ?");
    st.bind(1, operatorId);
    if (!st.step())
        return 0;
    return std::max<std::int64_t>(0, st.columnInt(0) - m_ctx.clock().nowMs());
}

SignInResult OperatorService::checkPin(std::string_view operatorId, std::string_view pin, std::string_view context)
{
    auto op = findOperator(operatorId);
    if (!op)
        return {false, Message(Msg::SignInUnknownOperator), std::nullopt};
    // `problem` says what was wrong; none for a wrong PIN, which says how many tries are left.
    auto recordFailure = [&](std::string_view reason, bool counts, std::optional<Message> problem) {
        auto st = m_ctx.db().prepare("SELECT failures FROM operators WHERE id = ?");
        st.bind(1, operatorId);
        st.step();
        std::int64_t failures = st.columnInt(0) + (counts ? 1 : 0);
        std::int64_t maxFailures = m_ctx.settings().setting("signin.max_failures");
        bool lockout = counts && failures >= maxFailures;
        std::int64_t until = lockout ? m_ctx.clock().nowMs() + m_ctx.settings().setting("signin.lockout_seconds") * 1000 : 0;
        nlohmann::json body = {{"context", context}, {"reason", reason}, {"failures", failures}};
        if (lockout)
            body["locked_until_ms"] = until;
        m_ctx.commit(lockout ? "session.locked_out" : "session.sign_in_failed", operatorId, body);
        Message message = problem ? *problem
                          : maxFailures - failures == 1
                              ? Message(Msg::SignInWrongPinLast, {{"name", op->name}})
                              : Message(Msg::SignInWrongPin, {{"name", op->name}, MessageArg::number("tries", maxFailures - failures)});
        if (lockout)
            message = Message(Msg::SignInLockedOut,
                              {{"name", op->name},
                               MessageArg::number("minutes", (until - m_ctx.clock().nowMs() + 59'999) / 60'000),
                               MessageArg::number("failures", maxFailures)});
        return SignInResult{false, message, std::nullopt};
    };
    if (!op->active)
        return recordFailure("disabled", false, Message(Msg::SignInDisabled));
    if (std::int64_t left = lockedOutFor(operatorId); left > 0)
        return recordFailure("locked_out", false,
                             Message(Msg::SignInStillLockedOut,
                                     {{"name", op->name}, MessageArg::number("minutes", (left + 59'999) / 60'000)}));
    if (auto problem = pinProblem(pin))
        return recordFailure("malformed_pin", true, *problem);
    auto st = m_ctx.db().prepare("SELECT pin_hash FROM operator_credentials WHERE operator_id = ?");
    st.bind(1, operatorId);
    PinMatch match = st.step() ? tillbook::station::checkPin(pin, st.columnTextView(0), m_ctx.pinSecret()) : PinMatch::No;
    st.reset();
    if (match == PinMatch::No)
        return recordFailure("wrong_pin", true, std::nullopt);
    if (match == PinMatch::YesUnkeyed) {
        // A hash from before the PIN secret, keyed now that the PIN is known. The PIN did not change: no record.
        std::string keyed = hashPin(pin, m_ctx.pinSecret(), m_ctx.options().scrypt);
        m_ctx.db().prepare("UPDATE operator_credentials SET pin_hash = ? WHERE operator_id = ?")
            .bind(1, keyed)
            .bind(2, operatorId)
            .run();
    }
    return {true, {}, op};
}

SignInResult OperatorService::signIn(std::string_view operatorId, std::string_view pin)
{
    SignInResult result = checkPin(operatorId, pin, "sign_in");
    if (!result.ok)
        return result;
    m_ctx.commit("session.signed_in", operatorId, {{"role", roleName(result.operatorInfo->role)}});
    return result;
}

SignInResult OperatorService::unlockSession(std::string_view operatorId, std::string_view pin)
{
    SignInResult result = checkPin(operatorId, pin, "unlock");
    if (!result.ok)
        return result;
    m_ctx.commit("session.unlocked", operatorId, nlohmann::json::object());
    return result;
}

Record OperatorService::lockSession(std::string_view operatorId, std::string_view reason)
{
    return m_ctx.commit("session.locked", operatorId, {{"reason", requireOneLine(reason, Msg::FieldReason, 200, true)}});
}

Record OperatorService::signOut(std::string_view operatorId, std::string_view reason)
{
    return m_ctx.commit("session.signed_out", operatorId, {{"reason", requireOneLine(reason, Msg::FieldReason, 200, true)}});
}

ApprovalRequest OperatorService::clearLockoutRequest(std::string_view lockedOperatorId)
{
    auto op = findOperator(lockedOperatorId);
    if (!op)
        throw CommandRefused(Msg::OperatorUnknown, {{"id", lockedOperatorId}});
    return ApprovalRequest{"clear_lockout", "operator " + op->id, 0, op->id, Message(Msg::ApprovalClearLockout, {{"name", op->name}})};
}

ApprovalResult OperatorService::approve(const ApprovalRequest& request, std::string_view supervisorId, std::string_view pin)
{
    if (auto refusal = approvalRefusal(request, supervisorId))
        return {false, *refusal, {}, 0};
    SignInResult pinCheck = checkPin(supervisorId, pin, "approval");
    if (!pinCheck.ok)
        return {false, pinCheck.message, {}, 0};
    return grantApproval(request, supervisorId);
}

std::optional<Message> OperatorService::approvalRefusal(const ApprovalRequest& request, std::string_view supervisorId)
{
    auto requester = findOperator(request.requestedBy);
    if (!requester || !requester->active)
        return Message(Msg::ApproveRequesterInactive);
    auto supervisor = findOperator(supervisorId);
    if (!supervisor || !supervisor->active)
        return Message(Msg::ApproveChooseSupervisor);
    if (supervisorId == request.requestedBy)
        return Message(Msg::ApproveOwnAction);
    if (!roleAtLeast(supervisor->role, Role::Supervisor))
        return Message(Msg::ApproveNotSupervisor, {{"name", supervisor->name}});
    return std::nullopt;
}

ApprovalResult OperatorService::grantApproval(const ApprovalRequest& request, std::string_view supervisorId)
{
    auto count = m_ctx.db().prepare("SELECT COUNT(*) FROM approvals");
    count.step();
    std::string id = stationScopedId(m_ctx.stationId(), "A", static_cast<std::uint64_t>(count.columnInt(0)) + 1);
    std::int64_t expires = m_ctx.clock().nowMs() + m_ctx.settings().setting("approval.ttl_seconds") * 1000;
    nlohmann::json body = {{"id", id},           {"action", request.action},     {"subject", request.subject},
                           {"amount", request.amountCents}, {"description", request.description.english()}, {"description_msg", messageJson(request.description)},
                           {"expires_ms", expires}};
    m_ctx.commit("approval.granted", request.requestedBy, body, CommitOptions::approvedBy(supervisorId));
    return {true, {}, id, expires};
}

Record OperatorService::clearLockout(std::string_view lockedOperatorId, std::string_view approvalId)
{
    ApprovalRequest request = clearLockoutRequest(lockedOperatorId);
    return m_ctx.commit("session.lockout_cleared", lockedOperatorId, {{"id", lockedOperatorId}}, CommitOptions::approval(&request, approvalId));
}

} // namespace tillbook::station
