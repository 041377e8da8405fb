// Presets, copy link / summary / ADR (clipboard and fallback),
// embed mode with height messages, print, and the single-file build.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { serve, newPage, openApp, verdict, waitForQuery, useBrowser } from "./harness.mjs";

const env = useBrowser();

const clipboardPage = async () => {
  const page = await newPage(env.browser, { permissions: ["clipboard-read", "clipboard-write"] });
  return page;
};
const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

test("choosing a preset sets sliders, costs, verdict and URL; moving a slider marks it modified", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url);
  assert.equal(await verdict(page), "close");
  await page.selectOption("#preset", "log-pipeline");
  assert.equal(await verdict(page), "rust");
  assert.equal(await page.inputValue('input[name="lat"]'), "5");
  assert.equal(await page.inputValue('input[name="instances"]'), "120");
  assert.match(await page.textContent('[data-testid="preset-source"]'), /Seed 004/);
  assert.equal(await page.isHidden('[data-testid="preset-modified"]'), true);
  await waitForQuery(page, (q) => q.get("preset") === "log-pipeline" && q.get("lat") === "5", "preset=log-pipeline");
  await page.selectOption("#preset", "deploy-platform");
  assert.equal(await verdict(page), "hybrid");
  await page.selectOption("#preset", "mvp-this-week");
  assert.equal(await verdict(page), "go");
  await page.fill('input[name="safety"]', "4");
  assert.equal(await page.isVisible('[data-testid="preset-modified"]'), true);
  // A reloaded link keeps both the preset and the modification.
  await waitForQuery(page, (q) => q.get("safety") === "4", "safety=4");
  const again = await newPage(env.browser);
  await openApp(again, page.url());
  assert.equal(await again.inputValue("#preset"), "mvp-this-week");
  assert.equal(await again.isVisible('[data-testid="preset-modified"]'), true);
});

test("reset and a scenario change can be undone with Back; drags and typing add no history", async () => {
  const page = await newPage(env.browser);
  // A loose timeline and a thin Rust gap beside strong Rust needs: Rust.
  await openApp(page, env.server.url, "?ttm=2&lat=5&safety=4&exp=2&scale=4&instances=77");
  const length = () => page.evaluate(() => history.length);
  const start = await length();
  // Slider moves and typing replace the current entry.
  await page.fill('input[name="scale"]', "5");
  await page.fill('input[name="instances"]', "78");
  await waitForQuery(page, (q) => q.get("instances") === "78", "instances=78");
  assert.equal(await length(), start);
  const scored = page.url();
  await page.click('[data-testid="reset"]');
  assert.equal(await verdict(page), "close");
  assert.equal(await length(), start + 1);
  await page.goBack();
  assert.equal(await page.inputValue('input[name="instances"]'), "78");
  assert.equal(await page.inputValue('input[name="scale"]'), "5");
  assert.equal(await verdict(page), "rust");
  assert.equal(page.url(), scored);
  // Forward re-applies the reset.
  await page.goForward();
  assert.equal(await page.inputValue('input[name="instances"]'), "50");
  await page.goBack();
  // A scenario is one step too.
  await page.selectOption("#preset", "mvp-this-week");
  assert.equal(await verdict(page), "go");
  await page.goBack();
  assert.equal(await verdict(page), "rust");
  assert.equal(await page.inputValue("#preset"), "");
  assert.equal(await page.inputValue('input[name="instances"]'), "78");
  assert.deepEqual(page.problems, []);
});

test("reset returns to the defaults", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?preset=log-pipeline&instances=7");
  await page.click('[data-testid="reset"]');
  assert.equal(await verdict(page), "close");
  assert.equal(await page.inputValue('input[name="instances"]'), "50");
  assert.equal(await page.inputValue("#preset"), "");
  await waitForQuery(page, (q) => q.get("instances") === "50" && !q.has("preset"), "defaults");
});

