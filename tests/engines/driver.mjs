// One small async API over the two other engines the app must run in:
// Firefox ESR (Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi) and WebKitGTK (Debian's WebKitWebDriver + MiniBrowser under Xvfb,
// driven by selenium-webdriver). Nothing here downloads a browser or a
// driver: puppeteer-core gets an executablePath, selenium a server URL.
//
//   const engine = await launch("firefox" | "webkit");
//   await engine.open(url, { width, height });
//   await engine.waitFor('[data-testid="verdict"]');
//   await engine.attr(sel, "data-verdict"); engine.text(sel); engine.value(sel)
//   await engine.focus(sel); await engine.press("ArrowRight"); await engine.type(sel, "15,660")
//   await engine.eval((a, b) => ..., a, b); await engine.screenshot("/tmp/x.png")
//   const frame = await engine.frame("iframe");  // the same read methods, inside an iframe
//   await engine.problems()                       // errors the page recorded (see PROBE)
//   await engine.close()
//
// WebKitWebDriver has no console log and no BiDi, so errors are recorded
// inside the page by PROBE, a classic script that `logged()` puts first in
// every HTML document it serves (an external same-origin script, which the
// production CSP allows). Firefox reports console errors and uncaught
// exceptions through puppeteer as well.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";

/** Where each engine lives on a Debian 12 machine (scripts/setup.sh installs them). */
export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? "/usr/bin/WebKitWebDriver";
export const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** The locale the Chromium tests' expected texts are written in ("$544.67"). */
const LOCALE_ENV = (() => {
  const env = { ...process.env, LANG: "en_US.UTF-8", LANGUAGE: "en_US" };
  for (const k of Object.keys(env)) if (k === "LC_ALL" || k.startsWith("LC_")) delete env[k];
  return env;
})();

/**
 * Records, inside the page, what a console would show: console.error calls,
 * uncaught errors (and failed script / stylesheet loads, caught in the
 * capture phase), unhandled rejections and CSP violations.
 */
export const PROBE = `(() => {
  if (window.__probe) return;
  const errors = [];
  window.__probe = { errors };
  const str = (a) => {
    try {
      if (a instanceof Error) return a.name + ": " + a.message;
      return typeof a === "string" ? a : JSON.stringify(a);
    } catch (_) {
      return String(a);
    }
  };
  const error = console.error;
  console.error = function (...args) {
    errors.push("console.error: " + args.map(str).join(" "));
    return error.apply(this, args);
  };
  addEventListener("error", (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) errors.push("failed to load: " + (t.src || t.href));
    else errors.push("uncaught: " + (e.message || str(e.error)));
  }, true);
  addEventListener("unhandledrejection", (e) => errors.push("unhandled rejection: " + str(e.reason)));
  document.addEventListener("securitypolicyviolation", (e) => errors.push("CSP violation: " + e.violatedDirective + " " + e.blockedURI));
})();`;

const PROBE_PATH = "/__engine-probe.js";

/**
 * Puts a request log and the probe in front of a server from
 * tests/browser/harness.mjs's serve() (which keeps the production
 * headers): every request is logged, every HTML response gets
 * `<script src="/__engine-probe.js">` as the first thing in its head, and
 * everything else passes through untouched, headers included.
 */
export async function logged(upstream) {
  const requests = [];
  const target = new URL(upstream.origin);
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, path: req.url });
    if (new URL(req.url, "http://x").pathname === PROBE_PATH) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(PROBE);
      return;
    }
    const up = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        const headers = { ...upRes.headers };
        if (!/^text\/html/.test(headers["content-type"] ?? "")) {
          res.writeHead(upRes.statusCode, headers);
          upRes.pipe(res);
          return;
        }
        const chunks = [];
        upRes.on("data", (c) => chunks.push(c));
        upRes.on("end", () => {
          let html = Buffer.concat(chunks).toString("utf8");
          const tag = `<script src="${PROBE_PATH}"></script>`;
          html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html;
          delete headers["content-length"];
          res.writeHead(upRes.statusCode, headers);
          res.end(html);
        });
      },
    );
    up.on("error", (e) => {
      res.writeHead(502).end(String(e));
    });
    req.pipe(up);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const prefix = new URL(upstream.url).pathname;
  return {
    origin,
    url: origin + prefix,
    requests,
    /** Requests whose path (without the query) ends with `suffix`. */
    count: (suffix) => requests.filter((r) => new URL(r.path, "http://x").pathname.endsWith(suffix)).length,
    async close() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      await upstream.close();
    },
  };
}

/** A copy of a standalone HTML file with the probe inlined first (for file:// pages, which no server touches). */
export function withProbe(file) {
  const html = fs.readFileSync(file, "utf8");
  const tag = `<script>${PROBE}</script>`;
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "engine-file-")), path.basename(file));
  fs.writeFileSync(out, /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + tag) : tag + html);
  return out;
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** The read methods shared by a page and a frame, built on one `eval`. */
class Reader {
  /** Runs `fn(...args)` in the document and returns its (awaited, JSON-able) result. */
  async eval(fn, ...args) {
    return this._eval(fn, args);
  }

