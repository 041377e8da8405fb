#!/usr/bin/env bash
# Runs every test: installs what is missing (scripts/setup.sh), then
#   1. formatting and lints (rustfmt, clippy natively and for the wasm UI),
#   2. native tests of the model (rubric, cost, URL, exports, property
#      tests, the one security policy), then the golden ADRs read by
#      Backstage's ADR parser (node),
#   3. the release build (three bundles, scripts/build.sh) and its size budgets,
#   4. the single-file offline build and a debug build (for the panic view),
#   5. the reactive-work budget per input (an instrumented counting build),
#   6. browser tests in headless Chromium against those builds,
#   7. the same builds checked in Firefox ESR and WebKitGTK.
set -euo pipefail
cd "$(dirname "$0")/.."

# Brotli bytes a reader downloads (scripts/load-sizes.mjs: every response
# of a page load): the embed (its own bundle), the single page, the system
# view and meeting mode (a bundle each since 2026-12-03; the heaviest of
# the presenter, the room and a ballot). Set within 2 kB of what was
# measured, so they guard what was achieved; the 90, 130 and 200 kB
# targets are met (README, "Size budgets"). The
# single page's figure is its first load (load-sizes.mjs: what the page
# requested before `app-ready`). History: the single page went from
# 195.1 kB to 185.6 kB (ASCII case, a small sort, wasm-opt -Os flags,
# minified glue) while the MADR ADRs, the headline money and the
# embed card were added; the full bundle grew from 254 kB for the ballot
# and the room's checks (+18 kB) and the system's net and horizon figures;
# three-point estimates then added 7.1 kB and 5.5 kB: 192.7 kB and 282.7 kB,
# the embed loading the single page's bundle. 2026-12-01, measured:
#   - an embed-only bundle (feature `embed`: the verdict, the sliders, the
#     headline money, the way out; no toolbar, exports, embed panel,
#     print, cost section, charts or system links): embed 192.7 -> 130.35 kB;
#   - numbers read and written by the browser at the edge (number::Digits:
#     no Rust float parsing or formatting in any bundle): embed 130.35 ->
#     110.63 kB, single page 192.91 -> 173.06 kB, full 283.24 -> 262.78 kB.
# Then, merged 2026-12-02 and measured together: 115.1 / 184.9 / 279.2 kB.
# What those bytes bought: money held in whole cents with one exact
# rounding (money::Exact, Cents, model/payback.rs) and the page's plans
# table with the exports' rows (+3.3 kB single, +3.5 full); the chart's
# range band, the money's range on the embed and presenter and the
# system's ranges (+6.5 kB single, +9.8 full: both ends analysed, the
# ranking's sentence, the range views and export lines); the shared
# toolbar pieces and print block, the room's strip markup and the pull
# chart's legend layout (+1.7 single, +2.9 full). Then `fx`, money in € or
# £ converted from the dollars it is sourced in (the rate field beside the
# currency, the link's rate and its notices, the conversion of defaults
# and list prices on the page and in the system): +0.8 embed, +2.7
# single, +3.6 full, measured 115,883 / 187,607 / 282,758 bytes.
# Then a stand-in for wasm-streams (patches/wasm-streams: the real crate's
# wasm-bindgen exports, kept alive by server_fn's "browser" feature, are
# gone): -5.6 kB embed and single, -5.4 full; the system view's rows as
# one signal per field and its figures as one piece of markup: +1.1 full.
# Measured 110,264 / 181,769 / 278,083 bytes, then 109,963 / 181,500 /
# 277,836 once a plan's money was held once (2026-12-02). Then the
# stylesheet split in two (style/main.css for every view, style/page.css
# for all but the embed) and boot.js minified: -5.0 kB embed, +0.1 single
# (two sheets compress less well than one), +0.1 full; measured 104,934 /
# 181,571 / 277,907 bytes, then 104,940 / 181,682 / 278,204 with the
# printed date written after the first render, then 104,180 / 181,614 /
# 278,239 with the money flips found by the page's list, not by `decide`
# (2026-12-02). Then the full bundle split in two, the system view's
# (feature `system`: no single page) and meeting mode's (feature
# `meeting`: none of the single page's cost section, toolbar, charts,
# embed panel or print view), with boot.js handing an address the
# meeting bundle does not show back to the single page's (+0.1 kB
# boot.js on every page): measured 104,398 / 181,789 / 172,659 (system
# view) / 170,561 (meeting mode) bytes (2026-12-03). Then the single page
# split (scripts/split-bundle.sh, src/ui/single/later.rs): its first load
# (every request before `app-ready`) 181.8 -> 129.0 kB, with one 75.8 kB
# chunk fetched after the first answer (the toolbar, the weights, the
# charts, the currency and cost inputs, the assumptions, the embed panel,
# print); 2026-12-03, 129.4 kB and a 76.0 kB chunk once the page held
# the toolbar's and weights' places and said when the chunk failed. Then
# the embed as plain DOM bound to the page's memos, without Leptos's view
# layer (src/ui/single/embed.rs, src/ui/platform/dom.rs), carried by the
# embed's bundle and the single file only, the other bundles handing an
# embed address to the embed's: embed 103.2 -> 73.9 kB, single page's
# first load 129.6 -> 126.6 kB (its chunk 76.0 -> 77.4), system view
# 172.7 -> 173.4 kB (the hand-over), meeting mode 169.4 -> 168.2 kB;
# then with one reading per shown value shared by the page and the
# embed, 73,981 / 126,584 (chunk 77.5 kB) / 173,421 / 168,370 bytes;
# then with the room's votes check compiled only where the room is,
# 73,901 / 125,023 (chunk 77.7 kB) / 172,889 / 168,236 bytes, measured
# by the fresh-clone test run (2026-12-08).
SIZE_BUDGET_EMBED=${SIZE_BUDGET_EMBED:-75500}
SIZE_BUDGET=${SIZE_BUDGET:-126500}
# The split single page's chunk, fetched after the first answer (no
# target; guarded so it does not grow unnoticed): measured 77.5 kB.
SIZE_BUDGET_AFTER=${SIZE_BUDGET_AFTER:-79000}
SIZE_BUDGET_SYSTEM=${SIZE_BUDGET_SYSTEM:-174500}
SIZE_BUDGET_MEETING=${SIZE_BUDGET_MEETING:-170000}
# Render effects + memos one input re-runs, counted in an instrumented
# build (benches/count): the four rubric-only sliders meet the 15 target;
# experience re-prices the learning, so the cost section moves with it
# (and the money's range: one memo, one render effect, 57 -> 59);
# svc_instances is a keystroke in a twelve-service system (79 measured
# before its rows held one signal per field, so a keystroke no longer
# re-runs the row's other ten fields, and its money became one binding of
# markup instead of thirty: 23 + 12 = 35 measured, target 40); room_vote is the 20th vote added to a room of 19 (336 before the
# room's rows read their own vote and each strip its own spread, drawn as
# one piece of markup: 104 measured). Set at what was achieved, like the
# byte budgets.
# Experience 60 -> 71 (2026-12-02): the page's plans table gained the
# exports' rows (latency and safety cost, total per month, slower work,
# the total over the horizon), each a memo and its figures, and learning
# moves them all.
MAX_RUNS=${MAX_RUNS:-ttm=13,lat=13,safety=13,scale=15,exp=72,svc_instances=37,room_vote=105}

