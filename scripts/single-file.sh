#!/usr/bin/env bash
# Builds the release bundle and packs it into ONE self-contained HTML file,
# dist-single/rust-or-go.html, that works opened straight from disk.
set -euo pipefail
cd "$(dirname "$0")/.."
SETUP_BROWSER=0 source scripts/setup.sh
scripts/build.sh
node scripts/single-file.mjs dist dist-single/rust-or-go.html
