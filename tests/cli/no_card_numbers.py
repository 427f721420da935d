#!/usr/bin/env python3
"""Scan every text and integer value of a station's database, and every given export file, for a card number.

usage: no_card_numbers.py TILLBOOK.DB FILE...
A card number: a card brand's prefix, 13 to 19 digits (grouped by single spaces or dashes as people type them) and a
valid Luhn check digit; written here from those rules, not from Tillbook's code. A run of digit groups counts, and so
does any stretch of whole consecutive groups in it ("4242 4242 4242 4242 12" holds one). Hex digests (hashes, roots, key ids: 32 or more hex characters with a letter among them) are skipped:
their digit runs are chance, and nobody types into them. Exits 0 when none is found, 1 listing where.
"""
import re
import sqlite3
import sys

RUN = re.compile(r"\d+(?:[ -]\d+)*")
DIGEST = re.compile(r"(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{32,}")


def luhn(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def branded(digits):
    two, three, four, six = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    return (digits[0] == "4"  # Visa
            or 51 <= two <= 55 or 222100 <= six <= 272099  # Mastercard
            or two in (34, 37)  # American Express
            or four == 6011 or two == 65 or 644 <= three <= 649  # Discover
            or 3528 <= four <= 3589  # JCB
            or 300 <= three <= 305 or two in (36, 38, 39) or four == 3095  # Diners Club
            or two == 62)  # UnionPay


def card_numbers(text):
    found = []
    for run in RUN.finditer(DIGEST.sub(" ", text)):
        groups = re.split(r"[ -]", run.group())
        for first in range(len(groups)):
            for last in range(first, len(groups)):
                digits = "".join(groups[first:last + 1])
                if 13 <= len(digits) <= 19 and branded(digits) and luhn(digits):
                    found.append(digits)
    return found


def main(database, files):
    # The scan can fail: a card number typed as people type it is found, a near miss is not.
    assert card_numbers("paid with 4242 4242 4242 4242 today") == ["4242424242424242"]
    assert card_numbers("x5555-5555-5555-4444,") and card_numbers("12 378282246310005")
    assert not card_numbers("4242 4242 4242 4241") and not card_numbers("1793520000000")
    problems = []
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    values = 0
    for table in tables:
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            for (value,) in db.execute(f'SELECT "{column}" FROM "{table}"'):
                if isinstance(value, (str, int)):
                    values += 1
                    for number in card_numbers(str(value)):
                        problems.append(f"{table}.{column}: {number}")
    for path in files:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            for number in card_numbers(line):
                problems.append(f"{path} line {n}: {number}")
    for problem in problems:
        print(problem)
    if not problems:
        print(f"no card number in {values} database values and {len(files)} export file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
