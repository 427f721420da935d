// The posting export's columns, written once: a station's export of its day and the office's export of every window's.
#pragma once

#include "core/csv.h"
#include "core/money.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace tillbook::station {

// The fund a payment line names when the amount goes on the customer's credit (an overpayment) rather than a bill or
// fee: a liability the station owes the customer, never a fund of its own in the journal or the activity report.
inline constexpr std::string_view kCustomerCreditFund = "CREDIT";

// One money movement of a receipt: a payment line, or a void, refund or returned check taking one back (negative).
struct PostingRow {
    std::string receipt;
    std::int64_t timeMs = 0;
    std::string type; // payment, void, refund, returned_check
    std::string account;
    std::string bill;
    std::string fee;
    std::string fund;
    Money amount;
    std::string tender;
};

// A payment's tender kinds as its postings name them: "cash", "cash+check".
std::string tenderSummary(const nlohmann::json& tenders);

void writePostingsHeader(CsvWriter& csv);
void writePostingRow(CsvWriter& csv, const PostingRow& row);

} // namespace tillbook::station
