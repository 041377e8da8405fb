// Strict CSP, same-origin only, no HTML injection, axe-core,
// keyboard-only use, reduced motion, sub-path deploys and the panic view.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, newPage, openApp, verdict, useBrowser, axe } from "./harness.mjs";


const env = useBrowser();

/** Moves every kind of control once, the way a user would. */
async function exercise(page) {
  await page.fill('input[name="lat"]', "5");
  await page.fill('input[name="instances"]', "500");
  await page.fill('input[name="instances"]', "oops");
  await page.selectOption("#preset", "deploy-platform");
  await page.selectOption('select[name="cur"]', "gbp");
  await page.click('[data-testid="copy-link"]');
  await page.click("summary:has-text('Assumptions')");
  await page.click("summary:has-text('Embed in a blog post')");
  await page.waitForTimeout(300);
}

test("the release build runs under the strict CSP with no violation or console error", async () => {
  const page = await newPage(env.browser);
  await page.goto(env.server.url + "?lat=4");
  await page.waitForSelector('[data-testid="verdict"]', { state: "attached" });
  await exercise(page);
  const html = fs.readFileSync(path.join(process.env.DIST ?? "dist", "index.html"), "utf8");
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), "no inline script in index.html");
  assert.ok(!/\sstyle="/.test(html), "no inline style attribute in index.html");
  assert.deepEqual(page.problems, []);
});

test("the page carries its own policy: served with no CSP header, it still blocks inline script and style", async () => {
  const bare = await serve(undefined, { csp: false });
  try {
    const page = await newPage(env.browser);
    const response = await page.goto(bare.url + "?lat=4");
    assert.equal(response.headers()["content-security-policy"], undefined);
    await page.waitForSelector('[data-testid="verdict"]', { state: "attached" });
    const result = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true";
      document.head.append(script);
      const style = document.createElement("style");
      style.textContent = "body { margin-left: 77px }";
      document.head.append(style);
      await new Promise((ok) => setTimeout(ok, 50));
      return { ran: window.inlineRan === true, margin: getComputedStyle(document.body).marginLeft };
    });
    assert.deepEqual(result, { ran: false, margin: "0px" });
    assert.ok(page.problems.some((p) => p.includes("CSP violation: script-src")), page.problems.join("\n"));
    assert.ok(page.problems.some((p) => p.includes("CSP violation: style-src")), page.problems.join("\n"));
  } finally {
    await bare.close();
  }
});