  /** Polls `fn(...args)` until it returns something truthy; returns that. */
  async waitForFunction(fn, args = [], { timeout = 10000, interval = 50, what } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this._eval(fn, args);
        if (last) return last;
      } catch (e) {
        // A navigation in progress can destroy the context; try again.
        last = e;
      }
      if (Date.now() > deadline) {
        throw new Error(`${this.label}: timed out after ${timeout} ms waiting for ${what ?? fn.toString()} (last: ${last})`);
      }
      await sleep(interval);
    }
  }

  /** Waits until `selector` matches an element (attached; visibility is checked by the tests that need it). */
  waitFor(selector, { timeout = 20000 } = {}) {
    return this.waitForFunction((s) => document.querySelector(s) !== null, [selector], { timeout, what: selector });
  }

  /** One element's textContent (throws when nothing matches). */
  text(selector) {
    return this._eval((s) => {
      const el = document.querySelector(s);
      if (!el) throw new Error("no element matches " + s);
      return el.textContent;
    }, [selector]);
  }

  /** Every matching element's textContent. */
  texts(selector) {
    return this._eval((s) => [...document.querySelectorAll(s)].map((e) => e.textContent), [selector]);
  }

  /** One element's attribute, null when absent (throws when nothing matches). */
  attr(selector, name) {
    return this._eval((s, n) => {
      const el = document.querySelector(s);
      if (!el) throw new Error("no element matches " + s);
      return el.getAttribute(n);
    }, [selector, name]);
  }

  /** A form control's current value. */
  value(selector) {
    return this._eval((s) => {
      const el = document.querySelector(s);
      if (!el) throw new Error("no element matches " + s);
      return el.value;
    }, [selector]);
  }

  /**
   * Resolves after the page has painted its current DOM twice over: WebKit's
   * screenshot otherwise can show the previous frame (seen here: the last
   * page's verdict after a navigation).
   */
  painted() {
    return this._eval(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))), []);
  }

  /** The document's address. */
  url() {
    return this._eval(() => location.href, []);
  }

  /** What the probe recorded in this document, or a note that it never ran. */
  async probeErrors() {
    const got = await this._eval(() => (window.__probe ? window.__probe.errors.slice() : null), []);
    return got ?? [`${this.label}: the error probe did not run in this document`];
  }
}

/** Firefox ESR through puppeteer-core's WebDriver BiDi. */
class FirefoxEngine extends Reader {
  name = "firefox";
  label = "Firefox";

  static async launch() {
    const { default: puppeteer } = await import("puppeteer-core");
    const browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      protocol: "webDriverBiDi",
      headless: true,
      env: LOCALE_ENV,
      extraPrefsFirefox: { "intl.locale.requested": "en-US", "intl.accept_languages": "en-US, en" },
    });
    const engine = new FirefoxEngine();
    engine.browser = browser;
    engine.page = (await browser.pages())[0] ?? (await browser.newPage());
    engine.events = [];
    engine.page.on("console", (m) => {
      if (m.type() === "error") engine.events.push("console: " + m.text());
    });
    engine.page.on("pageerror", (e) => engine.events.push("pageerror: " + (e.message ?? e)));
    engine.version = await browser.version();
    return engine;
  }

  _eval(fn, args) {
    return this.page.evaluate(fn, ...args);
  }

  async open(url, { width = 1280, height = 720 } = {}) {
    this.events = [];
    await this.page.setViewport({ width, height });
    await this.page.goto(url, { waitUntil: "load" });
  }

  async focus(selector) {
    await this.page.focus(selector);
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  /** Replaces a field's text the way a user does: select all, delete, type. */
  async type(selector, text) {
    await this.page.focus(selector);
    await this.page.evaluate((s) => document.querySelector(s).select(), selector);
    await this.page.keyboard.press("Backspace");
    await this.page.keyboard.type(text);
  }

  async screenshot(file) {
    await this.painted();
    await this.page.screenshot({ path: file });
    return file;
  }

  async frame(selector) {
    const handle = await this.page.waitForSelector(selector);
    const frame = await handle.contentFrame();
    const reader = new Reader();
    reader.label = `Firefox frame ${selector}`;
    reader._eval = (fn, args) => frame.evaluate(fn, ...args);
    return reader;
  }

  async problems() {
    return [...this.events, ...(await this.probeErrors())];
  }

  async close() {
    await this.browser?.close();
  }
}

const KEYS = {
  ArrowRight: "\uE014",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowDown: "\uE015",
  Home: "\uE011",
  End: "\uE010",
  Backspace: "\uE003",
  Enter: "\uE007",
  Tab: "\uE004",
};

