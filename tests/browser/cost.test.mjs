// The cost estimator in the browser, good and bad input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, newPage, openApp, waitForQuery, useBrowser } from "./harness.mjs";

const env = useBrowser();

const value = (page, id) => page.getAttribute(`[data-testid="${id}"]`, "data-value");
const field = (name) => `input[name="${name}"]`;
const error = (page, name) => page.textContent(`[data-testid="error-${name}"]`);

test("the seed 004 example shows 10 GB vs 1.5 GB", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?instances=50&go_mb=200&rust_mb=30");
  assert.equal(await value(page, "ram-go-gb"), "10");
  assert.equal(await value(page, "ram-rust-gb"), "1.5");
  assert.match(await page.textContent('[data-testid="ram-go-gb"]'), /^10 GB$/);
  assert.match(await page.textContent('[data-testid="ram-rust-gb"]'), /^1\.5 GB$/);
  // Go's $771.15 less Rust's $4.86 + $221.63 as the table shows them
  // (7.5 vCPU x $29.55 = $221.625, rounded once, half away from zero): the
  // sentence's figure too (the card once said $544.67 beside its $544.66).
  assert.equal(await value(page, "monthly-saving"), "544.66");
  // Formatted by Intl.NumberFormat: currency symbol and grouping.
  assert.match(await page.textContent('[data-testid="monthly-saving"]'), /^\$544\.66$/);
  assert.match(await page.textContent('[data-testid="verdict-money"]'), /\$544\.66 less per month/);
  assert.equal(await page.getAttribute('[data-testid="break-even"]', "data-month"), "none");
  assert.match(await page.textContent('[data-testid="break-even"]'), /^Not within the 24-month horizon \(month \d+\)$/);
  assert.deepEqual(page.problems, []);
});

test("typing good values updates the estimate and the URL", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  await page.fill(field("instances"), "2000");
  assert.equal(await value(page, "ram-go-gb"), "400");
  assert.equal(await page.getAttribute('[data-testid="break-even"]', "data-month"), "3");
  await waitForQuery(page, (q) => q.get("instances") === "2000", "instances=2000");
  // The chart marks the break-even month.
  assert.match(await page.textContent('[data-testid="break-even-chart"]'), /break-even: month 3/);
  // Currency changes the symbol, not the amount.
  await page.selectOption('select[name="cur"]', "eur");
  assert.match(await page.textContent('[data-testid="monthly-saving"]'), /€/);
  await waitForQuery(page, (q) => q.get("cur") === "eur", "cur=eur");
  // Team experience scales the learning cost: a team that ships Rust pays nothing.
  await page.fill('input[name="exp"]', "5");
  assert.equal(await value(page, "learning-cost"), "0");
  assert.equal(await page.getAttribute('[data-testid="break-even"]', "data-month"), "0");
});

test("bad typed values show an inline message and keep the last good value", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?instances=50");
  const cases = [
    ["", /empty.*whole number from 0 to 1,000,000.*Still using 50/],
    ["abc", /not a number/],
    ["-5", /out of range/],
    ["1e308", /out of range/],
    ["1e999", /too large/],
    ["NaN", /not a number/],
    ["Infinity", /not a number/],
    ["12.5", /whole number/],
  ];
  for (const [typed, message] of cases) {
    await page.fill(field("instances"), typed);
    assert.match(await error(page, "instances"), message, `typed «${typed}»`);
    assert.equal(await value(page, "ram-go-gb"), "10", `typed «${typed}»`);
    assert.equal(await page.getAttribute(field("instances"), "aria-invalid"), "true");
  }
  // What the user typed stays in the field to be corrected.
  assert.equal(await page.inputValue(field("instances")), "12.5");
  await page.fill(field("instances"), "100");
  assert.equal(await error(page, "instances"), "");
  assert.equal(await value(page, "ram-go-gb"), "20");
  // A zero price is refused too.
  await page.fill(field("gb_month"), "0");
  assert.match(await error(page, "gb_month"), /greater than 0/);
  assert.equal(await page.inputValue(field("go_mb")), "200");
  // The rest of the page keeps working.
  await page.fill('input[name="lat"]', "5");
  assert.equal(await page.getAttribute('[data-testid="verdict"]', "data-verdict"), "rust");
  assert.deepEqual(page.problems, []);
});