test("no request ever leaves the page's origin", async () => {
  const page = await newPage(env.browser, { permissions: ["clipboard-read", "clipboard-write"] });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await openApp(page, env.server.url, "?preset=login-service");
  await exercise(page);
  await page.click('[data-testid="copy-summary"]');
  await page.waitForTimeout(200);
  assert.ok(requests.length >= 4, requests.join("\n"));
  const foreign = requests.filter((u) => !u.startsWith(env.server.origin + "/") && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
});

test("user-controlled strings are never inserted as HTML", async () => {
  const page = await newPage(env.browser);
  const evil = "<img src=x onerror=window.pwned=1>";
  await openApp(page, env.server.url, `?lat=${encodeURIComponent(evil)}&${encodeURIComponent(evil)}=1&cur=${encodeURIComponent("<b>x</b>")}`);
  await page.fill('input[name="instances"]', evil);
  await page.waitForTimeout(100);
  assert.equal(await page.locator("img").count(), 0);
  assert.equal(await page.locator(".notices b").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.ok((await page.textContent('[data-testid="notices"]')).includes("<img src=x"));
  assert.deepEqual(page.problems, []);
});


for (const scheme of ["light", "dark"]) {
  for (const embed of [false, true]) {
    test(`axe-core finds no WCAG 2.1 A/AA violation: ${embed ? "embed" : "full page"}, ${scheme}`, async () => {
      const page = await newPage(env.browser, { colorScheme: scheme });
      await openApp(page, env.server.url, `?preset=deploy-platform${embed ? "&embed=1" : ""}`);
      if (!embed) {
        await page.click("summary:has-text('Assumptions')");
        await page.click("summary:has-text('Embed in a blog post')");
        await page.fill('input[name="instances"]', "x");
      }
      assert.deepEqual(await axe(page), []);
      // The explicit theme parameter wins over the system setting.
      const forced = await newPage(env.browser, { colorScheme: scheme === "light" ? "dark" : "light" });
      await openApp(forced, env.server.url, `?embed=1&theme=${scheme}`);
      assert.deepEqual(await axe(forced), []);
    });
  }
}

test("keyboard only: sensible tab order, arrow keys on sliders, visible focus, announced verdict", async () => {
  const page = await newPage(env.browser);
  await openApp(page, env.server.url, "?ttm=3&lat=3&safety=3&exp=3&scale=3");
  const order = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === document.body) return null;
      const style = getComputedStyle(el);
      return { id: el.getAttribute("name") || el.id || el.textContent.trim().slice(0, 20), outline: style.outlineStyle, width: style.outlineWidth };
    });
    if (!info) break;
    order.push(info.id);
    assert.notEqual(info.outline, "none", `no visible focus on ${info.id}`);
  }
  const at = (name) => order.indexOf(name);
  assert.ok(at("preset") >= 0 && at("preset") < at("ttm"), order.join(","));
  assert.deepEqual(["ttm", "lat", "safety", "exp", "scale"].map(at), [...Array(5)].map((_, i) => at("ttm") + i), order.join(","));
  assert.ok(at("scale") < at("instances") && at("instances") < at("go_mb"), order.join(","));
  // Arrow keys move a slider, and the verdict change reaches the live region.
  await page.focus('input[name="lat"]');
  const live = page.locator('[data-testid="verdict-live"]');
  assert.equal(await live.getAttribute("aria-live"), "polite");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.inputValue('input[name="lat"]'), "5");
  assert.equal(await verdict(page), "rust");
  assert.equal(await live.textContent(), "Verdict: Rust");
  await page.keyboard.press("Home");
  assert.equal(await page.inputValue('input[name="lat"]'), "1");
  assert.equal(await verdict(page), "close");
  assert.equal(await live.textContent(), "Verdict: Close call: start with Go");
});

test("prefers-reduced-motion turns transitions off", async () => {
  const page = await newPage(env.browser, { reducedMotion: "reduce" });
  await openApp(page, env.server.url);
  const d = await page.evaluate(() => getComputedStyle(document.querySelector(".marker")).transitionDuration);
  assert.equal(d, "0s");
  const moving = await newPage(env.browser);
  await openApp(moving, env.server.url);
  assert.notEqual(await moving.evaluate(() => getComputedStyle(document.querySelector(".marker")).transitionDuration), "0s");
});

test("the build works under a sub-path", async () => {
  const sub = await serve(undefined, { prefix: "/rust-or-go/" });
  try {
    const page = await newPage(env.browser);
    const failed = [];
    page.on("response", (r) => r.status() >= 400 && failed.push(r.url()));
    await openApp(page, sub.url, "?lat=5&safety=5");
    assert.equal(await verdict(page), "rust");
    await page.fill('input[name="scale"]', "5");
    await page.waitForFunction(() => location.pathname === "/rust-or-go/" && location.search.includes("scale=5"));
    assert.deepEqual(failed, []);
    assert.deepEqual(page.problems, []);
  } finally {
    await sub.close();
  }
});

test("a panic shows a readable error with a reset link (debug build)", async () => {
  const debugDist = path.resolve(process.env.DIST_DEBUG ?? "dist-debug");
  assert.ok(fs.existsSync(debugDist), `${debugDist} missing: run trunk build --dist dist-debug`);
  const dbg = await serve(debugDist, { prefix: "/app/" });
  try {
    const page = await newPage(env.browser);
    await page.goto(dbg.url + "?lat=5&debug_panic=1");
    const fatal = page.locator('[data-testid="fatal"]');
    await fatal.waitFor({ state: "attached", timeout: 30000 });
    assert.match(await fatal.textContent(), /Something went wrong/);
    assert.match(await fatal.textContent(), /debug_panic=1 asked for a panic <b>not bold<\/b>/);
    assert.equal(await page.locator(".fatal b").count(), 0);
    assert.equal(await fatal.getAttribute("role"), "alert");
    const reset = fatal.locator("a");
    assert.equal(await reset.getAttribute("href"), "/app/");
    await reset.click();
    await page.waitForSelector('[data-testid="verdict"]', { state: "attached" });
    assert.equal(await verdict(page), "close");
  } finally {
    await dbg.close();
  }
});

