// The station's counter hardware, from devices.json in the data directory (docs/devices.md). No file: no devices,
// documents go to PDF and CUPS only.
#pragma once

#include "devices/escpos_printer.h"
#include "core/micr.h"
#include "devices/micr_reader.h"

#include <filesystem>
#include <optional>
#include <string>

namespace tillbook::devices {

struct PrinterSettings {
    std::string transport; // tcp, device, serial, mock
    std::string address;   // 10.0.0.7:9100, /dev/usb/lp0, /dev/ttyUSB0
    int baud = 19200;
    int columns = 42;
    PrinterOptions options;
};

struct DrawerSettings {
    std::string via = "none"; // printer (ESC p through the receipt printer), serial, none
    std::string address;      // serial drawers
    int baud = 9600;
    char kickByte = 0x07;     // what a serial drawer opens on
};

struct MicrSettings {
    std::string transport = "none"; // serial, wedge, none
    MicrSymbols symbols = MicrSymbols::Auto; // how the reader writes the transit, on-us, amount and dash symbols
    std::string address;
    int baud = 9600;
    MicrReaderOptions options;
};

struct DeviceSettings {
    std::optional<PrinterSettings> printer;
    DrawerSettings drawer;
    MicrSettings micr;
};

// Reads and checks the file; a missing file is no devices. A bad file throws DeviceError naming the file and the key
// ("devices.json: printer.columns must be 42 or 48"), so the station does not start half set up.
DeviceSettings loadDeviceSettings(const std::filesystem::path& file);
DeviceSettings parseDeviceSettings(const std::string& text, const std::string& fileName);

} // namespace tillbook::devices
