# Shared by the tillctl test scripts (sourced): a temporary directory, a failure count and `expect`.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect CODE PATTERN -- command...: exit code and a line of output (stdout+stderr) matching PATTERN; the output
# stays in $out for the caller
expect() {
  local code="$1" pattern="$2"; shift 3
  local rc
  out=$("$@" 2>&1); rc=$?
  if [ "$rc" != "$code" ]; then fail "$* exited $rc, wanted $code: $out"; return; fi
  if ! grep -qE -- "$pattern" <<<"$out"; then fail "$* printed '$out', wanted /$pattern/"; fi
}
