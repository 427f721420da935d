// Projection updates of the back office: arrangements, account maintenance, service orders, mail batches, reviews.
#include "station/projector.h"

namespace tillbook::station {

using ledger::Record;
using nlohmann::json;

void Projector::applyArrangement(const Record& r, const json& body)
{
    const std::string id = body["id"].get<std::string>();
    if (r.kind == "arrangement.broken") {
        m_db.prepare("UPDATE arrangements SET status = 'broken', broken_seq = ? WHERE id = ?")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, id)
            .run();
        for (const auto& b : body["bills"]) {
            std::int64_t after = b["open_after"].get<std::int64_t>();
            if (after == b["open_before"].get<std::int64_t>() && after == 0)
                continue;
            // What is still owed is due now; unearned interest comes off the amount as well as the open balance.
            std::int64_t forgiven = b["open_before"].get<std::int64_t>() - after;
            m_db.prepare("UPDATE bills SET open_cents = ?, amount_cents = amount_cents - ?, due_date = ? WHERE id = ?")
                .bind(1, after)
                .bind(2, forgiven)
                .bind(3, body["due_now"].get<std::string>())
                .bind(4, b["bill"].get<std::string>())
                .run();
        }
        return;
    }
    m_db.prepare("INSERT INTO arrangements(id, account, seq, status, principal_cents, down_cents, financed_cents, "
                 "installments, frequency, rate_milli_percent, method, total_interest_cents, total_of_payments_cents, "
                 "operator) VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, body["account"].get<std::string>())
        .bind(3, static_cast<std::int64_t>(r.seq))
        .bind(4, body["principal"].get<std::int64_t>())
        .bind(5, body["down"].get<std::int64_t>())
        .bind(6, body["financed"].get<std::int64_t>())
        .bind(7, body["installments"].get<std::int64_t>())
        .bind(8, body["frequency"].get<std::string>())
        .bind(9, body["rate_milli_percent"].get<std::int64_t>())
        .bind(10, body["method"].get<std::string>())
        .bind(11, body["total_interest"].get<std::int64_t>())
        .bind(12, body["total_of_payments"].get<std::int64_t>())
        .bind(13, r.operatorId)
        .run();
    m_db.prepare("INSERT INTO counters(series, value) VALUES ('arrangement', ?) ON CONFLICT(series) DO UPDATE SET "
                 "value = excluded.value")
        .bind(1, body["arrangement_number"].get<std::int64_t>())
        .run();
    for (const auto& m : body["moved"]) {
        m_db.prepare("UPDATE bills SET open_cents = open_cents - ? WHERE id = ?")
            .bind(1, m["amount"].get<std::int64_t>())
            .bind(2, m["bill"].get<std::string>())
            .run();
    }
    for (const auto& i : body["schedule"]) {
        m_db.prepare("INSERT INTO arrangement_installments(arrangement, n, bill, due, payment_cents, interest_cents, "
                     "principal_cents, balance_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, id)
            .bind(2, i["n"].get<std::int64_t>())
            .bind(3, i["bill"].get<std::string>())
            .bind(4, i["due"].get<std::string>())
            .bind(5, i["payment"].get<std::int64_t>())
            .bind(6, i["interest"].get<std::int64_t>())
            .bind(7, i["principal"].get<std::int64_t>())
            .bind(8, i["balance"].get<std::int64_t>())
            .run();
        m_db.prepare("INSERT INTO bills(id, account, kind, due_date, amount_cents, open_cents, fund) "
                     "VALUES (?, ?, 'INSTALLMENT', ?, ?, ?, 'ARRANGEMENT')")
            .bind(1, i["bill"].get<std::string>())
            .bind(2, body["account"].get<std::string>())
            .bind(3, i["due"].get<std::string>())
            .bind(4, i["payment"].get<std::int64_t>())
            .bind(5, i["payment"].get<std::int64_t>())
            .run();
    }
}

void Projector::applyMaintenance(const Record& r, const json& body)
{
    if (r.kind == "bill.adjusted") {
        m_db.prepare("UPDATE bills SET amount_cents = amount_cents + ?, open_cents = ? WHERE id = ?")
            .bind(1, body["amount"].get<std::int64_t>())
            .bind(2, body["open_after"].get<std::int64_t>())
            .bind(3, body["bill"].get<std::string>())
            .run();
        return;
    }
    const std::string account = body["account"].get<std::string>();
    for (const auto& [field, change] : body["changes"].items()) {
        std::string value = change["new"].get<std::string>();
        if (field == "phone") {
            std::string digits;
            for (char c : value)
                if (c >= '0' && c <= '9')
                    digits += c;
            m_db.prepare("UPDATE accounts SET phone = ?, phone_digits = ? WHERE number = ?")
                .bind(1, value)
                .bind(2, digits)
                .bind(3, account)
                .run();
            continue;
        }
        // The column is one of four fixed names, never text from the record.
        const char* sql = field == "name"              ? "UPDATE accounts SET name = ? WHERE number = ?"
                          : field == "mailing_address" ? "UPDATE accounts SET mailing_address = ? WHERE number = ?"
                          : field == "language"        ? "UPDATE accounts SET language = ? WHERE number = ?"
                                                       : "UPDATE accounts SET email = ? WHERE number = ?";
        m_db.prepare(sql).bind(1, value).bind(2, account).run();
    }
}

void Projector::applyOrder(const Record& r, const json& body)
{
    const std::string id = body["id"].get<std::string>();
    if (r.kind == "order.updated") {
        // An update fills in what it brings and keeps what earlier updates recorded.
        m_db.prepare("UPDATE service_orders SET status = ?1, "
                     "scheduled_date = CASE WHEN ?2 = '' THEN scheduled_date ELSE ?2 END, "
                     "meter_reading = CASE WHEN ?3 = '' THEN meter_reading ELSE ?3 END, "
                     "note = CASE WHEN ?4 = '' THEN note ELSE ?4 END, updated_seq = ?5 WHERE id = ?6")
            .bind(1, body["status"].get<std::string>())
            .bind(2, body["scheduled_date"].get<std::string>())
            .bind(3, body["meter_reading"].get<std::string>())
            .bind(4, body["note"].get<std::string>())
            .bind(5, static_cast<std::int64_t>(r.seq))
            .bind(6, id)
            .run();
        // A cancelled order's unpaid deposit is no longer owed.
        if (body.contains("deposit_released") && body["deposit_released"].get<std::int64_t>() > 0)
            m_db.prepare("UPDATE bills SET amount_cents = amount_cents - ?1, open_cents = open_cents - ?1 WHERE id = ?2")
                .bind(1, body["deposit_released"].get<std::int64_t>())
                .bind(2, body["deposit_bill"].get<std::string>())
                .run();
        return;
    }
    std::string depositBill = body["deposit_bill"].get<std::string>();
    m_db.prepare("INSERT INTO service_orders(id, account, type, service_address, requested_date, reason, deposit_cents, "
                 "deposit_bill, status, created_seq, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)")
        .bind(1, id)
        .bind(2, body["account"].get<std::string>())
        .bind(3, body["type"].get<std::string>())
        .bind(4, body["service_address"].get<std::string>())
        .bind(5, body["requested_date"].get<std::string>())
        .bind(6, body["reason"].get<std::string>())
        .bind(7, body["deposit"].get<std::int64_t>())
        .bind(8, depositBill)
        .bind(9, static_cast<std::int64_t>(r.seq))
        .bind(10, static_cast<std::int64_t>(r.seq))
        .run();
    m_db.prepare("INSERT INTO counters(series, value) VALUES ('order', ?) ON CONFLICT(series) DO UPDATE SET "
                 "value = excluded.value")
        .bind(1, body["order_number"].get<std::int64_t>())
        .run();
    if (!depositBill.empty()) {
        m_db.prepare("INSERT INTO bills(id, account, kind, due_date, amount_cents, open_cents, fund) VALUES "
                     "(?, ?, 'DEPOSIT', ?, ?, ?, 'DEPOSIT')")
            .bind(1, depositBill)
            .bind(2, body["account"].get<std::string>())
            .bind(3, businessDay(r.timeMs))
            .bind(4, body["deposit"].get<std::int64_t>())
            .bind(5, body["deposit"].get<std::int64_t>())
            .run();
    }
}

void Projector::applyBatch(const Record& r, const json& body)
{
    const auto seq = static_cast<std::int64_t>(r.seq);
    if (r.kind == "batch.opened") {
        m_db.prepare("INSERT INTO mail_batches(id, operator, note, status, day, control_count, control_cents, opened_seq) "
                     "VALUES (?, ?, ?, 'open', ?, ?, ?, ?)")
            .bind(1, body["id"].get<std::string>())
            .bind(2, r.operatorId)
            .bind(3, body["note"].get<std::string>())
            .bind(4, body["day"].get<std::string>())
            .bind(5, body["control_count"].get<std::int64_t>())
            .bind(6, body["control_total"].get<std::int64_t>())
            .bind(7, seq)
            .run();
        m_db.prepare("INSERT INTO counters(series, value) VALUES ('batch', ?) ON CONFLICT(series) DO UPDATE SET "
                     "value = excluded.value")
            .bind(1, body["batch_number"].get<std::int64_t>())
            .run();
    } else if (r.kind == "batch.item_keyed") {
        m_db.prepare("INSERT INTO batch_items(batch, n, account, amount_cents, verification, routing, bank_account, "
                     "serial, status, reason, seq, reason_messages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, body["batch"].get<std::string>())
            .bind(2, body["item"].get<std::int64_t>())
            .bind(3, body["account"].get<std::string>())
            .bind(4, body["amount"].get<std::int64_t>())
            .bind(5, body["verification"].get<std::string>())
            .bind(6, body["routing"].get<std::string>())
            .bind(7, body["bank_account"].get<std::string>())
            .bind(8, body["serial"].get<std::string>())
            .bind(9, body["status"].get<std::string>())
            .bind(10, body["reason"].get<std::string>())
            .bind(11, seq)
            .bind(12, body.contains("reason_messages") ? body["reason_messages"].dump() : std::string())
            .run();
    } else if (r.kind == "batch.item_removed") {
        m_db.prepare("UPDATE batch_items SET status = 'removed', reason = ?, reason_messages = '' WHERE batch = ? AND n = ?")
            .bind(1, body["reason"].get<std::string>())
            .bind(2, body["batch"].get<std::string>())
            .bind(3, body["item"].get<std::int64_t>())
            .run();
    } else if (r.kind == "batch.closed") {
        std::string id = body["batch"].get<std::string>();
        m_db.prepare("UPDATE mail_batches SET status = 'closed', closed_seq = ? WHERE id = ?").bind(1, seq).bind(2, id).run();
        auto posted = m_db.prepare("UPDATE batch_items SET receipt = ? WHERE batch = ? AND n = ?");
        for (const auto& p : body["posted"])
            posted.bind(1, p["receipt"].get<std::string>()).bind(2, id).bind(3, p["item"].get<std::int64_t>()).run();
    }
}

void Projector::applyReview(const Record& r, const json& body)
{
    if (r.kind == "day.approved") {
        m_db.prepare("INSERT INTO approved_days(day, seq, entries) VALUES (?, ?, ?) ON CONFLICT(day) DO UPDATE SET "
                     "seq = excluded.seq, entries = excluded.entries")
            .bind(1, body["day"].get<std::string>())
            .bind(2, static_cast<std::int64_t>(r.seq))
            .bind(3, static_cast<std::int64_t>(body["drawers"].size() + body["batches"].size()))
            .run();
        return;
    }
    std::string state = r.kind == "review.approved" ? "approved" : r.kind == "review.rejected" ? "rejected" : "balanced";
    std::string reason = r.kind == "review.rejected" ? body["reason"].get<std::string>()
                         : r.kind == "review.resubmitted" ? body["answer"].get<std::string>()
                                                           : std::string();
    m_db.prepare("INSERT INTO work_reviews(subject, id, state, reason, reviewer, seq) VALUES (?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT(subject, id) DO UPDATE SET state = excluded.state, reason = excluded.reason, "
                 "reviewer = CASE WHEN excluded.state = 'balanced' THEN reviewer ELSE excluded.reviewer END, "
                 "seq = excluded.seq")
        .bind(1, body["subject"].get<std::string>())
        .bind(2, body["id"].get<std::string>())
        .bind(3, state)
        .bind(4, reason)
        .bind(5, r.kind == "review.resubmitted" ? std::string() : r.operatorId)
        .bind(6, static_cast<std::int64_t>(r.seq))
        .run();
}

} // namespace tillbook::station
