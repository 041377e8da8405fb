// Browser benchmark: the release bundle vs a plain HTML + JS baseline, in the
// same run, in headless Chromium. Prints figures (ratios app / baseline count;
// absolute milliseconds are context on a noisy machine) and writes JSON.
//
//   node benches/bench.mjs [--dist dist] [--loads 15] [--changes 600] [--json bench-results/latest.json]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch } from "../tests/browser/harness.mjs";

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const dist = path.resolve(opt("--dist", "dist"));
const loads = Number(opt("--loads", 15));
const changes = Number(opt("--changes", 600));
const jsonOut = opt("--json", "bench-results/latest.json");
// The counting build (benches/count/build.sh); without it, no run counts.
const countDist = opt("--count-dist", null);
// `--only counts`: the run counts alone, a quick check while working.
const only = opt("--only", null);
const here = path.dirname(fileURLToPath(import.meta.url));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** Cold load: a fresh context (empty cache) each time; ready = the app's own mark. */
async function readyTimes(browser, url) {
  const out = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0, null, { timeout: 30000 });
    out.push(await page.evaluate(() => {
      const ready = performance.getEntriesByName("app-ready")[0].startTime;
      const start = performance.getEntriesByName("app-start")[0]?.startTime ?? ready;
      return { ready, mount: ready - start };
    }));
    await context.close();
  }
  return out;
}

/**
 * Input latency: set a control's value, dispatch `input`, and time until the
 * DOM shows the consequence (a MutationObserver callback that sees it).
 */
async function inputLatencies(browser, url, controls) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0);
  return page.evaluate(
    async ({ controls, changes }) => {
      const watch = {
        slider: () => document.querySelector('[data-testid="verdict"]').dataset.lean,
        saving: () => document.querySelector('[data-testid="monthly-saving"]').dataset.value,
        learning: () => document.querySelector('[data-testid="learning-cost"]').dataset.value,
        horizon: () => document.querySelector('[data-testid="break-even-chart"] desc').textContent,
      };
      const out = { all: [], sliders: [], fields: [] };
      for (let i = 0; i < changes; i++) {
        const c = controls[i % controls.length];
        const el = document.querySelector(`input[name="${c.name}"]`);
        const seen = watch[c.watch];
        const before = seen();
        const values = c.values;
        let next = values[(values.indexOf(el.value) + 1) % values.length];
        if (next === el.value) next = values[(values.indexOf(next) + 1) % values.length];
        const t0 = performance.now();
        const done = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            if (seen() !== before) {
              mo.disconnect();
              resolve(performance.now() - t0);
            }
          });
          mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        el.value = next;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        const ms = await Promise.race([done, new Promise((r) => setTimeout(() => r(NaN), 1000))]);
        if (Number.isNaN(ms)) throw new Error(`no DOM change after ${c.name}=${next}`);
        out.all.push(ms);
        (c.kind === "slider" ? out.sliders : out.fields).push(ms);
        if (i % 25 === 0) await new Promise((r) => setTimeout(r, 0));
      }
      return out;
    },
    { controls, changes },
  );
}

/**
 * DOM work per input: how many mutation records (nodes, attributes, text)
 * one change causes once everything has settled. A render effect that
 * re-runs without a real change writes nothing, so this counts the work a
 * reader's browser has to lay out, per slider move and per keystroke.
 */
async function mutationCounts(browser, url, controls, rounds = 40) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0);
  await page.waitForTimeout(300);
  return page.evaluate(
    async ({ controls, rounds }) => {
      const out = {};
      for (const c of controls) {
        const el = document.querySelector(`input[name="${c.name}"]`);
        const counts = [];
        for (let i = 0; i < rounds; i++) {
          const next = c.values[(c.values.indexOf(el.value) + 1) % c.values.length];
          let records = 0;
          const mo = new MutationObserver((list) => (records += list.length));
          mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          el.value = next;
          el.dispatchEvent(new Event("input", { bubbles: true }));
          await new Promise((r) => setTimeout(r, 30));
          mo.takeRecords().forEach(() => records++);
          mo.disconnect();
          counts.push(records);
        }
        out[c.name] = counts.sort((a, b) => a - b)[Math.floor(counts.length / 2)];
      }
      return out;
    },
    { controls, rounds },
  );
}

