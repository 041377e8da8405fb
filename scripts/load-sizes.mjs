// What a reader downloads, measured the way they download it: each page is
// loaded in headless Chromium from a local server, every same-origin
// response of the load is recorded (at the server, so nothing the browser
// caches or deduplicates hides a byte), and each body is counted brotli
// -q 11. Pages: the embed (`?embed=1`, what a blog reader gets: the embed
// bundle), the single page (`?`), the system view (`?svc=…`, its own
// bundle) and meeting mode's three (the presenter, the room and a ballot,
// one bundle). With --budget-embed / --budget / --budget-system /
// --budget-meeting, fails (exit 1) over the embed's, the single page's,
// the system view's or the heaviest meeting page's brotli total;
// --json FILE writes the figures.
//
//   node scripts/load-sizes.mjs [dist] [--budget-embed N] [--budget N] [--budget-system N] [--budget-meeting N] [--json out.json]
import fs from "node:fs";
import path from "node:path";
import { serve, launch } from "../tests/browser/harness.mjs";
import { brotliSize as brotli, takeOption } from "./measure.mjs";

const args = process.argv.slice(2);
const opt = (name) => takeOption(args, name);
const budgetEmbed = opt("--budget-embed");
const budget = opt("--budget");
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
    // Past anything loaded on idle after the first answer.
    await page.waitForTimeout(500);
    await page.context().close();
    const files = server.requests
      .slice(from)
      .map((r) => decodeURIComponent(new URL(r.path, "http://x").pathname).replace(/^\//, "") || "index.html")
      .filter((f) => fs.existsSync(path.join(dist, f)) && fs.statSync(path.join(dist, f)).isFile());
    const measured = files.map((f) => {
      const buf = fs.readFileSync(path.join(dist, f));
      return { file: f, raw: buf.length, brotli: brotli(buf) };
    });
    out[name] = {
      requests: measured,
      raw: measured.reduce((t, f) => t + f.raw, 0),
      brotli: measured.reduce((t, f) => t + f.brotli, 0),
    };
    console.log(`${name.padEnd(12)} ${String(measured.length).padStart(2)} responses ${(out[name].brotli / 1000).toFixed(1).padStart(7)} kB brotli (${measured.map((m) => m.file).join(", ")})`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(out, null, 2));

let failed = false;
for (const [limit, total, what] of [
  [budgetEmbed, out["embed"].brotli, "embed (embed bundle)"],
  [budget, out["single page"].brotli, "single page"],
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
