// Station: mail payment batches. Keyed against the envelope tallies, closed only in balance, posted in one transaction.
#include "core/ids.h"
#include "core/scan_line.h"
#include "core/text.h"
#include "station/message_json.h"
#include "station/projector.h"
#include "station/services.h"

#include <algorithm>

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

namespace {

constexpr std::int64_t kMaxBatchItems = 500;

[[noreturn]] void notKeyed(const Message& why)
{
    throw CommandRefused(Msg::RemittanceNotRecorded, {{"reason", why}});
}

[[noreturn]] void notKeyed(Msg why, std::vector<MessageArg> args = {})
{
    notKeyed(Message(why, std::move(args)));
}

// A core parser's own sentence (stub scan line, MICR line), with its position in the line.
[[noreturn]] void notKeyedBecause(const std::string& sentence)
{
    notKeyed(Message(Msg::ParserDetail, {{"detail", sentence}}));
}

// Whether a verification was of a money order (else a check): how the item is tendered and listed.
bool verifiedAsMoneyOrder(ledger::Db& db, const std::string& verification)
{
    auto st = db.prepare("SELECT instrument FROM check_verifications WHERE id = ?");
    st.bind(1, verification);
    std::string instrument = st.step() ? st.columnText(0) : std::string();
    return instrument == "money_order" || instrument == "postal_money_order";
}

// The reason inside a payment's refusal: the batch says itself what was not done, so "Payment not recorded: " goes.
Message paymentRefusalReason(const Message& refusal)
{
    const auto& args = refusal.args();
    if (refusal.id() == Msg::PaymentNotRecorded && args.size() == 1 && args[0].type == MessageArg::Type::Nested)
        return *args[0].nested;
    return refusal;
}

} // namespace

MailBatch BatchService::openBatch(const MailBatchRequest& r)
{
    if (r.controlCount < 1 || r.controlCount > kMaxBatchItems)
        throw CommandRefused(Msg::BatchControlCount, {MessageArg::number("max", kMaxBatchItems)});
    const Money maxTotal = Money::fromCents(100'000'000);
    if (!r.controlTotal.isPositive() || r.controlTotal > maxTotal)
        throw CommandRefused(Msg::BatchControlTotal, {{"limit", maxTotal}});
    std::string note = requireOneLine(r.note, Msg::FieldBatchNote, 80, true);
    auto counter = m_ctx.db().prepare("SELECT COALESCE((SELECT value FROM counters WHERE series = 'batch'), 0)");
    counter.step();
    std::int64_t number = counter.columnInt(0) + 1;
    std::string id = stationScopedId(m_ctx.stationId(), "M", static_cast<std::uint64_t>(number));
    json body = {{"id", id},
                 {"batch_number", number},
                 {"control_count", r.controlCount},
                 {"control_total", r.controlTotal.cents()},
                 {"note", note},
                 {"day", m_ctx.today()}};
    m_ctx.commit("batch.opened", r.operatorId, body);
    return *batch(id);
}

