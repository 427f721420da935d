// What every station service shares: the operator, the refusal exceptions, import outcomes, the system actor, typed
// text and the system clock.
#pragma once

#include "core/clock.h"
#include "core/message.h"
#include "core/money.h"
#include "core/payment.h"
#include "ledger/record.h"
#include "station/authorization.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

struct OperatorInfo {
    std::string id;
    std::string name;
    Role role = Role::Cashier;
    bool active = true;
};

// A command refused for a reason the person can fix: one message from the catalog, and nothing was recorded. what()
// is its English sentence; the app renders message() in the session's language.
class CommandRefused : public std::runtime_error {
public:
    explicit CommandRefused(Message message)
        : std::runtime_error(message.english())
        , m_message(std::move(message))
    {
    }
    explicit CommandRefused(Msg id, std::vector<MessageArg> args = {})
        : CommandRefused(Message(id, std::move(args)))
    {
    }
    const Message& message() const { return m_message; }

private:
    Message m_message;
};

// The drawer was closed (the record is durable) but the signed checkpoint that should follow it failed.
class CheckpointAfterCloseFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The checkpoint record is durable, but its copy outside the database (checkpoints/latest.txt) could not be written.
class CheckpointMirrorFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown when the data directory has no station, or it cannot be used as it is.
class StationUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An import refused as a whole: every problem with its line and column, and nothing written.
class ImportRefused : public CommandRefused {
public:
    // The problems are the importers' own sentences, each with its line and column.
    ImportRefused(Message what, std::vector<std::string> problems)
        : CommandRefused(std::move(what))
        , problems(std::move(problems))
    {
    }
    std::vector<std::string> problems;
};

struct ImportOutcome {
    std::uint64_t seq = 0;
    std::size_t added = 0;
    std::size_t updated = 0;
    std::string sha256;
};

inline constexpr std::size_t kMaxPinLength = 12;
inline constexpr std::size_t kMinPinLength = 4;
// The operator id that system-level acts (setup, checkpoints from tillctl) are recorded under.
inline constexpr std::string_view kSystemActor = "system";

// Text a clerk typed, as a record keeps it: trimmed, well-formed UTF-8, one line, at most `maxCharacters`
// characters; else CommandRefused naming the field `what` (a field.* message: "the reason must be one line of text").
std::string requireOneLine(std::string_view text, Msg what, std::size_t maxCharacters, bool allowEmpty);

// The system clock, for the programs; tests use FixedClock.
class SystemClock final : public Clock {
public:
    std::int64_t nowMs() const override;
};

} // namespace tillbook::station
