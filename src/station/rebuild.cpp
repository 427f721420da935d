// Rebuild: an in-memory database gets the projection schema, every record is applied in order through the same
// Projector the station uses, and each projection table is compared row by row with the live one.
#include "station/rebuild.h"

#include "ledger/store.h"
#include "station/office_feed.h"
#include "station/projector.h"
#include "station/schema.h"
#include "station/projector.h"
#include "station/services.h"

#include <limits>
#include <string>
#include <vector>

namespace tillbook::station {

namespace {

// The projection tables and each one's ordering key. Every column table_info lists is compared, so a column a schema
// step adds is checked without a change here. Secrets (PIN hashes, in operator_credentials) are not projections.
struct TableSpec {
    const char* name;
    const char* order;
};

constexpr TableSpec kTables[] = {
    {"operators", "id"},
    {"settings", "key"},
    {"text_settings", "key"},
    {"arrangements", "id"},
    {"service_orders", "id"},
    {"mail_batches", "id"},
    {"batch_items", "batch, n"},
    {"work_reviews", "subject, id"},
    {"approved_days", "day"},
    {"account_events", "seq, account"},
    {"arrangement_installments", "arrangement, n"},
    {"approvals", "id"},
    {"accounts", "number"},
    {"bills", "id"},
    {"fees", "code"},
    {"receipts", "number"},
    {"payment_lines", "receipt, line"},
    {"payment_tenders", "receipt, line"},
    {"postings", "seq, line"},
    {"counters", "series"},
    {"drawers", "id"},
    {"drawer_items", "receipt, line"},
    {"drawer_movements", "seq"},
    {"drawer_counts", "seq"},
    {"routing_meta", "key"},
    {"routing_directory", "routing"},
    {"check_verifications", "id"},
    {"negative_file", "routing, account"},
    {"returned_checks", "seq"},
    {"deposits", "id"},
    {"deposit_sources", "kind, id"},
    {"deposit_items", "deposit, n"},
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

// The table's columns as table_info lists them, joined for a SELECT and for messages.
std::vector<std::string> tableColumns(ledger::Db& db, const char* table)
{
    auto st = db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    st.bind(1, table);
    std::vector<std::string> columns;
    while (st.step())
        columns.push_back(st.columnText(0));
    return columns;
}

std::string joined(const std::vector<std::string>& names, const char* quote)
{
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + (quote + name + quote);
    return out;
}

// Compares one table row by row; false (and report.difference) at the first difference.
template <typename Spec>
bool compareTable(ledger::Db& live, ledger::Db& rebuilt, const Spec& table, RebuildReport& report)
{
    std::vector<std::string> columns = tableColumns(rebuilt, table.name);
    std::vector<std::string> liveColumns = tableColumns(live, table.name);
    ++report.tablesCompared;
    if (liveColumns != columns) {
        report.difference = std::string(table.name) + ": the live table's columns (" + joined(liveColumns, "")
                            + ") are not the schema's (" + joined(columns, "") + ")";
        return false;
    }
    // Names from the schema itself and the fixed list above, never from a record.
    std::string sql = "SELECT " + joined(columns, "\"") + " FROM " + table.name + " ORDER BY " + table.order;
    auto a = live.prepare(sql);
    auto b = rebuilt.prepare(sql);
    int count = static_cast<int>(columns.size());
    for (;;) {
        bool hasA = a.step();
        bool hasB = b.step();
        if (!hasA && !hasB)
            break;
        if (hasA != hasB) {
            report.difference = std::string(table.name) + ": the " + (hasA ? "live" : "rebuilt")
                                + " table has an extra row: " + rowText(hasA ? a : b, count);
            return false;
        }
        std::string rowA = rowText(a, count);
        std::string rowB = rowText(b, count);
        if (rowA != rowB) {
            report.difference = std::string(table.name) + ": live row \"" + rowA + "\" but the ledger gives \""
                                + rowB + "\"";
            return false;
        }
        ++report.rowsCompared;
    }
    return true;
}

} // namespace

void compareProjections(ledger::Db& live, ledger::Db& rebuilt, RebuildReport& report)
{
    for (const TableSpec& table : kTables) {
        if (!compareTable(live, rebuilt, table, report))
            return;
    }
}

RebuildReport rebuildAndCompare(const DataPaths& paths)
{
    RebuildReport report;
    auto live = openLedgerReadOnly(paths);
    // A station last opened by an older Tillbook has the older tables; this check reads without changing anything,
    // so it says so instead of reporting every new column as a difference.
    if (std::int64_t version = live->pragmaInt("user_version"); version < stationSchemaVersion()) {
        report.difference = "the station's tables are at schema version " + std::to_string(version) + " and this Tillbook's are at "
                            + std::to_string(stationSchemaVersion())
                            + ": open the station once with this Tillbook (the app, or any tillctl command that records), "
                              "which migrates it, then check again";
        return report;
    }
    ledger::Db fresh(":memory:", ledger::Db::Mode::Create);
    migrateProjections(fresh, "the rebuild database");
    Projector projector(fresh, paths.importsDir);
    // What the station pulled from its office goes in where it went in live: after the record it followed.
    const bool pulled = hasOfficeFeed(*live);
    if (pulled)
        ensureOfficeFeedTables(fresh);
    const std::vector<OfficeItem> items = keptOfficeItems(*live);
    std::size_t nextItem = 0;
    auto applyItemsUpTo = [&](std::int64_t seq) {
        for (; nextItem < items.size() && items[nextItem].afterSeq <= seq; ++nextItem)
            applyOfficeItem(fresh, items[nextItem]);
    };
    try {
        ledger::Transaction tx(fresh);
        ledger::LedgerStore store(*live);
        applyItemsUpTo(0);
        store.forEach(1, [&](const ledger::Record& r) {
            projector.apply(r);
            report.records = r.seq;
            applyItemsUpTo(static_cast<std::int64_t>(r.seq));
            return true;
        });
        applyItemsUpTo(std::numeric_limits<std::int64_t>::max());
        tx.commit();
    } catch (const UnknownRecordKind& e) {
        // The same sentence the station gives: no projection can be rebuilt past a record it cannot read.
        report.difference = e.what();
        return report;
    }
    compareProjections(*live, fresh, report);
    // What the station pulled from its office: the derived tables replayed from the kept feed.
    if (!report.difference && pulled) {
        for (const OfficeTable& table : kOfficeFeedTables) {
            if (!compareTable(*live, fresh, table, report))
                break;
        }
    }
    return report;
}

} // namespace tillbook::station