test("copy link puts the reproducing URL on the clipboard and says so", async () => {
  const page = await clipboardPage();
  await openApp(page, env.server.url, "?ttm=5&lat=1&safety=1&exp=1&scale=1");
  await page.fill('input[name="instances"]', "80");
  await page.click('[data-testid="copy-link"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.includes("copied"));
  assert.equal(await page.getAttribute('[data-testid="copy-status"]', "role"), "status");
  const link = await readClipboard(page);
  const url = new URL(link);
  assert.equal(url.searchParams.get("ttm"), "5");
  assert.equal(url.searchParams.get("instances"), "80");
  const other = await newPage(env.browser);
  await openApp(other, link);
  assert.equal(await verdict(other), "go");
  assert.equal(await other.getAttribute('[data-testid="ram-go-gb"]', "data-value"), "16");
});

test("copy summary and ADR give Markdown with scores, anchors, verdict, reasons, costs and link", async () => {
  const page = await clipboardPage();
  await openApp(page, env.server.url, "?preset=log-pipeline");
  await page.click('[data-testid="copy-summary"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.startsWith("Summary copied"));
  const md = await readClipboard(page);
  assert.match(md, /^## Rust or Go\? Rust\n/);
  assert.match(md, /- \*\*Latency determinism requirement: 5\/5\*\* - Hard p99 budget in the low milliseconds; a GC pause is an incident\./);
  assert.match(md, /- Latency determinism is critical \(5\/5\)/);
  assert.match(md, /\| \| Go \| Hybrid \| Rust \|/);
  assert.match(md, /\| RAM \| 240 GB \| 186 GB \| 60 GB \|/);
  // To the cent in every column: Go's $7,870 was shown without its cents.
  assert.match(md, /\| Infrastructure per month \| \$7,869\.60 \| \$[\d,]+\.\d\d \| \$2,322\.00 \|/);
  assert.match(md, /\| Total per month \| \$[\d,]+\.\d\d \| \$[\d,]+\.\d\d \| \$[\d,]+\.\d\d \|/);
  assert.match(md, /Calculator: http:\/\/127\.0\.0\.1:\d+\/\?preset=log-pipeline&ttm=2&lat=5/);
  await page.click('[data-testid="copy-adr"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.startsWith("ADR copied"));
  assert.equal(await page.textContent('[data-testid="copy-status"]'), "ADR copied to the clipboard.");
  const adr = await readClipboard(page);
  assert.match(adr, /^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n/);
  for (const heading of ["\n# Implementation language", "## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences", "## Pros and Cons of the Options"]) {
    assert.ok(adr.includes(heading), heading);
  }
  assert.match(adr, /\n# Implementation language for Log pipeline, 2M events\/s, tight tail latency\n/);
  assert.match(adr, /We will build the service in Rust\./);
});

test("the page's Assumptions state the same cost rules, word for word, as the ADR it copies", async () => {
  const page = await clipboardPage();
  await openApp(page, env.server.url, "?lat=5&safety=4&exp=2");
  await page.click('[data-testid="copy-adr"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent.startsWith("ADR copied"));
  const adr = await readClipboard(page);
  // The ADR's rule lines: "- **Name**: text", for the rules the estimate follows.
  const rules = [...adr.matchAll(/^- \*\*(Learning cost|Slower work after the ramp|Hybrid costs|Latency and safety value|What is counted|Units)\*\*: (.+)$/gm)];
  assert.equal(rules.length, 6, "the ADR states six cost rules");
  await page.click(".assumptions summary");
  const items = await page.$$eval(".assumptions li", (lis) => lis.map((li) => li.textContent));
  for (const [, name, text] of rules) {
    assert.ok(items.includes(`${name}: ${text}`), `the page's Assumptions say "${name}: ${text.slice(0, 40)}…"`);
  }
});

test("without the Clipboard API the text is shown selected for a manual copy", async () => {
  const page = await newPage(env.browser);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined, configurable: true });
  });
  await openApp(page, env.server.url, "?lat=5");
  await page.click('[data-testid="copy-summary"]');
  const box = page.locator('[data-testid="manual-copy"]');
  await box.waitFor({ state: "attached" });
  const selected = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="manual-copy"]');
    return { focused: document.activeElement === el, start: el.selectionStart, end: el.selectionEnd, text: el.value };
  });
  assert.equal(selected.focused, true);
  assert.equal(selected.start, 0);
  assert.equal(selected.end, selected.text.length);
  assert.match(selected.text, /^## Rust or Go\?/);
  assert.match(await page.textContent('[data-testid="copy-status"]'), /not available.*The summary is selected below.*Ctrl\+C/);
  await page.click('[data-testid="copy-adr"]');
  // The ADR is an MADR record: front matter first.
  await page.waitForFunction(() => document.querySelector('[data-testid="manual-copy"]').value.startsWith("---\nstatus: proposed"));
  assert.match(await page.textContent('[data-testid="copy-status"]'), /The ADR is selected below/);
  await page.click('[data-testid="copy-link"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="manual-copy"]').value.startsWith("http"));
});

