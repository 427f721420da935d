// Projection updates, one function per family of record kinds.
#include "station/projector.h"

#include "core/import_rows.h"
#include "core/routing.h"
#include "ledger/hash.h"
#include "station/data_dir.h"

#include <cstdio>
#include <ctime>
#include <stdexcept>

namespace tillbook::station {

namespace fs = std::filesystem;
using ledger::Record;
using nlohmann::json;

fs::path importArchivePath(const fs::path& importsDir, const std::string& sha256Hex)
{
    return importsDir / (sha256Hex + ".csv");
}

std::string phoneDigits(std::string_view phone)
{
    std::string digits;
    for (char c : phone) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
    }
    return digits;
}

std::string utcDay(std::int64_t timeMs)
{
    std::time_t seconds = static_cast<std::time_t>(timeMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
    return buffer;
}

std::string utcTimestamp(std::int64_t timeMs)
{
    std::time_t seconds = static_cast<std::time_t>(timeMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(timeMs % 1000));
    return buffer;
}

Projector::Projector(ledger::Db& db, fs::path importsDir)
    : m_db(db)
    , m_importsDir(std::move(importsDir))
{
}

void Projector::apply(const Record& record)
{
    if (record.kind.starts_with("ledger."))
        return;
    json body = json::parse(record.body);
    const std::string& kind = record.kind;
    if (kind.starts_with("operator.") || kind.starts_with("session.") || kind == "approval.granted"
        || kind == "settings.changed")
        applyOperators(record, body);
    else if (kind == "accounts.imported" || kind == "bills.imported" || kind == "fees.imported")
        applyImport(record, body);
    else if (kind == "payment.taken")
        applyPayment(record, body);
    else if (kind == "payment.voided" || kind == "payment.refunded")
        applyReversal(record, body);
    else if (kind.starts_with("drawer."))
        applyDrawer(record, body);
    else if (kind == "routing.imported" || kind.starts_with("check."))
        applyChecks(record, body);
    else if (kind.starts_with("arrangement."))
        applyArrangement(record, body);
    else if (kind == "account.changed" || kind == "bill.adjusted")
        applyMaintenance(record, body);
    else if (kind.starts_with("order."))
        applyOrder(record, body);
    else if (kind.starts_with("batch."))
        applyBatch(record, body);
    else if (kind.starts_with("review.") || kind == "day.approved")
        applyReview(record, body);
    recordAccountEvents(record, body);

    // An approval is used up by the record that carries it.
    if (body.contains("approval") && kind != "approval.granted")
        m_db.prepare("UPDATE approvals SET used_seq = ? WHERE id = ?")
            .bind(1, static_cast<std::int64_t>(record.seq))
            .bind(2, body["approval"].get<std::string>())
            .run();
}

void Projector::applyOperators(const Record& r, const json& body)
{
    const std::string& kind = r.kind;
    auto setLock = [&](const std::string& id, std::int64_t failures, std::optional<std::int64_t> until) {
        auto st = m_db.prepare("UPDATE operators SET failures = ?, locked_until_ms = COALESCE(?, locked_until_ms) "
                               "WHERE id = ?");
        st.bind(1, failures);
        if (until)
            st.bind(2, *until);
        else
            st.bindNull(2);
        st.bind(3, id).run();
    };
    if (kind == "operator.added") {
        m_db.prepare("INSERT INTO operators(id, name, role, active, created_seq) VALUES (?, ?, ?, 1, ?)")
            .bind(1, body["id"].get<std::string>())
            .bind(2, body["name"].get<std::string>())
            .bind(3, body["role"].get<std::string>())
            .bind(4, static_cast<std::int64_t>(r.seq))
            .run();
    } else if (kind == "operator.disabled") {
        m_db.prepare("UPDATE operators SET active = 0 WHERE id = ?").bind(1, body["id"].get<std::string>()).run();
    } else if (kind == "operator.pin_reset" || kind == "session.lockout_cleared") {
        setLock(body["id"].get<std::string>(), 0, 0);
    } else if (kind == "session.sign_in_failed") {
        setLock(r.operatorId, body["failures"].get<std::int64_t>(), std::nullopt);
    } else if (kind == "session.locked_out") {
        setLock(r.operatorId, 0, body["locked_until_ms"].get<std::int64_t>());
    } else if (kind == "session.signed_in" || kind == "session.unlocked") {
        setLock(r.operatorId, 0, std::nullopt);
    } else if (kind == "approval.granted") {
        m_db.prepare("INSERT INTO approvals(id, action, subject, amount_cents, requested_by, approver, description, "
                     "granted_seq, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, body["id"].get<std::string>())
            .bind(2, body["action"].get<std::string>())
            .bind(3, body["subject"].get<std::string>())
            .bind(4, body["amount"].get<std::int64_t>())
            .bind(5, r.operatorId)
            .bind(6, r.approver)
            .bind(7, body["description"].get<std::string>())
            .bind(8, static_cast<std::int64_t>(r.seq))
            .bind(9, body["expires_ms"].get<std::int64_t>())
            .run();
        setLock(r.approver, 0, std::nullopt);
    } else if (kind == "settings.changed" && body["new"].is_string()) {
        m_db.prepare("INSERT INTO text_settings(key, value, changed_seq) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE "
                     "SET value = excluded.value, changed_seq = excluded.changed_seq")
            .bind(1, body["key"].get<std::string>())
            .bind(2, body["new"].get<std::string>())
            .bind(3, static_cast<std::int64_t>(r.seq))
            .run();
    } else if (kind == "settings.changed") {
        m_db.prepare("INSERT INTO settings(key, value, changed_seq) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                     "value = excluded.value, changed_seq = excluded.changed_seq")
            .bind(1, body["key"].get<std::string>())
            .bind(2, body["new"].get<std::int64_t>())
            .bind(3, static_cast<std::int64_t>(r.seq))
            .run();
    }
}

void Projector::applyImport(const Record& r, const json& body)
{
    std::string sha = body["file_sha256"].get<std::string>();
    fs::path file = importArchivePath(m_importsDir, sha);
    auto text = readSmallFile(file);
    if (!text || ledger::toHex(ledger::sha256(*text)) != sha)
        throw std::runtime_error("the archived import file " + file.string() + " named by seq " + std::to_string(r.seq)
                                 + " is missing or changed");
    if (r.kind == "accounts.imported") {
        auto parsed = parseAccountsCsv(*text);
        auto upsert = m_db.prepare(
            "INSERT INTO accounts(number, name, service_address, mailing_address, phone, phone_digits, email, status, "
            "language) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, COALESCE(?9, 'en')) ON CONFLICT(number) DO UPDATE SET "
            "name = excluded.name, service_address = excluded.service_address, "
            "mailing_address = excluded.mailing_address, phone = excluded.phone, phone_digits = excluded.phone_digits, "
            "email = excluded.email, status = excluded.status, language = COALESCE(?9, language)");
        for (const AccountRow& a : std::get<std::vector<AccountRow>>(parsed)) {
            upsert.bind(1, a.number).bind(2, a.name).bind(3, a.serviceAddress).bind(4, a.mailingAddress);
            upsert.bind(5, a.phone).bind(6, phoneDigits(a.phone)).bind(7, a.email).bind(8, accountStatusName(a.status));
            // A file without the language (or an empty cell) keeps what the account has: a clerk may have set it.
            if (a.language.empty())
                upsert.bindNull(9);
            else
                upsert.bind(9, a.language);
            upsert.run();
        }
    } else if (r.kind == "bills.imported") {
        auto parsed = parseBillsCsv(*text);
        // A re-imported bill keeps the open balance the counter has worked down; the billing system's own
        // balance arrives with the next new bill.
        auto upsert = m_db.prepare(
            "INSERT INTO bills(id, account, kind, due_date, amount_cents, open_cents, fund) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, due_date = excluded.due_date, fund = excluded.fund");
        for (const BillRow& b : std::get<std::vector<BillRow>>(parsed)) {
            upsert.bind(1, b.id).bind(2, b.account).bind(3, billKindName(b.kind)).bind(4, b.dueDate);
            upsert.bind(5, b.amount.cents()).bind(6, b.openBalance.cents()).bind(7, b.fund).run();
        }
    } else {
        auto parsed = parseFeesCsv(*text);
        auto upsert = m_db.prepare("INSERT INTO fees(code, description, amount_cents, fund) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT(code) DO UPDATE SET description = excluded.description, "
                                   "amount_cents = excluded.amount_cents, fund = excluded.fund");
        for (const FeeRow& f : std::get<std::vector<FeeRow>>(parsed))
            upsert.bind(1, f.code).bind(2, f.description).bind(3, f.amount.cents()).bind(4, f.fund).run();
    }
}

namespace {

std::string tenderSummary(const json& tenders)
{
    std::string kinds;
    for (const auto& t : tenders) {
        std::string k = t["kind"].get<std::string>();
        if (kinds.find(k) == std::string::npos)
            kinds += (kinds.empty() ? "" : "+") + k;
    }
    return kinds;
}

} // namespace

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
    std::string day = utcDay(r.timeMs);
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
    std::int64_t cash = 0, checks = 0, checkCount = 0, orders = 0, orderCount = 0;
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
                 "money_orders_cents + ?, money_order_count = money_order_count + ?, payments = payments + 1 "
                 "WHERE id = ?")
        .bind(1, cash)
        .bind(2, body["change"].get<std::int64_t>())
        .bind(3, checks)
        .bind(4, checkCount)
        .bind(5, orders)
        .bind(6, orderCount)
        .bind(7, drawer)
        .run();
    m_db.prepare("UPDATE receipts SET drawer = ? WHERE number = ?").bind(1, drawer).bind(2, receipt).run();
}

void Projector::applyChecks(const Record& r, const json& body)
{
    if (r.kind == "routing.imported") {
        std::string sha = body["file_sha256"].get<std::string>();
        fs::path file = importArchivePath(m_importsDir, sha);
        auto text = readSmallFile(file);
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
                    .bind(3, utcDay(r.timeMs))
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
                    .bind(3, utcDay(r.timeMs))
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
    std::string day = utcDay(r.timeMs);
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
    if (isVoid)
        m_db.prepare("UPDATE receipts SET status = 'voided' WHERE number = ?").bind(1, receipt).run();
    else
        m_db.prepare("UPDATE receipts SET refunded_cents = refunded_cents + ? WHERE number = ?")
            .bind(1, total)
            .bind(2, receipt)
            .run();
}

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
            .bind(3, utcDay(r.timeMs))
            .bind(4, body["deposit"].get<std::int64_t>())
            .bind(5, body["deposit"].get<std::int64_t>())
            .run();
    }
}

