// Instruments a copy of reactive_graph for the benchmark's run counts: three
// counters (render effects, memo recomputations, effects) bumped where the
// library calls the user's closure. The copy is built only by
// benches/count/build.sh; the shipped bundles use the unmodified crate.
//
//   node benches/count/patch.mjs <copy of reactive_graph>
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const edit = (file, anchor, counter) => {
  const p = path.join(dir, "src", file);
  const text = fs.readFileSync(p, "utf8");
  const parts = text.split(anchor);
  // An anchor that is gone means a new reactive_graph: fail, never count zero.
  if (parts.length < 2) throw new Error(`patch.mjs: "${anchor}" not found in ${file}`);
  const bump = `{ crate::RUN_COUNTS[${counter}].fetch_add(1, ::core::sync::atomic::Ordering::Relaxed); ${anchor} }`;
  fs.writeFileSync(p, parts.join(bump));
  return parts.length - 1;
};
const n = [
  edit("effect/render_effect.rs", "fun(old_value)", 0),
  edit("computed/inner.rs", "(self.fun)(value.map(StorageAccess::into_taken))", 1),
  edit("effect/effect.rs", "fun.run(old_value)", 2),
];
const lib = path.join(dir, "src", "lib.rs");
fs.appendFileSync(
  lib,
  "\n/// Benchmark instrumentation: re-runs of render effects, memos and effects.\n" +
    "#[doc(hidden)]\npub static RUN_COUNTS: [::core::sync::atomic::AtomicUsize; 3] = [\n" +
    "    ::core::sync::atomic::AtomicUsize::new(0),\n    ::core::sync::atomic::AtomicUsize::new(0),\n" +
    "    ::core::sync::atomic::AtomicUsize::new(0),\n];\n",
);
console.log(`patched reactive_graph: ${n[0]} render-effect, ${n[1]} memo, ${n[2]} effect call sites`);
