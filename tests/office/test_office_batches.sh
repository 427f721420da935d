#!/usr/bin/env bash
# The sequence of published batches, on a throwaway PostgreSQL cluster: each batch the office signs carries its number
# and the hash of the batch before it's signature, so a whole batch of published rows deleted from the office's
# database between two syncs (its items and its row) is refused by the other window in one sentence, with nothing kept
# or applied, and said by `office status`; put back, it arrives. The last batch a window pulled, deleted and its number
# given to the next batch, is refused by that window too.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
trap 'pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
feed() { sqlite3 "$work/$1/tillbook.db" "SELECT count(*) FROM office_feed"; }
pay_at_a() {
  expect 0 '"receipt": "WIN-A-R' -- "$tillctl" pay --data "$work/A" --operator ana --account 100367 --bill "B100367-1=$1" --tender "cash:$1" --json
  expect 0 "sent 1 record" -- "$tillctl" sync --data "$work/A"
  expect 0 "WIN-A: " -- "$tillctl" office process --data "$office"
}
# disabled TABLE TRIGGER SQL: SQL run with TABLE's append-only trigger off, as the database's owner can
disabled() { pg_admin -c "ALTER TABLE office.$1 DISABLE TRIGGER $2" -c "$3" -c "ALTER TABLE office.$1 ENABLE TRIGGER $2" >/dev/null; }
# A's batch: the batch holding A's items published last
a_batch() { pg_admin -c "SELECT b.id || ' ' || b.first_id || ' ' || b.last_id FROM office.published_batches b JOIN office.published p ON p.id = b.first_id WHERE p.origin = 'WIN-A' ORDER BY b.id DESC LIMIT 1"; }

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in A B; do
  expect 0 "demo station WIN-$s" -- "$tillctl" demo --data "$work/$s" --station "WIN-$s"
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
done
expect 0 "opened by ana" -- "$tillctl" drawer open --data "$work/A" --operator ana --float 200
expect 0 "" -- "$tillctl" sync --data "$work/A"
expect 0 "" -- "$tillctl" office process --data "$office"
pay_at_a 1.01
expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/B"
expect 0 '"published":"intact"' -- "$tillctl" office status --data "$office" --json

# Batches are numbered one after another and each names the one before it.
[ "$(pg_admin -c "SELECT count(*) FROM office.published_batches")" = "$(pg_admin -c "SELECT max(id) FROM office.published_batches")" ] \
  || fail "the published batches are not numbered 1, 2, 3...: $(pg_admin -c "SELECT id FROM office.published_batches")"

# A second payment at A: A's batch, then the office's figures of the day in a batch after it. A's batch deleted
# whole (its items and its row) before B syncs: B refuses the batch after it, keeps nothing, and says which is missing.
pay_at_a 1.02
read -r number first last <<<"$(a_batch)"
[ -n "${last:-}" ] || fail "A's payment was not published in a batch"
[ "$(pg_admin -c "SELECT count(*) FROM office.published_batches WHERE id > $number")" -ge 1 ] || fail "no batch follows A's"
saved_items=$(pg_admin -c "SELECT string_agg(format('(%s, %L, %s, %L, %L)', id, origin, seq, kind, body), ', ' ORDER BY id) FROM office.published WHERE id BETWEEN $first AND $last")
saved_batch=$(pg_admin -c "SELECT format('(%s, %s, %s, %L)', id, first_id, last_id, signature) FROM office.published_batches WHERE id = $number")
feed_before=$(feed B)
disabled published published_append_only "DELETE FROM office.published WHERE id BETWEEN $first AND $last"
disabled published_batches published_batches_append_only "DELETE FROM office.published_batches WHERE id = $number"
expect 1 "^tillctl: The office's published batch $((number + 1)) \(items? [0-9]+( to [0-9]+)?\) follows a batch that is missing from the office's database \(batch $number, deleted\?\), so nothing the office published was applied; a supervisor must look.$" -- "$tillctl" sync --data "$work/B"
[ "$(feed B)" = "$feed_before" ] || fail "a sync that found a batch missing kept something"
expect 1 "" -- "$tillctl" office status --data "$office" --json
grep -qE "\"published\":\"The office's published batch $((number + 1)) \(items? [0-9]+( to [0-9]+)?\) follows a batch that is missing" <<<"$out" || fail "office status does not say the batch is missing: $out"
expect 1 "^PUBLISHED ITEMS CHANGED: .*batch $number, deleted" -- "$tillctl" office status --data "$office"
# Put back, it arrives, with the rest.
disabled published published_append_only "INSERT INTO office.published (id, origin, seq, kind, body) VALUES $saved_items"
disabled published_batches published_batches_append_only "INSERT INTO office.published_batches (id, first_id, last_id, signature) VALUES $saved_batch"
expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/B"
[ "$(sqlite3 "$work/B/tillbook.db" "SELECT count(*) FROM office_feed WHERE id BETWEEN $first AND $last")" = $((last - first + 1)) ] || fail "B did not keep A's batch once it was put back"
expect 0 '"published":"intact"' -- "$tillctl" office status --data "$office" --json

# The last batch B pulled, deleted: B says it is gone; the office gives its number to the next batch, which B refuses.
last_batch=$(pg_admin -c "SELECT max(id) FROM office.published_batches")
read -r lfirst llast <<<"$(pg_admin -c "SELECT first_id || ' ' || last_id FROM office.published_batches WHERE id = $last_batch")"
disabled published published_append_only "DELETE FROM office.published WHERE id BETWEEN $lfirst AND $llast"
disabled published_batches published_batches_append_only "DELETE FROM office.published_batches WHERE id = $last_batch"
expect 1 "^tillctl: The office's published batch $last_batch, which this station pulled before, is missing from the office's database \(deleted\?\), so nothing" -- "$tillctl" sync --data "$work/B"
pay_at_a 1.03
[ "$(pg_admin -c "SELECT count(*) FROM office.published_batches WHERE id = $last_batch")" = 1 ] || fail "the office did not number its next batch $last_batch"
feed_before=$(feed B)
expect 1 "^tillctl: The office's published batch $last_batch \(up to item $llast\), which this station pulled before, is not as it was in the office's database \(changed, or deleted and its number given to another\), so nothing the office published was applied; a supervisor must look.$" -- "$tillctl" sync --data "$work/B"
[ "$(feed B)" = "$feed_before" ] || fail "a sync that found its last batch replaced kept something"

# A window's own items are pulled only to check the batches: A keeps none of them, and rebuild --check still passes.
[ "$(sqlite3 "$work/A/tillbook.db" "SELECT count(*) FROM office_feed WHERE origin = 'WIN-A'")" = 0 ] || fail "A kept its own published items"
expect 0 "" -- "$tillctl" rebuild --data "$work/A" --check

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
