// Projection updates of bank deposits: the deposit, the drawers and batches it took, and its checks and money orders.
#include "station/projector.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

void Projector::applyDeposit(const Record& r, const json& body)
{
    if (r.kind == "deposit.prepared") {
        std::string id = body["id"].get<std::string>();
        m_db.prepare("INSERT INTO deposits(id, day, bag, seal, status, prepared_seq, prepared_by, float_kept_cents, "
                     "cash_cents, checks_cents, money_orders_cents, total_cents) "
                     "VALUES (?, ?, ?, ?, 'prepared', ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, body["day"].get<std::string>())
            .bind(3, body["bag"].get<std::string>())
            .bind(4, body["seal"].get<std::string>())
            .bind(5, static_cast<std::int64_t>(r.seq))
            .bind(6, r.operatorId)
            .bind(7, body["float_kept"].get<std::int64_t>())
            .bind(8, body["cash"].get<std::int64_t>())
            .bind(9, body["checks"].get<std::int64_t>())
            .bind(10, body["money_orders"].get<std::int64_t>())
            .bind(11, body["total"].get<std::int64_t>())
            .run();
        auto source = m_db.prepare("INSERT INTO deposit_sources(kind, id, deposit) VALUES (?, ?, ?)");
        for (const auto& drawer : body["drawers"])
            source.bind(1, std::string_view("drawer")).bind(2, drawer["drawer"].get<std::string>()).bind(3, id).run();
        for (const auto& batch : body["batches"])
            source.bind(1, std::string_view("batch")).bind(2, batch.get<std::string>()).bind(3, id).run();
        auto item = m_db.prepare("INSERT INTO deposit_items(deposit, n, kind, routing, account_masked, serial, "
                                 "amount_cents, maker, receipt, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::int64_t n = 0;
        for (const auto& i : body["items"]) {
            item.bind(1, id).bind(2, ++n).bind(3, i["kind"].get<std::string>()).bind(4, i["routing"].get<std::string>());
            item.bind(5, i["account"].get<std::string>()).bind(6, i["serial"].get<std::string>());
            item.bind(7, i["amount"].get<std::int64_t>()).bind(8, i["maker"].get<std::string>());
            item.bind(9, i["receipt"].get<std::string>()).bind(10, i["source"].get<std::string>()).run();
        }
        m_db.prepare("INSERT INTO counters(series, value) VALUES ('deposit', ?) ON CONFLICT(series) DO UPDATE SET "
                     "value = excluded.value")
            .bind(1, body["number"].get<std::int64_t>())
            .run();
    } else if (r.kind == "deposit.confirmed") {
        m_db.prepare("UPDATE deposits SET status = 'confirmed', confirmed_seq = ?, confirmed_cents = ?, bank_date = ?, "
                     "reference = ?, difference_cents = ?, reason = ? WHERE id = ?")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, body["amount"].get<std::int64_t>())
            .bind(3, body["bank_date"].get<std::string>())
            .bind(4, body["reference"].get<std::string>())
            .bind(5, body["difference"].get<std::int64_t>())
            .bind(6, body["reason"].get<std::string>())
            .bind(7, body["deposit"].get<std::string>())
            .run();
    }
}

} // namespace tillbook::station
