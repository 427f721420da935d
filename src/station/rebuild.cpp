// Rebuild: an in-memory database gets the projection schema, every record is applied in order through the same
// Projector the station uses, and each projection table is compared row by row with the live one.
#include "station/rebuild.h"

#include "ledger/store.h"
#include "station/projector.h"
#include "station/schema.h"
#include "station/projector.h"
#include "station/services.h"

namespace tillbook::station {

namespace {

struct TableSpec {
    const char* name;
    const char* columns; // compared columns: secrets (PIN hashes) are not projections and are left out
    const char* order;
};

constexpr TableSpec kTables[] = {
    {"operators", "id, name, role, active, failures, locked_until_ms, created_seq", "id"},
    {"settings", "key, value, changed_seq", "key"},
    {"text_settings", "key, value, changed_seq", "key"},
    {"arrangements", "id, account, seq, status, principal_cents, down_cents, financed_cents, installments, frequency, "
                     "rate_milli_percent, method, total_interest_cents, total_of_payments_cents, operator, broken_seq",
     "id"},
    {"service_orders", "id, account, type, service_address, requested_date, reason, deposit_cents, deposit_bill, status, "
                       "scheduled_date, meter_reading, note, created_seq, updated_seq",
     "id"},
    {"mail_batches", "id, operator, note, status, day, control_count, control_cents, opened_seq, closed_seq", "id"},
    {"batch_items", "batch, n, account, amount_cents, verification, routing, bank_account, serial, status, reason, "
                    "receipt, seq",
     "batch, n"},
    {"work_reviews", "subject, id, state, reason, reviewer, seq", "subject, id"},
    {"approved_days", "day, seq, entries", "day"},
    {"account_events", "seq, account, kind, time_ms, operator, summary, amount_cents", "seq, account"},
    {"arrangement_installments", "arrangement, n, bill, due, payment_cents, interest_cents, principal_cents, balance_cents",
     "arrangement, n"},
    {"approvals", "id, action, subject, amount_cents, requested_by, approver, description, granted_seq, expires_ms, "
                  "used_seq",
     "id"},
    {"accounts", "number, name, service_address, mailing_address, phone, phone_digits, email, status, returned_checks, "
                 "credit_cents, language",
     "number"},
    {"bills", "id, account, kind, due_date, amount_cents, open_cents, fund", "id"},
    {"fees", "code, description, amount_cents, fund", "code"},
    {"receipts", "number, request, seq, time_ms, operator, total_cents, tendered_cents, change_cents, status, "
                 "refunded_cents, drawer",
     "number"},
    {"payment_lines", "receipt, line, account, bill, fee, fund, amount_cents, reversed_cents", "receipt, line"},
    {"payment_tenders", "receipt, line, kind, amount_cents, reference", "receipt, line"},
    {"postings", "seq, line, day, time_ms, type, receipt, account, bill, fee, fund, amount_cents, tender", "seq, line"},
    {"counters", "series, value", "series"},
    {"drawers", "id, operator, status, opened_seq, opened_ms, float_cents, float_count, cash_received_cents, "
                "change_cents, paid_out_cents, drops_cents, pickups_cents, checks_cents, check_count, money_orders_cents, "
                "money_order_count, payments, voids, refunds, no_sales, drop_count, counted_seq, closed_seq, closed_ms, "
                "approver, reason",
     "id"},
    {"drawer_items", "drawer, receipt, line, kind, amount_cents, reference, voided", "receipt, line"},
    {"drawer_movements", "seq, drawer, type, amount_cents, reason, count", "seq"},
    {"drawer_counts", "seq, drawer, body", "seq"},
    {"routing_meta", "key, value", "key"},
    {"routing_directory", "routing, name, city, state, record_type, new_routing", "routing"},
    {"check_verifications", "id, seq, routing, account, serial, instrument, amount_cents, decision, customer_account, "
                            "override_seq",
     "id"},
    {"negative_file", "routing, account, seq, reason", "routing, account"},
    {"returned_checks", "seq, receipt, customer_account, routing, account, reason_code, amount_cents, time_ms", "seq"},
};

std::string rowText(const ledger::Statement& st, int columns)
{
    std::string out;
    for (int i = 0; i < columns; ++i) {
        if (i)
            out += " | ";
        out += st.columnIsNull(i) ? std::string("NULL") : st.columnText(i);
    }
    return out;
}

int columnCount(const char* columns)
{
    int n = 1;
    for (const char* c = columns; *c; ++c)
        n += *c == ',' ? 1 : 0;
    return n;
}

} // namespace

RebuildReport rebuildAndCompare(const DataPaths& paths)
{
    RebuildReport report;
    auto live = openLedgerReadOnly(paths);
    ledger::Db fresh(":memory:", ledger::Db::Mode::Create);
    migrateProjections(fresh, "the rebuild database");
    Projector projector(fresh, paths.importsDir);
    {
        ledger::Transaction tx(fresh);
        ledger::LedgerStore store(*live);
        store.forEach(1, [&](const ledger::Record& r) {
            projector.apply(r);
            report.records = r.seq;
            return true;
        });
        tx.commit();
    }
    for (const TableSpec& table : kTables) {
        std::string sql = std::string("SELECT ") + table.columns + " FROM " + table.name + " ORDER BY " + table.order;
        auto a = live->prepare(sql);
        auto b = fresh.prepare(sql);
        int columns = columnCount(table.columns);
        ++report.tablesCompared;
        for (;;) {
            bool hasA = a.step();
            bool hasB = b.step();
            if (!hasA && !hasB)
                break;
            if (hasA != hasB) {
                report.difference = std::string(table.name) + ": the " + (hasA ? "live" : "rebuilt")
                                    + " table has an extra row: " + rowText(hasA ? a : b, columns);
                return report;
            }
            std::string rowA = rowText(a, columns);
            std::string rowB = rowText(b, columns);
            if (rowA != rowB) {
                report.difference = std::string(table.name) + ": live row \"" + rowA + "\" but the ledger gives \""
                                    + rowB + "\"";
                return report;
            }
            ++report.rowsCompared;
        }
    }
    return report;
}

} // namespace tillbook::station
