# Shared by run.sh and test.sh: install missing Debian packages, then configure and build (idempotent).
# Sourced, not executed.

TILLBOOK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TILLBOOK_PRESET="${TILLBOOK_PRESET:-release}"
TILLBOOK_BUILD="$TILLBOOK_ROOT/build/$TILLBOOK_PRESET"

tillbook_say() { printf '==> %s\n' "$*" >&2; }

tillbook_install_packages() {
  local wanted missing=()
  wanted=$(grep -vE '^\s*(#|$)' "$TILLBOOK_ROOT/scripts/debian-packages.txt")
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Tillbook needs these Debian packages and cannot install them without root or sudo: ${missing[*]}" >&2
      exit 1
    fi
  fi
  tillbook_say "installing ${#missing[@]} missing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

tillbook_build() {
  cd "$TILLBOOK_ROOT" || exit 1
  if [ ! -f "$TILLBOOK_BUILD/build.ninja" ]; then
    tillbook_say "configuring ($TILLBOOK_PRESET)"
    cmake --preset "$TILLBOOK_PRESET" >/dev/null || exit 1
  fi
  tillbook_say "building ($TILLBOOK_PRESET)"
  cmake --build --preset "$TILLBOOK_PRESET" || exit 1
}
