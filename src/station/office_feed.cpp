// The station's copy of what its office publishes. The feed is to the derived tables what the ledger is to the
// projections: applyOfficeItem is the only code that writes them, so rebuild --check can replay the feed and compare.
#include "station/office_feed.h"

#include "ledger/hash.h"
#include "station/accounts.h"
#include "station/projector.h"

#include <nlohmann/json.hpp>

#include <map>

namespace tillbook::station {

using nlohmann::json;

const OfficeTable kOfficeFeedTables[6] = {
    {"office_negative_file", "routing, account"},
    {"office_cash_only", "account"},
    {"office_presentments", "routing, account, serial, origin, receipt"},
    {"office_bill_payments", "bill"},
    {"office_day_summary", "day"},
    {"office_deposit_sources", "station, kind, id"},
};

std::string signedItemMessage(const OfficeItem& item)
{
    return "tillbook-office-item/v1\nid " + std::to_string(item.id) + "\norigin " + item.origin + "\nseq "
           + std::to_string(item.seq) + "\nkind " + item.kind + "\n" + item.body;
}

std::string batchLinkHash(const std::vector<std::uint8_t>& previousSignature)
{
    return ledger::toHex(ledger::Sha256().update(previousSignature).finish());
}

std::string signedBatchMessage(std::int64_t first, std::int64_t last, const std::vector<const OfficeItem*>& items,
                               const std::optional<BatchLink>& link)
{
    ledger::Sha256 itemHash;
    ledger::Sha256 digest;
    for (const OfficeItem* item : items)
        digest.update(itemHash.update(signedItemMessage(*item)).finish());
    const std::string head = link ? "tillbook-office-batch/v2\nbatch " + std::to_string(link->number) + "\nprevious "
                                        + link->previous + "\n"
                                  : "tillbook-office-batch/v1\n";
    return head + "first " + std::to_string(first) + "\nlast " + std::to_string(last) + "\ncount "
           + std::to_string(items.size()) + "\ndigest " + ledger::toHex(digest.finish()) + "\n";
}

void ensureOfficeFeedTables(ledger::Db& db)
{
    db.exec(R"SQL(
CREATE TABLE IF NOT EXISTS office_feed (
  id INTEGER PRIMARY KEY CHECK (id >= 1),
  origin TEXT NOT NULL,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  pulled_ms INTEGER NOT NULL,
  seq INTEGER NOT NULL DEFAULT 0,
  signature BLOB,
  after_seq INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE IF NOT EXISTS office_negative_file (
  routing TEXT NOT NULL,
  account TEXT NOT NULL,
  origin TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (routing, account)
) STRICT;
CREATE TABLE IF NOT EXISTS office_cash_only (
  account TEXT PRIMARY KEY,
  origin TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS office_presentments (
  routing TEXT NOT NULL,
  account TEXT NOT NULL,
  serial TEXT NOT NULL,
  origin TEXT NOT NULL,
  receipt TEXT NOT NULL,
  PRIMARY KEY (routing, account, serial, origin, receipt)
) STRICT;
-- What other windows paid on each bill, net of their voids, refunds and returned checks.
CREATE TABLE IF NOT EXISTS office_bill_payments (
  bill TEXT PRIMARY KEY,
  account TEXT NOT NULL,
  paid_cents INTEGER NOT NULL
) STRICT;
-- The office's figures of each day, as it last published them.
CREATE TABLE IF NOT EXISTS office_day_summary (
  day TEXT PRIMARY KEY,
  item INTEGER NOT NULL,
  body TEXT NOT NULL
) STRICT;
-- The station's drawers and mail batches the office's deposits took: its own deposit leaves them out.
CREATE TABLE IF NOT EXISTS office_deposit_sources (
  station TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('drawer', 'batch')),
  id TEXT NOT NULL,
  deposit TEXT NOT NULL,
  PRIMARY KEY (station, kind, id)
) STRICT;
-- The last batch of published items a pull checked (officeBatchHead): one row.
CREATE TABLE IF NOT EXISTS office_batch_head (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  batch INTEGER NOT NULL,
  last_id INTEGER NOT NULL,
  signature BLOB NOT NULL
) STRICT;
)SQL");
    // A feed kept by a Tillbook before the office signed its items has no seq, signature or place among the records;
    // its items (negative file, presentments, cash-only, bill payments) touch no projection, so their place is 0.
    auto column = db.prepare("SELECT 1 FROM pragma_table_info('office_feed') WHERE name = 'after_seq'");
    if (!column.step())
        db.exec("ALTER TABLE office_feed ADD COLUMN seq INTEGER NOT NULL DEFAULT 0; "
                "ALTER TABLE office_feed ADD COLUMN signature BLOB; "
                "ALTER TABLE office_feed ADD COLUMN after_seq INTEGER NOT NULL DEFAULT 0;");
    // Items signed per batch (the office's schema step 4) keep the batch's ids beside the batch's signature.
    auto batchColumn = db.prepare("SELECT 1 FROM pragma_table_info('office_feed') WHERE name = 'batch_first'");
    if (!batchColumn.step())
        db.exec("ALTER TABLE office_feed ADD COLUMN batch_first INTEGER NOT NULL DEFAULT 0; "
                "ALTER TABLE office_feed ADD COLUMN batch_last INTEGER NOT NULL DEFAULT 0;");
}

namespace {

bool hasTable(ledger::Db& db, std::string_view name)
{
    auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    st.bind(1, name);
    return st.step();
}

} // namespace

bool hasOfficeFeed(ledger::Db& db)
{
    return hasTable(db, "office_feed");
}

std::int64_t lastOfficeItem(ledger::Db& db)
{
    if (!hasOfficeFeed(db))
        return 0;
    auto st = db.prepare("SELECT COALESCE(MAX(id), 0) FROM office_feed");
    st.step();
    return st.columnInt(0);
}

void applyOfficeItem(ledger::Db& db, const OfficeItem& item)
{
    json body = json::parse(item.body, nullptr, false);
    if (!body.is_object())
        return;
    auto text = [&](const char* field) { return body.value(field, std::string()); };
    if (item.kind == "negative_file") {
        db.prepare("INSERT INTO office_negative_file(routing, account, origin, reason) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT(routing, account) DO NOTHING")
            .bind(1, text("routing"))
            .bind(2, text("account"))
            .bind(3, item.origin)
            .bind(4, text("reason"))
            .run();
    } else if (item.kind == "cash_only") {
        db.prepare("INSERT INTO office_cash_only(account, origin) VALUES (?, ?) ON CONFLICT(account) DO NOTHING")
            .bind(1, text("account"))
            .bind(2, item.origin)
            .run();
    } else if (item.kind == "presentment") {
        db.prepare("INSERT INTO office_presentments(routing, account, serial, origin, receipt) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT DO NOTHING")
            .bind(1, text("routing"))
            .bind(2, text("account"))
            .bind(3, text("serial"))
            .bind(4, item.origin)
            .bind(5, text("receipt"))
            .run();
    } else if (item.kind == "bill_paid") {
        db.prepare("INSERT INTO office_bill_payments(bill, account, paid_cents) VALUES (?, ?, ?) "
                   "ON CONFLICT(bill) DO UPDATE SET paid_cents = paid_cents + excluded.paid_cents")
            .bind(1, text("bill"))
            .bind(2, text("account"))
            .bind(3, body.value("amount", std::int64_t{0}))
            .run();
    } else if (item.kind == "accounts_imported" || item.kind == "bills_imported" || item.kind == "fees_imported") {
        // An import done once at the office: the same rows, the same way, as the station's own import of the file.
        applyImportRows(db, std::string_view(item.kind).substr(0, item.kind.find('_')), text("csv"));
    } else if (item.kind == "day_summary") {
        db.prepare("INSERT INTO office_day_summary(day, item, body) VALUES (?, ?, ?) "
                   "ON CONFLICT(day) DO UPDATE SET item = excluded.item, body = excluded.body")
            .bind(1, text("day"))
            .bind(2, item.id)
            .bind(3, item.body)
            .run();
    } else if (item.kind == "deposit_taken") {
        // Every window's, as published; the station's own deposit asks for its own station's.
        auto taken = db.prepare("INSERT INTO office_deposit_sources(station, kind, id, deposit) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT(station, kind, id) DO NOTHING");
        const std::string station = text("station");
        const std::string deposit = text("deposit");
        for (const auto& [kind, list] : {std::pair{"drawer", "drawers"}, std::pair{"batch", "batches"}}) {
            for (const json& id : body.value(list, json::array())) {
                if (id.is_string())
                    taken.bind(1, station).bind(2, kind).bind(3, id.get<std::string>()).bind(4, deposit).run();
            }
        }
    } else if (item.kind == "deposit_voided") {
        // The office took its deposit back at the bank: what it took may be deposited again, here too.
        db.prepare("DELETE FROM office_deposit_sources WHERE deposit = ?").bind(1, text("deposit")).run();
    }
}

std::string officeDepositOf(ledger::Db& db, std::string_view station, std::string_view kind, std::string_view id)
{
    if (!hasTable(db, "office_deposit_sources"))
        return {};
    auto st = db.prepare("SELECT deposit FROM office_deposit_sources WHERE station = ? AND kind = ? AND id = ?");
    st.bind(1, station).bind(2, kind).bind(3, id);
    return st.step() ? st.columnText(0) : std::string();
}

std::optional<BatchHead> officeBatchHead(ledger::Db& db)
{
    if (!hasTable(db, "office_batch_head"))
        return std::nullopt;
    auto st = db.prepare("SELECT batch, last_id, signature FROM office_batch_head");
    if (!st.step())
        return std::nullopt;
    const auto signature = st.columnBlob(2);
    return BatchHead{st.columnInt(0), st.columnInt(1), {signature.begin(), signature.end()}};
}

void storeOfficeItems(ledger::Db& db, const std::vector<OfficeItem>& items, std::int64_t pulledMs, std::int64_t afterSeq,
                      const std::optional<BatchHead>& head)
{
    ledger::Transaction tx(db);
    ensureOfficeFeedTables(db);
    auto keep = db.prepare("INSERT INTO office_feed(id, origin, kind, body, pulled_ms, seq, signature, after_seq, "
                           "batch_first, batch_last) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const OfficeItem& item : items) {
        keep.bind(1, item.id).bind(2, item.origin).bind(3, item.kind).bind(4, item.body).bind(5, pulledMs);
        keep.bind(6, item.seq).bindBlob(7, item.signature).bind(8, afterSeq).bind(9, item.batchFirst);
        keep.bind(10, item.batchLast).run();
        applyOfficeItem(db, item);
    }
    if (head) {
        auto st = db.prepare("INSERT INTO office_batch_head (one, batch, last_id, signature) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (one) DO UPDATE SET batch = excluded.batch, last_id = excluded.last_id, "
                             "signature = excluded.signature");
        st.bind(1, head->batch).bind(2, head->lastId).bindBlob(3, head->signature).run();
    }
    tx.commit();
}

std::vector<OfficeItem> keptOfficeItems(ledger::Db& db)
{
    std::vector<OfficeItem> items;
    if (!hasOfficeFeed(db))
        return items;
    auto st = db.prepare("SELECT id, origin, kind, body, after_seq FROM office_feed ORDER BY id");
    while (st.step())
        items.push_back(OfficeItem{st.columnInt(0), st.columnText(1), 0, st.columnText(2), st.columnText(3), {},
                                   st.columnInt(4)});
    return items;
}

std::optional<std::string> officeDaySummary(ledger::Db& db, std::string_view day)
{
    if (!hasTable(db, "office_day_summary"))
        return std::nullopt; // never synced, or not since this build
    auto st = db.prepare("SELECT body FROM office_day_summary WHERE day = ?");
    st.bind(1, day);
    if (!st.step())
        return std::nullopt;
    return st.columnText(0);
}

bool onOfficeNegativeFile(ledger::Db& db, std::string_view routing, std::string_view account)
{
    if (!hasOfficeFeed(db))
        return false;
    auto st = db.prepare("SELECT 1 FROM office_negative_file WHERE routing = ? AND account = ?");
    st.bind(1, routing).bind(2, account);
    return st.step();
}

bool presentedElsewhere(ledger::Db& db, std::string_view routing, std::string_view account, std::string_view serial)
{
    if (serial.empty() || !hasOfficeFeed(db))
        return false;
    auto st = db.prepare("SELECT 1 FROM office_presentments WHERE routing = ? AND account = ? AND serial = ?");
    st.bind(1, routing).bind(2, account).bind(3, serial);
    return st.step();
}

namespace {

// Each bill of the account another window paid on (open here or not), with its open balance here and what the other
// windows paid on it, net of their reversals.
template <typename Each>
void billsPaidElsewhere(ledger::Db& db, const std::string& account, Each each)
{
    auto st = db.prepare("SELECT b.id, b.open_cents, p.paid_cents FROM office_bill_payments p JOIN bills b "
                         "ON b.id = p.bill AND b.account = p.account WHERE p.account = ? AND p.paid_cents > 0");
    st.bind(1, account);
    while (st.step())
        each(st.columnText(0), Money::fromCents(st.columnInt(1)), Money::fromCents(st.columnInt(2)));
}

} // namespace

void applyOfficeView(ledger::Db& db, AccountSummary& summary)
{
    if (!hasOfficeFeed(db))
        return;
    auto st = db.prepare("SELECT 1 FROM office_cash_only WHERE account = ?");
    st.bind(1, summary.number);
    if (st.step() && summary.status == "active")
        summary.status = "cash_only";
    // What other windows paid beyond a bill's open balance here was paid twice: the customer's credit.
    billsPaidElsewhere(db, summary.number, [&](const std::string&, Money open, Money elsewhere) {
        summary.balance -= elsewhere < open ? elsewhere : open;
        if (elsewhere > open)
            summary.credit += elsewhere - open;
    });
}

void applyOfficeView(ledger::Db& db, std::vector<BillInfo>& openBills)
{
    if (openBills.empty() || !hasOfficeFeed(db))
        return;
    std::map<std::string, Money> left;
    billsPaidElsewhere(db, openBills.front().account, [&](const std::string& bill, Money open, Money elsewhere) {
        left[bill] = elsewhere < open ? open - elsewhere : Money();
    });
    std::erase_if(openBills, [&](BillInfo& bill) {
        auto found = left.find(bill.id);
        if (found == left.end())
            return false;
        bill.open = found->second;
        return !bill.open.isPositive();
    });
}

namespace {

bool hasCosignatures(ledger::Db& db)
{
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office_cosignatures'");
    return exists.step();
}

} // namespace

std::vector<std::pair<std::uint64_t, std::string>> storedCosignatures(ledger::Db& db)
{
    std::vector<std::pair<std::uint64_t, std::string>> out;
    if (!hasCosignatures(db))
        return out;
    auto rows = db.prepare("SELECT size, note FROM office_cosignatures ORDER BY size");
    while (rows.step())
        out.emplace_back(static_cast<std::uint64_t>(rows.columnInt(0)), rows.columnText(1));
    return out;
}

std::optional<std::pair<std::uint64_t, std::string>> latestCosignature(ledger::Db& db)
{
    if (!hasCosignatures(db))
        return std::nullopt;
    auto row = db.prepare("SELECT size, note FROM office_cosignatures ORDER BY size DESC LIMIT 1");
    if (!row.step())
        return std::nullopt;
    return std::make_pair(static_cast<std::uint64_t>(row.columnInt(0)), row.columnText(1));
}

} // namespace tillbook::station
