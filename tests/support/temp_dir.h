// Test support: a temporary directory that goes away with the test.
#pragma once

#include <filesystem>

namespace tillbook::test {

// A temporary directory removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace tillbook::test
