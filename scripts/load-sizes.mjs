// What a reader downloads, measured the way they download it: each page is
// loaded in headless Chromium from a local server, every same-origin
// response of the load is recorded (at the server, so nothing the browser
// caches or deduplicates hides a byte), and each body is counted brotli
// -q 11. Pages: the embed (`?embed=1`, what a blog reader gets: the embed
// bundle), the single page (`?`), the system view (`?svc=…`, its own
// bundle) and meeting mode's three (the presenter, the room and a ballot,
// one bundle). Each page's figure is its first load: the files requested
// before the app marks the first answer ready (`app-ready`); what the
// split single page fetches after it is listed and counted apart
// (--budget-after). With --budget-embed / --budget / --budget-system /
// --budget-meeting, fails (exit 1) over the embed's, the single page's,
// the system view's or the heaviest meeting page's brotli total;
// --json FILE writes the figures.
//
//   node scripts/load-sizes.mjs [dist] [--budget-embed N] [--budget N] [--budget-after N] [--budget-system N] [--budget-meeting N] [--json out.json]
import fs from "node:fs";
import path from "node:path";
import { serve, launch } from "../tests/browser/harness.mjs";
import { brotliSize as brotli, takeOption } from "./measure.mjs";

const args = process.argv.slice(2);
const opt = (name) => takeOption(args, name);
const budgetEmbed = opt("--budget-embed");
const budget = opt("--budget");
const budgetAfter = opt("--budget-after");
const budgetSystem = opt("--budget-system");
const budgetMeeting = opt("--budget-meeting");
const jsonOut = opt("--json");
const dist = path.resolve(args[0] ?? "dist");

const PAGES = [
  ["embed", "?embed=1"],
  ["single page", ""],
  ["system view", "?svc=api:4,2,2,2,2&svc=engine:2,5,3,3,5&svc=ledger:3,3,5,3,2"],
  ["presenter", "?present=1&lat=5"],
  ["room", "?votes=Ana~3.3.3.3.3,Bo~4.5.4.2.4"],
  ["ballot", "?ballot=1&name=Fraud+scoring"],
];
const MEETING = ["presenter", "room", "ballot"];

const server = await serve(dist);
const browser = await launch();
const out = {};
try {
  for (const [name, query] of PAGES) {
    const from = server.requests.length;
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url + query);
    await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0, null, { timeout: 30000 });
    // Past what loads after the first answer (the split single page's
    // chunk, fetched once it has mounted), then a moment for anything late.
    await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0, null, { timeout: 30000 });
    await page.waitForTimeout(300);
    // Which files the page asked for before it marked the first answer
    // ready: the navigation (index.html) and every resource whose request
    // started before the mark. The rest came after it.
    const early = await page.evaluate(() => {
      const ready = performance.getEntriesByName("app-ready")[0].startTime;
      return performance
        .getEntriesByType("resource")
        .filter((r) => r.startTime < ready)
        .map((r) => decodeURIComponent(new URL(r.name).pathname));
    });
    await page.context().close();
    const files = server.requests
      .slice(from)
      .map((r) => decodeURIComponent(new URL(r.path, "http://x").pathname))
      .filter((p) => fs.existsSync(path.join(dist, p)) && fs.statSync(path.join(dist, p)).isFile() || p === "/")
      .map((p) => ({ file: p.replace(/^\//, "") || "index.html", first: p === "/" || early.some((e) => e.endsWith(p)) }));
    const measured = files.map(({ file, first }) => {
      const buf = fs.readFileSync(path.join(dist, file));
      return { file, first, raw: buf.length, brotli: brotli(buf) };
    });
    const sum = (list, key) => list.reduce((t, f) => t + f[key], 0);
    const firstLoad = measured.filter((m) => m.first);
    const later = measured.filter((m) => !m.first);
    out[name] = {
      requests: measured,
      raw: sum(firstLoad, "raw"),
      brotli: sum(firstLoad, "brotli"),
      afterBrotli: sum(later, "brotli"),
    };
    const kB = (b) => (b / 1000).toFixed(1);
    console.log(
      `${name.padEnd(12)} ${String(firstLoad.length).padStart(2)} responses ${kB(out[name].brotli).padStart(7)} kB brotli (${firstLoad.map((m) => m.file).join(", ")})` +
        (later.length ? `; after the first answer ${later.length} more, ${kB(out[name].afterBrotli)} kB (${later.map((m) => m.file).join(", ")})` : ""),
    );
  }
} finally {
  await browser.close();
  await server.close();
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(out, null, 2));

let failed = false;
for (const [limit, total, what] of [
  [budgetEmbed, out["embed"].brotli, "embed (embed bundle)"],
  [budget, out["single page"].brotli, "single page, first load"],
  [budgetAfter, out["single page"].afterBrotli, "single page, after the first answer"],
  [budgetSystem, out["system view"].brotli, "system view (its bundle)"],
  [budgetMeeting, Math.max(...MEETING.map((m) => out[m].brotli)), `meeting mode (its bundle; the heaviest of ${MEETING.join(", ")})`],
]) {
  if (!limit) continue;
  if (total > Number(limit)) {
    console.error(`LOAD SIZE BUDGET EXCEEDED (${what}): ${total} bytes brotli, budget ${limit} (over by ${total - Number(limit)})`);
    failed = true;
  } else {
    console.log(`load size budget ok (${what}): ${total} of ${limit} bytes brotli`);
  }
}
process.exit(failed ? 1 : 0);
