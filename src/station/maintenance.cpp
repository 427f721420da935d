// Station: account maintenance at the counter (contact details, bill adjustments, the contact log) and the account
// history that answers "what happened on my account".
#include "core/card.h"
#include "core/text.h"
#include "station/message_json.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

// One line of text for a record: valid UTF-8, no control characters, not empty unless allowed, not too long.
std::string requireOneLine(std::string_view text, Msg what, std::size_t maxCharacters, bool allowEmpty)
{
    std::string trimmed(trimAscii(text));
    std::u32string cps = decodeUtf8(trimmed);
    Message field(what);
    for (char32_t cp : cps) {
        if (cp == U'\uFFFD' || cp < 0x20 || cp == 0x7F)
            throw CommandRefused(Msg::TextNotOneLine, {{"field", field}});
    }
    if (cps.empty() && !allowEmpty)
        throw CommandRefused(Msg::TextEmpty, {{"field", field}});
    if (cps.size() > maxCharacters)
        throw CommandRefused(Msg::TextTooLong, {{"field", field}, MessageArg::number("max", static_cast<std::int64_t>(maxCharacters))});
    // Typed text is where a card number slips in (a note, a reason, a reference): it is never written.
    if (containsCardNumber(trimmed))
        throw CommandRefused(cardNumberRefusal(field));
    return trimmed;
}


Record MaintenanceService::changeAccount(std::string_view operatorId, std::string_view number, const AccountChange& change,
                              std::string_view reason)
{
    auto detail = m_station.accounts().account(number);
    if (!detail)
        throw CommandRefused(Msg::AccountUnknown, {{"account", quoteForMessage(number)}});
    json changes = json::object();
    auto field = [&](const char* key, const std::optional<std::string>& value, const std::string& old, Msg what,
                     std::size_t max, bool allowEmpty) {
        if (!value)
            return;
        std::string v = requireOneLine(*value, what, max, allowEmpty);
        if (v != old)
            changes[key] = {{"old", old}, {"new", v}};
    };
    field("name", change.name, detail->summary.name, Msg::FieldName, 120, false);
    field("mailing_address", change.mailingAddress, detail->mailingAddress, Msg::FieldMailingAddress, 160, true);
    field("phone", change.phone, detail->summary.phone, Msg::FieldPhone, 40, true);
    field("email", change.email, detail->email, Msg::FieldEmail, 120, true);
    field("language", change.language, detail->language, Msg::FieldLanguage, 2, false);
    if (changes.contains("language")) {
        std::string l = changes["language"]["new"].get<std::string>();
        if (l != "en" && l != "es")
            throw CommandRefused(Msg::AccountLanguage, {{"language", quoteForMessage(l)}});
    }
    if (changes.contains("email")) {
        std::string e = changes["email"]["new"].get<std::string>();
        if (!e.empty() && (e.find('@') == std::string::npos || e.find(' ') != std::string::npos))
            throw CommandRefused(Msg::AccountEmail, {{"email", quoteForMessage(e)}});
    }
    if (changes.contains("phone")) {
        std::string p = changes["phone"]["new"].get<std::string>();
        std::size_t digits = 0;
        for (char c : p) {
            if (c >= '0' && c <= '9')
                ++digits;
            else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '+' && c != '.')
                throw CommandRefused(Msg::AccountPhoneCharacters);
        }
        if (!p.empty() && (digits < 7 || digits > 15))
            throw CommandRefused(Msg::AccountPhoneDigits);
    }
    if (changes.empty())
        throw CommandRefused(Msg::AccountUnchanged, {{"account", number}});
    return m_ctx.commit("account.changed", operatorId, {{"account", std::string(number)},
                          {"changes", changes},
                          {"reason", requireOneLine(reason, Msg::FieldReason, 200, true)}});
}

ApprovalRequest MaintenanceService::adjustmentRequest(std::string_view operatorId, std::string_view bill, Money amount,
                                           std::string_view reason)
{
    return ApprovalRequest{"bill_adjustment", "bill " + std::string(bill), amount.cents(), std::string(operatorId),
                           Message(amount.isNegative() ? Msg::ApprovalCredit : Msg::ApprovalDebit,
                                   {{"amount", amount.abs()}, {"bill", bill}, {"reason", reason}})};
}

