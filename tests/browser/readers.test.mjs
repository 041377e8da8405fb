// Where readers are: a blog's sandboxed iframe, a page that cannot start,
// one download of each file, browsers without light-dark() / color-mix(),
// phones (no field under 16 px), and the embed snippet's default height.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { serve, newPage, openApp, useBrowser, DIST } from "./harness.mjs";
import { attr, bootTag, tags } from "../../scripts/html.mjs";

const env = useBrowser();

const HYBRID = "?lat=5&safety=4&exp=2";
const SYSTEM = "?svc=api:4,2,2,2,2&svc=engine:2,5,3,3,5";
const ROOM = "?votes=Ana~3.3.3.3.3,Bo~4.5.4.2.4";

/** A blog page on its own origin: `body` after a height-message recorder. */
async function blog(body) {
  return serve(undefined, {
    prefix: "/nothing/",
    pages: {
      "/post.html": `<!doctype html><title>post</title><link rel="icon" href="data:,"><style>body{margin:0}</style>
        <script>window.heights = []; addEventListener("message", (e) => {
          if (e.data && e.data.type === "rust-or-go:height") window.heights.push({ origin: e.origin, height: e.data.height }); });</script>
        ${body}`,
    },
  });
}

test("a blog's sandboxed iframe (allow-scripts only, another origin) shows the styled calculator, posts its height, and the resize script follows it", async () => {
  // The page's own snippet and resize script, with sandbox="allow-scripts" added.
  const maker = await newPage(env.browser);
  await openApp(maker, env.server.url, HYBRID);
  const snippet = (await maker.inputValue('[data-testid="embed-snippet"]')).replace("<iframe ", '<iframe sandbox="allow-scripts" ');
  const script = await maker.inputValue('[data-testid="embed-script"]');
  await maker.context().close();
  assert.match(snippet, /^<iframe sandbox="allow-scripts" src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1&amp;theme=light"/);
  const host = await blog(`<h1>My post</h1>${snippet}${script}<p id="after">after</p>`);
  try {
    // 400 px wide: the content is taller than the snippet's height before and
    // after the change below.
    const reader = await newPage(env.browser, { viewport: { width: 400, height: 900 } });
    const from = env.server.requests.length;
    await reader.goto(host.origin + "/post.html");
    await reader.waitForFunction(() => window.heights.length > 0, null, { timeout: 20000 });
    const [first] = await reader.evaluate(() => window.heights);
    // An opaque origin: the test would prove nothing with a same-origin frame.
    assert.equal(first.origin, "null");
    assert.ok(first.height > 300 && first.height < 3000, `height ${first.height}`);
    const frame = reader.frameLocator("iframe");
    assert.equal(await frame.locator('[data-testid="verdict"]').getAttribute("data-verdict"), "hybrid");
    // The stylesheet applied (it carries integrity, so it is a CORS request here).
    const styled = await frame.locator('[data-testid="verdict"]').evaluate((el) => {
      const s = getComputedStyle(el.closest(".verdict-card") ?? el);
      return { border: s.borderTopStyle, title: getComputedStyle(document.querySelector(".verdict-title")).fontSize };
    });
    assert.equal(styled.border, "solid", JSON.stringify(styled));
    assert.notEqual(styled.title, "16px", "the verdict title has the stylesheet's size");
    // The frame's script, glue, wasm and stylesheet came as requests from "null".
    const assets = env.server.requests.slice(from).filter((r) => /\.(js|wasm|css)$/.test(r.path));
    for (const kind of [/boot\.js$/, /\.css$/, /rust-or-go-[^/]*\.js$/, /\.wasm$/]) {
      assert.ok(assets.some((r) => kind.test(r.path) && r.origin === "null"), `${kind}: ${JSON.stringify(assets)}`);
    }
    // The pasted resize script accepts the sandbox's "null" origin from its own iframe.
    const frameHeight = () => reader.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    await reader.waitForFunction(() => Math.abs(document.querySelector("iframe").getBoundingClientRect().height - window.heights.at(-1).height) < 2);
    // Moving sliders inside the sandbox works; the new height is posted and
    // followed (a longer verdict: two more reasons).
    const before = await frameHeight();
    await frame.locator('input[name="scale"]').fill("5");
    await frame.locator('input[name="exp"]').fill("1");
    await frame.locator('input[name="ttm"]').fill("4");
    assert.equal(await frame.locator('[data-testid="verdict"]').getAttribute("data-verdict"), "hybrid");
    await frame.locator('[data-testid="reasons"] li:nth-child(4)').waitFor({ state: "attached" });
    const content = await frame.locator("body").evaluate((body) => body.scrollHeight);
    assert.ok(content > before + 20, `the content did not grow (${before} -> ${content}); the test would prove nothing`);
    await reader.waitForFunction((h) => Math.abs(document.querySelector("iframe").getBoundingClientRect().height - h) < 2, content);
    assert.deepEqual(reader.problems, []);
    await reader.context().close();
  } finally {
    await host.close();
  }
});

test("the resize script also shrinks an iframe taller than the embed's content", async () => {
  // The embed measures its body, not the root: the root's scrollHeight never
  // falls below the frame's own height, so a frame could only ever grow.
  const maker = await newPage(env.browser);
  await openApp(maker, env.server.url, "");
  const snippet = (await maker.inputValue('[data-testid="embed-snippet"]')).replace(/height="\d+"/, 'height="2400"');
  const script = await maker.inputValue('[data-testid="embed-script"]');
  await maker.context().close();
  const host = await blog(`${snippet}${script}`);
  try {
    const reader = await newPage(env.browser, { viewport: { width: 760, height: 900 } });
    await reader.goto(host.origin + "/post.html");
    await reader.waitForFunction(() => window.heights.length > 0, null, { timeout: 20000 });
    await reader.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height < 2000, null, { timeout: 10000 });
    const shown = await reader.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    const content = await reader.frameLocator("iframe").locator("body").evaluate((b) => b.scrollHeight);
    assert.ok(Math.abs(shown - content) < 2, `iframe ${shown} px, content ${content} px`);
    assert.ok(shown > 400, `the verdict and the figures need more than ${shown} px`);
    await reader.context().close();
  } finally {
    await host.close();
  }
});

