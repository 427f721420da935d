#!/usr/bin/env bash
# tillctl's headless counter: pay, void, refund and the drawer through the station commands the screen uses.
# Every refusal is one sentence, exit 2, and leaves the ledger as it was (its size is what tillctl verify counts).
set -u
tillctl="$1"
. "$(dirname "$0")/expect.sh"
records() { "$tillctl" verify --data "$d" | sed -n 's/^ledger intact: \([0-9]*\) records.*/\1/p'; }
# refused CODE PATTERN -- command...: as expect, and the ledger has not grown
refused() {
  local before; before=$(records)
  expect "$@"
  [ "$(records)" = "$before" ] || fail "a refusal wrote to the ledger ($before -> $(records) records): ${*:4}"
}
json() { sed -n "s/^ *\"$1\": \"\{0,1\}\([^\",]*\)\"\{0,1\},\{0,1\}$/\1/p" <<<"$out"; }
cents() { sqlite3 "$d/tillbook.db" "$1"; }
plain() { printf '%d.%02d' $(($1 / 100)) $(($1 % 100)); }

d="$work/station"
today=$(date -u +%F)
sam=2468 # the demo supervisor's PIN (README)
expect 0 "demo records added" -- "$tillctl" demo --data "$d" --station CTR-01
fedach="${TILLBOOK_TESTDATA:-/work/shared/testdata}/fedach/FedACHdir.txt"
[ -f "$fedach" ] || fedach="$(dirname "$0")/../../../shared/testdata/fedach/FedACHdir.txt"
expect 0 "participants" -- "$tillctl" routing import --data "$d" "$fedach"

# No drawer yet: nothing can be paid.
expect 0 "^0 drawer\(s\)" -- "$tillctl" drawer list --data "$d"
refused 2 "^tillctl: Payment not recorded: no drawer is open" -- "$tillctl" pay --data "$d" --operator ana --account 100101 --tender cash:50

# A float that differs from the expected one needs a supervisor, as at the counter; a wrong PIN is recorded alone.
refused 2 "Drawer not opened: a supervisor must approve \"Open a drawer with \\\$190.00 counted" -- "$tillctl" drawer open --data "$d" --operator ana --float 190
refused 2 "give sam's PIN on stdin" -- "$tillctl" drawer open --data "$d" --operator ana --float 190 --approver sam </dev/null
refused 2 "no denomination|unknown denomination" -- "$tillctl" drawer open --data "$d" --operator ana --count bill_3=1
before=$(records)
expect 2 "Drawer not opened: Wrong PIN" -- "$tillctl" drawer open --data "$d" --operator ana --float 190 --approver sam <<<"0000"
[ "$(records)" = "$((before + 1))" ] || fail "a wrong supervisor PIN should write its one failure record"
expect 0 "^drawer CTR-01-D000001 opened by ana with \\\$190.00" -- "$tillctl" drawer open --data "$d" --operator ana --float 190 --approver sam <<<"$sam"
refused 2 "Drawer not opened: drawer CTR-01-D000001 is already open" -- "$tillctl" drawer open --data "$d" --operator ben --float 200
expect 0 "^CTR-01-D000001	ana	open	.*float \\\$190.00" -- "$tillctl" drawer list --data "$d"

# Cash with change; no --bill pays every open bill, oldest first.
due=$(cents "SELECT SUM(open_cents) FROM bills WHERE account = '100101'")
expect 0 '"receipt": "CTR-01-R000001"' -- "$tillctl" pay --data "$d" --operator ana --account 100101 --tender cash:100 --json
[ "$(json total)" = "$(plain "$due")" ] || fail "pay total $(json total), wanted $(plain "$due")"
[ "$(json change)" = "$(plain $((10000 - due)))" ] || fail "pay change $(json change), wanted $(plain $((10000 - due)))"
[ -n "$(json seq)" ] || fail "pay --json has no seq: $out"
cashReceipt=$(json receipt)
[ "$(cents "SELECT SUM(open_cents) FROM bills WHERE account = '100101'")" = 0 ] || fail "the paid bills are still open"

