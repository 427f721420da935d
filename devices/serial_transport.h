// A serial port (RS-232 or USB serial: receipt printers, serial drawers, MICR readers) through QSerialPort, used in its
// blocking mode so the drivers read like the other transports.
#pragma once

#include "devices/transport.h"

#include <memory>

class QSerialPort;

namespace tillbook::devices {

class SerialTransport : public Transport {
public:
    SerialTransport(std::string port, int baud); // 8 data bits, no parity, one stop bit, no flow control
    ~SerialTransport() override;
    void open(Millis timeout) override;
    bool isOpen() const override;
    void write(std::string_view bytes, Millis timeout) override;
    std::string read(std::size_t max, Millis timeout) override;
    void close() override;
    std::string describe() const override { return "serial " + m_port + " " + std::to_string(m_baud); }

private:
    std::string m_port;
    int m_baud;
    std::unique_ptr<QSerialPort> m_serial;
};

} // namespace tillbook::devices
