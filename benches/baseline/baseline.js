// The same rule as src/model/rubric.rs, in a few lines of JavaScript.
const names = ["ttm", "lat", "safety", "exp", "scale"];
const inputs = names.map((n) => document.querySelector(`input[name="${n}"]`));
const card = document.querySelector('[data-testid="verdict"]');
const title = document.getElementById("title");
const q = new URLSearchParams(location.search);
inputs.forEach((el, i) => q.has(names[i]) && (el.value = q.get(names[i])));
function render() {
  const [ttm, lat, safety, exp, scale] = inputs.map((el) => +el.value);
  const rust = [lat - 1, safety - 1, scale - 1], go = [ttm - 1, 5 - exp];
  const r = 6 * Math.max(...rust) + 2 * rust.reduce((a, b) => a + b);
  const g = 6 * Math.max(...go) + 3 * go.reduce((a, b) => a + b);
  const v = r >= 34 && g >= 27 ? "hybrid" : r - g > 7 ? "rust" : g - r > 7 ? "go" : "close";
  card.dataset.verdict = v;
  card.dataset.lean = String((r - g) / 48);
  title.textContent = { go: "Go", rust: "Rust", hybrid: "Hybrid: Go + Rust", close: "Close call: start with Go" }[v];
}
// The address bar follows with the same 120 ms debounce the app uses.
let pending;
inputs.forEach((el) => el.addEventListener("input", () => {
  render();
  clearTimeout(pending);
  pending = setTimeout(() => history.replaceState(null, "", "?" + names.map((n, i) => `${n}=${inputs[i].value}`).join("&")), 120);
}));
render();
performance.mark("app-ready");
// Everything is in the page at once (the app marks this once its split
// chunk is in too; the benchmark times inputs after it).
performance.mark("app-complete");
