// What each ledger record kind means to the station, in one table: who may write it, how it is projected, whether it
// opens the cash drawer, what it adds to an account's history. docs/architecture.md, "How to add…": "A record kind".
#pragma once

#include "ledger/record.h"
#include "ledger/sqlite.h"
#include "station/authorization.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tillbook::station {

// Who writes the record. A command's role and approval are checked before it is written (policyFor); the station's
// own records (sign-ins, the demo mark) and the ledger writer's (genesis, a clock step) have no policy.
enum class WrittenBy : std::uint8_t { ByCommand, ByStation };

// The Projector's handler group for the kind (Projector::apply switches on it).
enum class Projection : std::uint8_t {
    NoProjection, // the kind changes no projection table (it may still use up an approval it names)
    Operators,
    Imports,
    Payments,
    Reversals,
    Drawers,
    Checks,
    Arrangements,
    Maintenance,
    Orders,
    Batches,
    Reviews,
    Deposits,
    Extension, // a kind a test build adds through RecordKindExtension; its projection comes with it
};

// Whether the cash drawer opens once the record is durable. ByBody: bodyOpensDrawer decides.
enum class DrawerEffect : std::uint8_t { Never, Always, ByBody };

// The rows the record adds to account histories (account_events); Projector::recordAccountEvents switches on it.
enum class HistoryEvent : std::uint8_t {
    NoEvent,
    PaymentEvent, // one per line's account
    ReversalEvent, // void, refund, returned check: one per reversed line's account
    ArrangementEvent,
    BrokenArrangementEvent,
    ChangeEvent,
    AdjustmentEvent,
    NoteEvent,
    OrderEvent,
    OrderUpdateEvent,
};

struct RecordKind {
    CommandPolicy policy; // the kind, the least role of its operator, whether a supervisor must always approve it
    WrittenBy writtenBy;
    Projection projection;
    DrawerEffect drawer;
    HistoryEvent accountEvent;
    int sinceSchema; // the station schema version (PRAGMA user_version) of the first build that wrote it

    constexpr std::string_view kind() const { return policy.kind; }
};

