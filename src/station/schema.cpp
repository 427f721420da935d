// The station's projection tables: a migration ladder over PRAGMA user_version, one transaction per step.
#include "station/schema.h"

#include "ledger/store.h"
#include "station/projector.h"

#include <iterator>
#include <string>

namespace tillbook::station {

namespace {

// Projection schema ladder: index i migrates user_version i to i + 1, one transaction per step.
const char* const kMigrations[] = {
    R"SQL(
CREATE TABLE operators (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('cashier', 'supervisor', 'admin')),
  active INTEGER NOT NULL DEFAULT 1,
  created_seq INTEGER NOT NULL
) STRICT;
-- Secrets are not projections: the ledger records that a PIN was set, never the hash.
CREATE TABLE operator_credentials (
  operator_id TEXT PRIMARY KEY REFERENCES operators(id),
  pin_hash TEXT NOT NULL
) STRICT;
)SQL",
    R"SQL(
ALTER TABLE operators ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE operators ADD COLUMN locked_until_ms INTEGER NOT NULL DEFAULT 0;
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL,
  changed_seq INTEGER NOT NULL
) STRICT;
CREATE TABLE approvals (
  id TEXT PRIMARY KEY,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  requested_by TEXT NOT NULL,
  approver TEXT NOT NULL,
  description TEXT NOT NULL,
  granted_seq INTEGER NOT NULL,
  expires_ms INTEGER NOT NULL,
  used_seq INTEGER
) STRICT;
)SQL",
    R"SQL(
