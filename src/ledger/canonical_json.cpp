// Canonical JSON: nlohmann::json's object type is a std::map, so keys come out in UTF-8 byte order.
#include "ledger/canonical_json.h"

#include <cstdint>
#include <set>
#include <stdexcept>
#include <vector>

namespace tillbook::ledger {

namespace {

// Record bodies are shallow; a deeper one is refused before anything recurses over it, so a hostile body
// cannot exhaust the stack of the verifier. Depth counts enclosing objects and arrays: the body itself is 1.
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

// The value rules that JSON syntax alone does not give: nesting depth and integers in the signed 64-bit range
// (nlohmann keeps 2^63..2^64-1 as unsigned and anything larger, or with a fraction or exponent, as a float).
std::optional<std::string> valueProblem(const nlohmann::json& value, int depth)
{
    if (value.is_structured()) {
        if (depth + 1 > kMaxDepth)
            return std::string("body is nested more than 32 levels deep");
        for (const auto& child : value) {
            if (auto problem = valueProblem(child, depth + 1))
                return problem;
        }
        return std::nullopt;
    }
    if (value.is_number_float())
        return std::string("body holds a number that is not an integer (fractions and exponents are never canonical)");
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > std::uint64_t(INT64_MAX))
        return std::string("body holds an integer outside the signed 64-bit range");
    return std::nullopt;
}

// Says why a body that parsed does not re-encode to itself. Only asked after the fast comparison failed, so the
// per-token callback costs nothing on intact ledgers.
std::string whyNotCanonical(std::string_view text)
{
    std::vector<std::set<std::string>> keys; // one set per open object
    bool duplicate = false;
    nlohmann::json::parser_callback_t seeKeys = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& token) {
        if (event == nlohmann::json::parse_event_t::object_start)
            keys.emplace_back();
        else if (event == nlohmann::json::parse_event_t::object_end && !keys.empty())
            keys.pop_back();
        else if (event == nlohmann::json::parse_event_t::key && !keys.empty()
                 && !keys.back().insert(token.get<std::string>()).second)
            duplicate = true;
        return true;
    };
    bool parsed = !nlohmann::json::parse(text, seeKeys, false).is_discarded();
    if (parsed && duplicate)
        return "body has a duplicate key";
    return "body is not in canonical form";
}

} // namespace

std::string canonicalJson(const nlohmann::json& value)
{
    if (auto problem = valueProblem(value, 0))
        throw std::invalid_argument("a ledger record " + *problem);
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
    if (auto problem = valueProblem(parsed, 0))
        return problem;
    std::string again;
    try {
        again = canonicalJson(parsed);
    } catch (const std::invalid_argument& e) {
        return std::string(e.what());
    }
    if (again != text)
        return whyNotCanonical(text);
    return std::nullopt;
}

} // namespace tillbook::ledger
