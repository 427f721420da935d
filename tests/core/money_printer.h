// Catch2 prints Money as cents in failure messages; one definition for every test file of test_core.
#pragma once

#include "core/money.h"

#include <catch2/catch.hpp>

#include <string>

namespace Catch {

template <>
struct StringMaker<tillbook::Money> {
    static std::string convert(const tillbook::Money& value)
    {
        return std::to_string(value.cents()) + " cents";
    }
};

} // namespace Catch
