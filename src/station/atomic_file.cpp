// AtomicFile: a temporary beside the target, fsync, rename, fsync of the directory; no temporary outlives a failure.
#include "station/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <string>

namespace tillbook::station {

namespace fs = std::filesystem;

namespace {

// "out.csv" is in the current directory: the directory must be explicit for the directory fsync.
fs::path withParent(const fs::path& path)
{
    return path.has_parent_path() ? path : fs::path(".") / path;
}

std::string randomSuffix()
{
    static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::random_device random;
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    std::string out;
    for (int i = 0; i < 6; ++i)
        out += kAlphabet[pick(random)];
    return out;
}

} // namespace

AtomicFile::AtomicFile(fs::path target, mode_t mode)
    : m_target(withParent(target))
{
    // A name someone else made (a planted link, a file in use) is skipped, never opened: O_EXCL refuses it.
    int error = EEXIST;
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path candidate = m_target;
        candidate += ".tmp." + randomSuffix();
        m_fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
        if (m_fd >= 0) {
            m_temp = std::move(candidate);
            return;
        }
        error = errno;
        if (error != EEXIST)
            break;
    }
    throw FileWriteError(m_target,
                         std::string("cannot create a temporary file beside it (") + std::strerror(error) + ")");
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        discard();
}

void AtomicFile::discard() noexcept
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temp.empty())
        ::unlink(m_temp.c_str());
}

void AtomicFile::fail(std::string_view what, int error)
{
    discard();
    throw FileWriteError(m_target,
                         std::string(what) + " failed (" + std::strerror(error) + "); the file was left as it was");
}

void AtomicFile::write(std::string_view bytes)
{
    if (m_fd < 0)
        throw std::logic_error("AtomicFile::write after commit or failure");
    while (!bytes.empty()) {
        ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("writing", errno);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit()
{
    if (m_fd < 0)
        throw std::logic_error("AtomicFile::commit twice or after failure");
    if (::fsync(m_fd) != 0)
        fail("fsync", errno);
    int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        fail("closing", errno);
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0)
        fail("renaming " + m_temp.filename().string() + " over it", errno);
    m_committed = true;
    syncDirectory(m_target.parent_path());
}

void writeFileAtomically(const fs::path& path, std::string_view text, mode_t mode)
{
    fs::path target = withParent(path);
    std::error_code error;
    fs::create_directories(target.parent_path(), error);
    if (error)
        throw FileWriteError(target, "cannot create its directory " + target.parent_path().string() + " ("
                                         + error.message() + ")");
    AtomicFile file(target, mode);
    file.write(text);
    file.commit();
}

void syncDirectory(const fs::path& dir)
{
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw FileWriteError(dir, std::string("cannot open the directory to sync it (") + std::strerror(errno) + ")");
    // Some file systems cannot sync a directory (EINVAL); there is nothing more to make durable then.
    if (::fsync(fd) != 0 && errno != EINVAL) {
        int saved = errno;
        ::close(fd);
        throw FileWriteError(dir, std::string("fsync of the directory failed (") + std::strerror(saved) + ")");
    }
    ::close(fd);
}

} // namespace tillbook::station
