// A Tillbook station: creating, opening and migrating its data directory, and the domain services every command and
// query goes through (src/station/*.h, one per domain; docs/architecture.md).
#pragma once

#include "core/clock.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "station/command_context.h"
#include "station/common.h"
#include "station/data_dir.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

class AccountService;
class ArrangementService;
class BatchService;
class CheckService;
class DepositService;
class DocumentService;
class DrawerService;
class LedgerService;
class MaintenanceService;
class OperatorService;
class OrderService;
class PaymentService;
class ReportService;
class ReviewService;
class SettingsService;

class Station {
public:
    using Options = StationOptions;

    // A demo station says so in its second record (station.demo), written only at creation: its operators' PINs are
    // published, so demo data and simulated days go only into a station made as one.
    enum class Kind { Real, Demo };
    static constexpr std::string_view kKindStationDemo = "station.demo";
    // Creates the database, the key pair and the genesis record. Refuses an existing station.
    static void create(const std::filesystem::path& dir, std::string_view stationId, const Clock& clock,
                       Kind kind = Kind::Real);
    // Opens for writing: takes the directory lock and the signing key, checks the key is the ledger's, migrates.
    static std::unique_ptr<Station> open(const std::filesystem::path& dir, const Clock& clock, Options options);
    static std::unique_ptr<Station> open(const std::filesystem::path& dir, const Clock& clock)
    {
        return open(dir, clock, Options{});
    }
    // A second handle on a station this process holds open (`owner`), for another thread of the process (the station
    // UI's office sync): its own SQLite connection and its own copy of the signing key, and no lock of its own, since
    // the owner's covers the process. SQLite serializes the two connections' writes. Must not outlive the owner.
    static std::unique_ptr<Station> openBeside(const Station& owner);
    // A window as the office sees it: `records` (the station's, from seq 1, verified) replayed in memory through the
    // station's own Projector, so that the station's own queries (drawers, deposits, the journal) answer over them.
    // Nothing can be recorded on it (commit throws); the station's own imports change nothing (the office has none of
    // their archived files), so accounts and bills it imported itself are unknown there. The clock must outlive it.
    static std::unique_ptr<Station> replay(const std::vector<ledger::Record>& records, const Clock& clock);
    ~Station();
    Station(const Station&) = delete;
    Station& operator=(const Station&) = delete;

    const DataPaths& paths() const { return m_ctx->paths(); }
    const std::string& stationId() const { return m_ctx->stationId(); }
    const Clock& clock() const { return m_ctx->clock(); }
    std::string today() { return m_ctx->today(); } // the business day now, YYYY-MM-DD (command_context.h)
    std::string businessDay(std::int64_t timeMs) { return m_ctx->businessDay(timeMs); }
    const BusinessCalendar& calendar() { return m_ctx->calendar(); }
    std::string printedTime(std::int64_t timeMs) { return m_ctx->printedTime(timeMs); }
    ledger::LedgerStore& store() { return m_ctx->store(); }
    const ledger::PublicKey& publicKey() const { return m_ctx->signer().publicKey(); }
    // Called with each record once it is durable (the session controller tells the screens).
    std::uint64_t onCommitted(CommandContext::Observer observer) { return m_ctx->onCommitted(std::move(observer)); }
    void removeObserver(std::uint64_t token) { m_ctx->removeObserver(token); }

    OperatorService& operators() { return *m_operators; }
    SettingsService& settings() { return m_ctx->settings(); }
    AccountService& accounts() { return *m_accounts; }
    PaymentService& payments() { return *m_payments; }
    DrawerService& drawers() { return *m_drawers; }
    CheckService& checks() { return *m_checks; }
    ArrangementService& arrangements() { return *m_arrangements; }
    MaintenanceService& maintenance() { return *m_maintenance; }
    OrderService& orders() { return *m_orders; }
    BatchService& batches() { return *m_batches; }
    ReviewService& review() { return *m_review; }
    DepositService& deposits() { return *m_deposits; }
    ReportService& reports() { return *m_reports; }
    DocumentService& documents() { return *m_documents; }
    LedgerService& ledger() { return *m_ledger; }

private:
    explicit Station(std::unique_ptr<CommandContext> context);
    static std::unique_ptr<Station> openLocked(DataPaths paths, std::unique_ptr<DirLock> lock, const Clock& clock,
                                               Options options);
    void migrate();

    std::unique_ptr<CommandContext> m_ctx;
    std::unique_ptr<OperatorService> m_operators;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<PaymentService> m_payments;
    std::unique_ptr<DrawerService> m_drawers;
    std::unique_ptr<CheckService> m_checks;
    std::unique_ptr<ArrangementService> m_arrangements;
    std::unique_ptr<MaintenanceService> m_maintenance;
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<BatchService> m_batches;
    std::unique_ptr<ReviewService> m_review;
    std::unique_ptr<DepositService> m_deposits;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<DocumentService> m_documents;
    std::unique_ptr<LedgerService> m_ledger;
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

// Puts a committed key rotation's keys/next.key in place as the station's key (the rotation, or the next open after a
// stop between its commit and this).
void finishKeyRotation(const DataPaths& paths, const ledger::SoftwareSigner& next);

} // namespace tillbook::station