/** The start-failure card's address and link, once it is shown. */
async function card(frameOrPage, { failed = true } = {}) {
  const boot = frameOrPage.locator("#boot .boot-card");
  await boot.waitFor({ state: "visible", timeout: 15000 });
  // boot.js marks the failure it caught (unstyled, the card shows before that).
  if (failed) await frameOrPage.locator('#boot .boot-problem[role="alert"]').waitFor({ state: "visible", timeout: 15000 });
  return {
    address: await frameOrPage.locator("#boot-address").inputValue(),
    href: await frameOrPage.locator("#boot-link").getAttribute("href"),
    text: await boot.innerText(),
    loading: await frameOrPage.locator("#boot .boot-loading").isVisible(),
  };
}

test("when the app cannot start, the reader sees what the calculator is and its address, as a link and as text", async () => {
  const wasmFail = await serve(undefined, { alter: (rel, body) => (rel.endsWith(".wasm") ? Buffer.from("not wasm at all") : body) });
  const glueGone = await serve(undefined, { alter: (rel, body) => (/^rust-or-go-[^/]*\.js$/.test(rel) ? null : body) });
  try {
    for (const [what, server] of [["a broken wasm", wasmFail], ["a missing JS glue", glueGone]]) {
      const page = await newPage(env.browser);
      const t0 = Date.now();
      await page.goto(server.url + HYBRID + "&embed=1&name=a%2Cb");
      const shown = await card(page);
      // boot.js reports the failure at once; it does not wait for the stylesheet's fallback timer.
      assert.ok(Date.now() - t0 < 8000, `${what}: the card took ${Date.now() - t0} ms`);
      const expected = server.url + HYBRID + "&name=a%2Cb";
      assert.equal(shown.address, expected, what);
      assert.equal(new URL(shown.href, server.url).href, expected, what);
      assert.match(shown.text, /Rust or Go\?/, what);
      assert.match(shown.text, /could not start here/, what);
      assert.equal(shown.loading, false, `${what}: "Loading…" still shows`);
      assert.equal(await page.getAttribute(".boot-problem", "role"), "alert");
      await page.context().close();
    }
  } finally {
    await wasmFail.close();
    await glueGone.close();
  }
  // A host that sends no CORS header: in a sandbox the module glue is refused,
  // but boot.js (a classic script) still runs and shows the address.
  const noCors = await serve(undefined, { headers: { "access-control-allow-origin": null } });
  const host = await blog(`<iframe src="${noCors.url}${HYBRID}&embed=1" sandbox="allow-scripts" title="Rust or Go?" width="100%" height="880"></iframe>`);
  try {
    const reader = await newPage(env.browser, { viewport: { width: 700, height: 900 } });
    await reader.goto(host.origin + "/post.html");
    const shown = await card(reader.frameLocator("iframe"));
    assert.equal(shown.address, noCors.url + HYBRID);
    assert.match(shown.text, /could not start here/);
    await reader.context().close();
  } finally {
    await host.close();
    await noCors.close();
  }
});

