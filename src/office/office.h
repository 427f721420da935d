// The office side: its directory (connection, cosigning key), stations and their roles, verifying and cosigning what
// stations pushed, and the status of every station (docs/office.md).
#pragma once

#include "ledger/cosignature.h"
#include "core/money.h"
#include "office/office_calendar.h"
#include "office/pg.h"
#include "station/common.h"
#include "station/deposits.h"
#include "station/journal.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tillbook::office {

struct StationStatus {
    std::string station;
    std::uint64_t records = 0; // records the office holds for it, verified or waiting
    std::uint64_t verifiedSize = 0;
    std::string root; // base64 root of the verified tree; empty before the first record
    std::string lastSync; // ISO 8601 UTC of its last push; empty before the first
    std::string state; // ok, forked or invalid
    std::string problem; // why, when not ok
    // The office's stored copy, checked again by status(): empty when its records 1..verified_size are all there and
    // hash, link and add up to the verified root; else what is wrong (a row deleted or changed in the database).
    std::string storedProblem;
};

struct ProcessOutcome {
    std::string station;
    std::uint64_t verifiedBefore = 0;
    std::uint64_t verifiedAfter = 0;
    std::string state;
    std::string problem;
    std::uint64_t cosignedSize = 0; // the largest checkpoint cosigned in this run; 0 when none
    bool frozenBefore = false; // already forked or invalid: nothing was looked at
    std::uint64_t published = 0; // items published for every window from its verified records in this run
    std::string publishProblem; // why publishing stopped, when it did
};

// One business day across every window, from the verified records (docs/office.md, "The office day").
struct OfficeDayStation {
    std::string station;
    std::string state; // ok, forked or invalid: a frozen station's day ends at its last good record
    std::uint64_t verifiedSize = 0;
    std::uint64_t waiting = 0; // records pushed and not verified yet: not in the day's figures
    std::int64_t payments = 0;
    Money collected; // the day's payments
    std::int64_t reversals = 0; // voids, refunds and returned checks recorded on the day
    Money reversed;
    Money postings; // collected less reversed: the station's posting export of the day
};
struct DuplicatePresentment {
    std::string routing;
    std::string maskedAccount;
    std::string serial;
    std::vector<std::string> receipts; // station-scoped, so they name the windows
};
// A drawer or mail batch of the day at one window, and where its review stands (as the station's review has it).
struct OfficeWork {
    std::string station;
    std::string subject; // drawer | batch
    std::string id;
    std::string operatorId;
    std::string state; // open, balanced, approved, rejected
    std::string reviewer;
};
// The office's approval of a day, as stored (append-only) and signed by the office key.
struct OfficeDayApproval {
    std::string approvedBy;
    std::string approvedAt; // ISO 8601 UTC
    std::size_t work = 0; // the drawers and batches it covered
    bool signatureValid = false; // its signature verifies with the office key
    bool current = false; // valid, and no drawer or batch was opened on the day since
};
// One item to publish for every window (office.published): the record it came from, or 0 for the office's own.
struct PublishItem {
    std::int64_t seq = 0;
    std::string kind;
    std::string body;
};
// One change of an office setting (office.time_zone, office.business_day_start), as stored append-only and signed.
struct OfficeSetting {
    std::int64_t id = 0;
    std::string key;
    std::string value;
    std::int64_t effectiveMs = 0; // in force from this instant on
    std::string changedBy; // the database role that recorded it
    std::string recordedAt; // ISO 8601 UTC, the database's clock
    bool signatureValid = false;
};
// A drawer or mail batch a window deposited on its own after the office had deposited it (office.deposit_overlaps):
// the money is in two deposits. Resolved once the office's deposit is voided (taken back at the bank).
struct DepositOverlap {
    std::string station;
    std::uint64_t seq = 0; // the window's deposit.prepared record
    std::string deposit; // the window's own deposit, "WIN-A-DP000002"
    std::string day; // the window's deposit's business day
    std::string kind; // drawer | batch
    std::string id;
    std::string officeDeposit; // "OFFICE-DP000001"
    std::string officeDay;
    bool resolved = false; // the office's deposit was voided
    std::string voidedBy;
    std::string voidReason;
};
// The overlap in words, for the supervisor (office.deposit_overlap).
Message overlapMessage(const DepositOverlap& overlap);

