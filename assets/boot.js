// Loads the wasm app. An external module (not Trunk's inline loader) so the
// page runs under a Content-Security-Policy without 'unsafe-inline'.
//
// Two bundles: the single-service page (what a blog embeds) and, for the
// addresses of the system view and meeting mode, the full one
// (`scripts/build.sh` writes its files into data-full-js / data-full-wasm).
// Choosing here keeps those views' bytes off every embed.
const tag = document.querySelector("script[data-js]");
const boot = document.getElementById("boot");
try {
  const base = document.baseURI;
  const full = tag.dataset.fullJs && /[?&](svc|votes|present|ballot)=/.test(location.search);
  const js = full ? tag.dataset.fullJs : tag.dataset.js;
  const wasm = full ? tag.dataset.fullWasm : tag.dataset.wasm;
  const { default: init } = await import(new URL(js, base).href);
  await init({ module_or_path: new URL(wasm, base).href });
} catch (err) {
  if (boot) {
    boot.textContent = "The calculator could not start in this browser: " + err + ". Reload the page, or try a current Chrome, Firefox or Safari.";
    boot.setAttribute("role", "alert");
  }
  throw err;
}
