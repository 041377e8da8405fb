// Loads the wasm app. An external module (not Trunk's inline loader) so the
// page runs under a Content-Security-Policy without 'unsafe-inline'.
const tag = document.querySelector("script[data-js]");
const boot = document.getElementById("boot");
try {
  const base = document.baseURI;
  const { default: init } = await import(new URL(tag.dataset.js, base).href);
  await init({ module_or_path: new URL(tag.dataset.wasm, base).href });
} catch (err) {
  if (boot) {
    boot.textContent = "The calculator could not start in this browser: " + err + ". Reload the page, or try a current Chrome, Firefox or Safari.";
    boot.setAttribute("role", "alert");
  }
  throw err;
}
