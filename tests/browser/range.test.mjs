// How sure the money is: the break-even of the priced plan at both ends of
// the ranges beside verdict-money, the low and high inputs of each range
// field, and their URL form LOW..EXPECTED..HIGH.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openApp, verdict, waitForQuery, useBrowser } from "./harness.mjs";

const env = useBrowser();
const range = (page) => page.locator('[data-testid="money-range"]');
const ends = async (page) => ({
  rust: await range(page).getAttribute("data-break-even-rust-end"),
  expected: await range(page).getAttribute("data-break-even"),
  go: await range(page).getAttribute("data-break-even-go-end"),
  holds: await range(page).getAttribute("data-holds"),
});

test("the money's range beside the verdict, from the sourced default ranges", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?lat=4");
  assert.equal(await verdict(page), "rust");
  // tests/range.rs works these by hand: 5 MB, 75%, 2 months, 2x at Rust's
  // end; 30 MB, 67%, 4 months, 3x at Go's.
  assert.deepEqual(await ends(page), { rust: "after:54", expected: "after:104", go: "after:160", holds: "true" });
  const money = page.locator('[data-testid="verdict-money"]');
  assert.equal(await money.getAttribute("data-break-even"), "after:104");
  assert.match(await range(page).textContent(), /^Rust pays back in month 104; between month 54 and more than 10 years across the ranges/);
  // Four times the fleet: the horizon falls between the ends.
  await page.fill('input[name="instances"]', "200");
  assert.deepEqual(await ends(page), { rust: "14", expected: "after:26", go: "after:40", holds: "false" });
  assert.match(await range(page).textContent(), /rests on the estimates/);
  // The page writes the ranges it uses.
  await waitForQuery(page, (q) => q.get("rust_mb") === "5..30..30" && q.get("ramp_months") === "2..3..4", "the ranges");
  assert.deepEqual(page.problems, []);
});

test("a range's ends are typed beside its expected value; a wrong end is refused with a message", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?lat=4&instances=200");
  const low = page.locator('input[name="rust_mb_low"]');
  assert.equal(await low.inputValue(), "5");
  assert.equal(await page.locator('input[name="rust_mb_high"]').inputValue(), "30");
  await low.fill("40");
  const error = page.locator("#f-rust_mb-low-error");
  assert.equal(await error.textContent(), "The low end must not be above the expected value (30); still using 5.");
  assert.equal(await low.getAttribute("aria-invalid"), "true");
  assert.equal(await range(page).getAttribute("data-break-even-rust-end"), "14");
  // A good end is used and written to the link.
  await low.fill("20");
  assert.equal(await error.textContent(), "");
  await waitForQuery(page, (q) => q.get("rust_mb") === "20..30..30", "rust_mb=20..30..30");
  // 20 MB instead of 5 at Rust's end saves 9.72 a month less: 31,320 /
  // 2,332.89 = 13.4, still month 14.
  assert.equal(await range(page).getAttribute("data-break-even-rust-end"), "14");
  // Moving the expected value past an end takes the end along.
  await page.fill('input[name="rust_mb"]', "10");
  assert.equal(await low.inputValue(), "10");
  await waitForQuery(page, (q) => q.get("rust_mb") === "10..10..30", "rust_mb=10..10..30");
  assert.deepEqual(page.problems, []);
});

test("an old link's plain numbers are point estimates: three equal points", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?lat=4&rust_mb=30&cpu_saving=70&ramp_months=3&slowdown=2.5");
  assert.deepEqual(await ends(page), { rust: "after:104", expected: "after:104", go: "after:104", holds: "true" });
  assert.match(await range(page).textContent(), /every input is a point estimate/);
  // A misordered range in a link is repaired with a notice naming it.
  await page.goto(env.server.url + "?lat=4&ramp_months=4..3..6");
  await page.waitForSelector('[data-testid="money-range"]', { state: "attached" });
  assert.match(await page.locator("body").textContent(), /ramp_months/);
  assert.equal(await page.locator('input[name="ramp_months_low"]').inputValue(), "3");
  assert.deepEqual(page.problems, []);
});

