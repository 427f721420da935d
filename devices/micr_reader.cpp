// MICR readers: line assembly from a serial stream, and the keystroke-timing test for wedge readers.
#include "devices/micr_reader.h"

#include "core/text.h"

namespace tillbook::devices {

SerialMicrReader::SerialMicrReader(Transport& transport, MicrReaderOptions options)
    : m_transport(transport)
    , m_options(options)
{
}

std::optional<std::string> SerialMicrReader::poll()
{
    Millis saved = m_options.timeout;
    m_options.timeout = Millis(0);
    try {
        auto line = readLine();
        m_options.timeout = saved;
        return line;
    } catch (...) {
        m_options.timeout = saved;
        throw;
    }
}

std::optional<std::string> SerialMicrReader::readLine()
{
    if (!m_transport.isOpen())
        m_transport.open(m_options.timeout);
    auto deadline = std::chrono::steady_clock::now() + m_options.timeout;
    for (;;) {
        auto end = m_buffer.find(m_options.terminator);
        if (end != std::string::npos) {
            std::string line = m_buffer.substr(0, end);
            m_buffer.erase(0, end + 1);
            // The other line ending, and the STX/ETX framing some readers add, are not part of the line.
            std::string clean;
            for (char c : line) {
                if (c != '\r' && c != '\n' && c != 0x02 && c != 0x03)
                    clean += c;
            }
            if (clean.empty())
                continue; // a blank line between checks
            return clean;
        }
        if (m_buffer.size() > m_options.maxLine) {
            m_buffer.clear();
            throw DeviceError("The check reader sent more than " + std::to_string(m_options.maxLine)
                              + " characters without a line end: check its line-ending setting.");
        }
        auto left = std::chrono::duration_cast<Millis>(deadline - std::chrono::steady_clock::now());
        std::string got = m_transport.read(256, left.count() > 0 ? left : Millis(0));
        if (got.empty() && left.count() <= 0)
            return std::nullopt;
        m_buffer += got;
    }
}

void WedgeDetector::key(char32_t character, std::int64_t timeMs)
{
    if (m_last >= 0 && timeMs - m_last > m_options.maxGapMs)
        m_human = true;
    m_last = timeMs;
    m_burst += encodeUtf8(character);
    ++m_length;
}

std::optional<std::string> WedgeDetector::enter(std::int64_t timeMs)
{
    bool reader = !m_human && m_length >= m_options.minLength && m_last >= 0 && timeMs - m_last <= m_options.maxGapMs;
    std::string burst = m_burst;
    reset();
    if (!reader)
        return std::nullopt;
    return burst;
}

void WedgeDetector::reset()
{
    m_burst.clear();
    m_length = 0;
    m_last = -1;
    m_human = false;
}

} // namespace tillbook::devices
