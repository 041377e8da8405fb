#!/usr/bin/env bash
# The release build: five bundles in one dist/.
#   - the single-service page (index.html, no features), split so that what
#     the first answer does not need loads after it (scripts/split-bundle.sh),
#   - the embed alone (feature `embed`): the verdict, the sliders, the
#     headline money and the way out, named in index.html's loader tag as
#     data-embed-js / data-embed-wasm; assets/boot.js loads it for `embed=1`,
#   - the system view (feature `system`), data-system-js / data-system-wasm,
#     for `svc` addresses,
#   - meeting mode (feature `meeting`), data-meeting-js / data-meeting-wasm,
#     for `votes`, `present` and `ballot` addresses,
#   - everything in one (feature `full`), data-full-js / data-full-wasm,
#     which no page loads: scripts/single-file.mjs puts it in the offline
#     file, which has no server to fetch a second bundle from.
# A reader of a blog post with one embed downloads the embed's only, and
# style/main.css but not style/page.css (scripts/page-css.mjs).
#   scripts/build.sh [dist]     (after `source scripts/setup.sh`)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
# Each other bundle's page: index.html with its feature switched on.
# Generated, never edited by hand (.gitignore), so the pages cannot drift apart.
for feature in full embed system meeting; do
  sed "s/data-bin=\"rust-or-go\"/data-bin=\"rust-or-go\" data-cargo-features=\"$feature\"/" index.html > "$feature.html"
  grep -q "data-cargo-features=\"$feature\"" "$feature.html" || { echo "build.sh: index.html has no data-bin=\"rust-or-go\" link to switch" >&2; exit 1; }
  trunk build "$feature.html" --release --dist "$dist-$feature"
done
trunk build --release --dist "$dist"
node scripts/page-css.mjs "$dist"
# The single page's bundle, split: what the first answer does not need
# loads after it (scripts/split-bundle.sh).
scripts/split-bundle.sh "$dist"
for feature in full embed system meeting; do
  node scripts/merge-bundles.mjs "$dist-$feature" "$dist" "$feature"
done
# Trunk 0.21 leaves wasm-bindgen's JS glue unminified (its minifier stops
# at the glue's `export default`); terser minifies each bundle's glue in
# place. Nothing pins the glue's bytes (no integrity attribute names it).
for js in $(node -e '
  const html = require("fs").readFileSync(process.argv[1], "utf8");
  for (const a of ["data-js", "data-full-js", "data-embed-js", "data-system-js", "data-meeting-js"]) {
    const m = html.match(new RegExp(`\\s${a}=("([^"]*)"|[^\\s>]+)`));
    if (!m) throw new Error(`build.sh: no ${a} in the loader tag`);
    console.log((m[2] ?? m[1]).replace(/^\.\//, ""));
  }' "$dist/index.html"); do
  terser "$dist/$js" --module -c passes=2 -m -o "$dist/$js.min"
  mv "$dist/$js.min" "$dist/$js"
done
# The split page's chunk loader, imported by its glue (one per build).
for js in "$dist"/__wasm_split-*.js; do
  terser "$js" --module -c passes=2 -m -o "$js.min"
  mv "$js.min" "$js"
done
# boot.js too (Trunk copies it as it is, comments and all): a classic
# script, so no --module; 1.8 kB brotli -> 0.7 on every page.
terser "$dist/boot.js" -c passes=2 -m -o "$dist/boot.js.min"
mv "$dist/boot.js.min" "$dist/boot.js"
