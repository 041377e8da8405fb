// The page as people see it at real screen sizes: nothing covers the cost
// section while scrolling or tabbing, and an embed at its default height
// shows the verdict.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve, newPage, openApp, useBrowser } from "./harness.mjs";

const env = useBrowser();

/** Every control and figure of the cost section and the embed panel. */
const COST_TARGETS = [
  'select[name="cur"]',
  ".cost-inputs input",
  ".cost-table th",
  ".cost-table td",
  ".cost-summary > div",
  '[data-testid="break-even"]',
  '[data-testid="break-even-chart"]',
  '[data-testid="scale-hint"] button',
  ".assumptions summary",
  ".embed-details summary",
  '[data-testid="embed-theme"]',
  '[data-testid="embed-snippet"]',
  '[data-testid="embed-script"]',
];

/**
 * Scrolls each target into view the way a reader or the browser's own
 * focus handling would (to the nearest edge, to the top) and returns the
 * ones whose centre is covered by something else.
 */
async function coveredTargets(page) {
  return page.evaluate((selectors) => {
    const covered = [];
    for (const sel of selectors) {
      const els = [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0);
      if (els.length === 0) covered.push(`${sel}: not found or not shown`);
      for (const el of els) {
        for (const block of ["nearest", "start", "end"]) {
          el.scrollIntoView({ block, behavior: "instant" });
          // An inline element that wraps has a gap between its lines: aim at its first line box.
          const r = el.getClientRects()[0];
          const x = r.left + r.width / 2;
          const y = r.top + Math.min(r.height, innerHeight) / 2;
          const top = document.elementFromPoint(x, y);
          if (!top || !(top === el || el.contains(top))) {
            const who = top ? `${top.tagName.toLowerCase()}.${[...top.classList].join(".")}` : "nothing";
            covered.push(`${sel} (${block}) under ${who}`);
            break;
          }
        }
      }
    }
    return covered;
  }, COST_TARGETS);
}

for (const [width, height] of [[1280, 720], [1366, 768], [1024, 768], [1920, 1080], [375, 740]]) {
  test(`at ${width}x${height} nothing covers the cost section while scrolling`, async () => {
    const page = await newPage(env.browser, { viewport: { width, height } });
    // A scale hint that differs from the score, so its "Use N" button shows.
    await openApp(page, env.server.url, "?preset=deploy-platform&scale=2");
    await page.click(".embed-details summary");
    assert.deepEqual(await coveredTargets(page), []);
    // The verdict still follows the sliders on wide screens.
    if (width > 900) {
      await page.evaluate(() => document.querySelector('input[name="scale"]').scrollIntoView({ block: "end", behavior: "instant" }));
      const card = await page.evaluate(() => document.querySelector('[data-testid="verdict"]').getBoundingClientRect().top);
      assert.ok(card >= 0 && card < height, `verdict card at ${card}, outside the ${height} px screen`);
    }
  });
}

test("at 1366x768 keyboard focus never lands on a hidden control in the cost section", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 768 } });
  await openApp(page, env.server.url, "?preset=deploy-platform&scale=2");
  await page.focus('input[name="scale"]');
  const hidden = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const problem = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || !el.closest(".cost")) return null;
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return top === el || el.contains(top) ? null : `${el.name || el.textContent.trim()} under ${top?.className}`;
    });
    if (problem) hidden.push(problem);
  }
  assert.deepEqual(hidden, []);
});

