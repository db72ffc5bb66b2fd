#!/usr/bin/env bash
# Sets everything up and starts Knutepunkt on its default database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh release
exec build-release/app/knutepunkt --default-database "$@"
