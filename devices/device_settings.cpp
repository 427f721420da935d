// devices.json: every key known (a typo is an error, not a silent default), every value checked.
#include "devices/device_settings.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace tillbook::devices {

using nlohmann::json;

namespace {

class Reader {
public:
    Reader(const std::string& file)
        : m_file(file)
    {
    }

    [[noreturn]] void fail(const std::string& key, const std::string& what) const
    {
        throw DeviceError(m_file + ": " + key + " " + what);
    }

    void onlyKeys(const json& object, const std::string& section, const std::set<std::string>& known) const
    {
        if (!object.is_object())
            fail(section, "must be an object");
        for (const auto& [key, value] : object.items()) {
            if (!known.count(key))
                fail(section + "." + key, "is not a setting here (a typo?)");
        }
    }

    std::string text(const json& object, const std::string& section, const std::string& key,
                     const std::set<std::string>& allowed, const std::string& fallback) const
    {
        if (!object.contains(key))
            return fallback;
        if (!object[key].is_string())
            fail(section + "." + key, "must be text");
        std::string value = object[key].get<std::string>();
        if (!allowed.empty() && !allowed.count(value)) {
            std::string list;
            for (const auto& a : allowed)
                list += (list.empty() ? "" : ", ") + a;
            fail(section + "." + key, "must be one of " + list + ", not \"" + value + "\"");
        }
        return value;
    }

    int number(const json& object, const std::string& section, const std::string& key, int min, int max,
               int fallback) const
    {
        if (!object.contains(key))
            return fallback;
        if (!object[key].is_number_integer())
            fail(section + "." + key, "must be a whole number");
        auto value = object[key].get<std::int64_t>();
        if (value < min || value > max)
            fail(section + "." + key, "must be between " + std::to_string(min) + " and " + std::to_string(max));
        return static_cast<int>(value);
    }

private:
    std::string m_file;
};

} // namespace

DeviceSettings parseDeviceSettings(const std::string& text, const std::string& fileName)
{
    Reader r(fileName);
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        throw DeviceError(fileName + " is not valid JSON (byte " + std::to_string(e.byte) + ").");
    }
    r.onlyKeys(root, "the file", {"printer", "drawer", "micr"});
    DeviceSettings s;
    if (root.contains("printer") && !root["printer"].is_null()) {
        const json& p = root["printer"];
        r.onlyKeys(p, "printer", {"transport", "address", "baud", "columns", "timeout_ms"});
        PrinterSettings printer;
        printer.transport = r.text(p, "printer", "transport", {"tcp", "device", "serial", "mock"}, "");
        if (printer.transport.empty())
            r.fail("printer.transport", "is missing (tcp, device, serial or mock)");
        printer.address = r.text(p, "printer", "address", {}, "");
        if (printer.address.empty() && printer.transport != "mock")
            r.fail("printer.address", "is missing");
        printer.baud = r.number(p, "printer", "baud", 1200, 921600, 19200);
        printer.columns = r.number(p, "printer", "columns", 1, 1000, 42);
        if (printer.columns != 42 && printer.columns != 48)
            r.fail("printer.columns", "must be 42 or 48");
        printer.options.timeout = Millis(r.number(p, "printer", "timeout_ms", 100, 30000, 1500));
        s.printer = printer;
    }
    if (root.contains("drawer")) {
        const json& d = root["drawer"];
        r.onlyKeys(d, "drawer", {"via", "pin", "pulse_on_ms", "pulse_off_ms", "open_when", "address", "baud", "kick_byte"});
        s.drawer.via = r.text(d, "drawer", "via", {"printer", "serial", "none"}, "none");
        if (s.drawer.via == "printer" && !s.printer)
            r.fail("drawer.via", "is \"printer\" but no printer is set up");
        if (s.printer) {
            PrinterOptions& o = s.printer->options;
            int pin = r.number(d, "drawer", "pin", 2, 5, 2);
            if (pin != 2 && pin != 5)
                r.fail("drawer.pin", "must be 2 or 5 (the drawer connector's pins)");
            o.drawerPin = pin == 2 ? printing::escpos::DrawerPin::Pin2 : printing::escpos::DrawerPin::Pin5;
            o.pulseOnMs = r.number(d, "drawer", "pulse_on_ms", 2, 510, 100);
            o.pulseOffMs = r.number(d, "drawer", "pulse_off_ms", 2, 510, 200);
            o.drawerOpenWhenHigh = r.text(d, "drawer", "open_when", {"high", "low"}, "low") == "high";
        }
        s.drawer.address = r.text(d, "drawer", "address", {}, "");
        s.drawer.baud = r.number(d, "drawer", "baud", 1200, 921600, 9600);
        s.drawer.kickByte = static_cast<char>(r.number(d, "drawer", "kick_byte", 0, 255, 7));
        if (s.drawer.via == "serial" && s.drawer.address.empty())
            r.fail("drawer.address", "is missing for a serial drawer");
    }
    if (root.contains("micr")) {
        const json& m = root["micr"];
        r.onlyKeys(m, "micr", {"transport", "address", "baud", "terminator", "timeout_ms", "symbols"});
        s.micr.symbols = *parseMicrSymbols(r.text(m, "micr", "symbols",
                                                  {"auto", "magtek_tud", "magtek_lower", "magtek_upper", "unifiedpos",
                                                   "honeywell", "unicode"},
                                                  "auto"));
        s.micr.transport = r.text(m, "micr", "transport", {"serial", "wedge", "none"}, "none");
        s.micr.address = r.text(m, "micr", "address", {}, "");
        s.micr.baud = r.number(m, "micr", "baud", 1200, 921600, 9600);
        s.micr.options.terminator = r.text(m, "micr", "terminator", {"CR", "LF"}, "CR") == "CR" ? '\r' : '\n';
        s.micr.options.timeout = Millis(r.number(m, "micr", "timeout_ms", 100, 60000, 5000));
        if (s.micr.transport == "serial" && s.micr.address.empty())
            r.fail("micr.address", "is missing for a serial check reader");
    }
    return s;
}

DeviceSettings loadDeviceSettings(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return {};
    std::ifstream in(file);
    if (!in)
        throw DeviceError(file.string() + " exists but cannot be read; check its permissions.");
    std::ostringstream text;
    text << in.rdbuf();
    return parseDeviceSettings(text.str(), file.filename().string());
}

} // namespace tillbook::devices
