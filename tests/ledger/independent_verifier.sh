#!/usr/bin/env bash
# The proof that docs/ledger-format.md is enough: verify_independent.py, written from the document alone, reaches the
# same verdict at the same seq as `tillctl verify` on a station with rotations and checkpoints, intact and tampered.
set -u
tillctl="$1"
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A station: demo records, a rotation, records signed by the new key, checkpoints before and after.
base="$work/base"
"$tillctl" demo --data "$base" --station INDEP-01 >/dev/null || { echo "demo failed"; exit 1; }
"$tillctl" key show --data "$base" | sed -n '/BEGIN PUBLIC KEY/,/END PUBLIC KEY/p' > "$work/genesis.pem"
"$tillctl" checkpoint --data "$base" >/dev/null
# The clock set back two days: a clock.stepped_back record, then records on the wall clock's time ("Time").
faketime -f "-2d" "$tillctl" settings set --data "$base" drawer.tolerance 4.00 >/dev/null || fail "a setting two days back"
[ "$(sqlite3 "$base/tillbook.db" "SELECT COUNT(*) FROM ledger_records WHERE kind = 'clock.stepped_back'")" = 1 ] \
  || fail "no clock.stepped_back record after the clock was set back"
"$tillctl" key rotate --data "$base" --reason "yearly" >/dev/null
echo 4321 | "$tillctl" user add --data "$base" --id zoe --name "Zoë Brandt" --role supervisor >/dev/null
"$tillctl" checkpoint --data "$base" >/dev/null
"$tillctl" key show --data "$base" | sed -n '/BEGIN PUBLIC KEY/,/END PUBLIC KEY/p' > "$work/rotated.pem"
openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl ec -pubout -out "$work/stranger.pem" 2>/dev/null
checkpointed=$(sed -n 2p "$base/checkpoints/latest.txt")

# verdict of each verifier as "ok" or "seq N"
verdict() { python3 -c 'import json,sys; r=json.loads(sys.stdin.readline()); print("ok" if r["ok"] else "seq %s" % ((r.get("problem") or r)["seq"]))'; }

# agree NAME [--key FILE]: both verifiers on a copy of $d; the verdict must be equal (and equal to $want when set)
agree() {
  local name="$1"; shift
  local ours theirs
  ours=$("$tillctl" verify --data "$d" --json "$@" | verdict)
  "$tillctl" export --data "$d" --format jsonl > "$d/export.jsonl"
  local cp=()
  [ -f "$d/checkpoints/latest.txt" ] && cp=(--checkpoint "$d/checkpoints/latest.txt")
  theirs=$(python3 "$here/verify_independent.py" "$d/export.jsonl" "${cp[@]}" "$@" | verdict)
  if [ "$ours" != "$theirs" ]; then fail "$name: tillctl verify says '$ours', the independent verifier '$theirs'"; fi
  if [ -n "${want:-}" ] && [ "$ours" != "$want" ]; then fail "$name: both say '$ours', wanted '$want'"; fi
  echo "$name: $ours"
}
fresh() { d="$work/$1"; rm -rf "$d"; cp -a "$base" "$d"; }
tamper() { sqlite3 "$d/tillbook.db" "DROP TRIGGER ledger_records_no_update; DROP TRIGGER ledger_records_no_delete; $1"; }

fresh intact; want=ok agree "intact, with the latest checkpoint"
fresh genesis-key; want=ok agree "pinned to the genesis key" --key "$work/genesis.pem"
fresh rotated-key; want=ok agree "pinned to the rotated key" --key "$work/rotated.pem"
fresh stranger; want="seq 0" agree "pinned to a stranger's key" --key "$work/stranger.pem"
fresh body; tamper "UPDATE ledger_records SET body = replace(body, 'a', 'b') WHERE seq = 5"
want="seq 5" agree "a changed body"
fresh approver; tamper "UPDATE ledger_records SET approver = 'sam' WHERE seq = 4"
want="seq 4" agree "an approver added"
fresh signature; tamper "UPDATE ledger_records SET signature = X'3006020101020101' WHERE seq = 6"
want="seq 6" agree "a replaced signature"
fresh deleted; tamper "DELETE FROM ledger_records WHERE seq = 7"
want="seq 7" agree "a deleted record"
fresh truncated; tamper "DELETE FROM ledger_records WHERE seq > 3"
want="seq 4" agree "a truncated ledger against latest.txt"
fresh latest-size; sed -i "2s/.*/$((checkpointed - 1))/" "$d/checkpoints/latest.txt"
want="seq $((checkpointed - 1))" agree "latest.txt with another size"
fresh latest-hint; sed -i '5s/INDEP-01 ..../INDEP-01 AAAA/' "$d/checkpoints/latest.txt"
want="seq $checkpointed" agree "latest.txt signed by another key"
fresh latest-origin; sed -i '1s/INDEP-01/INDEP-02/' "$d/checkpoints/latest.txt"
want="seq 0" agree "latest.txt of another origin"
fresh cosigned; printf '\xe2\x80\x94 witness.example.com/w1 AQIDBAUGBwg=\n' >> "$d/checkpoints/latest.txt"
want=ok agree "latest.txt with a witness's cosignature"

if [ "$failures" -ne 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "the independent verifier agrees with tillctl verify"
