// An ESC/POS receipt printer: real-time status (DLE EOT 1..4) with timeouts, print jobs that are checked before and
// after, and the cash drawer kick through the printer's drawer port.
#pragma once

#include "core/message.h"
#include "devices/transport.h"
#include "printing/escpos_commands.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tillbook::devices {

struct PrinterStatus {
    bool online = true;
    bool coverOpen = false;
    bool paperEnd = false;
    bool paperNearEnd = false;
    bool cutterError = false;
    bool unrecoverableError = false;
    bool drawerOpen = false;

    bool ready() const { return online && !coverOpen && !paperEnd && !cutterError && !unrecoverableError; }
    // "ready", "paper_end", "cover_open", "offline", "error": for the screen's status pill.
    std::string state() const;
    // One sentence for the cashier: what is wrong and what to do ("The printer is out of paper: load a new roll."), as
    // a message the app renders in the session's language.
    Message sentence() const;
};

// Decodes the four status bytes (Epson's DLE EOT n = 1, 2, 3, 4). `drawerOpenWhenHigh`: whether the drawer's sensor
// switch reads high (pin 3) when the drawer is open; drawers differ.
PrinterStatus decodeStatus(std::uint8_t printer, std::uint8_t offline, std::uint8_t error, std::uint8_t paper,
                           bool drawerOpenWhenHigh);
// A status byte always has bit 4 set and bits 0 and 7 clear; anything else is noise, not an answer.
bool isStatusByte(std::uint8_t byte);

struct PrinterOptions {
    Millis timeout{1500};       // connecting, each status answer, and sending a job
    Millis jobTimeout{10000};   // how long a job may take to print before the printer confirms it
    printing::escpos::DrawerPin drawerPin = printing::escpos::DrawerPin::Pin2;
    int pulseOnMs = 100;        // 2..510, in steps of 2 ms
    int pulseOffMs = 200;
    bool drawerOpenWhenHigh = false;
};

struct PrintOutcome {
    bool printed = false;
    Message message{Msg::PrintDone}; // one sentence
};

class EscPosPrinter {
public:
    EscPosPrinter(Transport& transport, PrinterOptions options);

    // All four status bytes; throws DeviceError when the printer does not answer in time.
    PrinterStatus status();
    // Checks the printer is ready, sends the job, and checks again that it is still ready (a cover opened or the
    // paper ran out mid-job means the paper in the tray is not a whole receipt). Never throws: the outcome says.
    PrintOutcome print(const std::string& job);
    // Pulses the drawer solenoid. Callers kick only for a durable ledger record that needs the drawer.
    void kickDrawer();
    bool drawerOpen();

private:
    void ensureOpen();
    std::uint8_t query(std::string_view command, const char* what);

    Transport& m_transport;
    PrinterOptions m_options;
};

} // namespace tillbook::devices
