// Puts the counting build's JS and wasm in place of one bundle's files
// (names read from the loader tag in index.html) and drops the integrity
// hashes, which name the shipped files' bytes.
//   node benches/count/swap.mjs <out dir> <js> <wasm> [<js attr> <wasm attr>]
import fs from "node:fs";
import path from "node:path";

// The loader tag's attributes that name the files: the single-page
// bundle's by default, `data-system-js data-system-wasm` for the system
// view's, `data-meeting-js data-meeting-wasm` for meeting mode's.
const [out, js, wasm, jsAttr = "data-js", wasmAttr = "data-wasm"] = process.argv.slice(2);
const index = path.join(out, "index.html");
let html = fs.readFileSync(index, "utf8");
const attr = (name) => {
  const m = html.match(new RegExp(`\\s${name}=("([^"]*)"|[^\\s>]+)`));
  if (!m) throw new Error(`swap.mjs: no ${name} in ${index}`);
  return path.basename(m[2] ?? m[1]);
};
fs.copyFileSync(js, path.join(out, attr(jsAttr)));
fs.copyFileSync(wasm, path.join(out, attr(wasmAttr)));
html = html.replace(/\sintegrity=("[^"]*"|[^\s>]+)/g, "");
fs.writeFileSync(index, html);
console.log(`counting build in ${out}: ${attr(jsAttr)}, ${attr(wasmAttr)}`);
