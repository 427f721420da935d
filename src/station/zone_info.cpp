// tzdata zones through date::locate_zone; the system's zone from TZ, /etc/timezone or /etc/localtime.
#include "station/zone_info.h"

#include <date/tz.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <stdexcept>
#include <vector>

namespace tillbook::station {

namespace {

class TzdataZone final : public TimeZone {
public:
    explicit TzdataZone(const date::time_zone* zone)
        : m_zone(zone)
    {
    }
    std::string name() const override { return std::string(m_zone->name()); }
    ZoneOffset offsetAt(std::int64_t utcMs) const override
    {
        auto at = date::floor<std::chrono::seconds>(date::sys_time<std::chrono::milliseconds>(std::chrono::milliseconds(utcMs)));
        date::sys_info info = m_zone->get_info(at);
        return {static_cast<std::int32_t>(info.offset.count()), info.abbrev};
    }

private:
    const date::time_zone* m_zone;
};

std::string trimmed(std::string text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ' || text.back() == '\r'))
        text.pop_back();
    if (!text.empty() && text.front() == ':')
        text.erase(0, 1);
    return text;
}

} // namespace

std::unique_ptr<TimeZone> loadTimeZone(std::string_view name)
{
    if (name.empty())
        return nullptr;
    try {
        return std::make_unique<TzdataZone>(date::locate_zone(name));
    } catch (const std::runtime_error&) {
        return nullptr; // date's "... not found"
    }
}

std::string systemTimeZoneName()
{
    std::vector<std::string> candidates;
    if (const char* tz = std::getenv("TZ"))
        candidates.push_back(trimmed(tz));
    if (std::ifstream file("/etc/timezone"); file) {
        std::string line;
        std::getline(file, line);
        candidates.push_back(trimmed(line));
    }
    std::error_code error;
    std::filesystem::path link = std::filesystem::read_symlink("/etc/localtime", error);
    if (!error) {
        std::string target = link.string();
        auto at = target.find("zoneinfo/");
        if (at != std::string::npos)
            candidates.push_back(target.substr(at + 9));
    }
    // UTC's other names (Debian links /etc/localtime to Etc/UTC) are UTC, the setting's default: no record needed.
    static const std::set<std::string> utcNames = {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT",
                                                   "Universal", "Zulu"};
    for (const std::string& name : candidates) {
        if (utcNames.count(name))
            return "UTC";
        if (loadTimeZone(name))
            return name;
    }
    return "UTC";
}

} // namespace tillbook::station