test("the embed snippet's default height shows the whole verdict and a slider at blog and phone widths", async () => {
  const host = await newPage(env.browser);
  // A Hybrid with four reasons and the phased rationale: the tallest verdict card.
  await openApp(host, env.server.url, "?preset=deploy-platform");
  const snippet = await host.inputValue('[data-testid="embed-snippet"]');
  const declared = Number(/height="(\d+)"/.exec(snippet)[1]);
  // The snippet alone, without the optional resize script.
  const blog = await serve(undefined, {
    prefix: "/nothing/",
    pages: { "/post.html": `<!doctype html><title>post</title><link rel="icon" href="data:,"><style>body{margin:0}</style>${snippet}` },
  });
  try {
    for (const width of [760, 600, 390, 360]) {
      const reader = await newPage(env.browser, { viewport: { width, height: 900 } });
      await reader.goto(blog.origin + "/post.html");
      const frame = reader.frameLocator("iframe");
      const card = frame.locator('[data-testid="verdict"]');
      await card.waitFor({ state: "attached", timeout: 20000 });
      const info = await frame.locator("html").evaluate(() => {
        const card = document.querySelector('[data-testid="verdict"]').getBoundingClientRect();
        const first = document.querySelector('input[type="range"]').getBoundingClientRect();
        return { cardBottom: card.bottom, slider: first.bottom, frameHeight: innerHeight };
      });
      assert.equal(info.frameHeight, declared, `iframe at ${width} px is ${info.frameHeight} px tall`);
      // The whole verdict card (title, money, reasons) and the first slider are in view.
      assert.ok(info.cardBottom <= info.frameHeight, `${width} px: the verdict ends at ${info.cardBottom}, below ${info.frameHeight}`);
      assert.ok(info.slider <= info.frameHeight, `${width} px: the first slider ends at ${info.slider}, below ${info.frameHeight}`);
      await reader.context().close();
    }
  } finally {
    await blog.close();
  }
});

test("the embed panel's colour choice sets the snippet's theme", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?lat=5");
  await page.click(".embed-details summary");
  const src = async () => new URL(/src="([^"]+)"/.exec(await page.inputValue('[data-testid="embed-snippet"]'))[1].replaceAll("&amp;", "&"));
  // Light by default: a light blog gets no dark box for readers in dark mode.
  assert.equal((await src()).searchParams.get("theme"), "light");
  await page.selectOption('[data-testid="embed-theme"]', "auto");
  assert.equal((await src()).searchParams.has("theme"), false);
  await page.selectOption('[data-testid="embed-theme"]', "dark");
  assert.equal((await src()).searchParams.get("theme"), "dark");
  await page.selectOption('[data-testid="embed-theme"]', "light");
  const url = await src();
  assert.equal(url.searchParams.get("theme"), "light");
  assert.equal(url.searchParams.get("embed"), "1");
  const embedded = await newPage(env.browser, { colorScheme: "dark" });
  await openApp(embedded, url.href);
  assert.equal(await embedded.getAttribute("html", "data-theme"), "light");
  const bg = await embedded.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(255, 255, 255)");
  // Transparent: the blog's own background shows through, with light text colours.
  await page.selectOption('[data-testid="embed-theme"]', "transparent");
  const clear = await src();
  assert.equal(clear.searchParams.get("theme"), "transparent");
  await openApp(embedded, clear.href);
  const seen = await embedded.evaluate(() => ({
    html: getComputedStyle(document.documentElement).backgroundColor,
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.querySelector(".verdict-title")).color,
  }));
  assert.equal(seen.html, "rgba(0, 0, 0, 0)", JSON.stringify(seen));
  assert.equal(seen.body, "rgba(0, 0, 0, 0)", JSON.stringify(seen));
  const [r, g, b] = seen.text.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 3 * 128, `text ${seen.text} should be dark on a light blog`);
});

test("on a phone the verdict panel is not a scroll box: every reason is on the page", async () => {
  const page = await newPage(env.browser, { viewport: { width: 375, height: 740 } });
  await openApp(page, env.server.url, "?preset=deploy-platform");
  const clipped = await page.evaluate(() => {
    const panel = document.querySelector(".result");
    return panel.scrollHeight - panel.clientHeight;
  });
  assert.ok(clipped <= 1, `the verdict panel hides ${clipped} px behind its own scroll bar`);
});

