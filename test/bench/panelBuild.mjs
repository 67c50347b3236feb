// A panel of 1,000,000 observations: 2,000 entities × 10 indicators × 50 months.
import { time, mib, gc } from "./util.mjs";

export async function panelBench({ createPanel, periodRange, periodKey, readCsv, toCsv }) {
  const E = 2000, I = 10;
  const periods = periodRange("2014-01", "2018-02").map(periodKey); // 50 months
  const P = periods.length;
  const n = E * I * P;
  let seed = 42;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);

  // The input rows themselves take memory; measure the panel's own by the typed arrays it holds
  // and by the heap + array buffers it adds once the input is gone.
  function* rows() {
    for (let e = 0; e < E; e++)
      for (let i = 0; i < I; i++)
        for (let p = 0; p < P; p++) yield { entity: `e${e}`, indicator: `i${i}`, period: periods[p], value: 100 + 50 * random(), growth: p % 12 === 0 ? NaN : (random() - 0.5) / 10 };
  }
  await gc();
  const before = process.memoryUsage();
  const t0 = performance.now();
  let panel = createPanel(rows());
  const buildMs = performance.now() - t0;
  await gc();
  const after = process.memoryUsage();
  const retained = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  console.log(`createPanel from ${n.toLocaleString("en")} row objects (streamed): ${buildMs.toFixed(0)} ms`);
  console.log(`panel memory: columns ${mib(panel.byteLength)} (panel.byteLength); heap + array buffers retained ${mib(retained)}  [target ≤ 40 MB]`);

  // Random point lookups.
  const keys = Array.from({ length: 200_000 }, () => [`e${(random() * E) | 0}`, `i${(random() * I) | 0}`, periods[(random() * P) | 0]]);
  let sum = 0;
  const lookMs = time(() => {
    for (const [e, i, p] of keys) sum += panel.value(e, i, p);
  });
  console.log(`panel.value: 200,000 random lookups by id and period string: ${lookMs.toFixed(0)} ms (${((lookMs * 1e6) / keys.length).toFixed(0)} ns each; checksum ${sum.toFixed(0)})`);
  const seriesMs = time(() => {
    for (let e = 0; e < E; e++) panel.series(`e${e}`, "i3");
  });
  console.log(`panel.series: one indicator for all ${E} entities: ${seriesMs.toFixed(0)} ms`);
  const csMs = time(() => {
    for (const p of periods) panel.crossSection("i3", p);
  });
  console.log(`panel.crossSection: ${P} periods × ${E} entities: ${csMs.toFixed(0)} ms`);

  const csv = toCsv(panel);
  console.log(`toCsv: ${(csv.length / 1e6).toFixed(1)} MB of text`);
  panel = null;
  await gc();
  let loaded;
  const readMs = time(() => (loaded = readCsv(csv, { rates: "percent" })));
  console.log(`readCsv: ${loaded.panel.size.toLocaleString("en")} observations, ${loaded.issues.length} issues: ${readMs.toFixed(0)} ms`);
}
