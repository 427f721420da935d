// Each step is one fixed script, never edited once released: a later change is a new step appended to kSteps.
#include "office/office_schema.h"

#include "station/common.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace tillbook::office {

namespace {

// Roles are cluster-wide: tillbook_stations is the group every station role belongs to, and the grants and policies
// name it. A station sees and adds only rows whose station is its own (office.my_station(), from the role it logged
// in as); it updates and deletes nothing.
constexpr const char* kStep1 = R"SQL(
CREATE SCHEMA office;
CREATE TABLE office.stations (
  station text PRIMARY KEY CHECK (station ~ '^[A-Z0-9-]{1,32}$'),
  role name NOT NULL UNIQUE,
  added_at timestamptz NOT NULL DEFAULT now()
);
-- What stations push: every record as they sent it. (station, seq, hash) so that a second, different record for the
-- same seq (a fork) is kept as evidence instead of being lost; the same record twice is one row.
CREATE TABLE office.inbox (
  station text NOT NULL REFERENCES office.stations,
  seq bigint NOT NULL CHECK (seq >= 1),
  time_ms bigint NOT NULL,
  operator text NOT NULL,
  approver text NOT NULL,
  kind text NOT NULL,
  body text NOT NULL,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  key_id bytea NOT NULL,
  signature bytea NOT NULL,
  version smallint NOT NULL,
  algorithm smallint NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(prev_hash) = 32 AND octet_length(hash) = 32 AND octet_length(key_id) = 32),
  CHECK (version BETWEEN 0 AND 255 AND algorithm BETWEEN 0 AND 255),
  PRIMARY KEY (station, seq, hash)
);
-- Verified records, append-only, one per (station, seq): the inbox's columns and checks, and when it was verified.
CREATE TABLE office.records (
  LIKE office.inbox INCLUDING CONSTRAINTS,
  verified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (station, seq),
  FOREIGN KEY (station) REFERENCES office.stations
);
-- One row per sync: the station's signed checkpoint of its size and a consistency proof from the office's verified
-- size at the time (C2SP tlog-mirror).
CREATE TABLE office.pushes (
  id bigserial PRIMARY KEY,
  station text NOT NULL REFERENCES office.stations,
  pushed_at timestamptz NOT NULL DEFAULT now(),
  from_size bigint NOT NULL CHECK (from_size >= 0),
  size bigint NOT NULL CHECK (size >= 1),
  checkpoint text NOT NULL,
  proof text NOT NULL
);
-- Written by the office process only.
CREATE TABLE office.station_state (
  station text PRIMARY KEY REFERENCES office.stations,
  state text NOT NULL DEFAULT 'ok' CHECK (state IN ('ok', 'forked', 'invalid')),
  verified_size bigint NOT NULL DEFAULT 0,
  root bytea,
  chain text,
  problem text,
  last_push bigint NOT NULL DEFAULT 0,
  updated_at timestamptz
);
CREATE TABLE office.tree_heads (
  station text NOT NULL REFERENCES office.stations,
  size bigint NOT NULL,
  root bytea NOT NULL,
  verified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (station, size)
);
CREATE TABLE office.cosignatures (
  station text NOT NULL REFERENCES office.stations,
  size bigint NOT NULL,
  note text NOT NULL,
  cosigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (station, size)
);

CREATE FUNCTION office.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'office.% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON office.records
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON office.records
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER tree_heads_append_only BEFORE UPDATE OR DELETE ON office.tree_heads
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER cosignatures_append_only BEFORE UPDATE OR DELETE ON office.cosignatures
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tillbook_stations') THEN
    CREATE ROLE tillbook_stations NOLOGIN;
  END IF;
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO tillbook_stations', current_database());
END $$;

-- session_user, not current_user: inside a SECURITY DEFINER function current_user is the function's owner.
CREATE FUNCTION office.my_station() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog AS $$ SELECT station FROM office.stations WHERE role = session_user $$;

