// Fuzzes parseStubScanLine: a result or one sentence, never both; a parsed line prints back to the same digits.
#include "core/scan_line.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace tillbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string line(reinterpret_cast<const char*>(data), size);
    auto parsed = parseStubScanLine(line);
    if (parsed.scan.has_value() == !parsed.error.empty())
        __builtin_trap();
    if (parsed.scan) {
        std::string digits;
        for (char c : line)
            if (c != ' ')
                digits += c;
        std::string again;
        for (char c : makeStubScanLine(parsed.scan->account, parsed.scan->amountDue))
            if (c != ' ')
                again += c;
        if (again != digits)
            __builtin_trap();
    }
    return 0;
}
