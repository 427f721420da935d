#!/usr/bin/env bash
# tillctl as an operator or auditor uses it: exit codes, one-sentence errors, nothing written on bad input.
set -u
tillctl="$1"
. "$(dirname "$0")/expect.sh"

d="$work/station"
expect 2 "there is no Tillbook station in" -- "$tillctl" verify --data "$d"
# A real station never gets demo data: demo and simulate refuse it and write nothing.
real="$work/real"
expect 0 "created station REAL-01" -- "$tillctl" init --data "$real" --station REAL-01
expect 2 "already exists" -- "$tillctl" init --data "$real" --station REAL-01
expect 2 "REAL-01 is not a demo station" -- "$tillctl" demo --data "$real"
expect 2 "is not a demo station" -- "$tillctl" simulate --data "$real" --days 1
expect 0 "ledger intact: 1 records" -- "$tillctl" verify --data "$real"
[ -z "$("$tillctl" user list --data "$real")" ] || fail "demo operators reached a real station"
# The demo station: marked as one at creation (seq 2), its setup dated 60 days back.
expect 0 "demo station CLI-01 in .*: 14 demo records added" -- "$tillctl" demo --data "$d" --station CLI-01
expect 0 "is up to date" -- "$tillctl" demo --data "$d"
[ "$(sqlite3 "$d/tillbook.db" "SELECT kind FROM ledger_records WHERE seq = 2")" = "station.demo" ] || fail "the demo station is not marked at seq 2"
setup_age=$(( $(date +%s) - $(sqlite3 "$d/tillbook.db" "SELECT MAX(time_ms) / 1000 FROM ledger_records") ))
[ "$setup_age" -ge $((59 * 86400)) ] && [ "$setup_age" -le $((61 * 86400)) ] || fail "the demo setup is dated $setup_age s back, wanted about 60 days"
expect 2 "--days must be 1 to 60" -- "$tillctl" simulate --data "$d" --days 61
# Simulated days fill the days between the setup and today: the next real record is never earlier.
expect 0 "day\(s\) simulated: [0-9]+ payments" -- "$tillctl" simulate --data "$d" --days 1 --seed 3
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check
n=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")
expect 0 "^ada	admin	active" -- "$tillctl" user list --data "$d"
echo 4321 | "$tillctl" user add --data "$d" --id zoe --name "Zoë Brandt" --role supervisor >/dev/null || fail "user add"
expect 0 "zoe	supervisor" -- "$tillctl" user list --data "$d"
expect 2 "must be cashier, supervisor or admin" -- "$tillctl" user add --data "$d" --id x --name X --role boss
expect 0 "ledger intact: $((n + 1)) records, last seq $((n + 1))" -- "$tillctl" verify --data "$d"
expect 0 '"ok":true' -- "$tillctl" verify --data "$d" --json
expect 0 "^tillbook.local/CLI-01$" -- "$tillctl" checkpoint --data "$d"
checkpoints=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records WHERE kind = 'ledger.checkpoint'")
expect 0 "$((checkpoints + 1)) checkpoints checked" -- "$tillctl" verify --data "$d" # the records and latest.txt
expect 0 '"leaf_index": 2' -- "$tillctl" prove --data "$d" --seq 3
expect 0 '"size1": 3' -- "$tillctl" prove --data "$d" --from 3
expect 2 "--seq must be between 1 and" -- "$tillctl" prove --data "$d" --seq 99999
expect 0 "BEGIN PUBLIC KEY" -- "$tillctl" key show --data "$d"
lines=$("$tillctl" export --data "$d" --format jsonl | wc -l)
[ "$lines" = $((n + 2)) ] || fail "export wrote $lines lines, wanted $((n + 2))"
"$tillctl" export --data "$d" --format jsonl | head -1 | grep -q '"kind":"ledger.genesis"' || fail "export first line"
# An auditor's independent check with stock tools: sha256sum over the documented bytes gives the hash, and
# openssl verifies the signature over that hash with the published public key.
field() { "$tillctl" record show --data "$d" --seq 3 | sed -n "s/.*\"$1\": \"\(.*\)\",\{0,1\}$/\1/p"; }
unhex() { printf "$(sed 's/../\\x&/g')"; }
"$tillctl" key show --data "$d" | sed -n '/BEGIN PUBLIC KEY/,/END PUBLIC KEY/p' > "$work/pub.pem"
field canonical_bytes_hex | unhex > "$work/bytes.bin"
field stored_hash_hex | unhex > "$work/hash.bin"
field signature_der_hex | unhex > "$work/sig.der"
[ "$(sha256sum < "$work/bytes.bin" | cut -c1-64)" = "$(field stored_hash_hex)" ] || fail "sha256sum of the canonical bytes is not the stored hash"
openssl dgst -sha256 -verify "$work/pub.pem" -signature "$work/sig.der" "$work/hash.bin" >/dev/null || fail "openssl did not verify the record signature"
printf 'x' >> "$work/hash.bin"
openssl dgst -sha256 -verify "$work/pub.pem" -signature "$work/sig.der" "$work/hash.bin" >/dev/null 2>&1 && fail "openssl verified a changed hash"

# export writes an empty approver as null (the hashed bytes hold it as a zero-length string).
"$tillctl" export --data "$d" --format jsonl | head -1 | grep -q '"approver":null' || fail "export did not write an empty approver as null"

