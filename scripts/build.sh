#!/usr/bin/env bash
# The release build: two bundles in one dist/.
#   - the single-service page and its embed (index.html, no features), and
#   - the full app with the system view and meeting mode (feature `full`),
#     whose JS and wasm are copied beside it and named in index.html's
#     loader tag (data-full-js, data-full-wasm); assets/boot.js loads them
#     only for `svc`, `votes` and `present` addresses.
# A reader of a blog post with one embed downloads the first only.
#   scripts/build.sh [dist]     (after `source scripts/setup.sh`)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
# The full bundle's page: index.html with the feature switched on. Generated,
# never edited by hand (.gitignore), so the two pages cannot drift apart.
sed 's/data-bin="rust-or-go"/data-bin="rust-or-go" data-cargo-features="full"/' index.html > full.html
grep -q 'data-cargo-features="full"' full.html || { echo "build.sh: index.html has no data-bin=\"rust-or-go\" link to switch" >&2; exit 1; }
trunk build full.html --release --dist "$dist-full"
trunk build --release --dist "$dist"
node scripts/merge-bundles.mjs "$dist-full" "$dist"
# Trunk 0.21 leaves wasm-bindgen's JS glue unminified (its minifier stops
# at the glue's `export default`); terser minifies both bundles' glue in
# place. Nothing pins the glue's bytes (no integrity attribute names it).
for js in $(node -e '
  const html = require("fs").readFileSync(process.argv[1], "utf8");
  for (const a of ["data-js", "data-full-js"]) {
    const m = html.match(new RegExp(`\\s${a}=("([^"]*)"|[^\\s>]+)`));
    if (!m) throw new Error(`build.sh: no ${a} in the loader tag`);
    console.log((m[2] ?? m[1]).replace(/^\.\//, ""));
  }' "$dist/index.html"); do
  terser "$dist/$js" --module -c passes=2 -m -o "$dist/$js.min"
  mv "$dist/$js.min" "$dist/$js"
done
