// Accounts, bills and the fee catalog: imports from the billing system, search and the account view.
#pragma once

#include "ledger/sqlite.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


struct BillInfo {
    std::string id;
    std::string account;
    std::string kind;
    std::string dueDate;
    Money amount;
    Money open;
    std::string fund;
    // From the bills import's optional columns: what the customer knows the bill as, and its service period.
    std::string description;
    std::string periodStart;
    std::string periodEnd;
    bool pastDue = false; // due before today's business day, still open (the station decides; the screen marks it)
};

struct AccountSummary {
    std::string number;
    std::string name;
    std::string serviceAddress;
    std::string phone;
    std::string status; // active, closed, cash_only
    Money balance; // open bills
    Money credit;
};

struct AccountDetail {
    AccountSummary summary;
    std::string mailingAddress;
    std::string email;
    std::string language = "en"; // the customer's: receipts and promissory notes print in it
    std::int64_t returnedChecks = 0;
    std::vector<BillInfo> openBills; // oldest due first
};

struct FeeInfo {
    std::string code;
    std::string description;
    Money amount;
    std::string fund;
};

class AccountService : public StationService {
public:
    using StationService::StationService;

    // Accounts, bills and the fee catalog: imported from the billing system, all or nothing.
    ImportOutcome importAccounts(std::string_view actor, std::string_view csv, std::string_view sourceName);
    ImportOutcome importBills(std::string_view actor, std::string_view csv, std::string_view sourceName);
    ImportOutcome importFees(std::string_view actor, std::string_view csv, std::string_view sourceName);
    // Exact account number first, then number prefixes, then ranked text matches on name, address and phone.
    std::vector<AccountSummary> searchAccounts(std::string_view query, std::size_t limit = 20) const;
    std::optional<AccountDetail> account(std::string_view number) const;
    std::vector<FeeInfo> fees() const;
    std::vector<std::string> openAccountNumbers() const; // accounts that are not closed, in number order

    // For the other services of this station:
    ImportOutcome importFile(std::string_view kind, std::string_view actor, std::string_view csv,
                             std::string_view sourceName, std::size_t rows, const std::vector<std::string>& keys,
                             std::string_view table, std::string_view keyColumn);
    AccountSummary summaryFromRow(const ledger::Statement& row) const;
};

} // namespace tillbook::station