// The verdict panel used to scroll inside itself on a laptop, with nothing
// showing that it did: "What would change the verdict" was out of reach by
// scrolling the page.
for (const [width, height] of [[1366, 768], [1280, 720]]) {
  test(`at ${width}x${height} the verdict panel is never a scroll box: the page's scroll reaches the last flip, and the verdict is on screen at the top`, async () => {
    const page = await newPage(env.browser, { viewport: { width, height } });
    await openApp(page, env.server.url, "?lat=5&safety=4&exp=2");
    const panel = await page.evaluate(() => {
      const p = document.querySelector(".result");
      return { hidden: p.scrollHeight - p.clientHeight };
    });
    assert.ok(panel.hidden <= 1, `the panel hides ${panel.hidden} px behind its own scroll bar`);
    const title = await page.locator(".result .verdict-title").boundingBox();
    assert.ok(title.y >= 0 && title.y + title.height <= height, `verdict title at ${title.y}`);
    // Scroll the page by wheel, as a reader does, until the last flip is on screen.
    let seen = false;
    for (let i = 0; i < 40 && !seen; i++) {
      await page.mouse.move(width * 0.75, height / 2);
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(30);
      seen = await page.evaluate(() => {
        const items = document.querySelectorAll('[data-testid="money-flips"] li, [data-testid="flips"] li');
        const last = items[items.length - 1];
        if (!last) return false;
        const r = last.getBoundingClientRect();
        if (r.top < 0 || r.bottom > innerHeight) return false;
        const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + r.height / 2);
        return last.contains(hit);
      });
    }
    assert.ok(seen, "the last flip never came on screen, uncovered, by scrolling the page");
  });
}

test("the split page's first answer stays where it is when the rest of the page arrives", async () => {
  // The served single page shows the verdict, the sliders and the money
  // first and fetches its chunk after (src/ui/single/later.rs). The chunk
  // is held back here until the first answer has been measured, so the
  // test sees both states at each screen size a reader has.
  for (const [width, height] of [[1280, 720], [1366, 768], [1920, 1080], [390, 844], [375, 667]]) {
    const page = await newPage(env.browser, { viewport: { width, height } });
    let release;
    const held = new Promise((ok) => (release = ok));
    let chunks = 0;
    await page.route(/\/split_[^/]*\.wasm$/, async (route) => {
      chunks += 1;
      await held;
      await route.continue();
    });
    await page.goto(env.server.url + "?lat=4&name=Fraud+scoring");
    await page.waitForFunction(() => performance.getEntriesByName("app-ready").length > 0);
    const at = () =>
      page.evaluate(() =>
        ["[data-testid=verdict]", 'input[name="ttm"]', ".cost-table", "#h-scores"].map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top)),
      );
    const first = await at();
    assert.equal(await page.locator(".toolbar").count(), 0, `${width}x${height}: the toolbar came before the chunk`);
    assert.equal(await page.locator(".toolbar-slot:empty").count(), 1, `${width}x${height}: nothing holds the toolbar's place`);
    release();
    await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0);
    assert.equal(chunks, 1, `${width}x${height}: one chunk after the first answer`);
    assert.equal(await page.locator(".toolbar-slot:empty").count(), 0, `${width}x${height}: the toolbar's slot is still empty`);
    assert.equal(await page.locator('[data-testid="copy-adr"]').count(), 1, `${width}x${height}: the toolbar never came`);
    const then = await at();
    // The header's content above them (the toolbar) changed; the verdict,
    // the first slider and the scores heading stay within 2 px. (The cost
    // table sits below the inputs that arrive with the chunk.)
    for (const i of [0, 1, 3]) assert.ok(Math.abs(then[i] - first[i]) <= 2, `${width}x${height}: moved from ${first} to ${then}`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test("when the split page's chunk does not download, the first answer stays and one message says what is missing", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 768 } });
  await page.route(/\/split_[^/]*\.wasm$/, (route) => route.abort("internetdisconnected"));
  await page.goto(env.server.url + "?lat=5&safety=5");
  await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0);
  assert.equal(await page.locator('[data-testid="fatal"]').count(), 0, "the page was replaced by the error view");
  assert.equal(await page.locator('[data-testid="verdict"]').getAttribute("data-verdict"), "rust");
  const said = page.locator('[data-testid="not-loaded"]');
  assert.equal(await said.count(), 1, "one message for the missing parts");
  assert.equal(await said.getAttribute("role"), "alert");
  assert.match(await said.textContent(), /did not download.*reload/is);
  assert.equal(await page.locator('[data-testid="copy-adr"]').count(), 0);
  // The first answer still answers: the sliders move the verdict and the money.
  await page.fill('input[name="lat"]', "1");
  await page.fill('input[name="safety"]', "1");
  await page.fill('input[name="ttm"]', "5");
  assert.equal(await page.locator('[data-testid="verdict"]').getAttribute("data-verdict"), "go");
  assert.ok(page.problems.every((p) => !p.startsWith("pageerror")), page.problems.join("\n"));
  await page.context().close();
});
