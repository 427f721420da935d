#!/usr/bin/env bash
# A drawer deposited twice, on a throwaway PostgreSQL cluster: the office deposits WIN-A's and WIN-B's drawers and
# WIN-A's mail batch, and WIN-A, before it has pulled that deposit, deposits its own drawer and batch itself. Once WIN-A
# syncs and the office verifies its deposit, each overlap is flagged to the supervisor in words (office status, office
# report day, both --json); the office's journal of the day and its approval are refused in one sentence, writing
# nothing; a window's own journal of a day the office deposited part of is refused, naming the office's export. The
# supervisor resolves it by voiding the office's deposit (taken back at the bank; refused without a reason, by a
# cashier, twice, once confirmed): both records are kept, the overlaps read resolved, the office deposits again what the
# window did not, the journal ties out with each drawer and batch once, the day is approved, and the windows forget the
# voided deposit at their next sync.
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
# A refusal: exit 2 with one sentence.
expect_refused() {
  local sentence="$1"; shift 2
  expect 2 "^tillctl: $sentence" -- "$@"
  [ "$(wc -l <<<"$out")" = 1 ] || fail "not one sentence: $out"
}

# Two windows, each with one drawer of today closed and approved in review, pushed and verified.
expect 0 "office ready" -- "$tillctl" office init --data "$office" --db "$pg_db_url" --station-url "$pg_station_url" --ca "$pg_ca"
for s in WIN-A WIN-B; do
  expect 0 "demo station $s" -- "$tillctl" demo --data "$work/$s" --station "$s"
  # The demo chart of accounts (as tillctl simulate seeds it), so that the day has a journal.
  for kv in gl.account.bank=1010 gl.account.card_clearing=1015 gl.account.change_fund=1020 \
    gl.account.returned_items=1210 gl.account.refunds_payable=2020 gl.account.customer_credit=2210 \
    gl.account.over_short=6810 gl.account.paid_outs=6820 gl.account.convenience_fees=4950 gl.fund.WATER=4110 \
    gl.fund.SEWER=4120 gl.fund.TRASH=4130 gl.fund.PERMITS=4210 gl.fund.LICENSES=4220 gl.fund.GENERAL=4900 \
    gl.fund.DEPOSIT=2230; do
    "$tillctl" settings set --data "$work/$s" "${kv%=*}" "${kv#*=}" >/dev/null || fail "settings set $kv at $s"
  done
  expect 0 "may join" -- "$tillctl" office add-station --data "$office" --station "$s" --out "$work/join-$s.json"
  expect 0 "joined the office" -- "$tillctl" office join --data "$work/$s" --file "$work/join-$s.json"
  expect 0 "opened by ana" -- "$tillctl" drawer open --data "$work/$s" --operator ana --float 200
  bill=$(sql "$s" "SELECT id || ' ' || account FROM bills WHERE open_cents >= 5000 ORDER BY open_cents DESC, id LIMIT 1")
  expect 0 '"receipt": "'"$s"'-R' -- "$tillctl" pay --data "$work/$s" --operator ana --account "${bill#* }" --bill "${bill% *}=50.00" --tender cash:50 --json
  expect 0 "closed at seq" -- "$tillctl" drawer close --data "$work/$s" --operator ana --cash 250
  drawer=$(sql "$s" "SELECT id FROM drawers WHERE status = 'closed'")
  expect 0 "is approved" -- "$tillctl" review approve --data "$work/$s" --operator sam --drawer "$drawer"
  expect 0 "sent" -- "$tillctl" sync --data "$work/$s"
done
drawer_a=$(sql WIN-A "SELECT id FROM drawers")
drawer_b=$(sql WIN-B "SELECT id FROM drawers")
# WIN-A also keys a mail batch of one check, closed and approved.
expect 0 "" -- "$tillctl" batch open --data "$work/WIN-A" --operator ana --count 1 --total 40.00 --note Mail
batch_a=$(grep -oE "WIN-A-M[0-9]{6}" <<<"$out" | head -1)
account=$(sql WIN-A "SELECT account FROM bills WHERE open_cents >= 4000 ORDER BY open_cents DESC, id LIMIT 1 OFFSET 1")
expect 0 "item 1: account $account \\\$40.00 accepted" -- "$tillctl" batch key --data "$work/WIN-A" --operator ana --batch "$batch_a" --account "$account" --amount 40.00 --micr "T071900003T 77788899U 3001" --date "$today"
expect 0 "1 payment\(s\) posted for \\\$40.00" -- "$tillctl" batch close --data "$work/WIN-A" --operator ana --batch "$batch_a"
expect 0 "is approved" -- "$tillctl" review approve --data "$work/WIN-A" --operator sam --batch "$batch_a"
expect 0 "sent" -- "$tillctl" sync --data "$work/WIN-A"
expect 0 "WIN-B: " -- "$tillctl" office process --data "$office"

