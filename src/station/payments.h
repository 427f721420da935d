// Payments: one receipt, one record; receipts, voids, refunds and the posting export.
#pragma once

#include "core/card.h"
#include "core/convenience_fee.h"
#include "core/payment.h"
#include "station/common.h"
#include "station/service.h"
#include "station/checks.h"
#include "station/drawers.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// A payment line's `fee` for a card convenience fee (catalog codes are upper case, so it can never be one).
inline constexpr std::string_view kConvenienceFeeCode = "convenience";

struct TenderInput {
    TenderKind kind = TenderKind::Cash;
    Money amount; // a card: the part of the payment it pays; the terminal charges it plus its convenience fee
    std::string reference; // check or money order: its verification id; a card: filled from card.approval
    CardDetails card = {}; // a card tender: what the terminal approved (never the card number)
};

struct PaymentRequest {
    std::string operatorId;
    std::string requestId; // the screen's token for this payment: "complete" twice records one payment
    std::vector<Allocation> billAmounts; // chosen amounts per bill; an empty billId puts the amount on credit
    std::vector<std::pair<std::string, Money>> accountAmounts; // applied oldest due first on the account
    std::vector<std::pair<std::string, int>> fees; // catalog code and quantity
    std::vector<TenderInput> tenders;
    // takePaymentWithItems: by tender index, the check or money order to verify as the payment is taken (its
    // verification becomes the tender's reference). The station fills in the account and what is still due.
    std::map<std::size_t, CheckInput> items;
};

// What a payment comes to before it is recorded: the counter shows it, and tillctl pay --quote prints it.
struct PaymentQuote {
    Money lines; // bills, catalog fees and credits chosen
    std::vector<FundAmount> convenienceFees; // the card convenience fee lines, one per fund
    Money convenienceFee; // their sum
    Money due; // lines + convenienceFee
    std::vector<Money> charged; // per tender: its amount, a card's with its own convenience fee on top
    Money tendered; // their sum
};

struct PaymentOutcome {
    std::string receipt;
    std::uint64_t seq = 0;
    Settlement settlement;
    bool duplicate = false; // the request was recorded before; nothing new was written
};

struct ReceiptInfo {
    std::string number;
    std::uint64_t seq = 0;
    std::int64_t timeMs = 0;
    std::string operatorId;
    Money total;
    Money tendered;
    Money change;
    std::string status;
    Money refunded;
    Money convenienceFee; // card convenience fees in the total: a void returns them, a refund never does
    // What a refund may still give back: nothing once voided, and never the card convenience fee.
    Money refundable() const { return status == "voided" ? Money() : total - convenienceFee - refunded; }
};

class PaymentService : public StationService {
public:
    using StationService::StationService;

    // Payments: one receipt, one record. Refusals throw CommandRefused ("Payment not recorded: ...").
    PaymentOutcome takePayment(const PaymentRequest& request);
    // The request's lines, its card convenience fees and what each tender comes to, as takePayment would record them;
    // writes nothing. Refuses (CommandRefused) what takePayment refuses about the lines; tenders are not checked.
    PaymentQuote quote(const PaymentRequest& request) const;
    // The bills a payment on the account pays when none is chosen, as the counter fills its cart: every open bill in
    // full, oldest due first. Refuses an unknown or closed account.
    std::vector<Allocation> defaultBills(std::string_view account) const;
    // tillctl pay: verifies each tender that carries an item, in the order handed over (its amount due is what the
    // tenders before it leave), has `supervisorId` override an item that needs it, and takes the payment, all in one
    // transaction: a declined item, one needing a supervisor when none is named, or any refusal of the payment records
    // nothing. The supervisor's PIN is checked first, as an approval at the counter is (a wrong one is recorded).
    PaymentOutcome takePaymentWithItems(PaymentRequest request, std::string_view supervisorId = {},
                                        std::string_view pin = {});
    std::optional<ReceiptInfo> receipt(std::string_view number) const;
    std::optional<std::string> receiptForRequest(std::string_view requestId) const; // the screen's token, once recorded
    // The counter asks before it lists a card tender, so a full card number is never kept even in the payment on the
    // screen: nullopt when the details are usable, else the refusal ("Card tender not added: ..."). Writes nothing.
    std::optional<Message> cardTenderProblem(const CardDetails& card) const;
    ApprovalRequest voidRequest(std::string_view operatorId, std::string_view receipt);
    ApprovalRequest refundRequest(std::string_view operatorId, std::string_view receipt, Money amount,
                                  std::string_view method);
    ledger::Record voidPayment(std::string_view operatorId, std::string_view receipt, std::string_view approvalId);
    // method: cash (from the refunding cashier's drawer), check_request (the finance office), or card (back to the
    // card the payment was charged to, naming its approval; only up to what was charged to cards).
    ledger::Record refundPayment(std::string_view operatorId, std::string_view receipt, Money amount,
                                 std::string_view method, std::string_view approvalId);
    // The day's postings for the billing system, as CSV; the total ties out to the ledger.
    std::string exportPostings(std::string_view day) const;

    // For the other services of this station:
    nlohmann::json cardApprovals(std::string_view receipt) const;
    Money cardCharged(std::string_view receipt) const;
    // The payment itself, into an open drawer or, with batchId, posted from a closed mail batch (no drawer).
    PaymentOutcome recordPayment(const PaymentRequest& request, const DrawerInfo* drawer, std::string_view batchId);

private:
    struct Lines;
    Lines chosenLines(const PaymentRequest& request) const; // bills, catalog fees and credits, checked
    CardFees convenienceFees(const Lines& lines, const PaymentRequest& request) const;
};

struct ReceiptCheck {
    bool ok = false;
    std::string message; // one sentence either way
};
// Checks a receipt's QR payload against the ledger (read-only): the record exists, is a payment, its hash is the
// payload's and recomputes, and the signature verifies with the key the ledger introduced for it. `scanned` is the
// payload or a web address carrying it as its code parameter (receipt.verify_url).
ReceiptCheck verifyReceiptPayload(const DataPaths& paths, std::string_view scanned);
std::string receiptPayload(const ledger::Record& record);

} // namespace tillbook::station
