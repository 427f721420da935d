// A message as the ledger keeps it: {"code": "check.stale_dated", "args": {"date": "2026-01-02"}}, arguments typed
// so a reader renders them in its own language and time zone ({"cents": 1250}, {"count": 3}, {"utc_ms": ...},
// {"message": {...}}, {"messages": [...]}; text as a plain string).
#pragma once

#include "core/message.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace tillbook::station {

nlohmann::json messageJson(const Message& message);
// Nothing for a code this build does not know or arguments that do not fit it (a record from a newer station).
std::optional<Message> messageFromJson(const nlohmann::json& value);

} // namespace tillbook::station
