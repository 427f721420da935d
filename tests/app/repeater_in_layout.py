#!/usr/bin/env python3
"""Fails when a Repeater whose delegates can be destroyed sits directly in a Quick Layout (RowLayout, ColumnLayout,
GridLayout). Qt 6.4's layouts keep a pointer to a deleted delegate until their next polish; a resize before it crashes
in QQuickLayout::effectiveSizePolicy_helper. This made `tillbook --layout-check` die of SIGSEGV in CI. Put the Repeater
in a positioner (Row, Column, Flow, Grid) or use EqualRow.qml. A model that can never change (a list of plain literals,
no qsTr, no binding, as the PIN keypad's digits) keeps its delegates for the item's life and is allowed.

usage: repeater_in_layout.py QML_DIR [FILE ...]   (files default to every .qml under QML_DIR)
"""
import glob
import os
import re
import sys

TYPE_OPEN = re.compile(r'(?:[A-Za-z_.]+\s*:\s*)?([A-Z][A-Za-z0-9_.]*)\s*\{|\{|\}')
CONSTANT_MODEL = re.compile(r'^model:\s*(\d+|\[\s*("[^"\\]*"\s*,\s*)*"[^"\\]*"\s*\])\s*$')


def strip(line):
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    return re.sub(r'//.*', '', line)


def findings(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    stack = []  # (type or "{", line number)
    found = []
    for n, raw in enumerate(lines, 1):
        for m in TYPE_OPEN.finditer(strip(raw)):
            token = m.group(0)
            if token == "}":
                if stack:
                    stack.pop()
                continue
            if token == "{":
                stack.append(("{", n))
                continue
            kind = m.group(1)
            if kind == "Repeater":
                owners = [t for t in stack if t[0] != "{"]
                owner = owners[-1][0] if owners else ""
                if owner.endswith("Layout") and owner != "StackLayout":
                    model = next((l.strip() for l in lines[n:n + 4] if l.strip().startswith("model:")), "")
                    if not CONSTANT_MODEL.match(model):
                        found.append(f"{path}:{n}: a Repeater directly in a {owner}: {model or 'model not found'}")
            stack.append((kind, n))
    return found


def main():
    files = sys.argv[2:] or sorted(glob.glob(os.path.join(sys.argv[1], "**", "*.qml"), recursive=True))
    problems = [f for path in files for f in findings(path)]
    for p in problems:
        print(p)
    print(f"{len(files)} QML files looked at, {len(problems)} Repeaters directly in a layout")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
