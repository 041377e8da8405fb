#!/usr/bin/env bash
# The served single page, split (src/ui/single/later.rs,
# src/ui/shared/deferred.rs): what the first answer does not need (the
# toolbar, the weights, the pull chart and flips, the currency fields, the
# cost inputs, the chart and scale hint, the assumptions, the embed panel,
# print) is compiled into one wasm chunk that the page fetches once it has
# mounted. Replaces the unsplit bundle Trunk built in DIST (the loader
# tag's data-js / data-wasm).
#
# Trunk 0.21 has no step between cargo and wasm-bindgen, so this runs the
# four itself: cargo with `--cfg split_chunks` (chunk! becomes a
# wasm_split split point) and the relocations wasm-split-cli reads;
# wasm-split-cli (main module, chunk, and __wasm_split.js, which loads it);
# wasm-bindgen on the main module, keeping the table the chunk imports;
# wasm-opt on each module with index.html's own flags.
# scripts/split-names.mjs then names the files by their contents and
# writes them into DIST.
#   scripts/split-bundle.sh DIST      (after `source scripts/setup.sh`)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:?usage: scripts/split-bundle.sh DIST}
work=target/split-out
rm -rf "$work"
mkdir -p "$work/opt"
# --config adds to .cargo/config.toml's rustflags (erase_components); its
# own target directory keeps Trunk's build cached.
CARGO_TARGET_DIR=target/split cargo build --release --locked --target wasm32-unknown-unknown --bin rust-or-go \
  --config 'target.wasm32-unknown-unknown.rustflags=["--cfg", "split_chunks", "-C", "link-args=--emit-relocs"]'
wasm-split-cli target/split/wasm32-unknown-unknown/release/rust-or-go.wasm "$work/split" --out-name rust-or-go
# --keep-lld-exports: the chunks import the main module's function table.
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/bg" "$work/split/rust-or-go.wasm"
# The wasm-opt level and flags Trunk uses, read from index.html's rust link.
rust_link=$(grep -o '<link data-trunk rel="rust"[^>]*>' index.html)
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' <<<"$rust_link")
read -r -a params <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' <<<"$rust_link")"
[ -n "$level" ] && [ ${#params[@]} -gt 0 ] || { echo "split-bundle.sh: no data-wasm-opt / data-wasm-opt-params in index.html" >&2; exit 1; }
opt() { wasm-opt "-O$level" "${params[@]}" "$1" -o "$2"; }
opt "$work/bg/rust-or-go_bg.wasm" "$work/opt/rust-or-go_bg.wasm" &
main_opt=$!
# A chunk's wasm-opt failing stops the script; the main module's stops too.
trap 'kill "$main_opt" 2>/dev/null || true' EXIT
for chunk in "$work"/split/*.wasm; do
  [ "$(basename "$chunk")" = rust-or-go.wasm ] && continue
  # Chunks carry a names subsection wasm-opt does not know; it drops it.
  opt "$chunk" "$work/opt/$(basename "$chunk")" 2> >(grep -v 'unknown name subsection' >&2)
done
wait "$main_opt"
trap - EXIT
node scripts/split-names.mjs "$work" "$dist"
