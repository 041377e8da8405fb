// Long text and narrow screens: an 80-character name without spaces keeps
// every view within the screen, and a pasted name cut to 80 says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { newPage, openApp, useBrowser } from "./harness.mjs";

const env = useBrowser();
const LONG = "x".repeat(80);

/** How far the page is wider than its viewport (0 when it fits). */
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

/** Whether an element's box lies inside the viewport horizontally. */
const inside = (page, selector) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left >= -1 && r.right <= innerWidth + 1 && r.width > 0;
  });

for (const [width, height] of [[1366, 768], [390, 844]]) {
  test(`an 80-character name without spaces fits the single page, the presenter and the system view at ${width}x${height}`, async () => {
    const page = await newPage(env.browser, { viewport: { width, height } });
    await openApp(page, env.server.url, `?name=${LONG}&lat=5&safety=4&exp=2`);
    assert.equal(await overflow(page), 0, "single page wider than the screen");
    assert.ok(await inside(page, '[data-testid="verdict"]'), "verdict card overflows");
    await openApp(page, env.server.url, `?name=${LONG}&lat=5&safety=4&exp=2&present=1`);
    assert.equal(await overflow(page), 0, "presenter wider than the screen");
    assert.ok(await inside(page, '[data-testid="verdict"]'), "presenter verdict off screen");
    if (width > 1000) {
      const qr = page.locator(".present-qr svg");
      await qr.waitFor({ state: "attached" });
      const box = await qr.boundingBox();
      assert.ok(box && box.x + box.width <= width && box.y + box.height <= height, `QR code off screen: ${JSON.stringify(box)}`);
    }
    await page.goto(env.server.url + `?svc=${LONG}:2,5,4,2,4&svc=b:3,3,3,3,3`);
    await page.waitForSelector('[data-testid="system"]', { state: "attached", timeout: 20000 });
    assert.equal(await overflow(page), 0, "system view wider than the screen");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}

test("a pasted name longer than 80 characters is cut to 80 and the field says so", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  await page.fill("#f-name", "n".repeat(5000));
  assert.equal((await page.inputValue("#f-name")).length, 80);
  assert.match(await page.textContent("#e-name"), /longer than 80 characters; using the first 80/);
  assert.equal(new URL(page.url()).searchParams.get("name")?.length ?? 80, 80);
  await page.context().close();
});

// The pull chart's legend: at a phone's type size its entries used to run
// into the next swatch ("Memory safety 4/5" over "Scale / cost").
for (const [width, height] of [[375, 740], [390, 844], [1280, 720]]) {
  test(`the pull chart's legend entries never touch each other and stay inside the chart at ${width}x${height}`, async () => {
    const page = await newPage(env.browser, { viewport: { width, height } });
    await openApp(page, env.server.url, "?lat=5&safety=4&exp=2");
    const rows = await page.$eval('svg[aria-labelledby="pull-desc"]', (svg) => {
      const width = svg.viewBox.baseVal.width;
      // Swatch and label pairs, in SVG units, grouped by row.
      const plain = (b) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
      const labels = [...svg.querySelectorAll("text.legend")].map((t) => ({ text: t.textContent, box: plain(t.getBBox()) }));
      const keys = [...svg.querySelectorAll('rect[width="10"]')].map((r) => plain(r.getBBox()));
      const byRow = {};
      for (const l of labels) (byRow[Math.round(l.box.y)] ??= { labels: [], keys: [] }).labels.push(l);
      for (const k of keys) {
        const row = Object.values(byRow).find((r) => Math.abs(r.labels[0].box.y + r.labels[0].box.height / 2 - (k.y + k.height / 2)) < 8);
        row?.keys.push(k);
      }
      return { width, rows: Object.values(byRow) };
    });
    assert.equal(rows.rows.length, 2, "one legend row per side");
    for (const { labels, keys } of rows.rows) {
      assert.equal(keys.length, labels.length, "a swatch for every entry");
      labels.sort((a, b) => a.box.x - b.box.x);
      keys.sort((a, b) => a.x - b.x);
      for (let i = 0; i < labels.length; i++) {
        const end = labels[i].box.x + labels[i].box.width;
        assert.ok(keys[i].x + keys[i].width <= labels[i].box.x, `${labels[i].text}: its swatch overlaps its text`);
        assert.ok(end <= rows.width, `${labels[i].text} ends at ${end.toFixed(1)}, past the chart's ${rows.width}`);
        if (i + 1 < labels.length) {
          assert.ok(end + 4 <= keys[i + 1].x, `${labels[i].text} ends at ${end.toFixed(1)}, within 4 units of the next swatch at ${keys[i + 1].x}`);
        }
      }
    }
  });
}
