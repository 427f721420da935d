// Station: checks and money orders. The FedACH directory, verification (facts gathered here, rules in core),
// supervisor overrides and returned items.
#include "core/ids.h"
#include "core/import_rows.h"
#include "core/routing.h"
#include "station/demo.h"
#include "ledger/hash.h"
#include "station/projector.h"
#include "station/message_json.h"
#include "station/office_feed.h"
#include "station/services.h"

#include <unordered_set>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;
using nlohmann::json;

namespace {

constexpr const char* kReturnReasons[][2] = {
    {"R01", "insufficient funds"},   {"R02", "account closed"}, {"R03", "no account"}, {"R04", "invalid account"},
    {"R08", "payment stopped"},      {"R10", "unauthorized"},   {"R16", "account frozen"},
};

} // namespace

ImportOutcome CheckService::importRoutingDirectory(std::string_view actor, std::string_view text, std::string_view sourceName,
                                              bool replaceSmaller)
{
    auto parsed = parseFedAchDirectory(text);
    if (auto* errors = std::get_if<std::vector<ImportError>>(&parsed)) {
        std::vector<std::string> problems;
        for (const auto& e : *errors)
            problems.push_back(formatImportError(e));
        Message what = problems.size() == 1
                           ? Message(Msg::RoutingDirectoryNotImportedOne, {{"source", sourceName}})
                           : Message(Msg::RoutingDirectoryNotImported,
                                     {{"source", sourceName}, MessageArg::number("count", static_cast<std::int64_t>(problems.size()))});
        throw ImportRefused(what, std::move(problems));
    }
    const auto& directory = std::get<FedAchDirectory>(parsed);
    if (!replaceSmaller) {
        std::unordered_set<std::string_view> incoming;
        for (const auto& p : directory.participants)
            incoming.insert(p.routing);
        std::int64_t inUse = 0;
        std::int64_t dropped = 0;
        auto st = m_ctx.db().prepare("SELECT routing FROM routing_directory");
        while (st.step()) {
            // The demo's fictitious banks are not a directory to protect: a real one replaces them.
            if (std::any_of(std::begin(kDemoBanks), std::end(kDemoBanks),
                            [&](const DemoBank& bank) { return bank.routing == st.columnText(0); }))
                continue;
            ++inUse;
            dropped += incoming.count(st.columnText(0)) == 0 ? 1 : 0;
        }
        if (dropped * 2 > inUse)
            throw CommandRefused(Msg::RoutingDirectoryShrinks, {{"source", sourceName}, MessageArg::number("dropped", dropped),
                                                                  MessageArg::number("in_use", inUse)});
    }
    ImportOutcome outcome;
    outcome.sha256 = ledger::toHex(ledger::sha256(text));
    outcome.added = directory.participants.size();
    fs::create_directories(m_ctx.paths().importsDir);
    fs::path archive = importArchivePath(m_ctx.paths().importsDir, outcome.sha256);
    if (!fs::exists(archive))
        writeFileAtomically(archive, std::string(text));
    json body = {{"file_sha256", outcome.sha256},
                 {"source", std::string(sourceName)},
                 {"participants", directory.participants.size()},
                 {"file_date", directory.fileDate}};
    outcome.seq = m_ctx.commit("routing.imported", actor, body).seq;
    return outcome;
}

std::optional<RoutingInfo> CheckService::routing(std::string_view routingNumber) const
{
    auto st = m_ctx.db().prepare("SELECT routing, name, city, state, record_type, new_routing FROM routing_directory "
                            "WHERE routing = ?");
    st.bind(1, routingNumber);
    if (!st.step())
        return std::nullopt;
    return RoutingInfo{st.columnText(0), st.columnText(1), st.columnText(2),
                       st.columnText(3), st.columnText(4), st.columnText(5)};
}

std::pair<std::int64_t, std::string> CheckService::routingDirectoryState() const
{
    auto st = m_ctx.db().prepare("SELECT (SELECT COUNT(*) FROM routing_directory), "
                            "COALESCE((SELECT value FROM routing_meta WHERE key = 'file_date'), '')");
    st.step();
    return {st.columnInt(0), st.columnText(1)};
}

