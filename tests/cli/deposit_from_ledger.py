#!/usr/bin/env python3
"""Recompute a bank deposit from the ledger alone, and compare it with what tillctl deposit prepare said.

usage: deposit_from_ledger.py LEDGER.jsonl DEPOSIT.json FLOAT_KEPT_CENTS
LEDGER.jsonl is `tillctl export --format jsonl`; DEPOSIT.json is `tillctl deposit prepare --json`. The day's drawers
are those opened that UTC day, its mail batches those keyed that day. Exits 0 when cash, checks and money orders,
total and item count match, 1 with the differences otherwise. Only the records are read: no projection.
"""
import json
import sys


def cents(text):
    units, _, frac = text.lstrip("-").partition(".")
    value = int(units) * 100 + int((frac + "00")[:2])
    return -value if text.startswith("-") else value


def read_ledger(ledger_path):
    return [json.loads(line) for line in open(ledger_path, encoding="utf-8")]


def bodies(records):
    """Each record that is not the ledger's own, with its kind and its body read."""
    for record in records:
        if not record["kind"].startswith("ledger."):
            yield record, record["kind"], json.loads(record["body"])


def deposit_problems(records, deposit, float_kept):
    """What the records say about the deposit's day that the deposit does not: one sentence per difference."""
    day = deposit["day"]
    drawers, batches, payments, counts = {}, set(), {}, {}
    for record, kind, body in bodies(records):
        if kind == "drawer.opened" and record["time"].startswith(day):
            drawers[body["drawer"]] = {"float": body["float"], "counted": 0, "dropped": 0, "net": 0, "paid_out": 0,
                                       "over_short": 0}
        elif kind == "batch.opened" and body["day"] == day:
            batches.add(body["id"])
        elif kind == "payment.taken":
            cash = sum(t["amount"] for t in body["tenders"] if t["kind"] == "cash") - body["change"]
            # A card is settled by the terminal's batch, never carried to the bank.
            items = [t["amount"] for t in body["tenders"] if t["kind"] not in ("cash", "card")]
            payments[body["receipt"]] = (body.get("drawer", ""), body.get("batch", ""), cash, items)
        elif kind == "payment.voided":
            payments.pop(body["receipt"], None)
        elif kind == "payment.refunded" and body["method"] == "cash" and body["drawer"] in drawers:
            drawers[body["drawer"]]["paid_out"] += body["total"]
        elif kind == "drawer.paid_out" and body["drawer"] in drawers:
            drawers[body["drawer"]]["paid_out"] += body["amount"]
        elif kind in ("drawer.dropped", "drawer.picked_up") and body["drawer"] in drawers:
            drawers[body["drawer"]]["dropped"] += body["amount"]
        elif kind == "drawer.counted":
            counts[record["seq"]] = body
        elif kind == "drawer.closed" and body["drawer"] in drawers:
            count = counts[body["count_seq"]]
            drawers[body["drawer"]]["counted"] = count["counted_cash"]
            drawers[body["drawer"]]["over_short"] = count["over_short_cash"]
    items = []
    for drawer, batch, cash, tendered in payments.values():
        if drawer in drawers:
            drawers[drawer]["net"] += cash
            items += tendered
        elif batch in batches:
            items += tendered
    on_hand = sum(d["counted"] + d["dropped"] for d in drawers.values())
    from_figures = sum(d["float"] + d["net"] - d["paid_out"] + d["over_short"] for d in drawers.values())
    problems = []
    if on_hand != from_figures:
        problems.append(f"counted + dropped {on_hand} is not float + taken - paid out + over/short {from_figures}")
    want = {"cash": on_hand - float_kept, "items": sum(items), "count": len(items)}
    got = {"cash": cents(deposit["cash"]), "items": cents(deposit["checks"]) + cents(deposit["money_orders"]),
           "count": len(deposit["items"])}
    for key in want:
        if want[key] != got[key]:
            problems.append(f"{key}: the records say {want[key]}, the deposit {got[key]}")
    if cents(deposit["total"]) != got["cash"] + got["items"]:
        problems.append("the total is not cash + checks + money orders")
    return [f"deposit {deposit['id']} of {day}: {problem}" for problem in problems]


def main(ledger_path, deposit_path, float_kept):
    problems = deposit_problems(read_ledger(ledger_path), json.load(open(deposit_path)), float_kept)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
