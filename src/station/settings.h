// Settings that change outcomes: ledger records, with their names, defaults and bounds.
#pragma once

#include "core/convenience_fee.h"
#include "station/common.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

class CommandContext;
class Station;

// Settings that change outcomes are ledger records; these are their names, defaults and bounds.
struct SettingSpec {
    std::string_view key;
    std::int64_t defaultValue;
    std::int64_t min;
    std::int64_t max;
    std::string_view meaning;
};

inline constexpr SettingSpec kSettings[] = {
    {"signin.max_failures", 5, 1, 20, "wrong PINs in a row that lock an operator out"},
    {"signin.lockout_seconds", 300, 10, 86400, "how long a lockout lasts"},
    {"session.idle_lock_seconds", 300, 15, 3600, "idle time after which the station locks itself"},
    {"approval.ttl_seconds", 120, 15, 900, "how long a supervisor's approval stays usable"},
    {"payment.cash_back_on_checks", 0, 0, 1, "1 lets checks and money orders over the amount due give cash back"},
    {"payment.max_tender_cents", 10000000, 100, 100000000000,
     "the largest single tender, and the most one payment's tenders add up to"},
    {"drawer.float_cents", 20000, 0, 1000000, "the float a drawer is expected to open with"},
    {"checks.personal_limit_cents", 250000, 0, 100000000, "largest personal check accepted without approval"},
    {"checks.business_limit_cents", 1000000, 0, 100000000, "largest business check accepted without approval"},
    {"checks.cashiers_limit_cents", 5000000, 0, 1000000000, "largest cashier's check accepted without approval"},
    {"checks.money_order_limit_cents", 100000, 0, 100000000, "largest money order accepted without approval"},
    {"checks.starter_serial_below", 1001, 0, 100000, "check numbers below this look like starter checks"},
    {"checks.cash_only_after_returns", 2, 1, 20, "returned checks within 12 months that make a customer cash-only"},
    {"checks.returned_fee_cents", 3500, 0, 100000, "the returned-check fee billed to the customer"},
    {"drawer.tolerance_cents", 500, 0, 100000, "over/short allowed at close without a supervisor"},
    {"drawer.paid_out_approval_cents", 5000, 0, 100000000, "paid-outs above this need a supervisor's approval"},
    {"drawer.pickup_warn_cents", 150000, 0, 100000000, "cash in the drawer above which the station warns"},
    {"drawer.pickup_require_cents", 300000, 0, 100000000, "cash above which a drop is required before cash payments"},
    {"arrangements.approval_cents", 50000, 0, 1000000000, "balances above this need a supervisor to arrange"},
    {"arrangements.grace_days", 10, 0, 90, "days after an installment's due date before the arrangement is broken"},
    {"arrangements.notary_block", 0, 0, 1, "1 prints a notary's acknowledgment on promissory notes"},
    {"adjustments.approval_cents", 2500, 0, 100000000, "bill adjustments above this need a supervisor's approval"},
    {"deposit.float_kept_cents", 20000, 0, 10000000,
     "cash kept back from each bank deposit as tomorrow's float (recorded with the deposit)"},
    {"ui.font_percent", 100, 100, 200, "the screens' text size at sign-in, in percent (a cashier may enlarge it)"},
};

// Settings that are words: what documents print and where they go. Changed by a settings.changed record too.
struct TextSettingSpec {
    std::string_view key;
    std::string_view defaultValue;
    std::size_t maxCharacters;
    std::string_view allowed; // "a|b" when only these values are allowed, else ""
    std::string_view meaning;
};

inline constexpr TextSettingSpec kTextSettings[] = {
    {"organization.name", "Payments counter", 80, "", "the organization's name at the top of every document"},
    {"organization.address", "", 120, "", "its address, printed under the name"},
    {"organization.phone", "", 40, "", "its phone number, printed under the address"},
    {"deposit.bank_name", "", 80, "", "the bank that drawer deposits go to (deposit slip)"},
    {"deposit.bank_account", "", 34, "", "the account drawer deposits are credited to (deposit slip)"},
    {"deposit.bank_routing", "", 9, "", "the routing number of the bank deposits go to (deposit slip)"},
    {"printing.paper", "letter", 10, "letter|roll80", "paper for documents printed from the counter"},
    {"printing.cups_queue", "", 127, "", "the CUPS queue printed documents are sent to; empty keeps them as files"},
    {"ui.language", "en", 2, "en|es", "the screens' language at sign-in (a cashier may switch for the session)"},
};

class SettingsService {
public:
    explicit SettingsService(CommandContext& context)
        : m_ctx(context)
    {
    }

    // Settings
    std::int64_t setting(std::string_view key) const;
    ledger::Record changeSetting(std::string_view actor, std::string_view key, std::int64_t value);
    std::string textSetting(std::string_view key) const;
    ledger::Record changeTextSetting(std::string_view actor, std::string_view key, std::string_view value);
    static bool isTextSetting(std::string_view key);

    // Card convenience fees, one setting per fund: "card_fee.FUND" = "none", a flat "2.35" or a percentage "2.50%",
    // a settings.changed record keeping the canonical text (formatConvenienceFee). Malformed text, a fee out of range,
    // a key naming no fund, or CREDIT (not revenue) is refused in one sentence and nothing is written.
    static bool isConvenienceFeeKey(std::string_view key);
    std::optional<ConvenienceFee> convenienceFee(std::string_view fund) const;
    std::vector<std::pair<std::string, ConvenienceFee>> convenienceFees() const; // every fund that has one
    ledger::Record changeConvenienceFee(std::string_view actor, std::string_view key, std::string_view text);

private:
    CommandContext& m_ctx;
};

} // namespace tillbook::station
