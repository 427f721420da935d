#!/usr/bin/env bash
# The office day in the office's own time zone, on a throwaway PostgreSQL cluster, with the stations' wall clocks driven
# by faketime across America/Chicago's 2026 DST changes: office.time_zone and office.business_day_start are office
# settings (set by tillctl office settings set, stored append-only and signed by the office key, each change in force
# from its time on); a payment at 23:30 local belongs to that local office day in report day, export payments and the
# day's review even at a window whose own zone is UTC, which keeps its own day in its own export. Then published items,
# signed per batch: an item changed or deleted in PostgreSQL is refused by the station in one sentence.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
trap 'pg_cleanup; rm -rf "$work"' EXIT
command -v faketime >/dev/null || { echo "FAIL: faketime is not installed (Debian package faketime)"; exit 1; }
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

# at UTC-TIME command...: the wall clock starts at that UTC time (faketime's absolute form keeps it running). Syncs run
# on the real clock: the cluster's certificate is made now, so it is not valid yet at the stations' faked times.
at() { local when="$1"; shift; TZ=UTC faketime -f "@$when" "$@"; }
json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
office="$work/office"
report() { "$tillctl" office report day --data "$office" --day "$1" --json; }
# payments DAY STATION: the station's payment count in the office's report of DAY
payments() { report "$1" | json_get "[s['payments']['count'] for s in d['stations'] if s['station'] == '$2'][0]"; }
office_export_has() { "$tillctl" office export payments --data "$office" --date "$1" | grep -c "$2"; }
sync_all() {
  for s in A B; do expect 0 "sent|nothing to send" -- "$tillctl" sync --data "$work/$s"; done
  expect 0 "WIN-A: |^$" -- "$tillctl" office process --data "$office"
}

# The office takes the machine's zone (TZ here) as office.time_zone, a signed change; a second init keeps it.
expect 0 "office ready" -- at "2026-03-01 12:00:00" env TZ=America/Chicago "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
expect 0 "office ready" -- at "2026-03-01 12:01:00" env TZ=Europe/Paris "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
expect 0 '^office.time_zone	"America/Chicago"' -- "$tillctl" office settings list --data "$office"
[ "$(grep -c '^change ' <<<"$out")" = 1 ] || fail "a second office init recorded the zone again: $out"
grep -qE "^change 1	office.time_zone = \"America/Chicago\"	in force from 2026-03-01T[0-9:]{8}Z	.*signed by the office key" <<<"$out" || fail "the first change does not say when it took effect and that it is signed: $out"
# Refused in one sentence, nothing recorded.
expect 2 "Mars/Olympus is not a time zone in tzdata" -- "$tillctl" office settings set --data "$office" office.time_zone Mars/Olympus
expect 2 "the business day starts at a time written HH:MM" -- "$tillctl" office settings set --data "$office" office.business_day_start 25:00
expect 2 'there is no setting "office.colour"' -- "$tillctl" office settings set --data "$office" office.colour blue
[ "$(pg_admin -c "SELECT count(*) FROM office.settings")" = 1 ] || fail "a refused office setting was recorded"
# Append-only, for the office's database owner too.
pg_admin -c "UPDATE office.settings SET value = 'UTC'" >/dev/null 2>&1 && fail "an office setting could be updated"
pg_admin -c "DELETE FROM office.settings" >/dev/null 2>&1 && fail "an office setting could be deleted"

# Window A keeps Chicago's day; window B's own zone is UTC.
expect 0 "demo station WIN-A" -- at "2026-03-07 12:00:00" env TZ=America/Chicago "$tillctl" demo --data "$work/A" --station WIN-A
expect 0 "demo station WIN-B" -- at "2026-03-07 12:00:00" env TZ=UTC "$tillctl" demo --data "$work/B" --station WIN-B
for s in A B; do
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- at "2026-03-07 12:05:00" "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
done

# Saturday, March 7, 22:00 CST (04:00Z on the 8th): B opens a drawer; 23:30 CST (05:30Z on the 8th), a payment at B.
expect 0 "opened by ana" -- at "2026-03-08 04:00:00" "$tillctl" drawer open --data "$work/B" --operator ana --float 200
expect 0 '"receipt": "WIN-B-R000001"' -- at "2026-03-08 05:30:00" "$tillctl" pay --data "$work/B" --operator ana --account 100374 --bill B100374-1=5.00 --tender cash:5.00 --json
# Sunday, March 8 (23 hours in Chicago): 23:30 CDT is 04:30Z on the 9th, at A.
expect 0 "opened by ana" -- at "2026-03-08 15:00:00" "$tillctl" drawer open --data "$work/A" --operator ana --float 200
expect 0 '"receipt": "WIN-A-R000001"' -- at "2026-03-09 04:30:00" "$tillctl" pay --data "$work/A" --operator ana --account 100108 --bill B100108-1=6.00 --tender cash:6.00 --json
sync_all

