// Where a station keeps its files, and the lock that lets only one process write there.
#pragma once

#include "station/atomic_file.h"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

namespace tillbook::station {

// --data DIR, else $TILLBOOK_DATA, else $XDG_DATA_HOME/tillbook, else ~/.local/share/tillbook.
std::filesystem::path resolveDataDir(const std::optional<std::string>& fromArgs);

struct DataPaths {
    explicit DataPaths(std::filesystem::path dir);
    std::filesystem::path dir;
    std::filesystem::path database; // tillbook.db
    std::filesystem::path keysDir; // keys/ (mode 0700)
    std::filesystem::path privateKey; // keys/station.key (mode 0600)
    std::filesystem::path pinSecret; // keys/pin.secret (mode 0600): the key of every PIN hash, never in the database
    std::filesystem::path publicKey; // keys/station.pub, for auditors and for read-only verification
    std::filesystem::path nextKey; // keys/next.key during a rotation
    std::filesystem::path latestCheckpoint; // checkpoints/latest.txt, a witness outside the database
    std::filesystem::path lockFile; // tillbook.lock: who holds the lock (the lock itself is on the directory)
    std::filesystem::path importsDir; // imports/<sha256>.csv: every imported file, as the ledger names it
    std::filesystem::path exportsDir; // exports/
    std::filesystem::path printoutsDir; // printouts/YYYY-MM-DD/: every document printed at the counter, as a PDF
};

class StationBusy : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    StationBusy(const std::string& what, std::string holderProgram)
        : std::runtime_error(what)
        , holder(std::move(holderProgram))
    {
    }
    // The program that holds the directory as its lock file names it ("tillbook" for the station UI), "" if unknown.
    std::string holder;
};

// An exclusive flock on the data directory itself, which nobody can delete and recreate while it holds the database;
// tillbook.lock (also flocked, for older versions) holds "program pid host since" for the message a second writer sees.
class DirLock {
public:
    DirLock(const DataPaths& paths, const std::string& program);
    ~DirLock();
    DirLock(const DirLock&) = delete;
    DirLock& operator=(const DirLock&) = delete;

private:
    int m_dirFd = -1;
    int m_fd = -1;
};
std::optional<std::string> readSmallFile(const std::filesystem::path& path);

} // namespace tillbook::station