# The office deposits both windows' drawers; WIN-A, offline from it, deposits its own drawer too.
expect 0 '"id": "OFFICE-DP000001"' -- "$tillctl" office deposit prepare --data "$office" --day "$today" --bag OB-1 --operator sam --json
expect 0 "" -- "$tillctl" deposit prepare --data "$work/WIN-A" --day "$today" --bag WB-1 --operator sam --json
own=$(json_get "['id']" <<<"$out")
[ "$own" = WIN-A-DP000001 ] || fail "WIN-A's own deposit is not WIN-A-DP000001: $own"
expect 0 "" -- "$tillctl" office status --data "$office"
grep -q PROBLEM <<<"$out" && fail "a problem before WIN-A pushed its deposit: $out"

# WIN-A syncs: the office verifies its deposit and flags the drawer and the mail batch in two deposits.
expect 0 "sent" -- "$tillctl" sync --data "$work/WIN-A"
expect 0 "WIN-A: " -- "$tillctl" office process --data "$office"
twice="after the office deposited it in OFFICE-DP000001: the money is counted twice; take the office's deposit back at the bank and void it \(tillctl office deposit void\)."
problem="WIN-A deposited mail batch $batch_a in its own deposit $own $twice"
problem_drawer="WIN-A deposited drawer $drawer_a in its own deposit $own $twice"
for p in "$problem" "$problem_drawer"; do
  expect 0 "^PROBLEM: $p$" -- "$tillctl" office status --data "$office"
  expect 0 "^PROBLEM: $p$" -- "$tillctl" office report day --data "$office" --day "$today"
done
expect 0 "" -- "$tillctl" office status --data "$office" --json
[ "$(python3 -c "import json,sys; print(' '.join(o['station'] + ':' + o['kind'] + ':' + o['id'] + ':' + o['deposit'] + ':' + o['office_deposit'] for o in json.load(sys.stdin)['deposit_overlaps']))" <<<"$out")" = "WIN-A:batch:$batch_a:$own:OFFICE-DP000001 WIN-A:drawer:$drawer_a:$own:OFFICE-DP000001" ] \
  || fail "office status --json does not carry the overlaps: $out"
expect 0 "" -- "$tillctl" office report day --data "$office" --day "$today" --json
[ "$(json_get "['deposit_overlaps'][1]['resolved']" <<<"$out")" = False ] || fail "the report's overlap is not unresolved: $out"
grep -q "the money is counted twice" <<<"$(json_get "['deposit_overlaps'][1]['problem']" <<<"$out")" || fail "the report's overlap is not in words: $out"

# Nothing is posted twice: the office's journal and its approval of the day are refused, and nothing is written.
expect_refused "The office's journal of $today is not exported, since it would post money twice: $problem" -- "$tillctl" office export gl --data "$office" --day "$today" --out "$work/gl.csv"
[ -e "$work/gl.csv" ] && fail "a refused journal was written"
approvals() { pg_admin -c "SELECT count(*) FROM office.day_approvals"; }
expect_refused "$today is not approved at the office while a deposit takes money twice: $problem" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam
[ "$(approvals)" = 0 ] || fail "a refused approval was stored"
# A window's own journal of a day the office deposited part of (WIN-A pulled the office's deposit at its sync) names
# the office's export.
expect_refused "drawer $drawer_a of $today went in the office's deposit OFFICE-DP000001, which this window's journal cannot post once and only once; export the day's journal at the office \(tillctl office export gl\)" -- "$tillctl" export gl --data "$work/WIN-A" --day "$today" --out "$work/WIN-A-gl.csv"
[ -e "$work/WIN-A-gl.csv" ] && fail "WIN-A wrote a refused journal"

# The resolution: the office's deposit is taken back at the bank and voided; refused without a reason, by a cashier,
# for an unknown deposit.
expect_refused "give the reason the office's deposit is voided" -- "$tillctl" office deposit void --data "$office" --deposit OFFICE-DP000001 --operator sam
expect_refused "ana is not an active supervisor at any window" -- "$tillctl" office deposit void --data "$office" --deposit OFFICE-DP000001 --reason "bag returned" --operator ana
expect_refused "there is no deposit \"OFFICE-DP000099\"" -- "$tillctl" office deposit void --data "$office" --deposit OFFICE-DP000099 --reason "bag returned" --operator sam
expect 0 "office deposit OFFICE-DP000001 \(voided\)" -- "$tillctl" office deposit void --data "$office" --deposit OFFICE-DP000001 --reason "bag OB-1 returned by the bank: WIN-A deposited its drawer itself" --operator sam
expect_refused "the office's deposit OFFICE-DP000001 was voided by sam \(bag OB-1 returned" -- "$tillctl" office deposit void --data "$office" --deposit OFFICE-DP000001 --reason again --operator sam
expect_refused "the office's deposit OFFICE-DP000001 was voided by sam" -- "$tillctl" office deposit confirm --data "$office" --deposit OFFICE-DP000001 --amount 1 --reference R --operator sam
expect 0 "" -- "$tillctl" office deposit list --data "$office" --day "$today" --json
[ "$(json_get "[0]['status']" <<<"$out")" = voided ] || fail "the voided deposit is not listed as voided: $out"
[ "$(json_get "[0]['void_signature_valid']" <<<"$out")" = True ] || fail "the void is not signed by the office key: $out"
expect 0 "" -- "$tillctl" office status --data "$office"
grep -q PROBLEM <<<"$out" && fail "the overlap is still a problem once resolved: $out"
expect 0 "^resolved: WIN-A's drawer $drawer_a was in $own and OFFICE-DP000001; OFFICE-DP000001 voided by sam: bag OB-1 returned" -- "$tillctl" office report day --data "$office" --day "$today"

