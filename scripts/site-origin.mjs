// Names the site's own origin in the security policy of a built dist/,
// beside 'self':
//   node scripts/site-origin.mjs dist https://example.github.io
// Why: inside a blog's sandboxed iframe (sandbox="allow-scripts") the page
// has an opaque origin. Chromium and Firefox still match 'self' with the
// address the page came from; WebKit (Safari) does not, so under the strict
// policy nothing loads there. A source naming the origin matches in every
// engine. A static build cannot know where it will be served, so the deploy
// step says it (.github/workflows/pages.yml does). Rewrites the meta tag in
// index.html and the header in _headers; everything else stays as built.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The directives whose 'self' the origin joins. */
const DIRECTIVES = ["default-src", "script-src", "style-src", "img-src", "connect-src"];

/** `policy` with `origin` (scheme://host[:port], no path) after 'self' in each of DIRECTIVES. */
export function withOrigin(policy, origin) {
  const o = new URL(origin);
  if (o.origin !== origin.replace(/\/$/, "").toLowerCase() || o.origin === "null") {
    throw new Error(`site-origin: "${origin}" is not an origin (scheme://host[:port], nothing after it)`);
  }
  return policy
    .split(";")
    .map((d) => {
      const parts = d.trim().split(/\s+/);
      if (!DIRECTIVES.includes(parts[0]) || !parts.includes("'self'") || parts.includes(o.origin)) return d.trim();
      parts.splice(parts.indexOf("'self'") + 1, 0, o.origin);
      return parts.join(" ");
    })
    .join("; ");
}

/** The policy meta tag, however the build wrote it (attributes in any order, quoted or not). */
const META = /<meta\b[^>]*\bhttp-equiv=["']?Content-Security-Policy["']?[^>]*>/i;

/** index.html's text with `origin` named in its policy meta tag. */
export function pageWithOrigin(html, origin) {
  const tag = html.match(META)?.[0];
  const content = tag?.match(/\bcontent="([^"]*)"/);
  if (!content) throw new Error("site-origin: no policy meta tag in index.html");
  return html.replace(tag, tag.replace(content[0], `content="${withOrigin(content[1], origin)}"`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, origin] = process.argv.slice(2);
  if (!dist || !origin) {
    console.error("usage: node scripts/site-origin.mjs DIST ORIGIN");
    process.exit(2);
  }
  const html = path.join(dist, "index.html");
  fs.writeFileSync(html, pageWithOrigin(fs.readFileSync(html, "utf8"), origin));
  const headers = path.join(dist, "_headers");
  const line = /^(\s+Content-Security-Policy:\s*)(.+)$/m;
  const text = fs.readFileSync(headers, "utf8");
  if (!line.test(text)) throw new Error(`site-origin: no Content-Security-Policy line in ${headers}`);
  fs.writeFileSync(headers, text.replace(line, (_, a, p) => a + withOrigin(p, origin)));
  console.log(`site-origin: ${origin} named in the policy of ${html} and ${headers}`);
}
