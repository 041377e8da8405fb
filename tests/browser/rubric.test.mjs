// Sliders, live verdict, URL in and out, bad parameters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, newPage, openApp, verdict, waitForQuery, useBrowser } from "./harness.mjs";

const env = useBrowser();

const slider = (name) => `input[type="range"][name="${name}"]`;

test("the release bundle shows go for ?ttm=5&lat=1&safety=1&exp=1&scale=1", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=5&lat=1&safety=1&exp=1&scale=1");
  assert.equal(await verdict(page), "go");
  assert.match(await page.textContent('[data-testid="verdict"]'), /Go/);
  assert.deepEqual(page.problems, []);
});

test("query parameters set the sliders and the verdict", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=1&lat=5&safety=5&exp=5&scale=5");
  for (const name of ["lat", "safety", "exp", "scale"]) {
    assert.equal(await page.inputValue(slider(name)), "5", name);
  }
  assert.equal(await page.inputValue(slider("ttm")), "1");
  assert.equal(await verdict(page), "rust");
  await openApp(page, env.server.url, "?ttm=5&lat=5&safety=4&exp=2&scale=5");
  assert.equal(await verdict(page), "hybrid");
  await openApp(page, env.server.url, "");
  assert.equal(await verdict(page), "close");
});

test("keyboard on a slider changes the verdict, the anchor and the URL", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=3&lat=3&safety=3&exp=3&scale=3");
  assert.equal(await verdict(page), "close");
  const historyBefore = await page.evaluate(() => history.length);
  const lat = page.locator(slider("lat"));
  await lat.focus();
  await page.keyboard.press("End");
  assert.equal(await lat.inputValue(), "5");
  assert.equal(await verdict(page), "rust");
  assert.match(await page.textContent("#a-lat"), /hard p99 budget in the low milliseconds/i);
  assert.match(await lat.getAttribute("aria-valuetext"), /^5 of 5: Hard p99/);
  await waitForQuery(page, (q) => q.get("lat") === "5", "lat=5");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await lat.inputValue(), "3");
  assert.equal(await verdict(page), "close");
  await waitForQuery(page, (q) => q.get("lat") === "3", "lat=3");
  // replaceState: no history entry per change.
  assert.equal(await page.evaluate(() => history.length), historyBefore);
});

test("input events drive the verdict and the reasons name the categories", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  await page.fill(slider("ttm"), "5");
  await page.fill(slider("exp"), "1");
  assert.equal(await verdict(page), "go");
  const reasons = await page.locator('[data-testid="reasons"] li').allTextContents();
  assert.ok(reasons[0].startsWith("Time-to-market"), reasons.join(" | "));
  assert.ok(reasons.some((r) => r.startsWith("Team Rust experience")));
  await waitForQuery(page, (q) => q.get("ttm") === "5" && q.get("exp") === "1", "ttm=5&exp=1");
  // The copied address reproduces the page.
  const page2 = await newPage(env.browser);
  await openApp(page2, page.url());
  assert.equal(await verdict(page2), "go");
  assert.equal(await page2.inputValue(slider("exp")), "1");
});

test("bad parameters are clamped or defaulted and named in a notice", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=9&lat=abc&scale=&exp=-1&ttm=2&colour=red");
  assert.equal(await page.inputValue(slider("ttm")), "5");
  assert.equal(await page.inputValue(slider("lat")), "3");
  assert.equal(await page.inputValue(slider("scale")), "3");
  assert.equal(await page.inputValue(slider("exp")), "1");
  const notice = await page.textContent('[data-testid="notices"]');
  for (const expected of ['ttm "9" is outside 1-5; using 5', 'lat "abc" is not a number; using the default 3',
    'scale "" is empty', 'exp "-1" is outside 1-5; using 1', "ttm appears more than once", "colour is not a parameter"]) {
    assert.ok(notice.includes(expected), `notice lacks «${expected}»: ${notice}`);
  }
  // The page still works, and the URL now holds the values it used.
  assert.equal(await verdict(page), "go");
  await page.fill(slider("lat"), "5");
  assert.equal(await verdict(page), "hybrid");
  await waitForQuery(page, (q) => q.get("lat") === "5" && q.getAll("ttm").length === 1 && !q.has("colour"), "clean query");
  assert.deepEqual(page.problems, []);
});

