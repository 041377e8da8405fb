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
// Four bundles: the single-service page, the embed alone (what a blog
// embeds, `embed=1`: data-embed-js / data-embed-wasm), the system view
// (data-system-js / data-system-wasm) and meeting mode (data-meeting-js /
// data-meeting-wasm; `scripts/build.sh` writes each pair). Choosing here
// keeps each view's bytes off every other, the page's stylesheet
// (page.css) off the embed. Each file is
// downloaded once: the page has no preload links, the wasm fetch starts
// before the JS glue is imported, and init gets that response (WebKit does
// not reuse a <link rel=preload> for wasm-bindgen's own fetch).
(function () {
  "use strict";
  var boot = document.getElementById("boot");
  // The loader tag: the bundles' file names, one pair per bundle.
  var tag = document.querySelector("script[data-js]");

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

  // Whether the page reads this address as the embed: the first `embed`
  // parameter's value is 1, true or empty, as the app's URL reader takes
  // it (a repeat is a notice; the first value counts). Anything else (0,
  // a typo) gets the bundle the other parameters name, which shows
  // whatever the reader makes of it.
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
    return values.length > 0 && /^(1|true|)$/.test(values[0]);
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

  // Loads one bundle: "data-" (the single page), "data-embed-",
  // "data-system-" or "data-meeting-", the loader tag's attributes.
  function start(bundle) {
    var base = document.baseURI;
    // A build without that bundle (`trunk serve` builds the single page's
    // only; scripts/build.sh builds them all).
    if (!tag.getAttribute(bundle + "js")) throw new Error("this build has no " + bundle + "js bundle for this address");
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
        if (link.rel === "stylesheet") return null;
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
  }

  // Which bundle an address needs, by its parameters' names: the system
  // view's for `svc`, meeting mode's for `votes` and `ballot`, the
  // embed's for `embed=1`, meeting mode's for `present`, else the single
  // page's. The names are a guess the bundle checks: an address that is
  // not its own (`present=0`, `ballot=false&embed=1`) it hands through
  // rustOrGoStart to the single page's or the embed's.
  try {
    fill();
    window.rustOrGoStart = function (bundle) {
      try {
        start(bundle);
      } catch (err) {
        fail(err);
      }
    };
    var q = location.search;
    // An embedded presenter (`present=1&embed=1`) is the embed, as the
    // app reads it; the room and the ballot stay meeting mode's.
    var bundle =
      tag.getAttribute("data-system-js") && /[?&]svc=/.test(q)
        ? "data-system-"
        : tag.getAttribute("data-meeting-js") && /[?&](votes|ballot)=/.test(q)
          ? "data-meeting-"
          : tag.getAttribute("data-embed-js") && embedOnly()
            ? "data-embed-"
            : tag.getAttribute("data-meeting-js") && /[?&]present=/.test(q)
              ? "data-meeting-"
              : "data-";
    start(bundle);
  } catch (err) {
    fail(err);
  }
})();
