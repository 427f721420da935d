// The office day: one business day across every window, read from the postings the office derived from verified
// records. A posting's day is its station's business day (station.time_zone, station.business_day_start), as the
// station's own posting export and activity report have it, so that the office's export is exactly the union of the
// stations' exports.
#include "office/office.h"

#include "station/checks.h"
#include "station/posting_csv.h"

namespace tillbook::office {

OfficeDay Office::dayReport(const std::string& day)
{
    OfficeDay out;
    out.day = day;
    const PgParam dayParam = PgParam::text(day);
    auto stations = m_db->query(
        "SELECT s.station, st.state, st.verified_size, "
        "  (SELECT count(DISTINCT seq) FROM office.inbox i WHERE i.station = s.station AND i.seq > st.verified_size), "
        "  count(DISTINCT p.seq) FILTER (WHERE p.type = 'payment'), "
        "  coalesce(sum(p.amount_cents) FILTER (WHERE p.type = 'payment'), 0), "
        "  count(DISTINCT p.seq) FILTER (WHERE p.type <> 'payment'), "
        "  coalesce(-sum(p.amount_cents) FILTER (WHERE p.type <> 'payment'), 0) "
        "FROM office.stations s JOIN office.station_state st ON st.station = s.station "
        "LEFT JOIN office.postings p ON p.station = s.station AND p.day = $1 "
        "GROUP BY s.station, st.state, st.verified_size ORDER BY s.station",
        {dayParam});
    for (int i = 0; i < stations.rows(); ++i) {
        OfficeDayStation s;
        s.station = stations.text(i, 0);
        s.state = stations.text(i, 1);
        s.verifiedSize = static_cast<std::uint64_t>(stations.number(i, 2));
        s.waiting = static_cast<std::uint64_t>(stations.number(i, 3));
        s.payments = stations.number(i, 4);
        s.collected = Money::fromCents(stations.number(i, 5));
        s.reversals = stations.number(i, 6);
        s.reversed = Money::fromCents(stations.number(i, 7));
        s.postings = s.collected - s.reversed;
        out.postings += s.postings;
        out.stations.push_back(std::move(s));
    }
    auto funds = m_db->query("SELECT fund, sum(amount_cents) FROM office.postings WHERE day = $1 GROUP BY fund "
                             "ORDER BY fund",
                             {dayParam});
    for (int i = 0; i < funds.rows(); ++i)
        out.funds.emplace_back(funds.text(i, 0), Money::fromCents(funds.number(i, 1)));
    auto tenders = m_db->query("SELECT tender, sum(amount_cents) FROM office.postings WHERE day = $1 GROUP BY tender "
                               "ORDER BY tender",
                               {dayParam});
    for (int i = 0; i < tenders.rows(); ++i)
        out.tenders.emplace_back(tenders.text(i, 0), Money::fromCents(tenders.number(i, 1)));
    // A check taken twice: the second window verified it before it had pulled the first presentment (both offline).
    // Every presentment counts, whatever day it was first taken on, when one of them was taken on this day.
    auto duplicates = m_db->query(
        "WITH p AS (SELECT DISTINCT b.routing, b.account, b.serial, b.receipt, r.day FROM office.published pub "
        "  CROSS JOIN LATERAL (SELECT pub.body::json->>'routing' AS routing, pub.body::json->>'account' AS account, "
        "    pub.body::json->>'serial' AS serial, pub.body::json->>'receipt' AS receipt) b "
        "  JOIN (SELECT DISTINCT station, receipt, day FROM office.postings WHERE type = 'payment') r "
        "    ON r.station = pub.origin AND r.receipt = b.receipt "
        "  WHERE pub.kind = 'presentment') "
        "SELECT routing, account, serial, string_agg(receipt, ' ' ORDER BY receipt) FROM p "
        "GROUP BY routing, account, serial HAVING count(DISTINCT receipt) > 1 AND bool_or(day = $1) "
        "ORDER BY routing, account, serial",
        {dayParam});
    for (int i = 0; i < duplicates.rows(); ++i) {
        DuplicatePresentment d{duplicates.text(i, 0), station::maskBankAccount(duplicates.text(i, 1)),
                               duplicates.text(i, 2), {}};
        const std::string receipts = duplicates.text(i, 3);
        for (std::size_t at = 0; at < receipts.size();) {
            auto end = std::min(receipts.find(' ', at), receipts.size());
            d.receipts.push_back(receipts.substr(at, end - at));
            at = end + 1;
        }
        out.duplicates.push_back(std::move(d));
    }
    return out;
}

std::string Office::exportPostings(const std::string& day)
{
    CsvWriter csv;
    station::writePostingsHeader(csv);
    auto rows = m_db->query("SELECT receipt, time_ms, type, account, bill, fee, fund, amount_cents, tender "
                            "FROM office.postings WHERE day = $1 ORDER BY station, seq, line",
                            {PgParam::text(day)});
    for (int i = 0; i < rows.rows(); ++i)
        station::writePostingRow(csv, station::PostingRow{rows.text(i, 0), rows.number(i, 1), rows.text(i, 2),
                                                          rows.text(i, 3), rows.text(i, 4), rows.text(i, 5),
                                                          rows.text(i, 6), Money::fromCents(rows.number(i, 7)),
                                                          rows.text(i, 8)});
    return csv.str();
}

} // namespace tillbook::office
