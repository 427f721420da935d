#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo station on first use, and starts the Tillbook station UI.
# Usage: ./run.sh [--data DIR] [tillbook options such as --quit-after SECONDS]
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

data=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
data="${data:-${TILLBOOK_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/tillbook}}"

tillbook_install_packages
tillbook_build

# The demo station is made only where there is no station yet: a real station is never given demo data.
if [ ! -e "$data/tillbook.db" ]; then
  "$TILLBOOK_BUILD/src/cli/tillctl" demo --data "$data"
fi

if [ -z "${QT_QPA_PLATFORM:-}" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "There is no display here; to run the station headless, start it with QT_QPA_PLATFORM=offscreen ./run.sh" >&2
  exit 2
fi
exec "$TILLBOOK_BUILD/src/app/tillbook" --data "$data" "${args[@]}"
