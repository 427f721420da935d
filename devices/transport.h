// How Tillbook reaches a counter device: one interface over a raw TCP socket (port 9100), a character device
// (/dev/usb/lp0), a serial port (serial_transport.h) and a recording mock for tests.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tillbook::devices {

using Millis = std::chrono::milliseconds;

// A device problem in one sentence a cashier can act on ("The receipt printer at 10.0.0.7:9100 does not answer.").
class DeviceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Transport {
public:
    virtual ~Transport() = default;
    // Connects or opens; throws DeviceError.
    virtual void open(Millis timeout) = 0;
    virtual bool isOpen() const = 0;
    // Writes every byte within `timeout` or throws DeviceError (the device stopped taking data).
    virtual void write(std::string_view bytes, Millis timeout) = 0;
    // Up to `max` bytes that arrive within `timeout`; empty when none did. Throws DeviceError when the link is gone.
    virtual std::string read(std::size_t max, Millis timeout) = 0;
    virtual void close() = 0;
    // "tcp 10.0.0.7:9100", "device /dev/usb/lp0", "serial /dev/ttyUSB0 9600"
    virtual std::string describe() const = 0;
};

// A transport over a non-blocking file descriptor: writing, reading and closing are the same for a socket and a
// character device; opening is not.
class FdTransport : public Transport {
public:
    ~FdTransport() override;
    bool isOpen() const override { return m_fd >= 0; }
    void write(std::string_view bytes, Millis timeout) override;
    std::string read(std::size_t max, Millis timeout) override;
    void close() override;

protected:
    // "the device at 10.0.0.7:9100", "the device /dev/usb/lp0": how messages name it.
    virtual std::string name() const = 0;
    int m_fd = -1;
};

// Raw TCP ("HOST:PORT"), as network receipt printers take jobs on port 9100.
class TcpTransport : public FdTransport {
public:
    explicit TcpTransport(std::string address);
    void open(Millis timeout) override;
    std::string describe() const override { return "tcp " + m_address; }

private:
    std::string name() const override { return "the device at " + m_address; }
    std::string m_address;
};

// A character device such as /dev/usb/lp0 (USB printer class), read and written directly.
class FileTransport : public FdTransport {
public:
    explicit FileTransport(std::string path);
    void open(Millis timeout) override;
    std::string describe() const override { return "device " + m_path; }

private:
    std::string name() const override { return "the device " + m_path; }
    std::string m_path;
};

// For tests: records what is written and answers reads from a script. `failWritesAfter` simulates a cable pulled
// after that many bytes.
class MockTransport : public Transport {
public:
    void open(Millis) override;
    bool isOpen() const override { return m_open; }
    void write(std::string_view bytes, Millis timeout) override;
    std::string read(std::size_t max, Millis timeout) override;
    void close() override { m_open = false; }
    std::string describe() const override { return "mock"; }

    std::string written;
    std::deque<std::string> replies; // each read takes the front reply (up to max bytes); none: a timeout
    std::size_t failWritesAfter = static_cast<std::size_t>(-1);
    bool refuseOpen = false;

private:
    bool m_open = false;
};

// Builds a transport from the device settings' "transport" and "address" ("tcp", "device", "serial", "mock").
std::unique_ptr<Transport> makeTransport(std::string_view kind, const std::string& address, int baud);

} // namespace tillbook::devices
