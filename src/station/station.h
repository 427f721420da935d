// The station service: the only code that changes state. Each command becomes one signed ledger record and its
// projection update, in one SQLite transaction.
#pragma once

#include "core/clock.h"
#include "core/check_policy.h"
#include "core/drawer.h"
#include "core/micr.h"
#include "core/money.h"
#include "core/payment.h"
#include "core/arrangement.h"
#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "ledger/writer.h"
#include "station/authorization.h"
#include "station/data_dir.h"
#include "station/pin_hash.h"
#include "station/projector.h"
#include "printing/documents.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <string>
#include <vector>

namespace tillbook::station {

struct OperatorInfo {
    std::string id;
    std::string name;
    Role role = Role::Cashier;
    bool active = true;
};

// A command refused for a reason the person can fix: one clear sentence, and nothing was recorded.
class CommandRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The drawer was closed (the record is durable) but the signed checkpoint that should follow it failed.
class CheckpointAfterCloseFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The checkpoint record is durable, but its copy outside the database (checkpoints/latest.txt) could not be written.
class CheckpointMirrorFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown when the data directory has no station, or it cannot be used as it is.
class StationUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SignInResult {
    bool ok = false;
    std::string message; // for the person at the counter when !ok
    std::optional<OperatorInfo> operatorInfo;
};

struct ApprovalResult {
    bool ok = false;
    std::string message; // why not, in one sentence
    std::string approvalId; // station-scoped, e.g. "CITYHALL-01-A000012"
    std::int64_t expiresMs = 0;
};

// Settings that change outcomes are ledger records; these are their names, defaults and bounds.
struct SettingSpec {
    std::string_view key;
    std::int64_t defaultValue;
    std::int64_t min;
    std::int64_t max;
    std::string_view meaning;
};
inline constexpr SettingSpec kSettings[] = {
    {"signin.max_failures", 5, 1, 20, "wrong PINs in a row that lock an operator out"},
    {"signin.lockout_seconds", 300, 10, 86400, "how long a lockout lasts"},
    {"session.idle_lock_seconds", 300, 15, 3600, "idle time after which the station locks itself"},
    {"approval.ttl_seconds", 120, 15, 900, "how long a supervisor's approval stays usable"},
    {"payment.cash_back_on_checks", 0, 0, 1, "1 lets checks and money orders over the amount due give cash back"},
    {"payment.max_tender_cents", 10000000, 100, 100000000000,
     "the largest single tender, and the most one payment's tenders add up to"},
    {"drawer.float_cents", 20000, 0, 1000000, "the float a drawer is expected to open with"},
    {"checks.personal_limit_cents", 250000, 0, 100000000, "largest personal check accepted without approval"},
    {"checks.business_limit_cents", 1000000, 0, 100000000, "largest business check accepted without approval"},
    {"checks.cashiers_limit_cents", 5000000, 0, 1000000000, "largest cashier's check accepted without approval"},
    {"checks.money_order_limit_cents", 100000, 0, 100000000, "largest money order accepted without approval"},
    {"checks.starter_serial_below", 1001, 0, 100000, "check numbers below this look like starter checks"},
    {"checks.cash_only_after_returns", 2, 1, 20, "returned checks within 12 months that make a customer cash-only"},
    {"checks.returned_fee_cents", 3500, 0, 100000, "the returned-check fee billed to the customer"},
    {"drawer.tolerance_cents", 500, 0, 100000, "over/short allowed at close without a supervisor"},
    {"drawer.paid_out_approval_cents", 5000, 0, 100000000, "paid-outs above this need a supervisor's approval"},
    {"drawer.pickup_warn_cents", 150000, 0, 100000000, "cash in the drawer above which the station warns"},
    {"drawer.pickup_require_cents", 300000, 0, 100000000, "cash above which a drop is required before cash payments"},
    {"arrangements.approval_cents", 50000, 0, 1000000000, "balances above this need a supervisor to arrange"},
    {"arrangements.grace_days", 10, 0, 90, "days after an installment's due date before the arrangement is broken"},
    {"arrangements.notary_block", 0, 0, 1, "1 prints a notary's acknowledgment on promissory notes"},
    {"adjustments.approval_cents", 2500, 0, 100000000, "bill adjustments above this need a supervisor's approval"},
    {"ui.font_percent", 100, 100, 200, "the screens' text size at sign-in, in percent (a cashier may enlarge it)"},
};

// Settings that are words: what documents print and where they go. Changed by a settings.changed record too.
struct TextSettingSpec {
    std::string_view key;
    std::string_view defaultValue;
    std::size_t maxCharacters;
    std::string_view allowed; // "a|b" when only these values are allowed, else ""
    std::string_view meaning;
};
inline constexpr TextSettingSpec kTextSettings[] = {
    {"organization.name", "Payments counter", 80, "", "the organization's name at the top of every document"},
    {"organization.address", "", 120, "", "its address, printed under the name"},
    {"organization.phone", "", 40, "", "its phone number, printed under the address"},
    {"deposit.bank_name", "", 80, "", "the bank that drawer deposits go to (deposit slip)"},
    {"deposit.bank_account", "", 34, "", "the account drawer deposits are credited to (deposit slip)"},
    {"printing.paper", "letter", 10, "letter|roll80", "paper for documents printed from the counter"},
    {"printing.cups_queue", "", 127, "", "the CUPS queue printed documents are sent to; empty keeps them as files"},
    {"ui.language", "en", 2, "en|es", "the screens' language at sign-in (a cashier may switch for the session)"},
};

struct CheckInput {
    std::string micr; // as read or keyed; the symbol set is detected
    Money amount;
    std::string date; // YYYY-MM-DD on the item
    std::string customerAccount; // the account paying, when known
    std::optional<CheckInstrument> instrument; // else personal or business from the MICR line
    Money amountDue; // what the item pays towards, when known
    bool thirdParty = false;
    bool twoParty = false;
    std::string micrSource; // "reader" (serial or wedge), "keyed" (typed by the cashier), "" when not known
    MicrSymbols micrSymbols = MicrSymbols::Auto; // the reader's symbol set when devices.json names one
};

struct CheckVerification {
    std::string id; // station-scoped, "CITYHALL-01-K000007"
    std::uint64_t seq = 0;
    MicrFields micr;
    CheckInstrument instrument = CheckInstrument::Personal;
    CheckDecision decision;
};

struct RoutingInfo {
    std::string routing;
    std::string name;
    std::string city;
    std::string state;
    std::string recordType;
    std::string newRouting;
};

struct CountedItem {
    TenderKind kind = TenderKind::Check; // checks and money orders listed at close
    Money amount;
    std::string reference;
};

struct DrawerItem {
    std::string receipt;
    TenderKind kind = TenderKind::Check;
    Money amount;
    std::string reference;
};

struct DrawerInfo {
    std::string id; // station-scoped, e.g. "CITYHALL-01-D000042"
    std::string operatorId;
    std::string status; // open, closed
    std::int64_t openedMs = 0;
    std::int64_t closedMs = 0;
    DrawerTotals totals;
    Money expectedCash;
    CashLevel level = CashLevel::Normal;
    std::int64_t payments = 0;
    std::int64_t voids = 0;
    std::int64_t refunds = 0;
    std::int64_t noSales = 0;
    std::int64_t drops = 0;
};

struct DrawerCountResult {
    std::uint64_t seq = 0; // the drawer.counted record
    Money countedCash;
    Money countedChecks;
    Money countedMoneyOrders;
    OverShort overShort;
    bool needsApproval = false; // beyond the tolerance: a reason and a supervisor
};

struct DrawerReport {
    DrawerInfo info;
    std::vector<DrawerItem> items; // checks and money orders in the drawer (not voided)
    std::vector<std::pair<std::string, Money>> movements; // drops, pickups, paid-outs with their reasons
    std::optional<DrawerCountResult> count; // the closing count, once counted
    std::optional<CashCount> cashByDenomination; // for the deposit slip
    std::string approver;
    std::string reason;
    std::string checkpointNote; // the signed checkpoint that follows the close
};

// An import refused as a whole: every problem with its line and column, and nothing written.
class ImportRefused : public CommandRefused {
public:
    ImportRefused(const std::string& what, std::vector<std::string> problems)
        : CommandRefused(what)
        , problems(std::move(problems))
    {
    }
    std::vector<std::string> problems;
};

struct ImportOutcome {
    std::uint64_t seq = 0;
    std::size_t added = 0;
    std::size_t updated = 0;
    std::string sha256;
};

struct BillInfo {
    std::string id;
    std::string account;
    std::string kind;
    std::string dueDate;
    Money amount;
    Money open;
    std::string fund;
};

struct AccountSummary {
    std::string number;
    std::string name;
    std::string serviceAddress;
    std::string phone;
    std::string status; // active, closed, cash_only
    Money balance; // open bills
    Money credit;
};

struct AccountDetail {
    AccountSummary summary;
    std::string mailingAddress;
    std::string email;
    std::string language = "en"; // the customer's: receipts and promissory notes print in it
    std::int64_t returnedChecks = 0;
    std::vector<BillInfo> openBills; // oldest due first
};

struct FeeInfo {
    std::string code;
    std::string description;
    Money amount;
    std::string fund;
};

struct TenderInput {
    TenderKind kind = TenderKind::Cash;
    Money amount;
    std::string reference; // check or money order number
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

struct PaymentOutcome {
    std::string receipt;
    std::uint64_t seq = 0;
    Settlement settlement;
    bool duplicate = false; // the request was recorded before; nothing new was written
};

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
};

// What the clerk asks for; the station fills in the principal (the account's open balance) and today.
struct ArrangementRequest {
    std::string operatorId;
    std::string account;
    Money down;
    int installments = 0;
    Frequency frequency = Frequency::Monthly;
    std::int64_t rateMilliPercent = 0;
    InterestMethod method = InterestMethod::Amortized;
    std::string firstDue; // YYYY-MM-DD
};

struct ArrangementInfo {
    std::string id; // "CITYHALL-01-P000007"
    std::string account;
    std::string status; // active, broken, paid
    std::uint64_t seq = 0;
    Money principal;
    Money down;
    Money open; // what is still owed on its installments
    Schedule schedule;
    std::string frequency;
    std::string method;
    std::int64_t rateMilliPercent = 0;
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
    std::string message; // one sentence for the cashier
};

// What each cashier did over a range of days (UTC), for the supervisor's review and the finance office.
struct CashierActivity {
    std::string operatorId;
    std::string name;
    std::int64_t payments = 0;
    Money collected; // receipts taken (voided ones included; voids are listed below)
    std::vector<std::tuple<std::string, std::int64_t, Money>> tenders; // kind, items, amount (cash net of change)
    std::vector<std::pair<std::string, Money>> funds; // net postings by GL fund: payments less voids, refunds, returns
    std::int64_t voids = 0;
    Money voided;
    std::int64_t refunds = 0;
    Money refunded;
    std::int64_t approvals = 0; // supervisor approvals used for this cashier's actions (overrides, voids, refunds...)
    std::int64_t returnedChecks = 0; // returned in the range, on checks this cashier took
    Money returned;
    std::int64_t drawersClosed = 0;
    Money overShort; // total over (+) / short (-) of the drawers closed in the range
};
struct ActivityReport {
    std::string from; // YYYY-MM-DD, inclusive
    std::string to;
    std::vector<CashierActivity> cashiers;
    std::vector<std::pair<std::string, Money>> funds; // all cashiers; ties out to the posting export of those days
    Money postings; // the sum of every posting in the range
};
// The report as CSV, one row per cashier and measure (payments, each tender and fund, voids...): what a
// spreadsheet pivots.
std::string activityCsv(const ActivityReport& report);

// Contact details a clerk may change at the counter; unset fields stay as they are.
struct AccountChange {
    std::optional<std::string> name;
    std::optional<std::string> mailingAddress;
    std::optional<std::string> phone;
    std::optional<std::string> email;
    std::optional<std::string> language; // en, es: what the customer's receipts and notes print in
};

// Start, stop, transfer and installation orders for field staff.
struct ServiceOrderRequest {
    std::string operatorId;
    std::string account;
    std::string type; // start, stop, transfer, installation
    std::string serviceAddress; // empty: the account's
    std::string requestedDate; // YYYY-MM-DD
    std::string reason;
    Money deposit; // billed on the account as a DEPOSIT bill, collected through the normal payment flow
};
struct ServiceOrder {
    std::string id; // "CITYHALL-01-S000012"
    std::string account;
    std::string type;
    std::string serviceAddress;
    std::string requestedDate;
    std::string reason;
    Money deposit;
    std::string depositBill;
    std::string status; // open, scheduled, done, cancelled
    std::string scheduledDate;
    std::string meterReading;
    std::string note;
    std::uint64_t createdSeq = 0;
};

// Mail payment batches: remittances keyed in the back office against the envelope tallies (docs/mail-batches.md).
struct MailBatchRequest {
    std::string operatorId;
    std::int64_t controlCount = 0; // remittances in the envelope pile
    Money controlTotal; // their amounts added up on the tally tape
    std::string note; // "Mail 2026-11-27, lockbox 2"
};
struct RemittanceInput {
    std::string account; // typed; or empty and the scan line names it
    std::string scanLine; // the bill stub's 21 digits, when the stub came with the check
    Money amount; // the check's amount: what the customer pays
    std::string micr;
    std::string checkDate; // YYYY-MM-DD written on the check
    std::string micrSource; // reader | keyed
    MicrSymbols micrSymbols = MicrSymbols::Auto;
};
struct BatchItem {
    std::int64_t n = 0; // 1, 2, ... in keying order
    std::string account;
    Money amount;
    std::string verification; // the check.verified record's id
    std::string serial;
    std::string status; // accepted, exception (declined: mailed back, not posted), removed (mis-keyed)
    std::string reason; // an exception's reasons, a removal's reason
    std::string receipt; // once the batch is closed and the item posted
};
struct MailBatch {
    std::string id; // "CITYHALL-01-M000003"
    std::string operatorId;
    std::string note;
    std::string status; // open, closed
    std::string day; // the UTC day it was opened
    std::int64_t controlCount = 0;
    Money controlTotal;
    std::int64_t keyedCount = 0; // accepted and exceptions: every remittance in the pile
    Money keyedTotal;
    std::int64_t exceptionCount = 0;
    Money exceptionTotal;
    Money depositTotal; // accepted checks: the batch's deposit
    std::vector<BatchItem> items;
    bool balanced() const { return keyedCount == controlCount && keyedTotal == controlTotal; }
};

// Supervisor review of the day's work: each drawer and mail batch is Open, Balanced (closed, waiting), Approved or
// Rejected (with a reason, back to its cashier, who answers and resubmits).
struct ReviewEntry {
    std::string subject; // drawer | batch
    std::string id;
    std::string operatorId;
    std::string day;
    std::string state; // open, balanced, approved, rejected
    std::string reason; // the rejection's reason, or the cashier's answer after resubmitting
    std::string reviewer;
    Money total; // a drawer's receipts, a batch's deposit
    Money overShort; // a drawer's closing over (+) / short (-)
    std::int64_t exceptions = 0; // a batch's declined checks
};
struct DayReview {
    std::string day;
    std::vector<ReviewEntry> entries;
    std::uint64_t approvedSeq = 0; // the day.approved record, 0 while not approved
    std::string checkpointNote; // the signed checkpoint recorded with the approval
};

// One line of an account's history.
struct AccountEvent {
    std::uint64_t seq = 0;
    std::int64_t timeMs = 0;
    std::string kind; // the ledger record kind: payment.taken, bill.adjusted, account.noted...
    std::string operatorId;
    std::string summary;
    Money amount; // what it did to the account's balance or payments, 0 when nothing
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
    // What a refund may still give back: nothing once voided.
    Money refundable() const { return status == "voided" ? Money() : total - refunded; }
};

inline constexpr std::size_t kMaxPinLength = 12;
inline constexpr std::size_t kMinPinLength = 4;
// The operator id that system-level acts (setup, checkpoints from tillctl) are recorded under.
inline constexpr std::string_view kSystemActor = "system";

class Station {
public:
    struct Options {
        ScryptParams scrypt;
        std::string program = "tillbook";
        // Tests only: called at the named steps of a key rotation ("rotation.key_written", "rotation.committed"),
        // so a test can kill the process exactly there.
        std::function<void(std::string_view step)> afterStep;
    };

