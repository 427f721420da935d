// Cash drawer sessions: float, drops, pickups, paid-outs, the blind count and the close; X and Z figures.
#pragma once

#include "core/drawer.h"
#include "core/payment.h"
#include "station/common.h"
#include "station/service.h"
#include "station/record_kinds.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


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
    Money cardBatch; // the terminal's batch settlement total, as keyed
    OverShort overShort;
    bool needsApproval = false; // beyond the tolerance: a reason and a supervisor
    // Shown beside the counted figures once the count is recorded (the close is blind until then).
    Money expectedCash;
    Money expectedChecks;
    Money expectedMoneyOrders;
    Money expectedCards;
    Money tolerance;
    CountJudgement judgement; // "Short $0.55, within the $5.00 tolerance"
};

struct DrawerReport {
    DrawerInfo info;
    std::vector<DrawerItem> items; // checks and money orders in the drawer (not voided)
    std::vector<std::pair<std::string, Money>> movements; // drops, pickups, paid-outs with their reasons
    std::optional<DrawerCountResult> count; // the closing count, once counted
    std::optional<CashCount> cashByDenomination; // for the deposit slip
    CashCount dropped; // drops and pickups to the safe, by denomination as counted
    std::string approver;
    std::string reason;
    std::string checkpointNote; // the signed checkpoint that follows the close
};

// Why an open drawer is needed: its refusal says so ("a void goes through the voiding cashier's own drawer: ...").
enum class DrawerUse { Drawer, Payment, Void, CashRefund };
// A cash count as record bodies hold it ({"bill_20": 10, "rolled_coin": 0, ...}), and back (nullopt when unreadable).
nlohmann::json countJson(const CashCount& count);
std::optional<CashCount> countFromJson(const nlohmann::json& body);

class DrawerService : public StationService {
public:
    using StationService::StationService;

    // Cash drawer sessions: one open drawer per station, belonging to the cashier who opened it.
    std::optional<DrawerInfo> openDrawer();
    ledger::Record openDrawer(std::string_view operatorId, const CashCount& counted, std::string_view approvalId = {});
    std::optional<DrawerInfo> drawer(std::string_view id) const;
    std::vector<DrawerInfo> list() const; // every drawer session, oldest first
    ApprovalRequest floatDifferenceRequest(std::string_view operatorId, const CashCount& counted);
    // Checks the opening as openDrawer would (throws CommandRefused); then what a supervisor must approve for it (a
    // float that differs from drawer.float), or nothing. Ask for the PIN only after this.
    std::optional<ApprovalRequest> openDrawerApproval(std::string_view operatorId, const CashCount& counted);
    ledger::Record dropCash(std::string_view operatorId, const CashCount& counted);
    ledger::Record pickupCash(std::string_view supervisorId, const CashCount& counted);
    ApprovalRequest paidOutRequest(std::string_view operatorId, Money amount, std::string_view reason);
    // What a supervisor must approve for this paid-out (above drawer.paid_out_approval), or nothing: the screen
    // asks this before it asks for a PIN, and paidOut applies the same rule.
    std::optional<ApprovalRequest> paidOutApproval(std::string_view operatorId, Money amount, std::string_view reason);
    ledger::Record paidOut(std::string_view operatorId, Money amount, std::string_view reason,
                           std::string_view approvalId = {});
    ledger::Record noSale(std::string_view operatorId, std::string_view reason);
    // Setting up hardware: a supervisor opens the drawer with no drawer session (the device test screen, tillctl).
    ledger::Record drawerTest(std::string_view actor, std::string_view reason);
    // The blind count: recorded before any expected figure is shown; the answer carries the over/short.
    // cardBatch: the card terminal's batch settlement total, keyed from its report like the cash is counted.
    DrawerCountResult countDrawer(std::string_view operatorId, const CashCount& cash, const std::vector<CountedItem>& items,
                                  Money cardBatch = Money());
    ApprovalRequest overShortRequest(std::string_view operatorId);
    // Closes on the latest count; beyond the tolerance it needs a reason and the supervisor's approval.
    // Followed by a signed checkpoint.
    ledger::Record closeDrawer(std::string_view operatorId, std::string_view reason, std::string_view approvalId = {});
    DrawerReport drawerReport(std::string_view id) const;
    // The X report at the counter shows expected figures, so a supervisor approves each viewing (a record): the
    // cashier's close stays blind.
    ApprovalRequest xReportRequest(std::string_view operatorId);
    DrawerReport xReport(std::string_view operatorId, std::string_view approvalId);

    // For the other services of this station:
    DrawerInfo drawerFromRow(const ledger::Statement& row) const;
    DrawerInfo requireOpenDrawer(std::string_view operatorId, DrawerUse use = DrawerUse::Drawer);
};


} // namespace tillbook::station