# The journal still waits for WIN-B's drawer, which the voided deposit no longer holds; the office deposits it again,
# leaving out WIN-A's drawer (in WIN-A's own deposit).
expect_refused "drawer $drawer_b of $today is in no deposit yet" -- "$tillctl" office export gl --data "$office" --day "$today" --out "$work/gl.csv"
expect 0 '"id": "OFFICE-DP000002"' -- "$tillctl" office deposit prepare --data "$office" --day "$today" --bag OB-2 --operator sam --json
[ "$(python3 -c "import json,sys; print(' '.join(d['drawer'] for d in json.load(sys.stdin)['drawers']))" <<<"$out")" = "$drawer_b" ] \
  || fail "the second office deposit is not WIN-B's drawer alone: $out"
total=$(json_get "['total']" <<<"$out")
expect 0 "office deposit OFFICE-DP000002 \(confirmed\)" -- "$tillctl" office deposit confirm --data "$office" --deposit OFFICE-DP000002 --amount "$total" --reference BK-2 --operator sam
# Stored append-only: neither record is lost, and the overlap and the void stay.
[ "$(pg_admin -c "SELECT count(*) FROM office.deposits")" = 2 ] || fail "an office deposit was lost"
[ "$(pg_admin -c "SELECT count(*) FROM office.deposit_overlaps")" = 2 ] || fail "the overlaps are not stored once each"
pg_admin -c "DELETE FROM office.deposit_overlaps" >/dev/null 2>&1 && fail "an overlap was deleted"
pg_admin -c "DELETE FROM office.deposit_voids" >/dev/null 2>&1 && fail "a void was deleted"
[ "$(sql WIN-A "SELECT COUNT(*) FROM deposits")" = 1 ] || fail "WIN-A's own deposit is not kept"

# The journal: each drawer once (WIN-A's in its own deposit, WIN-B's in the office's second), tied to the records.
dir="$work/check"
mkdir -p "$dir"
for s in WIN-A WIN-B; do
  "$tillctl" export --data "$work/$s" --format jsonl > "$dir/$s.jsonl" || fail "export $s"
  "$tillctl" settings list --data "$work/$s" > "$dir/$s.settings.txt" || fail "settings list $s"
  "$tillctl" deposit list --data "$work/$s" --day "$today" --json > "$dir/$s.deposits.json" || fail "deposit list $s"
done
"$tillctl" office deposit list --data "$office" --day "$today" --json > "$dir/deposits.json" || fail "office deposit list"
expect 0 "wrote" -- "$tillctl" office export gl --data "$office" --day "$today" --out "$dir/gl.csv"
expect 0 "wrote" -- "$tillctl" office export payments --data "$office" --date "$today" --out "$dir/postings.csv"
python3 "$here/office_money_check.py" "$today" "$dir" WIN-A WIN-B || fail "the office's money of $today against the records"
grep -q "OFFICE-DP000001" "$dir/gl.csv" && fail "the voided deposit is in the journal"
grep -q "deposit $own" "$dir/gl.csv" || fail "WIN-A's own deposit is not in the journal"
expect 0 "^$today approved at the office by sam" -- "$tillctl" office approve day --data "$office" --day "$today" --operator sam

# The windows forget the voided deposit at their next sync, learn the second one, and rebuild to the same tables.
for s in WIN-A WIN-B; do
  expect 0 "applied" -- "$tillctl" sync --data "$work/$s"
  [ "$(sql "$s" "SELECT COUNT(*) FROM office_deposit_sources WHERE deposit = 'OFFICE-DP000001'")" = 0 ] || fail "$s still holds the voided deposit"
  expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$work/$s" --check
done
[ "$(sql WIN-B "SELECT deposit FROM office_deposit_sources WHERE station = 'WIN-B' AND id = '$drawer_b'")" = OFFICE-DP000002 ] || fail "WIN-B did not learn the second deposit"
expect_refused "drawer $drawer_b of $today went in the office's deposit OFFICE-DP000002" -- "$tillctl" export gl --data "$work/WIN-B" --day "$today" --out "$work/WIN-B-gl.csv"
expect_refused "the office already deposited drawer $drawer_b in its deposit OFFICE-DP000002" -- "$tillctl" deposit prepare --data "$work/WIN-B" --day "$today" --bag WB-2 --drawer "$drawer_b" --operator sam

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "office deposit overlap: all checks passed"
