#!/usr/bin/env bash
# Three windows at once on a throwaway PostgreSQL cluster: each simulates business days and syncs after each one, all
# three at the same time, while `office serve` verifies what arrives; WIN-C is offline for its first two days and then
# sends its backlog; WIN-B's push is killed with SIGKILL in the middle of a batch (rows sent, transaction open) and
# resumed. In the end the office holds every record of every window once, verified, each window's cosigned checkpoint
# covers its whole ledger, and every ledger verifies.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
serve=""
trap '[ -n "$serve" ] && kill "$serve" 2>/dev/null; pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
status_of() { "$tillctl" office status --data "$office" --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(next(s for s in d['stations'] if s['station']=='$1')['$2'])"; }
size_of() { sqlite3 "$work/$1/tillbook.db" "SELECT MAX(seq) FROM ledger_records"; }
held_by_office() { pg_admin -c "SELECT count(*) || ' ' || count(DISTINCT seq) || ' ' || coalesce(max(seq), 0) FROM office.pushed WHERE station = 'WIN-$1'"; }

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in A B C; do
  expect 0 "demo station WIN-$s" -- "$tillctl" demo --data "$work/$s" --station "WIN-$s"
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
done

"$tillctl" office serve --data "$office" --interval 1 > "$work/serve.log" 2>&1 &
serve=$!

# One window's days: simulate a day, then sync (unless offline that day); every step's output kept for the checks.
window() {
  local s="$1" offline_days="$2" day
  for day in 1 2 3; do
    "$tillctl" simulate --data "$work/$s" --days 1 --seed "$day$(printf '%d' "'$s")" >>"$work/$s.log" 2>&1 || { echo "simulate $s day $day failed" >>"$work/$s.err"; return; }
    [[ " $offline_days " == *" $day "* ]] && continue
    "$tillctl" sync --data "$work/$s" --batch 25 >>"$work/$s.log" 2>&1 || echo "sync $s day $day exited $?" >>"$work/$s.err"
  done
}
window A "" &
pid_a=$!
window B "" &
pid_b=$!
window C "1 2" &
pid_c=$!
wait "$pid_a" "$pid_b" "$pid_c"
for s in A B C; do
  [ -s "$work/$s.err" ] && fail "WIN-$s: $(cat "$work/$s.err")"
  [ "$(grep -c '^sent [0-9]* records' "$work/$s.log")" = "$([ $s = C ] && echo 1 || echo 3)" ] \
    || fail "WIN-$s did not send at each of its syncs: $(cat "$work/$s.log")"
done
[ "$(held_by_office C | cut -d' ' -f1)" = "$(size_of C)" ] || fail "WIN-C's backlog of three days did not all arrive in one sync"

# WIN-B: a day more, its push killed in its third batch (two batches committed, the third sent but not committed).
expect 0 "" -- "$tillctl" simulate --data "$work/B" --days 1 --seed 4
before=$(held_by_office B | cut -d' ' -f3)
size_b=$(size_of B)
[ $((size_b - before)) -gt 30 ] || fail "WIN-B's new day is too short to kill its push in the third batch: $((size_b - before)) records"
TILLBOOK_TEST_SYNC_PAUSE_IN_BATCH=3 "$tillctl" sync --data "$work/B" --batch 10 >"$work/B-killed.log" 2>&1 &
killed=$!
for _ in $(seq 1 600); do grep -q "sync paused in batch 3" "$work/B-killed.log" && break; sleep 0.1; done
grep -q "sync paused in batch 3" "$work/B-killed.log" || fail "the push never reached its third batch: $(cat "$work/B-killed.log")"
kill -KILL "$killed"
wait "$killed" 2>/dev/null
[ "$(held_by_office B)" = "$((before + 20)) $((before + 20)) $((before + 20))" ] \
  || fail "after the kill the office does not hold exactly WIN-B's two committed batches: $(held_by_office B), had $before"
expect 0 "sent $((size_b - before - 20)) records \(seq $((before + 21)) to $size_b\)" -- "$tillctl" sync --data "$work/B" --batch 10

# The office catches up (at most two minutes); then every window holds a cosigned checkpoint of its whole ledger.
want="$(size_of A) $(size_of B) $(size_of C)"
verified_sizes() { "$tillctl" office status --data "$office" --json | python3 -c "import json,sys; d={s['station']: s['verified_size'] for s in json.load(sys.stdin)['stations']}; print(d['WIN-A'], d['WIN-B'], d['WIN-C'])"; }
deadline=$((SECONDS + 120))
until [ "$(verified_sizes)" = "$want" ] || [ $SECONDS -ge $deadline ]; do sleep 0.5; done
kill -TERM "$serve"
wait "$serve" || fail "office serve did not end cleanly on SIGTERM: $(tail -3 "$work/serve.log")"
serve=""
grep -q "records verified" "$work/serve.log" || fail "office serve verified nothing while the windows worked: $(cat "$work/serve.log")"
for s in A B C; do
  size=$(size_of "$s")
  [ "$(status_of "WIN-$s" state)" = ok ] || fail "WIN-$s is $(status_of "WIN-$s" state) at the office"
  [ "$(status_of "WIN-$s" verified_size)" = "$size" ] || fail "WIN-$s: the office verified $(status_of "WIN-$s" verified_size) of $size records"
  [ "$(held_by_office "$s")" = "$size $size $size" ] || fail "WIN-$s: the office holds $(held_by_office "$s") (count, distinct seqs, last) of $size"
  [ "$(pg_admin -c "SELECT count(*) FROM office.records WHERE station = 'WIN-$s'")" = "$size" ] || fail "WIN-$s: office.records does not show every verified record"
  expect 0 "latest covers $size records" -- "$tillctl" sync --data "$work/$s"
  expect 0 "ledger intact" -- "$tillctl" verify --data "$work/$s"
done
[ "$(pg_admin -c "SELECT count(*) FROM office.inbox")" = 0 ] || fail "records went to the inbox, which holds only a fork's evidence"
expect 0 '"stored":"intact"' -- "$tillctl" office status --data "$office" --json

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "office concurrent: all checks passed"