void Projector::recordAccountEvents(const Record& r, const json& body)
{
    auto event = [&](const std::string& account, const std::string& summary, std::int64_t amount) {
        if (account.empty())
            return;
        m_db.prepare("INSERT INTO account_events(seq, account, kind, time_ms, operator, summary, amount_cents) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(seq, account) DO UPDATE SET amount_cents = amount_cents + "
                     "excluded.amount_cents")
            .bind(1, static_cast<std::int64_t>(r.seq))
            .bind(2, account)
            .bind(3, r.kind)
            .bind(4, r.timeMs)
            .bind(5, r.operatorId)
            .bind(6, summary)
            .bind(7, amount)
            .run();
    };
    const std::string& kind = r.kind;
    if (kind == "payment.taken") {
        for (const auto& l : body["lines"])
            event(l["account"].get<std::string>(), "Payment, receipt " + body["receipt"].get<std::string>(),
                  l["amount"].get<std::int64_t>());
    } else if (kind == "payment.voided" || kind == "payment.refunded" || kind == "check.returned") {
        std::string receipt = body["receipt"].get<std::string>();
        std::string what = kind == "payment.voided"    ? "Void of receipt "
                           : kind == "payment.refunded" ? "Refund of receipt "
                                                        : "Returned check on receipt ";
        auto line = m_db.prepare("SELECT account FROM payment_lines WHERE receipt = ? AND line = ?");
        for (const auto& l : body["lines"]) {
            line.reset();
            line.bind(1, receipt).bind(2, l["line"].get<std::int64_t>());
            if (line.step())
                event(line.columnText(0), what + receipt, -l["amount"].get<std::int64_t>());
        }
        if (kind == "check.returned" && body.value("fee", std::int64_t{0}) > 0)
            event(body["customer_account"].get<std::string>(), "Returned check on receipt " + receipt, 0);
    } else if (kind == "arrangement.created") {
        event(body["account"].get<std::string>(),
              "Arrangement " + body["id"].get<std::string>() + ": " + std::to_string(body["installments"].get<int>())
                  + " " + body["frequency"].get<std::string>() + " installments, total "
                  + formatMoney(Money::fromCents(body["total_of_payments"].get<std::int64_t>())),
              0);
    } else if (kind == "arrangement.broken") {
        auto a = m_db.prepare("SELECT account FROM arrangements WHERE id = ?");
        a.bind(1, body["id"].get<std::string>());
        if (a.step())
            event(a.columnText(0), "Arrangement " + body["id"].get<std::string>() + " broken: "
                                       + formatMoney(Money::fromCents(body["remaining"].get<std::int64_t>())) + " due now",
                  0);
    } else if (kind == "account.changed") {
        std::string summary = "Changed";
        for (const auto& [field, change] : body["changes"].items())
            summary += " " + field + " from \"" + change["old"].get<std::string>() + "\" to \""
                       + change["new"].get<std::string>() + "\";";
        if (!body["reason"].get<std::string>().empty())
            summary += " " + body["reason"].get<std::string>();
        event(body["account"].get<std::string>(), summary, 0);
    } else if (kind == "bill.adjusted") {
        std::int64_t amount = body["amount"].get<std::int64_t>();
        event(body["account"].get<std::string>(),
              std::string(amount < 0 ? "Credit " : "Debit ") + formatMoney(Money::fromCents(amount).abs()) + " on bill "
                  + body["bill"].get<std::string>() + ": " + body["reason"].get<std::string>(),
              amount);
    } else if (kind == "account.noted") {
        event(body["account"].get<std::string>(), "Note: " + body["note"].get<std::string>(), 0);
    } else if (kind == "order.created") {
        event(body["account"].get<std::string>(),
              "Service order " + body["id"].get<std::string>() + ": " + body["type"].get<std::string>() + " on "
                  + body["requested_date"].get<std::string>() + " (" + body["reason"].get<std::string>() + ")",
              body["deposit"].get<std::int64_t>());
    } else if (kind == "order.updated") {
        event(body["account"].get<std::string>(),
              "Service order " + body["id"].get<std::string>() + " " + body["status"].get<std::string>()
                  + (body["meter_reading"].get<std::string>().empty() ? std::string()
                                                                       : ", meter " + body["meter_reading"].get<std::string>()),
              0);
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
                     "serial, status, reason, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
            .run();
    } else if (r.kind == "batch.item_removed") {
        m_db.prepare("UPDATE batch_items SET status = 'removed', reason = ? WHERE batch = ? AND n = ?")
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
