#!/usr/bin/env bash
# Imports done once at the office, signed items, the office's day approval and its figures, on a throwaway PostgreSQL
# cluster: accounts, bills and fees imported at the office are checked as a station's own imports (all or nothing, by
# line and column, a bill's account must be one the office imported), published to every window and applied there
# apart from the chain (a window finds the account and takes a payment on it; the other window sees the bill paid;
# rebuild --check covers it); a published item changed in the database is refused by the station with one sentence
# and nothing applied; the office approves a day only when every window's drawers and mail batches of the day are
# closed and approved in review, stores the approval signed, and every window pulls the day's figures.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
trap 'pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
today=$(date -u +%F)
sql() { sqlite3 "$work/$1/tillbook.db" "$2"; }
json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
published() { pg_admin -c "SELECT count(*) FROM office.published"; }

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in A B; do
  expect 0 "demo station WIN-$s" -- "$tillctl" demo --data "$work/$s" --station "WIN-$s"
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
  expect 0 "opened by ana" -- "$tillctl" drawer open --data "$work/$s" --operator ana --float 200
done

# Imports at the office: refused as a station refuses them, every problem by line and column, nothing published.
cat > "$work/bad-accounts.csv" <<'CSV'
number,name,status
900001,Office Customer One,active
900001,Twice,active
900003,,closed
CSV
before=$(published)
expect 2 "bad-accounts.csv was not imported: 2 problems; nothing was changed" -- "$tillctl" office import accounts --data "$office" --file "$work/bad-accounts.csv"
grep -q "line 3, column number" <<<"$out" || fail "the duplicate account number is not named by line and column: $out"
grep -q "line 4, column name" <<<"$out" || fail "the empty name is not named by line and column: $out"
[ "$(published)" = "$before" ] || fail "a refused import published something"
cat > "$work/bills-first.csv" <<'CSV'
id,account,kind,due_date,amount,fund
B900001-1,900001,utility,2026-12-31,45.00,WATER
CSV
# The office checks a bill's account against the accounts it imported (not a station's own imports).
expect 2 "bills-first.csv was not imported: 1 problem" -- "$tillctl" office import bills --data "$office" --file "$work/bills-first.csv"
grep -q 'line 2, column account: account "900001" is not known' <<<"$out" || fail "the unknown account is not named: $out"
expect 2 "office import needs accounts, bills or fees" -- "$tillctl" office import payments --data "$office" --file "$work/bills-first.csv"

cat > "$work/accounts.csv" <<'CSV'
number,name,service_address,status
900001,Office Customer One,1 Office Way,active
900002,Office Customer Two,2 Office Way,active
CSV
expect 0 "accounts.csv: 2 added, 0 updated \(office import [0-9]+, sha256 [0-9a-f]{64}\), published to every window" -- "$tillctl" office import accounts --data "$office" --file "$work/accounts.csv"
cat > "$work/bills.csv" <<'CSV'
id,account,kind,due_date,amount,fund
B900001-1,900001,utility,2026-12-31,45.00,WATER
B900002-1,900002,permit,2026-12-31,30.00,PERMITS
CSV
expect 0 "bills.csv: 2 added, 0 updated" -- "$tillctl" office import bills --data "$office" --file "$work/bills.csv"
cat > "$work/bills-changed.csv" <<'CSV'
id,account,kind,due_date,amount,fund
B900001-1,900001,utility,2026-12-31,46.00,WATER
B900002-1,900001,permit,2026-12-31,30.00,PERMITS
CSV
expect 2 "bills-changed.csv was not imported: 2 problems" -- "$tillctl" office import bills --data "$office" --file "$work/bills-changed.csv"
grep -q "line 2, column amount: bill B900001-1 is for \$45.00, not \$46.00" <<<"$out" || fail "a changed bill amount is not refused by line: $out"
grep -q "line 3, column account: bill B900002-1 belongs to account 900002, not 900001" <<<"$out" || fail "a bill moved to another account is not refused by line: $out"
cat > "$work/fees.csv" <<'CSV'
code,description,amount,fund
OFFICE-COPY,Certified copy,5.00,GENERAL
CSV
expect 0 "fees.csv: 1 added, 0 updated" -- "$tillctl" office import fees --data "$office" --file "$work/fees.csv"
expect 0 "accounts.csv: 0 added, 2 updated" -- "$tillctl" office import accounts --data "$office" --file "$work/accounts.csv"