BatchItem BatchService::keyRemittance(std::string_view operatorId, std::string_view batchId, const RemittanceInput& input)
{
    auto b = batch(batchId);
    if (!b)
        notKeyed(Msg::RemittanceBatchUnknown, {{"batch", quoteForMessage(batchId)}});
    if (b->status != "open")
        notKeyed(Msg::RemittanceBatchClosed, {{"batch", b->id}});
    if (b->operatorId != operatorId)
        notKeyed(Msg::RemittanceBatchOfOther, {{"batch", b->id}, {"operator", b->operatorId}});
    if (b->keyedCount >= kMaxBatchItems)
        notKeyed(Msg::RemittanceBatchFull, {MessageArg::number("max", kMaxBatchItems)});
    std::string number = input.account;
    std::string scanDigits;
    if (!input.scanLine.empty()) {
        StubScanParse scan = parseStubScanLine(input.scanLine);
        if (!scan.scan)
            notKeyedBecause(scan.error);
        if (!number.empty() && number != scan.scan->account)
            notKeyed(Msg::RemittanceAccountMismatch, {{"typed", number}, {"stub", scan.scan->account}});
        number = scan.scan->account;
        for (char c : input.scanLine) {
            if (c >= '0' && c <= '9')
                scanDigits.push_back(c);
        }
    }
    if (number.empty())
        notKeyed(Msg::RemittanceAccountNeeded);
    auto detail = m_station.accounts().account(number);
    if (!detail)
        notKeyed(Msg::PaymentAccountUnknown, {{"account", quoteForMessage(number)}});
    const Money maxTender = m_ctx.settings().moneySetting("payment.max_tender");
    if (!input.amount.isPositive() || input.amount > maxTender)
        notKeyed(Msg::RemittanceAmount, {{"limit", maxTender}});
    MicrParse micr = parseMicr(input.micr, input.micrSymbols);
    if (!micr.fields)
        notKeyedBecause(micr.error);
    {
        auto same = m_ctx.db().prepare("SELECT n FROM batch_items WHERE batch = ? AND routing = ? AND bank_account = ? "
                                  "AND serial = ? AND serial <> '' AND status <> 'removed'");
        same.bind(1, b->id).bind(2, micr.fields->routing).bind(3, micr.fields->account).bind(4, micr.fields->serial);
        if (same.step())
            notKeyed(Msg::RemittanceDuplicate, {MessageArg::number("item", same.columnInt(0))});
    }

    BatchItem item;
    item.n = static_cast<std::int64_t>(b->items.size()) + 1;
    item.account = number;
    item.amount = input.amount;
    item.serial = micr.fields->serial;
    m_ctx.inTransaction([&] {
        CheckInput check;
        check.micr = input.micr;
        check.amount = input.amount;
        check.date = input.checkDate;
        check.customerAccount = number;
        check.micrSource = input.micrSource;
        check.micrSymbols = input.micrSymbols;
        // No amount due: an overpayment by mail becomes a credit on the account, never cash back.
        CheckVerification v = m_station.checks().verifyCheck(operatorId, check);
        item.verification = v.id;
        if (v.decision.kind != CheckDecisionKind::Accept) {
            for (const auto& reason : v.decision.reasons)
                item.reasons.push_back(reason.message);
        }
        // With nobody at the window, an account that cannot take this check also sends it back by mail.
        if (detail->summary.status == "closed")
            item.reasons.emplace_back(Msg::RemittanceAccountClosed, std::vector<MessageArg>{{"account", number}});
        else if (detail->summary.status == "cash_only"
                 && std::none_of(v.decision.reasons.begin(), v.decision.reasons.end(),
                                 [](const CheckReason& r) { return r.code == "cash_only"; }))
            item.reasons.emplace_back(Msg::RemittanceAccountCashOnly, std::vector<MessageArg>{{"account", number}});
        item.status = item.reasons.empty() ? "accepted" : "exception";
        json reasonMessages = json::array();
        for (const auto& reason : item.reasons) {
            item.reason += (item.reason.empty() ? "" : " ") + reason.english();
            reasonMessages.push_back(messageJson(reason));
        }
        json body = {{"batch", b->id},
                     {"item", item.n},
                     {"account", number},
                     {"amount", input.amount.cents()},
                     {"scan_line", scanDigits},
                     {"verification", v.id},
                     {"routing", micr.fields->routing},
                     {"bank_account", micr.fields->account},
                     {"serial", micr.fields->serial},
                     {"status", item.status},
                     {"reason", item.reason}};
        if (!item.reasons.empty())
            body["reason_messages"] = reasonMessages; // the reasons as codes, for a reader in another language
        m_ctx.commit("batch.item_keyed", operatorId, body);
    });
    return item;
}

Record BatchService::removeRemittance(std::string_view operatorId, std::string_view batchId, std::int64_t n,
                                 std::string_view reason)
{
    auto b = batch(batchId);
    if (!b)
        throw CommandRefused(Msg::BatchUnknown, {{"batch", quoteForMessage(batchId)}});
    if (b->status != "open")
        throw CommandRefused(Msg::BatchPosted, {{"batch", b->id}});
    if (b->operatorId != operatorId)
        throw CommandRefused(Msg::BatchKeyedByOther, {{"batch", b->id}, {"operator", b->operatorId}});
    if (n < 1 || n > static_cast<std::int64_t>(b->items.size()) || b->items[static_cast<std::size_t>(n - 1)].status == "removed")
        throw CommandRefused(Msg::BatchNoItem, {{"batch", b->id}, MessageArg::number("item", n)});
    std::string why = requireOneLine(reason, Msg::FieldReason, 120, false);
    return m_ctx.commit("batch.item_removed", operatorId, {{"batch", b->id}, {"item", n}, {"reason", why}});
}

