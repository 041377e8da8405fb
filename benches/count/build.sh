#!/usr/bin/env bash
# The benchmark's counting build: both bundles linked against a
# copy of reactive_graph that counts re-runs of render effects, memos and
# effects (benches/count/patch.mjs), exposed as `window.__runCounts()`.
# Built in a copy of the project, so Cargo.lock and target/ stay untouched;
# the output is dist/ with each bundle's two files replaced.
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
cp -r Cargo.toml Cargo.lock src benches patches "$work/project/"
# The counting copy of reactive_graph joins the project's own
# `[patch.crates-io]` table (patches/wasm-streams), or starts one: TOML
# allows the table once.
node -e '
  const fs = require("fs");
  const f = process.argv[1];
  const line = `reactive_graph = { path = "../reactive_graph" }`;
  let toml = fs.readFileSync(f, "utf8");
  toml = /^\[patch\.crates-io\]$/m.test(toml)
    ? toml.replace(/^\[patch\.crates-io\]$/m, (t) => `${t}\n${line}`)
    : `${toml}\n[patch.crates-io]\n${line}\n`;
  fs.writeFileSync(f, toml);' "$work/project/Cargo.toml"
# The bundles the benchmark counts in: the single page (no features), the
# system view's and meeting mode's, each swapped in for the shipped files
# it stands for.
rm -rf "$out"
cp -r "$dist" "$out"
for features in "" system meeting; do
  (
    cd "$work/project"
    RUSTFLAGS="--cfg erase_components --cfg count_runs" \
      cargo build --release --target wasm32-unknown-unknown --bin rust-or-go --target-dir ../target \
      ${features:+--features "$features"}
  )
  bindgen="$work/bindgen${features:+-$features}"
  wasm-bindgen --target web --no-typescript --out-dir "$bindgen" "$work/target/wasm32-unknown-unknown/release/rust-or-go.wasm"
  if [ -z "$features" ]; then attrs="data-js data-wasm"; else attrs="data-$features-js data-$features-wasm"; fi
  # shellcheck disable=SC2086
  node benches/count/swap.mjs "$out" "$bindgen/rust-or-go.js" "$bindgen/rust-or-go_bg.wasm" $attrs
done