-- DDL takes no parameters: add-station calls this with the station, its role and the SCRAM verifier as values.
CREATE FUNCTION office.add_station(p_station text, p_role text, p_verifier text) RETURNS void LANGUAGE plpgsql
  SET search_path = pg_catalog AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
    EXECUTE format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', p_role, p_verifier);
  ELSE
    EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L IN ROLE tillbook_stations', p_role, p_verifier);
  END IF;
  INSERT INTO office.stations (station, role) VALUES (p_station, p_role) ON CONFLICT (station) DO NOTHING;
  INSERT INTO office.station_state (station) VALUES (p_station) ON CONFLICT (station) DO NOTHING;
END $$;

REVOKE ALL ON SCHEMA office FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA office FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA office FROM PUBLIC;
GRANT USAGE ON SCHEMA office TO tillbook_stations;
GRANT EXECUTE ON FUNCTION office.my_station() TO tillbook_stations;
GRANT SELECT, INSERT ON office.inbox, office.pushes TO tillbook_stations;
GRANT USAGE ON SEQUENCE office.pushes_id_seq TO tillbook_stations;
GRANT SELECT ON office.records, office.station_state, office.cosignatures TO tillbook_stations;

ALTER TABLE office.inbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE office.pushes ENABLE ROW LEVEL SECURITY;
ALTER TABLE office.records ENABLE ROW LEVEL SECURITY;
ALTER TABLE office.station_state ENABLE ROW LEVEL SECURITY;
ALTER TABLE office.cosignatures ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_station ON office.inbox TO tillbook_stations
  USING (station = office.my_station()) WITH CHECK (station = office.my_station());
CREATE POLICY own_station ON office.pushes TO tillbook_stations
  USING (station = office.my_station()) WITH CHECK (station = office.my_station());
CREATE POLICY own_station ON office.records FOR SELECT TO tillbook_stations USING (station = office.my_station());
CREATE POLICY own_station ON office.station_state FOR SELECT TO tillbook_stations
  USING (station = office.my_station());
CREATE POLICY own_station ON office.cosignatures FOR SELECT TO tillbook_stations
  USING (station = office.my_station());
)SQL";

// Publish back and the office day (docs/office.md): what the office derives from each station's verified records, in
// the transaction that derives them, and what it publishes for every window. published_size is how far a station's
// verified records have been derived, so the records of an office verified before this step are derived too.
constexpr const char* kStep2 = R"SQL(
ALTER TABLE office.station_state ADD COLUMN published_size bigint NOT NULL DEFAULT 0;
-- Each payment's lines, so that a void, refund or returned check (which names receipt and line) can be posted.
CREATE TABLE office.payment_lines (
  station text NOT NULL REFERENCES office.stations,
  receipt text NOT NULL,
  line integer NOT NULL,
  account text NOT NULL,
  bill text NOT NULL,
  fee text NOT NULL,
  fund text NOT NULL,
  amount_cents bigint NOT NULL,
  PRIMARY KEY (station, receipt, line)
);
-- Every money movement of every window, as each station's postings table has it: the office's posting export and
-- day report read it.
CREATE TABLE office.postings (
  station text NOT NULL REFERENCES office.stations,
  seq bigint NOT NULL,
  line integer NOT NULL,
  day text NOT NULL,
  time_ms bigint NOT NULL,
  type text NOT NULL,
  receipt text NOT NULL,
  account text NOT NULL,
  bill text NOT NULL,
  fee text NOT NULL,
  fund text NOT NULL,
  amount_cents bigint NOT NULL,
  tender text NOT NULL,
  PRIMARY KEY (station, seq, line)
);
CREATE INDEX postings_day ON office.postings (day, station, seq, line);
CREATE TABLE office.check_verifications (
  station text NOT NULL REFERENCES office.stations,
  id text NOT NULL,
  routing text NOT NULL,
  account text NOT NULL,
  serial text NOT NULL,
  PRIMARY KEY (station, id)
);
-- What every window must know, in the order the office published it. One office process publishes at a time, one
-- transaction after another, so ids become visible in order and a station pulls everything after the last it holds.
CREATE TABLE office.published (
  id bigserial PRIMARY KEY,
  origin text NOT NULL REFERENCES office.stations,
  seq bigint NOT NULL,
  kind text NOT NULL CHECK (kind IN ('negative_file', 'cash_only', 'presentment', 'bill_paid')),
  body text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER published_append_only BEFORE UPDATE OR DELETE ON office.published
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
REVOKE ALL ON office.payment_lines, office.postings, office.check_verifications, office.published FROM PUBLIC;
GRANT SELECT ON office.published TO tillbook_stations;
ALTER TABLE office.published ENABLE ROW LEVEL SECURITY;
CREATE POLICY every_station ON office.published FOR SELECT TO tillbook_stations USING (true);
)SQL";