test("each address downloads its own bundle: the embed's, the single page's, the system view's, meeting mode's; an address meeting mode's bundle does not show is handed to the bundle that shows it", async () => {
  const html = fs.readFileSync(path.join(process.env.DIST ?? "dist", "index.html"), "utf8");
  const wasmAttr = (name) => new RegExp(`${name}="?\\./([^"\\s>]+)`).exec(html)?.[1];
  const [single, embed, system, meeting, full] = ["data-wasm", "data-embed-wasm", "data-system-wasm", "data-meeting-wasm", "data-full-wasm"].map(wasmAttr);
  assert.ok(single && embed && system && meeting && new Set([single, embed, system, meeting]).size === 4, "the release build serves four bundles");
  // The single page's chunks (scripts/split-bundle.sh): every other wasm
  // file in the build, which only the single page fetches, after its first
  // answer. Its wasm list is its bundle, then its chunk.
  const chunks = fs
    .readdirSync(process.env.DIST ?? "dist")
    .filter((f) => f.endsWith(".wasm") && ![single, embed, system, meeting, full].includes(f));
  assert.ok(chunks.length > 0, "the release build splits the single page");
  const singleThenChunks = (wasm, before = [], what = "") => assert.deepEqual(wasm, [...before, single, ...chunks], what);
  const wasmOf = async (query, ready) => {
    const page = await newPage(env.browser);
    const wasm = [];
    page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url().split("/").pop()));
    await page.goto(env.server.url + query);
    await page.waitForSelector(ready, { state: "attached", timeout: 20000 });
    // Every bundle marks it; the split single page once its chunk is in.
    await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0, null, { timeout: 20000 });
    const shown = {
      boot: await page.locator("#boot").count(),
      fatal: await page.locator('[data-testid="fatal"]').count(),
      page: await page.locator(".panel.cost").count(),
      embed: await page.locator("main.embed-layout").count(),
    };
    await page.context().close();
    return { wasm, shown };
  };
  const verdict = '[data-testid="verdict"]';
  assert.deepEqual((await wasmOf("?embed=1&lat=5", verdict)).wasm, [embed]);
  singleThenChunks((await wasmOf("?lat=5", verdict)).wasm);
  assert.deepEqual((await wasmOf("?svc=api:4,2,2,2,2&svc=engine:2,5,3,3,5", '[data-testid="system"]')).wasm, [system]);
  assert.deepEqual((await wasmOf("?present=1&lat=5", '[data-testid="qr"]')).wasm, [meeting]);
  // An embedded presenter is the embed (as the app reads it): the embed's
  // bundle alone, not meeting mode's handing it on.
  assert.deepEqual((await wasmOf("?present=1&embed=1&lat=5", verdict)).wasm, [embed]);
  assert.deepEqual((await wasmOf("?ballot=1&name=Fraud+scoring", '[data-testid="ballot"]')).wasm, [meeting]);
  // `present=0` and `ballot=false` name meeting mode's parameters but ask
  // for the single page: its bundle, then the whole page (cost section and
  // all), no loading card left and no error.
  for (const query of ["?present=0&lat=5", "?ballot=false&lat=5"]) {
    const { wasm, shown } = await wasmOf(query, ".panel.cost");
    singleThenChunks(wasm, [meeting], query);
    assert.deepEqual(shown, { boot: 0, fatal: 0, page: 1, embed: 0 }, query);
  }
  // `ballot=false&embed=1` is an embed: meeting mode's bundle hands it to
  // the embed's, which shows it.
  const handed = await wasmOf("?ballot=false&embed=1&lat=5", verdict);
  assert.deepEqual(handed.wasm, [meeting, embed]);
  assert.deepEqual(handed.shown, { boot: 0, fatal: 0, page: 0, embed: 1 });
});
