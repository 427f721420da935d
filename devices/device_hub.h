// The station's devices as devices.json describes them, opened on first use: the receipt printer, the cash drawer (on
// the printer's port or its own serial line) and the check reader. The app and tillctl use this; the station decides
// when the drawer may open (station::opensDrawer), never the hub.
#pragma once

#include "devices/device_settings.h"

#include <memory>
#include <optional>

namespace tillbook::devices {

class DeviceHub {
public:
    explicit DeviceHub(DeviceSettings settings);
    ~DeviceHub();

    const DeviceSettings& settings() const { return m_settings; }
    bool hasPrinter() const { return m_printer != nullptr; }
    bool hasDrawer() const { return m_settings.drawer.via != "none"; }
    bool hasSerialMicr() const { return m_settings.micr.transport == "serial"; }
    int columns() const { return m_settings.printer ? m_settings.printer->columns : 42; }

    // Throws DeviceError when the printer cannot be asked (not set up, not answering).
    PrinterStatus printerStatus();
    PrintOutcome print(const std::string& job);
    // Opens the drawer. Throws DeviceError when it cannot be reached.
    void kickDrawer();
    // nullopt when the drawer's sensor cannot be read (a serial drawer, or none).
    std::optional<bool> drawerOpen();
    // The next check's MICR line from a serial reader; nullopt when none was fed in time.
    std::optional<std::string> readCheck();
    // Without waiting, for a screen that polls the reader.
    std::optional<std::string> pollCheck();

private:
    DeviceSettings m_settings;
    std::unique_ptr<Transport> m_printerLink;
    std::unique_ptr<EscPosPrinter> m_printer;
    std::unique_ptr<Transport> m_drawerLink;
    std::unique_ptr<Transport> m_micrLink;
    std::unique_ptr<SerialMicrReader> m_micr;
};

} // namespace tillbook::devices