/** A free TCP port on the loopback interface. */
async function freePort() {
  const s = net.createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Starts Xvfb on a display it picks itself (-displayfd); resolves with ":N". */
function startXvfb(children) {
  return new Promise((ok, fail) => {
    const x = spawn("Xvfb", ["-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(x);
    let out = "";
    let err = "";
    x.stdout.on("data", (d) => {
      out += d;
      const m = /^(\d+)\n/.exec(out);
      if (m) ok(":" + m[1]);
    });
    x.stderr.on("data", (d) => (err += d));
    x.on("error", fail);
    x.on("exit", (code) => fail(new Error(`Xvfb exited (${code}): ${err.slice(-500)}`)));
  });
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver) under Xvfb. */
class WebKitEngine extends Reader {
  name = "webkit";
  label = "WebKit";

  static async launch() {
    const { Builder } = await import("selenium-webdriver");
    const engine = new WebKitEngine();
    engine.children = [];
    // Never leave an Xvfb or a driver behind, even when a test throws.
    engine.onExit = () => engine.children.forEach((c) => c.exitCode === null && c.kill("SIGKILL"));
    process.on("exit", engine.onExit);
    try {
      const display = await startXvfb(engine.children);
      const port = await freePort();
      const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, "--host=127.0.0.1"], {
        env: { ...LOCALE_ENV, DISPLAY: display },
        stdio: ["ignore", "ignore", "pipe"],
      });
      engine.children.push(driver);
      engine.driverLog = "";
      driver.stderr.on("data", (d) => (engine.driverLog = (engine.driverLog + d).slice(-4000)));
      const server = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 15000;
      for (;;) {
        const ready = await fetch(server + "/status").then((r) => r.ok, () => false);
        if (ready) break;
        if (driver.exitCode !== null || Date.now() > deadline) {
          throw new Error(`WebKitWebDriver did not start on ${server}: ${engine.driverLog}`);
        }
        await sleep(100);
      }
      engine.driver = await new Builder()
        .usingServer(server)
        .withCapabilities({
          browserName: "MiniBrowser",
          "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
        })
        .build();
      const caps = await engine.driver.getCapabilities();
      engine.version = `${caps.get("browserName")} ${caps.get("browserVersion")}`;
      return engine;
    } catch (e) {
      await engine.close();
      throw e;
    }
  }

  _eval(fn, args) {
    return this.driver.executeScript(`return (${fn.toString()}).apply(null, arguments);`, ...args);
  }

  /**
   * Navigates and sizes the viewport (not the window: MiniBrowser's
   * toolbar takes some of it). WebKitGTK windows stop at 447 px wide; test
   * narrower layouts in an iframe.
   */
  async open(url, { width = 1280, height = 720 } = {}) {
    if (width < 447) throw new Error(`WebKit windows cannot be ${width} px wide (447 at least): use an iframe`);
    const win = this.driver.manage().window();
    for (let i = 0; i < 3; i++) {
      const [iw, ih] = await this._eval(() => [innerWidth, innerHeight], []);
      if (iw === width && ih === height) break;
      const rect = await win.getRect();
      await win.setRect({ width: rect.width + width - iw, height: rect.height + height - ih });
    }
    await this.driver.get(url);
    const [iw, ih] = await this._eval(() => [innerWidth, innerHeight], []);
    if (iw !== width || ih !== height) throw new Error(`WebKit viewport is ${iw}x${ih}, not ${width}x${height}`);
  }

  async focus(selector) {
    await this._eval((s) => document.querySelector(s).focus(), [selector]);
  }

  /** A key press sent to whatever has focus, as a keyboard would. */
  async press(key) {
    const code = KEYS[key] ?? key;
    await this.driver.actions({ async: true }).keyDown(code).keyUp(code).perform();
  }

  async type(selector, text) {
    await this.focus(selector);
    await this._eval((s) => document.querySelector(s).select(), [selector]);
    await this.press("Backspace");
    await this.driver.actions({ async: true }).sendKeys(text).perform();
  }

  async screenshot(file) {
    await this.painted();
    fs.writeFileSync(file, Buffer.from(await this.driver.takeScreenshot(), "base64"));
    return file;
  }

  async frame(selector) {
    const { By } = await import("selenium-webdriver");
    await this.waitFor(selector);
    const reader = new Reader();
    reader.label = `WebKit frame ${selector}`;
    reader._eval = async (fn, args) => {
      const el = await this.driver.findElement(By.css(selector));
      await this.driver.switchTo().frame(el);
      try {
        return await this._eval(fn, args);
      } finally {
        await this.driver.switchTo().defaultContent();
      }
    };
    return reader;
  }

  problems() {
    return this.probeErrors();
  }

  async close() {
    try {
      await this.driver?.quit();
    } catch {
      // The session may already be gone; the processes are killed below.
    }
    for (const c of (this.children ?? []).reverse()) {
      if (c.exitCode === null && c.signalCode === null) {
        c.kill("SIGTERM");
        await Promise.race([new Promise((ok) => c.once("exit", ok)), sleep(3000)]);
        if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
      }
    }
    if (this.onExit) process.off("exit", this.onExit);
  }
}

/** Starts one engine: "firefox" or "webkit". */
export function launch(name) {
  if (name === "firefox") return FirefoxEngine.launch();
  if (name === "webkit") return WebKitEngine.launch();
  throw new Error(`unknown engine ${name}`);
}
