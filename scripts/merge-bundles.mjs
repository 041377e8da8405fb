// Puts another bundle beside the single-page bundle: copies its JS and wasm
// into dist/ and names them in index.html's loader tag as data-NAME-js /
// data-NAME-wasm, for assets/boot.js. NAME is `embed` (the embed alone),
// `system` (the system view), `meeting` (meeting mode) or `full`
// (everything, the default; for scripts/single-file.mjs only).
//   node scripts/merge-bundles.mjs dist-full dist [full|embed|system|meeting]
import fs from "node:fs";
import path from "node:path";
import { attr, bootTag, tags } from "./html.mjs";

const [fullDir, dist] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const name = process.argv[4] ?? "full";
if (!/^(full|embed|system|meeting)$/.test(name)) throw new Error(`merge-bundles.mjs: no bundle called ${name}`);
// Trunk names its output index.html whatever the page it was built from.
const fullTag = bootTag(fs.readFileSync(path.join(fullDir, "index.html"), "utf8"));
if (!fullTag) throw new Error(`${fullDir}/index.html has no boot.js loader tag`);
const files = ["data-js", "data-wasm"].map((a) => attr(fullTag, a));
for (const f of files) fs.copyFileSync(path.join(fullDir, f), path.join(dist, f));

// A wasm file that is not wasm (two builds racing on one target directory
// once left one full of zeros) fails here, not in a reader's browser.
const checkWasm = (file) => {
  const head = fs.readFileSync(file).subarray(0, 4);
  if (!head.equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) throw new Error(`${file} is not a wasm module (starts with ${head.toString("hex")}): rebuild`);
};

const indexPath = path.join(dist, "index.html");
const html = fs.readFileSync(indexPath, "utf8");
const tag = bootTag(html);
if (!tag) throw new Error(`${indexPath} has no boot.js loader tag`);
checkWasm(path.join(dist, files[1]));
checkWasm(path.join(dist, attr(tag, "data-wasm")));
// One download per file in every engine: boot.js fetches the bundle it picks
// (Trunk.toml's pattern_preload = "" leaves Trunk's preloads out); a preload
// would be fetched again by WebKit, and by every page of the other bundle.
const preloads = tags(html, "link").filter((l) => /^(module)?preload$/i.test(attr(l, "rel") ?? ""));
if (preloads.length) throw new Error(`${indexPath} preloads ${preloads.join(" ")}; boot.js fetches what the page uses`);
if (attr(tag, `data-${name}-js`)) throw new Error(`${indexPath} already names a ${name} bundle`);
const merged = tag.replace(/^<script\b/, `<script data-${name}-js="${files[0]}" data-${name}-wasm="${files[1]}"`);
fs.writeFileSync(indexPath, html.replace(tag, merged));
console.log(`${name} bundle: ${files.join(", ")} added to ${path.relative(process.cwd(), indexPath)}`);
