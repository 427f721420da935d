#!/bin/bash
# The whole day end to end: drive the station's screens through a cashier's day (tests/qml/e2e/e2e_whole_day.qml),
# then check what it left behind with tillctl alone: the ledger verifies, every Z report's figures are recomputed from
# the ledger's records (z_from_ledger.py) and agree, and each Z report's checkpoint verifies against the ledger.
# usage: whole_day.sh TEST_QML TILLCTL TESTS_SOURCE_DIR
set -u
test_qml="$1" tillctl="$2" src="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

TILLBOOK_E2E_DATA="$work/station" QT_QPA_PLATFORM=offscreen "$test_qml" -input "$src/qml/e2e/e2e_whole_day.qml" \
  > "$work/ui.log" 2>&1 || { cat "$work/ui.log"; fail "the day through the UI did not pass"; }
grep -q "whole day: drawer" "$work/ui.log" || { cat "$work/ui.log"; fail "the UI test did not reach the end of the day"; }

out=$("$tillctl" verify --data "$work/station" 2>&1) || fail "tillctl verify: $out"
grep -q "^ledger intact" <<<"$out" || fail "tillctl verify printed: $out"
echo "$out"

"$tillctl" export --data "$work/station" --format jsonl > "$work/ledger.jsonl" || fail "tillctl export"
drawers=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["kind"] == "drawer.closed":
        print(json.loads(r["body"])["drawer"])' "$work/ledger.jsonl")
[ -n "$drawers" ] || fail "the day closed no drawer"
for drawer in $drawers; do
  "$tillctl" report z --data "$work/station" --drawer "$drawer" --json > "$work/z.json" || fail "tillctl report z $drawer"
  python3 "$src/e2e/z_from_ledger.py" "$work/ledger.jsonl" "$work/z.json" || fail "the Z report of $drawer"
  checkpoint=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["checkpoint"], end="")' "$work/z.json")
  [ -n "$checkpoint" ] || fail "the Z report of $drawer has no checkpoint"
  out=$("$tillctl" verify-receipt --data "$work/station" "$checkpoint" 2>&1) || fail "verify-receipt of $drawer's checkpoint: $out"
  echo "$out" | head -1
done
# The printed Z report says what the ledger says.
zpdf=$(ls "$work/station/printouts/"*/"Z_report_${drawer}"*.pdf 2>/dev/null | head -1) # the last drawer checked above
[ -n "$zpdf" ] || fail "no Z report was printed"
expected=$(python3 -c 'import json, sys; c = json.load(open(sys.argv[1]))["expected_cash"]; print(f"${c // 100:,}.{c % 100:02d}")' "$work/z.json")
pdftotext "$zpdf" - 2>/dev/null | grep -qF -- "$expected" || fail "the printed Z report does not show the expected cash $expected"
# The station stops with a payment on the screen; started again, it offers the payment back and records it once.
TILLBOOK_E2E_DATA="$work/station" QT_QPA_PLATFORM=offscreen "$test_qml" -input "$src/qml/e2e/e2e_stop_1.qml" \
  > "$work/stop1.log" 2>&1 || { cat "$work/stop1.log"; fail "putting a payment on the screen"; }
ls "$work/station/drafts/ben.json" >/dev/null 2>&1 || fail "the payment on the screen was not kept on disk"
TILLBOOK_E2E_DATA="$work/station" QT_QPA_PLATFORM=offscreen "$test_qml" -input "$src/qml/e2e/e2e_stop_2.qml" \
  > "$work/stop2.log" 2>&1 || { cat "$work/stop2.log"; fail "resuming the payment after the stop"; }
grep -o "resumed and recorded as [A-Z0-9-]*" "$work/stop2.log" || fail "the resumed payment was not recorded"
[ ! -e "$work/station/drafts/ben.json" ] || fail "the resumed and recorded payment is still kept on disk"
out=$("$tillctl" verify --data "$work/station" 2>&1) || fail "tillctl verify after the stop: $out"
grep -q "^ledger intact" <<<"$out" || fail "tillctl verify after the stop printed: $out"
# A damaged kept payment is set aside with one sentence; signing in still works.
echo '{"request": null, "due": "x"}' > "$work/station/drafts/ana.json"
TILLBOOK_E2E_DATA="$work/station" QT_QPA_PLATFORM=offscreen "$test_qml" -input "$src/qml/e2e/e2e_stop_3.qml" \
  > "$work/stop3.log" 2>&1 || { cat "$work/stop3.log"; fail "signing in with a damaged kept payment"; }
[ -e "$work/station/drafts/ana.damaged" ] || fail "the damaged file was not set aside"
echo "whole day: passed"