std::optional<ApprovalRequest> MaintenanceService::adjustmentApproval(std::string_view operatorId, std::string_view billId,
                                                          Money amount, std::string_view reason)
{
    nlohmann::json body = adjustmentBody(billId, amount, reason);
    bool needsApproval = operatorId != kSystemActor
                         && amount.abs() > m_ctx.settings().moneySetting("adjustments.approval");
    if (!needsApproval)
        return std::nullopt;
    return adjustmentRequest(operatorId, billId, amount, body["reason"].get<std::string>());
}

nlohmann::json MaintenanceService::adjustmentBody(std::string_view billId, Money amount, std::string_view reason)
{
    auto st = m_ctx.db().prepare("SELECT b.account, b.open_cents, a.status FROM bills b JOIN accounts a ON a.number = b.account "
                            "WHERE b.id = ?");
    st.bind(1, billId);
    if (!st.step())
        throw CommandRefused(Msg::BillUnknown, {{"bill", quoteForMessage(billId)}});
    std::string accountNumber = st.columnText(0);
    Money open = Money::fromCents(st.columnInt(1));
    if (st.columnText(2) == "closed")
        throw CommandRefused(Msg::AccountClosed, {{"account", accountNumber}});
    if (amount.isZero())
        throw CommandRefused(Msg::AdjustmentZero);
    const Money limit = Money::fromCents(10'000'000);
    if (amount.abs() > limit)
        throw CommandRefused(Msg::AdjustmentTooLarge, {{"limit", limit}});
    if (open + amount < Money())
        throw CommandRefused(Msg::AdjustmentBelowZero, {{"credit", amount.abs()}, {"bill", billId}, {"open", open}});
    std::string why = requireOneLine(reason, Msg::FieldReason, 200, false);
    return {{"bill", std::string(billId)},
            {"account", accountNumber},
            {"amount", amount.cents()},
            {"open_before", open.cents()},
            {"open_after", (open + amount).cents()},
            {"reason", why}};
}

Record MaintenanceService::adjustBill(std::string_view operatorId, std::string_view billId, Money amount, std::string_view reason,
                           std::string_view approvalId)
{
    json body = adjustmentBody(billId, amount, reason);
    auto request = adjustmentApproval(operatorId, billId, amount, reason);
    return m_ctx.commit("bill.adjusted", operatorId, body, CommitOptions::approval(request ? &*request : nullptr, approvalId));
}

Record MaintenanceService::noteAccount(std::string_view operatorId, std::string_view number, std::string_view text)
{
    if (!m_station.accounts().account(number))
        throw CommandRefused(Msg::AccountUnknown, {{"account", quoteForMessage(number)}});
    return m_ctx.commit("account.noted", operatorId, {{"account", std::string(number)}, {"note", requireOneLine(text, Msg::FieldNote, 500, false)}});
}

std::vector<AccountEvent> MaintenanceService::accountHistory(std::string_view number, std::string_view kindPrefix,
                                                  std::size_t limit) const
{
    // The prefix is compared by length, not with LIKE, where "_" in a kind would be a wildcard. It is bound from a
    // std::string: an empty string_view may have no data pointer, which SQLite binds as NULL.
    auto st = m_ctx.db().prepare("SELECT seq, time_ms, kind, operator, summary, amount_cents FROM account_events WHERE "
                            "account = ? AND substr(kind, 1, ?) = substr(?, 1, ?) ORDER BY seq DESC LIMIT ?");
    const std::string prefix(kindPrefix);
    const auto length = static_cast<std::int64_t>(prefix.size());
    st.bind(1, number).bind(2, length).bind(3, prefix).bind(4, length).bind(5, static_cast<std::int64_t>(limit));
    std::vector<AccountEvent> out;
    while (st.step()) {
        AccountEvent e{static_cast<std::uint64_t>(st.columnInt(0)), st.columnInt(1), st.columnText(2), st.columnText(3),
                       st.columnText(4), std::nullopt, Money::fromCents(st.columnInt(5))};
        // The projector keeps each line as its message's JSON; a line that is not one is English text kept as it is.
        const json kept = json::parse(e.summary, nullptr, false);
        if (!kept.is_discarded()) {
            e.message = messageFromJson(kept);
            if (e.message)
                e.summary = e.message->english();
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace tillbook::station
