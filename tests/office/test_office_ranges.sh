#!/usr/bin/env bash
# A long backlog verified in seq ranges (the office reads 1,000 records a statement while it verifies the
# range before), on a throwaway PostgreSQL cluster: a station back with thousands of records, one of them deep in the
# backlog with another record's signature (found by a signature worker, after later ranges were already sent), is
# frozen at the record before it, with every record before it verified once, nothing after it verified, and the stored
# copy intact; a second station's long backlog verifies whole.
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

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in A B; do
  expect 0 "demo station WIN-$s" -- "$tillctl" demo --data "$work/$s" --station "WIN-$s"
  expect 0 "" -- "$tillctl" simulate --data "$work/$s" --days "$([ $s = A ] && echo 25 || echo 12)" --seed 7
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
done
size_a=$(size_of A)
[ "$size_a" -gt 2000 ] || fail "the simulated backlog is too short to span ranges: $size_a records"
bad=$((size_a - 300))
sqlite3 "$work/A/tillbook.db" "DROP TRIGGER IF EXISTS ledger_records_no_update; UPDATE ledger_records SET signature = (SELECT signature FROM ledger_records WHERE seq = 5) WHERE seq = $bad" \
  || fail "could not forge a signature"
for s in A B; do expect 0 "sent" -- "$tillctl" sync --data "$work/$s"; done
expect 1 "WIN-A: .*FROZEN \(invalid\): seq $bad: " -- "$tillctl" office process --data "$office"
[ "$(status_of WIN-A verified_size)" = $((bad - 1)) ] || fail "WIN-A is not frozen at the record before the forgery: $(status_of WIN-A verified_size)"
[ "$(status_of WIN-A stored)" = intact ] || fail "WIN-A's stored records are not intact: $(status_of WIN-A stored)"
[ "$(pg_admin -c "SELECT count(*) || ' ' || max(seq) FROM office.records WHERE station = 'WIN-A'")" = "$((bad - 1)) $((bad - 1))" ] \
  || fail "the office does not store exactly WIN-A's records before the forgery"
[ "$(pg_admin -c "SELECT count(*) || ' ' || min(seq) FROM office.pushed p JOIN office.station_state s ON s.station = p.station WHERE p.station = 'WIN-A' AND p.seq > s.verified_size")" = "$((size_a - bad + 1)) $bad" ] \
  || fail "the records from the forgery on are not kept, unverified, where they were pushed"
[ "$(size_of B)" -gt 1000 ] || fail "WIN-B's simulated backlog is too short to span ranges"
[ "$(status_of WIN-B state)" = ok ] && [ "$(status_of WIN-B verified_size)" = "$(size_of B)" ] && [ "$(status_of WIN-B stored)" = intact ] \
  || fail "WIN-B's long backlog was not verified whole beside the frozen WIN-A"
[ "$(pg_admin -c "SELECT count(*) FROM office.inbox WHERE station = 'WIN-B'")" = 0 ] || fail "WIN-B's records went to the inbox, which holds only a fork's evidence"
[ "$(pg_admin -c "SELECT count(*) FROM office.pushed WHERE station = 'WIN-B'")" = "$(size_of B)" ] || fail "office.pushed does not hold each of WIN-B's records once"

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
