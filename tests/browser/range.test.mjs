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
