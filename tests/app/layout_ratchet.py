#!/usr/bin/env python3
"""Runs `tillbook --layout-check` and fails on any problem that is not in the list of known ones.

The layout check must one day list nothing (issue: every screen at 1024x768, 1280x800 and 1920x1080, text at 100, 150
and 200 %, English and Spanish). Until then the problems still open are written down in layout-known-problems.txt, and
this test holds the line: a screen change that cuts or overlaps anything new fails here, and each fix shrinks the
list (run with --update to write it again). A key leaves out the quoted texts and Qt's numbers of unnamed types.

usage: layout_ratchet.py TILLBOOK KNOWN_FILE [--update]
"""
import json
import re
import subprocess
import sys


def keys(report):
    out = set()
    for p in report["problems"]:
        # Quoted texts may hold the time of day; an unnamed item's type number (Button_QMLTYPE_7) is Qt's load order.
        problem = re.sub(r'_QMLTYPE_\d+', '', re.sub(r'"[^"]*"', '"…"', p["problem"]))
        item = re.sub(r'_QMLTYPE_\d+', '', p["item"])
        out.add(f'{p["screen"]}|{p["size"]}|{p["text_percent"]}|{p["language"]}|{item}|{problem}')
    return out


def main():
    tillbook, known_file = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv[3:]
    run = subprocess.run([tillbook, "--layout-check"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"tillbook --layout-check exited {run.returncode}: {run.stderr[-2000:]}")
        return 1
    report = json.loads(run.stdout)
    found = keys(report)
    if report["checked"] < 18 or report["checked"] % 18 or not isinstance(report["problems"], list):
        print(f"the check looked at {report['checked']} combinations, not every screen state in 18")
        return 1
    if update:
        # Union with what is written: a problem that comes and goes with the time on screen stays known.
        try:
            found |= {line.rstrip("\n") for line in open(known_file, encoding="utf-8") if line.strip()}
        except FileNotFoundError:
            pass
        with open(known_file, "w", encoding="utf-8") as f:
            f.write("".join(k + "\n" for k in sorted(found)))
        print(f"{len(found)} known problems written")
        return 0
    known = {line.rstrip("\n") for line in open(known_file, encoding="utf-8") if line.strip()}
    new = sorted(found - known)
    fixed = len(known - found)
    print(f"checked {report['checked']}: {len(report['problems'])} problems, {len(found & known)} of them known, "
          f"{len(new)} new; {fixed} known ones no longer seen")
    for k in new[:50]:
        print("NEW:", k)
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
