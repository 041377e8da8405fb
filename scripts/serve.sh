#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080 with live rebuilds, installing
# whatever is missing on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec trunk serve --release "$@"
