#!/usr/bin/env bash
# Sets everything up and runs every test (warnings are errors, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j2 "$@"