bool checkUsable(CheckDecisionKind decision, bool overridden)
{
    return decision == CheckDecisionKind::Accept || (decision == CheckDecisionKind::NeedsApproval && overridden);
}

std::string maskBankAccount(std::string_view account)
{
    return account.size() > 4 ? "****" + std::string(account.substr(account.size() - 4)) : std::string(account);
}

CheckVerification CheckService::verifyCheck(std::string_view operatorId, const CheckInput& input)
{
    MicrParse parsed = parseMicr(input.micr, input.micrSymbols);
    if (!parsed.fields)
        throw CommandRefused(Msg::CheckNotVerified, {{"reason", Message(Msg::ParserDetail, {{"detail", parsed.error}})}});
    // An item no payment could take is not worth a verification record.
    if (const Money maxTender = m_ctx.settings().moneySetting("payment.max_tender"); input.amount > maxTender)
        throw CommandRefused(Msg::CheckNotVerified,
                             {{"reason", Message(Msg::TenderOverLimit, {{"amount", input.amount}, {"limit", maxTender}})}});
    const MicrFields& micr = *parsed.fields;
    CheckFacts facts;
    facts.routing = micr.routing;
    facts.account = micr.account;
    facts.serial = micr.serial;
    facts.instrument = input.instrument ? *input.instrument
                       : micr.type == CheckType::Business ? CheckInstrument::Business
                                                          : CheckInstrument::Personal;
    facts.amount = input.amount;
    facts.checkDate = input.date;
    facts.today = utcDay(m_ctx.clock().nowMs());
    facts.amountDue = input.amountDue;
    facts.cashBackAllowed = m_ctx.settings().setting("payment.cash_back_on_checks") != 0;
    facts.thirdParty = input.thirdParty;
    facts.twoParty = input.twoParty;
    facts.directoryLoaded = routingDirectoryState().first > 0;
    if (auto info = routing(micr.routing)) {
        facts.routingInDirectory = true;
        if (info->recordType == "2")
            facts.replacedBy = info->newRouting;
    } else {
        facts.routingInDirectory = false;
    }
    {
        // Taken before: the same item verified and then used in a payment.
        auto st = m_ctx.db().prepare("SELECT COUNT(*) FROM check_verifications v JOIN payment_tenders t ON t.reference = v.id "
                                "WHERE v.routing = ? AND v.account = ? AND v.serial = ? AND v.serial <> ''");
        st.bind(1, micr.routing).bind(2, micr.account).bind(3, micr.serial);
        st.step();
        facts.duplicate = st.columnInt(0) > 0 || presentedElsewhere(m_ctx.db(), micr.routing, micr.account, micr.serial);
    }
    {
        auto st = m_ctx.db().prepare("SELECT 1 FROM negative_file WHERE routing = ? AND account = ?");
        st.bind(1, micr.routing).bind(2, micr.account);
        facts.onNegativeFile = st.step() || onOfficeNegativeFile(m_ctx.db(), micr.routing, micr.account);
    }
    if (!input.customerAccount.empty()) {
        std::int64_t yearAgo = m_ctx.clock().nowMs() - 365LL * 24 * 3600 * 1000;
        auto st = m_ctx.db().prepare("SELECT COUNT(*) FROM returned_checks WHERE customer_account = ? AND time_ms >= ?");
        st.bind(1, input.customerAccount).bind(2, yearAgo);
        st.step();
        facts.returnedChecksInYear = static_cast<int>(st.columnInt(0));
        if (auto acct = m_station.accounts().account(input.customerAccount); acct && acct->summary.status == "cash_only")
            facts.returnedChecksInYear = std::max<int>(facts.returnedChecksInYear,
                                                       static_cast<int>(m_ctx.settings().setting("checks.cash_only_after_returns")));
    }
    CheckLimits limits;
    limits.personal = m_ctx.settings().moneySetting("checks.personal_limit");
    limits.business = m_ctx.settings().moneySetting("checks.business_limit");
    limits.cashiers = m_ctx.settings().moneySetting("checks.cashiers_limit");
    limits.moneyOrder = m_ctx.settings().moneySetting("checks.money_order_limit");
    limits.starterSerialBelow = m_ctx.settings().setting("checks.starter_serial_below");
    limits.cashOnlyAfterReturns = static_cast<int>(m_ctx.settings().setting("checks.cash_only_after_returns"));
    CheckDecision decision = evaluateCheck(facts, limits);

    auto counter = m_ctx.db().prepare("SELECT COUNT(*) FROM check_verifications");
    counter.step();
    CheckVerification result;
    result.id = stationScopedId(m_ctx.stationId(), "K", static_cast<std::uint64_t>(counter.columnInt(0)) + 1);
    if (input.micrSource != "" && input.micrSource != "reader" && input.micrSource != "keyed")
        throw CommandRefused(Msg::MicrSourceInvalid, {{"source", input.micrSource}});
    result.micr = micr;
    result.instrument = facts.instrument;
    result.decision = decision;
    json reasons = json::array();
    for (const auto& r : decision.reasons)
        reasons.push_back({{"code", r.code}, {"message", r.message.english()}, {"msg", messageJson(r.message)},
                           {"overridable", r.overridable}});
    json body = {{"id", result.id},
                 {"routing", micr.routing},
                 {"account", micr.account},
                 {"serial", micr.serial},
                 {"epc", micr.epc},
                 {"instrument", std::string(checkInstrumentName(facts.instrument))},
                 {"amount", input.amount.cents()},
                 {"date", input.date},
                 {"customer_account", input.customerAccount},
                 // A keyed MICR line is worth an auditor's second look; a read one came off the check's magnetic ink.
                 {"micr_source", input.micrSource},
                 {"decision", std::string(checkDecisionName(decision.kind))},
                 {"reasons", reasons}};
    result.seq = m_ctx.commit("check.verified", operatorId, body).seq;
    return result;
}

