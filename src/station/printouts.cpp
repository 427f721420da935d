// Station: drawer reports, deposit slips and refund-check requests as documents, and printing any document (PDF kept
// under the data directory, sent to CUPS when a queue is set).
#include "ledger/hash.h"
#include "ledger/store.h"
#include "printing/cups.h"
#include "printing/pdf.h"
#include "station/office_feed.h"
#include "station/projector.h"
#include "station/services.h"

#include <algorithm>
#include <charconv>

namespace tillbook::station {

using nlohmann::json;

namespace {

std::vector<printing::DepositItem> depositItems(const std::vector<DrawerItem>& items)
{
    std::vector<printing::DepositItem> out;
    for (const auto& item : items)
        out.push_back({item.kind == TenderKind::Check ? "Check" : "Money order", item.reference, item.receipt, item.amount});
    return out;
}

std::string fileSafe(std::string_view id)
{
    std::string out(id);
    for (char& c : out) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            c = '_';
    }
    return out;
}

} // namespace

printing::Letterhead DocumentService::letterhead()
{
    return {m_ctx.settings().textSetting("organization.name"), m_ctx.settings().textSetting("organization.address"), m_ctx.settings().textSetting("organization.phone")};
}

printing::DrawerReportDocument DocumentService::drawerReportDocument(std::string_view drawerId, bool z, std::string_view approvedBy)
{
    DrawerReport r = m_station.drawers().drawerReport(drawerId);
    if (z && r.info.status != "closed")
        throw CommandRefused(Msg::ZReportDrawerOpen, {{"drawer", r.info.id}});
    printing::DrawerReportDocument doc;
    doc.letterhead = letterhead();
    doc.z = z;
    doc.drawer = r.info.id;
    doc.station = m_ctx.stationId();
    auto op = m_station.operators().findOperator(r.info.operatorId);
    doc.cashier = op ? op->name : r.info.operatorId;
    doc.businessDay = m_ctx.businessDay(r.info.openedMs);
    doc.opened = m_ctx.printedTime(r.info.openedMs);
    doc.closed = r.info.closedMs > 0 ? m_ctx.printedTime(r.info.closedMs) : std::string();
    doc.printed = m_ctx.printedTime(m_ctx.clock().nowMs());
    if (!approvedBy.empty()) {
        auto supervisor = m_station.operators().findOperator(approvedBy);
        doc.approvedBy = supervisor ? supervisor->name : std::string(approvedBy);
    }
    doc.totals = r.info.totals;
    doc.expectedCash = r.info.expectedCash;
    doc.payments = r.info.payments;
    doc.voids = r.info.voids;
    doc.refunds = r.info.refunds;
    doc.noSales = r.info.noSales;
    doc.drops = r.info.drops;
    doc.movements = r.movements;
    doc.items = depositItems(r.items);
    if (z && r.count) {
        printing::ClosingCount c;
        c.cash = r.count->countedCash;
        c.checks = r.count->countedChecks;
        c.moneyOrders = r.count->countedMoneyOrders;
        c.cardBatch = r.count->cardBatch;
        c.overShort = r.count->overShort;
        if (!r.approver.empty()) {
            auto supervisor = m_station.operators().findOperator(r.approver);
            c.approver = supervisor ? supervisor->name : r.approver;
        }
        c.reason = r.reason;
        doc.closing = c;
    }
    if (z) {
        doc.checkpointNote = r.checkpointNote;
        if (auto cosigned = latestCosignature(m_ctx.db()))
            doc.officeCheckpointNote = cosigned->second;
    }
    return doc;
}

printing::DepositSlipDocument DocumentService::depositSlipDocument(std::string_view drawerId)
{
    DrawerReport r = m_station.drawers().drawerReport(drawerId);
    if (r.info.status != "closed" || !r.count || !r.cashByDenomination)
        throw CommandRefused(Msg::DepositDrawerOpen, {{"drawer", r.info.id}});
    printing::DepositSlipDocument slip;
    slip.letterhead = letterhead();
    slip.bankName = m_ctx.settings().textSetting("deposit.bank_name");
    slip.bankAccount = m_ctx.settings().textSetting("deposit.bank_account");
    slip.drawer = r.info.id;
    slip.station = m_ctx.stationId();
    auto op = m_station.operators().findOperator(r.info.operatorId);
    slip.preparedBy = op ? op->name : r.info.operatorId;
    slip.date = m_ctx.businessDay(r.info.closedMs);
    // The drops went to the safe and belong in the deposit; the float stays for the next day, not in the bank.
    slip.cash = *r.cashByDenomination;
    addCount(slip.cash, r.dropped);
    slip.cashOnHand = r.count->countedCash + r.info.totals.drops + r.info.totals.pickups;
    slip.floatKept = std::min(r.info.totals.openingFloat, slip.cashOnHand);
    slip.cashTotal = slip.cashOnHand - slip.floatKept;
    slip.items = depositItems(r.items);
    for (const auto& item : slip.items)
        slip.itemsTotal += item.amount;
    slip.total = slip.cashTotal + slip.itemsTotal;
    return slip;
}