// One office day (docs/office.md): imports done once at the office, a signature by the office key on every published
// item, and the day's approval. The signatures are a table of their own, so that items published before this step are
// signed by the next office process without an UPDATE of an append-only row.
constexpr const char* kStep3 = R"SQL(
-- The office's own items (its imports, the day's figures) have no origin station.
ALTER TABLE office.published ALTER COLUMN origin DROP NOT NULL;
ALTER TABLE office.published DROP CONSTRAINT published_kind_check;
ALTER TABLE office.published ADD CONSTRAINT published_kind_check CHECK (kind IN ('negative_file', 'cash_only',
  'presentment', 'bill_paid', 'accounts_imported', 'bills_imported', 'fees_imported', 'day_summary'));
CREATE TABLE office.published_signatures (
  id bigint PRIMARY KEY REFERENCES office.published,
  signature bytea NOT NULL CHECK (octet_length(signature) = 64)
);
CREATE TRIGGER published_signatures_append_only BEFORE UPDATE OR DELETE ON office.published_signatures
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
-- Every import done at the office, all or nothing, and what it made known: the next import is checked against it as a
-- station checks an import against its own accounts and bills.
CREATE TABLE office.imports (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('accounts', 'bills', 'fees')),
  file_sha256 text NOT NULL,
  source text NOT NULL,
  rows integer NOT NULL,
  added integer NOT NULL,
  updated integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE office.import_accounts (number text PRIMARY KEY);
CREATE TABLE office.import_bills (id text PRIMARY KEY, account text NOT NULL, amount_cents bigint NOT NULL);
CREATE TABLE office.import_fees (code text PRIMARY KEY);
-- The day's approvals, append-only: the approval's canonical JSON and the office key's signature over it.
CREATE TABLE office.day_approvals (
  id bigserial PRIMARY KEY,
  day text NOT NULL,
  approved_by text NOT NULL,
  body text NOT NULL,
  signature bytea NOT NULL CHECK (octet_length(signature) = 64),
  approved_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX day_approvals_day ON office.day_approvals (day, id);
CREATE TRIGGER day_approvals_append_only BEFORE UPDATE OR DELETE ON office.day_approvals
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER day_approvals_no_truncate BEFORE TRUNCATE ON office.day_approvals
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
-- The records a day's review reads: drawers, mail batches, their reviews, and the settings that set a day.
CREATE INDEX records_work ON office.records (station, seq) WHERE kind IN ('drawer.opened', 'drawer.closed',
  'batch.opened', 'batch.closed', 'review.approved', 'review.rejected', 'review.resubmitted', 'operator.added',
  'operator.disabled', 'settings.changed');
REVOKE ALL ON office.published_signatures, office.imports, office.import_accounts, office.import_bills,
  office.import_fees, office.day_approvals FROM PUBLIC;
GRANT SELECT ON office.published_signatures TO tillbook_stations;
ALTER TABLE office.published_signatures ENABLE ROW LEVEL SECURITY;
CREATE POLICY every_station ON office.published_signatures FOR SELECT TO tillbook_stations USING (true);
)SQL";

