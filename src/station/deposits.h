// Bank deposits: a supervisor prepares one from the day's closed drawers, closed mail batches and safe drops, less
// the float kept back; the bank's confirmation is keyed later. Each is one ledger record.
#pragma once

#include "core/drawer.h"
#include "core/money.h"
#include "printing/documents.h"
#include "station/common.h"
#include "station/drawers.h"
#include "station/journal.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

// A check or money order going to the bank, with the fields the bank reads.
struct DepositItemInfo {
    TenderKind kind = TenderKind::Check;
    std::string routing;
    std::string maskedAccount; // maskBankAccount: the customer's account number never leaves in full
    std::string serial; // check number or money-order serial
    Money amount;
    std::string maker; // the account holder when the item was not a third party's; "" when not known
    std::string receipt;
    std::string source; // the drawer or mail batch it was taken in
};

// The cash side of one closed drawer in the deposit: what was counted at its close and dropped to the safe, and the
// drawer's own figures that the same cash equals.
struct DepositDrawer {
    std::string id;
    Money counted; // at the close
    Money drops; // to the safe, and pickups
    Money openingFloat;
    Money cashTaken; // cash received less change given (net of voids)
    Money paidOuts; // paid-outs and cash refunds
    Money overShort; // the cash over (+) or short (-) at the close
};

struct DepositInfo {
    std::string id; // station-scoped, "CITYHALL-01-DP000003"
    std::uint64_t seq = 0; // the deposit.prepared record
    std::int64_t timeMs = 0;
    std::string day; // the business day, YYYY-MM-DD
    std::string bag;
    std::string seal;
    std::string preparedBy;
    std::string status; // prepared, confirmed
    std::string bankName;
    std::string bankRouting;
    std::string bankAccount;
    std::vector<DepositDrawer> drawers;
    std::vector<std::string> batches;
    CashCount cashOnHand; // closing counts and drops, by denomination
    Money floatKept;
    Money cash; // deposited: counted at the closes + drops - float kept back
    Money checks;
    Money moneyOrders;
    Money total;
    std::vector<DepositItemInfo> items;
    // Once the bank's confirmation is keyed:
    std::uint64_t confirmedSeq = 0;
    Money confirmedAmount;
    std::string bankDate;
    std::string reference;
    Money difference; // confirmed - total
    std::string reason;
    std::string confirmedBy;
};

struct DepositRequest {
    std::string operatorId; // a supervisor
    std::string day; // YYYY-MM-DD: drawers opened and mail batches keyed that UTC day
    std::string bag;
    std::string seal;
    // Only these drawers (and batches) instead of all of the day's: a late drawer deposited on its own.
    std::vector<std::string> drawers;
};

// Drawers and batches deposited outside the station (by its office), as "drawer:ID" or "batch:ID" -> that deposit's
// id: taken already, as the station's own deposits' are.
using TakenElsewhere = std::map<std::string, std::string>;

// What a deposit takes from one station before it is a record, built from the records of its drawers and batches:
// cash = counted at the closes + drops to the safe - float kept back; total = cash + checks + money orders. The
// station's own deposit records one; the office's deposit (office/office_money.cpp) adds up one per window.
struct DepositDraft {
    nlohmann::json drawers = nlohmann::json::array(); // rows as deposit.prepared has them
    std::vector<std::string> batches;
    nlohmann::json items = nlohmann::json::array(); // as deposit.prepared has them, amounts in cents
    CashCount cashOnHand; // closing counts and drops, by denomination
    Money cashOnHandTotal;
    Money floatKept;
    Money cash;
    Money checks;
    Money moneyOrders;
    Money total;
    // The figures' part of a deposit.prepared body (drawers, batches, cash_on_hand ... items).
    nlohmann::json body() const;
};
// Adds one station's draft to a deposit of several (the office's): every figure is the sum of the parts', so the whole
// ties out as each part does.
void addDraft(DepositDraft& into, const DepositDraft& part);
// A deposit.prepared body read back (the office's parts are such bodies too); status "prepared", no record fields.
DepositInfo depositFromBody(const nlohmann::json& body);

struct DepositConfirmation {
    std::string operatorId; // a supervisor
    std::string deposit;
    Money amount; // what the bank credited
    std::string bankDate; // YYYY-MM-DD; empty: the station's today
    std::string reference;
    std::string reason; // needed when the amount differs from the deposit
};

// The checks of a bank's confirmation of deposit `deposit` of `total`, the station's and the office's alike: refuses a
// negative amount, a bank date that is not a date (`today` when none is given), no reference, and a difference without
// a reason. Returns the deposit.confirmed body.
nlohmann::json checkConfirmation(const DepositConfirmation& confirmation, const std::string& deposit, Money total,
                                 const std::string& today);

// What a day's deposits take, whatever state each is in: the drawers opened that day and the mail batches keyed that
// day, each with the deposit that took it ("" while none has).
struct DaySources {
    struct Batch {
        std::string id;
        bool open = false;
        std::string deposit;
    };
    std::vector<std::pair<DrawerInfo, std::string>> drawers;
    std::vector<Batch> batches;
};

// What the journal of a day takes besides the station's own deposits of the day.
struct JournalScope {
    // This station's parts of deposits made outside it (the office's), as the station's own would read: each part's
    // bank line is its share of that deposit.
    std::vector<DepositInfo> outsideDeposits;
    TakenElsewhere takenElsewhere; // deposited, though not by the station
    bool window = false; // one window of an office's journal: a day with nothing deposited here is no refusal
};

class DepositService : public StationService {
public:
    using StationService::StationService;

    // Refuses a day with a drawer or mail batch still open, a drawer already deposited, nothing to deposit, or cash
    // on hand below the float kept back (deposit.float_kept).
    DepositInfo prepare(const DepositRequest& request);
    // The same choice of drawers and batches, refusals and figures as prepare, recorded nowhere: what the office reads
    // from each window (bag and seal are not looked at).
    DepositDraft draft(const DepositRequest& request, const TakenElsewhere& takenElsewhere = {}) const;
    // Refuses an unknown deposit, one already confirmed, and a difference without a reason.
    DepositInfo confirm(const DepositConfirmation& confirmation);
    std::optional<DepositInfo> deposit(std::string_view id) const;
    std::vector<DepositInfo> list(std::string_view day = {}) const; // oldest first; every day when empty
    // The deposit slip, with the block that shows how the cash ties out to the drawers.
    printing::BankDepositDocument depositDocument(std::string_view id);
    // The same of a deposit read elsewhere (a window's part of its office's deposit), named as this station names
    // its operators and drawers.
    printing::BankDepositDocument depositDocument(const DepositInfo& deposit);
    DaySources sourcesOfDay(std::string_view day) const;
    // The general-ledger journal of the deposits prepared for `day` (journal.cpp). Refuses a malformed day, a day
    // with nothing deposited, one with a drawer or batch in no deposit yet, and a line whose account is not set.
    Journal journal(std::string_view day) const { return journal(day, JournalScope{}); }
    // The same with deposits made outside the station (its office's): the office's journal adds up one per window.
    Journal journal(std::string_view day, const JournalScope& scope) const;
};

} // namespace tillbook::station