/**
 * Reactive work per input, from the counting build (benches/count/build.sh):
 * render effects, memos and effects that re-ran for one change, once
 * everything has settled. Median over `rounds` changes of each control.
 */
async function runCounts(browser, url, controls, rounds = 20) {
  if (!controls.length) return {};
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0);
  if (!(await page.evaluate(() => typeof window.__runCounts === "function"))) {
    throw new Error(`${url} is not a counting build (no window.__runCounts)`);
  }
  await page.waitForTimeout(300);
  return page.evaluate(
    async ({ controls, rounds }) => {
      const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
      const out = {};
      for (const c of controls) {
        const el = document.querySelector(c.selector ?? `input[name="${c.name}"]`);
        if (!el) throw new Error(`no control for ${c.name}`);
        const runs = [];
        for (let i = 0; i < rounds; i++) {
          const next = c.values[(c.values.indexOf(el.value) + 1) % c.values.length];
          const before = window.__runCounts();
          el.value = next;
          el.dispatchEvent(new Event("input", { bubbles: true }));
          // Past the address bar's 120 ms debounce, so work it defers is counted too.
          await new Promise((r) => setTimeout(r, 150));
          const after = window.__runCounts();
          runs.push(after.map((n, k) => n - before[k]));
        }
        const pick = (k) => mid(runs.map((r) => r[k]));
        out[c.name] = { render_effects: pick(0), memos: pick(1), effects: pick(2), total: mid(runs.map((r) => r[0] + r[1] + r[2])) };
      }
      return out;
    },
    { controls, rounds },
  );
}