# An auditor pins a key: the genesis key still verifies after a rotation, and so does the new key once it has
# signed; a stranger's key fails in one sentence. A tampered checkpoints/latest.txt is caught.
r="$work/rotated"
"$tillctl" init --data "$r" --station ROT-01 >/dev/null
pem() { "$tillctl" key show --data "$r" | sed -n '/BEGIN PUBLIC KEY/,/END PUBLIC KEY/p'; }
pem > "$work/pub-at-genesis.pem"
expect 0 "^new key [0-9a-f]{64} introduced at seq 2$" -- "$tillctl" key rotate --data "$r"
pem > "$work/pub-rotated.pem"
expect 1 "^ledger NOT intact: the key in $work/pub-rotated.pem \(key id [0-9a-f]{16}\) signed no record of this ledger, whose keys are [0-9a-f]{16} from seq 1, [0-9a-f]{16} from seq 3$" -- "$tillctl" verify --data "$r" --key "$work/pub-rotated.pem"
"$tillctl" checkpoint --data "$r" >/dev/null
expect 0 "^ledger intact: 3 records" -- "$tillctl" verify --data "$r" --key "$work/pub-at-genesis.pem"
expect 0 "^ledger intact: 3 records" -- "$tillctl" verify --data "$r" --key "$work/pub-rotated.pem"
openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl ec -pubout -out "$work/stranger.pem" 2>/dev/null
expect 1 "^ledger NOT intact: the key in $work/stranger.pem \(key id [0-9a-f]{16}\) signed no record of this ledger" -- "$tillctl" verify --data "$r" --key "$work/stranger.pem"
cp "$r/checkpoints/latest.txt" "$work/latest.txt"
sed -i '2s/.*/3/' "$r/checkpoints/latest.txt"
expect 1 "^ledger NOT intact: checkpoint from $r/checkpoints/latest.txt \(size 3\) is not the station's: checkpoint signature invalid$" -- "$tillctl" verify --data "$r"
sed '5s/ROT-01 ..../ROT-01 AAAA/' "$work/latest.txt" > "$r/checkpoints/latest.txt"
expect 1 "is not the station's: checkpoint is not signed by the key in force" -- "$tillctl" verify --data "$r"
sed '1s/ROT-01/ROT-02/' "$work/latest.txt" > "$r/checkpoints/latest.txt"
expect 1 "^ledger NOT intact: the checkpoint from $r/checkpoints/latest.txt is for \"tillbook.local/ROT-02\", not for this ledger's origin tillbook.local/ROT-01$" -- "$tillctl" verify --data "$r"
cp "$work/latest.txt" "$r/checkpoints/latest.txt"
expect 0 "^ledger intact: 3 records, last seq 3, .*2 checkpoints checked" -- "$tillctl" verify --data "$r"

expect 2 "unknown option --nope" -- "$tillctl" verify --data "$d" --nope
expect 2 "unknown command" -- "$tillctl" frobnicate

# Imports: all or nothing with line and column; search; payments export; rebuild; simulation.
cat > "$work/bad-accounts.csv" <<'CSV'
number,name,service_address,mailing_address,phone,email,status
900001,Good Row,1 A St,,555-0100,,active
900002,,2 B St,,555-0101,,active
CSV
before=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")
expect 2 "line 3, column name" -- "$tillctl" accounts import --data "$d" "$work/bad-accounts.csv"
after=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")
[ "$before" = "$after" ] || fail "a refused import wrote records ($before -> $after)"
printf 'number,name,status\n900001,Good Row,active\n' > "$work/good-accounts.csv"
expect 0 "1 added, 0 updated" -- "$tillctl" accounts import --data "$d" "$work/good-accounts.csv"
expect 0 "^900001	Good Row" -- "$tillctl" accounts search --data "$d" 900001
expect 0 "Núñez" -- "$tillctl" accounts search --data "$d" nunez
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check
drawer=$(sqlite3 "$d/tillbook.db" "SELECT id FROM drawers WHERE status = 'closed' ORDER BY id LIMIT 1")
expect 0 "^Z REPORT  drawer $drawer \(closed\)" -- "$tillctl" report z --data "$d" --drawer "$drawer"
expect 0 "Over/short total" -- "$tillctl" report z --data "$d" --drawer "$drawer"
# The checkpoint the Z report prints verifies the ledger on its own, as a paper copy would.
"$tillctl" report z --data "$d" --drawer "$drawer" --json | sed -n 's/^  "checkpoint": "\(.*\)",$/\1/p' | sed 's/\\n/\n/g' | head -c -1 > "$work/z-checkpoint.txt"
grep -q "^tillbook.local/CLI-01$" "$work/z-checkpoint.txt" || fail "the Z report has no checkpoint"
expect 0 "ledger intact" -- "$tillctl" verify --data "$d" --checkpoint "$work/z-checkpoint.txt"
expect 2 "no drawer is open" -- "$tillctl" report x --data "$d"
day=$(sqlite3 "$d/tillbook.db" "SELECT day FROM postings ORDER BY seq LIMIT 1")
expect 0 "^receipt,time,type,account,bill,fee,fund,amount,tender" -- "$tillctl" export payments --data "$d" --date "$day"
exported=$("$tillctl" export payments --data "$d" --date "$day" | tail -n +2 | awk -F, '{gsub(/\./,"",$8); s+=$8} END {print s}')
ledger=$(sqlite3 "$d/tillbook.db" "SELECT SUM(json_extract(body,'$.total')) - COALESCE((SELECT SUM(json_extract(body,'$.total')) FROM ledger_records WHERE kind IN ('payment.voided','payment.refunded') AND date(time_ms/1000,'unixepoch')='$day'),0) FROM ledger_records WHERE kind='payment.taken' AND date(time_ms/1000,'unixepoch')='$day'")
[ "$exported" = "$ledger" ] || fail "export total $exported cents does not tie out to the ledger's $ledger cents"
expect 2 "--date must be a date" -- "$tillctl" export payments --data "$d" --date 2026-13-01
# The activity report's fund totals tie out to the posting export of the same day.
activity=$("$tillctl" report activity --data "$d" --from "$day" --to "$day" --json | sed -n 's/^  "postings": "\([0-9.-]*\)",\{0,1\}$/\1/p' | tr -d '.')
{ [ -n "$activity" ] && [ "$((10#$activity))" = "$exported" ]; } || fail "activity report postings '$activity' do not tie out to the export's $exported cents"
expect 0 "^ana,Ana Núñez,payments," -- "$tillctl" report activity --data "$d" --from "$day" --to "$day" --csv
expect 0 "wrote $work/activity.pdf" -- "$tillctl" report activity --data "$d" --from "$day" --to "$day" --pdf "$work/activity.pdf"
pdftotext "$work/activity.pdf" - 2>/dev/null | grep -q "ties out to the posting export" || fail "the activity PDF lacks its fund totals"
expect 2 "before it starts" -- "$tillctl" report activity --data "$d" --from 2026-11-02 --to 2026-11-01
expect 0 "ledger intact" -- "$tillctl" verify --data "$d"
sqlite3 "$d/tillbook.db" "UPDATE bills SET open_cents = open_cents + 1 WHERE rowid = 1"
expect 1 "projections differ from the ledger: bills" -- "$tillctl" rebuild --data "$d" --check
sqlite3 "$d/tillbook.db" "UPDATE bills SET open_cents = open_cents - 1 WHERE rowid = 1"

