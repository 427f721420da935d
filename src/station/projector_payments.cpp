// Projection updates of payments, reversals (voids, refunds, returned checks), cash drawers and checks.
#include "station/projector.h"

#include "core/routing.h"
#include "ledger/hash.h"
#include "station/data_dir.h"
#include "station/posting_csv.h"

#include <stdexcept>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;
using nlohmann::json;

void Projector::applyPayment(const Record& r, const json& body)
{
    std::string receipt = body["receipt"].get<std::string>();
    m_db.prepare("INSERT INTO receipts(number, request, seq, time_ms, operator, total_cents, tendered_cents, "
                 "change_cents, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'paid')")
        .bind(1, receipt)
        .bind(2, body["request"].get<std::string>())
        .bind(3, static_cast<std::int64_t>(r.seq))
        .bind(4, r.timeMs)
        .bind(5, r.operatorId)
        .bind(6, body["total"].get<std::int64_t>())
        .bind(7, body["tendered"].get<std::int64_t>())
        .bind(8, body["change"].get<std::int64_t>())
        .run();
    std::string tender = tenderSummary(body["tenders"]);
    std::string day = businessDay(r.timeMs);
    auto line = m_db.prepare("INSERT INTO payment_lines(receipt, line, account, bill, fee, fund, amount_cents) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto posting = m_db.prepare("INSERT INTO postings(seq, line, day, time_ms, type, receipt, account, bill, fee, fund, "
                                "amount_cents, tender) VALUES (?, ?, ?, ?, 'payment', ?, ?, ?, ?, ?, ?, ?)");
    auto payBill = m_db.prepare("UPDATE bills SET open_cents = open_cents - ? WHERE id = ?");
    auto addCredit = m_db.prepare("UPDATE accounts SET credit_cents = credit_cents + ? WHERE number = ?");
    std::int64_t n = 0;
    for (const auto& l : body["lines"]) {
        ++n;
        std::string account = l["account"].get<std::string>();
        std::string bill = l["bill"].get<std::string>();
        std::string fee = l["fee"].get<std::string>();
        std::int64_t amount = l["amount"].get<std::int64_t>();
        line.bind(1, receipt).bind(2, n).bind(3, account).bind(4, bill).bind(5, fee);
        line.bind(6, l["fund"].get<std::string>()).bind(7, amount).run();
        posting.bind(1, static_cast<std::int64_t>(r.seq)).bind(2, n).bind(3, day).bind(4, r.timeMs).bind(5, receipt);
        posting.bind(6, account).bind(7, bill).bind(8, fee).bind(9, l["fund"].get<std::string>()).bind(10, amount);
        posting.bind(11, tender).run();
        if (!bill.empty())
            payBill.bind(1, amount).bind(2, bill).run();
        else if (fee.empty())
            addCredit.bind(1, amount).bind(2, account).run();
    }
    std::int64_t t = 0;
    auto tenderRow = m_db.prepare("INSERT INTO payment_tenders(receipt, line, kind, amount_cents, reference) "
                                  "VALUES (?, ?, ?, ?, ?)");
    for (const auto& td : body["tenders"]) {
        tenderRow.bind(1, receipt).bind(2, ++t).bind(3, td["kind"].get<std::string>());
        tenderRow.bind(4, td["amount"].get<std::int64_t>()).bind(5, td["reference"].get<std::string>()).run();
    }
    m_db.prepare("INSERT INTO counters(series, value) VALUES ('receipt', ?) ON CONFLICT(series) DO UPDATE SET "
                 "value = excluded.value")
        .bind(1, body["receipt_number"].get<std::int64_t>())
        .run();

    // What the payment put into its drawer: cash less change, and each check and money order for the deposit.
    std::string drawer = body.value("drawer", "");
    if (drawer.empty())
        return;
    std::int64_t cash = 0, checks = 0, checkCount = 0, orders = 0, orderCount = 0, cards = 0, cardCount = 0;
    std::int64_t itemLine = 0;
    auto item = m_db.prepare("INSERT INTO drawer_items(drawer, receipt, line, kind, amount_cents, reference) "
                             "VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& td : body["tenders"]) {
        std::string k = td["kind"].get<std::string>();
        std::int64_t amount = td["amount"].get<std::int64_t>();
        ++itemLine;
        if (k == "cash") {
            cash += amount;
            continue;
        }
        if (k == "card") { // settled by the terminal's batch, never in the drawer
            cards += amount;
            ++cardCount;
            continue;
        }
        (k == "check" ? checks : orders) += amount;
        ++(k == "check" ? checkCount : orderCount);
        // The deposit lists the item's own number, from its verification.
        std::string reference = td["reference"].get<std::string>();
        auto serial = m_db.prepare("SELECT serial FROM check_verifications WHERE id = ?");
        serial.bind(1, reference);
        if (serial.step() && !serial.columnText(0).empty())
            reference = serial.columnText(0);
        item.bind(1, drawer).bind(2, receipt).bind(3, itemLine).bind(4, k).bind(5, amount);
        item.bind(6, reference).run();
    }
    m_db.prepare("UPDATE drawers SET cash_received_cents = cash_received_cents + ?, change_cents = change_cents + ?, "
                 "checks_cents = checks_cents + ?, check_count = check_count + ?, money_orders_cents = "
                 "money_orders_cents + ?, money_order_count = money_order_count + ?, payments = payments + 1, "
                 "cards_cents = cards_cents + ?, card_count = card_count + ? WHERE id = ?")
        .bind(1, cash)
        .bind(2, body["change"].get<std::int64_t>())
        .bind(3, checks)
        .bind(4, checkCount)
        .bind(5, orders)
        .bind(6, orderCount)
        .bind(7, cards)
        .bind(8, cardCount)
        .bind(9, drawer)
        .run();
    m_db.prepare("UPDATE receipts SET drawer = ? WHERE number = ?").bind(1, drawer).bind(2, receipt).run();
}

void Projector::applyChecks(const Record& r, const json& body)
{
    if (r.kind == "routing.imported") {
        std::string sha = body["file_sha256"].get<std::string>();
        fs::path file = importArchivePath(m_importsDir, sha);
        auto text = readSmallFile(file);
        if (!text && m_skipImportsWithoutFile)
            return;
        if (!text || ledger::toHex(ledger::sha256(*text)) != sha)
            throw std::runtime_error("the archived directory file " + file.string() + " named by seq "
                                     + std::to_string(r.seq) + " is missing or changed");
        auto parsed = parseFedAchDirectory(*text); // kept alive: directory refers into it
        const auto& directory = std::get<FedAchDirectory>(parsed);
        // A new directory replaces the old one whole.
        m_db.exec("DELETE FROM routing_directory");
        auto insert = m_db.prepare("INSERT INTO routing_directory(routing, name, city, state, record_type, new_routing) "
                                   "VALUES (?, ?, ?, ?, ?, ?)");
        for (const auto& p : directory.participants) {
            insert.bind(1, p.routing).bind(2, p.name).bind(3, p.city).bind(4, p.state);
            insert.bind(5, std::string(1, p.recordType)).bind(6, p.newRouting).run();
        }
        auto meta = m_db.prepare("INSERT INTO routing_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                 "value = excluded.value");
        meta.bind(1, std::string_view("file_date")).bind(2, directory.fileDate).run();
        meta.bind(1, std::string_view("file_sha256")).bind(2, sha).run();
        meta.bind(1, std::string_view("seq")).bind(2, std::to_string(r.seq)).run();
    } else if (r.kind == "check.verified") {
        m_db.prepare("INSERT INTO check_verifications(id, seq, routing, account, serial, instrument, amount_cents, "
                     "decision, customer_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, body["id"].get<std::string>())
            .bind(2, static_cast<std::int64_t>(r.seq))
            .bind(3, body["routing"].get<std::string>())
            .bind(4, body["account"].get<std::string>())
            .bind(5, body["serial"].get<std::string>())
            .bind(6, body["instrument"].get<std::string>())
            .bind(7, body["amount"].get<std::int64_t>())
            .bind(8, body["decision"].get<std::string>())
            .bind(9, body["customer_account"].get<std::string>())
            .run();
    } else if (r.kind == "check.override_approved") {
        m_db.prepare("UPDATE check_verifications SET override_seq = ? WHERE id = ?")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, body["verification"].get<std::string>())
            .run();
    } else if (r.kind == "check.returned") {
        applyReversal(r, body); // the lines the check paid for are open again
        std::string customer = body["customer_account"].get<std::string>();
        m_db.prepare("INSERT INTO returned_checks(seq, receipt, customer_account, routing, account, reason_code, "
                     "amount_cents, time_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, body["receipt"].get<std::string>())
            .bind(3, customer)
            .bind(4, body["routing"].get<std::string>())
            .bind(5, body["account"].get<std::string>())
            .bind(6, body["reason_code"].get<std::string>())
            .bind(7, body.value("face", body["total"].get<std::int64_t>())) // records before "face": the reversal
            .bind(8, r.timeMs)
            .run();
        m_db.prepare("INSERT INTO negative_file(routing, account, seq, reason) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(routing, account) DO NOTHING")
            .bind(1, body["routing"].get<std::string>())
            .bind(2, body["account"].get<std::string>())
            .bind(3, static_cast<std::int64_t>(r.seq))
            .bind(4, body["reason_code"].get<std::string>() + " " + body["reason"].get<std::string>())
            .run();
        if (!customer.empty()) {
            std::int64_t fee = body["fee"].get<std::int64_t>();
            if (fee > 0)
                m_db.prepare("INSERT INTO bills(id, account, kind, due_date, amount_cents, open_cents, fund) "
                             "VALUES (?, ?, 'fee', ?, ?, ?, 'GENERAL')")
                    .bind(1, body["fee_bill"].get<std::string>())
                    .bind(2, customer)
                    .bind(3, businessDay(r.timeMs))
                    .bind(4, fee)
                    .bind(5, fee)
                    .run();
            // The part of the face amount no standing line could take back (refunded, or reversed before).
            std::string billedBill = body.value("billed_bill", std::string());
            if (!billedBill.empty())
                m_db.prepare("INSERT INTO bills(id, account, kind, due_date, amount_cents, open_cents, fund) "
                             "VALUES (?, ?, 'returned_check', ?, ?, ?, 'RETURNED')")
                    .bind(1, billedBill)
                    .bind(2, customer)
                    .bind(3, businessDay(r.timeMs))
                    .bind(4, body["billed"].get<std::int64_t>())
                    .bind(5, body["billed"].get<std::int64_t>())
                    .run();
            m_db.prepare("UPDATE accounts SET returned_checks = returned_checks + 1, status = CASE WHEN ? THEN "
                         "'cash_only' ELSE status END WHERE number = ?")
                .bind(1, static_cast<std::int64_t>(body["cash_only"].get<bool>()))
                .bind(2, customer)
                .run();
        }
    }
}

void Projector::applyDrawer(const Record& r, const json& body)
{
    const std::string& kind = r.kind;
    std::string drawer = body["drawer"].get<std::string>();
    auto movement = [&](const char* type, std::int64_t amount, const std::string& reason, const json& count) {
        m_db.prepare("INSERT INTO drawer_movements(seq, drawer, type, amount_cents, reason, count) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, drawer)
            .bind(3, type)
            .bind(4, amount)
            .bind(5, reason)
            .bind(6, count.dump())
            .run();
    };
    if (kind == "drawer.opened") {
        m_db.prepare("INSERT INTO drawers(id, operator, status, opened_seq, opened_ms, float_cents, float_count) "
                     "VALUES (?, ?, 'open', ?, ?, ?, ?)")
            .bind(1, drawer)
            .bind(2, r.operatorId)
            .bind(3, static_cast<std::int64_t>(r.seq))
            .bind(4, r.timeMs)
            .bind(5, body["float"].get<std::int64_t>())
            .bind(6, body["count"].dump())
            .run();
        m_db.prepare("INSERT INTO counters(series, value) VALUES ('drawer', ?) ON CONFLICT(series) DO UPDATE SET "
                     "value = excluded.value")
            .bind(1, body["drawer_number"].get<std::int64_t>())
            .run();
    } else if (kind == "drawer.dropped" || kind == "drawer.picked_up") {
        bool drop = kind == "drawer.dropped";
        std::int64_t amount = body["amount"].get<std::int64_t>();
        m_db.prepare(drop ? "UPDATE drawers SET drops_cents = drops_cents + ?, drop_count = drop_count + 1 WHERE id = ?"
                          : "UPDATE drawers SET pickups_cents = pickups_cents + ? WHERE id = ?")
            .bind(1, amount)
            .bind(2, drawer)
            .run();
        movement(drop ? "drop" : "pickup", amount, "", body["count"]);
    } else if (kind == "drawer.paid_out") {
        std::int64_t amount = body["amount"].get<std::int64_t>();
        m_db.prepare("UPDATE drawers SET paid_out_cents = paid_out_cents + ? WHERE id = ?").bind(1, amount).bind(2, drawer).run();
        movement("paid_out", amount, body["reason"].get<std::string>(), json::object());
    } else if (kind == "drawer.no_sale") {
        m_db.prepare("UPDATE drawers SET no_sales = no_sales + 1 WHERE id = ?").bind(1, drawer).run();
    } else if (kind == "drawer.counted") {
        m_db.prepare("UPDATE drawers SET counted_seq = ? WHERE id = ?").bind(1, static_cast<std::int64_t>(r.seq)).bind(2, drawer).run();
        m_db.prepare("INSERT INTO drawer_counts(seq, drawer, body) VALUES (?, ?, ?)")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, drawer)
            .bind(3, r.body)
            .run();
    } else if (kind == "drawer.closed") {
        m_db.prepare("UPDATE drawers SET status = 'closed', closed_seq = ?, closed_ms = ?, approver = ?, reason = ? "
                     "WHERE id = ?")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, r.timeMs)
            .bind(3, r.approver)
            .bind(4, body["reason"].get<std::string>())
            .bind(5, drawer)
            .run();
    }
}

void Projector::applyReversal(const Record& r, const json& body)
{
    std::string receipt = body["receipt"].get<std::string>();
    bool isVoid = r.kind == "payment.voided";
    bool isReturn = r.kind == "check.returned";
    std::string day = businessDay(r.timeMs);
    auto posting = m_db.prepare("INSERT INTO postings(seq, line, day, time_ms, type, receipt, account, bill, fee, fund, "
                                "amount_cents, tender) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto reopenBill = m_db.prepare("UPDATE bills SET open_cents = open_cents + ? WHERE id = ?");
    auto removeCredit = m_db.prepare("UPDATE accounts SET credit_cents = credit_cents - ? WHERE number = ?");
    auto reverseLine = m_db.prepare(
        "UPDATE payment_lines SET reversed_cents = reversed_cents + ? WHERE receipt = ? AND line = ?");
    std::int64_t n = 0;
    std::int64_t total = 0;
    for (const auto& l : body["lines"]) {
        std::int64_t lineNo = l["line"].get<std::int64_t>();
        std::int64_t amount = l["amount"].get<std::int64_t>();
        auto st = m_db.prepare("SELECT account, bill, fee, fund FROM payment_lines WHERE receipt = ? AND line = ?");
        st.bind(1, receipt).bind(2, lineNo);
        if (!st.step())
            throw std::runtime_error("seq " + std::to_string(r.seq) + " reverses a line its receipt does not have");
        std::string account = st.columnText(0);
        std::string bill = st.columnText(1);
        std::string fee = st.columnText(2);
        std::string fund = st.columnText(3);
        reverseLine.bind(1, amount).bind(2, receipt).bind(3, lineNo).run();
        if (!bill.empty())
            reopenBill.bind(1, amount).bind(2, bill).run();
        else if (fee.empty())
            removeCredit.bind(1, amount).bind(2, account).run();
        posting.bind(1, static_cast<std::int64_t>(r.seq)).bind(2, ++n).bind(3, day).bind(4, r.timeMs);
        posting.bind(5, isVoid ? "void" : isReturn ? "returned_check" : "refund").bind(6, receipt).bind(7, account).bind(8, bill).bind(9, fee);
        posting.bind(10, fund).bind(11, -amount).bind(12, body["method"].get<std::string>()).run();
        total += amount;
    }
    std::string drawer = body.value("drawer", "");
    if (isVoid && !drawer.empty()) {
        // The void takes back exactly what the payment put into its drawer.
        m_db.prepare("UPDATE drawers SET cash_received_cents = cash_received_cents - ?, change_cents = change_cents - ?, "
                     "checks_cents = checks_cents - ?, check_count = check_count - ?, money_orders_cents = "
                     "money_orders_cents - ?, money_order_count = money_order_count - ?, voids = voids + 1 WHERE id = ?")
            .bind(1, body["cash"].get<std::int64_t>())
            .bind(2, body["change"].get<std::int64_t>())
            .bind(3, body["checks"].get<std::int64_t>())
            .bind(4, body["check_count"].get<std::int64_t>())
            .bind(5, body["money_orders"].get<std::int64_t>())
            .bind(6, body["money_order_count"].get<std::int64_t>())
            .bind(7, drawer)
            .run();
        m_db.prepare("UPDATE drawer_items SET voided = 1 WHERE receipt = ?").bind(1, receipt).run();
        m_db.prepare("UPDATE drawers SET cards_cents = cards_cents - ?, card_count = card_count - ? WHERE id = ?")
            .bind(1, body.value("cards", std::int64_t{0}))
            .bind(2, body.value("card_count", std::int64_t{0}))
            .bind(3, drawer)
            .run();
    } else if (!drawer.empty()) {
        // A cash refund leaves the drawer it is paid from, which is not always the one that took the payment.
        m_db.prepare("UPDATE drawers SET paid_out_cents = paid_out_cents + ?, refunds = refunds + 1 WHERE id = ?")
            .bind(1, total)
            .bind(2, drawer)
            .run();
        m_db.prepare("INSERT INTO drawer_movements(seq, drawer, type, amount_cents, reason, count) "
                     "VALUES (?, ?, 'refund', ?, ?, '{}')")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, drawer)
            .bind(3, total)
            .bind(4, "refund of " + receipt)
            .run();
    }
    // A refund back to the card comes off the batch of the refunding cashier's terminal.
    if (std::string cardDrawer = body.value("card_drawer", ""); !cardDrawer.empty())
        m_db.prepare("UPDATE drawers SET cards_cents = cards_cents - ?, refunds = refunds + 1 WHERE id = ?")
            .bind(1, total)
            .bind(2, cardDrawer)
            .run();
    if (isVoid)
        m_db.prepare("UPDATE receipts SET status = 'voided' WHERE number = ?").bind(1, receipt).run();
    else
        m_db.prepare("UPDATE receipts SET refunded_cents = refunded_cents + ? WHERE number = ?")
            .bind(1, total)
            .bind(2, receipt)
            .run();
}

} // namespace tillbook::station