# Every window pulls them, checks the office key's signature on each and applies them apart from its chain.
for s in A B; do
  ledger_before=$(sql "$s" "SELECT MAX(seq) FROM ledger_records")
  expect 0 "[1-9][0-9]* items from other windows applied" -- "$tillctl" sync --data "$work/$s"
  expect 0 "^900001	Office Customer One	1 Office Way	.*active	\\\$45.00" -- "$tillctl" accounts search --data "$work/$s" 900001
  [ "$(sql "$s" "SELECT amount_cents FROM fees WHERE code = 'OFFICE-COPY'")" = 500 ] || fail "the office's fee is not at $s"
  [ "$(sql "$s" "SELECT MAX(seq) FROM ledger_records")" = "$ledger_before" ] || fail "pulling the office's imports wrote a ledger record at $s"
  [ "$(sql "$s" "SELECT COUNT(*) FROM office_feed WHERE signature IS NULL OR length(signature) <> 64")" = 0 ] || fail "an item was kept without its signature at $s"
done
# A payment at A on the account the office imported; after a sync and a run of the office, B sees the bill paid.
expect 0 '"total": "45.00"' -- "$tillctl" pay --data "$work/A" --operator ana --account 900001 --bill "B900001-1=45.00" --tender cash:45 --json
expect 0 "sent" -- "$tillctl" sync --data "$work/A"
expect 0 "WIN-A: " -- "$tillctl" office process --data "$office"
expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/B"
expect 0 "^900001	Office Customer One	.*active	\\\$0.00" -- "$tillctl" accounts search --data "$work/B" 900001
expect 0 '"total": "30.00"' -- "$tillctl" pay --data "$work/B" --operator ana --account 900002 --tender cash:30 --json
for s in A B; do expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$work/$s" --check; done
# rebuild replays the office's imports where they were applied: a changed office bill is caught.
cp "$work/B/tillbook.db" "$work/B.db.bak"
sql B "UPDATE bills SET open_cents = open_cents + 1 WHERE id = 'B900002-1'"
expect 1 "projections differ from the ledger: bills" -- "$tillctl" rebuild --data "$work/B" --check
cp "$work/B.db.bak" "$work/B/tillbook.db"

# A published row changed in the database (past the station roles, which cannot write it): its signature no longer
# verifies, the station says so in one sentence and applies nothing of what it pulled.
cat > "$work/fees2.csv" <<'CSV'
code,description,amount,fund
OFFICE-SEARCH,Records search,12.00,GENERAL
CSV
expect 0 "fees2.csv: 1 added" -- "$tillctl" office import fees --data "$office" --file "$work/fees2.csv"
item=$(pg_admin -c "SELECT max(id) FROM office.published WHERE kind = 'fees_imported'")
body=$(pg_admin -c "SELECT body FROM office.published WHERE id = $item")
tamper() { pg_admin -c "ALTER TABLE office.published DISABLE TRIGGER published_append_only" -c "$1" -c "ALTER TABLE office.published ENABLE TRIGGER published_append_only"; }
tamper "UPDATE office.published SET body = replace(body, '12.00', '0.01') WHERE id = $item"
feed_before=$(sql B "SELECT COUNT(*) FROM office_feed")
expect 1 "The office's published item $item \(fees_imported\) does not carry a valid signature by the office key of this station's join file, so nothing the office published was applied" -- "$tillctl" sync --data "$work/B"
[ "$(sql B "SELECT COUNT(*) FROM office_feed")" = "$feed_before" ] || fail "a sync that refused an item kept something"
[ "$(sql B "SELECT COUNT(*) FROM fees WHERE code = 'OFFICE-SEARCH'")" = 0 ] || fail "the tampered fee was applied"
tamper "UPDATE office.published SET body = \$tb\$$body\$tb\$ WHERE id = $item"
expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/B"
[ "$(sql B "SELECT amount_cents FROM fees WHERE code = 'OFFICE-SEARCH'")" = 1200 ] || fail "the office's fee did not arrive once its row was put back"