    // A demo station says so in its second record (station.demo), written only at creation: its operators' PINs are
    // published, so demo data and simulated days go only into a station made as one.
    enum class Kind { Real, Demo };
    static constexpr std::string_view kKindStationDemo = "station.demo";
    // Creates the database, the key pair and the genesis record. Refuses an existing station.
    static void create(const std::filesystem::path& dir, std::string_view stationId, const Clock& clock,
                       Kind kind = Kind::Real);
    // Opens for writing: takes the directory lock and the signing key, and checks the key is the ledger's.
    static std::unique_ptr<Station> open(const std::filesystem::path& dir, const Clock& clock, Options options);
    static std::unique_ptr<Station> open(const std::filesystem::path& dir, const Clock& clock)
    {
        return open(dir, clock, Options{});
    }
    ~Station();

    const DataPaths& paths() const { return m_paths; }
    const std::string& stationId() const { return m_stationId; }
    bool isDemo();
    // Throws CommandRefused unless this is a demo station; `what` names the refused act ("demo data").
    void requireDemo(std::string_view what);
    // The latest clock.stepped_back record when it is less than a day old by the station's clock: the counter shows it
    // so that a supervisor checks the clock.
    struct ClockStep {
        std::uint64_t seq = 0;
        std::int64_t lastRecordMs = 0;
        std::int64_t wallClockMs = 0;
    };
    std::optional<ClockStep> recentClockStep();
    ledger::LedgerStore& store() { return *m_store; }
    const ledger::PublicKey& publicKey() const { return m_signer->publicKey(); }
    const Clock& clock() const { return m_clock; } // the one clock the app reads too (drafts' saved time)

