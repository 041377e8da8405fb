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

/** The money amounts written in a text, as written: "$652.28", "$1,804.34". */
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
        // To the cent, like every amount.
        assert.match(shown, /\.\d\d$/, `${view}: ${shown}`);
        assert.equal(Number(shown.slice(1).replaceAll(",", "")), Math.abs(monthly));
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
  // To the cent like every amount, rounded up: 56,376 / 24 less the $544.66
  // the table shows Rust saving (it was $1,804, a dollar short, then $1,805).
  assert.equal(shown, "1804.34");
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

/** An amount as the page writes it, in cents: "$1,234.56" is 123456, "-$5.00" -500. */
function cents(text) {
  const m = /(-?)[$€£]([\d,]+)\.(\d{2})(?!\d)/.exec(text);
  assert.ok(m, `no amount to the cent in «${text}»`);
  return (m[1] ? -1 : 1) * (Number(m[2].replaceAll(",", "")) * 100 + Number(m[3]));
}

/** One row of the plans table as shown, in cents per plan. */
async function shownRow(page, testid) {
  const cells = await page.$$eval(`[data-testid="${testid}"]`, (els) => els.map((e) => [e.dataset.plan, e.textContent]));
  assert.equal(cells.length, 3, testid);
  return Object.fromEntries(cells.map(([plan, text]) => [plan, cents(text)]));
}

/** Slower work per month over the months after the ramp, rounded once, half away from zero. */
const afterRamp = (people, months, ramp) => Math.round(people * Math.max(0, months - ramp));

const TABLES = [
  "?",
  "?name=fraud-scoring&lat=5&safety=4&exp=2&instances=40&engineers=6",
  "?preset=log-pipeline",
  "?value_month=1000.5&steady_gap=25&ramp_months=2.5&rust_share=45&exp=2",
  "?lat=4&instances=1000&vcpu_month=29.57",
];

for (const link of TABLES) {
  test(`${link}: every money column of the plans table adds up as shown, and the embed's figure is the table's`, async () => {
    const page = await open(link);
    const row = (id) => shownRow(page, id);
    const [ram, cpu, infra, toolchain, risk, month, people, learning, total] = await Promise.all(
      ["plan-ram-cost", "plan-cpu-cost", "plan-cost", "plan-toolchain", "plan-risk", "plan-month", "plan-people", "plan-learning", "plan-total"].map(row),
    );
    const h = Number(await page.inputValue('input[name="horizon"]'));
    const ramp = Number(await page.inputValue('input[name="ramp_months"]'));
    assert.match(await page.textContent("table.cost-table"), new RegExp(`Total over ${h} months`));
    for (const plan of ["go", "hybrid", "rust"]) {
      assert.equal(ram[plan] + cpu[plan], infra[plan], `${plan}: RAM + CPU`);
      assert.equal(infra[plan] + toolchain[plan] + risk[plan], month[plan], `${plan}: per month`);
      assert.equal(learning[plan] + h * month[plan] + afterRamp(people[plan], h, ramp), total[plan], `${plan}: over ${h} months`);
    }
    // The card's saving is the difference of the two totals shown.
    assert.equal(cents(await page.textContent('[data-testid="monthly-saving"]')), infra.go - infra.rust);
    // The verdict's plan gains on Go what the table's figures say, and the
    // embed headlines exactly that.
    const plan = await page.getAttribute('[data-testid="verdict-money"]', "data-plan");
    const gain = month.go - month[plan] - people[plan];
    assert.equal(Math.round(Number(await page.getAttribute('[data-testid="verdict-money"]', "data-monthly")) * 100), gain);
    assert.deepEqual(page.problems, []);
    await page.close();
    const embed = await open(link + "&embed=1");
    const monthly = await embed.textContent('[data-testid="headline-monthly"]');
    if (gain === 0) assert.match(monthly, /Same as Go/);
    else assert.equal(cents(monthly), Math.abs(gain), monthly);
    assert.deepEqual(embed.problems, []);
    await embed.close();
  });
}

/** The system view's figure under the heading `label`, in cents. */
async function systemFigure(page, label) {
  const pairs = await page.$$eval('[data-testid="system-cost"] > div, [data-testid="system-horizon"] > div', (divs) =>
    divs.map((d) => [d.querySelector("dt")?.textContent ?? "", d.querySelector("dd")?.textContent ?? "", d.hidden]),
  );
  const hit = pairs.find(([dt]) => dt.startsWith(label));
  assert.ok(hit, `no «${label}» among ${pairs.map((p) => p[0]).join(" / ")}`);
  return { cents: hit[1].trim() ? cents(hit[1]) : 0, label: hit[0], hidden: hit[2] };
}

test("the system view's money adds up as shown: rows to totals, totals to the plan, months to the horizon", async () => {
  // The five services users tried, with no slower work after the ramp, so
  // the horizon total is learning + months x (plan + toolchain).
  const q =
    "?svc=api-gateway:4,2,2,2,2:20,200,30,0.5,70&svc=fraud-scoring:3,5,4,2,3:40,200,30,0.5,70&svc=ledger:3,3,5,3,2:10,200,30,0.5,70&svc=admin:5,1,1,1,1:4,150,25,0.25,50&svc=event-ingest:2,4,3,3,5:30,500,100,1,70";
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 768 } });
  await page.goto(env.server.url + q);
  await page.waitForSelector('[data-testid="system"]', { state: "attached", timeout: 20000 });
  const go = (await systemFigure(page, "All in Go, per month")).cents;
  const rust = (await systemFigure(page, "All in Rust, per month")).cents;
  const plan = (await systemFigure(page, "The plan, per month")).cents;
  const saving = (await systemFigure(page, "The plan's infrastructure saves")).cents;
  const overhead = (await systemFigure(page, "Second toolchain and slower work")).cents;
  const net = await systemFigure(page, "The plan ");
  const learning = (await systemFigure(page, "Learning Rust, once")).cents;
  assert.equal(go, 204620, "All in Go, to the cent ($2,046.20, once $2,046)");
  // Each row says what Rust saves on it; the rows add up to all Go less all Rust.
  const rows = await page.$$eval('[data-testid="service"] .svc-saving', (els) => els.map((e) => e.textContent));
  assert.equal(rows.length, 5);
  const signed = rows.map((t) => (/costs/.test(t) ? -cents(t) : cents(t)));
  assert.equal(signed.reduce((a, b) => a + b, 0), go - rust, rows.join(" / "));
  assert.equal(saving, go - plan);
  // Net of the toolchain (and slower work), as its heading says which way.
  const netFigure = await page.textContent('[data-testid="system-net"]');
  const netSigned = /costs more/.test(net.label) ? -cents(netFigure) : cents(netFigure);
  assert.equal(netSigned, saving - overhead);
  assert.equal(Math.round(Number(await page.getAttribute('[data-testid="system-cost"]', "data-plan-net")) * 100), netSigned);
  const h = 24;
  assert.equal((await systemFigure(page, `All in Go, over ${h} months`)).cents, go * h);
  assert.equal((await systemFigure(page, `The plan, over ${h} months`)).cents, learning + (plan + overhead) * h);
  assert.equal(Math.round(Number(await page.getAttribute('[data-testid="system-cost"]', "data-horizon-plan")) * 100), learning + (plan + overhead) * h);
  // The warning names the same totals.
  const warning = await page.textContent('[data-testid="system-warning"]');
  assert.ok(warning.includes(`$${((learning + (plan + overhead) * h) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`), warning);
  assert.deepEqual(page.problems, []);
  await page.close();
});