struct OfficeDay {
    std::string day;
    std::string timeZone; // the office's, in force at the day's end
    std::string dayStart; // HH:MM
    std::vector<DayBounds> bounds; // the UTC instants [start, end) of the office day
    std::vector<OfficeWork> work;
    std::optional<OfficeDayApproval> approval; // the latest, when the day was approved
    std::vector<OfficeDayStation> stations;
    std::vector<std::pair<std::string, Money>> funds;
    std::vector<std::pair<std::string, Money>> tenders;
    Money postings;
    std::vector<DuplicatePresentment> duplicates; // the same check taken at two windows (or twice at one)
    std::vector<DepositOverlap> overlaps; // drawers and batches of the day in two deposits, resolved ones too
};

// A deposit the office prepared across its windows (office.deposits), as stored: its body is a deposit.prepared body
// (figures in cents) with a part per window under "windows", and the office key's signature over it.
struct OfficeDeposit {
    std::string id; // "OFFICE-DP000001"
    std::string preparedBy;
    std::string preparedAt; // ISO 8601 UTC
    std::int64_t preparedAtMs = 0;
    nlohmann::json body;
    bool signatureValid = false; // its signature verifies with the office key
    std::optional<nlohmann::json> confirmation; // the deposit.confirmed body, once the bank's confirmation is keyed
    std::string confirmedBy;
    bool confirmationSignatureValid = false;
    std::optional<nlohmann::json> voided; // {deposit, reason, office}, once taken back at the bank and voided
    std::string voidedBy;
    bool voidSignatureValid = false;
};

// Where an office process run spent its time (tillctl bench office reads it).
struct ProcessTimes {
    double verifySeconds = 0; // fork checks, verification, storing and cosigning, stations at once
    double publishSeconds = 0; // deriving postings and what every window must know, one station after another
};

class Office {
public:
    // Creates (or finds) the office directory and its key, and brings the database's schema up to date. Idempotent:
    // a second init with the same database keeps the key; refuses to point an existing office elsewhere. An office
    // that has no time zone yet records `timeZone` (empty: the machine's) as its office.time_zone.
    static std::string init(const std::filesystem::path& dir, const std::string& db, const std::string& stationUrl,
                            const std::filesystem::path& caFile, const std::string& timeZone = {});
    static std::unique_ptr<Office> open(const std::filesystem::path& dir);

    // Creates the station's role with a new random password (or gives an existing one a new password) and returns
    // what the station needs to join: office URL, role, password, the office's public key and CA certificate.
    nlohmann::json addStation(const std::string& station);
    // Verifies, stores and cosigns everything pending, stations at once (one connection each, as many as cores), then
    // publishes what they verified, one station after another.
    std::vector<ProcessOutcome> process(ProcessTimes* times = nullptr);
    // Every station's state, with its stored records checked again against the verified root (storedProblem).
    std::vector<StationStatus> status();
    // Everything the office published checked again as a station checks its pull (office/published_check.h): every
    // batch signed by the office key over its items and its link to the batch before it. Empty when intact; else
    // what is wrong (a published row changed, or a whole batch deleted, in the database).
    std::string publishedProblem();
    // The office's settings: every change, oldest first, and the calendar they make. The office day of an instant is
    // by the settings in force at that instant; before the first change of the zone, the first zone recorded (init
    // records the machine's), or the machine's when none was. calendar() refuses (CommandRefused) to read settings a
    // change of which does not carry the office key's signature.
    std::vector<OfficeSetting> settings();
    OfficeCalendar calendar();
    // Records a change, in force from `nowMs`, signed by the office key; refused in one sentence for an unknown key, a
    // zone tzdata does not have, or a start that is not HH:MM.
    OfficeSetting changeSetting(const std::string& key, const std::string& value, std::int64_t nowMs);

    // The office's business day (office.time_zone, office.business_day_start) across every window.
    OfficeDay dayReport(const std::string& day);
    // Every window's postings of the day in one file, each once, in the columns of a station's export.
    std::string exportPostings(const std::string& day);
    // The supervisor's approval of the day across every window: refused (CommandRefused) while a window has records
    // not verified, is frozen, or has a drawer or mail batch of the day that is open or not approved in review.
    // Stored append-only, signed by the office key, and published to every window with the day's figures.
    OfficeDay approveDay(const std::string& day, const std::string& supervisor);

