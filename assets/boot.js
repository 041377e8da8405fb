// Loads the wasm app. An external script (not Trunk's inline loader) so the
// page runs under a Content-Security-Policy without 'unsafe-inline'.
//
// A classic deferred script (Trunk.toml's pattern_script), and valid as a
// module too (no import/export, no top-level await). A blog's sandboxed
// iframe (sandbox="allow-scripts") has an opaque origin, where a module
// script is a CORS request; a classic one loads from any host, so even
// where the host sends no Access-Control-Allow-Origin this runs and can
// show the reader the calculator's address instead of "Loading…".
//
// Three bundles: the single-service page, the embed alone (what a blog
// embeds, `embed=1`: data-embed-js / data-embed-wasm) and, for the
// addresses of the system view and meeting mode, the full one
// (data-full-js / data-full-wasm; `scripts/build.sh` writes both pairs).
// Choosing here keeps the page's and those views' bytes off every embed,
// their stylesheet (page.css) too. Each file is
// downloaded once: the page has no preload links, the wasm fetch starts
// before the JS glue is imported, and init gets that response (WebKit does
// not reuse a <link rel=preload> for wasm-bindgen's own fetch).
(function () {
  "use strict";
  var boot = document.getElementById("boot");

  // The full calculator for a reader of an embed that cannot start: this
  // address without `embed`. The query is edited as text, so every other
  // parameter keeps its exact encoding.
  function address() {
    var kept = location.search
      .slice(1)
      .split("&")
      .filter(function (p) {
        return p !== "" && !/^embed(=|$)/.test(p);
      });
    return location.href.replace(/[?#].*$/, "") + (kept.length ? "?" + kept.join("&") : "");
  }

  function fill() {
    var href = address();
    var link = document.getElementById("boot-link");
    var input = document.getElementById("boot-address");
    if (link) link.setAttribute("href", href);
    if (input) {
      input.value = href;
      input.addEventListener("focus", function () {
        input.select();
      });
      if (input.parentNode) input.parentNode.hidden = false;
    }
  }

  // Whether the page reads this address as the embed: one `embed`
  // parameter whose value is 1, true or empty, as the app's URL reader
  // takes it. Anything else (0, a repeat, a typo) gets the single-page
  // bundle, which shows whatever the reader makes of it.
  function embedOnly() {
    var values = location.search
      .slice(1)
      .split("&")
      .filter(function (p) {
        return /^embed(=|$)/.test(p);
      })
      .map(function (p) {
        try {
          return decodeURIComponent(p.slice(6).replace(/\+/g, " ")).trim();
        } catch (e) {
          return "?";
        }
      });
    return values.length === 1 && /^(1|true|)$/.test(values[0]);
  }

  function fail(err) {
    if (boot && boot.isConnected) {
      boot.classList.add("boot-failed");
      var problem = boot.querySelector(".boot-problem");
      if (problem) {
        problem.textContent =
          "It could not start here. Open it in its own tab, or copy its address into a current Chrome, Firefox or Safari:";
        problem.setAttribute("role", "alert");
        var detail = document.createElement("p");
        detail.className = "boot-error";
        detail.textContent = "Details: " + err;
        boot.querySelector(".boot-card").appendChild(detail);
      }
    }
    if (window.console) console.error("Rust or Go? could not start:", err);
  }

  try {
    fill();
    var tag = document.querySelector("script[data-js]");
    var base = document.baseURI;
    var full = !!tag.getAttribute("data-full-js") && /[?&](svc|votes|present|ballot)=/.test(location.search);
    var bundle = full ? "data-full-" : tag.getAttribute("data-embed-js") && embedOnly() ? "data-embed-" : "data-";
    var js = new URL(tag.getAttribute(bundle + "js"), base).href;
    var wasmUrl = new URL(tag.getAttribute(bundle + "wasm"), base).href;
    var wasm = fetch(wasmUrl);
    // A failed download is reported once, by init below.
    wasm.catch(function () {});
    // page.css, what every view but the embed adds to main.css
    // (scripts/page-css.mjs left it a link that fetches nothing): its
    // download starts beside the wasm's, and the app starts once it has
    // arrived (or failed), so no view paints unstyled.
    var sheets = bundle === "data-embed-" ? [] : [].slice.call(document.querySelectorAll("link[data-page-css]"));
    var styled = Promise.all(
      sheets.map(function (link) {
        return new Promise(function (done) {
          link.onload = link.onerror = done;
          link.rel = "stylesheet";
        });
      })
    );
    Promise.all([import(js), styled])
      .then(function (loaded) {
        return loaded[0].default({ module_or_path: wasm });
      })
      .catch(fail);
  } catch (err) {
    fail(err);
  }
})();