    // Operators (the actor is an admin, or kSystemActor for tillctl run by whoever holds the data directory)
    std::vector<OperatorInfo> operators(bool includeDisabled = false);
    std::optional<OperatorInfo> findOperator(std::string_view id);
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
    std::int64_t lockedOutFor(std::string_view operatorId);

    // Approvals: a supervisor, at this station, approves one action of another operator. Single use; expires.
    ApprovalResult approve(const ApprovalRequest& request, std::string_view supervisorId, std::string_view pin);
    ApprovalRequest clearLockoutRequest(std::string_view lockedOperatorId);
    ledger::Record clearLockout(std::string_view lockedOperatorId, std::string_view approvalId);

    // Accounts, bills and the fee catalog: imported from the billing system, all or nothing.
    ImportOutcome importAccounts(std::string_view actor, std::string_view csv, std::string_view sourceName);
    ImportOutcome importBills(std::string_view actor, std::string_view csv, std::string_view sourceName);
    ImportOutcome importFees(std::string_view actor, std::string_view csv, std::string_view sourceName);
    // Exact account number first, then number prefixes, then ranked text matches on name, address and phone.
    std::vector<AccountSummary> searchAccounts(std::string_view query, std::size_t limit = 20);
    std::optional<AccountDetail> account(std::string_view number);
    std::vector<FeeInfo> fees();
    std::vector<std::string> openAccountNumbers(); // accounts that are not closed, in number order