// Step 4: the office's own settings and per-batch signatures of what it publishes.
// - office.settings: every change of office.time_zone or office.business_day_start, append-only, with the time it
//   takes effect and the office key's signature, so an auditor sees when the office day changed and that the row is
//   the office's; the office day of an instant is by the settings in force at that instant (office_calendar.h).
// - postings_time: the office day is a range of instants in the office's zone, read by time.
// - office.published_batches: one Ed25519 signature by the office key per batch of items published in one go
//   (one station's items of a run, or one office item), over the batch's ids and the hash of every item in it; a
//   station checks one signature per batch instead of one per item. Items published before this step keep their own
//   signatures in published_signatures.
constexpr const char* kStep4 = R"SQL(
CREATE TABLE office.settings (
  id bigserial PRIMARY KEY,
  key text NOT NULL CHECK (key IN ('office.time_zone', 'office.business_day_start')),
  value text NOT NULL,
  effective_ms bigint NOT NULL,
  changed_by name NOT NULL DEFAULT session_user,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  signature bytea NOT NULL CHECK (octet_length(signature) = 64)
);
CREATE TRIGGER settings_append_only BEFORE UPDATE OR DELETE ON office.settings
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER settings_no_truncate BEFORE TRUNCATE ON office.settings
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
CREATE INDEX postings_time ON office.postings (time_ms);
CREATE TABLE office.published_batches (
  id bigserial PRIMARY KEY,
  first_id bigint NOT NULL UNIQUE,
  last_id bigint NOT NULL UNIQUE CHECK (last_id >= first_id),
  signature bytea NOT NULL CHECK (octet_length(signature) = 64)
);
CREATE TRIGGER published_batches_append_only BEFORE UPDATE OR DELETE ON office.published_batches
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER published_batches_no_truncate BEFORE TRUNCATE ON office.published_batches
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
REVOKE ALL ON office.settings, office.published_batches FROM PUBLIC;
GRANT SELECT ON office.published_batches TO tillbook_stations;
ALTER TABLE office.published_batches ENABLE ROW LEVEL SECURITY;
CREATE POLICY every_station ON office.published_batches FOR SELECT TO tillbook_stations USING (true);
)SQL";

// Step 5: the money leaves the office (docs/office.md, "Deposits and the journal"): the office's deposits across windows, each
// drawer and mail batch in at most one (the primary key), their bank confirmations; append-only, signed by the office key.
constexpr const char* kStep5 = R"SQL(
CREATE TABLE office.deposits (
  id text PRIMARY KEY,
  number bigint NOT NULL UNIQUE CHECK (number >= 1),
  day text NOT NULL,
  prepared_by text NOT NULL,
  body text NOT NULL,
  signature bytea NOT NULL CHECK (octet_length(signature) = 64),
  prepared_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deposits_day ON office.deposits (day, number);
CREATE TABLE office.deposit_sources (
  station text NOT NULL REFERENCES office.stations,
  kind text NOT NULL CHECK (kind IN ('drawer', 'batch')),
  id text NOT NULL,
  deposit text NOT NULL REFERENCES office.deposits,
  PRIMARY KEY (station, kind, id)
);
CREATE TABLE office.deposit_confirmations (
  deposit text PRIMARY KEY REFERENCES office.deposits,
  confirmed_by text NOT NULL,
  body text NOT NULL,
  signature bytea NOT NULL CHECK (octet_length(signature) = 64),
  confirmed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER deposits_append_only BEFORE UPDATE OR DELETE ON office.deposits
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_sources_append_only BEFORE UPDATE OR DELETE ON office.deposit_sources
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_confirmations_append_only BEFORE UPDATE OR DELETE ON office.deposit_confirmations
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposits_no_truncate BEFORE TRUNCATE ON office.deposits
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_sources_no_truncate BEFORE TRUNCATE ON office.deposit_sources
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_confirmations_no_truncate BEFORE TRUNCATE ON office.deposit_confirmations
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
REVOKE ALL ON office.deposits, office.deposit_sources, office.deposit_confirmations FROM PUBLIC;
)SQL";

// Step 6: the office's deposits published back (docs/office.md, "Deposits and the journal"): each window learns which of
// its drawers and mail batches an office deposit took, so that its own deposit leaves them out.
constexpr const char* kStep6 = R"SQL(
ALTER TABLE office.published DROP CONSTRAINT published_kind_check;
ALTER TABLE office.published ADD CONSTRAINT published_kind_check CHECK (kind IN ('negative_file', 'cash_only',
  'presentment', 'bill_paid', 'accounts_imported', 'bills_imported', 'fees_imported', 'day_summary', 'deposit_taken'));
)SQL";

