#!/usr/bin/env bash
# The money leaving the office, on a throwaway PostgreSQL cluster: three windows simulate two days (two leave their
# deposits to the office, one deposits its own), sync, and the office prepares one deposit per day across them and
# confirms it; each window's part, recomputed from that window's exported records alone, is what its drawers, drops and
# mail batches say, and the deposit is the sum of the parts; the office's journal balances and ties to the deposits
# (the office's and the window's own), the card tenders and the office's posting export per fund. Refusals write
# nothing: records not verified yet, a drawer already deposited (by the office or by its window), an open drawer, an
# unknown deposit, a difference without a reason, a confirmation twice, a cashier. The office's deposits reach the
# windows at their next sync, and a window's own deposit leaves out (and refuses) what the office deposited. The
# office's slip names every window's drawers.
set -u
tillctl="$1"
here="$(dirname "$0")"
. "$here/../cli/expect.sh"
. "$here/pg_cluster.sh"
trap 'pg_cleanup; rm -rf "$work"' EXIT
pg_start || { echo "FAIL: could not start a PostgreSQL cluster"; exit 1; }

office="$work/office"
today=$(date -u +%F)
windows="WIN-A WIN-B WIN-C"
sql() { sqlite3 "$work/$1/tillbook.db" "$2"; }
json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
deposits_held() { "$tillctl" office deposit list --data "$office" | tail -1; }
# A refusal: exit 2 with one sentence, and the office's deposits are as they were.
expect_refused() {
  local sentence="$1"; shift 2
  local before; before=$(deposits_held)
  expect 2 "^tillctl: $sentence" -- "$@"
  [ "$(wc -l <<<"$out")" = 1 ] || fail "not one sentence: $out"
  [ "$(deposits_held)" = "$before" ] || fail "a refusal wrote a deposit: $*"
}

expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
seed=1
for s in $windows; do
  expect 0 "demo station $s" -- "$tillctl" demo --data "$work/$s" --station "$s"
  # WIN-A and WIN-B leave their days' deposits to the office; WIN-C deposits its own, as a station alone does.
  no_deposits=--no-deposits
  [ "$s" = WIN-C ] && no_deposits=
  # shellcheck disable=SC2086
  expect 0 "2 day\(s\) simulated" -- "$tillctl" simulate --data "$work/$s" --days 2 --seed "$seed" $no_deposits
  seed=$((seed + 1))
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
  expect 0 "sent" -- "$tillctl" sync --data "$work/$s"
done
days=$(sql WIN-A "SELECT DISTINCT day FROM mail_batches ORDER BY 1")
[ "$(echo "$days" | wc -l)" = 2 ] || fail "two simulated days: $days"
day1=$(echo "$days" | head -1)
day2=$(echo "$days" | tail -1)
[ "$(sql WIN-A "SELECT COUNT(*) FROM deposits")" = 0 ] || fail "WIN-A deposited its own days"
[ "$(sql WIN-C "SELECT COUNT(*) FROM deposits")" = 2 ] || fail "WIN-C did not deposit its own days"

# Nothing is deposited from records the office has not verified.
expect_refused "WIN-A has [0-9]+ records the office has not verified yet; run tillctl office process first" -- "$tillctl" office deposit prepare --data "$office" --day "$day1" --bag OB-1 --operator sam
expect 0 "WIN-A: " -- "$tillctl" office process --data "$office"
expect_refused "ana is not an active supervisor at any window" -- "$tillctl" office deposit prepare --data "$office" --day "$day1" --bag OB-1 --operator ana
expect_refused "a deposit needs the number of the bag" -- "$tillctl" office deposit prepare --data "$office" --day "$day1" --bag "" --operator sam

# A drawer WIN-C deposited itself is deposited at most once: the office's deposit leaves it out, and naming it is refused.
drawer_c=$(sql WIN-C "SELECT id FROM deposit_sources WHERE kind = 'drawer' ORDER BY id LIMIT 1")
deposit_c=$(sql WIN-C "SELECT deposit FROM deposit_sources WHERE kind = 'drawer' ORDER BY id LIMIT 1")
expect_refused "drawer $drawer_c is already in deposit $deposit_c" -- "$tillctl" office deposit prepare --data "$office" --day "$day1" --bag OB-1 --drawer "$drawer_c" --operator sam
expect_refused "there is no drawer \"WIN-Z-D000001\"" -- "$tillctl" office deposit prepare --data "$office" --day "$day1" --bag OB-1 --drawer WIN-Z-D000001 --operator sam

