// The engine checks (checks.mjs) in WebKitGTK (Safari's engine): Debian's
// WebKitWebDriver and MiniBrowser under Xvfb, driven by selenium-webdriver.
import { engineChecks } from "./checks.mjs";

engineChecks("webkit", {
  "sandboxed-embed":
    "fails on the 2026-12-01 build: WebKit matches the CSP's 'self' against the sandboxed iframe's opaque origin, so no script runs at all (not even a classic same-URL-origin one); CORS headers and crossorigin alone will not fix it here",
  "wasm-once":
    "fails on the 2026-12-01 build: WebKit does not reuse <link rel=preload as=fetch> for wasm-bindgen's fetch, so the wasm downloads twice (trunk-rs/trunk#229; being fixed on another branch)",
});