    // Payments: one receipt, one record. Refusals throw CommandRefused ("Payment not recorded: ...").
    PaymentOutcome takePayment(const PaymentRequest& request);
    // The bills a payment on the account pays when none is chosen, as the counter fills its cart: every open bill in
    // full, oldest due first. Refuses an unknown or closed account.
    std::vector<Allocation> defaultBills(std::string_view account);
    // tillctl pay: verifies each tender that carries an item, in the order handed over (its amount due is what the
    // tenders before it leave), has `supervisorId` override an item that needs it, and takes the payment, all in one
    // transaction: a declined item, one needing a supervisor when none is named, or any refusal of the payment records
    // nothing. The supervisor's PIN is checked first, as an approval at the counter is (a wrong one is recorded).
    PaymentOutcome takePaymentWithItems(PaymentRequest request, std::string_view supervisorId = {},
                                        std::string_view pin = {});
    std::optional<ReceiptInfo> receipt(std::string_view number);
    std::optional<std::string> receiptForRequest(std::string_view requestId); // the screen's token, once recorded
    ApprovalRequest voidRequest(std::string_view operatorId, std::string_view receipt);
    ApprovalRequest refundRequest(std::string_view operatorId, std::string_view receipt, Money amount,
                                  std::string_view method);
    ledger::Record voidPayment(std::string_view operatorId, std::string_view receipt, std::string_view approvalId);
    ledger::Record refundPayment(std::string_view operatorId, std::string_view receipt, Money amount,
                                 std::string_view method, std::string_view approvalId);
    // The receipt as a printable document, with its verifiable QR payload.
    printing::ReceiptDocument receiptDocument(std::string_view number, bool reprint);
    // Documents for paper: the layout a printer renders (tillctl print, the counter's Print buttons).
    printing::Letterhead letterhead();
    printing::DrawerReportDocument drawerReportDocument(std::string_view drawerId, bool z, std::string_view approvedBy = {});
    printing::DepositSlipDocument depositSlipDocument(std::string_view drawerId);
    // From a payment.refunded record paid by a refund-check request.
    printing::RefundCheckRequestDocument refundCheckRequestDocument(std::uint64_t seq);
    printing::Layout documentLayout(const DocumentRequest& request);
    // Renders the document on the printing.paper setting, keeps the PDF under printouts/ and, when printing.cups_queue
    // is set, sends it there. Rendering problems throw; a queue that refuses the job is reported in the answer.
    Printout print(const DocumentRequest& request);
    // Payment arrangements: a delinquent balance paid in installments under a promissory note.
    // The quote for the account's open balance with these terms; throws CommandRefused with the reason.
    Schedule quoteArrangement(const ArrangementRequest& request);
    ApprovalRequest arrangementRequest(const ArrangementRequest& request); // when the balance is above the setting
    // Records the arrangement: the financed part of the balance moves off the account's bills (newest first; the down
    // payment stays on the oldest, to be paid now) onto one bill per installment.
    ArrangementInfo createArrangement(const ArrangementRequest& request, std::string_view approvalId = {});
    std::optional<ArrangementInfo> arrangement(std::string_view id);
    std::vector<ArrangementInfo> arrangements(std::string_view account);
    // Breaks every active arrangement with an installment unpaid `arrangements.grace_days` after it was due: the
    // remaining principal (future interest is not charged) becomes due today. One record per broken arrangement.
    std::vector<ArrangementInfo> reviewArrangements(std::string_view actor);
    printing::PromissoryNoteDocument promissoryNoteDocument(std::string_view arrangementId);
    // Per cashier: payments, tenders, GL funds, voids, refunds, approvals, returned checks, over/short. Refuses a
    // malformed range or one longer than 366 days.
    ActivityReport activityReport(std::string_view from, std::string_view to);
    printing::TabularReportDocument activityReportDocument(const ActivityReport& report);
    // Account maintenance. Each is one ledger record; refusals say why and record nothing.
    ledger::Record changeAccount(std::string_view operatorId, std::string_view account, const AccountChange& change,
                                 std::string_view reason);
    // amount > 0 adds to the bill (a debit), < 0 takes off it (a credit); never below what is open.
    ApprovalRequest adjustmentRequest(std::string_view operatorId, std::string_view bill, Money amount,
                                      std::string_view reason);
    ledger::Record adjustBill(std::string_view operatorId, std::string_view bill, Money amount, std::string_view reason,
                              std::string_view approvalId = {});
    // Checks the adjustment as adjustBill would (throws CommandRefused with the reason); then what a supervisor must
    // approve for it, or nothing when the clerk may record it alone. Ask for the PIN only after this.
    std::optional<ApprovalRequest> adjustmentApproval(std::string_view operatorId, std::string_view bill, Money amount,
                                                      std::string_view reason);
    ledger::Record noteAccount(std::string_view operatorId, std::string_view account, std::string_view text);
    // Newest first; `kindPrefix` filters ("payment.", "bill.adjusted"...), empty for all.
    std::vector<AccountEvent> accountHistory(std::string_view account, std::string_view kindPrefix = {},
                                             std::size_t limit = 200);
    // Service orders: each change is a record. Status moves open -> scheduled -> done, or to cancelled; a done order
    // needs the closing meter reading for start, stop and transfer orders.
    ServiceOrder createServiceOrder(const ServiceOrderRequest& request);
    ServiceOrder updateServiceOrder(std::string_view operatorId, std::string_view id, std::string_view status,
                                    std::string_view scheduledDate, std::string_view meterReading, std::string_view note);
    std::optional<ServiceOrder> serviceOrder(std::string_view id);
    std::vector<ServiceOrder> serviceOrders(std::string_view status = {});
    std::string exportServiceOrders(std::string_view status = {}); // CSV for field operations
    printing::TabularReportDocument serviceOrderDocument(std::string_view id);
    // The day's postings for the billing system, as CSV; the total ties out to the ledger.
    std::string exportPostings(std::string_view day);
    // Mail payment batches. Keying verifies the check (a decline goes to the batch's exceptions, since no customer is
    // there to take it back); closing needs the keyed count and total to equal the control figures, and posts one
    // payment.taken per accepted remittance in the same transaction as batch.closed.
    MailBatch openBatch(const MailBatchRequest& request);
    BatchItem keyRemittance(std::string_view operatorId, std::string_view batchId, const RemittanceInput& input);
    ledger::Record removeRemittance(std::string_view operatorId, std::string_view batchId, std::int64_t item,
                                    std::string_view reason);
    MailBatch closeBatch(std::string_view operatorId, std::string_view batchId);
    std::optional<MailBatch> batch(std::string_view id);
    std::vector<MailBatch> batches(std::string_view status = {}); // without their items
    printing::TabularReportDocument batchDocument(std::string_view id); // the proof list with the exceptions
    printing::DepositSlipDocument batchDepositSlipDocument(std::string_view id);
    // Supervisor review.
    DayReview dayReview(std::string_view day);
    // The day a drawer or batch belongs to; sets its cashier and review state (open, balanced, approved, rejected).
    std::string workDay(std::string_view subject, std::string_view id, std::string& operatorId, std::string& state);
    std::vector<ReviewEntry> rejectedFor(std::string_view operatorId); // what came back to this cashier
    ledger::Record approveWork(std::string_view supervisorId, std::string_view subject, std::string_view id);
    ledger::Record rejectWork(std::string_view supervisorId, std::string_view subject, std::string_view id,
                              std::string_view reason);
    ledger::Record resubmitWork(std::string_view operatorId, std::string_view subject, std::string_view id,
                                std::string_view answer);
    // Every drawer and batch of the day must be approved; records day.approved and a signed checkpoint after it.
    DayReview approveDay(std::string_view supervisorId, std::string_view day);