const scores = ["1", "2", "3", "4", "5"];
// Experience is timed by the learning cost it re-prices: with no deadline
// pressing, the rubric no longer counts the whole gap, so the lean can
// stay where it is.
const sliders = ["ttm", "lat", "safety", "exp", "scale"].map((name) => ({ name, kind: "slider", watch: name === "exp" ? "learning" : "slider", values: scores }));
// In the mixed run, experience stays below 5: at 5 there is no learning cost,
// so the people fields would have nothing visible to change.
// The baseline page shows only the verdict (it prices nothing), so there
// every slider, experience included, is timed by the lean it moves.
const baselineSliders = sliders.map((s) => ({ ...s, watch: "slider" }));
const mixedSliders = sliders.map((s) => (s.name === "exp" ? { ...s, values: scores.slice(0, 4) } : s));
const fields = [
  ["instances", "saving", ["50", "80", "120", "400"]],
  ["go_mb", "saving", ["200", "256", "512"]],
  ["rust_mb", "saving", ["30", "40", "64"]],
  ["gb_month", "saving", ["3.24", "2.6", "4.1"]],
  ["go_vcpu", "saving", ["0.5", "1", "2"]],
  ["cpu_saving", "saving", ["70", "50", "30"]],
  ["vcpu_month", "saving", ["29.55", "23.64", "47.3"]],
  ["engineers", "learning", ["4", "6", "9"]],
  ["eng_month", "learning", ["15660", "12000", "20000"]],
  ["ramp_months", "learning", ["3", "4", "6"]],
  ["slowdown", "learning", ["2.5", "2", "3"]],
  ["horizon", "horizon", ["24", "36", "12"]],
].map(([name, watch, values]) => ({ name, watch, values }));

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const isolated = { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" };
const app = await serve(dist, { headers: isolated });
const base = await serve(path.join(here, "baseline"), { headers: isolated });
const browser = await launch();
const countApp = countDist ? await serve(path.resolve(countDist), { headers: isolated }) : null;
const countControls = () => [...sliders, fields[0], fields[8], fields[11]];
// The system view's reactive work: a keystroke in the first service's
// instances field of a twelve-service system (the most a system holds).
const systemQuery = Array.from({ length: 12 }, (_, i) => {
  const s = (k) => String(((i + k) % 5) + 1);
  return `svc=s${i}:${[s(0), s(2), s(4), s(1), s(3)].join(",")}:${20 + i},200,30,0.5,70`;
}).join("&");
const systemControls = [{ name: "svc_instances", selector: `input[name="instances"]`, values: ["20", "30", "45", "60"] }];
// The room's reactive work: the 20th vote (the most a room counts) typed
// as a code and added to a room of 19, each round on a fresh page.
const roomQuery = "votes=" + Array.from({ length: 19 }, (_, i) => `V${i}~${[1, 2, 3, 4, 5].map((k) => ((i + k) % 5) + 1).join(".")}`).join(",");
async function roomCounts(browser, url, rounds = 5) {
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0);
    if (!(await page.evaluate(() => typeof window.__runCounts === "function"))) {
      throw new Error(`${url} is not a counting build (no window.__runCounts)`);
    }
    await page.waitForTimeout(300);
    runs.push(
      await page.evaluate(async (code) => {
        const box = document.querySelector('[data-testid="room-paste"]');
        const before = window.__runCounts();
        box.value = code;
        document.querySelector('[data-testid="room-add"]').click();
        await new Promise((r) => setTimeout(r, 150));
        if (document.querySelector('[data-testid="room"]').dataset.votes !== "20") throw new Error("the 20th vote was not added");
        const after = window.__runCounts();
        return after.map((n, k) => n - before[k]);
      }, `${(i % 5) + 1}${(i % 3) + 2}345 New voter`),
    );
    await context.close();
  }
  const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const pick = (k) => mid(runs.map((r) => r[k]));
  return { room_vote: { render_effects: pick(0), memos: pick(1), effects: pick(2), total: mid(runs.map((r) => r[0] + r[1] + r[2])) } };
}
const allCounts = async () => ({
  ...(await runCounts(browser, countApp.url, countControls())),
  ...(await runCounts(browser, `${countApp.url}?${systemQuery}`, systemControls)),
  ...(await roomCounts(browser, `${countApp.url}?${roomQuery}`)),
});
// The figure the reactive budget counts: render effects and memo runs.
const reactiveRuns = (c) => c.render_effects + c.memos;
const closeAll = async () => {
  await browser.close();
  await app.close();
  await base.close();
  await countApp?.close();
};
const printCounts = (counts) => {
  console.log("\nreactive runs per input, median (render effects + memos + effects = total):");
  for (const [name, c] of Object.entries(counts)) {
    console.log(`  ${name.padEnd(14)}${String(c.render_effects).padStart(5)} +${String(c.memos).padStart(4)} +${String(c.effects).padStart(4)} =${String(c.total).padStart(5)}`);
  }
};
// `--max-runs ttm=14,exp=57`: a budget of render effects + memos per
// input for each named control (the test command's guard); exits 1 over it.
const maxRuns = Object.fromEntries(
  (opt("--max-runs", "") || "").split(",").filter(Boolean).map((kv) => {
    const [k, v] = kv.split("=");
    if (!k || !Number.isFinite(Number(v))) throw new Error(`--max-runs: "${kv}" is not name=number`);
    return [k, Number(v)];
  }),
);
if (only === "counts") {
  if (!countApp) throw new Error("--only counts needs --count-dist");
  const counts = await allCounts();
  printCounts(counts);
  await closeAll();
  let over = 0;
  for (const [name, max] of Object.entries(maxRuns)) {
    if (!counts[name]) throw new Error(`--max-runs: no control "${name}"`);
    const n = reactiveRuns(counts[name]);
    if (n > max) {
      console.log(`REACTIVE BUDGET EXCEEDED: ${name} re-runs ${n} render effects + memos per input, budget ${max}`);
      over++;
    }
  }
  if (Object.keys(maxRuns).length && !over) console.log(`reactive budgets met: ${Object.entries(maxRuns).map(([k, v]) => `${k} <= ${v}`).join(", ")}`);
  process.exit(over ? 1 : 0);
}
try {
  // Warm-up so neither side pays Chromium's first-launch costs.
  await readyTimes(browser, app.url).catch(() => {});
  const appLoads = [], baseLoads = [];
  for (let round = 0; round < 3; round++) {
    appLoads.push(...(await readyTimes(browser, app.url)));
    baseLoads.push(...(await readyTimes(browser, base.url)));
  }
  const readyApp = appLoads.map((l) => l.ready), readyBase = baseLoads.map((l) => l.ready);
  const mountApp = appLoads.map((l) => l.mount);
  const appInput = await inputLatencies(browser, app.url, [...mixedSliders, ...fields]);
  const appSliders = await inputLatencies(browser, app.url, sliders);
  const baseSliders = await inputLatencies(browser, base.url, baselineSliders);
  const domApp = await mutationCounts(browser, app.url, [...mixedSliders, fields[0], fields[8], fields[11]]);
  const domBase = await mutationCounts(browser, base.url, sliders);
  const counts = countApp ? await allCounts() : null;

  const fmt = (x) => x.toFixed(2).padStart(8);
  const row = (name, a, b) => console.log(`${name.padEnd(44)}${fmt(a)} ms${b === undefined ? "" : `${fmt(b)} ms   ratio ${(a / b).toFixed(2)}`}`);
  console.log(`\nbrowser benchmark: ${loads * 3} cold loads each, ${changes} input changes per run (Chromium ${browser.version()})`);
  console.log(`${"".padEnd(44)}${"app".padStart(11)}${"baseline".padStart(11)}`);
  row("ready (navigation start -> app-ready), median", median(readyApp), median(readyBase));
  row("ready, p95", pct(readyApp, 95), pct(readyBase, 95));
  row("  of which wasm start -> mounted (app), median", median(mountApp));
  row("input -> DOM, sliders, median", median(appSliders.sliders), median(baseSliders.sliders));
  row("input -> DOM, sliders, p95", pct(appSliders.sliders, 95), pct(baseSliders.sliders, 95));
  row("input -> DOM, all sliders + cost fields, median", median(appInput.all));
  row("input -> DOM, all sliders + cost fields, p95", pct(appInput.all, 95));
  row("input -> DOM, cost fields only, p95", pct(appInput.fields, 95));
  console.log("\nDOM mutation records per input, median (app / baseline):");
  for (const [name, n] of Object.entries(domApp)) console.log(`  ${name.padEnd(14)}${String(n).padStart(5)}${domBase[name] === undefined ? "" : String(domBase[name]).padStart(6)}`);

  if (counts) printCounts(counts);
  else console.log("\nreactive runs per input: not counted (no --count-dist; see benches/count/build.sh)");

  const result = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    ready_ms: { app_mount_median: median(mountApp), app_median: median(readyApp), base_median: median(readyBase), ratio: median(readyApp) / median(readyBase), app_p95: pct(readyApp, 95), base_p95: pct(readyBase, 95) },
    input_sliders_ms: {
      app_median: median(appSliders.sliders), base_median: median(baseSliders.sliders),
      ratio_median: median(appSliders.sliders) / median(baseSliders.sliders),
      app_p95: pct(appSliders.sliders, 95), base_p95: pct(baseSliders.sliders, 95),
    },
    input_all_ms: { app_median: median(appInput.all), app_p95: pct(appInput.all, 95), changes: appInput.all.length },
    dom_mutations_per_input: { app: domApp, baseline: domBase },
    reactive_runs_per_input: counts,
    machine: `${os.cpus().length} x ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  };
  const budgets = [
    ["ready <= 1.5x baseline", result.ready_ms.ratio <= 1.5, result.ready_ms.ratio.toFixed(2) + "x"],
    ["input median <= 3x baseline", result.input_sliders_ms.ratio_median <= 3, result.input_sliders_ms.ratio_median.toFixed(2) + "x"],
    ["input p95 < 2 ms (all controls)", result.input_all_ms.app_p95 < 2, result.input_all_ms.app_p95.toFixed(2) + " ms"],
  ];
  if (counts) {
    const runs = (name) => reactiveRuns(counts[name]);
    const worst = sliders.reduce((w, s) => (runs(s.name) > runs(w.name) ? s : w));
    const rubricOnly = Math.max(...sliders.filter((s) => s.name !== "exp").map((s) => runs(s.name)));
    budgets.push(["<= 15 render effects + memos per slider", runs(worst.name) <= 15, `${runs(worst.name)} (${worst.name}; the other sliders at most ${rubricOnly})`]);
  }
  console.log("");
  for (const [name, ok, fig] of budgets) console.log(`${ok ? "meets " : "MISSES"}  ${name.padEnd(36)} ${fig}`);
  result.budgets = Object.fromEntries(budgets.map(([n, ok, fig]) => [n, { ok, figure: fig }]));
  const sizes = path.resolve("bench-results/sizes.json");
  if (fs.existsSync(sizes)) result.sizes = JSON.parse(fs.readFileSync(sizes, "utf8")).total;
  fs.mkdirSync(path.dirname(path.resolve(jsonOut)), { recursive: true });
  fs.writeFileSync(jsonOut, JSON.stringify(result, null, 2));
  console.log(`\nwrote ${jsonOut}`);
} finally {
  await closeAll();
}