test("embed mode hides the page chrome, links to the full calculator and posts its height", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?embed=1&lat=5&theme=dark");
  assert.equal(await page.locator("header.top").count(), 0);
  assert.equal(await page.locator("footer").count(), 0);
  assert.equal(await page.locator('input[type="range"]').count(), 5);
  assert.equal(await page.getAttribute("html", "data-theme"), "dark");
  const full = await page.getAttribute("text=Open full calculator", "href");
  assert.ok(!full.includes("embed="), full);
  assert.ok(full.includes("lat=5"), full);

  // A blog page on another origin embeds the generated snippet and the resize script.
  const host = await newPage(env.browser);
  await openApp(host, env.server.url, "?preset=login-service");
  const snippet = await host.inputValue('[data-testid="embed-snippet"]');
  const script = await host.inputValue('[data-testid="embed-script"]');
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?preset=login-service&amp;.*embed=1&amp;theme=light"/);
  const blog = await serve(undefined, {
    prefix: "/nothing/",
    pages: {
      "/post.html": `<!doctype html><title>post</title><link rel="icon" href="data:,"><h1>My post</h1>
        <script>window.heights = []; addEventListener("message", (e) => {
          if (e.data && e.data.type === "rust-or-go:height") window.heights.push(e.data.height); });</script>
        ${snippet}${script}<p id="after">after</p>`,
    },
  });
  try {
    const reader = await newPage(env.browser, { viewport: { width: 400, height: 700 } });
    await reader.goto(blog.origin + "/post.html");
    await reader.waitForFunction(() => window.heights.length > 0, null, { timeout: 20000 });
    const frame = reader.frameLocator("iframe");
    assert.equal(await frame.locator('[data-testid="verdict"]').getAttribute("data-verdict"), "rust");
    // The iframe is resized to its content by the pasted script.
    await reader.waitForFunction(() => {
      const f = document.querySelector("iframe");
      return Math.abs(f.getBoundingClientRect().height - window.heights.at(-1)) < 2;
    });
    const [message] = await reader.evaluate(() => window.heights);
    assert.ok(message > 300 && message < 3000, `height ${message}`);
    // Changing the content's height posts the new height, and the script
    // follows it: the verdict's reasons change from four to two lines here.
    const before = await reader.evaluate(() => window.heights.at(-1));
    await frame.locator('input[name="lat"]').fill("1");
    await frame.locator('input[name="ttm"]').fill("5");
    await frame.locator('input[name="safety"]').fill("1");
    assert.equal(await frame.locator('[data-testid="verdict"]').getAttribute("data-verdict"), "go");
    const content = await frame.locator("html").evaluate((root) => root.scrollHeight);
    assert.notEqual(content, before, "the content height did not change; the test would prove nothing");
    await reader.waitForFunction((h) => window.heights.at(-1) === h, content);
    await reader.waitForFunction((h) => Math.abs(document.querySelector("iframe").getBoundingClientRect().height - h) < 2, content);
    // The embed never acts on incoming messages.
    await reader.evaluate(() => document.querySelector("iframe").contentWindow.postMessage({ type: "rust-or-go:height", height: 5, lat: 1 }, "*"));
    assert.equal(await frame.locator('input[name="lat"]').inputValue(), "1");
    assert.deepEqual(reader.problems, []);
  } finally {
    await blog.close();
  }
});

test("embed works down to 320 px wide without horizontal scrolling", async () => {
  for (const query of ["?embed=1", ""]) {
    const page = await newPage(env.browser, { viewport: { width: 320, height: 640 } });
    await openApp(page, env.server.url, query);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `${query || "full page"}: ${scroll} > ${client}`);
  }
});

test("printing hides the controls and keeps the summary, the inputs, the link, the date and the flips", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?lat=5&instances=64&eng_month=12000");
  assert.equal(await page.isVisible('[data-testid="print-meta"]'), false);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isHidden(".toolbar"), true);
  assert.equal(await page.isHidden('input[type="range"]'), true);
  assert.equal(await page.isVisible('[data-testid="verdict"]'), true);
  assert.equal(await page.isVisible(".cost-table"), true);
  assert.equal(await page.isVisible('[data-testid="flips"]'), true);
  const meta = await page.textContent('[data-testid="print-meta"]');
  assert.equal(await page.isVisible('[data-testid="print-meta"]'), true);
  assert.match(meta, /Instances: 64;/);
  assert.match(meta, /Cost per engineer-month: \$12,000\.00;/);
  assert.ok(meta.includes(new Date().getFullYear().toString()), meta);
  const link = /from (http\S+)/.exec(meta)[1];
  assert.equal(new URL(link).searchParams.get("instances"), "64");
  const pages = async () => {
    const pdf = await page.pdf({ format: "A4" });
    return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  };
  assert.equal(await pages(), 1, "printed more than one page");
  // The longest page: a named Hybrid with four reasons, weights and the phased plan.
  await page.emulateMedia({ media: "screen" });
  await openApp(page, env.server.url, "?preset=deploy-platform&name=build-engine&w_scale=2");
  await page.emulateMedia({ media: "print" });
  assert.equal(await pages(), 1, "the longest verdict printed more than one page");
});