# Bad tenders and bills are refused before anything is written.
refused 2 "--tender is cash:AMOUNT" -- "$tillctl" pay --data "$d" --operator ana --account 100367 --tender check:10.00
refused 2 "--tender is cash:AMOUNT" -- "$tillctl" pay --data "$d" --operator ana --account 100367 --tender card:10.00
refused 2 "--tender cash:1.234" -- "$tillctl" pay --data "$d" --operator ana --account 100367 --tender cash:1.234
refused 2 "ends with the date on the item" -- "$tillctl" pay --data "$d" --operator ana --account 100367 --tender "check:10.00:T021000021T 123456789U 1042:tomorrow"
refused 2 "--bill takes BILL=AMOUNT" -- "$tillctl" pay --data "$d" --operator ana --account 100367 --bill B100367-1 --tender cash:10
refused 2 "name what the customer hands over" -- "$tillctl" pay --data "$d" --operator ana --account 100367
refused 2 "^tillctl: Payment not recorded: The tenders are .* short of" -- "$tillctl" pay --data "$d" --operator ana --account 100367 --tender cash:1.00
refused 2 "^tillctl: Payment not recorded: the open drawer is Ana" -- "$tillctl" pay --data "$d" --operator ben --account 100367 --tender cash:1000

# Split tender: a check (verified on the way, with a real routing number) and cash for the rest of one named bill.
bill=$(cents "SELECT id FROM bills WHERE account = '100367' ORDER BY due_date LIMIT 1")
open=$(cents "SELECT open_cents FROM bills WHERE id = '$bill'")
expect 0 '"change": "5.00"' -- "$tillctl" pay --data "$d" --operator ana --account 100367 --bill "$bill=$(plain "$open")" \
  --tender "check:20.00:T021000021T 123456789U 1042:$today" --tender "cash:$(plain $((open - 2000 + 500)))" --json
[ "$(json total)" = "$(plain "$open")" ] || fail "split tender total $(json total), wanted $(plain "$open")"
splitReceipt=$(json receipt)
[ "$(cents "SELECT COUNT(*) FROM payment_tenders WHERE receipt = '$splitReceipt' AND kind = 'check'")" = 1 ] || fail "the check is not a tender of $splitReceipt"

# A check that needs a supervisor (a starter check number) is refused without one, with nothing written (not even its
# verification), and taken with --override-by; a declined one is refused whatever the supervisor says.
starter="check:30.00:T121000248T 555000111U 0500:$today"
refused 2 "^tillctl: Payment not recorded: check 0500 .* needs a supervisor's override: .*starter check" -- "$tillctl" pay --data "$d" --operator ana --account 100262 --bill "B100262-1=30.00" --tender "$starter"
refused 2 "Payment not recorded: check .* was declined" -- "$tillctl" pay --data "$d" --operator ana --account 100262 --bill "B100262-1=30.00" --tender "check:30.00:T021000022T 555000111U 2001:$today" --override-by sam <<<"$sam"
refused 2 "Payment not recorded: Nobody approves their own action|Payment not recorded: .*cashier; only a supervisor" -- "$tillctl" pay --data "$d" --operator ana --account 100262 --bill "B100262-1=30.00" --tender "$starter" --override-by ben <<<"2345"
expect 0 '"total": "30.00"' -- "$tillctl" pay --data "$d" --operator ana --account 100262 --bill "B100262-1=30.00" --tender "$starter" --override-by sam --json <<<"$sam"
overridden=$(json receipt)
[ "$(cents "SELECT COUNT(*) FROM check_verifications v JOIN payment_tenders t ON t.reference = v.id WHERE t.receipt = '$overridden' AND v.override_seq IS NOT NULL")" = 1 ] || fail "the starter check was not taken as overridden"
[ "$(cents "SELECT approver FROM ledger_records WHERE kind = 'check.override_approved' ORDER BY seq DESC LIMIT 1")" = sam ] || fail "the override does not name sam as its approver"

# Money order, and the same request twice records one payment.
before=$(records)
expect 0 '"duplicate": false' -- "$tillctl" pay --data "$d" --operator ana --account 100157 --bill "B100157-1=10.00" --tender "money-order:10.00:T021000021T 77123456U 31001:$today" --request mo-1 --json
mo=$(json receipt)
expect 0 '"duplicate": true' -- "$tillctl" pay --data "$d" --operator ana --account 100157 --bill "B100157-1=10.00" --tender "money-order:10.00:T021000021T 77123456U 31001:$today" --request mo-1 --json
[ "$(json receipt)" = "$mo" ] || fail "a repeated request answered $(json receipt), not $mo"
[ "$(records)" = "$((before + 2))" ] || fail "a money order payment should write its verification and the payment only ($before -> $(records))"