test("bad cost parameters in the URL get the same notice as the sliders", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?instances=1e308&go_mb=abc&gb_month=0&rust_mb=NaN");
  const notice = await page.textContent('[data-testid="notices"]');
  assert.match(notice, /instances "1e308" is out of range; using 1,000,000/);
  assert.match(notice, /go_mb "abc" is not a number; using the default 200/);
  assert.match(notice, /gb_month "0" must be greater than 0; using 3.24/);
  assert.match(notice, /rust_mb "NaN" is not a number/);
  assert.equal(await page.inputValue(field("instances")), "1000000");
  assert.equal(await value(page, "ram-go-gb"), "200000");
});

test("the scale hint can be adopted with one click", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?instances=3000&scale=1");
  const hint = page.locator('[data-testid="scale-hint"]');
  assert.equal(await hint.getAttribute("data-score"), "5");
  await hint.locator("button").click();
  assert.equal(await page.inputValue('input[name="scale"]'), "5");
});

test("numbers as people type them: grouping, a currency symbol, a decimal comma; never a negative zero", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  const accepted = [
    ["eng_month", "15,660", "15660"],
    ["eng_month", "$15660", "15660"],
    ["gb_month", "$3.24", "3.24"],
    ["gb_month", "3,24", "3.24"],
    ["instances", "1,200", "1200"],
  ];
  for (const [name, typed, want] of accepted) {
    await page.fill(field(name), typed);
    assert.equal(await error(page, name), "", `typed «${typed}» into ${name}`);
    await waitForQuery(page, (q) => q.get(name) === want, `${name}=${want} after «${typed}»`);
  }
  assert.equal(await value(page, "ram-go-gb"), "240");
  // A rejected value says what to type, not only what was wrong.
  await page.fill(field("eng_month"), "15.660,5,1");
  assert.match(await error(page, "eng_month"), /15660|like/);
  // -0 is zero, shown as 0.
  await page.fill(field("instances"), "-0");
  assert.equal(await error(page, "instances"), "");
  assert.equal(await page.textContent('[data-testid="ram-go-gb"]'), "0 GB");
  assert.deepEqual(page.problems, []);
});

test("break-even past ten years reads as such, and chart ticks are readable and distinct", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?preset=crud-api");
  const be = await page.textContent('[data-testid="break-even"]');
  assert.doesNotMatch(be, /month \d{4}/);
  assert.match(be, /not within 10 years/i);
  const ticks = async () => page.$$eval('[data-testid="break-even-chart"] .tick', (els) => els.map((e) => e.textContent));
  await page.goto(env.server.url + "?instances=1000000&go_mb=1000000&horizon=1");
  await page.waitForSelector('[data-testid="break-even-chart"] .tick', { state: "attached" });
  const labels = await ticks();
  const months = labels.filter((t) => /^\d+$/.test(t));
  assert.deepEqual(months, [...new Set(months)], `month ticks repeat: ${months}`);
  const money = labels.filter((t) => t.startsWith("$"));
  assert.deepEqual(money, [...new Set(money)], `money ticks repeat: ${money}`);
  for (const t of money) assert.match(t, /^\$\d{1,3}(\.\d+)?[kMBT]?$/, `unreadable tick ${t}`);
  assert.ok(money.length >= 2, money.join(","));
});

test("a price list fills both prices, names its source and date, and says when a price was edited", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  assert.equal(await page.inputValue(field("gb_month")), "3.24");
  await page.selectOption('select[name="cloud"]', "cloud-run");
  assert.equal(await page.inputValue(field("vcpu_month")), "47.3");
  assert.match(await page.textContent('[data-testid="prices"]'), /Cloud Run.*\$0\.000018 per vCPU-second/s);
  assert.equal(await page.isVisible('[data-testid="prices-edited"]'), false);
  await waitForQuery(page, (q) => q.get("cloud") === "cloud-run" && q.get("vcpu_month") === "47.3", "cloud-run");
  await page.fill(field("vcpu_month"), "40");
  assert.equal(await page.isVisible('[data-testid="prices-edited"]'), true);
  // An explicit price beats the list, in any order.
  const other = await newPage(env.browser);
  await openApp(other, env.server.url, "?gb_month=4&cloud=azure-aca");
  assert.equal(await other.inputValue(field("gb_month")), "4");
  assert.equal(await other.inputValue(field("vcpu_month")), "63.07");
  // In euros the list's price is converted at the rate, the typed one
  // taken as typed, and the page says so (fx.test.mjs has the rest).
  await other.selectOption('select[name="cur"]', "eur");
  assert.equal(await other.inputValue(field("gb_month")), "4");
  assert.equal(await other.inputValue(field("vcpu_month")), "60.58");
  assert.match(await other.textContent(".conversion-note"), /converted at €0\.9605 per \$1/);
});
