// The billing system reads these columns by name and order: a change here is a change of the export's format.
#include "station/posting_csv.h"

#include "station/projector.h"

#include <nlohmann/json.hpp>

namespace tillbook::station {

std::string tenderSummary(const nlohmann::json& tenders)
{
    std::string kinds;
    for (const auto& t : tenders) {
        std::string k = t["kind"].get<std::string>();
        if (kinds.find(k) == std::string::npos)
            kinds += (kinds.empty() ? "" : "+") + k;
    }
    return kinds;
}

void writePostingsHeader(CsvWriter& csv)
{
    csv.row({"receipt", "time", "type", "account", "bill", "fee", "fund", "amount", "tender"});
}

void writePostingRow(CsvWriter& csv, const PostingRow& row)
{
    csv.text(row.receipt).text(utcTimestamp(row.timeMs)).text(row.type).text(row.account).text(row.bill).text(row.fee);
    csv.text(row.fund).amount(row.amount).text(row.tender).endRow();
}

} // namespace tillbook::station