CREATE TABLE accounts (
  number TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  service_address TEXT NOT NULL,
  mailing_address TEXT NOT NULL,
  phone TEXT NOT NULL,
  phone_digits TEXT NOT NULL,
  email TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'closed', 'cash_only')),
  returned_checks INTEGER NOT NULL DEFAULT 0,
  credit_cents INTEGER NOT NULL DEFAULT 0
) STRICT;
-- Text search over names, addresses and phone digits; kept in step with accounts by triggers.
CREATE VIRTUAL TABLE accounts_fts USING fts5(
  number, name, service_address, phone_digits,
  content = 'accounts', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
CREATE TRIGGER accounts_fts_insert AFTER INSERT ON accounts BEGIN
  INSERT INTO accounts_fts(rowid, number, name, service_address, phone_digits)
  VALUES (new.rowid, new.number, new.name, new.service_address, new.phone_digits);
END;
CREATE TRIGGER accounts_fts_delete AFTER DELETE ON accounts BEGIN
  INSERT INTO accounts_fts(accounts_fts, rowid, number, name, service_address, phone_digits)
  VALUES ('delete', old.rowid, old.number, old.name, old.service_address, old.phone_digits);
END;
CREATE TRIGGER accounts_fts_update AFTER UPDATE OF number, name, service_address, phone_digits ON accounts BEGIN
  INSERT INTO accounts_fts(accounts_fts, rowid, number, name, service_address, phone_digits)
  VALUES ('delete', old.rowid, old.number, old.name, old.service_address, old.phone_digits);
  INSERT INTO accounts_fts(rowid, number, name, service_address, phone_digits)
  VALUES (new.rowid, new.number, new.name, new.service_address, new.phone_digits);
END;
CREATE TABLE bills (
  id TEXT PRIMARY KEY,
  account TEXT NOT NULL REFERENCES accounts(number),
  kind TEXT NOT NULL,
  due_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  open_cents INTEGER NOT NULL,
  fund TEXT NOT NULL
) STRICT;
CREATE INDEX bills_account ON bills(account, due_date, id);
CREATE TABLE fees (
  code TEXT PRIMARY KEY,
  description TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  fund TEXT NOT NULL
) STRICT;
CREATE TABLE receipts (
  number TEXT PRIMARY KEY,
  request TEXT NOT NULL UNIQUE,
  seq INTEGER NOT NULL,
  time_ms INTEGER NOT NULL,
  operator TEXT NOT NULL,
  total_cents INTEGER NOT NULL,
  tendered_cents INTEGER NOT NULL,
  change_cents INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('paid', 'voided')),
  refunded_cents INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE payment_lines (
  receipt TEXT NOT NULL REFERENCES receipts(number),
  line INTEGER NOT NULL,
  account TEXT NOT NULL,
  bill TEXT NOT NULL,
  fee TEXT NOT NULL,
  fund TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  reversed_cents INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (receipt, line)
) STRICT;
CREATE TABLE payment_tenders (
  receipt TEXT NOT NULL REFERENCES receipts(number),
  line INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  reference TEXT NOT NULL,
  PRIMARY KEY (receipt, line)
) STRICT;
-- Every money movement of a receipt by day: what the posting export reads.
CREATE TABLE postings (
  seq INTEGER NOT NULL,
  line INTEGER NOT NULL,
  day TEXT NOT NULL,
  time_ms INTEGER NOT NULL,
  type TEXT NOT NULL,
  receipt TEXT NOT NULL,
  account TEXT NOT NULL,
  bill TEXT NOT NULL,
  fee TEXT NOT NULL,
  fund TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  tender TEXT NOT NULL,
  PRIMARY KEY (seq, line)
) STRICT;
CREATE INDEX postings_day ON postings(day, seq, line);
CREATE TABLE counters (
  series TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;
)SQL",
    R"SQL(
CREATE TABLE drawers (
  id TEXT PRIMARY KEY,
  operator TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  opened_seq INTEGER NOT NULL,
  opened_ms INTEGER NOT NULL,
  float_cents INTEGER NOT NULL,
  float_count TEXT NOT NULL,
  cash_received_cents INTEGER NOT NULL DEFAULT 0,
  change_cents INTEGER NOT NULL DEFAULT 0,
  paid_out_cents INTEGER NOT NULL DEFAULT 0,
  drops_cents INTEGER NOT NULL DEFAULT 0,
  pickups_cents INTEGER NOT NULL DEFAULT 0,
  checks_cents INTEGER NOT NULL DEFAULT 0,
  check_count INTEGER NOT NULL DEFAULT 0,
  money_orders_cents INTEGER NOT NULL DEFAULT 0,
  money_order_count INTEGER NOT NULL DEFAULT 0,
  payments INTEGER NOT NULL DEFAULT 0,
  voids INTEGER NOT NULL DEFAULT 0,
  refunds INTEGER NOT NULL DEFAULT 0,
  no_sales INTEGER NOT NULL DEFAULT 0,
  drop_count INTEGER NOT NULL DEFAULT 0,
  counted_seq INTEGER,
  closed_seq INTEGER,
  closed_ms INTEGER,
  approver TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
-- At most one open drawer per station: the database refuses a second one even if a command forgot to check.
CREATE UNIQUE INDEX drawers_one_open ON drawers(status) WHERE status = 'open';
CREATE TABLE drawer_items (
  drawer TEXT NOT NULL REFERENCES drawers(id),
  receipt TEXT NOT NULL,
  line INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  reference TEXT NOT NULL,
  voided INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (receipt, line)
) STRICT;
CREATE TABLE drawer_movements (
  seq INTEGER PRIMARY KEY,
  drawer TEXT NOT NULL REFERENCES drawers(id),
  type TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  reason TEXT NOT NULL,
  count TEXT NOT NULL
) STRICT;
CREATE TABLE drawer_counts (
  seq INTEGER PRIMARY KEY,
  drawer TEXT NOT NULL REFERENCES drawers(id),
  body TEXT NOT NULL
) STRICT;
ALTER TABLE receipts ADD COLUMN drawer TEXT NOT NULL DEFAULT '';
)SQL",
    R"SQL(
CREATE TABLE routing_directory (
  routing TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  city TEXT NOT NULL,
  state TEXT NOT NULL,
  record_type TEXT NOT NULL,
  new_routing TEXT NOT NULL
) STRICT;
CREATE TABLE routing_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
CREATE TABLE check_verifications (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  routing TEXT NOT NULL,
  account TEXT NOT NULL,
  serial TEXT NOT NULL,
  instrument TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  decision TEXT NOT NULL,
  customer_account TEXT NOT NULL,
  override_seq INTEGER
) STRICT;
CREATE INDEX check_verifications_item ON check_verifications(routing, account, serial);
-- One check or money order, one tender: the database refuses a second use even if a command forgot to check.
CREATE UNIQUE INDEX payment_tenders_item ON payment_tenders(reference) WHERE kind <> 'cash';
CREATE TABLE negative_file (
  routing TEXT NOT NULL,
  account TEXT NOT NULL,
  seq INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (routing, account)
) STRICT;
CREATE TABLE returned_checks (
  seq INTEGER PRIMARY KEY,
  receipt TEXT NOT NULL,
  customer_account TEXT NOT NULL,
  routing TEXT NOT NULL,
  account TEXT NOT NULL,
  reason_code TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  time_ms INTEGER NOT NULL
) STRICT;
)SQL",
    R"SQL(
CREATE TABLE text_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  changed_seq INTEGER NOT NULL
) STRICT;
)SQL",
    R"SQL(