MailBatch BatchService::closeBatch(std::string_view operatorId, std::string_view batchId)
{
    auto b = batch(batchId);
    if (!b)
        throw CommandRefused(Msg::BatchUnknown, {{"batch", quoteForMessage(batchId)}});
    if (b->status != "open")
        throw CommandRefused(Msg::BatchAlreadyClosed, {{"batch", b->id}});
    if (b->operatorId != operatorId)
        throw CommandRefused(Msg::BatchClosedByKeyer, {{"operator", b->operatorId}, {"batch", b->id}});
    if (!b->balanced()) {
        throw CommandRefused(Msg::BatchOutOfBalance,
                             {MessageArg::number("keyed_count", b->keyedCount), {"keyed_total", b->keyedTotal},
                              MessageArg::number("control_count", b->controlCount), {"control_total", b->controlTotal}});
    }
    m_ctx.inTransaction([&] {
        json posted = json::array();
        for (const BatchItem& item : b->items) {
            if (item.status != "accepted")
                continue;
            bool moneyOrder = verifiedAsMoneyOrder(m_ctx.db(), item.verification);
            PaymentRequest request;
            request.operatorId = std::string(operatorId);
            request.requestId = b->id + "-" + std::to_string(item.n);
            request.accountAmounts.emplace_back(item.account, item.amount);
            request.tenders.push_back(
                TenderInput{moneyOrder ? TenderKind::MoneyOrder : TenderKind::Check, item.amount, item.verification});
            try {
                PaymentOutcome outcome = m_station.payments().recordPayment(request, nullptr, b->id);
                posted.push_back({{"item", item.n}, {"receipt", outcome.receipt}});
            } catch (const CommandRefused& e) {
                throw CommandRefused(Msg::BatchItemRefused, {MessageArg::number("item", item.n), {"account", item.account},
                                                             {"reason", paymentRefusalReason(e.message())}});
            }
        }
        json body = {{"batch", b->id},
                     {"keyed_count", b->keyedCount},
                     {"keyed_total", b->keyedTotal.cents()},
                     {"exception_count", b->exceptionCount},
                     {"exception_total", b->exceptionTotal.cents()},
                     {"deposit_total", b->depositTotal.cents()},
                     {"posted", posted}};
        m_ctx.commit("batch.closed", operatorId, body);
    });
    return *batch(batchId);
}

namespace {

MailBatch batchFromRow(const ledger::Statement& st)
{
    MailBatch b;
    b.id = st.columnText(0);
    b.operatorId = st.columnText(1);
    b.note = st.columnText(2);
    b.status = st.columnText(3);
    b.day = st.columnText(4);
    b.controlCount = st.columnInt(5);
    b.controlTotal = Money::fromCents(st.columnInt(6));
    b.keyedCount = st.columnInt(7);
    b.keyedTotal = Money::fromCents(st.columnInt(8));
    b.exceptionCount = st.columnInt(9);
    b.exceptionTotal = Money::fromCents(st.columnInt(10));
    b.depositTotal = b.keyedTotal - b.exceptionTotal;
    return b;
}

constexpr const char* kBatchSelect =
    "SELECT b.id, b.operator, b.note, b.status, b.day, b.control_count, b.control_cents, "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch = b.id AND i.status <> 'removed'), "
    "(SELECT COALESCE(SUM(amount_cents), 0) FROM batch_items i WHERE i.batch = b.id AND i.status <> 'removed'), "
    "(SELECT COUNT(*) FROM batch_items i WHERE i.batch = b.id AND i.status = 'exception'), "
    "(SELECT COALESCE(SUM(amount_cents), 0) FROM batch_items i WHERE i.batch = b.id AND i.status = 'exception') "
    "FROM mail_batches b ";

} // namespace

