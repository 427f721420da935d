// Data directory layout, single-writer lock and durable small-file writes.
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
    , publicKey(keysDir / "station.pub")
    , nextKey(keysDir / "next.key")
    , latestCheckpoint(dir / "checkpoints" / "latest.txt")
    , lockFile(dir / "tillbook.lock")
    , importsDir(dir / "imports")
    , exportsDir(dir / "exports")
    , printoutsDir(dir / "printouts")
{
}

DirLock::DirLock(const DataPaths& paths, const std::string& program)
{
    m_fd = ::open(paths.lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0)
        throw StationBusy("cannot open " + paths.lockFile.string() + ": " + std::strerror(errno));
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        std::string holder = readSmallFile(paths.lockFile).value_or("");
        while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' '))
            holder.pop_back();
        ::close(m_fd);
        m_fd = -1;
        throw StationBusy("the data directory " + paths.dir.string() + " is in use by another process ("
                          + (holder.empty() ? std::string("unknown") : holder)
                          + "); close it first, or use a different --data directory");
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
    if (m_fd >= 0)
        ::close(m_fd); // closing releases the flock
}

void writeFileAtomically(const fs::path& given, const std::string& text)
{
    // "out.pdf" is in the current directory: make the directory explicit for create_directories and the dir fsync.
    const fs::path path = given.has_parent_path() ? given : fs::path(".") / given;
    fs::create_directories(path.parent_path());
    fs::path temp = path;
    temp += ".tmp";
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot write " + temp.string() + ": " + std::strerror(errno));
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            int saved = errno;
            ::close(fd);
            throw std::runtime_error("cannot write " + temp.string() + ": " + std::strerror(saved));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        int saved = errno;
        ::close(fd);
        throw std::runtime_error("cannot sync " + temp.string() + ": " + std::strerror(saved));
    }
    ::close(fd);
    fs::rename(temp, path);
    int dirFd = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
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
