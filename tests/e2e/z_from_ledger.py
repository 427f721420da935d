#!/usr/bin/env python3
"""Recompute a closed drawer's Z report figures from the ledger alone, and compare them with the station's report.

usage: z_from_ledger.py LEDGER.jsonl Z_REPORT.json
LEDGER.jsonl is `tillctl export --format jsonl`; Z_REPORT.json is `tillctl report z --json` for one drawer.
Exits 0 when every figure matches, 1 with the differences otherwise. Only the records are read: no projection.
"""
import json
import sys


def main(ledger_path, z_path):
    z = json.load(open(z_path))
    drawer = z["drawer"]
    want = {"opening_float": 0, "cash_received": 0, "change_given": 0, "checks": 0, "check_count": 0,
            "money_orders": 0, "money_order_count": 0, "payments": 0, "voids": 0, "refunds": 0,
            "drops": 0, "pickups": 0, "paid_outs": 0, "no_sales": 0}
    counted = None
    for line in open(ledger_path, encoding="utf-8"):
        record = json.loads(line)
        kind = record["kind"]
        if kind.startswith("ledger."):
            continue
        body = json.loads(record["body"])
        if body.get("drawer") != drawer:
            continue
        if kind == "drawer.opened":
            want["opening_float"] = body["float"]
        elif kind == "payment.taken":
            want["payments"] += 1
            want["change_given"] += body["change"]
            for t in body["tenders"]:
                if t["kind"] == "cash":
                    want["cash_received"] += t["amount"]
                elif t["kind"] == "check":
                    want["checks"] += t["amount"]
                    want["check_count"] += 1
                else:
                    want["money_orders"] += t["amount"]
                    want["money_order_count"] += 1
        elif kind == "payment.voided":
            want["voids"] += 1  # a void takes the payment's cash and change back out of the drawer's figures
            want["cash_received"] -= body["cash"]
            want["change_given"] -= body["change"]
            want["checks"] -= body["checks"]
            want["check_count"] -= body["check_count"]
            want["money_orders"] -= body["money_orders"]
            want["money_order_count"] -= body["money_order_count"]
        elif kind == "payment.refunded":
            want["refunds"] += 1
            if body["method"] == "cash":  # cash paid out of the drawer: the report lists it with the paid-outs
                want["paid_outs"] += body["total"]
        elif kind == "drawer.dropped":
            want["drops"] += body["amount"]
        elif kind == "drawer.picked_up":
            want["pickups"] += body["amount"]
        elif kind == "drawer.paid_out":
            want["paid_outs"] += body["amount"]
        elif kind == "drawer.no_sale":
            want["no_sales"] += 1
        elif kind == "drawer.counted":
            counted = body
    expected_cash = (want["opening_float"] + want["cash_received"] - want["change_given"] - want["paid_outs"] - want["drops"] - want["pickups"])
    problems = []
    for key, value in want.items():
        if z.get(key) != value:
            problems.append(f"{key}: the report says {z.get(key)}, the ledger gives {value}")
    if z.get("expected_cash") != expected_cash:
        problems.append(f"expected_cash: the report says {z.get('expected_cash')}, the ledger gives {expected_cash}")
    if counted is None:
        problems.append("the ledger has no count for the drawer")
    elif z.get("counted_cash") != counted["counted_cash"]:
        problems.append(f"counted_cash: the report says {z.get('counted_cash')}, the count record says {counted['counted_cash']}")
    if problems:
        print(f"Z report of {drawer} does not match the ledger:")
        for p in problems:
            print("  " + p)
        return 1
    print(f"Z report of {drawer} matches the ledger: {want['payments']} payments, {want['voids']} voids, "
          f"{want['refunds']} refunds, expected cash {expected_cash} cents, counted {counted['counted_cash']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