# Checks: the real FedACH directory (refused whole with the line number when damaged), verify, returned checks.
fedach="$(dirname "$0")/../../../shared/testdata/fedach/FedACHdir.txt"
[ -f "$fedach" ] || fedach="${TILLBOOK_TESTDATA:-/work/shared/testdata}/fedach/FedACHdir.txt"
head -c 465 "$fedach" > "$work/short.txt"   # two whole records and a cut one
expect 2 "line 3" -- "$tillctl" routing import --data "$d" "$work/short.txt"
expect 0 "18198 participants, file date 2018-12-04" -- "$tillctl" routing import --data "$d" "$fedach"
expect 0 "^021000021	JPMORGAN CHASE" -- "$tillctl" routing show --data "$d" 021000021
expect 1 "check digit" -- "$tillctl" routing show --data "$d" 021000022
expect 0 '"decision": "accept"' -- "$tillctl" check verify --data "$d" --micr "T021000021T 123456789U 1042" --amount 125.50 --date "$(date -u +%F)" --json
expect 1 "decision: decline" -- "$tillctl" check verify --data "$d" --micr "T021000022T 123456789U 1042" --amount 125.50 --date "$(date -u +%F)"
expect 0 "stale_dated" -- "$tillctl" check verify --data "$d" --micr "A021000021A123456789C1043" --amount 20.00 --date 2020-01-02
expect 2 "could not be read" -- "$tillctl" check verify --data "$d" --micr "T0210?0021T 123456789U 1042" --amount 1.00 --date 2026-01-01
item=$(sqlite3 -separator ' ' "$d/tillbook.db" "SELECT t.receipt, v.routing, v.account FROM payment_tenders t JOIN check_verifications v ON v.id = t.reference WHERE t.kind = 'check' LIMIT 1")
if [ -n "$item" ]; then
  read -r paid rtn acct <<<"$item"
  expect 2 "has no check from routing" -- "$tillctl" checks returned --data "$d" --receipt "$paid" --routing 021000021 --account 1 --reason R01
  expect 0 "returned check on $paid recorded" -- "$tillctl" checks returned --data "$d" --receipt "$paid" --routing "$rtn" --account "$acct" --reason R01
  expect 2 "already recorded as returned" -- "$tillctl" checks returned --data "$d" --receipt "$paid" --routing "$rtn" --account "$acct" --reason R01
  expect 1 "negative_file" -- "$tillctl" check verify --data "$d" --micr "T${rtn}T ${acct}U 5001" --amount 10.00 --date "$(date -u +%F)" --json
else
  fail "the simulation took no checks, so the returned-check path was not exercised"
fi
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check

# A receipt as PDF: its text (pdftotext), and its QR code decoded from the rendered page (pdftoppm + zbarimg)
# verifies against the ledger; a changed code does not.
receipt=$(sqlite3 "$d/tillbook.db" "SELECT receipt FROM payment_tenders WHERE kind = 'check' ORDER BY receipt LIMIT 1")
expect 0 "wrote $work/receipt.pdf" -- "$tillctl" print receipt --data "$d" --receipt "$receipt" --pdf "$work/receipt.pdf" --reprint
pdftotext "$work/receipt.pdf" - 2>/dev/null | grep -q "Receipt $receipt" || fail "the receipt PDF does not name its receipt"
pdftotext "$work/receipt.pdf" - 2>/dev/null | grep -q "REPRINT" || fail "a reprint does not say REPRINT"
pdftotext "$work/receipt.pdf" - 2>/dev/null | grep -q "account \*\*\*\*" || fail "the check account is not masked"
pdftoppm -r 100 -png "$work/receipt.pdf" "$work/receipt" 2>/dev/null
payload=$(zbarimg -q --raw "$work"/receipt-1.png 2>/dev/null)
case "$payload" in TB1\|CLI-01\|*) ;; *) fail "no Tillbook code decoded from the receipt: '$payload'" ;; esac
expect 0 "^verified: receipt $receipt" -- "$tillctl" verify-receipt --data "$d" "$payload"
# One character of the signature changed (to one it is not already: a fixed replacement would be no change 1 time in 64).
last="${payload: -1}"; other=A; [ "$last" = A ] && other=B
expect 1 "NOT verified" -- "$tillctl" verify-receipt --data "$d" "${payload%?}$other"
expect 1 "NOT verified" -- "$tillctl" verify-receipt --data "$d" "TB1|CLI-01|1|AAAA|AAAA"
pdftotext "$work/receipt.pdf" - 2>/dev/null | grep -q "City of Springfield Utilities" || fail "the receipt lacks the letterhead"

# The letterhead is a setting; the 80 mm roll is as wide as the paper; ESC/POS starts by initializing the printer.
expect 0 'organization.name = "Ærø Water & Sewer"' -- "$tillctl" settings set --data "$d" organization.name "Ærø Water & Sewer"
expect 2 "one line" -- "$tillctl" settings set --data "$d" organization.name "$(printf 'two\nlines')"
expect 0 'organization.name	"Ærø Water & Sewer"' -- "$tillctl" settings list --data "$d"
expect 0 "wrote $work/roll.pdf" -- "$tillctl" print receipt --data "$d" --receipt "$receipt" --pdf "$work/roll.pdf" --paper roll80
pdfinfo "$work/roll.pdf" 2>/dev/null | grep -q "Page size: *226.77 x" || fail "the roll receipt is not 80 mm wide"
pdftotext "$work/roll.pdf" - 2>/dev/null | grep -q "Ærø Water & Sewer" || fail "the roll receipt does not print the organization as written"
expect 0 "wrote $work/receipt.escpos" -- "$tillctl" print receipt --data "$d" --receipt "$receipt" --escpos "$work/receipt.escpos" --columns 48
(cd "$work" && "$tillctl" print receipt --data "$d" --receipt "$receipt" --pdf relative.pdf >/dev/null) || fail "a PDF named without a directory was not written"
[ -s "$work/relative.pdf" ] || fail "relative.pdf is missing"
[ "$(head -c 2 "$work/receipt.escpos" | od -An -tx1 | tr -d ' ')" = "1b40" ] || fail "the ESC/POS job does not start with ESC @"
expect 2 "--columns is 42 or 48" -- "$tillctl" print receipt --data "$d" --receipt "$receipt" --escpos "$work/x.escpos" --columns 40
expect 2 "say where the document goes" -- "$tillctl" print receipt --data "$d" --receipt "$receipt"