test("without boot.js the card still appears (after its timer), with a link to the calculator", async () => {
  const page = await newPage(env.browser);
  await page.route("**/boot.js", (route) => route.abort());
  await page.goto(env.server.url + "?embed=1");
  assert.equal(await page.locator("#boot .boot-card").isVisible(), false, "the card shows while the app may still be loading");
  const shown = await card(page, { failed: false });
  assert.equal(new URL(shown.href, env.server.url).href, env.server.url);
  assert.match(shown.text, /Rust or Go\?/);
  assert.equal(await page.locator(".boot-copy").isVisible(), false, "an empty address box");
  await page.context().close();
});

test("each page downloads each file once and only its own bundle: no preloads", async () => {
  const html = fs.readFileSync(path.join(DIST, "index.html"), "utf8");
  const loader = bootTag(html);
  const clean = (f) => f.replace(/^\.\//, "/");
  const single = [attr(loader, "data-js"), attr(loader, "data-wasm")].map(clean);
  const [embed, system, meeting, full] = ["embed", "system", "meeting", "full"].map((b) => [attr(loader, `data-${b}-js`), attr(loader, `data-${b}-wasm`)].map((f) => f && clean(f)));
  // `full` is the single-file build's: no served page downloads it.
  const bundles = [single, embed, system, meeting, full];
  assert.ok(bundles.every((b) => b.every(Boolean)), "five bundles");
  assert.equal(new Set(bundles.flat()).size, 10, `five bundles of two files each: ${bundles.flat()}`);
  const preloads = tags(html, "link").filter((l) => /preload/.test(attr(l, "rel") ?? ""));
  assert.deepEqual(preloads, [], "dist/index.html preloads a bundle file");
  // The stylesheets: main.css for every view, page.css for all but the embed.
  const sheet = (name) => tags(html, "link").map((l) => attr(l, "href") ?? "").filter((h) => new RegExp(`(^|/)${name}-[^/]*\\.css$`).test(h)).map(clean);
  const [mainCss, pageCss] = [sheet("main"), sheet("page")];
  assert.deepEqual([mainCss.length, pageCss.length], [1, 1], `one main.css and one page.css link: ${mainCss} ${pageCss}`);
  const views = [
    ["", single, '[data-testid="verdict"]'],
    ["?embed=1", embed, '[data-testid="verdict"]'],
    ["?embed=0&lat=5", single, '[data-testid="verdict"]'],
    ["?embed=1&embed=1", embed, '[data-testid="notices"]'],
    ["?embed=0&embed=1", single, '[data-testid="verdict"]'],
    ["?embed=true&lat=5", embed, '[data-testid="verdict"]'],
    [SYSTEM, system, '[data-testid="system"]'],
    ["?present=1&lat=5", meeting, '[data-testid="qr"]'],
    ["?present=1&embed=1&lat=5", embed, '[data-testid="verdict"]'],
    [ROOM, meeting, '[data-testid="room"]'],
    ["?ballot=1&name=Fraud+scoring", meeting, '[data-testid="ballot"]'],
  ];
  for (const [query, own, ready] of views) {
    const page = await newPage(env.browser);
    const from = env.server.requests.length;
    await page.goto(env.server.url + query);
    await page.waitForSelector(ready, { state: "attached", timeout: 20000 });
    await page.waitForTimeout(500);
    const paths = env.server.requests.slice(from).map((r) => r.path);
    const counts = {};
    for (const p of paths) counts[p] = (counts[p] ?? 0) + 1;
    const twice = Object.entries(counts).filter(([, n]) => n > 1);
    assert.deepEqual(twice, [], `${query || "?"}: downloaded more than once`);
    for (const f of own) assert.equal(counts[f], 1, `${query || "?"}: ${f} not downloaded`);
    for (const f of bundles.filter((b) => b !== own).flat()) assert.equal(counts[f], undefined, `${query || "?"}: downloaded another bundle's ${f}`);
    assert.equal(counts[mainCss[0]], 1, `${query || "?"}: main.css not downloaded`);
    assert.equal(counts[pageCss[0]], own === embed ? undefined : 1, `${query || "?"}: page.css ${own === embed ? "downloaded by the embed" : "not downloaded"}`);
    // Each sheet the view loads applied (parsed, with its rules).
    const rules = await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length > 0));
    assert.deepEqual(rules, own === embed ? [true] : [true, true], `${query || "?"}: stylesheets applied`);
    assert.deepEqual(page.problems, [], query);
    await page.context().close();
  }
});

