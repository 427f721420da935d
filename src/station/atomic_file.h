// Whole-file writes that never leave a half-written or stray file behind and never follow a planted link.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tillbook::station {

// "cannot write TARGET: REASON"; reason() alone, for a sentence that names the file its own way.
class FileWriteError : public std::runtime_error {
public:
    FileWriteError(const std::filesystem::path& target, std::string reason)
        : std::runtime_error("cannot write " + target.string() + ": " + reason)
        , m_reason(std::move(reason))
    {
    }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_reason;
};

// A file's new contents, put in place whole or not at all. The bytes go to a fresh temporary beside the target
// (TARGET.tmp.XXXXXX, created with O_EXCL|O_NOFOLLOW, so a link planted there is never followed and a name in use
// is never reused); commit() fsyncs it, renames it over the target and fsyncs the directory. Until then the target
// is untouched, and the temporary is removed on every path that does not commit. Errors are FileWriteError
// sentences naming the target and the reason.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target, mode_t mode = 0644);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view bytes);
    void commit();
    const std::filesystem::path& tempPath() const { return m_temp; }

private:
    [[noreturn]] void fail(std::string_view what, int error);
    void discard() noexcept;

    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    int m_fd = -1;
    bool m_committed = false;
};

// Writes `text` to `path` through an AtomicFile, creating the parent directory when it is missing.
void writeFileAtomically(const std::filesystem::path& path, std::string_view text, mode_t mode = 0644);

// fsync of a directory, so a rename or a new name in it survives a power cut; throws FileWriteError.
void syncDirectory(const std::filesystem::path& dir);

} // namespace tillbook::station