ApprovalRequest CheckService::checkOverrideRequest(std::string_view operatorId, std::string_view verificationId)
{
    auto st = m_ctx.db().prepare("SELECT amount_cents, decision, routing, serial FROM check_verifications WHERE id = ?");
    st.bind(1, verificationId);
    if (!st.step())
        throw CommandRefused(Msg::VerificationUnknown, {{"verification", verificationId}});
    return ApprovalRequest{"check_override", "verification " + std::string(verificationId), st.columnInt(0),
                           std::string(operatorId),
                           Message(Msg::ApprovalCheckOverride, {{"serial", st.columnText(3)}, {"routing", st.columnText(2)},
                                                                {"amount", Money::fromCents(st.columnInt(0))}})};
}

Record CheckService::overrideCheck(std::string_view operatorId, std::string_view verificationId, std::string_view approvalId)
{
    auto st = m_ctx.db().prepare("SELECT decision FROM check_verifications WHERE id = ?");
    st.bind(1, verificationId);
    if (!st.step())
        throw CommandRefused(Msg::VerificationUnknown, {{"verification", verificationId}});
    std::string decision = st.columnText(0);
    if (decision == "accept")
        throw CommandRefused(Msg::CheckNothingToOverride);
    if (decision == "decline")
        throw CommandRefused(Msg::CheckNotOverridable);
    ApprovalRequest request = checkOverrideRequest(operatorId, verificationId);
    return m_ctx.commit("check.override_approved", operatorId, {{"verification", std::string(verificationId)}}, CommitOptions::approval(&request, approvalId));
}

