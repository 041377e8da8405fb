// Keeps page.css off the embed: turns Trunk's <link rel=stylesheet> for
// style/page.css into a link that fetches nothing (no rel) and says so
// (data-page-css), with its hashed name, integrity and crossorigin kept.
// assets/boot.js makes it a stylesheet again for every address but an
// embed's; scripts/single-file.mjs inlines it like any stylesheet.
//   node scripts/page-css.mjs dist
import fs from "node:fs";
import path from "node:path";
import { attr, tags, PAGE_CSS } from "./html.mjs";

const indexPath = path.join(path.resolve(process.argv[2] ?? "dist"), "index.html");
const html = fs.readFileSync(indexPath, "utf8");
const links = tags(html, "link").filter((l) => attr(l, "rel") === "stylesheet" && /(^|\/)page-[^/]*\.css$/.test(attr(l, "href") ?? ""));
if (links.length !== 1) throw new Error(`${indexPath}: expected one stylesheet link for page.css, found ${links.length}`);
const later = links[0].replace(/\srel=("stylesheet"|stylesheet)(?=[\s>])/, ` ${PAGE_CSS}`);
if (later === links[0]) throw new Error(`${indexPath}: could not take rel off ${links[0]}`);
fs.writeFileSync(indexPath, html.replace(links[0], later));
console.log(`page.css: ${attr(links[0], "href")} loads for every address but the embed's`);
