// Writes the benchmark's figures into README.md between the
// <!-- bench:start --> and <!-- bench:end --> markers, from
// bench-results/latest.json and bench-results/sizes.json, so the README
// never carries a figure typed by hand.
//
//   node scripts/bench-readme.mjs [README.md]
import fs from "node:fs";

const readme = process.argv[2] ?? "README.md";
const r = JSON.parse(fs.readFileSync("bench-results/latest.json", "utf8"));
const sizes = JSON.parse(fs.readFileSync("bench-results/sizes.json", "utf8"));
const kb = (b) => (b / 1000).toFixed(1) + " kB";
const ms = (x) => x.toFixed(2) + " ms";

const lines = [];
lines.push(`Measured ${r.date.slice(0, 10)} on ${r.machine}, headless Chromium ${r.chromium}, by \`./scripts/bench.sh\`.`);
lines.push("");
lines.push("| file | raw | gzip | brotli |");
lines.push("|---|---:|---:|---:|");
const which = { later: " (single page, after the first answer)", single: " (single page)", embed: " (embed)", system: " (system view)", meeting: " (meeting mode)", full: " (single-file build only)", page: " (all but the embed)", shared: "" };
for (const f of sizes.files) lines.push(`| ${f.name.replace(/-[0-9a-f]{12,16}(?=[._])/, "")}${which[f.bundle] ?? ""} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
lines.push(`| **total, single page, first load** | **${kb(sizes.total.raw)}** | **${kb(sizes.total.gzip)}** | **${kb(sizes.total.brotli)}** |`);
if (sizes.total_later) lines.push(`| then, after the first answer | ${kb(sizes.total_later.raw)} | ${kb(sizes.total_later.gzip)} | ${kb(sizes.total_later.brotli)} |`);
if (sizes.total_embed) lines.push(`| **total, embed** | **${kb(sizes.total_embed.raw)}** | **${kb(sizes.total_embed.gzip)}** | **${kb(sizes.total_embed.brotli)}** |`);
if (sizes.total_system) lines.push(`| **total, system view** | **${kb(sizes.total_system.raw)}** | **${kb(sizes.total_system.gzip)}** | **${kb(sizes.total_system.brotli)}** |`);
if (sizes.total_meeting) lines.push(`| **total, meeting mode** | **${kb(sizes.total_meeting.raw)}** | **${kb(sizes.total_meeting.gzip)}** | **${kb(sizes.total_meeting.brotli)}** |`);
lines.push("");
lines.push("| figure | app | baseline (plain HTML + JS) | ratio |");
lines.push("|---|---:|---:|---:|");
const t = r.ready_ms, s = r.input_sliders_ms, a = r.input_all_ms;
lines.push(`| ready (navigation start to mounted verdict), median | ${ms(t.app_median)} | ${ms(t.base_median)} | ${t.ratio.toFixed(2)} |`);
lines.push(`| of which: wasm start to mounted | ${ms(t.app_mount_median)} | | |`);
lines.push(`| input to DOM, sliders, median | ${ms(s.app_median)} | ${ms(s.base_median)} | ${s.ratio_median.toFixed(2)} |`);
lines.push(`| input to DOM, sliders, p95 | ${ms(s.app_p95)} | ${ms(s.base_p95)} | |`);
lines.push(`| input to DOM, all sliders and cost fields, median / p95 | ${ms(a.app_median)} / ${ms(a.app_p95)} | | |`);
const dom = r.dom_mutations_per_input;
if (dom) {
  const names = Object.keys(dom.app);
  lines.push("");
  lines.push(`DOM mutation records per input (median): ${names.map((n) => `${n} ${dom.app[n]}${dom.baseline[n] === undefined ? "" : ` (baseline ${dom.baseline[n]})`}`).join(", ")}.`);
}
const runs = r.reactive_runs_per_input;
if (runs) {
  lines.push("");
  lines.push(`Reactive re-runs per input (median; render effects + memos, then effects; counting build): ${Object.entries(runs).map(([n, c]) => `${n} ${c.render_effects} + ${c.memos}, ${c.effects}`).join("; ")}.`);
}
lines.push("");
lines.push("Budgets: " + Object.entries(r.budgets).map(([n, b]) => `${b.ok ? "meets" : "misses"} ${n} (${b.figure})`).join("; ") + ".");

const text = fs.readFileSync(readme, "utf8");
const start = "<!-- bench:start -->", end = "<!-- bench:end -->";
const i = text.indexOf(start), j = text.indexOf(end);
if (i < 0 || j < i) throw new Error(`${readme} has no ${start} ... ${end} block`);
fs.writeFileSync(readme, text.slice(0, i + start.length) + "\n" + lines.join("\n") + "\n" + text.slice(j));
console.log(`updated ${readme}`);
