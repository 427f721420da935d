#!/usr/bin/env bash
# Publish back and the office day, on a throwaway PostgreSQL cluster: a check returned at one window is refused at the
# other after a sync (the negative file), a check taken at one window is a duplicate at the other, a customer made
# cash-only at one window is cash-only at the other, the same bill paid at two windows while offline ends as a credit
# on the account (never a lost payment), rebuild --check covers what a station pulled, and the office's posting export
# is the union of the stations' exports, each payment once; office serve processes what arrives until SIGTERM.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
trap 'pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
today=$(date -u +%F)
sam=2468 # the demo supervisor's PIN (README)
fedach="${TILLBOOK_TESTDATA:-/work/shared/testdata}/fedach/FedACHdir.txt"
[ -f "$fedach" ] || fedach="$here/../../../shared/testdata/fedach/FedACHdir.txt"
sql() { sqlite3 "$work/$1/tillbook.db" "$2"; }
json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
sync_all() {
  for s in "$@"; do expect 0 "sent|nothing to send" -- "$tillctl" sync --data "$work/$s"; done
  expect 0 "WIN-A: " -- "$tillctl" office process --data "$office"
  for s in "$@"; do expect 0 "items from other windows applied" -- "$tillctl" sync --data "$work/$s"; done
}

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in A B; do
  expect 0 "demo station WIN-$s" -- "$tillctl" demo --data "$work/$s" --station "WIN-$s"
  expect 0 "participants" -- "$tillctl" routing import --data "$work/$s" "$fedach"
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "WIN-$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
  expect 0 "opened by ana" -- "$tillctl" drawer open --data "$work/$s" --operator ana --float 200
done
# One return makes a customer cash-only at window A.
expect 0 "" -- "$tillctl" settings set --data "$work/A" checks.cash_only_after_returns 1
sync_all A B

# Both windows offline: the same bill paid in full at each, and one check taken at both.
bill=B100108-1
amount=$(sql A "SELECT printf('%d.%02d', open_cents / 100, open_cents % 100) FROM bills WHERE id = '$bill'")
amount_cents=$(sql A "SELECT open_cents FROM bills WHERE id = '$bill'")
for s in A B; do
  expect 0 '"receipt": "WIN-'$s'-R' -- "$tillctl" pay --data "$work/$s" --operator ana --account 100108 --bill "$bill=$amount" --tender "cash:$amount" --json
done
twice="check:12.00:T021000021T 44455566U 1101:$today"
expect 0 '"total": "12.00"' -- "$tillctl" pay --data "$work/A" --operator ana --account 100367 --bill "B100367-1=12.00" --tender "$twice" --json
expect 0 '"total": "12.00"' -- "$tillctl" pay --data "$work/B" --operator ana --account 100374 --bill "B100374-1=12.00" --tender "$twice" --json
# A check taken at A only; the customer's check at A that the bank will return.
expect 0 '"total": "15.00"' -- "$tillctl" pay --data "$work/A" --operator ana --account 100367 --bill "B100367-1=15.00" --tender "check:15.00:T021000021T 77788899U 2001:$today" --json
expect 0 '"total": "20.00"' -- "$tillctl" pay --data "$work/A" --operator ana --account 100178 --bill "B100178-1=20.00" --tender "check:20.00:T021000021T 31415926U 3001:$today" --json
returned_receipt=$(printf '%s' "$out" | json_get "['receipt']")

sync_all A B

# The check taken at A is a duplicate presentment at B.
expect 1 '"code": "duplicate"' -- "$tillctl" check verify --data "$work/B" --micr "T021000021T 77788899U 2001" --amount 15.00 --date "$today" --json
# The same bill paid at both windows: paid, and the second payment is the customer's credit at both windows.
for s in A B; do
  expect 0 "^100108	.*	credit \\\$$amount$" -- "$tillctl" accounts search --data "$work/$s" 100108