# The office day is Chicago's: B's payment at 23:30 CST on March 7 is March 7's at the office, though B's own day (UTC)
# is March 8, where B's own export keeps it.
[ "$(payments 2026-03-07 WIN-B)" = 1 ] || fail "B's payment at 23:30 CST on March 7 is not in the office's March 7"
[ "$(payments 2026-03-08 WIN-B)" = 0 ] || fail "B's payment at 23:30 CST on March 7 is in the office's March 8"
[ "$(office_export_has 2026-03-07 WIN-B-R000001)" -ge 1 ] || fail "the office's March 7 export lacks B's payment at 23:30 CST"
[ "$(office_export_has 2026-03-08 WIN-B-R000001)" = 0 ] || fail "the office's March 8 export has B's payment of March 7 (CST)"
[ "$("$tillctl" export payments --data "$work/B" --date 2026-03-08 | grep -c WIN-B-R000001)" -ge 1 ] || fail "B's own export moved its payment off its own (UTC) day"
# A's payment at 23:30 CDT on March 8, a 23-hour day that starts 06:00Z and ends 05:00Z.
[ "$(payments 2026-03-08 WIN-A)" = 1 ] || fail "A's payment at 23:30 CDT on March 8 is not in the office's March 8"
[ "$(payments 2026-03-09 WIN-A)" = 0 ] || fail "A's payment at 23:30 CDT on March 8 is in the office's March 9"
bounds=$(report 2026-03-08 | json_get "[(b['from_ms'], b['to_ms']) for b in d['bounds']]")
[ "$bounds" = "[(1772949600000, 1773032400000)]" ] || fail "the office's March 8 is not 06:00Z to 05:00Z the next day (23 hours): $bounds"
expect 0 '"time_zone": "America/Chicago"' -- report 2026-03-08
# The day's review: B's drawer opened at 22:00 CST on March 7 is the office's March 7 work, not March 8's.
[ "$(report 2026-03-07 | json_get "[w['id'] for w in d['work']]")" = "['WIN-B-D000001']" ] || fail "B's drawer opened at 22:00 CST is not in the office's March 7 review"
[ "$(report 2026-03-08 | json_get "[w['id'] for w in d['work']]")" = "['WIN-A-D000001']" ] || fail "the office's March 8 review is not A's drawer alone"

# The day starts at 02:00 from November 2 on (the change recorded then, in force from then): 01:30 CST on November 3
# (07:30Z) is still November 2 at the office; what came before the change keeps its day.
expect 0 'office.business_day_start = "02:00" from 2026-11-02T05:40' -- at "2026-11-02 05:40:00" "$tillctl" office settings set --data "$office" office.business_day_start 02:00
expect 0 '"receipt": "WIN-A-R000002"' -- at "2026-11-03 07:30:00" "$tillctl" pay --data "$work/A" --operator ana --account 100178 --bill B100178-1=7.00 --tender cash:7.00 --json
# Sunday, November 1 (25 hours) had a payment at 23:30 CST (05:30Z on the 2nd) before the change: still November 1.
sync_all
[ "$(payments 2026-11-02 WIN-A)" = 1 ] || fail "A's payment at 01:30 CST with the office day starting at 02:00 is not in the office's November 2"
[ "$(payments 2026-11-03 WIN-A)" = 0 ] || fail "A's payment at 01:30 CST with the office day starting at 02:00 is in the office's November 3"
[ "$(payments 2026-03-08 WIN-A)" = 1 ] || fail "a later change of the day start moved a payment made before it"
expect 0 '"business_day_start": "02:00"' -- report 2026-11-02

# A stored change altered in the database (past its trigger) no longer carries the office key's signature: the office
# day is not read until it is put back.
pg_admin -c "ALTER TABLE office.settings DISABLE TRIGGER settings_append_only" -c "UPDATE office.settings SET value = '03:00' WHERE key = 'office.business_day_start'" -c "ALTER TABLE office.settings ENABLE TRIGGER settings_append_only"
expect 2 "The office's setting change 2 \(office.business_day_start\) does not carry a valid signature by the office key" -- report 2026-11-02
expect 2 "does not carry a valid signature by the office key" -- "$tillctl" office export payments --data "$office" --date 2026-11-02
pg_admin -c "ALTER TABLE office.settings DISABLE TRIGGER settings_append_only" -c "UPDATE office.settings SET value = '02:00' WHERE key = 'office.business_day_start'" -c "ALTER TABLE office.settings ENABLE TRIGGER settings_append_only"
expect 0 '"business_day_start": "02:00"' -- report 2026-11-02