std::optional<MailBatch> BatchService::batch(std::string_view id) const
{
    auto st = m_ctx.db().prepare(std::string(kBatchSelect) + "WHERE b.id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    MailBatch b = batchFromRow(st);
    auto items = m_ctx.db().prepare("SELECT i.n, i.account, i.amount_cents, i.verification, i.serial, i.status, i.reason, "
                               "i.receipt, COALESCE(a.name, ''), i.reason_messages FROM batch_items i LEFT JOIN accounts a "
                               "ON a.number = i.account WHERE i.batch = ? ORDER BY i.n");
    items.bind(1, b.id);
    while (items.step()) {
        b.items.push_back(BatchItem{items.columnInt(0), items.columnText(1), Money::fromCents(items.columnInt(2)),
                                    items.columnText(3), items.columnText(4), items.columnText(5), items.columnText(6),
                                    items.columnText(7), items.columnText(8), {}});
        const json kept = json::parse(items.columnText(9), nullptr, false);
        if (kept.is_array()) {
            for (const auto& m : kept) {
                if (auto reason = messageFromJson(m))
                    b.items.back().reasons.push_back(*reason);
            }
            // All or nothing: reasons this build cannot read are shown as the English they were kept with.
            if (b.items.back().reasons.size() != kept.size())
                b.items.back().reasons.clear();
        }
    }
    return b;
}

std::vector<MailBatch> BatchService::list(std::string_view status) const
{
    auto st = m_ctx.db().prepare(std::string(kBatchSelect) + "WHERE b.status = ? OR ? = 0 ORDER BY b.opened_seq DESC");
    st.bind(1, std::string(status)).bind(2, static_cast<std::int64_t>(status.size()));
    std::vector<MailBatch> out;
    while (st.step())
        out.push_back(batchFromRow(st));
    return out;
}

printing::TabularReportDocument BatchService::batchDocument(std::string_view id)
{
    auto b = batch(id);
    if (!b)
        throw CommandRefused(Msg::BatchUnknown, {{"batch", quoteForMessage(id)}});
    auto op = m_station.operators().findOperator(b->operatorId);
    printing::TabularReportDocument doc;
    doc.letterhead = m_station.documents().letterhead();
    doc.title = "Mail batch " + b->id;
    doc.printed = m_ctx.printedTime(m_ctx.clock().nowMs());
    doc.sections.push_back({"Batch",
                            {{"Keyed by", op ? op->name : b->operatorId},
                             {"Day", b->day},
                             {"Note", b->note},
                             {"Status", b->status},
                             {"Control", std::to_string(b->controlCount) + " for " + formatMoney(b->controlTotal)},
                             {"Keyed", std::to_string(b->keyedCount) + " for " + formatMoney(b->keyedTotal)},
                             {"Difference", formatMoney(b->keyedTotal - b->controlTotal)},
                             {"Deposit (accepted checks)", formatMoney(b->depositTotal)}}});
    printing::TabularReportDocument::Section items{"Remittances", {}};
    printing::TabularReportDocument::Section exceptions{"Exceptions: return to the customer by mail", {}};
    printing::TabularReportDocument::Section removed{"Removed while keying (not in the totals)", {}};
    for (const auto& item : b->items) {
        std::string label = std::to_string(item.n) + ". " + item.account + " check " + item.serial;
        if (item.status == "accepted")
            items.rows.emplace_back(label + (item.receipt.empty() ? "" : " " + item.receipt), formatMoney(item.amount));
        else if (item.status == "exception")
            exceptions.rows.emplace_back(label + ": " + item.reason, formatMoney(item.amount));
        else
            removed.rows.emplace_back(label + ": " + item.reason, formatMoney(item.amount));
    }
    if (items.rows.empty())
        items.rows.emplace_back("(none)", "");
    if (exceptions.rows.empty())
        exceptions.rows.emplace_back("(none)", "");
    doc.sections.push_back(std::move(items));
    doc.sections.push_back(std::move(exceptions));
    if (!removed.rows.empty())
        doc.sections.push_back(std::move(removed));
    return doc;
}

printing::DepositSlipDocument BatchService::batchDepositSlipDocument(std::string_view id)
{
    auto b = batch(id);
    if (!b)
        throw CommandRefused(Msg::BatchUnknown, {{"batch", quoteForMessage(id)}});
    if (b->status != "closed")
        throw CommandRefused(Msg::BatchOpenNoDeposit, {{"batch", b->id}});
    printing::DepositSlipDocument slip;
    slip.letterhead = m_station.documents().letterhead();
    slip.bankName = m_ctx.settings().textSetting("deposit.bank_name");
    slip.bankAccount = m_ctx.settings().textSetting("deposit.bank_account");
    slip.drawer = b->id;
    slip.source = "Mail batch";
    slip.station = m_ctx.stationId();
    auto op = m_station.operators().findOperator(b->operatorId);
    slip.preparedBy = op ? op->name : b->operatorId;
    slip.date = b->day;
    for (const auto& item : b->items) {
        if (item.status != "accepted")
            continue;
        bool moneyOrder = verifiedAsMoneyOrder(m_ctx.db(), item.verification);
        slip.items.push_back({moneyOrder ? "Money order" : "Check", item.serial, item.receipt, item.amount});
        slip.itemsTotal += item.amount;
    }
    slip.total = slip.itemsTotal;
    return slip;
}

} // namespace tillbook::station