printing::RefundCheckRequestDocument DocumentService::refundCheckRequestDocument(std::uint64_t seq)
{
    auto record = m_ctx.store().at(seq);
    if (!record || record->kind != "payment.refunded")
        throw CommandRefused(Msg::RecordNotRefund, {MessageArg::number("seq", static_cast<std::int64_t>(seq))});
    json body = json::parse(record->body);
    if (body["method"] != "check_request")
        throw CommandRefused(Msg::RefundPaidInCash, {MessageArg::number("seq", static_cast<std::int64_t>(seq))});
    printing::RefundCheckRequestDocument doc;
    doc.letterhead = letterhead();
    doc.requestNumber = m_ctx.stationId() + "-RF" + std::to_string(seq);
    doc.dateTime = m_ctx.printedTime(record->timeMs);
    doc.station = m_ctx.stationId();
    doc.receipt = body["receipt"].get<std::string>();
    doc.amount = Money::fromCents(body["total"].get<std::int64_t>());
    auto requester = m_station.operators().findOperator(record->operatorId);
    doc.requestedBy = requester ? requester->name : record->operatorId;
    auto approver = m_station.operators().findOperator(record->approver);
    doc.approvedBy = approver ? approver->name : record->approver;
    auto st = m_ctx.db().prepare("SELECT DISTINCT account FROM payment_lines WHERE receipt = ? AND account <> '' "
                            "ORDER BY line");
    st.bind(1, doc.receipt);
    while (st.step())
        doc.accounts.push_back(st.columnText(0));
    // The payee is the account holder; a walk-up payment with no account is paid to whoever the office decides.
    if (!doc.accounts.empty()) {
        if (auto detail = m_station.accounts().account(doc.accounts.front())) {
            doc.payee = detail->summary.name;
            doc.mailingAddress = detail->mailingAddress.empty() ? detail->summary.serviceAddress : detail->mailingAddress;
        }
    }
    if (doc.payee.empty())
        doc.payee = "(the payer of receipt " + doc.receipt + ")";
    doc.seq = record->seq;
    return doc;
}

printing::Layout DocumentService::documentLayout(const DocumentRequest& request)
{
    switch (request.kind) {
    case DocumentKind::Receipt:
        return printing::receiptLayout(receiptDocument(request.id, request.reprint));
    case DocumentKind::XReport:
        return printing::drawerReportLayout(drawerReportDocument(request.id, false, request.approvedBy));
    case DocumentKind::ZReport:
        return printing::drawerReportLayout(drawerReportDocument(request.id, true));
    case DocumentKind::DepositSlip:
        return printing::depositSlipLayout(depositSlipDocument(request.id));
    case DocumentKind::RefundCheckRequest: {
        std::uint64_t seq = 0;
        auto [end, ec] = std::from_chars(request.id.data(), request.id.data() + request.id.size(), seq);
        if (ec != std::errc() || end != request.id.data() + request.id.size())
            throw CommandRefused(Msg::RefundRequestName, {{"id", request.id}});
        return printing::refundCheckRequestLayout(refundCheckRequestDocument(seq));
    }
    case DocumentKind::PromissoryNote:
        return printing::promissoryNoteLayout(m_station.arrangements().promissoryNoteDocument(request.id));
    case DocumentKind::ServiceOrder:
        return printing::tabularReportLayout(m_station.orders().serviceOrderDocument(request.id));
    case DocumentKind::MailBatch:
        return printing::tabularReportLayout(m_station.batches().batchDocument(request.id));
    case DocumentKind::BatchDepositSlip:
        return printing::depositSlipLayout(m_station.batches().batchDepositSlipDocument(request.id));
    case DocumentKind::BankDeposit:
        return printing::bankDepositLayout(m_station.deposits().depositDocument(request.id));
    case DocumentKind::ActivityReport: {
        auto dots = request.id.find("..");
        if (dots == std::string::npos)
            throw CommandRefused(Msg::ActivityReportName, {{"id", request.id}});
        return printing::tabularReportLayout(
            m_station.reports().activityReportDocument(m_station.reports().activityReport(request.id.substr(0, dots), request.id.substr(dots + 2))));
    }
    }
    throw std::logic_error("unknown document kind");
}

Printout DocumentService::print(const DocumentRequest& request)
{
    printing::Layout layout = documentLayout(request);
    printing::Paper paper = m_ctx.settings().textSetting("printing.paper") == "roll80" ? printing::Paper::Roll80 : printing::Paper::Letter;
    auto pdf = printing::renderPdf(layout, paper);
    // Kept by business day and local time, so every copy that left the counter can be found again.
    const std::int64_t now = m_ctx.clock().nowMs();
    std::filesystem::path dir = m_ctx.paths().printoutsDir / m_ctx.businessDay(now);
    std::filesystem::create_directories(dir);
    std::string time = m_ctx.printedTime(now).substr(11, 5); // HH:MM, and the UTC seconds to tell copies apart
    time += ":" + utcTimestamp(now).substr(17, 2);
    std::replace(time.begin(), time.end(), ':', '-');
    Printout out;
    std::string base = fileSafe(layout.title) + (request.reprint ? "-reprint-" : "-") + time;
    out.path = dir / (base + ".pdf");
    for (int copy = 2; std::filesystem::exists(out.path); ++copy)
        out.path = dir / (base + "-" + std::to_string(copy) + ".pdf");
    writeFileAtomically(out.path, std::string(pdf.begin(), pdf.end()));
    out.bytes = pdf.size();
    std::string queue = m_ctx.settings().textSetting("printing.cups_queue");
    if (queue.empty()) {
        out.message = Message(Msg::PrintoutSaved, {{"title", layout.title}, {"file", out.path.filename().string()}});
        return out;
    }
    auto sent = printing::submitToCups(queue, out.path, layout.title);
    out.sent = sent.ok;
    out.message = sent.ok ? Message(Msg::PrintoutSent, {{"title", layout.title}, {"queue", queue}})
                          : Message(Msg::PrintoutNotPrinted, {{"title", layout.title}, {"reason", sent.message}});
    return out;
}

} // namespace tillbook::station
