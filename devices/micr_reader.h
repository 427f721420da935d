// MICR check readers: serial readers that send one line per check, and keyboard-wedge readers whose line arrives as
// a burst of keystrokes in the MICR field, told apart from a person typing by its timing.
#pragma once

#include "devices/transport.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tillbook::devices {

struct MicrReaderOptions {
    char terminator = '\r'; // "CR" or "LF" in the settings; the other one is ignored around it
    Millis timeout{5000};   // how long to wait for a check to be fed
    std::size_t maxLine = 128;
};

// Reads the MICR line of the next check from a serial reader. The line is returned as the reader sent it; the
// station's MICR parser knows the symbol sets (core/micr.h). Throws DeviceError when the reader is gone or sends a
// line longer than any MICR line.
class SerialMicrReader {
public:
    SerialMicrReader(Transport& transport, MicrReaderOptions options);
    std::optional<std::string> readLine(); // nullopt: no check within the timeout
    // Without waiting: a line when one has arrived whole, for a screen that polls.
    std::optional<std::string> poll();
    // Bytes of a line that has begun to arrive but is not whole yet.
    std::size_t pendingBytes() const { return m_buffer.size(); }

private:
    Transport& m_transport;
    MicrReaderOptions m_options;
    std::string m_buffer;
};

// Keystrokes into the MICR field, with their times. A wedge reader types a whole line in well under a second with a
// few milliseconds between keys and ends with Enter; people leave 60 ms or more between keys.
class WedgeDetector {
public:
    struct Options {
        int maxGapMs = 50;         // keys closer than this belong to one burst
        std::size_t minLength = 14; // the shortest MICR line worth taking (routing, account, serial)
    };
    WedgeDetector() = default;
    explicit WedgeDetector(Options options)
        : m_options(options)
    {
    }
    // A printable key. Returns nothing.
    void key(char32_t character, std::int64_t timeMs);
    // Enter: the burst typed so far, when it was a reader's; nullopt when it was a person (the field keeps what
    // they typed).
    std::optional<std::string> enter(std::int64_t timeMs);
    void reset();

private:
    Options m_options;
    std::string m_burst;
    std::size_t m_length = 0;
    std::int64_t m_last = -1;
    bool m_human = false;
};

} // namespace tillbook::devices
