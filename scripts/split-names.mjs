// Names the split single page's files by their contents and puts them in
// DIST in place of Trunk's unsplit bundle (scripts/split-bundle.sh).
// WORK holds wasm-bindgen's glue (bg/), wasm-split-cli's loader
// (split/__wasm_split.js) and the optimised main module and chunks (opt/).
// One hash of every module and of the two scripts as the tools wrote them
// names them all: the glue and the loader import each other, so neither
// could be named by its own bytes.
//   node scripts/split-names.mjs WORK DIST
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { attr, bootTag } from "./html.mjs";

const [work, dist] = process.argv.slice(2, 4).map((p) => path.resolve(p));
const read = (...p) => fs.readFileSync(path.join(work, ...p));
const chunks = fs.readdirSync(path.join(work, "opt")).filter((f) => f.endsWith(".wasm") && f !== "rust-or-go_bg.wasm").sort();
if (chunks.length === 0) throw new Error("split-names.mjs: wasm-split-cli made no chunks (no chunk! function is compiled?)");
const hash = crypto.createHash("sha256");
for (const f of ["rust-or-go_bg.wasm", ...chunks]) hash.update(f).update(read("opt", f));
hash.update(read("bg", "rust-or-go.js")).update(read("split", "__wasm_split.js"));
const h = hash.digest("hex").slice(0, 16);

// wasm-split-cli's names (split_view_of.wasm, chunk_0.wasm) with the hash.
const chunkName = (f) => `${f.replace(/\.wasm$/, "")}-${h}.wasm`;
const names = {
  glue: `rust-or-go-${h}.js`,
  wasm: `rust-or-go-${h}_bg.wasm`,
  loader: `__wasm_split-${h}.js`,
};
// Replaces every `"from"` (quoted, as both tools write module and file
// paths; only after `before` if given) and fails if there is none: a tool
// that changed how it writes them must stop the build, not ship a page
// that fetches a missing file.
const swap = (text, from, to, what, before = "") => {
  const quoted = `${before}"${from}"`;
  if (!text.includes(quoted)) throw new Error(`split-names.mjs: ${what} does not mention ${quoted}`);
  return text.split(quoted).join(`${before}"${to}"`);
};
let glue = read("bg", "rust-or-go.js").toString();
// The glue's `import … from "./__wasm_split.js"` only: the same name is
// also the wasm's import module, a key of the imports object it passes.
glue = swap(glue, "./__wasm_split.js", `./${names.loader}`, "the glue", "from ");
let loader = read("split", "__wasm_split.js").toString();
loader = swap(loader, "./rust-or-go.js", `./${names.glue}`, "__wasm_split.js");
for (const c of chunks) loader = swap(loader, `./${c}`, `./${chunkName(c)}`, "__wasm_split.js");

const indexPath = path.join(dist, "index.html");
const html = fs.readFileSync(indexPath, "utf8");
const tag = bootTag(html);
if (!tag) throw new Error(`${indexPath} has no boot.js loader tag`);
// Trunk's unsplit bundle goes: no address loads it.
for (const a of ["data-js", "data-wasm"]) fs.rmSync(path.join(dist, attr(tag, a).replace(/^\.\//, "")));
fs.writeFileSync(path.join(dist, names.glue), glue);
fs.writeFileSync(path.join(dist, names.loader), loader);
fs.copyFileSync(path.join(work, "opt", "rust-or-go_bg.wasm"), path.join(dist, names.wasm));
for (const c of chunks) fs.copyFileSync(path.join(work, "opt", c), path.join(dist, chunkName(c)));
const split = tag
  .replace(/\sdata-js=("[^"]*"|[^\s>]+)/, ` data-js="./${names.glue}"`)
  .replace(/\sdata-wasm=("[^"]*"|[^\s>]+)/, ` data-wasm="./${names.wasm}"`);
fs.writeFileSync(indexPath, html.replace(tag, split));
console.log(`single page split: ${names.glue}, ${names.wasm}, ${names.loader} and ${chunks.length} chunks in ${path.relative(process.cwd(), dist)}`);
