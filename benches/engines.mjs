// Start-up per engine: how long the single page takes from navigation to
// the first answer in Chromium, Firefox ESR and WebKitGTK, and what the time
// goes on, from the page's own timeline (resource timing for boot.js, the
// JS glue and the wasm; the app's marks `app-start`, when the wasm's main
// runs, and `app-ready`, when the page is mounted):
//   download  navigation start -> the last of boot.js, glue and wasm received
//             (those requested before app-ready: not the split page's chunk)
//   compile   -> app-start (wasm compiled and instantiated, glue run)
//   mount     app-start -> app-ready (the first render)
// Medians over --loads cold loads (no-store). Writes --json if given.
//   node benches/engines.mjs --dist dist [--loads 15] [--json out.json]
import fs from "node:fs";
import path from "node:path";
import { serve, launch as launchChromium } from "../tests/browser/harness.mjs";
import { launch } from "../tests/engines/driver.mjs";

const opt = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = path.resolve(opt("--dist", "dist"));
const loads = Number(opt("--loads", "15"));
const out = opt("--json", "");
const QUERY = "?lat=5";

/** The page's timeline once it is mounted (runs in the page). */
function timeline() {
  const mark = (n) => performance.getEntriesByName(n)[0]?.startTime;
  if (mark("app-ready") === undefined) return null;
  // Only what was requested before the first answer: the split page's
  // chunk comes after `app-ready` and is not part of the start-up.
  const early = performance.getEntriesByType("resource").filter((r) => r.startTime < mark("app-ready"));
  const got = (re) => Math.max(...early.filter((r) => re.test(r.name)).map((r) => r.responseEnd), 0);
  return { files: Math.max(got(/boot\.js/), got(/\.js$/), got(/\.wasm$/)), start: mark("app-start"), ready: mark("app-ready") };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function measure(name, openAndRead) {
  const runs = [];
  for (let i = 0; i < loads; i++) runs.push(await openAndRead());
  const phases = runs.map((r) => ({ download: r.files, compile: r.start - r.files, mount: r.ready - r.start, ready: r.ready }));
  const m = Object.fromEntries(["download", "compile", "mount", "ready"].map((k) => [k, Math.round(median(phases.map((p) => p[k])) * 10) / 10]));
  console.log(`${name.padEnd(9)} ready ${String(m.ready).padStart(6)} ms = download ${m.download} + compile ${m.compile} + mount ${m.mount} (median of ${loads})`);
  return m;
}

const server = await serve(dist);
const url = server.url + QUERY;
const results = {};
try {
  const chromium = await launchChromium();
  try {
    results.chromium = await measure("chromium", async () => {
      const page = await chromium.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(url);
      const t = await page.waitForFunction(timeline, null, { timeout: 20000 }).then((h) => h.jsonValue());
      await page.close();
      return t;
    });
  } finally {
    await chromium.close();
  }
  for (const name of ["firefox", "webkit"]) {
    const engine = await launch(name);
    try {
      results[name] = await measure(name, async () => {
        await engine.open(url, { width: 1280, height: 720 });
        return engine.waitForFunction(timeline, [], { timeout: 20000, what: "app-ready" });
      });
    } finally {
      await engine.close();
    }
  }
} finally {
  await server.close();
}
const ratio = (e) => Math.round((results[e].mount / results.chromium.mount) * 10) / 10;
console.log(`mount against Chromium: firefox ${ratio("firefox")}x, webkit ${ratio("webkit")}x (goal: within 2x)`);
if (out) fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString().slice(0, 10), query: QUERY, loads, results }, null, 2));
