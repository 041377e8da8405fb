#!/usr/bin/env bash
# The benchmark's counting build: the single-page bundle linked against a
# copy of reactive_graph that counts re-runs of render effects, memos and
# effects (benches/count/patch.mjs), exposed as `window.__runCounts()`.
# Built in a copy of the project, so Cargo.lock and target/ stay untouched;
# the output is dist/ with the single-page bundle's two files replaced.
#   benches/count/build.sh [dist] [out]     (after scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
dist=${1:-dist}
out=${2:-dist-count}
work=target/count
manifest=$(cargo metadata --format-version 1 --locked |
  node -e 'const m = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const p = m.packages.find((p) => p.name === "reactive_graph");
    if (!p) throw new Error("no reactive_graph in cargo metadata");
    console.log(p.manifest_path)')
rm -rf "$work/reactive_graph" "$work/project"
mkdir -p "$work/project"
cp -r "$(dirname "$manifest")" "$work/reactive_graph"
chmod -R u+w "$work/reactive_graph"
node benches/count/patch.mjs "$work/reactive_graph"
cp -r Cargo.toml Cargo.lock src benches "$work/project/"
cat >> "$work/project/Cargo.toml" <<TOML

[patch.crates-io]
reactive_graph = { path = "../reactive_graph" }
TOML
(
  cd "$work/project"
  RUSTFLAGS="--cfg erase_components --cfg count_runs" \
    cargo build --release --target wasm32-unknown-unknown --bin rust-or-go --target-dir ../target
)
wasm-bindgen --target web --no-typescript --out-dir "$work/bindgen" "$work/target/wasm32-unknown-unknown/release/rust-or-go.wasm"
rm -rf "$out"
cp -r "$dist" "$out"
node benches/count/swap.mjs "$out" "$work/bindgen/rust-or-go.js" "$work/bindgen/rust-or-go_bg.wasm"
