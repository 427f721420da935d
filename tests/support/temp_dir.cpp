// Test support: the temporary directory.
#include "support/temp_dir.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace tillbook::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
    std::string pattern = (fs::temp_directory_path() / "tillbook-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

} // namespace tillbook::test