    // The money leaving the office (office_money.cpp, docs/office.md "Deposits and the journal"). A deposit takes, for
    // the business day, every window's closed drawers and closed mail batches that no deposit took yet (the station's
    // own, read from its verified records, or the office's), or only the drawers named; each window's part is the
    // station's own deposit arithmetic over its replayed records (DepositService::draft), and the whole is their sum.
    // Refused, with nothing written, as the station refuses (an open drawer or batch, a drawer deposited already,
    // nothing to deposit, cash below the float kept back), and while a window has records not verified or is frozen,
    // when SUP is no supervisor at any window, and when the windows deposit to different bank accounts.
    OfficeDeposit prepareDeposit(const station::DepositRequest& request);
    // The bank's confirmation, checked as the station checks its own (station::checkConfirmation); refuses an unknown
    // deposit and one confirmed already.
    OfficeDeposit confirmDeposit(const station::DepositConfirmation& confirmation);
    // Takes an office deposit back (the bank returned the bag): stored append-only, signed by the office key, and
    // published back (deposit_voided), so its drawers and batches may go in another deposit and a window's own
    // deposit of them is no longer an overlap. Refuses an unknown deposit, one voided already, one the bank confirmed,
    // no reason, and an operator who is no supervisor at any window.
    OfficeDeposit voidDeposit(const std::string& id, const std::string& reason, const std::string& supervisor);
    // Drawers and batches in an office deposit and a window's own (docs/office.md, "A drawer deposited twice"), whose
    // office deposit or window deposit is of `day` (every day when empty); `unresolvedOnly` leaves out the voided.
    std::vector<DepositOverlap> depositOverlaps(const std::string& day, bool unresolvedOnly = false);
    std::optional<OfficeDeposit> deposit(const std::string& id);
    // The deposit slip (tillctl office print deposit): the station's slip of the whole, each window's drawers and
    // batches named by that window. Refuses an unknown deposit.
    printing::BankDepositDocument depositDocument(const std::string& id);
    std::vector<OfficeDeposit> deposits(const std::string& day); // oldest first; every day when empty
    // One journal across windows for `day`: each window's lines built by the station's own journal over its replayed
    // records, with its own deposits of the day and its parts of the office's, memos prefixed by the window.
    station::Journal journal(const std::string& day);

    // An accounts, bills or fees import (`kind`), done once at the office for every window: the file is checked as a
    // station checks its own imports (all or nothing, every problem by line and column; a bill's account must be one
    // the office imported), then published, signed, in the office's order. Throws station::ImportRefused.
    struct ImportOutcome {
        std::int64_t id = 0; // the office's import number
        std::size_t added = 0;
        std::size_t updated = 0;
        std::string sha256;
    };
    ImportOutcome importFile(const std::string& kind, const std::filesystem::path& file);

    const ledger::CosignerKey& publicKey() const { return m_cosigner->publicKey(); }

private:
    Office(std::filesystem::path dir, nlohmann::json config, std::unique_ptr<ledger::Cosigner> cosigner);
    ProcessOutcome processStation(PgConnection& db, const std::string& station);
    // Derives the postings and what every window must know from a station's verified records not derived yet; adds
    // the office days its postings fall on to `days`.
    std::uint64_t publishStation(const std::string& station, const OfficeCalendar& calendar, std::set<std::string>& days);
    // Publishes items for every window, each with the office key's signature over its id, inside the caller's
    // transaction: the ids are reserved in one statement, then the items and their signatures are written many rows
    // a statement. The caller holds the publishing lock (lockPublishing), so that ids become visible in order. No
    // origin: the office's own items. Returns the ids, in the items' order.
    std::vector<std::int64_t> publish(const std::optional<std::string>& origin, const std::vector<PublishItem>& items);
    std::int64_t publish(const std::optional<std::string>& origin, std::int64_t seq, const std::string& kind,
                         const std::string& body);
    void lockPublishing(); // for this transaction; process() holds it for its whole run
    // Items published before the office signed them (schema step 3) get their signature.
    void signUnsigned();
    // The day's figures as every window sees them in its back office (kind day_summary).
    void publishDaySummary(const std::string& day);
    bool m_processing = false;
    // Every window with verified records, replayed in memory (station::Station::replay), refusing while one has
    // records waiting or is frozen (the day's money is read from verified records only).
    // `current`: refuse while one has records waiting or is frozen; without it, what is verified is replayed.
    std::vector<std::unique_ptr<station::Station>> replayWindows(bool current = true);
    std::vector<ledger::Record> verifiedRecords(const std::string& station);
    bool isSupervisorAnywhere(const std::string& id);
    std::vector<OfficeDeposit> readDeposits(const std::string& where, const std::vector<PgParam>& params);
    station::SystemClock m_clock; // what a replayed window's clock reads; nothing it says is recorded

    std::filesystem::path m_dir;
    nlohmann::json m_config;
    std::unique_ptr<ledger::Cosigner> m_cosigner;
    std::unique_ptr<PgConnection> m_db;
};

} // namespace tillbook::office
