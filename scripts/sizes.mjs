// Prints every shipped file's size raw, gzip and brotli, and what a reader
// downloads: the single-service page (its first load, and apart the
// chunk it fetches after the first answer), the embed (its own bundle, what a
// blog embeds), the system view and meeting mode (a bundle each), each
// loaded only for its addresses (see scripts/build.sh). With --budget,
// fails (exit 1) when the single page's brotli total exceeds it, naming
// the biggest contributors. With --json FILE, writes the figures. The
// budgets the test command keeps are scripts/load-sizes.mjs's, measured
// as a reader downloads.
//
//   node scripts/sizes.mjs [dist] [--budget 64000] [--json out.json]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { attr, bootTag, pageCssTags } from "./html.mjs";
import { brotliSize, takeOption } from "./measure.mjs";

const args = process.argv.slice(2);
const opt = (name) => takeOption(args, name);
const budget = opt("--budget");
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
const filesOf = (prefix) => [clean(attr(tag, `${prefix}js`)), clean(attr(tag, `${prefix}wasm`))].filter(Boolean);
// Each bundle's files; `full` (everything in one) no page loads: it is the
// single-file build's.
const BUNDLES = { single: "data-", embed: "data-embed-", system: "data-system-", meeting: "data-meeting-", full: "data-full-" };
const bundleFiles = Object.fromEntries(Object.entries(BUNDLES).map(([name, prefix]) => [name, filesOf(prefix)]));
// The split single page's (scripts/split-bundle.sh): its chunk loader,
// part of its first load, and its chunks, which it fetches after the
// first answer (every wasm file the loader tag does not name).
const named = Object.values(bundleFiles).flat();
bundleFiles.single.push(...files.filter((f) => /^__wasm_split-.*\.js$/.test(f.name)).map((f) => f.name));
bundleFiles.later = files.filter((f) => f.name.endsWith(".wasm") && !named.includes(f.name)).map((f) => f.name);
const allBundled = Object.values(bundleFiles).flat();
// page.css: every view's but the embed's (scripts/page-css.mjs marks its link).
const pageCss = pageCssTags(fs.readFileSync(path.join(dist, "index.html"), "utf8")).map((l) => clean(attr(l, "href")));
const sum = (list) =>
  list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
for (const f of files) f.bundle = Object.keys(bundleFiles).find((b) => bundleFiles[b].includes(f.name)) ?? (pageCss.includes(f.name) ? "page" : "shared");
// What a page of each bundle downloads: its JS and wasm, the shared files,
// page.css unless it is the embed.
const totalOf = (name) =>
  bundleFiles[name].length ? sum(files.filter((f) => bundleFiles[name].includes(f.name) || (!allBundled.includes(f.name) && (name !== "embed" || !pageCss.includes(f.name))))) : null;
// The single page's figure is its first load; its chunks are apart.
const total = totalOf("single");
const totalLater = bundleFiles.later.length ? sum(files.filter((f) => bundleFiles.later.includes(f.name))) : null;
const totalEmbed = totalOf("embed");
const totalSystem = totalOf("system");
const totalMeeting = totalOf("meeting");

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + " kB";
const line = (name, t) => console.log(`${name.padEnd(44)}${kb(t.raw)}${kb(t.gzip)}${kb(t.brotli)}`);
const LABEL = { later: " (single page, after the first answer)", embed: " (embed)", system: " (system view)", meeting: " (meeting mode)", full: " (single-file build only)", page: " (all but the embed)" };
console.log(`${"file".padEnd(44)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
for (const f of files) line(f.name + (LABEL[f.bundle] ?? ""), f);
line("total: single page, first load", total);
if (totalLater) line("  then, after the first answer", totalLater);
if (totalEmbed) line("total: embed", totalEmbed);
if (totalSystem) line("total: system view", totalSystem);
if (totalMeeting) line("total: meeting mode", totalMeeting);

if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ files, total, total_later: totalLater, total_embed: totalEmbed, total_system: totalSystem, total_meeting: totalMeeting }, null, 2));

let failed = false;
for (const [limit, t, what] of [[budget, total, "single page"]]) {
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