/** The band's outline: the points along the Rust end, then back along the Go end. */
async function band(page) {
  const el = page.locator('[data-testid="chart-band"]');
  const d = await el.getAttribute("d");
  const pts = [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(/Z$/.test(d), d);
  const half = pts.length / 2;
  return {
    d,
    rust: pts.slice(0, half),
    go: pts.slice(half).reverse(),
    rustEnd: Number(await el.getAttribute("data-rust-end")),
    goEnd: Number(await el.getAttribute("data-go-end")),
  };
}

/** The last point of the priced plan's line: its cumulative cost over the horizon. */
async function lineEnd(page, plan) {
  const pts = (await page.getAttribute(`[data-testid="break-even-chart"] .line.${plan}`, "points")).trim().split(/\s+/);
  return pts.at(-1).split(",").map(Number);
}

test("the cumulative chart shades the priced plan's range behind its line, and collapses for point estimates", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?lat=4");
  let b = await band(page);
  // tests/range.rs works these by hand: Rust over 24 months at Rust's end
  // 31,320 + 185.50 x 24, at Go's end 83,520 + 248.65 x 24 (each month's
  // figure in whole cents, as the model holds money).
  assert.ok(Math.abs(b.rustEnd - 35772.0) < 0.001, String(b.rustEnd));
  assert.ok(Math.abs(b.goEnd - 89487.6) < 0.001, String(b.goEnd));
  // At the horizon the band's bottom is the Rust end, its top the Go end,
  // and the expected line lies between (SVG y grows downwards).
  const [x, y] = await lineEnd(page, "rust");
  const [rx, ry] = b.rust.at(-1);
  const [gx, gy] = b.go.at(-1);
  assert.ok(Math.abs(rx - x) < 0.2 && Math.abs(gx - x) < 0.2, b.d);
  assert.ok(gy < y && y < ry, `${gy} < ${y} < ${ry}`);
  assert.match(await page.textContent("#be-desc"), /Across the ranges, Rust's cumulative cost over 24 months runs from \$35,77\d(\.\d+)? at the end that favours Rust to \$89,48\d(\.\d+)? at the end that favours Go\./);
  assert.equal(await page.getAttribute('[data-testid="chart-band"]', "style"), null);
  // A range input moves the band: a higher low end raises its bottom.
  await page.fill('input[name="rust_mb_low"]', "20");
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="chart-band"]').dataset.rustEnd) > 35772.01);
  const moved = await band(page);
  assert.notEqual(moved.d, b.d);
  assert.ok(moved.rust.at(-1)[1] < ry, "the bottom rose");
  // Every input a point estimate: the band has no width, on the line.
  await page.goto(env.server.url + "?lat=4&rust_mb=30&cpu_saving=70&ramp_months=3&slowdown=2.5");
  await page.waitForSelector('[data-testid="chart-band"]', { state: "attached" });
  b = await band(page);
  assert.equal(b.rustEnd, b.goEnd);
  assert.deepEqual(b.rust, b.go);
  const [, py] = await lineEnd(page, "rust");
  assert.ok(Math.abs(b.rust.at(-1)[1] - py) < 0.2, `${b.rust.at(-1)[1]} vs ${py}`);
  assert.match(await page.textContent("#be-desc"), /Every input is a point estimate, so Rust's cumulative cost has no range\./);
  assert.deepEqual(page.problems, []);
});

test("the embed and the presenter show the same money-range as the page, in its short form, on screen", async () => {
  const q = "?preset=login-service&name=Billing+API&lat=4&instances=200";
  const hooks = (page) =>
    page.$eval('[data-testid="money-range"]', (e) => [e.dataset.breakEvenRustEnd, e.dataset.breakEven, e.dataset.breakEvenGoEnd, e.dataset.holds]);
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, q);
  const want = await hooks(page);
  for (const [extra, size] of [["&embed=1", { width: 700, height: 960 }], ["&present=1", { width: 1280, height: 720 }], ["&present=1", { width: 1920, height: 1080 }]]) {
    const other = await newPage(env.browser, { viewport: size });
    await openApp(other, env.server.url, q + extra);
    assert.deepEqual(await hooks(other), want, extra);
    const line = other.locator('[data-testid="money-range"]');
    assert.match(await line.textContent(), /^(Across the ranges: .+; the money's verdict (holds|rests on the estimates)\.|Every input is a point estimate: no range\.)$/);
    // Short, and inside the screen: in the embed it shares a row with
    // "Open full calculator", two lines at most; in the presenter it wraps
    // within the headline's column, three at most (meeting.test.mjs checks
    // nothing leaves the screen, readers.test.mjs the embed's 960 px).
    const box = await line.boundingBox();
    const lh = await line.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
    const lines = extra === "&embed=1" ? 2 : 3;
    assert.ok(box.height <= lh * (lines + 0.5), `${extra} ${size.width}: ${box.height}px for ${lines} ${lh}px lines`);
    assert.ok(box.y + box.height <= size.height, `${extra} ${size.width}: below the fold`);
    assert.deepEqual(other.problems, []);
  }
  assert.deepEqual(page.problems, []);
});