/**
 * Colours a reader can see: the page background follows the scheme, every
 * button and field stands out from what is behind it, every panel has a
 * border or a background of its own, and all text has 4.5:1 contrast.
 */
async function colourProblems(page) {
  return page.evaluate(() => {
    const cv = document.createElement("canvas");
    cv.width = cv.height = 1;
    const ctx = cv.getContext("2d", { willReadFrequently: true });
    const rgba = (c) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "rgba(0,0,0,0)";
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    };
    const over = (top, under) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
    };
    const probe = document.createElement("div");
    probe.style.backgroundColor = "Canvas";
    document.documentElement.append(probe);
    const canvasColour = rgba(getComputedStyle(probe).backgroundColor);
    probe.remove();
    const behind = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) layers.push(rgba(getComputedStyle(e).backgroundColor));
      return layers.reverse().reduce((under, top) => over(top, under), canvasColour);
    };
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const contrast = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const shown = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 2 && el.getBoundingClientRect().height > 2;
    const name = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${(el.textContent || el.value || "").trim().slice(0, 30)}"`;
    const problems = [];
    const page = behind(document.body);
    const dark = matchMedia("(prefers-color-scheme: dark)").matches;
    const theme = document.documentElement.dataset.theme;
    const wantDark = theme ? theme === "dark" : dark;
    if (wantDark ? lum(page) > 0.1 : lum(page) < 0.7) problems.push(`page background ${page} for a ${wantDark ? "dark" : "light"} scheme`);
    const standsOut = (el) => {
      const s = getComputedStyle(el);
      const outside = behind(el.parentElement);
      const fill = over(rgba(s.backgroundColor), outside);
      if (contrast(fill, outside) >= 1.3) return true;
      return ["Top", "Right", "Bottom", "Left"].some(
        (side) => s[`border${side}Style`] !== "none" && parseFloat(s[`border${side}Width`]) >= 1 && contrast(over(rgba(s[`border${side}Color`]), outside), outside) >= 1.3,
      );
    };
    for (const el of document.querySelectorAll('button:not(.link-button), .button, select, input[type="text"], textarea')) {
      if (shown(el) && !standsOut(el)) problems.push(`control ${name(el)} does not stand out`);
    }
    for (const el of document.querySelectorAll(".panel, .verdict-card, fieldset:not(.svc fieldset), .svc, .boot-card")) {
      if (!shown(el)) continue;
      const s = getComputedStyle(el);
      const outside = behind(el.parentElement);
      const bordered = s.borderTopStyle !== "none" && parseFloat(s.borderTopWidth) >= 1 && contrast(over(rgba(s.borderTopColor), outside), outside) >= 1.2;
      if (!bordered && contrast(behind(el), outside) < 1.05) problems.push(`panel ${name(el)} has no border or background of its own`);
    }
    const texts = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (n.textContent.trim() && el && !el.closest("svg, script, style, noscript, .sr-only, option") && !el.closest("button:disabled")) texts.add(el);
    }
    for (const el of document.querySelectorAll('select, input[type="text"], textarea')) texts.add(el);
    for (const el of texts) {
      if (!shown(el)) continue;
      const c = contrast(over(rgba(getComputedStyle(el).color), behind(el)), behind(el));
      if (c < 4.5) problems.push(`text ${name(el)}: contrast ${c.toFixed(2)}`);
    }
    return problems;
  });
}

