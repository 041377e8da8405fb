// Reading Trunk's output HTML. Trunk minifies it in release builds, so
// attributes come in any order, quoted or not: read them one by one.

/** The value of attribute `name` in the start tag `tag`, or undefined. */
export function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`));
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Every start tag named `name` in `html`, in order. */
export function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

/** The loader's start tag (the script whose src is boot.js), or undefined. */
export function bootTag(html) {
  return tags(html, "script").find((t) => /boot\.js/.test(attr(t, "src") ?? ""));
}

/**
 * The attribute that marks page.css's link: the stylesheet every view but
 * the embed adds, left without `rel` by scripts/page-css.mjs until boot.js
 * switches it on.
 */
export const PAGE_CSS = "data-page-css";

/** Every link tag in `html` marked as page.css's. */
export function pageCssTags(html) {
  return tags(html, "link").filter((l) => new RegExp(`\\s${PAGE_CSS}(?=[\\s=>])`).test(l));
}
