#!/usr/bin/env bash
# Office schema step 8 on a throwaway PostgreSQL cluster: an office of step 7 holds what its stations pushed in
# office.inbox (as stations pushed before step 8), one window's records pending and another's with a second, different
# record for its last seq (a fork). Migrating keeps every record once in office.pushed and only the fork's copy in the
# inbox; the office then verifies the first window whole and freezes the second at the record before the fork, and
# office.records (now a view) shows exactly the verified records.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
trap 'pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
status_of() { "$tillctl" office status --data "$office" --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(next(s for s in d['stations'] if s['station']=='$1')['$2'])"; }
size_of() { sqlite3 "$work/$1/tillbook.db" "SELECT MAX(seq) FROM ledger_records"; }
# A window's records as an office before step 8 received them: rows of office.inbox.
inbox_rows() {
  sqlite3 -separator , "$work/$1/tillbook.db" "SELECT '(''WIN-$1'', ' || seq || ', ' || time_ms || ', ' || quote(operator) || ', ' || quote(approver) || ', ' || quote(kind) || ', ' || quote(body) || ', ''\\x' || hex(prev_hash) || ''', ''\\x' || hex(hash) || ''', ''\\x' || hex(key_id) || ''', ''\\x' || hex(signature) || ''', ' || version || ', ' || algorithm || ')' FROM ledger_records ORDER BY seq" | paste -sd, -
}
columns="station, seq, time_ms, operator, approver, kind, body, prev_hash, hash, key_id, signature, version, algorithm"

export TILLBOOK_TEST_OFFICE_SCHEMA_UPTO=7
expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in A B; do
  expect 0 "demo station WIN-$s" -- "$tillctl" demo --data "$work/$s" --station "WIN-$s"
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
done
[ "$(pg_admin -c "SELECT max(version) FROM public.tillbook_office_schema")" = 7 ] || fail "the office was not made at schema step 7"
[ "$(pg_admin -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'office' AND tablename = 'pushed'")" = 0 ] \
  || fail "an office of step 7 already has office.pushed"
pg_admin -c "INSERT INTO office.inbox ($columns) VALUES $(inbox_rows A)" >/dev/null || fail "could not fill the inbox with WIN-A's records"
pg_admin -c "INSERT INTO office.inbox ($columns) VALUES $(inbox_rows B)" >/dev/null || fail "could not fill the inbox with WIN-B's records"
size_a=$(size_of A)
size_b=$(size_of B)
# WIN-B's fork: a second record for its last seq, with another body and hash.
pg_admin -c "INSERT INTO office.inbox ($columns) SELECT station, seq, time_ms, operator, approver, kind, body || ' ', prev_hash, sha256(hash), key_id, signature, version, algorithm FROM office.inbox WHERE station = 'WIN-B' AND seq = $size_b" >/dev/null \
  || fail "could not add WIN-B's fork"
fork_hash=$(pg_admin -c "SELECT encode(sha256(hash), 'hex') FROM office.inbox WHERE station = 'WIN-B' AND seq = $size_b AND body NOT LIKE '% '")
unset TILLBOOK_TEST_OFFICE_SCHEMA_UPTO

# The migration (office init is idempotent and migrates).
expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
[ "$(pg_admin -c "SELECT max(version) FROM public.tillbook_office_schema")" = 8 ] || fail "the office did not migrate to step 8"
[ "$(pg_admin -c "SELECT count(*) || ' ' || count(DISTINCT seq) || ' ' || max(seq) FROM office.pushed WHERE station = 'WIN-A'")" = "$size_a $size_a $size_a" ] \
  || fail "office.pushed does not hold each of WIN-A's records once"
[ "$(pg_admin -c "SELECT count(*) || ' ' || count(DISTINCT seq) FROM office.pushed WHERE station = 'WIN-B'")" = "$size_b $size_b" ] \
  || fail "office.pushed does not hold each of WIN-B's seqs once"
[ "$(pg_admin -c "SELECT count(*) FROM office.inbox WHERE station = 'WIN-A'")" = 0 ] || fail "WIN-A's records stayed in the inbox"
[ "$(pg_admin -c "SELECT string_agg(seq || ' ' || encode(hash, 'hex'), ',') FROM office.inbox WHERE station = 'WIN-B'")" = "$size_b $fork_hash" ] \
  || fail "the inbox does not keep exactly WIN-B's second record for seq $size_b (the one pushed later)"
[ "$(pg_admin -c "SELECT count(*) FROM office.records")" = 0 ] || fail "office.records shows records nobody verified"

# The office verifies in place: WIN-A whole, WIN-B frozen at the record before its fork.
expect 1 "WIN-B: .*FROZEN \(forked\): seq $size_b: the station sent a second, different record" -- "$tillctl" office process --data "$office"
[ "$(status_of WIN-A state)" = ok ] && [ "$(status_of WIN-A verified_size)" = "$size_a" ] || fail "WIN-A was not verified whole after the migration"
[ "$(status_of WIN-B state)" = forked ] && [ "$(status_of WIN-B verified_size)" = $((size_b - 1)) ] \
  || fail "WIN-B is not frozen at the record before its fork: $(status_of WIN-B state) $(status_of WIN-B verified_size)"
[ "$(status_of WIN-A stored)" = intact ] && [ "$(status_of WIN-B stored)" = intact ] || fail "the stored records are not intact after the migration"
[ "$(pg_admin -c "SELECT count(*) || ' ' || max(seq) FROM office.records WHERE station = 'WIN-A'")" = "$size_a $size_a" ] \
  || fail "office.records does not show WIN-A's verified records"
[ "$(pg_admin -c "SELECT count(*) || ' ' || max(seq) FROM office.records WHERE station = 'WIN-B'")" = "$((size_b - 1)) $((size_b - 1))" ] \
  || fail "office.records shows WIN-B's records past its verified size"

# A window of the migrated office syncs as any other: it joins, finds the office holding its records, and sends the new.
expect 0 "joined the office" -- "$tillctl" office join --data "$work/A" --file "$work/join-A.json"
expect 0 "" -- "$tillctl" drawer open --data "$work/A" --operator ana --float 200.00
expect 0 "sent 1 records \(seq $((size_a + 1)) to $((size_a + 1))\)" -- "$tillctl" sync --data "$work/A"
expect 1 "WIN-A: 1 records verified, $((size_a + 1)) in all; checkpoint of $((size_a + 1)) cosigned" -- "$tillctl" office process --data "$office"  # exit 1: WIN-B stays frozen
expect 0 "ledger intact" -- "$tillctl" verify --data "$work/A"

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "office migrate: all checks passed"