Record CheckService::recordReturnedCheck(std::string_view actor, std::string_view receiptNumber, std::string_view routingNumber,
                                    std::string_view bankAccount, std::string_view reasonCode)
{
    std::string reasonText;
    for (const auto& r : kReturnReasons) {
        if (reasonCode == r[0])
            reasonText = r[1];
    }
    if (reasonText.empty())
        throw CommandRefused(Msg::ReturnReasonUnknown, {{"reason", reasonCode}});
    auto r = m_station.payments().receipt(receiptNumber);
    if (!r)
        throw CommandRefused(Msg::ReceiptUnknown, {{"receipt", receiptNumber}});
    if (r->status == "voided")
        throw CommandRefused(Msg::ReturnedReceiptVoided, {{"receipt", r->number}});
    if (std::string problem = routingProblem(routingNumber); !problem.empty())
        throw CommandRefused(Msg::ParserDetail, {{"detail", problem}});
    // The returned item is the receipt's check from this bank account (as its verification read it), and only its
    // amount is reversed: another check on the same receipt stands.
    std::int64_t checkCents = 0;
    {
        auto st = m_ctx.db().prepare("SELECT t.amount_cents FROM payment_tenders t JOIN check_verifications v "
                                "ON v.id = t.reference WHERE t.receipt = ? AND t.kind = 'check' AND v.routing = ? "
                                "AND v.account = ?");
        st.bind(1, r->number).bind(2, routingNumber).bind(3, bankAccount);
        if (!st.step())
            throw CommandRefused(Msg::ReturnedNoSuchCheck,
                                 {{"receipt", r->number}, {"routing", routingNumber}, {"account", bankAccount}});
        checkCents = st.columnInt(0);
    }
    {
        auto st = m_ctx.db().prepare("SELECT 1 FROM returned_checks WHERE receipt = ? AND routing = ? AND account = ?");
        st.bind(1, r->number).bind(2, routingNumber).bind(3, bankAccount);
        if (st.step())
            throw CommandRefused(Msg::ReturnedAlready, {{"receipt", r->number}});
    }
    // The customer owes the check's whole face amount back, whatever happened to the payment since. The payment's
    // lines still standing are reversed for it, last line first (credits and fees, then bills); what a refund or an
    // earlier return already took back (the customer has that money) is billed as a returned-check bill instead.
    Money face = Money::fromCents(checkCents);
    Money left = Money::fromCents(std::min(checkCents, (r->total - r->refunded).cents()));
    Money total;
    json lines = json::array();
    std::string customer;
    auto st = m_ctx.db().prepare("SELECT line, amount_cents - reversed_cents, account FROM payment_lines WHERE receipt = ? "
                            "ORDER BY line DESC");
    st.bind(1, r->number);
    while (st.step()) {
        if (customer.empty() || !st.columnText(2).empty())
            customer = st.columnText(2).empty() ? customer : st.columnText(2);
        Money available = Money::fromCents(st.columnInt(1));
        if (!left.isPositive() || !available.isPositive())
            continue;
        Money take = available < left ? available : left;
        lines.push_back({{"line", st.columnInt(0)}, {"amount", take.cents()}});
        left -= take;
        total += take;
    }
    Money fee = m_ctx.settings().moneySetting("checks.returned_fee");
    std::int64_t returnsOnReceipt = 0;
    {
        auto count = m_ctx.db().prepare("SELECT COUNT(*) FROM returned_checks WHERE receipt = ?");
        count.bind(1, r->number);
        count.step();
        returnsOnReceipt = count.columnInt(0);
    }
    std::int64_t yearAgo = m_ctx.clock().nowMs() - 365LL * 24 * 3600 * 1000;
    std::int64_t returnsInYear = 1;
    if (!customer.empty()) {
        auto count = m_ctx.db().prepare("SELECT COUNT(*) FROM returned_checks WHERE customer_account = ? AND time_ms >= ?");
        count.bind(1, customer).bind(2, yearAgo);
        count.step();
        returnsInYear += count.columnInt(0);
    }
    bool cashOnly = !customer.empty() && returnsInYear >= m_ctx.settings().setting("checks.cash_only_after_returns");
    Money billed = face - total;
    std::string suffix = returnsOnReceipt ? "-" + std::to_string(returnsOnReceipt + 1) : "";
    json body = {{"receipt", r->number},
                 {"lines", lines},
                 {"total", total.cents()},
                 {"method", "returned_check"},
                 {"routing", std::string(routingNumber)},
                 {"account", std::string(bankAccount)},
                 {"reason_code", std::string(reasonCode)},
                 {"reason", reasonText},
                 {"customer_account", customer},
                 {"face", face.cents()},
                 {"billed", billed.cents()},
                 {"billed_bill", customer.empty() || !billed.isPositive() ? std::string() : "RCK-" + r->number + suffix},
                 {"fee_bill", customer.empty() ? std::string() : "RET-" + r->number + suffix},
                 {"fee", customer.empty() ? 0 : fee.cents()},
                 {"cash_only", cashOnly}};
    return m_ctx.commit("check.returned", actor, body);
}

} // namespace tillbook::station
