// Canonical JSON: nlohmann::json's object type is a std::map, so keys come out in UTF-8 byte order.
#include "ledger/canonical_json.h"

#include <stdexcept>

namespace tillbook::ledger {

namespace {

// Record bodies are shallow; a deeper one is refused before anything recurses over it, so a hostile body
// cannot exhaust the stack of the verifier.
constexpr int kMaxDepth = 32;

bool tooDeep(std::string_view text)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

bool hasFloat(const nlohmann::json& value, int depth = 0)
{
    if (depth > kMaxDepth)
        throw std::invalid_argument("a ledger record body is nested too deeply");
    if (value.is_number_float())
        return true;
    if (value.is_structured()) {
        for (const auto& child : value) {
            if (hasFloat(child, depth + 1))
                return true;
        }
    }
    return false;
}

} // namespace

std::string canonicalJson(const nlohmann::json& value)
{
    if (hasFloat(value))
        throw std::invalid_argument("a ledger record body may hold integers only, never fractional numbers");
    try {
        return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    } catch (const nlohmann::json::type_error&) {
        throw std::invalid_argument("a ledger record body must be valid UTF-8");
    }
}

std::optional<std::string> canonicalJsonProblem(std::string_view text)
{
    if (tooDeep(text))
        return std::string("body is nested more than 32 levels deep");
    nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded())
        return std::string("body is not valid JSON");
    if (!parsed.is_object())
        return std::string("body is not a JSON object");
    if (hasFloat(parsed))
        return std::string("body holds a fractional number");
    std::string again;
    try {
        again = canonicalJson(parsed);
    } catch (const std::invalid_argument& e) {
        return std::string(e.what());
    }
    if (again != text)
        return std::string("body is not in canonical form");
    return std::nullopt;
}

} // namespace tillbook::ledger
