// Two builds of the charts side by side, in one process: the built package (dist/charts.js, e.g. the last
// commit) against the working tree (src/charts bundled with esbuild into .tmp/), rendering the bench's
// bump chart (170 × 20) and ranking chart (3,000 bars) to strings, the two builds taking turns.
//
//   npm run build && node test/bench/chartsAB.mjs [rounds]
//
// For judging a change of a few per cent to the string path. Separate processes differ by far more than that
// on this machine (the same code measured 1.3 and 2.2 ms in two processes). Taking turns in one process, the
// same code on both sides gave B/A within 0.97–1.03 in most runs (600–1,500 rounds), once 1.11 (300 rounds, on a
// busy machine): run it twice, and trust only what both runs agree on. Prints the quartiles and median of each,
// and B / A.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { barData, bumpData } from "./charts.mjs";
import { median } from "./util.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const rounds = Number(process.argv[2] ?? 600);

mkdirSync(`${root}.tmp`, { recursive: true });
const outfile = `${root}.tmp/chartsAB-b.mjs`;
await build({ entryPoints: [`${root}src/charts/index.ts`], bundle: true, format: "esm", platform: "node", target: "es2022", outfile, logLevel: "warning", packages: "external" });
const A = await import(`${root}dist/charts.js`);
const B = await import(`${outfile}?${Date.now()}`);

// the bench's own data and options
const bump = bumpData();
const bumpRows = bump.rows;
const bumpOptions = { width: 960, height: 1000, title: "位次变化", highlight: bump.entities[0], peers: bump.entities.slice(1, 5) };
const bars = barData();

function timed(m, chart) {
  const t0 = performance.now();
  const s = chart === "bump" ? m.renderToString(m.bumpChart, bumpRows, bumpOptions) : m.renderToString(m.rankingChart, bars, { highlight: "单位1" });
  s.charCodeAt(s.length >> 1); // a string built from pieces is joined when first read: on the clock
  return performance.now() - t0;
}

const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[s.length >> 2].toFixed(3)} / ${median(s).toFixed(3)} / ${s[(3 * s.length) >> 2].toFixed(3)} ms`;
};
for (const chart of ["bump", "bars"]) {
  const n = chart === "bump" ? rounds : Math.ceil(rounds / 10);
  const a = [];
  const b = [];
  for (let k = 0; k < n; k++) {
    // alternate which goes first, and drop the first third (the engine is still compiling)
    const [ta, tb] = k % 2 ? [timed(A, chart), timed(B, chart)] : [timed(B, chart), timed(A, chart)].reverse();
    if (k >= n / 3) a.push(ta), b.push(tb);
  }
  console.log(`${chart}: A dist ${quartiles(a)}  B src ${quartiles(b)}  (quartiles / median)  B/A ${(median(b) / median(a)).toFixed(3)}`);
}
