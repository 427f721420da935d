// The station service: the only code that changes state. Each command becomes one signed ledger record and its
// projection update, in one SQLite transaction.
#pragma once

#include "core/clock.h"
#include "ledger/checkpoint.h"
#include "ledger/keys.h"
#include "ledger/sqlite.h"
#include "ledger/store.h"
#include "ledger/writer.h"
#include "station/data_dir.h"
#include "station/pin_hash.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tillbook::station {

enum class Role { Cashier, Supervisor, Admin };
std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view text);

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

inline constexpr std::size_t kMaxPinLength = 12;
inline constexpr std::size_t kMinPinLength = 4;
// The operator id that system-level acts (setup, checkpoints from tillctl) are recorded under.
inline constexpr std::string_view kSystemActor = "system";

class Station {
public:
    struct Options {
        ScryptParams scrypt;
        std::string program = "tillbook";
    };

    // Creates the database, the key pair and the genesis record. Refuses an existing station.
    static void create(const std::filesystem::path& dir, std::string_view stationId, const Clock& clock);
    // Opens for writing: takes the directory lock and the signing key, and checks the key is the ledger's.
    static std::unique_ptr<Station> open(const std::filesystem::path& dir, const Clock& clock, Options options);
    static std::unique_ptr<Station> open(const std::filesystem::path& dir, const Clock& clock)
    {
        return open(dir, clock, Options{});
    }
    ~Station();

    const DataPaths& paths() const { return m_paths; }
    const std::string& stationId() const { return m_stationId; }
    ledger::LedgerStore& store() { return *m_store; }
    const ledger::PublicKey& publicKey() const { return m_signer->publicKey(); }

    // Operators
    std::vector<OperatorInfo> operators(bool includeDisabled = false);
    std::optional<OperatorInfo> findOperator(std::string_view id);
    ledger::Record addOperator(std::string_view actor, std::string_view id, std::string_view name, Role role,
                               std::string_view pin);
    SignInResult signIn(std::string_view operatorId, std::string_view pin);
    ledger::Record signOut(std::string_view operatorId);

    // Ledger maintenance
    ledger::Checkpoint checkpoint(std::string_view actor);
    ledger::Record rotateKey(std::string_view actor, std::string_view reason);

private:
    Station(DataPaths paths, std::unique_ptr<DirLock> lock, std::unique_ptr<ledger::Db> db,
            std::unique_ptr<ledger::SoftwareSigner> signer, const Clock& clock, Options options);
    // Runs `apply` (projection updates) and appends the record in one transaction.
    template <typename Apply>
    ledger::Record commit(std::string_view kind, std::string_view actor, std::string_view approver,
                          const nlohmann::json& body, Apply apply);
    void migrate();

    DataPaths m_paths;
    std::unique_ptr<DirLock> m_lock;
    std::unique_ptr<ledger::Db> m_db;
    std::unique_ptr<ledger::LedgerStore> m_store;
    std::unique_ptr<ledger::SoftwareSigner> m_signer;
    const Clock& m_clock;
    Options m_options;
    std::unique_ptr<ledger::LedgerWriter> m_writer;
    std::string m_stationId;
};

// Opens a station's database for reading only (verify, prove, export): no lock, no private key.
// Throws StationUnavailable or ledger::FormatError with one clear sentence.
std::unique_ptr<ledger::Db> openLedgerReadOnly(const DataPaths& paths);

// The system clock, for the programs; tests use FixedClock.
class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override;
};

} // namespace tillbook::station
