// Turns the release bundle in dist/ into ONE self-contained HTML file with
// the CSS, the JS glue and the wasm (base64) inlined. It opens straight from
// disk (file://) with no network: mail it, attach it to a wiki, use it offline.
//
//   node scripts/single-file.mjs [dist] [out.html]
import fs from "node:fs";
import path from "node:path";
import { attr, tags as tagsIn, bootTag, pageCssTags } from "./html.mjs";

const dist = path.resolve(process.argv[2] ?? "dist");
const out = path.resolve(process.argv[3] ?? "dist-single/rust-or-go.html");
let html = fs.readFileSync(path.join(dist, "index.html"), "utf8");

const tags = (name) => tagsIn(html, name);
const loaderTag = bootTag(html);
if (!loaderTag) throw new Error("dist/index.html has no boot.js loader tag: build with scripts/build.sh first");
// The offline file carries the full bundle when there is one, so the system
// view and meeting mode work from disk too.
const pick = (a) => attr(loaderTag, `data-full-${a}`) ?? attr(loaderTag, `data-${a}`);
const boot = [loaderTag + "</script>", pick("js"), pick("wasm")];
const file = (rel) => path.join(dist, rel.replace(/^\.\//, ""));
const js = fs.readFileSync(file(boot[1]), "utf8");
const wasm = fs.readFileSync(file(boot[2])).toString("base64");

const pageCss = pageCssTags(html);
for (const link of tags("link")) {
  const rel = attr(link, "rel");
  // Inline every stylesheet, page.css too (boot.js would load it).
  if (rel === "stylesheet" || pageCss.includes(link)) html = html.replace(link, () => `<style>\n${fs.readFileSync(file(attr(link, "href")), "utf8")}\n</style>`);
  // Drop preloads of files that no longer exist.
  if (rel === "modulepreload" || rel === "preload") html = html.replace(link, "");
}
// The served build's CSP forbids inline code; this file is nothing but inline
// code and opens from disk, where no policy is served. Drop the meta policy.
for (const meta of tags("meta")) {
  if (/^content-security-policy$/i.test(attr(meta, "http-equiv") ?? "")) html = html.replace(meta, "");
}
// The glue's exports stay valid syntax in an inline module; init it from
// bytes, through its default export, whatever the minifier named it
// (`export default __wbg_init` as wasm-bindgen writes it, `F as default`
// after terser).
const init = /export\s+default\s+([\w$]+)/.exec(js)?.[1] ?? /([\w$]+)\s+as\s+default\b/.exec(js)?.[1];
if (!init) throw new Error(`${boot[1]}: no default export (the glue's init) found`);
const loader = `<script type="module">
${js.replace(/<\/script/gi, "<\\/script")}
const bytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
try {
  await ${init}({ module_or_path: bytes });
} catch (err) {
  const boot = document.getElementById("boot");
  if (boot) boot.textContent = "The calculator could not start in this browser: " + err;
  throw err;
}
</script>`;
html = html.replace(boot[0], () => loader);

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, html);
console.log(`wrote ${path.relative(process.cwd(), out)} (${(html.length / 1000).toFixed(1)} kB, self-contained)`);
