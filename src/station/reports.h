// The activity report: what each cashier did over a range of days.
#pragma once

#include "printing/documents.h"
#include "station/common.h"
#include "station/service.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tillbook::station {


// What each cashier did over a range of days (UTC), for the supervisor's review and the finance office.
struct CashierActivity {
    std::string operatorId;
    std::string name;
    std::int64_t payments = 0;
    Money collected; // gross: receipts taken (voided ones included; voids are listed below)
    std::vector<std::tuple<std::string, std::int64_t, Money>> tenders; // kind, items, amount (cash net of change)
    std::int64_t voids = 0;
    Money voided;
    std::int64_t refunds = 0;
    Money refunded;
    std::int64_t returnsRecorded = 0; // returned checks this operator recorded (their postings are theirs)
    Money returnsRecordedAmount;
    Money net; // collected - voided - refunded - returns recorded: the sum of the fund lines and the customer credit
    std::vector<std::pair<std::string, Money>> funds; // net postings by GL fund: payments less voids, refunds, returns
    Money customerCredit; // overpayments kept as the customers' credit: a liability, not a fund
    std::int64_t approvals = 0; // supervisor approvals used for this cashier's actions (overrides, voids, refunds...)
    std::int64_t returnedChecks = 0; // returned in the range, on checks this cashier took
    Money returned;
    std::int64_t drawersClosed = 0;
    Money overShort; // total over (+) / short (-) of the drawers closed in the range
};

struct ActivityReport {
    std::string from; // YYYY-MM-DD, inclusive
    std::string to;
    std::vector<CashierActivity> cashiers;
    std::vector<std::pair<std::string, Money>> funds; // all cashiers; ties out to the posting export of those days
    Money customerCredit; // all cashiers: the posting export's lines on the customers' credit
    Money postings; // the sum of every posting in the range: the funds and the customer credit
};
// A tender kind in words, as the reports print it: "Money orders", not money_order.
std::string_view tenderWords(std::string_view kind);
// The report as CSV, one row per cashier and measure (payments, each tender and fund, voids...): what a
// spreadsheet pivots.
std::string activityCsv(const ActivityReport& report);

class ReportService : public StationService {
public:
    using StationService::StationService;

    // Per cashier: payments, tenders, GL funds, voids, refunds, approvals, returned checks, over/short. Refuses a
    // malformed range or one longer than 366 days.
    ActivityReport activityReport(std::string_view from, std::string_view to) const;
    printing::TabularReportDocument activityReportDocument(const ActivityReport& report);
};

} // namespace tillbook::station