// Step 7: a deposit twice (docs/office.md, "A drawer deposited twice"). A window that deposits a drawer or mail batch on
// its own before it has pulled the office's deposit of it takes it a second time: office process stores each such
// overlap in deposit_overlaps when it derives the window's deposit.prepared record (and this step finds those verified
// before it). The supervisor resolves one by taking the office's deposit back at the bank and voiding it
// (deposit_voids, signed); its drawers and batches can then go in another office deposit, so deposit_sources is keyed
// by the deposit too (one live deposit per drawer stays the office's rule, under its deposit lock). A void is
// published back (deposit_voided) so that the windows forget the drawers it took. Append-only, like step 5.
constexpr const char* kStep7 = R"SQL(
CREATE TABLE office.deposit_voids (
  deposit text PRIMARY KEY REFERENCES office.deposits,
  voided_by text NOT NULL,
  body text NOT NULL,
  signature bytea NOT NULL CHECK (octet_length(signature) = 64),
  voided_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE office.deposit_sources DROP CONSTRAINT deposit_sources_pkey;
ALTER TABLE office.deposit_sources ADD PRIMARY KEY (station, kind, id, deposit);
CREATE TABLE office.deposit_overlaps (
  station text NOT NULL REFERENCES office.stations,
  seq bigint NOT NULL CHECK (seq >= 1),
  deposit text NOT NULL,
  day text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('drawer', 'batch')),
  id text NOT NULL,
  office_deposit text NOT NULL REFERENCES office.deposits,
  found_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (station, seq, kind, id)
);
INSERT INTO office.deposit_overlaps (station, seq, deposit, day, kind, id, office_deposit)
  SELECT r.station, r.seq, r.body::json->>'id', r.body::json->>'day', t.kind, t.id, s.deposit
  FROM office.records r
  CROSS JOIN LATERAL (
    SELECT 'drawer' AS kind, d->>'drawer' AS id FROM json_array_elements(r.body::json->'drawers') d
    UNION ALL SELECT 'batch', b #>> '{}' FROM json_array_elements(r.body::json->'batches') b) t
  JOIN office.deposit_sources s ON s.station = r.station AND s.kind = t.kind AND s.id = t.id
  JOIN office.station_state st ON st.station = r.station AND r.seq <= st.published_size
  WHERE r.kind = 'deposit.prepared';
CREATE TRIGGER deposit_voids_append_only BEFORE UPDATE OR DELETE ON office.deposit_voids
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_overlaps_append_only BEFORE UPDATE OR DELETE ON office.deposit_overlaps
  FOR EACH ROW EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_voids_no_truncate BEFORE TRUNCATE ON office.deposit_voids
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
CREATE TRIGGER deposit_overlaps_no_truncate BEFORE TRUNCATE ON office.deposit_overlaps
  FOR EACH STATEMENT EXECUTE FUNCTION office.refuse_change();
REVOKE ALL ON office.deposit_voids, office.deposit_overlaps FROM PUBLIC;
ALTER TABLE office.published DROP CONSTRAINT published_kind_check;
ALTER TABLE office.published ADD CONSTRAINT published_kind_check CHECK (kind IN ('negative_file', 'cash_only',
  'presentment', 'bill_paid', 'accounts_imported', 'bills_imported', 'fees_imported', 'day_summary', 'deposit_taken',
  'deposit_voided'));
)SQL";