# A card convenience fee on fund WATER: refused when malformed, quoted before the payment (nothing recorded), charged
# on the card with its own line; a refund keeps it and says so, a void returns it.
refused 2 "card_fee.WATER: a convenience fee is none, a flat amount such as 2.35, or a percentage" -- "$tillctl" settings set --data "$d" card_fee.WATER 2.555%
refused 2 "card_fee.water names no fund" -- "$tillctl" settings set --data "$d" card_fee.water 1.00
expect 0 "^card_fee.WATER = 2.50% at seq" -- "$tillctl" settings set --data "$d" card_fee.WATER 2.5%
expect 0 "^card_fee.WATER	2.50%" -- "$tillctl" settings list --data "$d"
card="card:10.60:123456:visa:4242"
refused 0 "^due \\\$10.87 \\(\\\$10.60 and card convenience fee \\\$0.27 \\(\\\$0.27 WATER\\); charge \\\$10.87 to the card ending 4242\\); tendered \\\$10.87; nothing recorded" -- "$tillctl" pay --data "$d" --operator ana --account 100122 --bill "B100122-1=10.60" --tender "$card" --quote
expect 0 '"convenience_fee": "0.27"' -- "$tillctl" pay --data "$d" --operator ana --account 100122 --bill "B100122-1=10.60" --tender "$card" --json
[ "$(json total)" = "10.87" ] || fail "a card payment with its fee: total $(json total), wanted 10.87"
feeReceipt=$(json receipt)
[ "$(cents "SELECT amount_cents FROM payment_tenders WHERE receipt = '$feeReceipt'")" = 1087 ] || fail "the card was not charged the fee"
"$tillctl" export payments --data "$d" --date "$today" | grep -q "^$feeReceipt,.*,payment,100122,,convenience,WATER,0.27,card" || fail "the posting export has no convenience fee row"
refused 2 "its \\\$0.27 card convenience fee is not refunded" -- "$tillctl" refund --data "$d" --receipt "$feeReceipt" --operator ana --approver sam --method card --amount 10.87 <<<"$sam"
expect 0 "the card convenience fee of \\\$0.27 is not refunded" -- "$tillctl" refund --data "$d" --receipt "$feeReceipt" --operator ana --approver sam --method card <<<"$sam"
expect 0 "^the total includes a card convenience fee \\\$2.05 \\(\\\$2.05 WATER\\); the card ending 4444 was charged \\\$84.17" -- "$tillctl" pay --data "$d" --operator ana --account 100143 --bill "B100143-1=82.12" --tender card:82.12:654321:mastercard:4444 --request card-fee-1
# Asked again: the first payment's answer, fee and all, though the bill it paid is no longer open.
expect 0 "^the total includes a card convenience fee \\\$2.05 \\(\\\$2.05 WATER\\); the card ending 4444 was charged \\\$84.17" -- "$tillctl" pay --data "$d" --operator ana --account 100143 --bill "B100143-1=82.12" --tender card:82.12:654321:mastercard:4444 --request card-fee-1
grep -q "was already recorded" <<<"$out" || fail "a repeated card payment should say it was already recorded: $out"
voidCard=$(cents "SELECT number FROM receipts ORDER BY seq DESC LIMIT 1")
expect 0 "^receipt $voidCard voided" -- "$tillctl" void --data "$d" --receipt "$voidCard" --operator ana --approver sam <<<"$sam"
[ "$(cents "SELECT cards_cents FROM drawers WHERE id = 'CTR-01-D000001'")" = 27 ] || fail "after the refund and the void the cards hold only the kept fee"
expect 0 "^card_fee.WATER = none at seq" -- "$tillctl" settings set --data "$d" card_fee.WATER none