# Published items are signed per batch: A's payments went out as batches of A's items. One item of a batch changed in
# the database, or taken out of it, is refused by B in one sentence, nothing of the pull kept or applied.
tamper() { pg_admin -c "ALTER TABLE office.published DISABLE TRIGGER published_append_only" -c "$1" -c "ALTER TABLE office.published ENABLE TRIGGER published_append_only"; }
for n in 1 2 3; do
  expect 0 '"receipt": "WIN-A-R' -- at "2026-11-03 08:0$n:00" "$tillctl" pay --data "$work/A" --operator ana --account 100367 --bill "B100367-1=1.0$n" --tender cash:1.0$n --json
done
expect 0 "sent 3 records" -- "$tillctl" sync --data "$work/A"
expect 0 "WIN-A: " -- "$tillctl" office process --data "$office"
batch=$(pg_admin -c "SELECT first_id || ' ' || last_id FROM office.published_batches b WHERE (SELECT count(*) FROM office.published p WHERE p.id BETWEEN b.first_id AND b.last_id AND p.origin = 'WIN-A') = 3")
read -r first last <<<"$batch"
[ -n "${last:-}" ] || fail "A's three payments were not published as one batch: '$batch'"
middle=$((first + 1))
body=$(pg_admin -c "SELECT body FROM office.published WHERE id = $middle")
feed_before=$(sqlite3 "$work/B/tillbook.db" "SELECT COUNT(*) FROM office_feed")
tamper "UPDATE office.published SET body = replace(body, '\"amount\":102', '\"amount\":1') WHERE id = $middle"
[ "$(pg_admin -c "SELECT body FROM office.published WHERE id = $middle")" != "$body" ] || fail "the test did not change item $middle"
expect 1 "^tillctl: The office's published items $first to $last \(one batch\) do not carry a valid signature by the office key of this station's join file, so nothing the office published was applied; a supervisor must look.$" -- "$tillctl" sync --data "$work/B"
[ "$(sqlite3 "$work/B/tillbook.db" "SELECT COUNT(*) FROM office_feed")" = "$feed_before" ] || fail "a sync that refused a changed item kept something"
tamper "UPDATE office.published SET body = \$tb\$$body\$tb\$ WHERE id = $middle"
saved=$(pg_admin -c "SELECT id, origin, seq, kind FROM office.published WHERE id = $middle")
tamper "DELETE FROM office.published WHERE id = $middle"
expect 1 "The office's published items $first to $last \(one batch\) do not carry a valid signature" -- "$tillctl" sync --data "$work/B"
[ "$(sqlite3 "$work/B/tillbook.db" "SELECT COUNT(*) FROM office_feed")" = "$feed_before" ] || fail "a sync that found an item taken out of a batch kept something"
IFS='|' read -r id origin seq kind <<<"$saved"
tamper "INSERT INTO office.published (id, origin, seq, kind, body) VALUES ($id, '$origin', $seq, '$kind', \$tb\$$body\$tb\$)"
expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/B"
[ "$(sqlite3 "$work/B/tillbook.db" "SELECT COUNT(*) FROM office_feed WHERE id BETWEEN $first AND $last AND batch_first = $first AND batch_last = $last AND length(signature) = 64")" = 3 ] || fail "B did not keep the batch once it was put back"

# A batch's row deleted: its items are never signed again one by one by the next office process (that would sign
# whatever the rows hold by then).
pg_admin -c "ALTER TABLE office.published_batches DISABLE TRIGGER published_batches_append_only" -c "DELETE FROM office.published_batches WHERE first_id = $first" -c "ALTER TABLE office.published_batches ENABLE TRIGGER published_batches_append_only"
expect 0 "" -- "$tillctl" office process --data "$office"
[ "$(pg_admin -c "SELECT count(*) FROM office.published_signatures WHERE id BETWEEN $first AND $last")" = 0 ] || fail "the office signed again the items of a batch whose row was deleted"

for s in A B; do expect 0 "ledger intact" -- at "2026-11-03 09:00:00" "$tillctl" verify --data "$work/$s"; done
expect 0 "" -- at "2026-11-03 09:01:00" "$tillctl" rebuild --data "$work/B" --check

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "the office day in the office's zone, and published items signed per batch: ok"
