// The ADR exports read by an ADR tool: Backstage's ADR plugin parser
// (@backstage/plugin-adr-common's parseMadrWithFrontmatter) over the golden
// files, which are the exports for fixed inputs (tests/export.rs writes
// them, with the date 2026-11-21). Checks the status and date it reads from
// the MADR front matter, and that the first heading of the body is the H1
// title.
//
// The parser turns the YAML date into a JS Date at UTC midnight and formats
// it back in the local time zone, so where the offset is negative (the
// Americas) it reads the day before, whatever the file says. That is the
// parser's, not the file's; the time zones below are ones it reads right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseMadrWithFrontmatter } from "@backstage/plugin-adr-common";

const golden = (name) => readFileSync(fileURLToPath(new URL(`../golden/${name}`, import.meta.url)), "utf8");

/// The fixed date the golden exports use (ISO_DATE in tests/export.rs).
const DATE = "2026-11-21";

/// tests/golden/adr.md: every verdict x break-even, each ADR under an
/// `<!-- ===== ... ===== -->` heading.
function adrsInCases() {
  const parts = golden("adr.md").split(/^<!-- ===== (.*) ===== -->\n\n/m);
  const out = [];
  for (let i = 1; i < parts.length; i += 2) out.push([parts[i], parts[i + 1]]);
  return out;
}

const documents = [
  ["single ADR (fraud-scoring)", golden("adr-fraud-scoring.md"), "Implementation language for fraud-scoring"],
  ["system ADR", golden("system-adr.md"), "Implementation language, service by service"],
  ...adrsInCases().map(([name, md]) => [`single ADR: ${name}`, md, "Implementation language for the service"]),
];

test("the golden files hold the single, system and per-case ADRs", () => {
  assert.equal(documents.length, 2 + 32);
});

for (const tz of ["UTC", "Europe/Berlin", "Asia/Tokyo"]) {
  for (const [name, md, title] of documents) {
    test(`Backstage reads ${name} (TZ=${tz})`, () => {
      process.env.TZ = tz;
      const parsed = parseMadrWithFrontmatter(md);
      assert.equal(parsed.status, "proposed");
      assert.match(parsed.date, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(parsed.date, DATE);
      assert.deepEqual(parsed.attributes["decision-makers"], []);
      const firstHeading = parsed.content.split("\n").find((l) => l.startsWith("#"));
      assert.equal(firstHeading, `# ${title}`);
      assert.equal(parsed.content.split("\n").filter((l) => l.startsWith("# ")).length, 1, "one H1");
    });
  }
}
