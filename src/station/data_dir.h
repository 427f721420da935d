// Where a station keeps its files, and the lock that lets only one process write there.
#pragma once

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
    std::filesystem::path publicKey; // keys/station.pub, for auditors and for read-only verification
    std::filesystem::path nextKey; // keys/next.key during a rotation
    std::filesystem::path latestCheckpoint; // checkpoints/latest.txt, a witness outside the database
    std::filesystem::path lockFile; // tillbook.lock
    std::filesystem::path importsDir; // imports/<sha256>.csv: every imported file, as the ledger names it
    std::filesystem::path exportsDir; // exports/
    std::filesystem::path printoutsDir; // printouts/YYYY-MM-DD/: every document printed at the counter, as a PDF
};

class StationBusy : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An exclusive flock on tillbook.lock holding "pid program host since" for the message a second writer sees.
class DirLock {
public:
    DirLock(const DataPaths& paths, const std::string& program);
    ~DirLock();
    DirLock(const DirLock&) = delete;
    DirLock& operator=(const DirLock&) = delete;

private:
    int m_fd = -1;
};

// Writes `text` to `path` durably: temporary file, fsync, rename, fsync of the directory.
void writeFileAtomically(const std::filesystem::path& path, const std::string& text);
std::optional<std::string> readSmallFile(const std::filesystem::path& path);

} // namespace tillbook::station
