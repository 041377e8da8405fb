// scripts/site-origin.mjs: the deploy step that names the site's origin in
// the security policy (what Safari needs to run a sandboxed embed).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { withOrigin } from "../../scripts/site-origin.mjs";

const root = new URL("../..", import.meta.url).pathname;
const POLICY = fs.readFileSync(path.join(root, "assets/_headers"), "utf8").match(/Content-Security-Policy:\s*(.+)/)[1].trim();

test("the origin joins 'self' in the fetch directives and nowhere else", () => {
  const p = withOrigin(POLICY, "https://you.example");
  const d = Object.fromEntries(p.split("; ").map((x) => [x.split(" ")[0], x]));
  for (const k of ["default-src", "script-src", "style-src", "img-src", "connect-src"]) {
    assert.match(d[k], new RegExp(`^${k} 'self' https://you\\.example( |$)`), k);
  }
  assert.equal(d["base-uri"], "base-uri 'self'");
  assert.equal(d["form-action"], "form-action 'none'");
  assert.equal(d["frame-ancestors"], "frame-ancestors *");
  assert.ok(d["script-src"].includes("'wasm-unsafe-eval'"));
  assert.ok(!p.includes("unsafe-inline"));
  // Twice is the same as once; a host's capitals are the same host.
  assert.equal(withOrigin(p, "https://you.example"), p);
  assert.equal(withOrigin(POLICY, "https://You.Example"), p);
});

test("anything that is not an origin is refused with a message", () => {
  for (const bad of ["https://you.example/rust-or-go/", "you.example", "https://you.example?x=1", "null"]) {
    assert.throws(() => withOrigin(POLICY, bad), /site-origin: .* is not an origin|Invalid URL/, bad);
  }
});

test("the command rewrites the meta tag of index.html and the header of _headers, and nothing else", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-origin-"));
  const page = fs.readFileSync(path.join(root, "index.html"), "utf8");
  fs.writeFileSync(path.join(dir, "index.html"), page);
  fs.copyFileSync(path.join(root, "assets/_headers"), path.join(dir, "_headers"));
  execFileSync("node", [path.join(root, "scripts/site-origin.mjs"), dir, "https://you.example"], { stdio: "pipe" });
  const after = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  assert.match(after, /script-src 'self' https:\/\/you\.example 'wasm-unsafe-eval'/);
  // Only the policy changed.
  assert.equal(after.replaceAll(" https://you.example", ""), page);
  assert.match(fs.readFileSync(path.join(dir, "_headers"), "utf8"), /Content-Security-Policy: default-src 'self' https:\/\/you\.example;/);
});
