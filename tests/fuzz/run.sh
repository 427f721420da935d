#!/usr/bin/env bash
# Builds and runs Tillbook's libFuzzer targets (tests/fuzz/fuzz_*.cpp).
#
# Usage: tests/fuzz/run.sh [TARGET...]
#   TARGET        target names without the fuzz_ prefix (default: all), e.g. money checkpoint
# Environment:
#   FUZZ_OUT      build and work directory (default: build/fuzz, relative to the repository root)
#   FUZZ_SECONDS  seconds each target runs, as libFuzzer -max_total_time (default: 30)
#   CXX           compiler (default: clang++-14)
#   FUZZ_ARGS     extra libFuzzer arguments, e.g. "-max_len=65536"
#   FUZZ_CXXFLAGS extra compiler flags, e.g. "-DFUZZ_IMPORT_RAW_MESSAGES_OK" (see fuzz_import_rows.cpp)
# Each target runs on a fresh copy of tests/fuzz/seeds/<name>/ in $FUZZ_OUT/corpus/<name>; crash inputs go to
# $FUZZ_OUT/artifacts/<name>/ and the full log to $FUZZ_OUT/<name>.log. Exits non-zero when any target fails
# to build or the fuzzer reports a crash, a sanitizer error or a property violation (__builtin_trap).

set -u -o pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT" || exit 1
FUZZ_OUT="${FUZZ_OUT:-build/fuzz}"
FUZZ_SECONDS="${FUZZ_SECONDS:-30}"
CXX="${CXX:-clang++-14}"
# shellcheck disable=SC2054 # the commas belong to -fsanitize=
CXXFLAGS=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I src -I .)

# name -> project sources it needs (besides tests/fuzz/fuzz_<name>.cpp)
declare -A SOURCES=(
    [checkpoint]="src/ledger/checkpoint.cpp src/ledger/hash.cpp src/ledger/keys.cpp"
    [base64]="src/ledger/hash.cpp"
    [hex]="src/ledger/hash.cpp"
    [canonical_json]="src/ledger/canonical_json.cpp"
    [money]="src/core/money.cpp src/core/text.cpp"
    [csv]="src/core/csv.cpp src/core/text.cpp"
    [import_rows]="src/core/import_rows.cpp src/core/csv.cpp src/core/money.cpp src/core/text.cpp"
    [micr]="src/core/micr.cpp src/core/money.cpp src/core/text.cpp"
    [escpos]="printing/escpos.cpp printing/codepage.cpp src/core/text.cpp"
    [scan_line]="src/core/scan_line.cpp src/core/money.cpp src/core/text.cpp"
)
ALL=(checkpoint base64 hex canonical_json money csv import_rows micr escpos scan_line)

if [[ $# -gt 0 ]]; then
    TARGETS=("$@")
else
    TARGETS=("${ALL[@]}")
fi

mkdir -p "$FUZZ_OUT"
failed=()
summary=()

for name in "${TARGETS[@]}"; do
    if [[ -z "${SOURCES[$name]+set}" ]]; then
        echo "run.sh: unknown target '$name' (known: ${ALL[*]})" >&2
        failed+=("$name(unknown)")
        continue
    fi
    bin="$FUZZ_OUT/fuzz_$name"
    echo "== building fuzz_$name"
    # shellcheck disable=SC2086 # SOURCES and FUZZ_CXXFLAGS are space-separated lists
    if ! nice -n 10 "$CXX" "${CXXFLAGS[@]}" ${FUZZ_CXXFLAGS:-} "tests/fuzz/fuzz_$name.cpp" ${SOURCES[$name]} -lcrypto -o "$bin"; then
        echo "run.sh: fuzz_$name failed to build" >&2
        failed+=("$name(build)")
        summary+=("fuzz_$name: BUILD FAILED")
        continue
    fi

    corpus="$FUZZ_OUT/corpus/$name"
    artifacts="$FUZZ_OUT/artifacts/$name"
    log="$FUZZ_OUT/$name.log"
    rm -rf "$corpus"
    mkdir -p "$corpus" "$artifacts"
    cp -R "tests/fuzz/seeds/$name/." "$corpus/"

    echo "== running fuzz_$name for ${FUZZ_SECONDS}s"
    # shellcheck disable=SC2086 # FUZZ_ARGS is meant to split into arguments
    nice -n 10 "$bin" -max_total_time="$FUZZ_SECONDS" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} "$corpus" >"$log" 2>&1
    rc=$?
    done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)"
    if [[ $rc -ne 0 ]]; then
        failed+=("$name(crash)")
        summary+=("fuzz_$name: FAILED (exit $rc); see $log and $artifacts/")
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -n 8 >&2
    else
        summary+=("fuzz_$name: ${done_line:-no DONE line, see $log}")
    fi
done

echo
echo "== summary"
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run.sh: failed: ${failed[*]}" >&2
    exit 1
fi
