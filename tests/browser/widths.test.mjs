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
