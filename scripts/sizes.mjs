// Prints every shipped file's size raw, gzip and brotli, and what a reader
// downloads: the single-service page, the embed (its own bundle, what a
// blog embeds) and the system view and meeting mode (the full bundle),
// each loaded only for its addresses (see scripts/build.sh). With
// --budget / --budget-full, fails (exit 1) when a brotli total exceeds
// it, naming the biggest contributors. With --json FILE, writes the figures.
//
//   node scripts/sizes.mjs [dist] [--budget 64000] [--budget-full 100000] [--json out.json]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { attr, bootTag, pageCssTags } from "./html.mjs";
import { brotliSize, takeOption } from "./measure.mjs";

const args = process.argv.slice(2);
const opt = (name) => takeOption(args, name);
const budget = opt("--budget");
const budgetFull = opt("--budget-full");
const jsonOut = opt("--json");
const dist = path.resolve(args[0] ?? "dist");

const SHIPPED = /\.(html|css|js|wasm)$/;
const files = fs
  .readdirSync(dist)
  .filter((f) => SHIPPED.test(f))
  .map((name) => {
    const buf = fs.readFileSync(path.join(dist, name));
    return {
      name,
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: brotliSize(buf),
    };
  })
  .sort((a, b) => b.brotli - a.brotli);

// Which bundle each JS / wasm file belongs to, from the loader tag.
const tag = bootTag(fs.readFileSync(path.join(dist, "index.html"), "utf8")) ?? "";
const clean = (f) => f?.replace(/^\.\//, "");
const single = [clean(attr(tag, "data-js")), clean(attr(tag, "data-wasm"))];
const full = [clean(attr(tag, "data-full-js")), clean(attr(tag, "data-full-wasm"))].filter(Boolean);
const embed = [clean(attr(tag, "data-embed-js")), clean(attr(tag, "data-embed-wasm"))].filter(Boolean);
const others = [...full, ...embed];
// page.css: every view's but the embed's (scripts/page-css.mjs marks its link).
const pageCss = pageCssTags(fs.readFileSync(path.join(dist, "index.html"), "utf8")).map((l) => clean(attr(l, "href")));
const sum = (list) =>
  list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
for (const f of files) f.bundle = full.includes(f.name) ? "full" : embed.includes(f.name) ? "embed" : single.includes(f.name) ? "single" : pageCss.includes(f.name) ? "page" : "shared";
const total = sum(files.filter((f) => !others.includes(f.name)));
const totalFull = full.length ? sum(files.filter((f) => !single.includes(f.name) && !embed.includes(f.name))) : null;
const totalEmbed = embed.length ? sum(files.filter((f) => !single.includes(f.name) && !full.includes(f.name) && !pageCss.includes(f.name))) : null;

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + " kB";
const line = (name, t) => console.log(`${name.padEnd(44)}${kb(t.raw)}${kb(t.gzip)}${kb(t.brotli)}`);
console.log(`${"file".padEnd(44)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
for (const f of files) line(f.name + (f.bundle === "full" || f.bundle === "embed" ? ` (${f.bundle})` : f.bundle === "page" ? " (all but the embed)" : ""), f);
line("total: single page", total);
if (totalEmbed) line("total: embed", totalEmbed);
if (totalFull) line("total: system view and meeting mode", totalFull);

if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ files, total, total_embed: totalEmbed, total_full: totalFull }, null, 2));

let failed = false;
for (const [limit, t, what] of [[budget, total, "single page"], [budgetFull, totalFull, "system view and meeting mode"]]) {
  if (!limit || !t) continue;
  if (t.brotli > Number(limit)) {
    console.error(
      `\nSIZE BUDGET EXCEEDED (${what}): ${t.brotli} bytes brotli, budget ${limit} (over by ${t.brotli - Number(limit)}).\n` +
        `Biggest contributors: ${files.slice(0, 3).map((f) => `${f.name} ${f.brotli} B`).join(", ")}.`,
    );
    failed = true;
  } else {
    console.log(`size budget ok (${what}): ${t.brotli} of ${limit} bytes brotli`);
  }
}
if (failed) process.exit(1);