# The Z report: its QR code holds the signed checkpoint after the close, and verifies the ledger from paper.
expect 0 "wrote $work/z.pdf" -- "$tillctl" print z --data "$d" --drawer "$drawer" --pdf "$work/z.pdf"
pdftotext "$work/z.pdf" - 2>/dev/null | grep -q "Z REPORT: drawer closed" || fail "the Z report PDF does not say what it is"
pdftotext "$work/z.pdf" - 2>/dev/null | grep -q "Over/short total" || fail "the Z report PDF lacks the over/short"
pdftoppm -r 110 -png "$work/z.pdf" "$work/z" 2>/dev/null
zbarimg -q --raw "$work"/z-1.png 2>/dev/null | head -c -1 > "$work/z-qr.txt"
grep -q "^tillbook.local/CLI-01$" "$work/z-qr.txt" || fail "no checkpoint decoded from the Z report: $(head -c 80 "$work/z-qr.txt")"
expect 0 "^verified: checkpoint of the first" -- "$tillctl" verify-receipt --data "$d" "$(cat "$work/z-qr.txt")"
expect 1 "NOT verified" -- "$tillctl" verify-receipt --data "$d" "$(sed '2s/.*/1/' "$work/z-qr.txt")"
expect 0 "wrote $work/slip.pdf" -- "$tillctl" print slip --data "$d" --drawer "$drawer" --pdf "$work/slip.pdf"
pdftotext "$work/slip.pdf" - 2>/dev/null | grep -q "TOTAL DEPOSIT" || fail "the deposit slip has no total"
pdftotext "$work/slip.pdf" - 2>/dev/null | grep -q "First Prairie Bank" || fail "the deposit slip does not name the bank"
expect 0 "wrote $work/x.pdf" -- "$tillctl" print x --data "$d" --drawer "$drawer" --pdf "$work/x.pdf"
expect 2 "is not a refund" -- "$tillctl" print refund --data "$d" --seq 1 --pdf "$work/refund.pdf"

# As the counter prints: kept under the data directory and sent to CUPS through lp (a stand-in here).
expect 0 "no printer queue is set" -- "$tillctl" print receipt --data "$d" --receipt "$receipt" --send
printf '#!/bin/sh\nprintf "%%s " "$@" > "%s"\necho "request id is Front-3 (1 file(s))"\n' "$work/lp-args" > "$work/lp"
chmod +x "$work/lp"
expect 0 'printing.cups_queue = "Front"' -- "$tillctl" settings set --data "$d" printing.cups_queue Front
TILLBOOK_LP="$work/lp" expect 0 "sent to printer Front" -- "$tillctl" print z --data "$d" --drawer "$drawer" --send
grep -q "^-d Front -t Z report $drawer -- $d/printouts/" "$work/lp-args" || fail "lp was called as: $(cat "$work/lp-args")"
TILLBOOK_LP=/nonexistent/lp expect 1 "saved but not printed" -- "$tillctl" print z --data "$d" --drawer "$drawer" --send
expect 0 "wrote $work/samples/receipt-letter.pdf" -- "$tillctl" print samples --out "$work/samples"

# Account maintenance and the history that answers the phone.
expect 0 "account 100101 changed at seq" -- "$tillctl" account change --data "$d" --account 100101 --phone "217-555-0142" --reason "new number"
expect 2 "7 to 15 digits" -- "$tillctl" account change --data "$d" --account 100101 --phone 12
expect 0 "note recorded at seq" -- "$tillctl" account note --data "$d" --account 100101 "Called about a high bill"
# (Any account with a bill still open after the simulated day: which ones are paid depends on the simulation.)
adjust_account=$(sqlite3 "$d/tillbook.db" "SELECT account FROM bills WHERE open_cents > 100 ORDER BY account LIMIT 1")
adjust_bill=$(sqlite3 "$d/tillbook.db" "SELECT id FROM bills WHERE account = '$adjust_account' AND open_cents > 100 LIMIT 1")
expect 0 "bill $adjust_bill adjusted by -\\\$1.00" -- "$tillctl" account adjust --data "$d" --bill "$adjust_bill" --amount -1.00 --reason "leak credit"
expect 2 "below zero" -- "$tillctl" account adjust --data "$d" --bill "$adjust_bill" --amount -100000 --reason "too much"
expect 0 "Note: Called about a high bill" -- "$tillctl" account history --data "$d" --account 100101
expect 0 '"kind": "bill.adjusted"' -- "$tillctl" account history --data "$d" --account "$adjust_account" --kind bill. --json
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check
order_date=$(date -u -d "+3 days" +%F)
order_out=$("$tillctl" orders create --data "$d" --account 100108 --type stop --date "$order_date" --reason "moving out" 2>&1)
grep -qE "^order CLI-01-S[0-9]{6} \(stop\) for account 100108 on $order_date" <<<"$order_out" || fail "orders create printed '$order_out'"
order_id=$(awk '{print $2}' <<<"$order_out")
expect 2 "is closed" -- "$tillctl" orders create --data "$d" --account 100192 --type start --date "$order_date" --reason "new tenant"
expect 2 "closing meter reading" -- "$tillctl" orders update --data "$d" --id "$order_id" --status done
expect 0 "is done" -- "$tillctl" orders update --data "$d" --id "$order_id" --status done --reading 00731
expect 0 "^$order_id,100108,stop," -- "$tillctl" orders export --data "$d" --status done
expect 0 "wrote $work/order.pdf" -- "$tillctl" orders print --data "$d" --id "$order_id" --pdf "$work/order.pdf"
pdftotext "$work/order.pdf" - 2>/dev/null | grep -q "Closing meter reading" || fail "the order PDF lacks its field report"