done
[ "$(sql A "SELECT SUM(amount_cents) FROM payment_lines WHERE bill = '$bill'") $(sql B "SELECT SUM(amount_cents) FROM payment_lines WHERE bill = '$bill'")" = "$amount_cents $amount_cents" ] \
  || fail "a payment of $bill was lost"
# Paying account 100108 at B again no longer pays the bill A paid.
due_b=$(sql B "SELECT SUM(open_cents) FROM bills WHERE account = '100108' AND id <> '$bill'")
[ -n "$due_b" ] && [ "$due_b" -gt 0 ] || fail "account 100108 has no other open bill to pay"
expect 0 '"total": "'"$(printf '%d.%02d' $((due_b / 100)) $((due_b % 100)))"'"' -- "$tillctl" pay --data "$work/B" --operator ana --account 100108 --tender cash:1000 --json

# A check returned at A: before the sync B still takes a check from that bank account; after it, B refuses it.
expect 0 "returned check on $returned_receipt recorded" -- "$tillctl" checks returned --data "$work/A" --receipt "$returned_receipt" --routing 021000021 --account 31415926 --reason R01
expect 0 '"decision": "accept"' -- "$tillctl" check verify --data "$work/B" --micr "T021000021T 31415926U 3002" --amount 10.00 --date "$today" --json
[ "$(sql B "SELECT status FROM accounts WHERE number = '100178'")" = active ] || fail "100178 is not active at B to begin with"
expect 0 "^100178	.*	active	" -- "$tillctl" accounts search --data "$work/B" 100178
sync_all A B
# Applying what was pulled writes nothing to push: a second sync has nothing to send and nothing new to apply.
expect 0 "nothing to send.*; 0 items from other windows applied" -- "$tillctl" sync --data "$work/B"
expect 1 '"code": "negative_file"' -- "$tillctl" check verify --data "$work/B" --micr "T021000021T 31415926U 3003" --amount 10.00 --date "$today" --json
expect 0 "^100178	.*	cash_only	" -- "$tillctl" accounts search --data "$work/B" 100178
expect 2 "Payment not recorded: .*cash" -- "$tillctl" pay --data "$work/B" --operator ana --account 100178 --tender "check:5.00:T021000021T 27182818U 4001:$today"
# What a station pulled is kept apart from its chain: no ledger record.
[ "$(sql B "SELECT COUNT(*) FROM ledger_records WHERE kind LIKE 'office%'")" = 0 ] || fail "a pulled item became a ledger record"

# rebuild --check covers the pulled tables: it agrees, and catches a changed one.
for s in A B; do expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$work/$s" --check; done
cp "$work/B/tillbook.db" "$work/B.db.bak"
sql B "DELETE FROM office_negative_file"
expect 1 "projections differ from the ledger: office_negative_file" -- "$tillctl" rebuild --data "$work/B" --check
cp "$work/B.db.bak" "$work/B/tillbook.db"
sql B "UPDATE office_bill_payments SET paid_cents = paid_cents + 1"
expect 1 "projections differ from the ledger: office_bill_payments" -- "$tillctl" rebuild --data "$work/B" --check
cp "$work/B.db.bak" "$work/B/tillbook.db"

# The office day: the posting export is the union of the stations' exports, each payment once.
for s in A B; do expect 0 "wrote" -- "$tillctl" export payments --data "$work/$s" --date "$today" --out "$work/$s.csv"; done
expect 0 "wrote $work/office.csv" -- "$tillctl" office export payments --data "$office" --date "$today" --out "$work/office.csv"
[ "$(head -1 "$work/office.csv")" = "$(head -1 "$work/A.csv")" ] || fail "the office export's columns are not a station's"
[ "$(tail -n +2 "$work/office.csv" | sort)" = "$( (tail -n +2 "$work/A.csv"; tail -n +2 "$work/B.csv") | sort)" ] \
  || fail "the office export is not the union of the stations' exports: $(diff <(tail -n +2 "$work/office.csv" | sort) <( (tail -n +2 "$work/A.csv"; tail -n +2 "$work/B.csv") | sort))"
