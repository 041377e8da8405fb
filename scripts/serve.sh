#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080 with live rebuilds, installing
# whatever the build needs on first run. Serving needs no browser, so the
# browser packages are left to the test command (SETUP_BROWSER=1 adds them).
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_BROWSER=${SETUP_BROWSER:-0} source scripts/setup.sh
# One bundle with every view while developing (`full`); the release build
# splits it by view (scripts/build.sh).
exec trunk serve --release --features full "$@"