# Each day: one office deposit across WIN-A and WIN-B, then nothing left to deposit.
deps=()
for day in $day1 $day2; do
  expect 0 '"id": "OFFICE-DP00000' -- "$tillctl" office deposit prepare --data "$office" --day "$day" --bag "OB-$day" --seal S-1 --operator sam --json
  dep=$(json_get "['id']" <<<"$out")
  parts=$(python3 -c "import json,sys; print(' '.join(w['station'] for w in json.load(sys.stdin)['windows']))" <<<"$out")
  [ "$parts" = "WIN-A WIN-B" ] || fail "the deposit of $day is not WIN-A's and WIN-B's: $parts"
  for key in cash checks money_orders total; do
    grep -qE "\"$key\": \"[0-9]+\.[0-9]{2}\"" <<<"$out" || fail "the deposit's $key is not a decimal string"
  done
  expect_refused "there is nothing to deposit for $day" -- "$tillctl" office deposit prepare --data "$office" --day "$day" --bag OB-X --operator sam
  deps+=("$dep")
done
dep1=${deps[0]:-}
dep2=${deps[1]:-}
drawer_a=$(sql WIN-A "SELECT id FROM drawers ORDER BY id LIMIT 1")
expect_refused "drawer $drawer_a is already in the office's deposit $dep1" -- "$tillctl" office deposit prepare --data "$office" --day "$day1" --bag OB-1 --drawer "$drawer_a" --operator sam

# The bank's confirmation: an unknown deposit, a difference without a reason, then with one; never twice.
expect_refused "there is no deposit \"OFFICE-DP000099\"" -- "$tillctl" office deposit confirm --data "$office" --deposit OFFICE-DP000099 --amount 1 --reference R --operator sam
total1=$("$tillctl" office deposit list --data "$office" --day "$day1" --json | json_get "[0]['total']")
short1=$(python3 -c "import sys; from decimal import Decimal; print(Decimal(sys.argv[1]) - 1)" "$total1")
expect_refused "the bank credited \\\$[0-9,.]+ against deposit $dep1 of \\\$[0-9,.]+; give the reason" -- "$tillctl" office deposit confirm --data "$office" --deposit "$dep1" --amount "$short1" --reference BK-1 --operator sam
expect 0 '"difference": "-1.00"' -- "$tillctl" office deposit confirm --data "$office" --deposit "$dep1" --amount "$short1" --reference BK-1 --reason "a torn bill the bank would not take" --operator sam --json
expect_refused "deposit $dep1 was already confirmed by the bank \(reference BK-1\)" -- "$tillctl" office deposit confirm --data "$office" --deposit "$dep1" --amount "$short1" --reference BK-2 --operator sam
total2=$("$tillctl" office deposit list --data "$office" --day "$day2" --json | json_get "[0]['total']")
expect 0 "office deposit $dep2 \(confirmed\)" -- "$tillctl" office deposit confirm --data "$office" --deposit "$dep2" --amount "$total2" --reference BK-2 --operator sam

# Today: cash at every window, drops to the safe at two. A drawer still open at WIN-C holds money no deposit can
# account for: the deposit and the journal of the day wait for it, and nothing is written.
for s in $windows; do
  expect 0 "opened by ana" -- "$tillctl" drawer open --data "$work/$s" --operator ana --float 200
  bill=$(sql "$s" "SELECT id || ' ' || account FROM bills WHERE open_cents >= 5000 ORDER BY open_cents DESC, id LIMIT 1")
  expect 0 '"receipt": "'"$s"'-R' -- "$tillctl" pay --data "$work/$s" --operator ana --account "${bill#* }" --bill "${bill% *}=50.00" --tender cash:50 --json
done
for s in WIN-A WIN-B; do
  expect 0 "dropped \\\$100.00 to the safe" -- "$tillctl" drawer drop --data "$work/$s" --operator ana --cash 100
  expect 0 "closed at seq" -- "$tillctl" drawer close --data "$work/$s" --operator ana --cash 150
done
for s in $windows; do expect 0 "sent" -- "$tillctl" sync --data "$work/$s"; done
expect 0 "WIN-C: " -- "$tillctl" office process --data "$office"
open_c=$(sql WIN-C "SELECT id FROM drawers WHERE status = 'open'")
expect_refused "drawer $open_c of $today is still open; close it before preparing the day's deposit" -- "$tillctl" office deposit prepare --data "$office" --day "$today" --bag OB-T --operator sam
expect 2 "drawer WIN-[AB]-D[0-9]+ of $today is in no deposit yet" -- "$tillctl" office export gl --data "$office" --day "$today" --out "$work/today.csv"
[ -e "$work/today.csv" ] && fail "a refused journal was written"
expect 2 "nothing was deposited for 2001-01-01" -- "$tillctl" office export gl --data "$office" --day 2001-01-01 --out "$work/none.csv"
expect 0 "closed at seq" -- "$tillctl" drawer close --data "$work/WIN-C" --operator ana --cash 250
expect 0 "sent" -- "$tillctl" sync --data "$work/WIN-C"
expect 0 "WIN-C: " -- "$tillctl" office process --data "$office"
expect 0 '"id": "OFFICE-DP000003"' -- "$tillctl" office deposit prepare --data "$office" --day "$today" --bag OB-T --operator sam --json
[ "$(json_get "['cash']" <<<"$out")" = "$(python3 -c "import json,sys; print('%.2f' % (sum(float(w['cash']) for w in json.load(sys.stdin)['windows'])))" <<<"$out")" ] || fail "today's cash is not its windows'"
total_t=$(json_get "['total']" <<<"$out")
expect 0 "office deposit OFFICE-DP000003 \(confirmed\)" -- "$tillctl" office deposit confirm --data "$office" --deposit OFFICE-DP000003 --amount "$total_t" --reference BK-T --operator sam

