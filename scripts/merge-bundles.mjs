// Puts the full bundle (system view, meeting mode) beside the single-page
// bundle: copies its JS and wasm into dist/ and names them in index.html's
// loader tag as data-full-js / data-full-wasm, for assets/boot.js.
//   node scripts/merge-bundles.mjs dist-full dist
import fs from "node:fs";
import path from "node:path";
import { attr, bootTag } from "./html.mjs";

const [fullDir, dist] = process.argv.slice(2).map((p) => path.resolve(p));
// Trunk names its output index.html whatever the page it was built from.
const fullTag = bootTag(fs.readFileSync(path.join(fullDir, "index.html"), "utf8"));
if (!fullTag) throw new Error(`${fullDir}/index.html has no boot.js loader tag`);
const files = ["data-js", "data-wasm"].map((a) => attr(fullTag, a));
for (const f of files) fs.copyFileSync(path.join(fullDir, f), path.join(dist, f));

const indexPath = path.join(dist, "index.html");
const html = fs.readFileSync(indexPath, "utf8");
const tag = bootTag(html);
if (!tag) throw new Error(`${indexPath} has no boot.js loader tag`);
const merged = tag.replace(/^<script\b/, `<script data-full-js="${files[0]}" data-full-wasm="${files[1]}"`);
fs.writeFileSync(indexPath, html.replace(tag, merged));
console.log(`full bundle: ${files.join(", ")} added to ${path.relative(process.cwd(), indexPath)}`);
