// ESC/POS printer driver: named commands from printing/escpos_commands.h, status bits from Epson's DLE EOT reference.
#include "devices/escpos_printer.h"

#include <algorithm>

namespace tillbook::devices {

namespace escpos = printing::escpos;

std::string PrinterStatus::state() const
{
    if (paperEnd)
        return "paper_end";
    if (coverOpen)
        return "cover_open";
    if (cutterError || unrecoverableError)
        return "error";
    if (!online)
        return "offline";
    return "ready";
}

Message PrinterStatus::sentence() const
{
    if (paperEnd)
        return Message(Msg::PrinterOutOfPaper);
    if (coverOpen)
        return Message(Msg::PrinterCoverOpen);
    if (cutterError)
        return Message(Msg::PrinterCutterJammed);
    if (unrecoverableError)
        return Message(Msg::PrinterFault);
    if (!online)
        return Message(Msg::PrinterOffline);
    return Message(paperNearEnd ? Msg::PrinterPaperLow : Msg::PrinterReady);
}

bool isStatusByte(std::uint8_t byte)
{
    return (byte & 0x93) == 0x12;
}

PrinterStatus decodeStatus(std::uint8_t printer, std::uint8_t offline, std::uint8_t error, std::uint8_t paper,
                           bool drawerOpenWhenHigh)
{
    PrinterStatus s;
    bool pinHigh = (printer & 0x04) != 0;
    s.drawerOpen = drawerOpenWhenHigh ? pinHigh : !pinHigh;
    s.online = (printer & 0x08) == 0;
    s.coverOpen = (offline & 0x04) != 0;
    s.paperEnd = (offline & 0x20) != 0 || (paper & 0x60) == 0x60;
    s.cutterError = (error & 0x08) != 0;
    s.unrecoverableError = (error & 0x20) != 0;
    s.paperNearEnd = (paper & 0x0C) == 0x0C;
    return s;
}

EscPosPrinter::EscPosPrinter(Transport& transport, PrinterOptions options)
    : m_transport(transport)
    , m_options(options)
{
}

void EscPosPrinter::ensureOpen()
{
    if (!m_transport.isOpen())
        m_transport.open(m_options.timeout);
}

std::uint8_t EscPosPrinter::query(std::string_view command, const char* what)
{
    ensureOpen();
    m_transport.write(command, m_options.timeout);
    auto deadline = std::chrono::steady_clock::now() + m_options.timeout;
    for (;;) {
        auto left = std::chrono::duration_cast<Millis>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            break;
        std::string reply = m_transport.read(1, left);
        if (!reply.empty() && isStatusByte(static_cast<std::uint8_t>(reply[0])))
            return static_cast<std::uint8_t>(reply[0]);
    }
    throw DeviceError("The receipt printer (" + m_transport.describe() + ") did not answer the " + what
                      + " status query within " + std::to_string(m_options.timeout.count()) + " ms.");
}

PrinterStatus EscPosPrinter::status()
{
    std::uint8_t printer = query(escpos::kStatusPrinter, "printer");
    std::uint8_t offline = query(escpos::kStatusOffline, "offline-cause");
    std::uint8_t error = query(escpos::kStatusError, "error-cause");
    std::uint8_t paper = query(escpos::kStatusPaper, "paper");
    return decodeStatus(printer, offline, error, paper, m_options.drawerOpenWhenHigh);
}

PrintOutcome EscPosPrinter::print(const std::string& job)
{
    try {
        PrinterStatus before = status();
        if (!before.ready())
            return {false, Message(Msg::PrintNotReady, {{"status", before.sentence()}})};
        m_transport.write(job, m_options.timeout);
        // DLE EOT answers ahead of data still in the printer's buffer; GS r is answered only once the job before it
        // has gone through, so its answer is the confirmation.
        m_transport.write(escpos::kTransmitPaperStatus, m_options.timeout);
        bool confirmed = false;
        auto deadline = std::chrono::steady_clock::now() + m_options.jobTimeout;
        while (!confirmed) {
            auto left = std::chrono::duration_cast<Millis>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                break;
            std::string reply = m_transport.read(1, left);
            confirmed = !reply.empty() && (static_cast<std::uint8_t>(reply[0]) & 0x90) == 0;
        }
        PrinterStatus after = status();
        if (!after.ready())
            return {false, Message(Msg::PrintStopped, {{"status", after.sentence()}})};
        if (!confirmed)
            return {false, Message(Msg::PrintUnconfirmed,
                                   {MessageArg::number("seconds", m_options.jobTimeout.count() / 1000)})};
        return {true, Message(after.paperNearEnd ? Msg::PrintDonePaperLow : Msg::PrintDone)};
    } catch (const DeviceError& e) {
        m_transport.close(); // the next attempt reconnects
        return {false, Message(Msg::PrintDeviceFailed, {{"detail", std::string(e.what())}})};
    }
}

void EscPosPrinter::kickDrawer()
{
    ensureOpen();
    auto units = [](int ms) { return static_cast<std::uint8_t>(std::clamp(ms, 2, 510) / 2); };
    m_transport.write(escpos::drawerKick(m_options.drawerPin, units(m_options.pulseOnMs), units(m_options.pulseOffMs)),
                      m_options.timeout);
}

bool EscPosPrinter::drawerOpen()
{
    return status().drawerOpen;
}

} // namespace tillbook::devices
