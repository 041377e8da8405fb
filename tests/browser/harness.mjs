// Shared helpers for the browser tests: a static server on 127.0.0.1 that
// sends the production security headers, and a headless Debian Chromium
// driven by playwright-core.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { before, after } from "node:test";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

/**
 * The deploy headers (assets/_headers, the `/*` block), sent by `serve()`
 * on every file, so the tests serve exactly what hosts are told to send:
 * the policy, and `Access-Control-Allow-Origin: *`, which a sandboxed embed
 * (an opaque origin) needs to load the scripts, the wasm and the stylesheet.
 * tests/policy.rs keeps index.html's meta tag and the README's copies of the
 * policy equal to it.
 */
export const HEADERS = (() => {
  const text = fs.readFileSync(new URL("../../assets/_headers", import.meta.url), "utf8");
  const out = {};
  let inAll = false;
  for (const line of text.split("\n")) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === "/*";
      continue;
    }
    const m = line.match(/^\s+([A-Za-z-]+):\s*(.+?)\s*$/);
    if (inAll && m) out[m[1].toLowerCase()] = m[2];
  }
  if (!out["content-security-policy"]) throw new Error("assets/_headers has no Content-Security-Policy line under /*");
  return out;
})();

/** The production policy, from the deploy headers. */
export const CSP = HEADERS["content-security-policy"];

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
};

/** The release bundle built by `trunk build --release`. */
export const DIST = path.resolve(process.env.DIST ?? "dist");

/**
 * Serves `root` under `prefix` with the deploy headers, plus `pages`: extra
 * paths (such as a blog page that embeds the app) served without them, and
 * extra `headers` on every file (a header set to null is left out).
 * `alter(rel, body)` may replace a file's bytes (return a Buffer or a
 * string) or refuse it (return null: 404). Every request is logged in
 * `requests` ({ path, file, origin, mode, dest }), so a test can count what
 * a page downloads.
 */
export async function serve(root = DIST, { prefix = "/", pages = {}, headers = {}, csp = true, alter } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const entry = {
      path: url.pathname,
      query: url.search,
      origin: req.headers.origin,
      mode: req.headers["sec-fetch-mode"],
      dest: req.headers["sec-fetch-dest"],
    };
    requests.push(entry);
    if (pages[url.pathname]) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(pages[url.pathname]);
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    entry.file = rel;
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    let body = null;
    if (alter) {
      body = alter(rel, fs.readFileSync(file));
      if (body === null) {
        res.writeHead(404).end("not found");
        return;
      }
    }
    const sent = {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      ...HEADERS,
      "cache-control": "no-store",
      ...headers,
    };
    if (!csp) delete sent["content-security-policy"];
    for (const [k, v] of Object.entries(sent)) if (v === null || v === undefined) delete sent[k];
    res.writeHead(200, sent);
    if (body !== null) res.end(body);
    else fs.createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Chromium keeps connections alive; drop them so closing never waits on a page.
  const close = () => {
    server.closeAllConnections();
    return new Promise((ok) => server.close(ok));
  };
  return { origin, url: origin + prefix, close, requests };
}

/** Headless Chromium from Debian, with the flags this machine needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * A page that records console errors, uncaught exceptions and CSP
 * violations, so any test can assert none happened.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") page.problems.push("console: " + m.text());
  });
  page.on("pageerror", (e) => page.problems.push("pageerror: " + e.message));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return page;
}

/** Opens the app and waits until it has mounted. */
export async function openApp(page, base, query = "") {
  await page.goto(base + query);
  await page.waitForSelector('[data-testid="verdict"]', { state: "attached", timeout: 20000 });
  // The split single page shows its toolbar, charts and panels after the
  // first answer (src/ui/shared/deferred.rs): a test sees the whole page.
  await page.waitForFunction(() => performance.getEntriesByName("app-complete").length > 0, null, { timeout: 20000 });
  return page;
}

/** The current verdict id. */
export const verdict = (page) => page.getAttribute('[data-testid="verdict"]', "data-verdict");

/** Waits until the address bar's query satisfies `pred(URLSearchParams)`. */
export async function waitForQuery(page, pred, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const params = new URL(page.url()).searchParams;
    if (pred(params)) return params;
    if (Date.now() > deadline) throw new Error(`address bar never showed ${what}: ${page.url()}`);
    await page.waitForTimeout(25);
  }
}

/**
 * Registers a server for the release bundle and a browser for the test
 * file, started before its tests and closed after them.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core's WCAG 2.1 A/AA rules on the page; returns the violations, one line each. */
export async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  });
}
