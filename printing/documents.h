// What printed documents say, as plain data: the station fills them from the ledger and its projections; the layout
// functions here decide how they read on paper, and the renderers (pdf.h, escpos.h) put them on it.
#pragma once

#include "core/drawer.h"
#include "core/money.h"
#include "printing/layout.h"
#include "printing/wording.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tillbook::printing {

// The organization's name, address and phone at the top of every document (settings organization.*).
struct Letterhead {
    std::string organization;
    std::string address;
    std::string phone;
};

// Who a letter goes to: printed where a #10 window envelope shows it (lines of the address may hold line breaks).
struct Addressee {
    std::string name;
    std::string address;
};

// The lines every customer's paper ends with (settings receipt.*, or the standard wording in the customer's language).
struct CustomerFooter {
    std::string thanks;     // "Thank you for your payment."
    std::string contact;    // "Questions? Call (217) 555-0100."
    std::string verifyText; // under the code: "Scan to check this receipt at pay.springfield.gov"
};

// One account a receipt pays, as the customer knows it.
struct ReceiptCustomer {
    std::string account;
    std::string name;
    std::string serviceAddress;
};

struct ReceiptLine {
    std::string label;  // the bill's description ("Water and sewer, November"), a fee's, "Credit on account"
    std::string detail; // small print under it: "Bill B100115-1, service 2026-10-01 to 2026-10-31"
    std::string account; // the account it was paid on, or ""
    Money amount;
};

struct ReceiptTender {
    std::string label; // "Cash", "Check 1042 (account ****6789)"
    Money amount;
};

struct ReceiptDocument {
    Language language = Language::English; // the customer's; the lines and tenders come already in it
    Letterhead letterhead;
    Addressee mailTo; // the first account's holder; empty for a walk-up payment
    std::string receiptNumber;
    std::string dateTime; // local, with its zone, as printed
    std::string station;
    std::string cashier;
    std::vector<ReceiptCustomer> customers;
    std::vector<ReceiptLine> lines;
    std::vector<ReceiptTender> tenders;
    Money total;
    Money tendered;
    Money change;
    std::vector<std::string> balances; // "Account 100115 now owes $0.00"
    bool checksTaken = false; // prints the returned-check notice
    bool reprint = false;
    bool voided = false;
    CustomerFooter footer;
    std::uint64_t seq = 0; // the ledger record, in small print; its proof is in the code
    std::string qrPayload; // verifiable: station, seq, record hash and signature (inside a URL when one is set)
};

// A check or money order in the drawer, as listed on reports and deposit slips.
struct DepositItem {
    std::string kind; // "Check", "Money order"
    std::string reference; // the check number or money-order serial
    std::string receipt;
    Money amount;
};

struct ClosingCount {
    Money cash;
    Money checks;
    Money moneyOrders;
    Money cardBatch; // the card terminal's batch total keyed at close
    OverShort overShort;
    std::string approver; // when the over/short was beyond the tolerance
    std::string reason;
};

// X (mid-shift, drawer open) and Z (end of shift, drawer closed) reports.
struct DrawerReportDocument {
    Letterhead letterhead;
    bool z = false;
    std::string drawer;
    std::string station;
    std::string cashier;
    std::string businessDay; // the business day the drawer was opened on (YYYY-MM-DD), in the heading when set
    std::string opened; // local times with their zone, as printed
    std::string closed; // Z only
    std::string printed;
    std::string approvedBy; // X: the supervisor who approved showing expected figures
    DrawerTotals totals;
    Money expectedCash;
    std::int64_t payments = 0;
    std::int64_t voids = 0;
    std::int64_t refunds = 0;
    std::int64_t noSales = 0;
    std::int64_t drops = 0;
    std::vector<std::pair<std::string, Money>> movements; // drops, pickups and paid-outs with their reasons
    std::vector<DepositItem> items;
    std::optional<ClosingCount> closing; // Z only
    std::string checkpointNote; // Z: the signed checkpoint after the close, printed as a QR code
    // Z: the latest of the station's checkpoints its office cosigned (the station's note with the office's line), as
    // the station held it when the report was printed; "" for a station without an office or before its first sync.
    std::string officeCheckpointNote;
};

