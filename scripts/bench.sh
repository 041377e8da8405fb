#!/usr/bin/env bash
# Benchmark: bundle sizes (raw, gzip, brotli), then the browser benchmark of
# the release bundle against a plain HTML + JS baseline, then the native
# model micro-benchmark. Prints figures; writes bench-results/*.json.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
mkdir -p bench-results
scripts/build.sh
node scripts/sizes.mjs dist --json bench-results/sizes.json
node scripts/load-sizes.mjs dist --json bench-results/load-sizes.json
benches/count/build.sh dist dist-count
node benches/bench.mjs --dist dist --count-dist dist-count --json bench-results/latest.json "$@"
# Start-up per engine (Chromium, Firefox ESR, WebKitGTK): download, compile, mount.
node benches/engines.mjs --dist dist --json bench-results/engines.json
# The README's figures come from this run, never typed by hand.
node scripts/bench-readme.mjs README.md
cargo bench --bench model
