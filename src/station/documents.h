// Documents for paper: receipts, drawer reports, deposit slips, refund-check requests; printing them.
#pragma once

#include "printing/documents.h"
#include "printing/layout.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


enum class DocumentKind : std::uint8_t {
    Receipt,
    XReport,
    ZReport,
    DepositSlip,
    RefundCheckRequest,
    PromissoryNote,
    ServiceOrder, // id: the order
    MailBatch, // id: the batch (its proof list with the exceptions)
    BatchDepositSlip, // id: a closed batch
    ActivityReport, // id: "FROM..TO", days YYYY-MM-DD
    BankDeposit, // id: the deposit (deposit.prepared)
};

struct DocumentRequest {
    DocumentKind kind = DocumentKind::Receipt;
    std::string id; // receipt number, drawer id, or the refund record's seq
    bool reprint = false; // receipts
    std::string approvedBy; // X report: the supervisor who approved the viewing
};

struct Printout {
    std::filesystem::path path; // the PDF kept under printouts/
    std::size_t bytes = 0;
    bool sent = false; // accepted by the CUPS queue
    std::optional<Message> message; // one sentence for the cashier
};

class DocumentService : public StationService {
public:
    using StationService::StationService;

    // The receipt as a printable document, with its verifiable QR payload.
    printing::ReceiptDocument receiptDocument(std::string_view number, bool reprint);
    // Documents for paper: the layout a printer renders (tillctl print, the counter's Print buttons).
    printing::Letterhead letterhead();
    // The thanks, contact and verification lines of a receipt (note = false) or a promissory note, from the receipt.*
    // settings, else in the customer's language.
    printing::CustomerFooter customerFooter(printing::Language language, bool note);
    // What a receipt's or note's QR code holds: the proof, or with receipt.verify_url set that page's address with
    // the proof percent-encoded as its code parameter (verifyReceiptPayload takes either).
    std::string verificationCode(const std::string& payload);
    printing::DrawerReportDocument drawerReportDocument(std::string_view drawerId, bool z, std::string_view approvedBy = {});
    printing::DepositSlipDocument depositSlipDocument(std::string_view drawerId);
    // From a payment.refunded record paid by a refund-check request.
    printing::RefundCheckRequestDocument refundCheckRequestDocument(std::uint64_t seq);
    printing::Layout documentLayout(const DocumentRequest& request);
    // Renders the document on the printing.paper setting, keeps the PDF under printouts/ and, when printing.cups_queue
    // is set, sends it there. Rendering problems throw; a queue that refuses the job is reported in the answer.
    Printout print(const DocumentRequest& request);
};

} // namespace tillbook::station