    // Cash drawer sessions: one open drawer per station, belonging to the cashier who opened it.
    std::optional<DrawerInfo> openDrawer();
    std::optional<DrawerInfo> drawer(std::string_view id);
    std::vector<DrawerInfo> drawers(); // every drawer session, oldest first
    ApprovalRequest floatDifferenceRequest(std::string_view operatorId, const CashCount& counted);
    // Checks the opening as openDrawer would (throws CommandRefused); then what a supervisor must approve for it (a
    // float that differs from drawer.float_cents), or nothing. Ask for the PIN only after this.
    std::optional<ApprovalRequest> openDrawerApproval(std::string_view operatorId, const CashCount& counted);
    ledger::Record openDrawer(std::string_view operatorId, const CashCount& counted, std::string_view approvalId = {});
    ledger::Record dropCash(std::string_view operatorId, const CashCount& counted);
    ledger::Record pickupCash(std::string_view supervisorId, const CashCount& counted);
    ApprovalRequest paidOutRequest(std::string_view operatorId, Money amount, std::string_view reason);
    ledger::Record paidOut(std::string_view operatorId, Money amount, std::string_view reason,
                           std::string_view approvalId = {});
    ledger::Record noSale(std::string_view operatorId, std::string_view reason);
    // Setting up hardware: a supervisor opens the drawer with no drawer session (the device test screen, tillctl).
    ledger::Record drawerTest(std::string_view actor, std::string_view reason);
    // The blind count: recorded before any expected figure is shown; the answer carries the over/short.
    DrawerCountResult countDrawer(std::string_view operatorId, const CashCount& cash, const std::vector<CountedItem>& items);
    ApprovalRequest overShortRequest(std::string_view operatorId);
    // Closes on the latest count; beyond the tolerance it needs a reason and the supervisor's approval.
    // Followed by a signed checkpoint.
    ledger::Record closeDrawer(std::string_view operatorId, std::string_view reason, std::string_view approvalId = {});
    DrawerReport drawerReport(std::string_view id);
    // The X report at the counter shows expected figures, so a supervisor approves each viewing (a record): the
    // cashier's close stays blind.
    ApprovalRequest xReportRequest(std::string_view operatorId);
    DrawerReport xReport(std::string_view operatorId, std::string_view approvalId);