CREATE TABLE arrangements (
  id TEXT PRIMARY KEY,
  account TEXT NOT NULL,
  seq INTEGER NOT NULL,
  status TEXT NOT NULL,
  principal_cents INTEGER NOT NULL,
  down_cents INTEGER NOT NULL,
  financed_cents INTEGER NOT NULL,
  installments INTEGER NOT NULL,
  frequency TEXT NOT NULL,
  rate_milli_percent INTEGER NOT NULL,
  method TEXT NOT NULL,
  total_interest_cents INTEGER NOT NULL,
  total_of_payments_cents INTEGER NOT NULL,
  operator TEXT NOT NULL,
  broken_seq INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX arrangements_account ON arrangements(account);
CREATE TABLE arrangement_installments (
  arrangement TEXT NOT NULL,
  n INTEGER NOT NULL,
  bill TEXT NOT NULL,
  due TEXT NOT NULL,
  payment_cents INTEGER NOT NULL,
  interest_cents INTEGER NOT NULL,
  principal_cents INTEGER NOT NULL,
  balance_cents INTEGER NOT NULL,
  PRIMARY KEY (arrangement, n)
) STRICT;
)SQL",
    R"SQL(
-- What happened on each account, for the history view: one row per record and account it touches.
CREATE TABLE account_events (
  seq INTEGER NOT NULL,
  account TEXT NOT NULL,
  kind TEXT NOT NULL,
  time_ms INTEGER NOT NULL,
  operator TEXT NOT NULL,
  summary TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  PRIMARY KEY (seq, account)
) STRICT;
CREATE INDEX account_events_account ON account_events(account, seq);
)SQL",
    R"SQL(
CREATE TABLE service_orders (
  id TEXT PRIMARY KEY,
  account TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('start', 'stop', 'transfer', 'installation')),
  service_address TEXT NOT NULL,
  requested_date TEXT NOT NULL,
  reason TEXT NOT NULL,
  deposit_cents INTEGER NOT NULL,
  deposit_bill TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'scheduled', 'done', 'cancelled')),
  scheduled_date TEXT NOT NULL DEFAULT '',
  meter_reading TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_seq INTEGER NOT NULL,
  updated_seq INTEGER NOT NULL
) STRICT;
CREATE INDEX service_orders_status ON service_orders(status, requested_date);
)SQL",
    R"SQL(
CREATE TABLE mail_batches (
  id TEXT PRIMARY KEY,
  operator TEXT NOT NULL,
  note TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  day TEXT NOT NULL,
  control_count INTEGER NOT NULL,
  control_cents INTEGER NOT NULL,
  opened_seq INTEGER NOT NULL,
  closed_seq INTEGER
) STRICT;
CREATE INDEX mail_batches_day ON mail_batches(day);
CREATE TABLE batch_items (
  batch TEXT NOT NULL REFERENCES mail_batches(id),
  n INTEGER NOT NULL,
  account TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  verification TEXT NOT NULL,
  routing TEXT NOT NULL,
  bank_account TEXT NOT NULL,
  serial TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'exception', 'removed')),
  reason TEXT NOT NULL,
  receipt TEXT NOT NULL DEFAULT '',
  seq INTEGER NOT NULL,
  PRIMARY KEY (batch, n)
) STRICT;
-- The supervisor's last word on a closed drawer or batch; none yet means it is waiting (balanced).
CREATE TABLE work_reviews (
  subject TEXT NOT NULL CHECK (subject IN ('drawer', 'batch')),
  id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('balanced', 'approved', 'rejected')),
  reason TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (subject, id)
) STRICT;
-- The latest approval of each day, and how many drawers and batches it covered: work opened on the day after it
-- shows as not yet approved until the day is approved again.
CREATE TABLE approved_days (
  day TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,
  entries INTEGER NOT NULL
) STRICT;
)SQL",
    R"SQL(
-- The language the customer reads: receipts and promissory notes print in it (en, es).
ALTER TABLE accounts ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es'));
)SQL",
    R"SQL(
-- Bank deposits (deposit.prepared, deposit.confirmed): the figures of each, what went into it, and its items.
CREATE TABLE deposits (
  id TEXT PRIMARY KEY,
  day TEXT NOT NULL,
  bag TEXT NOT NULL,
  seal TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('prepared', 'confirmed')),
  prepared_seq INTEGER NOT NULL,
  prepared_by TEXT NOT NULL,
  float_kept_cents INTEGER NOT NULL,
  cash_cents INTEGER NOT NULL,
  checks_cents INTEGER NOT NULL,
  money_orders_cents INTEGER NOT NULL,
  total_cents INTEGER NOT NULL,
  confirmed_seq INTEGER,
  confirmed_cents INTEGER,
  bank_date TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  difference_cents INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX deposits_day ON deposits(day);
