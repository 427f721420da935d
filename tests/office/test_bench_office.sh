#!/usr/bin/env bash
# tillctl bench office at a small size: it starts its own PostgreSQL, and its JSON says every record of every station
# arrived verified, the report day counted every payment of the day, and the offline window's sync sent its records
# and pulled the other window's items. Figures of time are only checked to be figures, never compared.
set -u
tillctl="$1"
out=$(mktemp /tmp/tillbook-bench-office-test.XXXXXX)
trap 'rm -f "$out"' EXIT
if ! "$tillctl" bench office --stations 2 --records 2000 --json > "$out"; then
  echo "FAIL: bench office did not finish"
  cat "$out"
  exit 1
fi
python3 - "$out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
problems = []
def need(cond, what):
    if not cond:
        problems.append(what)
def number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
need(d["stations"] == 2 and d["records"] == 2000, "the sizes asked for")
i = d["ingest"]
need(i["records"] == 2000 and i["verified"] == 2000, "every record verified (%s of %s)" % (i["verified"], i["records"]))
need(i["every_record_verified"] is True, "every_record_verified")
need(sum(r["records"] for r in i["process_runs"]) == 2000, "the process runs verified 2000 records in all")
for key in ("seconds", "records_per_s", "ratio", "publish_seconds", "with_publish_ratio"):
    need(number(i[key]), "ingest." + key + " is a figure")
need(i["target_ratio"] == 0.7 and isinstance(i["met"], bool), "ingest target and met")
m = d["machine"]
need(m["cores"] >= 1 and number(m["openssl_verify_per_s_times_cores"]), "the machine's limit")
need(abs(m["openssl_verify_per_s_times_cores"] - m["openssl_verify_per_s_one_thread"] * m["cores"]) < 1e-6 * m["openssl_verify_per_s_times_cores"],
     "the limit is one thread's rate times the cores")
r = d["report_day"]
# Each station: the genesis and 999 payments, all on the last day.
need(r["stations"] == 2 and r["payments"] == 1998, "report day counted %s payments, not 1998" % r["payments"])
need(len(r["seconds"]) == 3 and all(number(s) for s in r["seconds"]) and isinstance(r["met"], bool), "report day times")
s = d["sync_after_offline"]
need(s["records_sent"] == 1000, "the offline window sent %s records, not 1000" % s["records_sent"])
# The other window's 999 bill payments and the office's signed day summary of the one day.
need(s["items_pulled"] == 1000, "the offline window pulled %s items, not the other window's 999 and the day summary" % s["items_pulled"])
need(number(s["seconds"]) and isinstance(s["met"], bool), "sync time")
if problems:
    print("FAIL: " + "; ".join(problems))
    print(json.dumps(d, indent=2))
    sys.exit(1)
print("ok")
PY
