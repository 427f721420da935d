#!/usr/bin/env python3
"""Check the office's deposits and journal of a day against the windows' records alone.

usage: office_money_check.py DAY DIR STATION...
DIR holds deposits.json (`tillctl office deposit list --day DAY --json`), gl.csv (`tillctl office export gl`),
postings.csv (`tillctl office export payments`) and, per STATION, STATION.jsonl (`tillctl export --format jsonl`),
STATION.settings.txt (`tillctl settings list`) and STATION.deposits.json (`tillctl deposit list --day DAY --json`: what
the window deposited itself). Checks: every window's part of every office deposit equals what that window's drawers,
batches and drops say, recomputed from its records (deposit_from_ledger.py), and the deposit is the sum of its parts;
the window's own deposits likewise; the journal balances; its bank lines are the deposits, the office's and the
windows' own (with what the bank's confirmations said differently); its card clearing is every window's card tenders
(journal_from_ledger.py); its fund credits are the office posting export's, fund by fund. Exits 0, or 1 listing the
problems. A voided office deposit (taken back at the bank) is left out, as the journal leaves it out.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from deposit_from_ledger import deposit_problems, read_ledger  # noqa: E402
from journal_from_ledger import card_tenders, cents, journal_problems, settings  # noqa: E402


def main(day, directory, stations):
    problems = []
    records = {s: read_ledger(os.path.join(directory, f"{s}.jsonl")) for s in stations}
    charts = {s: settings(os.path.join(directory, f"{s}.settings.txt")) for s in stations}
    office = json.load(open(os.path.join(directory, "deposits.json")))
    bank = 0
    office = [d for d in office if d["status"] != "voided"]  # taken back at the bank: in no journal
    for deposit in office:
        if not deposit["signature_valid"]:
            problems.append(f"{deposit['id']}: not signed by the office key")
        parts = deposit["windows"]
        for key in ("cash", "checks", "money_orders", "total", "float_kept"):
            if sum(cents(p[key]) for p in parts) != cents(deposit[key]):
                problems.append(f"{deposit['id']}: {key} is not the sum of the windows' parts")
        if cents(deposit["total"]) != cents(deposit["cash"]) + cents(deposit["checks"]) + cents(deposit["money_orders"]):
            problems.append(f"{deposit['id']}: the total is not cash + checks + money orders")
        if len(deposit["items"]) != sum(len(p["items"]) for p in parts):
            problems.append(f"{deposit['id']}: its items are not the windows' items")
        for part in parts:
            part = dict(part, id=f"{deposit['id']} ({part['station']})", day=deposit["day"])
            float_kept = cents(charts[part["station"]]["deposit.float_kept"])
            problems += deposit_problems(records[part["station"]], part, float_kept)
        bank += cents(deposit["total"]) + cents(deposit.get("difference", "0.00"))
    for s in stations:
        for own in json.load(open(os.path.join(directory, f"{s}.deposits.json"))):
            problems += deposit_problems(records[s], own, cents(charts[s]["deposit.float_kept"]))
            bank += cents(own["total"]) + cents(own.get("difference", "0.00"))

    cards = sum(card_tenders(records[s], day) for s in stations)
    journal, rows = journal_problems(os.path.join(directory, "gl.csv"), os.path.join(directory, "postings.csv"), day,
                                     charts[stations[0]], bank, cards)
    problems += journal
    if not rows or list(rows[0].keys()) != ["date", "account", "fund", "debit", "credit", "memo", "seq"]:
        problems.append("the journal's columns are not a station's")
    for row in rows:
        if row["memo"].split(":")[0] not in stations:
            problems.append(f"line {row}: its memo does not name its window")
    if bank <= 0 or not office:
        problems.append("no office deposit: nothing was tested")
    for problem in problems:
        print(f"{day}: {problem}")
    if not problems:
        print(f"{day}: {len(office)} office deposit(s) and {len(rows)} journal lines tie out across {len(stations)} windows")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
