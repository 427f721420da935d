// The one place a command becomes a record: the database, the ledger writer, the projector, the clock, the station's
// identity and its settings, and commit (the authorization policy checked, the record appended and projected in one
// SQLite transaction, observers told once it is durable).
#pragma once

#include "core/clock.h"
#include "core/time_zone.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "ledger/writer.h"
#include "station/authorization.h"
#include "station/common.h"
#include "station/data_dir.h"
#include "station/pin_hash.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

class Projector;
class SettingsService;

struct StationOptions {
    ScryptParams scrypt;
    std::string program = "tillbook";
    // Tests only: called at the named steps of a key rotation ("rotation.key_written", "rotation.committed"),
    // so a test can kill the process exactly there.
    std::function<void(std::string_view step)> afterStep;
};

// What a commit needs besides its kind, actor and body.
struct CommitOptions {
    // A supervisor who approved in this same act with their PIN (approval.granted): the policy's role is theirs.
    std::string_view approver;
    // What the command writes besides its record and projections (a PIN hash); runs in the same transaction.
    std::function<void(const ledger::Record&)> sideEffect;
    // The approval the command needs in this case (a float that differs, over/short beyond the tolerance), when its
    // policy does not always ask for one; and the id of the approval that a supervisor granted for it.
    const ApprovalRequest* request = nullptr;
    std::string_view approvalId;

    static CommitOptions approval(const ApprovalRequest* request, std::string_view approvalId)
    {
        CommitOptions options;
        options.request = request;
        options.approvalId = approvalId;
        return options;
    }
    static CommitOptions effect(std::function<void(const ledger::Record&)> sideEffect)
    {
        CommitOptions options;
        options.sideEffect = std::move(sideEffect);
        return options;
    }
    static CommitOptions approvedBy(std::string_view approver)
    {
        CommitOptions options;
        options.approver = approver;
        return options;
    }
};

class CommandContext {
public:
    CommandContext(DataPaths paths, std::unique_ptr<DirLock> lock, std::unique_ptr<ledger::Db> db,
                   std::unique_ptr<ledger::SoftwareSigner> signer, const Clock& clock, StationOptions options);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    ledger::Db& db() { return *m_db; }
    ledger::LedgerStore& store() { return *m_store; }
    Projector& projector() { return *m_projector; }
    const Clock& clock() const { return m_clock; }
    const DataPaths& paths() const { return m_paths; }
    const std::string& stationId() const { return m_stationId; }
    const StationOptions& options() const { return m_options; }
    SettingsService& settings() { return *m_settings; }
    // The one definition of "the day": the business day (YYYY-MM-DD) of an instant in the station's zone, from its
    // business_day_start (station.time_zone, station.business_day_start; see core/time_zone.h).
    std::string businessDay(std::int64_t timeMs);
    std::string today() { return businessDay(m_clock.nowMs()); } // the business day now
    // The station's zone and business day, as the settings stand.
    const BusinessCalendar& calendar();
    // "2026-11-28 02:10 CST": times on paper and in tillctl's output, local with the zone's abbreviation.
    std::string printedTime(std::int64_t timeMs) { return calendar().printedTime(timeMs); }

    // The signing key; a key rotation replaces it once its record is durable.
    const ledger::SoftwareSigner& signer() const { return *m_signer; }
    ledger::LedgerWriter& writer() { return *m_writer; }
    void replaceSigner(std::unique_ptr<ledger::SoftwareSigner> signer);
    const PinSecret& pinSecret() const { return *m_pinSecret; }
    void setPinSecret(std::unique_ptr<PinSecret> secret) { m_pinSecret = std::move(secret); }

    // Appends one record and applies it to the projections in one transaction (or in the transaction already open,
    // see inTransaction). The kind's policy is checked: the actor's role (the approver's, for approval.granted), and,
    // when the policy always asks for an approval or the command passes `options.request`, the approval it names is
    // used up. A refusal throws CommandRefused inside the transaction, so nothing is written.
    ledger::Record commit(std::string_view kind, std::string_view actor, nlohmann::json body,
                          const CommitOptions& options = {});
    // Runs `work` in one SQLite transaction: the commits inside it join it. Nests: only the outermost commits.
    void inTransaction(const std::function<void()>& work);
    // Called with each committed record once the outermost transaction is durable, in order.
    using Observer = std::function<void(const ledger::Record&)>;
    // Returns a token for removeObserver (an observer that goes away before the station must say so).
    std::uint64_t onCommitted(Observer observer);
    void removeObserver(std::uint64_t token);
    // A record the writer appended directly (a checkpoint, a key rotation) inside inTransaction: announced with the
    // others once durable.
    void noteCommitted(const ledger::Record& record) { m_committed.push_back(record); }

    // A station replayed from its records (Station::replay): commit refuses, imports without their file are skipped.
    void markReplayed();

    void requireRole(std::string_view actor, Role role);
    std::string useApproval(std::string_view approvalId, const ApprovalRequest& request, std::string_view actor);

private:
    void announce();

    DataPaths m_paths;
    std::unique_ptr<DirLock> m_lock;
    std::unique_ptr<ledger::Db> m_db;
    std::unique_ptr<ledger::LedgerStore> m_store;
    std::unique_ptr<ledger::SoftwareSigner> m_signer;
    std::unique_ptr<PinSecret> m_pinSecret;
    const Clock& m_clock;
    StationOptions m_options;
    std::unique_ptr<ledger::LedgerWriter> m_writer;
    std::unique_ptr<Projector> m_projector;
    std::unique_ptr<SettingsService> m_settings;
    std::string m_stationId;
    bool m_replayed = false;
    int m_depth = 0; // open transactions: 0 outside any
    std::vector<ledger::Record> m_committed; // inside the outermost transaction, announced when it commits
    std::vector<std::pair<std::uint64_t, Observer>> m_observers;
    std::uint64_t m_nextObserver = 1;
};

} // namespace tillbook::station
