#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test through ctest.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"

tillbook_install_packages
tillbook_build
cd "$TILLBOOK_ROOT"
ctest --preset "$TILLBOOK_PRESET" -j2 "$@"