# Void (the receipt's own open drawer) and refunds, each with the approver's PIN on stdin.
refused 2 "give sam's PIN on stdin" -- "$tillctl" void --data "$d" --receipt "$cashReceipt" --operator ana --approver sam </dev/null
refused 2 "^tillctl: Void not recorded: there is no receipt X" -- "$tillctl" void --data "$d" --receipt X --operator ana --approver sam <<<"$sam"
expect 0 "^receipt $cashReceipt voided at seq [0-9]+, approved by sam" -- "$tillctl" void --data "$d" --receipt "$cashReceipt" --operator ana --approver sam <<<"$sam"
refused 2 "^tillctl: Void not recorded: receipt $cashReceipt is already voided" -- "$tillctl" void --data "$d" --receipt "$cashReceipt" --operator ana --approver sam <<<"$sam"
refused 2 "^tillctl: Refund not recorded: a refund of receipt $splitReceipt must be more than \\\$0.00 and at most" -- "$tillctl" refund --data "$d" --receipt "$splitReceipt" --operator ana --approver sam --method cash --amount 99999 <<<"$sam"
refused 2 "was not paid by card" -- "$tillctl" refund --data "$d" --receipt "$splitReceipt" --operator ana --approver sam --method card <<<"$sam"
refused 2 "--method is cash" -- "$tillctl" refund --data "$d" --receipt "$splitReceipt" --operator ana --approver sam --method bitcoin <<<"$sam"
expect 0 "^refund of \\\$5.00 on receipt $splitReceipt recorded .*tillctl print refund --seq" -- "$tillctl" refund --data "$d" --receipt "$splitReceipt" --operator ana --approver sam --method check --amount 5 <<<"$sam"
rest=$(plain $((open - 500)))
expect 0 "^refund of \\\$$rest on receipt $splitReceipt recorded" -- "$tillctl" refund --data "$d" --receipt "$splitReceipt" --operator ana --approver sam --method cash <<<"$sam"
refused 2 "^tillctl: Refund not recorded: a refund .* at most \\\$0.00" -- "$tillctl" refund --data "$d" --receipt "$splitReceipt" --operator ana --approver sam --method cash --amount 1 <<<"$sam"

# The blind close: the count is recorded first; beyond the tolerance the close needs a reason and the approver.
expected=$("$tillctl" report x --data "$d" --json | sed -n 's/^  "expected_cash": \([0-9]*\),$/\1/p')
items=()
while IFS='|' read -r kind amount ref; do
  items+=(--item "$([ "$kind" = check ] && echo check || echo money-order):$(plain "$amount"):$ref")
done < <(cents "SELECT kind, amount_cents, reference FROM drawer_items WHERE voided = 0")
[ "${#items[@]}" = 6 ] || fail "wanted the drawer's 3 checks and money orders, got ${#items[@]} arguments"
refused 2 "give --cash AMOUNT or --count" -- "$tillctl" drawer close --data "$d" --operator ana
refused 2 "--item is check:AMOUNT:REF" -- "$tillctl" drawer close --data "$d" --operator ana --cash 1 --item cash:1:x
before=$(records)
expect 2 "^tillctl: Drawer not closed: the count recorded at seq [0-9]+ is \\\$10.00 over .*beyond the tolerance" -- "$tillctl" drawer close --data "$d" --operator ana --cash "$(plain $((expected + 1000)))" "${items[@]}" --card-batch 0.27
[ "$(records)" = "$((before + 1))" ] || fail "the blind count should be recorded, and only it, before the over/short is shown"
expect 0 "CTR-01-D000001	ana	open" -- "$tillctl" drawer list --data "$d"
expect 0 "^drawer CTR-01-D000001 closed at seq [0-9]+: counted cash .*\\\$10.00 over" -- "$tillctl" drawer close --data "$d" --operator ana --cash "$(plain $((expected + 1000)))" "${items[@]}" --card-batch 0.27 --reason "found a ten under the tray" --approver sam <<<"$sam"
expect 0 "Cash, not by denomination" -- "$tillctl" report z --data "$d" --drawer CTR-01-D000001
expect 0 "approved by sam: found a ten under the tray" -- "$tillctl" report z --data "$d" --drawer CTR-01-D000001

# A float as expected needs nobody; a close within the tolerance needs no reason; both by denomination.
expect 0 "^drawer CTR-01-D000002 opened by ben with \\\$200.00" -- "$tillctl" drawer open --data "$d" --operator ben --count bill_20=9 --count coin_25=80
expect 0 "^drawer CTR-01-D000002 closed at seq [0-9]+: counted cash \\\$199.00, -\\\$1.00" -- "$tillctl" drawer close --data "$d" --operator ben --count bill_20=9 --count bill_1=19
expect 0 '"id": "CTR-01-D000002"' -- "$tillctl" drawer list --data "$d" --json
[ "$(json status | sort -u)" = closed ] || fail "drawer list --json should show both drawers closed: $out"

expect 0 "ledger intact" -- "$tillctl" verify --data "$d"
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "tillctl counter: all passed"