    // Checks and money orders: the FedACH directory, verification with reasons, overrides, returned items.
    // A file that would drop more than half of the routing numbers in use is refused unless replaceSmaller says the
    // directory really shrank: a cut download must not quietly empty it.
    ImportOutcome importRoutingDirectory(std::string_view actor, std::string_view text, std::string_view sourceName,
                                         bool replaceSmaller = false);
    std::optional<RoutingInfo> routing(std::string_view routingNumber);
    std::pair<std::int64_t, std::string> routingDirectoryState(); // participants, file date
    std::string today(); // the station's UTC date, YYYY-MM-DD
    CheckVerification verifyCheck(std::string_view operatorId, const CheckInput& input);
    ApprovalRequest checkOverrideRequest(std::string_view operatorId, std::string_view verificationId);
    ledger::Record overrideCheck(std::string_view operatorId, std::string_view verificationId, std::string_view approvalId);
    // A check the bank returned: reverses the payment's lines for the check's amount, bills the returned-check
    // fee, puts the bank account on the negative file and may make the customer cash-only. One record.
    ledger::Record recordReturnedCheck(std::string_view actor, std::string_view receipt, std::string_view routing,
                                       std::string_view account, std::string_view reasonCode);

    // Settings
    std::int64_t setting(std::string_view key);
    ledger::Record changeSetting(std::string_view actor, std::string_view key, std::int64_t value);
    std::string textSetting(std::string_view key);
    ledger::Record changeTextSetting(std::string_view actor, std::string_view key, std::string_view value);
    static bool isTextSetting(std::string_view key);

