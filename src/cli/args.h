// A small, strict command-line reader for tillctl: unknown options are errors, never ignored.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace tillbook::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // `valued` options take the next argument ("--data DIR"); `flags` take none. Options may repeat.
    Args(const std::vector<std::string>& argv, const std::set<std::string>& valued, const std::set<std::string>& flags);

    std::optional<std::string> value(const std::string& name) const;
    std::vector<std::string> values(const std::string& name) const;
    std::string required(const std::string& name) const;
    bool flag(const std::string& name) const { return m_flags.count(name) != 0; }
    const std::vector<std::string>& positionals() const { return m_positionals; }
    std::uint64_t number(const std::string& name, std::uint64_t fallback) const;

private:
    std::multimap<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positionals;
};

} // namespace tillbook::cli
