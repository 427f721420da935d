// Data directory layout and the single-writer lock.
#include "station/data_dir.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace tillbook::station {

namespace fs = std::filesystem;

fs::path resolveDataDir(const std::optional<std::string>& fromArgs)
{
    if (fromArgs && !fromArgs->empty())
        return fs::path(*fromArgs);
    if (const char* env = std::getenv("TILLBOOK_DATA"); env && *env)
        return fs::path(env);
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "tillbook";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "tillbook";
}

DataPaths::DataPaths(fs::path d)
    : dir(std::move(d))
    , database(dir / "tillbook.db")
    , keysDir(dir / "keys")
    , privateKey(keysDir / "station.key")
    , pinSecret(keysDir / "pin.secret")
    , publicKey(keysDir / "station.pub")
    , nextKey(keysDir / "next.key")
    , latestCheckpoint(dir / "checkpoints" / "latest.txt")
    , lockFile(dir / "tillbook.lock")
    , importsDir(dir / "imports")
    , exportsDir(dir / "exports")
    , printoutsDir(dir / "printouts")
{
}

namespace {

[[noreturn]] void throwBusy(const DataPaths& paths)
{
    std::string holder = readSmallFile(paths.lockFile).value_or("");
    while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' '))
        holder.pop_back();
    throw StationBusy("the data directory " + paths.dir.string() + " is in use by another process ("
                          + (holder.empty() ? std::string("unknown") : holder)
                          + "); close it first, or use a different --data directory",
                      holder.substr(0, holder.find(" pid ")));
}

} // namespace

DirLock::DirLock(const DataPaths& paths, const std::string& program)
{
    // The lock is on the directory: a lock file can be deleted and recreated, letting a second writer in.
    m_dirFd = ::open(paths.dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_dirFd < 0)
        throw StationBusy("cannot open " + paths.dir.string() + ": " + std::strerror(errno));
    if (::flock(m_dirFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_dirFd);
        m_dirFd = -1;
        throwBusy(paths);
    }
    m_fd = ::open(paths.lockFile.c_str(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        int saved = errno;
        ::close(m_dirFd);
        m_dirFd = -1;
        throw StationBusy("cannot open " + paths.lockFile.string() + ": " + std::strerror(saved));
    }
    // A version that locked only tillbook.lock may still be running.
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_fd);
        ::close(m_dirFd);
        m_fd = m_dirFd = -1;
        throwBusy(paths);
    }
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    char when[32] = {};
    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    std::string holder = program + " pid " + std::to_string(::getpid()) + " on " + host + " since " + when + "\n";
    if (::ftruncate(m_fd, 0) != 0 || ::pwrite(m_fd, holder.data(), holder.size(), 0) < 0) {
        // The lock itself is held; only the courtesy text is missing.
    }
}

DirLock::~DirLock()
{
    // Closing releases the flocks.
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_dirFd >= 0)
        ::close(m_dirFd);
}

std::optional<std::string> readSmallFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace tillbook::station