    // Ledger maintenance
    ledger::Checkpoint checkpoint(std::string_view actor);
    ledger::Record rotateKey(std::string_view actor, std::string_view reason);

private:
    Station(DataPaths paths, std::unique_ptr<DirLock> lock, std::unique_ptr<ledger::Db> db,
            std::unique_ptr<ledger::SoftwareSigner> signer, const Clock& clock, Options options);
    // What a command writes besides its record and projections (a PIN hash); runs in the same transaction.
    using SideEffect = std::function<void(const ledger::Record&)>;
    // Appends the record and applies it to the projections in one transaction.
    ledger::Record commit(std::string_view kind, std::string_view actor, std::string_view approver,
                          const nlohmann::json& body, const SideEffect& sideEffect = {});
    // The same for a command an operator performs: checks the role its policy names and, when the policy asks
    // for one, uses up the approval (which must be for exactly `request`). A refusal throws CommandRefused
    // inside the transaction, so nothing is written.
    ledger::Record commitCommand(std::string_view kind, std::string_view actor, nlohmann::json body,
                                 const SideEffect& sideEffect = {}, const ApprovalRequest* request = nullptr,
                                 std::string_view approvalId = {});
    void requireRole(std::string_view actor, Role role);
    // Why this supervisor may not approve this request (before any PIN is asked), or nothing.
    std::optional<std::string> approvalRefusal(const ApprovalRequest& request, std::string_view supervisorId);
    // Records the approval of a supervisor whose PIN was checked.
    ApprovalResult grantApproval(const ApprovalRequest& request, std::string_view supervisorId);
    std::string useApproval(std::string_view approvalId, const ApprovalRequest& request, std::string_view actor);
    // Checks a PIN; a wrong one is recorded (and may lock the operator out) in its own transaction.
    SignInResult checkPin(std::string_view operatorId, std::string_view pin, std::string_view context);
    ImportOutcome importFile(std::string_view kind, std::string_view actor, std::string_view csv,
                             std::string_view sourceName, std::size_t rows, const std::vector<std::string>& keys,
                             std::string_view table, std::string_view keyColumn);
    AccountSummary summaryFromRow(const ledger::Statement& row);
    DrawerInfo drawerFromRow(const ledger::Statement& row);
    DrawerInfo requireOpenDrawer(std::string_view operatorId, std::string_view what);
    // The payment itself, into an open drawer or, with batchId, posted from a closed mail batch (no drawer).
    PaymentOutcome recordPayment(const PaymentRequest& request, const DrawerInfo* drawer, std::string_view batchId);
    // Runs `work` in one SQLite transaction: the commits inside it join it instead of opening their own.
    void inOneTransaction(const std::function<void()>& work);
    nlohmann::json adjustmentBody(std::string_view bill, Money amount, std::string_view reason); // checks, then the body
    void migrate();

