#!/usr/bin/env bash
# Runs every test: installs what is missing, then
#   1. native tests of the model (rubric, cost, URL, exports, property tests),
#   2. the release bundle (trunk build --release) and its size budget,
#   3. the single-file offline build and a debug build (for the panic view),
#   4. browser tests in headless Chromium against those builds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (model, URL parser, property tests)"
cargo test --locked

step "release build"
trunk build --release

step "size budget (regression guard; the 64 kB target is not met yet, see README)"
node scripts/sizes.mjs dist --budget "${SIZE_BUDGET:-150000}"

step "single-file build"
node scripts/single-file.mjs dist dist-single/rust-or-go.html

step "debug build (for the panic-view test)"
trunk build --dist dist-debug

step "browser tests (headless Chromium)"
DIST=dist DIST_DEBUG=dist-debug SINGLE=dist-single/rust-or-go.html \
  node --test --test-concurrency=1 --test-timeout=180000 tests/browser/*.test.mjs
