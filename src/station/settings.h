// Settings that change outcomes: ledger records, with their names, defaults and bounds.
#pragma once

#include "station/common.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {

class CommandContext;
class Station;

// What a number setting counts. An amount is typed and shown in dollars ("200.00") and kept in cents, in the ledger
// too; a count is a whole number of what its meaning says.
enum class SettingUnit { Count, Amount };

// Settings that change outcomes are ledger records; these are their names, defaults and bounds (cents for amounts).
struct SettingSpec {
    std::string_view key;
    std::int64_t defaultValue;
    std::int64_t min;
    std::int64_t max;
    std::string_view meaning;
    SettingUnit unit = SettingUnit::Count;
};

inline constexpr SettingSpec kSettings[] = {
    {"signin.max_failures", 5, 1, 20, "wrong PINs in a row that lock an operator out"},
    {"signin.lockout_seconds", 300, 10, 86400, "how long a lockout lasts"},
    {"session.idle_lock_seconds", 300, 15, 3600, "idle time after which the station locks itself"},
    {"approval.ttl_seconds", 120, 15, 900, "how long a supervisor's approval stays usable"},
    {"payment.cash_back_on_checks", 0, 0, 1, "1 lets checks and money orders over the amount due give cash back"},
    {"payment.max_tender", 10000000, 100, 100000000000,
     "the largest single tender, and the most one payment's tenders add up to", SettingUnit::Amount},
    {"drawer.float", 20000, 0, 1000000, "the float a drawer is expected to open with", SettingUnit::Amount},
    {"checks.personal_limit", 250000, 0, 100000000, "largest personal check accepted without approval", SettingUnit::Amount},
    {"checks.business_limit", 1000000, 0, 100000000, "largest business check accepted without approval", SettingUnit::Amount},
    {"checks.cashiers_limit", 5000000, 0, 1000000000, "largest cashier's check accepted without approval", SettingUnit::Amount},
    {"checks.money_order_limit", 100000, 0, 100000000, "largest money order accepted without approval", SettingUnit::Amount},
    {"checks.starter_serial_below", 1001, 0, 100000, "check numbers below this look like starter checks"},
    {"checks.cash_only_after_returns", 2, 1, 20, "returned checks within 12 months that make a customer cash-only"},
    {"checks.returned_fee", 3500, 0, 100000, "the returned-check fee billed to the customer", SettingUnit::Amount},
    {"drawer.tolerance", 500, 0, 100000, "over/short allowed at close without a supervisor", SettingUnit::Amount},
    {"drawer.paid_out_approval", 5000, 0, 100000000, "paid-outs above this need a supervisor's approval", SettingUnit::Amount},
    {"drawer.pickup_warn", 150000, 0, 100000000, "cash in the drawer above which the station warns", SettingUnit::Amount},
    {"drawer.pickup_require", 300000, 0, 100000000, "cash above which a drop is required before cash payments", SettingUnit::Amount},
    {"arrangements.approval", 50000, 0, 1000000000, "balances above this need a supervisor to arrange", SettingUnit::Amount},
    {"arrangements.grace_days", 10, 0, 90, "days after an installment's due date before the arrangement is broken"},
    {"arrangements.notary_block", 0, 0, 1, "1 prints a notary's acknowledgment on promissory notes"},
    {"adjustments.approval", 2500, 0, 100000000, "bill adjustments above this need a supervisor's approval", SettingUnit::Amount},
    {"deposit.float_kept", 20000, 0, 10000000,
     "cash kept back from each bank deposit as tomorrow's float (recorded with the deposit)", SettingUnit::Amount},
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
    // The chart of accounts the day's general-ledger journal posts to (deposits.h, DepositService::journal). Empty
    // until finance sets it: the journal refuses a day that needs an account not set rather than guess one.
    {"gl.account.bank", "", 40, "", "general-ledger account of cash in bank (the journal's deposit debit)"},
    {"gl.account.card_clearing", "", 40, "", "general-ledger account card tenders clear through until the processor pays"},
    {"gl.account.over_short", "", 40, "", "general-ledger account of cash over/short"},
    {"gl.account.returned_items", "", 40, "", "general-ledger account of checks the bank returned"},
    {"gl.account.change_fund", "", 40, "", "general-ledger account of the change fund: opening floats, the float kept back"},
    {"gl.account.paid_outs", "", 40, "", "general-ledger account of paid-outs from drawers (other than refunds)"},
    {"gl.account.customer_credit", "", 40, "", "general-ledger account of customers' credit (a liability: overpayments)"},
    {"gl.account.refunds_payable", "", 40, "", "general-ledger account of refunds the finance office pays by check"},
    {"gl.fund.*", "", 40, "", "a fund's revenue or receivable account: gl.fund.WATER for fund WATER"},
};

// A key of kTextSettings, or of a family such as gl.fund.* (the * a fund code as bills and fees name it).
const TextSettingSpec* findTextSetting(std::string_view key);

class SettingsService {
public:
    explicit SettingsService(CommandContext& context)
        : m_ctx(context)
    {
    }

    // Settings: a count, or an amount in cents.
    std::int64_t setting(std::string_view key) const;
    Money moneySetting(std::string_view key) const; // an amount setting (SettingUnit::Amount)
    // `value` is in cents for an amount setting.
    ledger::Record changeSetting(std::string_view actor, std::string_view key, std::int64_t value);
    // A value as a person types it: "200.00" for an amount, "5" for a count. Refused with one sentence otherwise.
    ledger::Record changeSettingText(std::string_view actor, std::string_view key, std::string_view text);
    // A number setting's value as a person reads it: "200.00" or "5".
    static std::string formatSetting(const SettingSpec& spec, std::int64_t value);
    static const SettingSpec* numberSetting(std::string_view key);
    // The current name of a number setting: records written before amounts were typed in dollars name
    // "drawer.float_cents" and the like; they still apply, to "drawer.float".
    static std::string_view currentSettingKey(std::string_view key);
    std::string textSetting(std::string_view key) const;
    ledger::Record changeTextSetting(std::string_view actor, std::string_view key, std::string_view value);
    static bool isTextSetting(std::string_view key);
    // The settings set whose keys start with `family` ("gl.fund."), key and value, by key.
    std::vector<std::pair<std::string, std::string>> textSettingsOf(std::string_view family) const;

private:
    CommandContext& m_ctx;
};

} // namespace tillbook::station
