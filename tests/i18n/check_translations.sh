#!/bin/bash
# Every message in the screens and controllers has its Spanish translation: the sources are scanned again (lupdate, on
# copies of the .ts files) and lrelease must report nothing unfinished. Every plural ("%n check(s)") has its English
# forms too, or the English screens would show "check(s)".
# usage: check_translations.sh SOURCE_DIR LUPDATE LRELEASE
set -u
src="$1" lupdate="$2" lrelease="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/i18n/tillbook_es.ts" "$work/es.ts"
cp "$src/i18n/tillbook_en.ts" "$work/en.ts"
(cd "$src" && "$lupdate" qml src/app src/core/message_list.h -ts "$work/en.ts" "$work/es.ts" -locations none -no-obsolete) > "$work/lupdate.log" 2>&1 \
  || { cat "$work/lupdate.log"; echo "FAIL: lupdate"; exit 1; }
out=$("$lrelease" "$work/es.ts" -qm "$work/es.qm" 2>&1) || { echo "$out"; echo "FAIL: lrelease"; exit 1; }
echo "$out" | tail -1
# Counted from the file itself: lrelease reports an empty translation as "ignored", not as unfinished.
python3 - "$work/es.ts" "$src/i18n/tillbook_es.ts" "$work/en.ts" <<'PY'
import re, sys, xml.etree.ElementTree as ET
missing = 0
total = 0
mismatched = 0
placeholders = lambda text: sorted(set(re.findall(r"\{[a-z_]+\}", text or "")))
for ctx in ET.parse(sys.argv[1]).getroot():
    for m in ctx.findall("message"):
        total += 1
        t = m.find("translation")
        forms = [f.text for f in t.findall("numerusform")] if m.get("numerus") == "yes" else [t.text]
        # The station's messages name their arguments; a translation must keep every one and add none.
        if ctx.find("name").text == "Message" and any(placeholders(f) != placeholders(m.find("source").text) for f in forms if f):
            mismatched += 1
            print("arguments differ:", m.find("source").text, "|", forms)
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            missing += 1
            print("untranslated:", ctx.find("name").text, "|", m.find("source").text)
plurals = 0
no_english = 0
for ctx in ET.parse(sys.argv[3]).getroot():
    for m in ctx.findall("message"):
        if m.get("numerus") != "yes":
            continue
        plurals += 1
        forms = [f.text for f in m.find("translation").findall("numerusform")]
        if len(forms) < 2 or not all(f and f.strip() and "(s)" not in f and "(es)" not in f for f in forms):
            no_english += 1
            print("no English plural forms:", ctx.find("name").text, "|", m.find("source").text)
committed = sum(1 for ctx in ET.parse(sys.argv[2]).getroot() for m in ctx.findall("message"))
if total == 0 or total < committed // 2:
    print(f"FAIL: the scan found {total} messages where the committed file has {committed}: lupdate read no sources?")
    sys.exit(1)
if missing:
    print(f"FAIL: {missing} of {total} messages have no Spanish translation (update i18n/tillbook_es.ts)")
    sys.exit(1)
if no_english:
    print(f"FAIL: {no_english} of {plurals} plurals have no English forms (update i18n/tillbook_en.ts)")
    sys.exit(1)
if mismatched:
    print(f"FAIL: {mismatched} station messages are translated with other {{arguments}} than their source")
    sys.exit(1)
print(f"all {total} messages have their Spanish translation, and the {plurals} plurals their English forms")
PY
