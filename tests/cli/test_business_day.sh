#!/usr/bin/env bash
# Business days in the station's zone, with the wall clock driven by faketime across both of America/Chicago's 2026 DST
# changes: a payment at 23:30 local is that local day's in the posting export, the activity report and the review;
# times are printed local with their zone; a new station takes its zone from TZ. The ledger keeps UTC throughout.
set -u
tillctl="$1"
. "$(dirname "$0")/expect.sh"
command -v faketime >/dev/null || { echo "FAIL: faketime is not installed (Debian package faketime)"; exit 1; }
# at UTC-TIME command...: the wall clock starts at that UTC time (faketime's absolute form keeps it running).
at() { local when="$1"; shift; TZ=UTC faketime -f "@$when" "$@"; }
lastMs() { sqlite3 "$d/tillbook.db" "SELECT time_ms FROM ledger_records ORDER BY seq DESC LIMIT 1"; }
exported() { at "$1" "$tillctl" export payments --data "$d" --date "$2" | grep -c "$3"; }

d="$work/station"
# A new station takes the machine's zone (TZ here) as its station.time_zone, a ledger record.
expect 0 "demo records added" -- at "2026-03-07 12:00:00" env TZ=America/Chicago "$tillctl" demo --data "$d" --station DST-01
expect 0 "^station.time_zone.*\"America/Chicago\"" -- at "2026-03-07 12:01:00" "$tillctl" settings list --data "$d"

# Saturday, March 7, 22:00 CST (04:00Z on the 8th): ana opens her drawer; 23:30 CST (05:30Z on the 8th), a payment.
expect 0 "opened by ana" -- at "2026-03-08 04:00:00" "$tillctl" drawer open --data "$d" --operator ana --float 200
[ "$(lastMs)" -ge 1772942400000 ] && [ "$(lastMs)" -lt 1772942700000 ] || fail "faketime did not set tillctl's clock to 2026-03-08T04:00Z (last record at $(lastMs) ms)"
expect 0 "opened 2026-03-07 22:00 CST" -- at "2026-03-08 04:01:00" "$tillctl" drawer list --data "$d"
expect 0 '"receipt": "DST-01-R000001"' -- at "2026-03-08 05:30:00" "$tillctl" pay --data "$d" --operator ana --account 100101 --tender cash:500 --json
[ "$(exported "2026-03-08 05:31:00" 2026-03-07 DST-01-R000001)" -ge 1 ] || fail "the payment at 23:30 CST on March 7 is not in March 7's export"
[ "$(exported "2026-03-08 05:31:00" 2026-03-08 DST-01-R000001)" = 0 ] || fail "the payment at 23:30 CST on March 7 is in March 8's export"
expect 0 "^2026-03-07" -- at "2026-03-08 05:32:00" "$tillctl" review day --data "$d"
expect 0 "^drawer	DST-01-D000001" -- at "2026-03-08 05:32:00" "$tillctl" review day --data "$d" --day 2026-03-07

# Sunday, March 8 (23 hours): 23:30 CDT is 04:30Z on the 9th.
expect 0 '"receipt": "DST-01-R000002"' -- at "2026-03-09 04:30:00" "$tillctl" pay --data "$d" --operator ana --account 100108 --tender cash:500 --json
[ "$(exported "2026-03-09 04:31:00" 2026-03-08 DST-01-R000002)" -ge 1 ] || fail "the payment at 23:30 CDT on March 8 is not in March 8's export"
expect 0 '"postings": "[1-9]' -- at "2026-03-09 04:32:00" "$tillctl" report activity --data "$d" --from 2026-03-08 --to 2026-03-08 --json
expect 0 "^2026-03-08" -- at "2026-03-09 04:33:00" "$tillctl" review day --data "$d"

# Sunday, November 1 (25 hours): 23:30 CST is 05:30Z on the 2nd; the business day now starts at 02:00, so 01:30 CST on
# the 3rd (07:30Z) is still November 2.
expect 0 '"receipt": "DST-01-R000003"' -- at "2026-11-02 05:30:00" "$tillctl" pay --data "$d" --operator ana --account 100325 --tender cash:500 --json
[ "$(exported "2026-11-02 05:31:00" 2026-11-01 DST-01-R000003)" -ge 1 ] || fail "the payment at 23:30 CST on November 1 is not in November 1's export"
expect 0 "" -- at "2026-11-02 05:40:00" "$tillctl" settings set --data "$d" station.business_day_start 02:00
expect 0 '"receipt": "DST-01-R000004"' -- at "2026-11-03 07:30:00" "$tillctl" pay --data "$d" --operator ana --account 100367 --tender cash:500 --json
[ "$(exported "2026-11-03 07:31:00" 2026-11-02 DST-01-R000004)" -ge 1 ] || fail "the payment at 01:30 CST with the day starting at 02:00 is not in November 2's export"
[ "$(exported "2026-11-03 07:31:00" 2026-11-03 DST-01-R000004)" = 0 ] || fail "the payment at 01:30 CST with the day starting at 02:00 is in November 3's export"

# A zone tzdata does not have is refused with one sentence and records nothing.
expect 2 "is not a time zone in tzdata" -- at "2026-11-03 07:40:00" "$tillctl" settings set --data "$d" station.time_zone Mars/Olympus
expect 2 "is not a time zone in tzdata" -- "$tillctl" init --data "$work/other" --station OTHER-01 --time-zone Mars/Olympus
[ ! -e "$work/other/tillbook.db" ] || fail "init with a zone tzdata does not have created a station"

# The ledger itself is UTC and intact, and the projections are a function of it.
expect 0 "ledger intact" -- at "2026-11-03 07:50:00" "$tillctl" verify --data "$d"
expect 0 "" -- at "2026-11-03 07:51:00" "$tillctl" rebuild --data "$d" --check

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "business days across both DST changes: ok"