# The slip: every window's drawers named by their window, the bank's routing, how the cash ties out.
expect 0 "wrote $work/office-deposit.pdf" -- "$tillctl" office print deposit --data "$office" --deposit OFFICE-DP000003 --pdf "$work/office-deposit.pdf"
slip=$(pdftotext -layout "$work/office-deposit.pdf" - 2>/dev/null)
for s in $windows; do grep -q "$s: Drawer $s-D" <<<"$slip" || fail "the office's slip does not name $s's drawer"; done
grep -q "071900003" <<<"$slip" || fail "the office's slip lacks the bank's routing number"
grep -q "BK-T" <<<"$slip" || fail "the office's slip lacks the bank's confirmation"
expect_refused "there is no deposit \"OFFICE-DP000099\"" -- "$tillctl" office print deposit --data "$office" --deposit OFFICE-DP000099 --pdf "$work/none.pdf"
[ -e "$work/none.pdf" ] && fail "a refused slip was written"

# Every deposit and journal against the windows' records alone.
for s in $windows; do
  "$tillctl" export --data "$work/$s" --format jsonl > "$work/$s.jsonl" || fail "export $s"
  "$tillctl" settings list --data "$work/$s" > "$work/$s.settings.txt" || fail "settings list $s"
done
for day in $day1 $day2 $today; do
  dir="$work/check-$day"
  mkdir -p "$dir"
  for s in $windows; do
    cp "$work/$s.jsonl" "$work/$s.settings.txt" "$dir/"
    "$tillctl" deposit list --data "$work/$s" --day "$day" --json > "$dir/$s.deposits.json" || fail "deposit list $s"
  done
  "$tillctl" office deposit list --data "$office" --day "$day" --json > "$dir/deposits.json" || fail "office deposit list $day"
  expect 0 "wrote" -- "$tillctl" office export gl --data "$office" --day "$day" --out "$dir/gl.csv"
  expect 0 "wrote" -- "$tillctl" office export payments --data "$office" --date "$day" --out "$dir/postings.csv"
  # shellcheck disable=SC2086
  python3 "$here/office_money_check.py" "$day" "$dir" $windows || fail "the office's money of $day against the records"
  expect 0 '"debits": "[0-9]+\.[0-9]{2}"' -- "$tillctl" office export gl --data "$office" --day "$day" --format json
  [ "$(json_get "['debits']" <<<"$out")" = "$(json_get "['credits']" <<<"$out")" ] || fail "the JSON journal of $day does not balance"
done
grep -q '"drops": "100.00"' <<<"$(cat "$work/check-$today/deposits.json")" || fail "today's deposit does not carry the drops to the safe"

# The office's deposits are published back: after a sync, WIN-A's own deposit neither takes nor accepts what the office
# deposited, and the pulled items are covered by rebuild --check.
expect 0 "applied" -- "$tillctl" sync --data "$work/WIN-A"
[ "$(sql WIN-A "SELECT deposit FROM office_deposit_sources WHERE station = 'WIN-A' AND kind = 'drawer' AND id = '$drawer_a'")" = "$dep1" ] || fail "WIN-A did not pull the office's deposit of $drawer_a"
a_deposits=$(sql WIN-A "SELECT COUNT(*) FROM deposits")
expect 2 "^tillctl: the office already deposited drawer $drawer_a in its deposit $dep1; it cannot be deposited again here" -- "$tillctl" deposit prepare --data "$work/WIN-A" --day "$day1" --bag WB-1 --drawer "$drawer_a" --operator sam
[ "$(wc -l <<<"$out")" = 1 ] || fail "not one sentence: $out"
expect 2 "^tillctl: there is nothing to deposit for $day1" -- "$tillctl" deposit prepare --data "$work/WIN-A" --day "$day1" --bag WB-1 --operator sam
[ "$(sql WIN-A "SELECT COUNT(*) FROM deposits")" = "$a_deposits" ] || fail "WIN-A deposited what the office deposited"
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$work/WIN-A" --check

# Stored append-only: the office's own role cannot change a deposit or take a drawer out of one.
pg_admin -c "UPDATE office.deposits SET body = body" >/dev/null 2>&1 && fail "an office deposit was updated"
pg_admin -c "DELETE FROM office.deposit_sources" >/dev/null 2>&1 && fail "a deposit's source was deleted"
[ "$(pg_admin -c "SELECT count(*) FROM office.deposit_sources")" -gt 0 ] || fail "no deposit sources stored"

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "office money: all checks passed"
