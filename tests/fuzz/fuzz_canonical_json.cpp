// Fuzzes ledger::canonicalJsonProblem: text judged canonical re-serializes to itself, and canonicalJson output is judged canonical.
#include "ledger/canonical_json.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

using namespace tillbook::ledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);

    auto problem = canonicalJsonProblem(text);
    if (!problem) {
        if (canonicalJson(nlohmann::json::parse(text)) != text)
            __builtin_trap();
        return 0;
    }
    if (problem->empty())
        __builtin_trap(); // a problem must be a sentence

    // The writer stores canonicalJson(body) and the verifier checks it with canonicalJsonProblem:
    // whatever canonicalJson produces for an object must pass that check.
    nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return 0;
    std::string canonical;
    try {
        canonical = canonicalJson(value);
    } catch (const std::invalid_argument&) {
        return 0; // floats or invalid UTF-8: documented refusals
    }
    if (canonicalJsonProblem(canonical))
        __builtin_trap();
    return 0;
}
