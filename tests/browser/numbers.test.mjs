// The wasm bundle reads and writes numbers with the browser's last step
// (`parseFloat`, `Number#toString`: ui/platform/browser.rs DIGITS) where
// the native model uses Rust's. The model's parser and writers run here,
// in the page, over the corpus in tests/golden/numbers.json (grouping,
// decimal commas, currency symbols, exponents, the fields' bounds and
// defaults, halves where rounding ties), and must give exactly what Rust
// gives (tests/numbers.rs keeps the file). Runs against the debug build,
// the one that exposes `window.__numbers`; it installs the same step.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve, newPage, openApp, useBrowser } from "./harness.mjs";

const env = useBrowser();
const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = JSON.parse(fs.readFileSync(path.join(here, "../golden/numbers.json"), "utf8"));

test("the page reads and writes every number of the corpus as Rust does", async () => {
  const debugDist = path.resolve(process.env.DIST_DEBUG ?? "dist-debug");
  assert.ok(fs.existsSync(debugDist), `${debugDist} missing: run trunk build --dist dist-debug`);
  const dbg = await serve(debugDist);
  try {
    const page = await newPage(env.browser);
    await openApp(page, dbg.url, "?lat=5");
    const got = await page.evaluate(
      ([texts, values]) => window.__numbers(texts, values.map(Number)),
      [corpus.texts, corpus.values],
    );
    assert.equal(got.read.length, corpus.texts.length);
    const wrong = [];
    corpus.texts.forEach((t, i) => {
      if (got.read[i] !== corpus.read[i]) wrong.push(`read ${JSON.stringify(t)}: page ${got.read[i]}, Rust ${corpus.read[i]}`);
      // The value itself, bit for bit (the text above could hide a -0 or a last digit).
      if (!corpus.read[i].startsWith("error") && !Object.is(got.parsed[i], Number(corpus.read[i]))) {
        wrong.push(`value of ${JSON.stringify(t)}: page ${got.parsed[i]}, Rust ${corpus.read[i]}`);
      }
    });
    corpus.values.forEach((v, i) => {
      if (got.written[i] !== corpus.written[i]) wrong.push(`write_number(${v}): page ${got.written[i]}, Rust ${corpus.written[i]}`);
      if (got.plain[i] !== corpus.plain[i]) wrong.push(`plain_number(${v}): page ${got.plain[i]}, Rust ${corpus.plain[i]}`);
    });
    assert.deepEqual(wrong, []);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  } finally {
    await dbg.close();
  }
});
