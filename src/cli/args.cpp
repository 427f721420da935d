// tillctl argument parsing.
#include "cli/args.h"

#include <charconv>

namespace tillbook::cli {

Args::Args(const std::vector<std::string>& argv, const std::set<std::string>& valued, const std::set<std::string>& flags)
{
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            m_positionals.push_back(a);
            continue;
        }
        std::string name = a.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (valued.count(name)) {
            if (inlineValue) {
                m_values.emplace(name, *inlineValue);
            } else {
                if (i + 1 >= argv.size())
                    throw UsageError("option --" + name + " needs a value");
                m_values.emplace(name, argv[++i]);
            }
        } else if (flags.count(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            throw UsageError("unknown option --" + name);
        }
    }
}

std::optional<std::string> Args::value(const std::string& name) const
{
    auto range = m_values.equal_range(name);
    if (range.first == range.second)
        return std::nullopt;
    return std::prev(range.second)->second;
}

std::vector<std::string> Args::values(const std::string& name) const
{
    std::vector<std::string> out;
    auto range = m_values.equal_range(name);
    for (auto it = range.first; it != range.second; ++it)
        out.push_back(it->second);
    return out;
}

std::string Args::required(const std::string& name) const
{
    auto v = value(name);
    if (!v)
        throw UsageError("option --" + name + " is required");
    return *v;
}

std::uint64_t Args::number(const std::string& name, std::uint64_t fallback) const
{
    auto v = value(name);
    if (!v)
        return fallback;
    std::uint64_t out = 0;
    auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (ec != std::errc() || end != v->data() + v->size())
        throw UsageError("option --" + name + " needs a whole number, not \"" + *v + "\"");
    return out;
}

} // namespace tillbook::cli