source scripts/setup.sh

t_start=$SECONDS
step() {
  local t=$((SECONDS - t_start))
  printf '\n\033[1m== [%dm%02ds] %s\033[0m\n' $((t / 60)) $((t % 60)) "$*"
}

step "formatting (cargo fmt --check)"
cargo fmt --check

step "lints, native: the model, tests and benches (clippy)"
cargo clippy --locked --all-targets -- -D warnings

step "lints, the wasm UI, all five bundles and the split single page (clippy --target wasm32-unknown-unknown)"
cargo clippy --locked --target wasm32-unknown-unknown --bin rust-or-go -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --bin rust-or-go --features full -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --bin rust-or-go --features system -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --bin rust-or-go --features meeting -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --bin rust-or-go --features embed -- -D warnings
# The served single page as scripts/split-bundle.sh compiles it (chunk! as
# #[lazy]), in that script's target directory.
CARGO_TARGET_DIR=target/split cargo clippy --locked --target wasm32-unknown-unknown --bin rust-or-go \
  --config 'target.wasm32-unknown-unknown.rustflags=["--cfg", "split_chunks"]' -- -D warnings

step "native tests (model, URL parser, property tests, security policy)"
cargo test --locked

step "node tests: the golden ADRs read by Backstage's ADR parser, the deploy's origin rewrite"
node --test tests/node/*.test.mjs

step "release build: the single page, the embed, the system view, meeting mode and the single-file build's bundle (scripts/build.sh)"
scripts/build.sh dist

step "size budgets: $SIZE_BUDGET_EMBED (embed), $SIZE_BUDGET (single page, first load), $SIZE_BUDGET_AFTER (its chunk), $SIZE_BUDGET_SYSTEM (system view) and $SIZE_BUDGET_MEETING (meeting mode) bytes brotli, as a reader downloads them"
node scripts/sizes.mjs dist
node scripts/load-sizes.mjs dist --budget-embed "$SIZE_BUDGET_EMBED" --budget "$SIZE_BUDGET" --budget-after "$SIZE_BUDGET_AFTER" --budget-system "$SIZE_BUDGET_SYSTEM" --budget-meeting "$SIZE_BUDGET_MEETING"

step "single-file build"
node scripts/single-file.mjs dist dist-single/rust-or-go.html

step "debug build (for the panic-view test and the numbers corpus, window.__numbers)"
trunk build --dist dist-debug

step "reactive work per input: $MAX_RUNS render effects + memos (counting build)"
benches/count/build.sh dist dist-count
node benches/bench.mjs --dist dist --count-dist dist-count --only counts --max-runs "$MAX_RUNS"

step "browser tests (headless Chromium)"
DIST=dist DIST_DEBUG=dist-debug SINGLE=dist-single/rust-or-go.html \
  node --test --test-concurrency=1 --test-timeout=180000 tests/browser/*.test.mjs

# The same release and single-file builds in the two other engines (Debian's
# firefox-esr via puppeteer-core, WebKitGTK's MiniBrowser via WebKitWebDriver
# under Xvfb); checks that fail on today's build run as TODO unless
# ENGINES_STRICT=1 (tests/engines/checks.mjs says which and why).
step "browser tests (Firefox ESR, WebKitGTK)"
DIST=dist SINGLE=dist-single/rust-or-go.html \
  node --test --test-concurrency=1 --test-timeout=180000 tests/engines/*.test.mjs

step "all tests passed"
