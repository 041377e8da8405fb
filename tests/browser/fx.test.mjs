// Currency that means what it says: choosing € or £ converts the price
// list's prices and the defaults sourced in dollars at the rate beside the
// currency (`fx`, in the link); amounts typed stay as typed; an old
// `cur=eur` link without a rate keeps its amounts and says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openApp, waitForQuery, useBrowser } from "./harness.mjs";

const env = useBrowser();

const field = (page, param) => page.inputValue(`input[name="${param}"]`);

test("choosing euros converts the list prices and dollar defaults, keeps typed amounts, and writes the rate", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?toolchain_month=500");
  assert.equal(await page.isVisible('input[name="fx"]'), false, "no rate for dollars");
  await page.selectOption('select[name="cur"]', "eur");
  // $3.24, $29.55 and $15,660 at €0.9605 per $1 (the ECB reference rate of
  // 28 February 2025), each to the cent; the typed $500 is now €500.
  assert.equal(await field(page, "gb_month"), "3.11");
  assert.equal(await field(page, "vcpu_month"), "28.38");
  assert.equal(await field(page, "eng_month"), "15041.43");
  assert.equal(await field(page, "toolchain_month"), "500");
  assert.equal(await page.inputValue('input[name="fx"]'), "0.9605");
  assert.match(await page.textContent('[data-testid="conversion-note"]'), /converted at €0\.9605 per \$1 \(the ECB euro reference rate of 28 February 2025\)/);
  assert.equal(await page.isVisible('[data-testid="prices-edited"]'), false, "still the list's prices, in euros");
  await waitForQuery(page, (q) => q.get("cur") === "eur" && q.get("fx") === "0.9605" && q.get("gb_month") === "3.11", "cur=eur&fx=0.9605");
  // A typed amount stays; a new rate converts what is still a default.
  await page.fill('input[name="eng_month"]', "12000");
  await page.fill('input[name="fx"]', "0.9");
  assert.equal(await field(page, "eng_month"), "12000");
  assert.equal(await field(page, "gb_month"), "2.92");
  assert.match(await page.textContent('[data-testid="conversion-note"]'), /€0\.9 per \$1 \(the rate entered\)/);
  // Not a rate: the last good one stays and the field says so.
  await page.fill('input[name="fx"]', "zero");
  assert.equal(await page.getAttribute('input[name="fx"]', "aria-invalid"), "true");
  assert.equal(await field(page, "gb_month"), "2.92");
  // Back to dollars: the defaults are the dollars again, the typed amount stays.
  await page.selectOption('select[name="cur"]', "usd");
  assert.equal(await field(page, "gb_month"), "3.24");
  assert.equal(await field(page, "eng_month"), "12000");
  assert.equal(await page.isVisible('input[name="fx"]'), false);
  assert.deepEqual(page.problems, []);
});

test("an old euro link without a rate keeps its amounts and says they are not converted", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?cur=eur&lat=4");
  assert.equal(await field(page, "gb_month"), "3.24");
  assert.match(await page.textContent('[data-testid="notices"]'), /not converted: this link has no exchange rate/);
  assert.match(await page.textContent('[data-testid="conversion-note"]'), /not converted/);
  assert.match(await page.textContent('[data-testid="verdict-money"]'), /€544\.66 less per month/);
  assert.deepEqual(page.problems, []);
});

test("the system view converts its team and prices with the currency", async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url + "?svc=api:4,2,2,3,2&svc=engine:2,5,3,3,5");
  await page.waitForSelector('[data-testid="system"]', { state: "attached", timeout: 20000 });
  await page.selectOption('select[name="cur"]', "gbp");
  assert.equal(await page.inputValue("#t-eng_month"), "12426.21");
  assert.equal(await page.inputValue('input[name="fx"]'), "0.7935");
  await waitForQuery(page, (q) => q.get("cur") === "gbp" && q.get("fx") === "0.7935", "cur=gbp&fx=0.7935");
  // Each row's link to its single page carries the rate.
  const open = page.locator('[data-testid="open-service"]').first();
  await open.focus(); // its href is written when reached
  const href = await open.getAttribute("href");
  assert.match(href, /fx=0\.7935/);
  assert.deepEqual(page.problems, []);
});