# A mail batch: control figures, a stub's scan line (a bad check digit refused), a declined check to the exceptions,
# closed only in balance; then the supervisor's review of it.
today=$(date -u +%F)
batch_out=$("$tillctl" batch open --data "$d" --operator ana --count 2 --total 75.00 --note "Mail" 2>&1)
batch_id=$(grep -oE "CLI-01-M[0-9]{6}" <<<"$batch_out" | head -1)
[ -n "$batch_id" ] || fail "batch open printed '$batch_out'"
stub=$(python3 -c "
d='0000100115'+'0000005000'
s=sum((lambda n: n*2-9 if n*2>9 else n*2)(int(c)) if i%2==0 else int(c) for i,c in enumerate(reversed(d)))
print(d, (10-s%10)%10)")
bad_stub="${stub%?}$(( (${stub: -1} + 1) % 10 ))"
expect 2 "Remittance not recorded: the scan line's check digit" -- "$tillctl" batch key --data "$d" --operator ana --batch "$batch_id" --scan "$bad_stub" --amount 50.00 --micr "T021000021T 77788899U 3001" --date "$today"
expect 0 "item 1: account 100115 \\\$50.00 accepted" -- "$tillctl" batch key --data "$d" --operator ana --batch "$batch_id" --scan "$stub" --amount 50.00 --micr "T021000021T 77788899U 3001" --date "$today"
expect 2 "out of balance" -- "$tillctl" batch close --data "$d" --operator ana --batch "$batch_id"
expect 0 "item 2: account 100122 \\\$25.00 exception" -- "$tillctl" batch key --data "$d" --operator ana --batch "$batch_id" --account 100122 --amount 25.00 --micr "T021000022T 77788899U 3002" --date "$today"
expect 0 "1 payment\(s\) posted for \\\$50.00, 1 exception\(s\) for \\\$25.00" -- "$tillctl" batch close --data "$d" --operator ana --batch "$batch_id"
expect 0 '"deposit_total": "50.00"' -- "$tillctl" batch show --data "$d" --batch "$batch_id" --json
expect 0 "wrote $work/slip.pdf" -- "$tillctl" batch print --data "$d" --batch "$batch_id" --pdf "$work/batch.pdf" --slip "$work/slip.pdf"
pdftotext "$work/batch.pdf" - 2>/dev/null | grep -q "Exceptions: return to the customer by mail" || fail "the batch proof list lacks its exceptions"
expect 0 "batch	$batch_id	ana	balanced" -- "$tillctl" review day --data "$d"
expect 2 "nobody approves their own work" -- "$tillctl" review approve --data "$d" --operator ana --batch "$batch_id"
expect 2 "supervisor role" -- "$tillctl" review approve --data "$d" --operator ben --batch "$batch_id"
expect 0 "is rejected" -- "$tillctl" review reject --data "$d" --operator sam --batch "$batch_id" --reason "item 2's letter is missing"
expect 0 "is balanced" -- "$tillctl" review resubmit --data "$d" --operator ana --batch "$batch_id" --reason "letter attached"
expect 0 "is approved" -- "$tillctl" review approve --data "$d" --operator sam --batch "$batch_id"
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check

# Payment arrangements: the quote as JSON, an arrangement on a demo account, its note with a verifiable code.
expect 0 '"total_of_payments": "1239.32"' -- "$tillctl" arrangement quote --principal 1500 --down 300 --installments 12 --frequency monthly --rate 6 --first 2026-12-27 --today 2026-11-27 --json
expect 0 '"payment": "103.24"' -- "$tillctl" arrangement quote --principal 1500 --down 300 --installments 12 --frequency monthly --rate 6 --first 2026-12-27 --today 2026-11-27 --json
expect 0 '"apr": "5.48"' -- "$tillctl" arrangement quote --principal 1500 --down 300 --installments 12 --frequency monthly --rate 6 --first 2027-01-15 --today 2026-11-27 --json
expect 2 "The first installment cannot be due in the past" -- "$tillctl" arrangement quote --principal 100 --installments 2 --frequency weekly --rate 0 --first 2020-01-01
expect 2 "--rate is an annual percentage" -- "$tillctl" arrangement quote --principal 100 --installments 2 --frequency weekly --rate -5 --first 2030-01-01
first=$(date -u -d "+20 days" +%F)
owing=$(sqlite3 "$d/tillbook.db" "SELECT account FROM bills WHERE open_cents > 0 GROUP BY account HAVING SUM(open_cents) < 50000 ORDER BY account LIMIT 1")
before=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")
expect 2 "needs at least one installment" -- "$tillctl" arrangement create --data "$d" --account "$owing" --installments 0 --frequency monthly --rate 5 --first "$first"
[ "$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")" = "$before" ] || fail "a refused arrangement wrote a record"
expect 0 "^arrangement CLI-01-P000001 recorded at seq" -- "$tillctl" arrangement create --data "$d" --account "$owing" --installments 3 --frequency monthly --rate 5 --first "$first"
expect 0 "\(active\) on account $owing" -- "$tillctl" arrangement show --data "$d" --id CLI-01-P000001
expect 0 "0 arrangement\(s\) broken" -- "$tillctl" arrangement review --data "$d"
expect 0 "wrote $work/note.pdf" -- "$tillctl" print note --data "$d" --arrangement CLI-01-P000001 --pdf "$work/note.pdf"
pdftotext "$work/note.pdf" - 2>/dev/null | grep -q "PROMISSORY NOTE CLI-01-P000001" || fail "the note does not name itself"
pdftotext "$work/note.pdf" - 2>/dev/null | grep -q "Total of Payments" || fail "the note has no total of payments"
pdftotext "$work/note.pdf" - 2>/dev/null | grep -q "ANNUAL PERCENTAGE RATE" || fail "the note has no APR"
pdftoppm -r 110 -png "$work/note.pdf" "$work/note" 2>/dev/null
note_code=$(zbarimg -q --raw "$work"/note-1.png 2>/dev/null)
expect 0 "^verified: promissory note CLI-01-P000001" -- "$tillctl" verify-receipt --data "$d" "$note_code"
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$d" --check

# Devices against the simulators: a network printer that keeps its jobs, and a check reader on a pseudo-terminal.
expect 0 "no receipt printer is set up" -- "$tillctl" device status --data "$d"
"$tillctl" sim printer --listen 127.0.0.1:0 --out "$work/sim-jobs" --hold-drawer-open < /dev/null > "$work/sim.log" 2>&1 &
sim=$!
for _ in $(seq 600); do grep -q "listening on" "$work/sim.log" && break; sleep 0.1; done
address=$(sed -n 's/^printer simulator listening on \([^;]*\);.*/\1/p' "$work/sim.log")
[ -n "$address" ] || fail "the printer simulator did not start: $(cat "$work/sim.log")"
printf '{"printer": {"transport": "tcp", "address": "%s"}, "drawer": {"via": "printer", "open_when": "high"}}\n' "$address" > "$d/devices.json"
expect 0 "^ready: The receipt printer is ready" -- "$tillctl" device status --data "$d"
expect 0 "cash drawer: closed" -- "$tillctl" device status --data "$d"
expect 0 "^Printed" -- "$tillctl" device test-print --data "$d"
[ -f "$work/sim-jobs/job-0001.bin" ] || fail "the simulator kept no job"
expect 2 "needs a reason" -- "$tillctl" device test-drawer --data "$d"
expect 0 "drawer opened for ledger record [0-9]+" -- "$tillctl" device test-drawer --data "$d" --reason "new drawer cable"
expect 0 "cash drawer: open" -- "$tillctl" device status --data "$d"
kill "$sim"; wait "$sim" 2>/dev/null
grep -q "1 job(s) received, 1 drawer kick(s)" "$work/sim.log" || fail "the simulator's tally: $(tail -1 "$work/sim.log")"
expect 1 "does not answer" -- "$tillctl" device test-print --data "$d"
printf '{"printer": {"transport": "tcp", "adress": "x"}}\n' > "$d/devices.json"
expect 3 "devices.json: printer.adress is not a setting here" -- "$tillctl" device status --data "$d"
"$tillctl" sim micr --line "T021000021T 123456789U 1042" --delay-ms 1500 > "$work/micr.log" 2>&1 &
micr=$!
for _ in $(seq 600); do grep -q "check reader simulator on" "$work/micr.log" && break; sleep 0.1; done
pts=$(sed -n 's/^check reader simulator on \([^ ]*\).*/\1/p' "$work/micr.log")
printf '{"micr": {"transport": "serial", "address": "%s", "timeout_ms": 30000}}\n' "$pts" > "$d/devices.json"
expect 0 "routing 021000021, account 123456789, serial 1042" -- "$tillctl" device read-check --data "$d"
wait "$micr"
rm -f "$d/devices.json"

# Key problems: one sentence, non-zero, nothing written.
before=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")
chmod 644 "$d/keys/station.key"
expect 2 "can be read by other users" -- "$tillctl" checkpoint --data "$d"
chmod 600 "$d/keys/station.key"
mv "$d/keys/station.key" "$work/saved.key"
expect 2 "is missing" -- "$tillctl" checkpoint --data "$d"
mv "$work/saved.key" "$d/keys/station.key"
after=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records")
[ "$before" = "$after" ] || fail "a refused command wrote records ($before -> $after)"

# Tampering is caught and named.
sqlite3 "$d/tillbook.db" "DROP TRIGGER ledger_records_no_update; UPDATE ledger_records SET body = replace(body, 'Ana', 'Ann') WHERE seq = 3"
expect 1 "seq 3: hash mismatch \(record changed\)" -- "$tillctl" verify --data "$d"

# Not a Tillbook database, and a newer format.
n="$work/notdb"; mkdir -p "$n"; echo "plain text" > "$n/tillbook.db"
expect 2 "is not a Tillbook database" -- "$tillctl" verify --data "$n"
s="$work/sqlite"; mkdir -p "$s"; sqlite3 "$s/tillbook.db" "CREATE TABLE t(x)"
expect 2 "is not a Tillbook database" -- "$tillctl" export --data "$s" --format jsonl

# A second writer is refused while the first holds the directory.
w="$work/busy"
"$tillctl" init --data "$w" --station BUSY-01 >/dev/null
exec 9>"$w/tillbook.lock"
flock -n 9 && echo "other-program pid 12345" >&9
expect 3 "is in use by another process \(other-program pid 12345" -- "$tillctl" checkpoint --data "$w"
exec 9>&-

# Bad input: one clear sentence, exit 2 and no record written; exports a spreadsheet opens safely (a fresh station).
records() { sqlite3 "$b/tillbook.db" "SELECT COUNT(*) FROM ledger_records"; }
# expect_refused PATTERN -- command...: exit 2 with PATTERN, and the ledger unchanged
expect_refused() {
  local before after
  before=$(records)
  expect 2 "$@"
  after=$(records)
  [ "$before" = "$after" ] || fail "a refused command wrote records ($before -> $after): ${*:3}"
}

b="$work/bad-input"
"$tillctl" demo --data "$b" --station BAD-01 >/dev/null || fail "demo"

# The FedACH directory: an empty file, NUL bytes and a cut download leave the directory in use as it was.
expect 0 "18198 participants" -- "$tillctl" routing import --data "$b" "$fedach"
: > "$work/empty.txt"
expect_refused "the file is empty" -- "$tillctl" routing import --data "$b" "$work/empty.txt"
head -c 465 /dev/zero > "$work/zeros.txt"   # three records' worth of a download never written
expect_refused "line 1: the file holds NUL bytes" -- "$tillctl" routing import --data "$b" "$work/zeros.txt"
head -n 9000 "$fedach" > "$work/cut.txt"
expect_refused "drop 9198 of the 18198 routing numbers in use.*--replace-smaller" -- "$tillctl" routing import --data "$b" "$work/cut.txt"
last=$(tail -n 1 "$fedach" | cut -c1-9)
expect 0 "^$last	" -- "$tillctl" routing show --data "$b" "$last"
expect 0 "9000 participants" -- "$tillctl" routing import --data "$b" "$work/cut.txt" --replace-smaller
expect 1 "is not in the FedACH directory" -- "$tillctl" routing show --data "$b" "$last"

# Import files: a 2 MB line or field is refused with its line before it is copied around; control characters too.
header="number,name,service_address,mailing_address,phone,email,status"
{ echo "$header"; echo "900001,Ann,1 Main St,,,,active"; printf '900002,Bo,'; head -c 2097152 /dev/zero | tr '\0' x; echo ",,,,active"; } > "$work/long-line.csv"
expect_refused "line 3 is longer than 65536 bytes" -- "$tillctl" accounts import --data "$b" "$work/long-line.csv"
{ echo "$header"; echo "900001,Ann,1 Main St,,,,active"; printf '900002,Bo,"'; head -c 2097152 /dev/zero | tr '\0' x | fold -w 100; echo '",,,,active'; } > "$work/long-field.csv"
expect_refused "line 3, column service_address: the field is longer than 4096 bytes" -- "$tillctl" accounts import --data "$b" "$work/long-field.csv"
{ echo "$header"; printf '900003,Eve\xc2\x85Smith,1 Main St,,,,active\n'; } > "$work/control.csv"
expect_refused "line 2, column name: .*control character" -- "$tillctl" accounts import --data "$b" "$work/control.csv"

# A bill the station has keeps its account and amount: a file that changes them is refused with the line.
bill=$(sqlite3 -separator , "$b/tillbook.db" "SELECT id, account, kind, due_date, printf('%d.%02d', amount_cents / 100, amount_cents % 100 + 1), fund FROM bills WHERE amount_cents % 100 < 99 ORDER BY id LIMIT 1")
printf 'id,account,kind,due_date,amount,fund\n%s\n' "$bill" > "$work/changed-bill.csv"
expect_refused "line 2, column amount: bill .* is for \\\$[0-9.,]+, not \\\$[0-9.,]+; a billed amount does not change" -- "$tillctl" bills import --data "$b" "$work/changed-bill.csv"

# Exports: a text cell that a spreadsheet would run as a formula is neutralized and quoted as RFC 4180 says.
order_date=$(date -u -d "+3 days" +%F)
"$tillctl" orders create --data "$b" --account 100108 --type stop --date "$order_date" --reason '=HYPERLINK("http://x")' >/dev/null || fail "orders create"
"$tillctl" orders create --data "$b" --account 100108 --type stop --date "$order_date" --reason "=cmd|' /C calc'!A0" >/dev/null || fail "orders create"
expect 0 ",\"'=HYPERLINK\(\"\"http://x\"\"\)\",0\.00," -- "$tillctl" orders export --data "$b"
expect 0 ",'=cmd\|' /C calc'!A0,0\.00," -- "$tillctl" orders export --data "$b"
"$tillctl" orders export --data "$b" | grep -qE ',"?=' && fail "the orders export has a cell starting with ="

# Bank deposits over simulated days: simulate prepares and confirms each day's deposit; each one, recomputed from the
# exported records alone, ties out; the refusals write nothing; the slip prints the bank's fields.
dep="$work/deposits"
bad_input_station="$b"; b="$dep" # expect_refused counts the records of $b
"$tillctl" demo --data "$dep" --station DEP-01 >/dev/null || fail "demo for deposits"
# (Settings are records dated now, after which no day can be simulated: simulate sets the demo bank itself.)
expect 0 "3 bank deposit\(s\) prepared and confirmed" -- "$tillctl" simulate --data "$dep" --days 3 --seed 5
expect_refused "deposit.bank_routing: " -- "$tillctl" settings set --data "$dep" deposit.bank_routing 123456789
"$tillctl" export --data "$dep" --format jsonl > "$work/dep-ledger.jsonl" || fail "export for deposits"
for day in $(sqlite3 "$dep/tillbook.db" "SELECT DISTINCT date(opened_ms / 1000, 'unixepoch') FROM drawers ORDER BY 1"); do
  expect 0 '"total": "[0-9]+\.[0-9]{2}"' -- "$tillctl" deposit list --data "$dep" --day "$day" --json
  python3 -c 'import json, sys; json.dump(json.load(sys.stdin)[0], sys.stdout)' <<<"$out" > "$work/deposit-$day.json"
  python3 "$(dirname "$0")/deposit_from_ledger.py" "$work/dep-ledger.jsonl" "$work/deposit-$day.json" 20000 || fail "the deposit of $day"
  expect_refused "nothing to deposit for $day" -- "$tillctl" deposit prepare --data "$dep" --day "$day" --bag B --operator sam
done
first=$(sqlite3 "$dep/tillbook.db" "SELECT id FROM deposits ORDER BY prepared_seq LIMIT 1")
drawer1=$(sqlite3 "$dep/tillbook.db" "SELECT id FROM deposit_sources WHERE kind = 'drawer' LIMIT 1")
expect_refused "drawer $drawer1 is already in deposit $first" -- "$tillctl" deposit prepare --data "$dep" --day 2026-01-01 --bag B --drawer "$drawer1" --operator sam
expect_refused "there is no deposit \"DEP-01-DP000099\"" -- "$tillctl" deposit confirm --data "$dep" --deposit DEP-01-DP000099 --amount 1 --reference R --operator sam
expect_refused "deposit $first was already confirmed by the bank" -- "$tillctl" deposit confirm --data "$dep" --deposit "$first" --amount 0.01 --reference R --operator sam
expect 0 "deposit $first \(confirmed\)" -- "$tillctl" deposit list --data "$dep"
expect 0 "wrote $work/deposit.pdf" -- "$tillctl" print deposit --data "$dep" --deposit "$first" --pdf "$work/deposit.pdf"
pdftotext "$work/deposit.pdf" - 2>/dev/null | grep -q "Routing 071900003" || fail "the deposit slip lacks the bank's routing number"
pdftotext "$work/deposit.pdf" - 2>/dev/null | grep -q "How the cash ties out" || fail "the deposit slip lacks its tie-out"
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$dep" --check
# The general-ledger journal: the chart of accounts as settings, the export's columns, its refusals in one sentence.
day1=$(sqlite3 "$dep/tillbook.db" "SELECT day FROM deposits ORDER BY prepared_seq LIMIT 1")
expect 0 "^gl.fund.WATER	\"4110\"" -- "$tillctl" settings list --data "$dep"
expect_refused "gl.account.bank: a general-ledger account is letters, digits" -- "$tillctl" settings set --data "$dep" gl.account.bank "=1010"
expect_refused "there is no setting .gl.fund.water." -- "$tillctl" settings set --data "$dep" gl.fund.water 4110
expect 0 "wrote $work/gl.csv" -- "$tillctl" export gl --data "$dep" --day "$day1" --out "$work/gl.csv"
head -1 "$work/gl.csv" | tr -d '\r' | grep -qx "date,account,fund,debit,credit,memo,seq" || fail "the journal's header: $(head -1 "$work/gl.csv")"
grep -qE "^$day1,1010,,[0-9]+\.[0-9]{2},,\"?deposit DEP-01-DP" "$work/gl.csv" || fail "the journal lacks its bank debit: $(head -3 "$work/gl.csv")"
expect 0 '"debits": "[0-9]+\.[0-9]{2}"' -- "$tillctl" export gl --data "$dep" --day "$day1" --format json
expect 2 "--format is csv or json" -- "$tillctl" export gl --data "$dep" --day "$day1" --format xml
expect 2 "--day must be a date" -- "$tillctl" export gl --data "$dep" --day 2026-13-01
expect 2 "nothing was deposited for 2026-01-02; prepare the day's deposit before its journal" -- "$tillctl" export gl --data "$dep" --day 2026-01-02
"$tillctl" settings set --data "$dep" gl.account.card_clearing "" >/dev/null || fail "unset card clearing"
expect 2 "posts to the setting gl.account.card_clearing, which names no general-ledger account yet" -- "$tillctl" export gl --data "$dep" --day "$day1"
b="$bad_input_station"

# Thirty simulated days: every deposit equals what its drawers, batches and drops say, the journal balances and ties to
# the deposits, the card tenders and the posting export, all recomputed from the exported records alone; and no value
# in the database or any export is a card number.
gl="$work/gl"
mkdir -p "$work/gl-out"
"$tillctl" demo --data "$gl" --station GL-01 >/dev/null || fail "demo for the journal"
expect 0 "30 day\(s\) simulated: .*" -- "$tillctl" simulate --data "$gl" --days 30 --seed 11
echo "$out" | grep -c "^journal of .*: [0-9]* lines, debits \$[0-9,.]* = credits" | grep -qx 30 || fail "simulate wrote 30 journals: $out"
"$tillctl" export --data "$gl" --format jsonl > "$work/gl-out/ledger.jsonl" || fail "export for the journal"
"$tillctl" settings list --data "$gl" > "$work/gl-out/settings.txt" || fail "settings list"
days=$(sqlite3 "$gl/tillbook.db" "SELECT DISTINCT day FROM deposits ORDER BY 1")
[ "$(echo "$days" | wc -l)" = 30 ] || fail "30 days deposited: $days"
for day in $days; do
  "$tillctl" export gl --data "$gl" --day "$day" --out "$work/gl-out/$day.gl.csv" >/dev/null || fail "export gl $day"
  "$tillctl" deposit list --data "$gl" --day "$day" --json > "$work/gl-out/$day.deposits.json" || fail "deposit list $day"
  "$tillctl" export payments --data "$gl" --date "$day" --out "$work/gl-out/$day.postings.csv" >/dev/null || fail "export payments $day"
  "$tillctl" report activity --data "$gl" --from "$day" --to "$day" --csv > "$work/gl-out/$day.activity.csv" || fail "activity $day"
  cmp -s "$work/gl-out/$day.gl.csv" "$gl/exports/gl-$day.csv" || fail "simulate's journal of $day is not what export gl writes"
done
# shellcheck disable=SC2086
(cd "$(dirname "$0")" && python3 journal_from_ledger.py "$work/gl-out/ledger.jsonl" "$work/gl-out/settings.txt" "$work/gl-out" $days) || fail "the journals against the records"
python3 "$(dirname "$0")/no_card_numbers.py" "$gl/tillbook.db" "$work"/gl-out/* "$gl"/exports/* || fail "a card number in the database or an export"
report=$("$tillctl" report activity --data "$gl" --from "$(echo "$days" | head -1)" --to "$(echo "$days" | tail -1)")
grep -q "Cards (" <<<"$report" || fail "the activity report has no card line: $report"
grep -q "money_order\|fund CREDIT" <<<"$report" && fail "the activity report shows a code or a CREDIT fund: $report"
grep -q "^  Net " <<<"$report" || fail "the activity report has no net line"
expect 0 "projections match the ledger" -- "$tillctl" rebuild --data "$gl" --check
# --help works for every command and subcommand the usage lists: exit 0 and that command's own usage lines.
"$tillctl" --help | grep -E '^  [a-z]' | while read -r first second _; do
  words="$first"
  case "$second" in --*|"") ;; *) words="$first ${second%%|*}" ;; esac
  # shellcheck disable=SC2086
  out=$("$tillctl" $words --help) || { echo "FAIL: tillctl $words --help exits non-zero"; exit 1; }
  echo "$out" | grep -q "^usage: tillctl $words " || { echo "FAIL: tillctl $words --help: $out"; exit 1; }
  echo "$out" | grep -qE "^  $first " || { echo "FAIL: tillctl $words --help lists none of its lines"; exit 1; }
done || fail "--help for every command"
expect 0 "print receipt --data DIR --receipt NUMBER" -- "$tillctl" print receipt --data "$b" -h
expect 0 "office init --data OFFICEDIR" -- "$tillctl" office --help

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all tillctl checks passed"