// What goes to the bank from a closed drawer: the counted currency by denomination, the checks and money orders.
struct DepositSlipDocument {
    Letterhead letterhead;
    std::string bankName;
    std::string bankAccount;
    std::string drawer; // the drawer's id, or the mail batch's
    std::string source = "Drawer"; // "Drawer", or "Mail batch" for a batch's checks
    std::string station;
    std::string preparedBy;
    std::string date;
    CashCount cash; // counted at the close and dropped to the safe
    std::vector<DepositItem> items;
    Money cashOnHand; // the same, as one amount
    Money floatKept; // the drawer's opening float, kept back for the next day
    Money cashTotal; // cashOnHand - floatKept
    Money itemsTotal;
    Money total;
};

// A bank deposit of a day's drawers, mail batches and safe drops (deposit.prepared): what the bank needs, and one block
// showing how the cash equals the drawers' own figures.
struct BankDepositItem {
    std::string kind; // "Check", "Money order"
    std::string routing;
    std::string account; // masked
    std::string serial;
    std::string maker; // "" when not known
    Money amount;
};

struct BankDepositDocument {
    Letterhead letterhead;
    std::string depositId;
    std::string day;
    std::string bag;
    std::string seal;
    std::string station;
    std::string preparedBy;
    std::string bankName;
    std::string bankRouting;
    std::string bankAccount;
    std::vector<std::string> sources; // "Drawer X (cashier)", "Mail batch Y"
    CashCount cashOnHand; // closing counts and drops, by denomination
    Money cashOnHandTotal;
    Money floatKept;
    Money cash; // deposited
    std::vector<BankDepositItem> items;
    Money checks;
    Money moneyOrders;
    Money total;
    // How the cash ties out: opening floats + cash taken less change + over/short - paid-outs - float kept = cash.
    Money openingFloats;
    Money cashTaken;
    Money paidOuts;
    Money overShort;
    std::vector<std::string> confirmation; // the bank's confirmation once keyed, one line each
};

// A refund the finance office pays by check: what it pays, to whom, why, and who approved it at the counter.
struct RefundCheckRequestDocument {
    Letterhead letterhead;
    std::string requestNumber; // "station-seq"
    std::string dateTime;
    std::string station;
    std::string receipt; // the payment being refunded
    std::string payee;
    std::string mailingAddress;
    std::vector<std::string> accounts;
    Money amount;
    std::string requestedBy;
    std::string approvedBy;
    std::uint64_t seq = 0;
};

// A promissory note for a payment arrangement (the payment arrangements work fills it).
struct Installment {
    std::string dueDate;
    Money amount;
    Money principal;
    Money interest;
    Money balanceAfter;
};

struct PromissoryNoteDocument {
    Language language = Language::English; // the borrower's; the terms come already in it
    Letterhead letterhead;
    std::string noteNumber;
    std::string date;
    std::string borrower;
    std::string borrowerAddress;
    std::string account;
    Money originalBalance; // the balance the arrangement was made on
    Money down;            // paid at signing
    Money principal;       // the amount financed
    std::string annualRate; // "6.000%", exact as agreed (the nominal rate)
    std::string apr;        // "6.00%": Regulation Z, Appendix J
    Money totalInterest;    // the finance charge
    Money totalOfPayments;
    std::string frequency;  // weekly, biweekly, monthly
    std::vector<Installment> schedule;
    std::string lateCharge;  // one sentence each, in the borrower's language
    std::string prepayment;
    std::string whereToPay;
    std::vector<std::string> terms; // default and any other terms: one paragraph each
    std::string cashier;
    bool notaryBlock = false; // an acknowledgment for a notary public to complete
    CustomerFooter footer;    // its thanks is not printed: a note is not a payment
    std::uint64_t seq = 0;
    std::string qrPayload; // verifiable like a receipt: the arrangement's ledger record
};

// Any report that is sections of label/figure rows (the activity report).
struct TabularReportDocument {
    Letterhead letterhead;
    std::string title;  // "Activity report 2026-11-01 to 2026-11-27"
    std::string printed;
    struct Section {
        std::string heading;
        std::vector<std::pair<std::string, std::string>> rows;
    };
    std::vector<Section> sections;
};

Layout receiptLayout(const ReceiptDocument& receipt);
Layout tabularReportLayout(const TabularReportDocument& report);
Layout drawerReportLayout(const DrawerReportDocument& report);
Layout depositSlipLayout(const DepositSlipDocument& slip);
Layout bankDepositLayout(const BankDepositDocument& deposit);
Layout refundCheckRequestLayout(const RefundCheckRequestDocument& request);
Layout promissoryNoteLayout(const PromissoryNoteDocument& note);

} // namespace tillbook::printing
