#!/usr/bin/env python3
"""Runs `tillbook --layout-check` and fails on any problem it lists.

Every screen state must fit at 1024x768, 1280x800 and 1920x1080, with text at 100, 150 and 200 %, in English and
Spanish (issue: "Screens that fit"): nothing a person must read cut, elided or drawn over another item. The walk is
`tillbook --layout-check` (src/app/layout_check.cpp); this test runs it once and lists what it found, so a failure says
which screen, size, text size, language and item. A walk that dies of a signal, or looks at fewer combinations than
every screen state in 18, fails too.

usage: layout_check.py TILLBOOK
"""
import json
import subprocess
import sys


def main():
    tillbook = sys.argv[1]
    run = subprocess.run([tillbook, "--layout-check"], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        print(f"tillbook --layout-check exited {run.returncode}: {run.stderr[-2000:]}")
        return 1
    report = json.loads(run.stdout)
    problems = report["problems"]
    if report["checked"] < 18 or report["checked"] % 18 or not isinstance(problems, list):
        print(f"the check looked at {report['checked']} combinations, not every screen state in 18")
        return 1
    if (run.returncode == 1) != bool(problems):
        print(f"tillbook --layout-check exited {run.returncode} with {len(problems)} problems listed")
        return 1
    print(f"checked {report['checked']} combinations: {len(problems)} problems")
    for p in problems[:100]:
        print(f'{p["screen"]} {p["size"]} {p["text_percent"]} % {p["language"]}: {p["item"]} "{p["text"]}" {p["problem"]}')
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