test("the pull chart and lean follow the scores", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=5&lat=1&safety=1&exp=1&scale=1");
  const desc = () => page.textContent("#pull-desc");
  assert.match(await desc(), /Rust side pulls 0%, Go side pulls 100%/);
  await page.fill(slider("lat"), "5");
  assert.match(await desc(), /Rust side pulls [1-9]\d*%/);
  const lean = await page.getAttribute('[data-testid="verdict"]', "data-lean");
  assert.ok(Number(lean) > -1, lean);
});

test("reasons and the chart legend say what the inputs say", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=3&lat=3&safety=3&exp=1&scale=3&ramp_months=9");
  const reasons = await page.textContent('[data-testid="reasons"]');
  assert.match(reasons, /about 9 months/);
  assert.doesNotMatch(reasons, /about 3 months/);
  // Typing a new ramp updates the reason.
  await page.fill('input[name="ramp_months"]', "4");
  assert.match(await page.textContent('[data-testid="reasons"]'), /about 4 months/);
  // The legend gives the score as a score: experience 1 of 5, the largest gap.
  const legend = await page.$$eval(".pull-chart .legend", (els) => els.map((e) => e.textContent));
  assert.ok(legend.includes("Rust experience 1/5"), legend.join(" | "));
  assert.ok(!legend.some((t) => /gap 1$/.test(t)), legend.join(" | "));
});

test("weights: latency at 0 no longer counts, the page says the weights changed, and the URL keeps them", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=3&lat=5&safety=3&exp=3&scale=3");
  assert.equal(await verdict(page), "rust");
  assert.equal(await page.isVisible('[data-testid="weights-note"]'), false);
  await page.click('[data-testid="weights"] summary');
  await page.fill('input[name="w_lat"]', "0");
  assert.notEqual(await verdict(page), "rust");
  assert.equal(await page.isVisible('[data-testid="weights-changed"]'), true);
  assert.match(await page.textContent('[data-testid="weights-note"]'), /latency determinism requirement ignored/);
  // Latency is no longer given as a reason.
  assert.doesNotMatch(await page.textContent('[data-testid="reasons"]'), /Latency/);
  await waitForQuery(page, (q) => q.get("w_lat") === "0" && q.get("w_ttm") === "1", "w_lat=0");
  const again = await newPage(env.browser);
  await openApp(again, page.url());
  assert.equal(await verdict(again), await verdict(page));
  assert.equal(await again.inputValue('input[name="w_lat"]'), "0");
  // Raising a Rust-side weight brings Rust back.
  await page.fill('input[name="w_lat"]', "3");
  assert.equal(await verdict(page), "rust");
});

test("the service name is text in the verdict card and the tab title, and survives the link", async () => {
  const page = await newPage(env.browser);
  const evil = "fraud <b>scoring</b>";
  await openApp(page, env.server.url, `?name=${encodeURIComponent(evil)}&lat=5`);
  assert.equal(await page.inputValue('input[name="name"]'), evil);
  assert.equal(await page.textContent('[data-testid="verdict"] .eyebrow'), `Verdict for ${evil}`);
  assert.equal(await page.locator('[data-testid="verdict"] b').count(), 0);
  assert.equal(await page.title(), `${evil}: Rust or Go?`);
  await page.fill('input[name="name"]', "ledger & co");
  await waitForQuery(page, (q) => q.get("name") === "ledger & co", "name");
  assert.match(await page.textContent('[data-testid="firmness"]'), /Rust/);
});