-- A drawer or batch goes to the bank once: the key refuses a second deposit of it even if a command forgot to check.
CREATE TABLE deposit_sources (
  kind TEXT NOT NULL CHECK (kind IN ('drawer', 'batch')),
  id TEXT NOT NULL,
  deposit TEXT NOT NULL REFERENCES deposits(id),
  PRIMARY KEY (kind, id)
) STRICT;
CREATE TABLE deposit_items (
  deposit TEXT NOT NULL REFERENCES deposits(id),
  n INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('check', 'money_order')),
  routing TEXT NOT NULL,
  account_masked TEXT NOT NULL,
  serial TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  maker TEXT NOT NULL,
  receipt TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (deposit, n)
) STRICT;
-- Card tenders (an external terminal's approvals): the drawer's card total is what its batch should settle. A card
-- tender's reference is its approval code, which need not be unique: only checks and money orders are one-use items.
ALTER TABLE drawers ADD COLUMN cards_cents INTEGER NOT NULL DEFAULT 0;
ALTER TABLE drawers ADD COLUMN card_count INTEGER NOT NULL DEFAULT 0;
DROP INDEX payment_tenders_item;
CREATE UNIQUE INDEX payment_tenders_item ON payment_tenders(reference) WHERE kind IN ('check', 'money_order');
)SQL",
    R"SQL(
-- Amount settings are typed in dollars under names without "_cents" (the values stay cents): the projection follows
-- the names, and the records under the old names still apply to the new ones (SettingsService::currentSettingKey).
UPDATE settings SET key = substr(key, 1, length(key) - 6) WHERE key IN (
  'payment.max_tender_cents',
  'drawer.float_cents',
  'checks.personal_limit_cents',
  'checks.business_limit_cents',
  'checks.cashiers_limit_cents',
  'checks.money_order_limit_cents',
  'checks.returned_fee_cents',
  'drawer.tolerance_cents',
  'drawer.paid_out_approval_cents',
  'drawer.pickup_warn_cents',
  'drawer.pickup_require_cents',
  'arrangements.approval_cents',
  'adjustments.approval_cents',
  'deposit.float_kept_cents');
)SQL",
    R"SQL(
-- What a receipt says of a bill (the bills import's optional columns): its description and service period.
ALTER TABLE bills ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE bills ADD COLUMN period_start TEXT NOT NULL DEFAULT '';
ALTER TABLE bills ADD COLUMN period_end TEXT NOT NULL DEFAULT '';
)SQL",
    R"SQL(
-- Texts a screen shows in its reader's language are kept as message codes with arguments (station/message_json.h):
-- an account history line's summary (made again from the ledger by this step's fill, in place of its English), and a
-- mail batch item's exception reasons as a JSON list of messages ('' for an item keyed before: its English reason).
DELETE FROM account_events;
ALTER TABLE batch_items ADD COLUMN reason_messages TEXT NOT NULL DEFAULT '';
)SQL",
};

// The account history of every record already in the ledger, for the step that added account_events (8) and the one
// that keeps its lines as message codes (15).
void backfillAccountEvents(ledger::Db& db)
{
    ledger::LedgerStore store(db);
    Projector projector(db, {}); // account events read no import file
    store.forEach(1, [&](const ledger::Record& record) {
        projector.applyAccountEvents(record);
        return true;
    });
}

// A projection added to a ledger that already has records is filled from them in its step's transaction, so history
// starts at seq 1 and rebuild --check agrees; a failed fill leaves the step undone.
struct Backfill {
    std::int64_t version; // the step's version: it runs when user_version goes from version - 1 to version
    void (*fill)(ledger::Db&);
};
constexpr Backfill kBackfills[] = {
    {8, backfillAccountEvents},
    {15, backfillAccountEvents},
};

} // namespace

std::int64_t stationSchemaVersion()
{
    return static_cast<std::int64_t>(std::size(kMigrations));
}

void migrateProjections(ledger::Db& db, const std::string& what)
{
    std::int64_t version = db.pragmaInt("user_version");
    if (version > stationSchemaVersion())
        throw ledger::FormatError(what + " was written by a newer Tillbook (station schema " + std::to_string(version)
                                  + "; this build knows up to " + std::to_string(stationSchemaVersion()) + ")");
    // From version 0 nothing has been projected yet: a station being created (its first records add no projection)
    // or a rebuild's empty database, whose replay projects every record itself.
    const bool hasProjected = version > 0;
    for (; version < stationSchemaVersion(); ++version) {
        ledger::Transaction tx(db);
        db.exec(kMigrations[version]);
        for (const Backfill& backfill : kBackfills) {
            if (hasProjected && backfill.version == version + 1)
                backfill.fill(db);
        }
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        tx.commit();
    }
}

} // namespace tillbook::station
