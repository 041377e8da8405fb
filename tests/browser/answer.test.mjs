// One answer for one service: the single page, its embed (`embed=1`) and
// the presenter view (`present=1`) of the same link give the same verdict
// and the same money, the money of the plan the verdict prices (the hybrid
// under a Hybrid verdict, Rust otherwise), and a threshold the page shows
// is one a reader can type.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openApp, verdict, useBrowser } from "./harness.mjs";

const env = useBrowser();

/** A link per verdict; the Go one is rubric.test.mjs's. */
const LINKS = [
  ["default", "?", null],
  ["hybrid", "?name=fraud-scoring&lat=5&safety=4&exp=2&instances=40&engineers=6", "hybrid"],
  ["rust", "?lat=4", "rust"],
  ["go", "?ttm=5&lat=1&safety=1&exp=1&scale=1", "go"],
];

const VIEWS = [
  ["single", ""],
  ["embed", "&embed=1"],
  ["present", "&present=1"],
];

/** The data attributes of `testid`, or null when the page has none. */
const attrs = (page, testid) =>
  page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    if (!el) return null;
    const d = el.dataset;
    return { plan: d.plan, monthly: d.monthly, breakEven: d.breakEven, valueNeeded: d.valueNeeded };
  }, testid);

/** The money amounts written in a text, as written: "$652.28", "$1,805". */
const amounts = (text) => text.match(/[$€£]\d[\d,]*(\.\d+)?/g) ?? [];

async function open(query) {
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 768 } });
  await openApp(page, env.server.url, query);
  return page;
}

for (const [name, link, want] of LINKS) {
  test(`${name} (${link}): the single page, the embed and the presenter give one verdict and one money`, async () => {
    const seen = {};
    for (const [view, extra] of VIEWS) {
      const page = await open(link + extra);
      const money = await attrs(page, "verdict-money");
      const headline = await attrs(page, "headline-money");
      seen[view] = {
        verdict: await verdict(page),
        money,
        headline,
        sentence: money && (await page.textContent('[data-testid="verdict-money"]')),
        headlineText: headline && (await page.textContent('[data-testid="headline-money"]')),
        monthlyText: headline && (await page.textContent('[data-testid="headline-monthly"]')),
        problems: page.problems,
      };
      await page.close();
    }
    const { single, embed, present } = seen;
    if (want) assert.equal(single.verdict, want);
    const plan = single.verdict === "hybrid" ? "hybrid" : "rust";
    assert.ok(single.money, "the single page has verdict-money");
    assert.equal(single.money.plan, plan, "verdict-money prices the verdict's plan");
    assert.match(single.money.monthly, /^-?\d+(\.\d+)?$/);
    for (const view of ["embed", "present"]) {
      const s = seen[view];
      assert.equal(s.verdict, single.verdict, `${view}: verdict`);
      // The same verdict-money component, so the same data.
      assert.deepEqual(s.money, single.money, `${view}: verdict-money`);
      // The headline figures are the verdict's plan's, as verdict-money has them.
      assert.ok(s.headline, `${view} has no headline-money`);
      assert.deepEqual(
        [s.headline.plan, s.headline.monthly, s.headline.breakEven],
        [single.money.plan, single.money.monthly, single.money.breakEven],
        `${view}: headline-money against the single page's verdict-money`,
      );
      // The amount the headline shows is the one the verdict's sentence names.
      const [shown] = amounts(s.monthlyText);
      const monthly = Number(single.money.monthly);
      if (monthly !== 0) {
        assert.ok(shown && s.sentence.includes(shown), `${view}: «${s.monthlyText}» not in «${s.sentence}»`);
        assert.equal(Number(shown.slice(1).replaceAll(",", "")), Math.abs(monthly) >= 1000 ? Math.round(Math.abs(monthly)) : Math.abs(monthly));
      }
      // A plan that costs more is not called a saving; the label names the plan.
      const label = s.headlineText.replace(s.monthlyText, "");
      if (monthly < 0) assert.doesNotMatch(label, /saving/i, `${view}: ${s.headlineText}`);
      assert.match(label, plan === "hybrid" ? /hybrid/i : /Rust/, `${view}: ${s.headlineText}`);
      assert.deepEqual(s.problems, [], view);
    }
    assert.deepEqual(embed.headline, present.headline);
    assert.deepEqual(single.problems, []);
  });
}

