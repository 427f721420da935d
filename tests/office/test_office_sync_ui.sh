#!/usr/bin/env bash
# The station UI's own sync on a throwaway PostgreSQL cluster, through the app's controllers without their screens
# (office_sync_probe): a payment taken at the counter reaches the office and the header says "up to date"; with the
# office stopped it says "offline since ..., N records to send"; tillctl sync while the UI holds the station says the UI
# syncs and exits 4; after a restart everything arrives. Nothing here waits for a time: each step waits for its state.
set -u
tillctl="$1"
probe="$2"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
held=""
trap '[ -n "$held" ] && kill "$held" 2>/dev/null; pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
local_size() { sqlite3 "$1/tillbook.db" "SELECT MAX(seq) FROM ledger_records"; }
office_holds() { pg_admin -c "SELECT count(DISTINCT seq) FROM (SELECT seq FROM office.pushed WHERE station = '$1' UNION ALL SELECT seq FROM office.inbox WHERE station = '$1') s"; }
cosigned() { sqlite3 "$1/tillbook.db" "SELECT COALESCE(MAX(size), 0) FROM office_cosignatures"; }

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
expect 0 "demo station WIN-A" -- "$tillctl" demo --data "$work/A" --station WIN-A
expect 0 "demo station WIN-B" -- "$tillctl" demo --data "$work/B" --station WIN-B
expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station WIN-A --out "$work/join-A.json"
expect 0 "joined the office" -- "$tillctl" office join --data "$work/A" --file "$work/join-A.json"
expect 0 "" -- "$tillctl" drawer open --data "$work/A" --operator ana --float 200.00

# A payment at the counter: the UI's office thread pushes it (a sync after each payment) and the header says so.
expect 0 "office: Office: up to date" -- "$probe" --data "$work/A" --pay 100115 --until up-to-date
grep -q "^paid WIN-A-R" <<<"$out" || fail "the probe took no payment: $out"
grep -q "^records_to_send=0$" <<<"$out" || fail "the header still counts records to send when up to date: $out"
[ "$(office_holds WIN-A)" = "$(local_size "$work/A")" ] || fail "the office holds $(office_holds WIN-A) of WIN-A's $(local_size "$work/A") records"
[ "$(pg_admin -c "SELECT count(*) FROM office.pushed WHERE station = 'WIN-A' AND kind = 'payment.taken'")" -ge 1 ] || fail "the payment did not reach the office"
# The office verifies and cosigns; the next sync of the UI keeps the cosigned checkpoint.
expect 0 "WIN-A: [0-9]+ records verified" -- "$tillctl" office process --data "$office"
expect 0 "office: Office: up to date" -- "$probe" --data "$work/A" --until up-to-date
[ "$(cosigned "$work/A")" = "$(local_size "$work/A")" ] || fail "the UI's sync kept no cosigned checkpoint of the whole ledger ($(cosigned "$work/A"))"
expect 0 "ledger intact" -- "$tillctl" verify --data "$work/A"

# While the UI holds the station, tillctl sync says the UI syncs and changes nothing (exit 4); a station without an
# office that the UI holds is simply busy (exit 3).
"$probe" --data "$work/A" --until held >"$work/held.log" 2>&1 &
held=$!
for _ in $(seq 1 600); do grep -q "^holding" "$work/held.log" && break; kill -0 "$held" 2>/dev/null || break; sleep 0.1; done
grep -q "^holding" "$work/held.log" || fail "the probe did not hold the station: $(cat "$work/held.log")"
expect 4 "^tillctl: The station UI is running on this station and syncs with the office by itself, so tillctl sync did nothing.$" -- "$tillctl" sync --data "$work/A"
kill "$held"; wait "$held" 2>/dev/null; held=""
"$probe" --data "$work/B" --until held >"$work/held-b.log" 2>&1 &
held=$!
for _ in $(seq 1 600); do grep -q "^holding" "$work/held-b.log" && break; kill -0 "$held" 2>/dev/null || break; sleep 0.1; done
expect 3 "is in use by another process \(tillbook pid" -- "$tillctl" sync --data "$work/B"
grep -q "^office:" "$work/held-b.log" && fail "a station without an office showed an office state: $(cat "$work/held-b.log")"
kill "$held"; wait "$held" 2>/dev/null; held=""

# The office stopped: the header says since when and how many records wait; the station works on.
pg_stop || fail "could not stop the test server"
expect 0 "office: Office: offline since [^,]+, [0-9]+ records to send" -- "$probe" --data "$work/A" --pay 100122 --until offline
waiting=$(( $(local_size "$work/A") - $(cosigned "$work/A") ))
grep -q "^records_to_send=$waiting$" <<<"$out" || fail "the header counts $(grep records_to_send <<<"$out"), wanted $waiting (the ledger less what the office cosigned)"
grep -q "offline since .*, $waiting records to send" <<<"$out" || fail "the offline words do not say $waiting records: $out"

# Back up: the next sync sends it all.
pg_restart || fail "could not restart the test server"
expect 0 "office: Office: up to date" -- "$probe" --data "$work/A" --until up-to-date
[ "$(office_holds WIN-A)" = "$(local_size "$work/A")" ] || fail "after the restart the office holds $(office_holds WIN-A) of $(local_size "$work/A")"
expect 0 "WIN-A: [0-9]+ records verified" -- "$tillctl" office process --data "$office"

[ "$failures" = 0 ] && echo "all office sync UI tests passed"
exit "$failures"
