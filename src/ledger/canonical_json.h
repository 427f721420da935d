// Canonical JSON for record bodies: sorted keys, integers only, UTF-8, no insignificant whitespace.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tillbook::ledger {

// Serializes `value` canonically (the rules are in docs/ledger-format.md, "Canonical JSON"). Throws
// std::invalid_argument for a number that is not an integer in the signed 64-bit range, nesting deeper than 32
// or invalid UTF-8: money is integer cents and a body that cannot be re-encoded byte for byte cannot be verified.
std::string canonicalJson(const nlohmann::json& value);

// Empty when `text` is exactly the canonical encoding of the value it parses to; otherwise one sentence why not.
std::optional<std::string> canonicalJsonProblem(std::string_view text);

} // namespace tillbook::ledger
