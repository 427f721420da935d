// Time as an injected dependency: core and station code never read the system clock themselves.
#pragma once

#include <cstdint>

namespace tillbook {

// Milliseconds since the Unix epoch, UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0;
};

// A clock that only moves when told to; what every test uses.
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::int64_t ms = 1'767'225'600'000) // 2026-01-01T00:00:00Z
        : m_ms(ms)
    {
    }
    std::int64_t nowMs() const override { return m_ms; }
    void set(std::int64_t ms) { m_ms = ms; }
    void advance(std::int64_t ms) { m_ms += ms; }

private:
    std::int64_t m_ms;
};

} // namespace tillbook
