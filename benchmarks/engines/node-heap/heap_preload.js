// heap_preload.js: loaded with `node -r` by dualvm-bench before a benchmark; at exit prints one
// stderr line "dualvm-bench-heap: {json}" with V8's heap statistics. The numbers come from the
// bench-node-heap addon (path in DUALVM_BENCH_HEAP_ADDON), which also tracks the peak used heap at
// every GC; without the addon it falls back to node's built-in v8.getHeapStatistics() (no peak)
// and says so in the "source" field.
"use strict";

let addon = null;
let source = "addon";
let loadError = "";
const addonPath = process.env.DUALVM_BENCH_HEAP_ADDON;
if (addonPath) {
  try {
    addon = require(addonPath);
    addon.start();
  } catch (e) {
    addon = null;
    loadError = String(e && e.message ? e.message : e);
  }
}
if (addon === null) source = addonPath ? "node:v8 (addon failed: " + loadError + ")" : "node:v8 (no addon)";

process.on("exit", () => {
  let stats;
  if (addon !== null) {
    stats = addon.stats();
  } else {
    stats = Object.assign({}, require("v8").getHeapStatistics());
  }
  stats.source = source;
  process.stderr.write("dualvm-bench-heap: " + JSON.stringify(stats) + "\n");
});