# The office's day: refused while a drawer is open, by someone who is not a supervisor, with records waiting, or while
# work is not approved in review; then approved, signed, and the day's figures reach every window.
for s in A B; do expect 0 "" -- "$tillctl" sync --data "$work/$s"; done
expect 0 "" -- "$tillctl" office process --data "$office"
expect 2 "^tillctl: ana is not an active supervisor at any window" -- "$tillctl" office approve day --data "$office" --day "$today" --operator ana
expect 2 "^tillctl: WIN-A: drawer WIN-A-D[0-9]+ is open; the office approves the day once every window's drawers and mail batches are reviewed" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam
expect 2 "a day is written YYYY-MM-DD|--day must be a date" -- "$tillctl" office approve day --data "$office" --day today --operator sam
for s in A B; do
  expected=$("$tillctl" report x --data "$work/$s" --json | sed -n 's/^  "expected_cash": \([0-9]*\),$/\1/p')
  expect 0 "closed at seq" -- "$tillctl" drawer close --data "$work/$s" --operator ana --cash "$((expected / 100)).$(printf %02d $((expected % 100)))"
done
drawer_a=$(sql A "SELECT id FROM drawers WHERE status = 'closed' ORDER BY opened_seq DESC LIMIT 1")
drawer_b=$(sql B "SELECT id FROM drawers WHERE status = 'closed' ORDER BY opened_seq DESC LIMIT 1")
expect 0 "is approved" -- "$tillctl" review approve --data "$work/A" --operator sam --drawer "$drawer_a"
expect 0 "sent" -- "$tillctl" sync --data "$work/A"
expect 0 "sent" -- "$tillctl" sync --data "$work/B"
expect 2 "^tillctl: WIN-A has [0-9]+ records the office has not verified yet; run tillctl office process" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam
expect 0 "" -- "$tillctl" office process --data "$office"
expect 2 "^tillctl: WIN-B: drawer $drawer_b is balanced;" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam
expect 0 "not approved at the office" -- "$tillctl" office report day --data "$office" --day "$today"
expect 0 "is approved" -- "$tillctl" review approve --data "$work/B" --operator sam --drawer "$drawer_b"
expect 0 "sent" -- "$tillctl" sync --data "$work/B"
expect 0 "" -- "$tillctl" office process --data "$office"
expect 0 "^$today approved at the office by sam \(2 drawers and mail batches at 2 windows, postings \\\$75.00\), signed by the office key" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam
expect 2 "^tillctl: $today was approved at the office by sam \(" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam
expect 0 '"approved": true' -- "$tillctl" office report day --data "$office" --day "$today" --json
report="$out"
[ "$(json_get "['approval']['by']" <<<"$report")" = sam ] || fail "the report does not say who approved the day: $report"
[ "$(json_get "['approval']['signature_valid']" <<<"$report")" = True ] || fail "the approval's signature does not verify: $report"
[ "$(python3 -c "import json,sys; print(' '.join(w['station'] + ':' + w['state'] for w in json.load(sys.stdin)['work']))" <<<"$report")" = "WIN-A:approved WIN-B:approved" ] \
  || fail "the report's work is not both drawers approved: $report"
expect 0 "^approved by sam at " -- "$tillctl" office report day --data "$office" --day "$today"
# Every window pulls the day's figures (per window totals) and who approved it.
for s in A B; do
  expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/$s"
  summary=$(sql "$s" "SELECT body FROM office_day_summary WHERE day = '$today'")
  [ "$(json_get "['approved_by']" <<<"$summary")" = sam ] || fail "$s's copy of the office day does not say who approved it: $summary"
  [ "$(json_get "['postings']" <<<"$summary")" = 7500 ] || fail "$s's copy of the office day has postings $(json_get "['postings']" <<<"$summary")"
  [ "$(python3 -c "import json,sys; print(' '.join(s['station'] + ':' + str(s['payments']) for s in json.load(sys.stdin)['stations']))" <<<"$summary")" = "WIN-A:1 WIN-B:1" ] \
    || fail "$s's copy of the office day does not have each window's payments: $summary"
  expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$work/$s" --check
done
# The approval is append-only and signed: one changed in the database is reported as not approved.
pg_admin -c "ALTER TABLE office.day_approvals DISABLE TRIGGER day_approvals_append_only" \
  -c "UPDATE office.day_approvals SET body = replace(body, '\"sam\"', '\"eve\"'), approved_by = 'eve'" \
  -c "ALTER TABLE office.day_approvals ENABLE TRIGGER day_approvals_append_only"
expect 0 "NOT APPROVED: the stored approval by eve does not carry a valid signature by the office key" -- "$tillctl" office report day --data "$office" --day "$today"
out=$(pg_admin -c "DELETE FROM office.day_approvals" 2>&1) && fail "an approval could be deleted"
grep -q "append-only" <<<"$out" || fail "deleting an approval did not say the table is append-only: $out"

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "office imports and day approval: all checks passed"
