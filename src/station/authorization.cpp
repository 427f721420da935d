// Role names and ranks.
#include "station/authorization.h"

namespace tillbook::station {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return "cashier";
    case Role::Supervisor:
        return "supervisor";
    case Role::Admin:
        return "admin";
    }
    return "cashier";
}

std::optional<Role> parseRole(std::string_view text)
{
    if (text == "cashier")
        return Role::Cashier;
    if (text == "supervisor")
        return Role::Supervisor;
    if (text == "admin")
        return Role::Admin;
    return std::nullopt;
}

bool roleAtLeast(Role held, Role needed)
{
    return static_cast<int>(held) >= static_cast<int>(needed);
}

} // namespace tillbook::station