    DataPaths m_paths;
    std::unique_ptr<DirLock> m_lock;
    std::unique_ptr<ledger::Db> m_db;
    std::unique_ptr<ledger::LedgerStore> m_store;
    std::unique_ptr<ledger::SoftwareSigner> m_signer;
    std::unique_ptr<PinSecret> m_pinSecret;
    const Clock& m_clock;
    Options m_options;
    std::unique_ptr<ledger::LedgerWriter> m_writer;
    std::unique_ptr<Projector> m_projector;
    std::string m_stationId;
    bool m_inOuterTransaction = false;
};

// Opens a station's database for reading only (verify, prove, export): no lock, no private key.
// Throws StationUnavailable or ledger::FormatError with one clear sentence.
std::unique_ptr<ledger::Db> openLedgerReadOnly(const DataPaths& paths);

// The key the station's key files hold, for verify to compare with the ledger's current key: keys/station.key, else
// keys/station.pub; while a rotation that committed still waits for its rename (the next open finishes it),
// keys/next.key when that is the ledger's key. Nothing when there are no key files.
struct StationKeyFile {
    ledger::Hash keyId{};
    std::string name;
};
std::optional<StationKeyFile> stationKeyFile(const DataPaths& paths, ledger::Db& db);

// Text a clerk typed, as a record keeps it: trimmed, well-formed UTF-8, one line, at most `maxCharacters`
// characters; else CommandRefused naming `what` ("the reason must be one line of text").
std::string requireOneLine(std::string_view text, const char* what, std::size_t maxCharacters, bool allowEmpty);

// "2026-11-28 08:10 UTC": times on paper, to the minute.
std::string printedTime(std::int64_t timeMs);

struct ReceiptCheck {
    bool ok = false;
    std::string message; // one sentence either way
};
// Checks a receipt's QR payload against the ledger (read-only): the record exists, is a payment, its hash is the
// payload's and recomputes, and the signature verifies with the key the ledger introduced for it.
ReceiptCheck verifyReceiptPayload(const DataPaths& paths, std::string_view payload);
std::string receiptPayload(const ledger::Record& record);

// The system clock, for the programs; tests use FixedClock.
class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override;
};

} // namespace tillbook::station
