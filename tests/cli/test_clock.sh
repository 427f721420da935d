#!/usr/bin/env bash
# The ledger survives the wall clock: tillctl run under faketime with the clock set back 10 minutes, back 2 days, and
# forward a year then back; every step back is a signed clock.stepped_back record and `tillctl verify` passes. Then a
# demo station, simulated days and a real write: verify passes.
set -u
tillctl="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
at() { local offset="$1"; shift; faketime -f "$offset" "$@"; }
steps() { sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records WHERE kind = 'clock.stepped_back'"; }

command -v faketime >/dev/null || { echo "FAIL: faketime is not installed (Debian package faketime)"; exit 1; }
# faketime must really move tillctl's clock, or this test proves nothing.
d="$work/probe"
"$tillctl" init --data "$d" --station PROBE-01 >/dev/null || fail "init"
at "+1y" "$tillctl" checkpoint --data "$d" >/dev/null || fail "checkpoint a year ahead"
ahead=$(sqlite3 "$d/tillbook.db" "SELECT time_ms FROM ledger_records ORDER BY seq DESC LIMIT 1")
[ "$ahead" -gt $(( ($(date +%s) + 300 * 86400) * 1000 )) ] || fail "faketime did not move tillctl's clock (last record at $ahead ms)"

d="$work/station"
"$tillctl" init --data "$d" --station CLOCK-01 >/dev/null || fail "init"
"$tillctl" checkpoint --data "$d" >/dev/null || fail "checkpoint now"

# Back 10 minutes: a step back, recorded, and the record after it carries the wall clock's time.
at "-10m" "$tillctl" settings set --data "$d" drawer.tolerance 4.00 >/dev/null || fail "a setting with the clock 10 minutes back"
[ "$(steps)" = 1 ] || fail "10 minutes back: $(steps) clock.stepped_back records, wanted 1"
out=$("$tillctl" verify --data "$d" 2>&1) || fail "verify after 10 minutes back: $out"
grep -q "clock set back at seq 3" <<<"$out" || fail "verify does not report the step back: $out"

# Back 2 days.
at "-2d" "$tillctl" checkpoint --data "$d" >/dev/null || fail "checkpoint with the clock 2 days back"
[ "$(steps)" = 2 ] || fail "2 days back: $(steps) clock.stepped_back records, wanted 2"
"$tillctl" verify --data "$d" >/dev/null || fail "verify after 2 days back: $("$tillctl" verify --data "$d")"

# Within the tolerance: no record of it, and time does not go backwards.
at "-2d" "$tillctl" settings set --data "$d" drawer.tolerance 4.50 >/dev/null || fail "a setting 2 days back, again"
at "-2883m" "$tillctl" settings set --data "$d" drawer.tolerance 5.00 >/dev/null || fail "a setting 3 minutes further back"
[ "$(steps)" = 2 ] || fail "a step within the tolerance was recorded as a step back"
backwards=$(sqlite3 "$d/tillbook.db" "SELECT COUNT(*) FROM ledger_records a JOIN ledger_records b ON b.seq = a.seq + 1 WHERE b.time_ms < a.time_ms AND a.kind <> 'clock.stepped_back'")
[ "$backwards" = 0 ] || fail "$backwards record(s) went back in time without a clock.stepped_back record before them"

# Forward a year (ordinary), then back to now: the correction shows up as a step back.
at "+1y" "$tillctl" settings set --data "$d" drawer.tolerance 5.00 >/dev/null || fail "a setting a year ahead"
[ "$(steps)" = 2 ] || fail "a jump forward was recorded as a step"
"$tillctl" checkpoint --data "$d" >/dev/null || fail "checkpoint back at the real time"
[ "$(steps)" = 3 ] || fail "a year back: $(steps) clock.stepped_back records, wanted 3"
out=$("$tillctl" verify --data "$d" --json) || fail "verify after a year ahead and back: $out"
python3 - "$out" <<'PY' || fail "verify --json does not list the three clock steps: $out"
import json, sys
report = json.loads(sys.argv[1])
steps = report["clock_steps"]
assert report["ok"] and len(steps) == 3, report
assert all(s["wall_clock_ms"] < s["last_record_ms"] for s in steps), steps
PY
"$tillctl" rebuild --data "$d" --check >/dev/null || fail "rebuild --check after the clock steps"

# A demo station, simulated days and then real writes: the first real record is never earlier than a simulated one.
d="$work/demo"
"$tillctl" demo --data "$d" >/dev/null || fail "demo"
"$tillctl" simulate --data "$d" --days 3 --seed 5 >/dev/null || fail "simulate 3 days"
echo 2468 | "$tillctl" user add --data "$d" --id zed --name "Zed Real" --role cashier >/dev/null || fail "a real write after simulate"
[ "$(steps)" = 0 ] || fail "demo + simulate + a real write needed a clock step"
"$tillctl" verify --data "$d" >/dev/null || fail "verify after demo, simulate and a real write: $("$tillctl" verify --data "$d")"
out=$("$tillctl" simulate --data "$d" --days 1 2>&1) && fail "simulate ran into the present: $out"
grep -Eq "leaves -?[0-9]+ whole days? before today" <<<"$out" || fail "simulate into the present was not refused in one sentence: $out"

if [ "$failures" -gt 0 ]; then echo "$failures failure(s)"; exit 1; fi
echo "all clock checks passed"