test("colours work without light-dark() and color-mix() (Safari 15-17.4, Firefox 89-119, Chrome 96-122), light and dark", async () => {
  // The stylesheet as an older engine reads it: both functions unknown. The
  // integrity attribute goes too, or the edited stylesheet would be refused.
  let renamed = 0;
  const old = await serve(undefined, {
    alter: (rel, body) => {
      if (rel.endsWith(".css")) {
        const css = body.toString("utf8");
        renamed += (css.match(/(light-dark|color-mix)\(/g) ?? []).length;
        return css.replace(/\b(light-dark|color-mix)\(/g, "x$1(");
      }
      if (rel === "index.html") return body.toString("utf8").replace(/\sintegrity=("[^"]*"|[^\s>]+)/g, "");
      return body;
    },
  });
  try {
    const failures = [];
    const cases = [
      ["light", ""],
      ["dark", ""],
      ["dark", "&theme=light"],
      ["light", "&theme=dark"],
    ];
    for (const [scheme, theme] of cases) {
      for (const [server, label] of [
        [old, "without light-dark/color-mix"],
        [env.server, "as served"],
      ]) {
        for (const query of ["?preset=deploy-platform", "?preset=deploy-platform&embed=1", SYSTEM, ROOM]) {
          if (server === env.server && query !== "?preset=deploy-platform") continue;
          const page = await newPage(env.browser, { colorScheme: scheme, viewport: { width: 1280, height: 900 } });
          await page.goto(server.url + query + theme);
          await page.waitForSelector('[data-testid="verdict"], [data-testid="system"], [data-testid="room"]', { state: "attached", timeout: 20000 });
          await page.waitForTimeout(200);
          const sheet = await page.evaluate(() => document.styleSheets.length);
          assert.ok(sheet >= 1, "the stylesheet did not load");
          for (const p of await colourProblems(page)) failures.push(`${label}, ${scheme} system${theme}, ${query}: ${p}`);
          await page.context().close();
        }
      }
    }
    assert.deepEqual(failures.slice(0, 40), [], `${failures.length} problems`);
  } finally {
    await old.close();
  }
});

test("phones: no field's text is under 16 px (iOS Safari zooms into it) on the single page, the system view and the room", async () => {
  const small = [];
  for (const width of [375, 390]) {
    for (const query of ["", SYSTEM, ROOM]) {
      const page = await newPage(env.browser, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
      await page.goto(env.server.url + query);
      await page.waitForSelector('[data-testid="verdict"], [data-testid="system"], [data-testid="room"]', { state: "attached", timeout: 20000 });
      // Open every disclosure, so the fields inside count too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.waitForTimeout(200);
      const fields = await page.evaluate(() =>
        [...document.querySelectorAll("input, select, textarea")]
          .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 0)
          .map((el) => ({ name: el.name || el.id || el.type || el.tagName, size: parseFloat(getComputedStyle(el).fontSize), tag: el.tagName })),
      );
      assert.ok(fields.length >= (query === ROOM ? 1 : 10), `${query || "/"} at ${width} px: only ${fields.length} fields`);
      for (const f of fields) if (f.size < 16) small.push(`${query || "/"} at ${width} px: ${f.tag} ${f.name} ${f.size} px`);
      await page.context().close();
    }
  }
  assert.deepEqual(small, []);
});

test("the embed snippet's default height shows the key figures and the way out at 600-760 px, and the verdict at 360 px", async () => {
  const problems = [];
  for (const state of ["", HYBRID.slice(1), "preset=deploy-platform"]) {
    const maker = await newPage(env.browser);
    await openApp(maker, env.server.url, state ? "?" + state : "");
    const snippet = await maker.inputValue('[data-testid="embed-snippet"]');
    await maker.context().close();
    const declared = Number(/height="(\d+)"/.exec(snippet)[1]);
    const host = await serve(undefined, { prefix: "/nothing/", pages: { "/post.html": `<!doctype html><title>post</title><link rel="icon" href="data:,"><style>body{margin:0}</style>${snippet}` } });
    try {
      for (const width of [760, 700, 600, 360]) {
        const reader = await newPage(env.browser, { viewport: { width, height: 1000 } });
        await reader.goto(host.origin + "/post.html");
        const frame = reader.frameLocator("iframe");
        await frame.locator('[data-testid="verdict"]').waitFor({ state: "attached", timeout: 20000 });
        const box = await frame.locator("html").evaluate(() => {
          const bottom = (sel) => document.querySelector(sel)?.getBoundingClientRect().bottom ?? Infinity;
          return {
            verdict: bottom(".verdict-card"),
            figures: bottom(".key-figures"),
            range: bottom('[data-testid="money-range"]'),
            open: bottom(".open-full a"),
            content: document.documentElement.scrollHeight,
            frame: innerHeight,
          };
        });
        assert.equal(box.frame, declared);
        const what = `${state || "defaults"} at ${width} px (content ${box.content} px, frame ${box.frame} px)`;
        if (box.verdict > box.frame) problems.push(`${what}: the verdict ends at ${box.verdict}`);
        if (width >= 600) {
          if (box.figures > box.frame) problems.push(`${what}: the key figures end at ${box.figures}`);
          if (box.range > box.frame) problems.push(`${what}: the money's range ends at ${box.range}`);
          if (box.open > box.frame) problems.push(`${what}: "Open full calculator" ends at ${box.open}`);
        }
        await reader.context().close();
      }
    } finally {
      await host.close();
    }
  }
  assert.deepEqual(problems, []);
});