test("the single-file build works from disk with no network", async () => {
  const file = path.resolve(process.env.SINGLE ?? "dist-single/rust-or-go.html");
  assert.ok(fs.existsSync(file), `${file} missing: run node scripts/single-file.mjs`);
  const html = fs.readFileSync(file, "utf8");
  assert.ok(!/<(script|link)[^>]+(src|href)="[^"]*\.(js|css|wasm)"/.test(html), "no external assets");
  const page = await newPage(env.browser);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await openApp(page, pathToFileURL(file).href, "?ttm=5&lat=1&safety=1&exp=1&scale=1&instances=50&go_mb=200&rust_mb=30");
  assert.equal(await verdict(page), "go");
  assert.equal(await page.getAttribute('[data-testid="ram-rust-gb"]', "data-value"), "1.5");
  await page.fill('input[name="lat"]', "5");
  await page.fill('input[name="scale"]', "5");
  assert.equal(await verdict(page), "hybrid");
  assert.deepEqual(requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:")), []);
  assert.deepEqual(page.problems, []);
});

test("links to the state carry the latest input when a reader reaches for them: pointer, keyboard, print, the embed panel", async () => {
  const page = await newPage(env.browser, { viewport: { width: 1366, height: 768 } });
  await openApp(page, env.server.url);
  const href = (id) => page.getAttribute(`[data-testid="${id}"]`, "href");
  const param = (link, name) => new URL(link, page.url()).searchParams.get(name);
  assert.equal(param(await href("open-present"), "lat"), "3");
  // Move a slider by keyboard, then Tab on to the links: each is current when focused.
  await page.focus('input[name="lat"]');
  await page.keyboard.press("End");
  await page.fill('input[name="instances"]', "77");
  await page.focus('[data-testid="open-present"]');
  const present = await href("open-present");
  assert.equal(param(present, "lat"), "5");
  assert.equal(param(present, "instances"), "77");
  assert.equal(param(present, "present"), "1");
  // The pointer reaching a link writes it too (what a right-click copies).
  await page.focus('input[name="safety"]');
  await page.keyboard.press("End");
  await page.hover('[data-testid="open-room"]');
  assert.equal(param(await href("open-room"), "safety"), "5");
  await page.hover('[data-testid="score-system"]');
  // A system of this one service: svc=NAME:TTM,LAT,SAFETY,EXP,SCALE[:...].
  assert.match(param(await href("score-system"), "svc"), /:3,5,5,3,3(:|$)/);
  // Printing writes the printed link.
  await page.focus('input[name="scale"]');
  await page.keyboard.press("Home");
  await page.emulateMedia({ media: "print" });
  // The print media query reports its change at the next rendering step.
  await page.waitForFunction(() => /[?&]scale=1(&|$)/.test(document.querySelector(".print-link").textContent));
  const printed = await page.textContent(".print-link");
  assert.equal(param(printed, "scale"), "1");
  assert.equal(param(printed, "instances"), "77");
  await page.emulateMedia({ media: "screen" });
  // The closed embed panel's snippet catches up when it is opened.
  await page.focus('input[name="ttm"]');
  await page.keyboard.press("End");
  await page.click(".embed-details summary");
  // The details element reports its toggle in a task of its own.
  await page.waitForFunction(() => /[?&]ttm=5(&|$)/.test(document.querySelector('[data-testid="embed-snippet"]').value.replaceAll("&amp;", "&")));
  const snippet = await page.inputValue('[data-testid="embed-snippet"]');
  const src = new URL(/src="([^"]+)"/.exec(snippet)[1].replaceAll("&amp;", "&"));
  assert.equal(src.searchParams.get("ttm"), "5");
  assert.equal(src.searchParams.get("scale"), "1");
  // While open it follows every input.
  await page.fill('input[name="instances"]', "78");
  await page.waitForFunction(() => document.querySelector('[data-testid="embed-snippet"]').value.includes("instances=78"));
});
