// Device hub: builds the transports from the settings and routes each act to the device that does it.
#include "devices/device_hub.h"

namespace tillbook::devices {

DeviceHub::DeviceHub(DeviceSettings settings)
    : m_settings(std::move(settings))
{
    if (m_settings.printer) {
        const PrinterSettings& p = *m_settings.printer;
        m_printerLink = makeTransport(p.transport, p.address, p.baud);
        m_printer = std::make_unique<EscPosPrinter>(*m_printerLink, p.options);
    }
    if (m_settings.drawer.via == "serial")
        m_drawerLink = makeTransport("serial", m_settings.drawer.address, m_settings.drawer.baud);
    if (m_settings.micr.transport == "serial") {
        m_micrLink = makeTransport("serial", m_settings.micr.address, m_settings.micr.baud);
        m_micr = std::make_unique<SerialMicrReader>(*m_micrLink, m_settings.micr.options);
    }
}

DeviceHub::~DeviceHub() = default;

PrinterStatus DeviceHub::printerStatus()
{
    if (!m_printer)
        throw DeviceError("No receipt printer is set up in devices.json.");
    try {
        return m_printer->status();
    } catch (const DeviceError&) {
        m_printerLink->close();
        throw;
    }
}

PrintOutcome DeviceHub::print(const std::string& job)
{
    if (!m_printer)
        return {false, Message(Msg::PrintNoPrinter)};
    return m_printer->print(job);
}

void DeviceHub::kickDrawer()
{
    if (m_settings.drawer.via == "printer" && m_printer) {
        try {
            m_printer->kickDrawer();
        } catch (const DeviceError&) {
            m_printerLink->close();
            throw;
        }
        return;
    }
    if (m_drawerLink) {
        if (!m_drawerLink->isOpen())
            m_drawerLink->open(Millis(1000));
        m_drawerLink->write(std::string(1, m_settings.drawer.kickByte), Millis(1000));
        return;
    }
    throw DeviceError("No cash drawer is set up in devices.json.");
}

std::optional<bool> DeviceHub::drawerOpen()
{
    if (m_settings.drawer.via != "printer" || !m_printer)
        return std::nullopt;
    return printerStatus().drawerOpen;
}

std::optional<std::string> DeviceHub::pollCheck()
{
    if (!m_micr)
        return std::nullopt;
    return m_micr->poll();
}

std::optional<std::string> DeviceHub::readCheck()
{
    if (!m_micr)
        throw DeviceError("No serial check reader is set up in devices.json.");
    return m_micr->readLine();
}

} // namespace tillbook::devices