// Verified in place (docs/office.md, "Push" and "Verification and cosigning"): a station pushes its records into
// office.pushed, append-only and keyed (station, seq), and verifying them moves nothing: office.records becomes the
// view of each station's pushed records up to its verified size. office.inbox keeps only a fork's evidence, a second
// record for a seq the office holds. Before this step the office process moved every record from the inbox to
// office.records (a delete and a second insert of each row).
constexpr const char* kStep8 = R"SQL(
ALTER TABLE office.records RENAME TO pushed;
ALTER TABLE office.pushed DROP COLUMN verified_at;
ALTER TABLE office.pushed ALTER COLUMN received_at SET DEFAULT now();
-- The pending records: one per seq beyond the verified size (of two different ones, the one pushed first; the other
-- stays in the inbox as the fork's evidence).
INSERT INTO office.pushed (station, seq, time_ms, operator, approver, kind, body, prev_hash, hash, key_id, signature,
                           version, algorithm, received_at)
  SELECT DISTINCT ON (i.station, i.seq) i.station, i.seq, i.time_ms, i.operator, i.approver, i.kind, i.body,
         i.prev_hash, i.hash, i.key_id, i.signature, i.version, i.algorithm, i.received_at
  FROM office.inbox i JOIN office.station_state s ON s.station = i.station
  WHERE i.seq > s.verified_size ORDER BY i.station, i.seq, i.received_at, i.hash;
DELETE FROM office.inbox i USING office.pushed p WHERE p.station = i.station AND p.seq = i.seq AND p.hash = i.hash;
CREATE VIEW office.records WITH (security_invoker = true) AS
  SELECT p.station, p.seq, p.time_ms, p.operator, p.approver, p.kind, p.body, p.prev_hash, p.hash, p.key_id,
         p.signature, p.version, p.algorithm, p.received_at
  FROM office.pushed p JOIN office.station_state s ON s.station = p.station
  WHERE p.seq <= s.verified_size;
REVOKE ALL ON office.records FROM PUBLIC;
GRANT SELECT ON office.records TO tillbook_stations;
GRANT INSERT ON office.pushed TO tillbook_stations;
CREATE POLICY own_station_push ON office.pushed FOR INSERT TO tillbook_stations
  WITH CHECK (station = office.my_station());
-- A station adds to the inbox only a record for a seq the office holds (a fork's evidence): a station of an earlier
-- build, which pushed everything there, is refused in so many words instead of never being verified.
DROP POLICY own_station ON office.inbox;
CREATE POLICY own_station ON office.inbox FOR SELECT TO tillbook_stations USING (station = office.my_station());
CREATE POLICY own_station_fork ON office.inbox FOR INSERT TO tillbook_stations
  WITH CHECK (station = office.my_station()
              AND EXISTS (SELECT 1 FROM office.pushed p WHERE p.station = inbox.station AND p.seq = inbox.seq));
)SQL";

const char* const kSteps[] = {kStep1, kStep2, kStep3, kStep4, kStep5, kStep6, kStep7, kStep8};

} // namespace

int officeSchemaVersion()
{
    return static_cast<int>(std::size(kSteps));
}

void migrateOffice(PgConnection& db)
{
    PgTransaction tx(db);
    // One migrator at a time, whole: the lock is held until this transaction ends.
    db.query("SELECT pg_advisory_xact_lock(5420, 1)");
    db.script("CREATE TABLE IF NOT EXISTS public.tillbook_office_schema (version integer NOT NULL)");
    auto current = db.query("SELECT max(version) FROM public.tillbook_office_schema");
    int version = current.isNull(0, 0) ? 0 : static_cast<int>(current.number(0, 0));
    if (version > officeSchemaVersion())
        throw station::CommandRefused(Msg::OfficeSchemaNewer, {MessageArg::number("version", version),
                                                               MessageArg::number("ours", officeSchemaVersion())});
    // Tests make an office of an earlier schema (to see a step migrate its data) by naming the last step to run.
    int last = officeSchemaVersion();
    if (const char* upTo = std::getenv("TILLBOOK_TEST_OFFICE_SCHEMA_UPTO"))
        last = std::clamp(std::atoi(upTo), 1, officeSchemaVersion());
    for (int step = version; step < last; ++step) {
        db.script(kSteps[step]);
        db.query("INSERT INTO public.tillbook_office_schema (version) VALUES ($1)", {PgParam::number(step + 1)});
    }
    db.script("REVOKE ALL ON public.tillbook_office_schema FROM PUBLIC");
    tx.commit();
}

std::string stationRole(std::string_view station)
{
    std::string role = "tillbook_station_";
    for (char c : station)
        role += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return role;
}

} // namespace tillbook::office