test("under the Hybrid link the embed and the presenter show the hybrid's figure, not Rust's", async () => {
  const link = LINKS.find(([n]) => n === "hybrid")[1];
  const single = await open(link);
  assert.equal(await verdict(single), "hybrid");
  // Rust's infrastructure saving, as the single page's cost summary shows it.
  const rustSaving = await single.textContent('[data-testid="monthly-saving"]');
  const sentence = await single.textContent('[data-testid="verdict-money"]');
  assert.match(sentence, /hybrid comes out \$652\.28 a month behind Go/);
  for (const extra of ["&embed=1", "&present=1"]) {
    const page = await open(link + extra);
    assert.ok(await page.$('[data-testid="headline-money"]'), `${extra}: no headline-money`);
    assert.equal(await page.getAttribute('[data-testid="headline-money"]', "data-plan"), "hybrid", extra);
    assert.equal(await page.getAttribute('[data-testid="headline-money"]', "data-monthly"), "-652.28", extra);
    const text = await page.textContent('[data-testid="headline-money"]');
    assert.match(text, /hybrid/i, extra);
    assert.match(text, /\$652\.28 more than Go/, extra);
    assert.ok(!text.includes(rustSaving), `${extra}: shows Rust's ${rustSaving}: ${text}`);
    assert.doesNotMatch(text, /saving with Rust/, extra);
    assert.deepEqual(page.problems, [], extra);
    await page.close();
  }
});

test("the value the page says latency and safety must be worth, typed in, pays back within the horizon", async () => {
  const page = await open("?lat=4");
  assert.equal(await verdict(page), "rust");
  const money = page.locator('[data-testid="verdict-money"]');
  const sentence = await money.textContent();
  const m = /at least ([$€£][\d,.]+) per month/.exec(sentence);
  assert.ok(m, sentence);
  const shown = m[1].slice(1).replaceAll(",", "");
  // Shown rounded up at the page's precision (whole dollars from $1,000): $1,805, not $1,804.
  assert.equal(shown, "1805");
  assert.match(await money.getAttribute("data-break-even"), /^after:/);
  await page.fill('input[name="value_month"]', shown);
  const be = await money.getAttribute("data-break-even");
  assert.ok(/^\d+$/.test(be) && Number(be) <= 24, `typing ${shown} gives break-even ${be}`);
  assert.equal(await money.getAttribute("data-value-needed"), "0");
  assert.deepEqual(page.problems, []);
});

test("the cost table gives each plan's one-time learning beside its cost", async () => {
  const page = await open("?name=fraud-scoring&lat=5&safety=4&exp=2&instances=40&engineers=6");
  const row = async (id) =>
    Object.fromEntries(await page.$$eval(`[data-testid="${id}"]`, (els) => els.map((e) => [e.dataset.plan, Number(e.dataset.value)])));
  const learning = await row("plan-learning");
  assert.deepEqual(Object.keys(learning).sort(), ["go", "hybrid", "rust"]);
  assert.deepEqual(Object.keys(await row("plan-cost")).sort(), ["go", "hybrid", "rust"]);
  // Worked by hand: 15,660 x 3 months x (1 - 1/2.5) x (5-2)/4 = 21,141 per learning
  // engineer; Rust: all 6 engineers, the hybrid: its 2 on the Rust part; Go: none.
  assert.equal(learning.go, 0);
  assert.ok(Math.abs(learning.rust - 6 * 21141) < 1e-6, String(learning.rust));
  assert.ok(Math.abs(learning.hybrid - 2 * 21141) < 1e-6, String(learning.hybrid));
  assert.equal(learning.rust, Number(await page.getAttribute('[data-testid="learning-cost"]', "data-value")));
  assert.deepEqual(page.problems, []);
});
