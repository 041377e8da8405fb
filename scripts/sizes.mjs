// Prints every shipped file's size raw, gzip and brotli, and the total.
// With --budget, fails (exit 1) when the brotli total exceeds the budget,
// naming the biggest contributors. With --json FILE, writes the figures.
//
//   node scripts/sizes.mjs [dist] [--budget 64000] [--json out.json]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
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
      brotli: zlib.brotliCompressSync(buf, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length,
    };
  })
  .sort((a, b) => b.brotli - a.brotli);

const total = files.reduce(
  (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
const kb = (n) => (n / 1000).toFixed(1).padStart(8) + " kB";
console.log(`${"file".padEnd(44)}${"raw".padStart(11)}${"gzip".padStart(11)}${"brotli".padStart(11)}`);
for (const f of files) console.log(`${f.name.padEnd(44)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
console.log(`${"total".padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);

if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ files, total }, null, 2));

if (budget) {
  const limit = Number(budget);
  if (total.brotli > limit) {
    console.error(
      `\nSIZE BUDGET EXCEEDED: ${total.brotli} bytes brotli shipped, budget ${limit} (over by ${total.brotli - limit}).\n` +
        `Biggest contributors: ${files.slice(0, 3).map((f) => `${f.name} ${f.brotli} B`).join(", ")}.\n` +
        `Find what is big in the wasm with: twiggy top -n 30 ${path.join(dist, files.find((f) => f.name.endsWith(".wasm"))?.name ?? "*.wasm")}`,
    );
    process.exit(1);
  }
  console.log(`\nsize budget ok: ${total.brotli} of ${limit} bytes brotli`);
}