namespace record_kind_table {

using enum Role;
using enum WrittenBy;
using enum Projection;
using enum DrawerEffect;
using enum HistoryEvent;

// Every kind a station's ledger can hold. The role and approval columns are the authorization rules an auditor reads;
// for the station's own records (ByStation) they are not checked.
// clang-format off
inline constexpr RecordKind kRecordKinds[] = {
    // kind                            least role  approval written by projection   drawer  account event          since
    {{ledger::kKindGenesis,            Admin,      false}, ByStation, NoProjection, Never,  NoEvent,                1},
    {{ledger::kKindKeyRotate,          Admin,      false}, ByCommand, NoProjection, Never,  NoEvent,                1},
    {{ledger::kKindCheckpoint,         Cashier,    false}, ByCommand, NoProjection, Never,  NoEvent,                1},
    // written by the ledger writer just before a record when the wall clock went back (src/ledger/writer.cpp)
    {{ledger::kKindClockSteppedBack,   Cashier,    false}, ByStation, NoProjection, Never,  NoEvent,                11},
    // Station::create writes it at seq 2 of a demo station, never later
    {{"station.demo",                  Admin,      false}, ByStation, NoProjection, Never,  NoEvent,                11},
    {{"operator.added",                Admin,      false}, ByCommand, Operators,    Never,  NoEvent,                1},
    {{"operator.disabled",             Admin,      false}, ByCommand, Operators,    Never,  NoEvent,                2},
    {{"operator.pin_reset",            Admin,      false}, ByCommand, Operators,    Never,  NoEvent,                2},
    {{"settings.changed",              Admin,      false}, ByCommand, Operators,    Never,  NoEvent,                2},
    {{"approval.granted",              Supervisor, false}, ByCommand, Operators,    Never,  NoEvent,                2},
    // sign-in and lock records: anyone may try, so the station writes them without a policy
    {{"session.signed_in",             Cashier,    false}, ByStation, Operators,    Never,  NoEvent,                1},
    {{"session.sign_in_failed",        Cashier,    false}, ByStation, Operators,    Never,  NoEvent,                1},
    {{"session.locked_out",            Cashier,    false}, ByStation, Operators,    Never,  NoEvent,                2},
    {{"session.unlocked",              Cashier,    false}, ByStation, Operators,    Never,  NoEvent,                2},
    {{"session.locked",                Cashier,    false}, ByStation, NoProjection, Never,  NoEvent,                2},
    {{"session.signed_out",            Cashier,    false}, ByStation, NoProjection, Never,  NoEvent,                1},
    {{"session.lockout_cleared",       Cashier,    true},  ByCommand, Operators,    Never,  NoEvent,                2},
    {{"accounts.imported",             Admin,      false}, ByCommand, Imports,      Never,  NoEvent,                3},
    {{"bills.imported",                Admin,      false}, ByCommand, Imports,      Never,  NoEvent,                3},
    {{"fees.imported",                 Admin,      false}, ByCommand, Imports,      Never,  NoEvent,                3},
    {{"payment.taken",                 Cashier,    false}, ByCommand, Payments,     ByBody, PaymentEvent,           3},
    {{"payment.voided",                Cashier,    true},  ByCommand, Reversals,    ByBody, ReversalEvent,          3},
    {{"payment.refunded",              Cashier,    true},  ByCommand, Reversals,    ByBody, ReversalEvent,          3},
    // a float count that differs from the expected float needs approval
    {{"drawer.opened",                 Cashier,    false}, ByCommand, Drawers,      Always, NoEvent,                4},
    {{"drawer.dropped",                Cashier,    false}, ByCommand, Drawers,      Always, NoEvent,                4},
    {{"drawer.picked_up",              Supervisor, false}, ByCommand, Drawers,      Always, NoEvent,                4},
    {{"drawer.paid_out",               Cashier,    false}, ByCommand, Drawers,      Always, NoEvent,                4},
    {{"drawer.no_sale",                Cashier,    false}, ByCommand, Drawers,      Always, NoEvent,                4},
    // opening the drawer from the device test screen
    {{"device.drawer_tested",          Supervisor, false}, ByCommand, NoProjection, Always, NoEvent,                6},
    // above arrangements.approval a supervisor approves
    {{"arrangement.created",           Cashier,    false}, ByCommand, Arrangements, Never,  ArrangementEvent,       7},
    {{"arrangement.broken",            Cashier,    false}, ByCommand, Arrangements, Never,  BrokenArrangementEvent, 7},
    {{"account.changed",               Cashier,    false}, ByCommand, Maintenance,  Never,  ChangeEvent,            8},
    {{"order.created",                 Cashier,    false}, ByCommand, Orders,       Never,  OrderEvent,             9},
    {{"order.updated",                 Cashier,    false}, ByCommand, Orders,       Never,  OrderUpdateEvent,       9},
    {{"account.noted",                 Cashier,    false}, ByCommand, NoProjection, Never,  NoteEvent,              8},
    // above adjustments.approval a supervisor approves
    {{"bill.adjusted",                 Cashier,    false}, ByCommand, Maintenance,  Never,  AdjustmentEvent,        8},
    {{"batch.opened",                  Cashier,    false}, ByCommand, Batches,      Never,  NoEvent,                10},
    {{"batch.item_keyed",              Cashier,    false}, ByCommand, Batches,      Never,  NoEvent,                10},
    {{"batch.item_removed",            Cashier,    false}, ByCommand, Batches,      Never,  NoEvent,                10},
    // only when the keyed count and total equal the control figures
    {{"batch.closed",                  Cashier,    false}, ByCommand, Batches,      Never,  NoEvent,                10},
    // never the supervisor's own drawer or batch
    {{"review.approved",               Supervisor, false}, ByCommand, Reviews,      Never,  NoEvent,                10},
    {{"review.rejected",               Supervisor, false}, ByCommand, Reviews,      Never,  NoEvent,                10},
    // the cashier's answer to a rejection
    {{"review.resubmitted",            Cashier,    false}, ByCommand, Reviews,      Never,  NoEvent,                10},
    // every drawer and batch of the day approved first
    {{"day.approved",                  Supervisor, false}, ByCommand, Reviews,      Never,  NoEvent,                10},
    {{"drawer.counted",                Cashier,    false}, ByCommand, Drawers,      Always, NoEvent,                4},
    // over/short beyond the tolerance needs approval
    {{"drawer.closed",                 Cashier,    false}, ByCommand, Drawers,      Never,  NoEvent,                4},
    {{"drawer.x_report_viewed",        Cashier,    true},  ByCommand, NoProjection, Never,  NoEvent,                5},
    {{"routing.imported",              Admin,      false}, ByCommand, Checks,       Never,  NoEvent,                5},
    {{"check.verified",                Cashier,    false}, ByCommand, Checks,       Never,  NoEvent,                5},
    {{"check.override_approved",       Cashier,    true},  ByCommand, Checks,       Never,  NoEvent,                5},
    {{"check.returned",                Supervisor, false}, ByCommand, Checks,       Never,  ReversalEvent,          5},
    // the day's closed drawers, closed mail batches and safe drops, less the float kept back (deposits.h)
    {{"deposit.prepared",              Supervisor, false}, ByCommand, Deposits,     Never,  NoEvent,                12},
    // the bank's figure; a difference carries the supervisor's reason
    {{"deposit.confirmed",             Supervisor, false}, ByCommand, Deposits,     Never,  NoEvent,                12},
};
// clang-format on

} // namespace record_kind_table

using record_kind_table::kRecordKinds;

// The row of `kind`, or nullptr for a kind this station does not know.
const RecordKind* findRecordKind(std::string_view kind);

// A ledger record of a kind this station does not know: written by a newer Tillbook, or not by Tillbook at all.
// The message is the verifier's style: "seq 12: record kind "x.y" is not one this station knows".
class UnknownRecordKind : public std::runtime_error {
public:
    UnknownRecordKind(std::uint64_t seq, std::string_view kind);
};

// The row of the record's kind; throws UnknownRecordKind.
const RecordKind& recordKind(const ledger::Record& record);

// Whether the cash drawer opens for this record, once it is durable: the acts that put money in or take it out of the
// drawer (payments, cash refunds and voids, drops, pickups, paid-outs, counts, no-sales, a device test). Every kick
// belongs to one of these records. Throws UnknownRecordKind.
bool opensDrawer(const ledger::Record& record);
// The rule of the kinds whose drawer effect is ByBody.
bool bodyOpensDrawer(std::string_view kind, const nlohmann::json& body);

// Test builds add a kind without editing kRecordKinds: the row, with Projection::Extension and the projection that
// handles it, is known while this object lives. Not for production kinds: they belong in the table.
class RecordKindExtension {
public:
    using Handler = std::function<void(ledger::Db&, const ledger::Record&, const nlohmann::json&)>;
    RecordKindExtension(const RecordKind& row, Handler projection);
    ~RecordKindExtension();
    RecordKindExtension(const RecordKindExtension&) = delete;
    RecordKindExtension& operator=(const RecordKindExtension&) = delete;

    // The projection of an Extension row's kind; throws std::logic_error for any other kind.
    static const Handler& projectionOf(std::string_view kind);

private:
    std::string m_kind;
};

} // namespace tillbook::station