[ "$(tail -n +2 "$work/office.csv" | wc -l)" -gt 5 ] || fail "the office export has too few rows"
[ "$(tail -n +2 "$work/office.csv" | sort | uniq -d)" = "" ] || fail "the office export has a row twice"
expect 0 "receipt,time,type" -- "$tillctl" office export payments --data "$office" --date 2001-01-01
[ "$(echo "$out" | wc -l)" = 1 ] || fail "a day without payments exported rows: $out"
expect 2 "--date must be a date as YYYY-MM-DD" -- "$tillctl" office export payments --data "$office" --date yesterday

expect 0 '"day": "'"$today"'"' -- "$tillctl" office report day --data "$office" --day "$today" --json
report="$out"
sum_csv=$(tail -n +2 "$work/office.csv" | python3 -c "import csv,sys; from decimal import Decimal; print(sum(Decimal(r[7]) for r in csv.reader(sys.stdin)))")
[ "$(json_get "['postings']" <<<"$report")" = "$sum_csv" ] || fail "the day's postings $(json_get "['postings']" <<<"$report") are not the export's $sum_csv"
payments_a=$(python3 -c "import json,sys; d=json.load(sys.stdin); print(next(s for s in d['stations'] if s['station']=='WIN-A')['payments']['count'])" <<<"$report")
[ "$payments_a" = "$(sql A "SELECT COUNT(*) FROM receipts WHERE date(time_ms / 1000, 'unixepoch') = '$today'")" ] || fail "the day report counts $payments_a payments at WIN-A"
dups=$(python3 -c "import json,sys; d=json.load(sys.stdin); print(' '.join(x['serial'] + ':' + ','.join(x['receipts']) for x in d['duplicate_presentments']))" <<<"$report")
grep -qE "^1101:WIN-A-R[0-9]+,WIN-B-R[0-9]+$" <<<"$dups" || fail "the check taken at both windows is not reported as a duplicate: '$dups'"
expect 0 "WIN-B	.* payments" -- "$tillctl" office report day --data "$office" --day "$today"
expect 0 "check 021000021 \*\*\*\*5566 #1101 taken more than once" -- "$tillctl" office report day --data "$office" --day "$today"

# office serve: processes what arrives until SIGTERM, which ends it between runs with exit 0.
"$tillctl" office serve --data "$office" --interval 1 > "$work/serve.log" 2>&1 &
serve=$!
for _ in $(seq 240); do grep -q "office serving" "$work/serve.log" && break; sleep 0.25; done
expect 0 '"receipt": "WIN-A-R' -- "$tillctl" pay --data "$work/A" --operator ana --account 100115 --bill "B100115-1=5.00" --tender cash:5 --json
expect 0 "sent 1 records" -- "$tillctl" sync --data "$work/A"
size_a=$(sql A "SELECT MAX(seq) FROM ledger_records")
verified_a() { "$tillctl" office status --data "$office" --json | python3 -c "import json,sys; print(next(s for s in json.load(sys.stdin)['stations'] if s['station']=='WIN-A')['verified_size'])"; }
for _ in $(seq 240); do [ "$(verified_a)" = "$size_a" ] && break; sleep 0.25; done
[ "$(verified_a)" = "$size_a" ] || fail "office serve did not verify WIN-A's new record: $(cat "$work/serve.log")"
kill -TERM "$serve"
wait "$serve"
rc=$?
[ "$rc" = 0 ] || fail "office serve ended with $rc after SIGTERM"
grep -q "^WIN-A: 1 records verified, $size_a in all.*; 1 items published" "$work/serve.log" || fail "office serve did not say what it did: $(cat "$work/serve.log")"
grep -q "^office stopped" "$work/serve.log" || fail "office serve did not say it stopped: $(cat "$work/serve.log")"
expect 2 "--interval must be 1 to 3600 seconds" -- "$tillctl" office serve --data "$office" --interval 0

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "office day: all checks passed"
