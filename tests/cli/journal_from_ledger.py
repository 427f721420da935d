#!/usr/bin/env python3
"""Check each day's general-ledger journal against the ledger's records alone.

usage: journal_from_ledger.py LEDGER.jsonl SETTINGS.txt DIR DAY...
LEDGER.jsonl is `tillctl export --format jsonl`, SETTINGS.txt `tillctl settings list`; DIR holds, per DAY, DAY.gl.csv
(`tillctl export gl`), DAY.deposits.json (`tillctl deposit list --day DAY --json`) and DAY.postings.csv (`tillctl export
payments`). For every day: each deposit equals what its drawers, batches and drops say (deposit_from_ledger.py); the
journal balances; its bank lines are the deposits (and what the bank's confirmation said differently); its card
clearing lines are the day's card tenders less card voids and refunds (and the card batches' over/short), recomputed from the records; its fund credits
are the posting export's, fund by fund, the customers' credit on its own account. Exits 0, or 1 listing the problems.
"""
import csv
import json
import os
import sys

from deposit_from_ledger import bodies, cents, deposit_problems, read_ledger


def cents(text):
    """ "200.00" -> 20000, exactly (no float)."""
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2]) * (-1 if whole.startswith("-") else 1)


def settings(path):
    out = {}
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2:
            out[parts[0]] = parts[1].strip('"')
    return out


def card_tenders(records, day):
    """The day's card tenders less card voids and card refunds, and the card batches' over/short keyed at the closes
    (card clearing holds what the terminals settled), from the records alone."""
    drawers, payments, refunds, counts, over_short = set(), {}, 0, {}, 0
    for record, kind, body in bodies(records):
        if kind == "drawer.opened" and record["time"].startswith(day):
            drawers.add(body["drawer"])
        elif kind == "drawer.counted":
            counts[record["seq"]] = body
        elif kind == "drawer.closed" and body["drawer"] in drawers:
            over_short += counts[body["count_seq"]].get("over_short_cards", 0)
        elif kind == "payment.taken":
            card = sum(t["amount"] for t in body["tenders"] if t["kind"] == "card")
            payments[body["receipt"]] = (body.get("drawer", ""), card)
        elif kind == "payment.voided":
            payments.pop(body["receipt"], None)
        elif kind == "payment.refunded" and body["method"] == "card":
            through = body.get("card_drawer", "")
            if through in drawers or (not through and record["time"].startswith(day)):
                refunds += body["total"]
    return sum(card for drawer, card in payments.values() if drawer in drawers) - refunds + over_short


def journal_problems(gl_path, postings_path, day, chart, bank, cards):
    """The journal at gl_path: every line a debit or a credit of the day, balanced, its bank lines coming to `bank`, its
    card clearing to `cards`, its fund credits the posting export's (postings_path) fund by fund, the customers' credit
    on its own account. Returns the problems and the journal's rows."""
    problems = []
    net, funds = {}, {}
    debits = credits = 0
    with open(gl_path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        debit = cents(row["debit"]) if row["debit"] else 0
        credit = cents(row["credit"]) if row["credit"] else 0
        if row["date"] != day or (debit == 0) == (credit == 0):
            problems.append(f"line {row}: not a debit or a credit of the day")
        debits += debit
        credits += credit
        net[row["account"]] = net.get(row["account"], 0) + debit - credit
        if row["fund"]:
            funds[row["fund"]] = funds.get(row["fund"], 0) + credit - debit
    if debits != credits:
        problems.append(f"debits {debits} are not credits {credits}")
    if net.get(chart["gl.account.bank"], 0) != bank:
        problems.append(f"the bank lines come to {net.get(chart['gl.account.bank'], 0)}, the deposits to {bank}")
    if net.get(chart["gl.account.card_clearing"], 0) != cards:
        problems.append(f"card clearing comes to {net.get(chart['gl.account.card_clearing'], 0)}, the card tenders to {cards}")
    exported = {}
    with open(postings_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            exported[row["fund"]] = exported.get(row["fund"], 0) + cents(row["amount"])
    credit_account = -net.get(chart["gl.account.customer_credit"], 0)
    if credit_account != exported.pop("CREDIT", 0):
        problems.append(f"the customer credit account comes to {credit_account}, unlike the export's CREDIT lines")
    for fund in sorted(set(funds) | set(exported)):
        if funds.get(fund, 0) != exported.get(fund, 0):
            problems.append(f"fund {fund}: the journal credits {funds.get(fund, 0)}, the export says {exported.get(fund, 0)}")
        if fund in funds and chart.get(f"gl.fund.{fund}") is None:
            problems.append(f"fund {fund} has no account in the chart")
    return problems, rows


def check_day(records, chart, directory, day):
    problems = []
    float_kept = cents(chart["deposit.float_kept"])  # settings list shows amounts in dollars
    deposits = json.load(open(os.path.join(directory, f"{day}.deposits.json")))
    if not deposits:
        problems.append("no deposit")
    for deposit in deposits:
        problems += deposit_problems(records, deposit, float_kept)
    bank = sum(cents(d["total"]) + cents(d.get("difference", "0.00")) for d in deposits)
    cards = card_tenders(records, day)
    problems += journal_problems(os.path.join(directory, f"{day}.gl.csv"), os.path.join(directory, f"{day}.postings.csv"),
                                 day, chart, bank, cards)[0]
    return [f"{day}: {p}" for p in problems], cards


def main(ledger_path, settings_path, directory, days):
    records = read_ledger(ledger_path)
    chart = settings(settings_path)
    problems, cards = [], 0
    for day in days:
        day_problems, day_cards = check_day(records, chart, directory, day)
        problems += day_problems
        cards += day_cards
    for problem in problems:
        print(problem)
    if cards <= 0:
        print("no card tenders in these days: nothing was tested of cards")
        return 1
    if not problems:
        print(f"{len(days)} day(s): every deposit, journal, card clearing and fund ties out")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]))
