// Server-side chart rendering, next to Observable Plot 0.6 and ECharts 6 in the same run:
//   (a) a bump chart of 170 entities × 20 periods (ranks): 170 lines, the subject and 4 peers drawn
//       with dots and end labels (duibiao's default look for a big peer group);
//   (b) a ranking of 3,000 horizontal bars, each with its label, rank and value.
// Each back end draws the same marks (but Plot's plain chart, which lacks the tooltips and the rank numbers):
//   duibiao string    renderToString(chart, rows, options)           — no DOM at all
//   duibiao linkedom  chart(rows, { document })                      — DOM nodes on a linkedom document
//   Plot linkedom     Plot.plot({ document, marks })                 — line/dot/text, barX/text
//   Plot, same marks  the same, plus what ours draws and that lacks: a <title> (tooltip) per line and
//                     per bar, and each bar's rank number (a second text mark)
//   ECharts string    echarts.init(null, null, { ssr: true, renderer: "svg" }) → renderToSVGString()
// Each figure is the median of 21 runs after 10 warm-up runs, the five back ends taking turns in an order shuffled every
// round: close to the steady state of a server that renders charts all day (the engine recompiles code for some dozens
// of renders before it settles, and this machine is noisy). The very first run of each, cold, is printed too. Building
// the input rows is not timed.
//
// The charts come from dist/charts.js (`npm run build`); when that entry is missing, or lacks a chart,
// src/charts is bundled with esbuild into .tmp/ and used instead (the line "charts from" says which).
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { median } from "./util.mjs";

const RUNS = 21;
const WARMUP = 10;
const root = fileURLToPath(new URL("../../", import.meta.url));

async function loadCharts() {
  const dist = `${root}dist/charts.js`;
  if (existsSync(dist)) {
    const m = await import(dist);
    if (typeof m.rankingChart === "function" && typeof m.bumpChart === "function") return { charts: m, from: "dist/charts.js" };
  }
  const { build } = await import("esbuild");
  mkdirSync(`${root}.tmp`, { recursive: true });
  const outfile = `${root}.tmp/bench-charts.mjs`;
  // An explicit export wins over `export *`, so this is right whether or not index.ts has bumpChart yet.
  const contents = ['export * from "./src/charts/index.ts";'];
  if (existsSync(`${root}src/charts/bumpChart.ts`)) contents.push('export { bumpChart } from "./src/charts/bumpChart.ts";');
  await build({ stdin: { contents: contents.join("\n"), resolveDir: root, loader: "ts" }, bundle: true, format: "esm", platform: "node", target: "es2022", outfile, logLevel: "warning" });
  return { charts: await import(`${outfile}?${Date.now()}`), from: `src/charts bundled by esbuild into ${outfile.slice(root.length)} (dist/charts.js ${existsSync(dist) ? "lacks a chart" : "not built"})` };
}

/**
 * Times tasks in rotation — one run of each in turn, WARMUP rounds to warm up, then RUNS rounds —
 * and returns each one's median and its first (cold) run: taking them in turn spreads the machine's
 * noise and the engine's background compiling over all of them rather than on whichever runs first.
 * The order is shuffled every round (with a fixed seed), so that each task follows each of the others
 * about as often: the garbage a run leaves is collected in the time of the runs after it, which in a
 * fixed order would always be the same task's. (No forced garbage collection between runs: V8 then
 * drops compiled code and every library slows down by half.)
 */
async function timeInTurn(tasks) {
  const t = tasks.map(() => []);
  const first = [];
  let seed = 3;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  for (let round = -WARMUP; round < RUNS; round++) {
    const order = tasks.map((_, k) => k);
    if (round > -WARMUP) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    for (const k of order) {
      const t0 = performance.now();
      flatten(await tasks[k]());
      const ms = performance.now() - t0;
      if (round === -WARMUP) first[k] = ms;
      if (round >= 0) t[k].push(ms);
    }
  }
  return t.map((times, k) => ({ median: median(times), first: first[k], times }));
}

/** A string built by appending is joined into one piece when first read: read it, on the clock. */
function flatten(out) {
  if (typeof out === "string") out.charCodeAt(out.length >> 1);
}

/** 170 entities × 20 years of ranks: a random walk of values, ranked each year (1 = highest). */
export function bumpData(E = 170, P = 20) {
  let seed = 11;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const periods = Array.from({ length: P }, (_, p) => String(2001 + p));
  const values = Array.from({ length: E }, () => 100 + 100 * random());
  const rows = [];
  for (let p = 0; p < P; p++) {
    for (let e = 0; e < E; e++) values[e] *= 1 + (random() - 0.45) / 5;
    const order = values.map((_, e) => e).sort((a, b) => values[b] - values[a]);
    const rank = new Int32Array(E);
    order.forEach((e, k) => (rank[e] = k + 1));
    for (let e = 0; e < E; e++) rows.push({ entity: `单位${String(e + 1).padStart(3, "0")}`, period: periods[p], rank: rank[e], value: values[e] });
  }
  return { rows, periods, entities: Array.from({ length: E }, (_, e) => `单位${String(e + 1).padStart(3, "0")}`) };
}

/** 3,000 units with a value each. */
export function barData(N = 3000) {
  let seed = 5;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: N }, (_, i) => ({ label: `单位${i + 1}`, value: Math.round(10000 * random() ** 2) / 10 }));
}

export async function chartsBench() {
  const { charts, from } = await loadCharts();
  const { rankingChart, bumpChart, renderToString } = charts;
  const { parseHTML } = await import("linkedom");
  const Plot = await import("@observablehq/plot");
  const echarts = await import("echarts");
  const newDocument = () => parseHTML("<!doctype html><html><head></head><body></body></html>").document;
  console.log(`charts from ${from}`);

  // (a) bump chart
  const bump = bumpData();
  const W = 960, H = 1000;
  const subject = bump.entities[0];
  const peers = bump.entities.slice(1, 5);
  const strong = new Set([subject, ...peers]);
  const strongRows = bump.rows.filter((d) => strong.has(d.entity));
  const lastRows = strongRows.filter((d) => d.period === bump.periods.at(-1));
  const bumpOptions = { width: W, height: H, title: "位次变化", highlight: subject, peers };
  // `same` adds the marks of ours that the plain Plot chart lacks: a tooltip (<title>) per line.
  const bumpPlot = (document, same = false) =>
    Plot.plot({
      document,
      width: W,
      height: H,
      x: { type: "point", domain: bump.periods },
      y: { reverse: true, domain: [1, 170] },
      marks: [
        Plot.line(bump.rows, { x: "period", y: "rank", z: "entity", curve: "bump-x", stroke: (d) => (strong.has(d.entity) ? "subject" : "other"), title: same ? "entity" : undefined }),
        Plot.dot(strongRows, { x: "period", y: "rank", r: 4, fill: "entity" }),
        Plot.text(lastRows, { x: "period", y: "rank", text: (d) => `${d.rank} ${d.entity}`, dx: 12, textAnchor: "start" }),
      ],
    });
  const bumpECharts = () => {
    const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: W, height: H });
    const byEntity = new Map(bump.entities.map((e) => [e, new Array(bump.periods.length)]));
    bump.rows.forEach((d) => (byEntity.get(d.entity)[bump.periods.indexOf(d.period)] = d.rank));
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 120, top: 10, bottom: 30 },
      xAxis: { type: "category", data: bump.periods, boundaryGap: false },
      yAxis: { type: "value", inverse: true, min: 1, max: 170 },
      series: [...byEntity].map(([name, data]) => ({
        type: "line",
        name,
        data,
        showSymbol: strong.has(name),
        symbolSize: 8,
        lineStyle: { width: strong.has(name) ? 3 : 1.5 },
        endLabel: { show: strong.has(name), formatter: (p) => `${p.value} ${name}` },
      })),
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  };

  // (b) ranking chart of 3,000 bars
  const bars = barData();
  const sorted = [...bars].sort((a, b) => b.value - a.value);
  const BW = 800, BH = 8 + bars.length * 18 + 28;
  // `same` adds the marks of ours that the plain Plot chart lacks: each bar's rank number, and its
  // tooltip (<title>) with label, value and rank.
  const rankOf = new Map(sorted.map((d, k) => [d.label, k + 1]));
  const barsPlot = (document, same = false) =>
    Plot.plot({
      document,
      width: BW,
      height: BH,
      marginLeft: same ? 110 : 80,
      y: { domain: sorted.map((d) => d.label) },
      marks: [
        Plot.barX(bars, { x: "value", y: "label", fill: (d) => (d.label === "单位1" ? "subject" : "other"), title: same ? (d) => `${d.label}: ${d.value}, 第${rankOf.get(d.label)}位` : undefined }),
        Plot.text(bars, { x: "value", y: "label", text: (d) => String(d.value), dx: 4, textAnchor: "start" }),
        same ? Plot.text(bars, { y: "label", text: (d) => String(rankOf.get(d.label)), frameAnchor: "left", dx: -100, textAnchor: "end" }) : null,
      ],
    });
  const barsECharts = () => {
    const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: BW, height: BH });
    chart.setOption({
      animation: false,
      grid: { left: 80, right: 60, top: 8, bottom: 28 },
      xAxis: { type: "value" },
      yAxis: { type: "category", inverse: true, data: sorted.map((d) => d.label), axisLabel: { interval: 0 } },
      series: [{ type: "bar", data: sorted.map((d) => d.value), label: { show: true, position: "right" } }],
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  };

  const document = newDocument();
  const sizes = {};
  const outputs = {};
  const keep = (key) => (out) => (outputs[key] = out); // measured after the timing
  const markup = (out) => (typeof out === "string" ? out : out.outerHTML);
  const names = [
    "duibiao string (renderToString)",
    "duibiao linkedom (chart(rows, { document }))",
    "Plot 0.6 linkedom (Plot.plot({ document }))",
    "Plot 0.6 linkedom, same marks (+ titles, ranks)",
    "ECharts 6 string (ssr, renderToSVGString)",
  ];
  const bumpTimes = await timeInTurn([
    () => keep("a0")(renderToString(bumpChart, bump.rows, bumpOptions)),
    () => keep("a1")(bumpChart(bump.rows, { ...bumpOptions, document })),
    () => keep("a2")(bumpPlot(document)),
    () => keep("a3")(bumpPlot(document, true)),
    () => keep("a4")(bumpECharts()),
  ]);
  const barTimes = await timeInTurn([
    () => keep("b0")(renderToString(rankingChart, bars, { highlight: "单位1" })),
    () => keep("b1")(rankingChart(bars, { highlight: "单位1", document })),
    () => keep("b2")(barsPlot(document)),
    () => keep("b3")(barsPlot(document, true)),
    () => keep("b4")(barsECharts()),
  ]);
  const results = names.map((name, k) => [name, bumpTimes[k].median, barTimes[k].median, bumpTimes[k].first, barTimes[k].first]);

  const counts = {};
  const count = (text, tag) => text.split(`<${tag}`).length - 1;
  for (const [k, out] of Object.entries(outputs)) {
    const text = markup(out);
    sizes[k] = text.length;
    counts[k] = count(text, "path") + count(text, "rect");
  }
  console.log(`(a) bump: ${bump.entities.length} entities × ${bump.periods.length} periods (${bump.rows.length.toLocaleString("en")} rows), 5 highlighted with dots and end labels`);
  console.log(`(b) bars: ${bars.length.toLocaleString("en")} bars with labels and values; median of ${RUNS} runs after ${WARMUP} warm-up runs, the back ends in turn; first = the first run, cold`);
  console.log(`${"".padEnd(46)}${"bump".padStart(10)}${"bars".padStart(10)}${"first bump".padStart(12)}${"first bars".padStart(12)}${"bump KB".padStart(9)}${"bars KB".padStart(9)}`);
  results.forEach(([name, a, b, fa, fb], k) =>
    console.log(
      `${name.padEnd(46)}${(a.toFixed(1) + " ms").padStart(10)}${(b.toFixed(1) + " ms").padStart(10)}${(fa.toFixed(1) + " ms").padStart(12)}${(fb.toFixed(1) + " ms").padStart(12)}${(sizes[`a${k}`] / 1024).toFixed(0).padStart(9)}${(sizes[`b${k}`] / 1024).toFixed(0).padStart(9)}`,
    ),
  );
  console.log(`<path> + <rect> elements drawn, a check that all draw the same marks (axes, dots and backgrounds included): bump ${names.map((_, k) => counts[`a${k}`]).join(" / ")}, bars ${names.map((_, k) => counts[`b${k}`]).join(" / ")}`);
  console.log(`<title> elements (tooltips): bump ${names.map((_, k) => count(markup(outputs[`a${k}`]), "title")).join(" / ")}, bars ${names.map((_, k) => count(markup(outputs[`b${k}`]), "title")).join(" / ")}`);
  // The same ratios taken round by round (each round runs every back end once, so the machine's state
  // then weighs on both sides of a ratio alike), as the median over the rounds and the share of rounds
  // within the target: a second view of the same runs, steadier than a ratio of two medians.
  const paired = (times, a, b, limit) => {
    const r = times[a].times.map((t, i) => t / times[b].times[i]);
    return `${median(r).toFixed(2)}× (on target in ${r.filter((x) => x <= limit).length} of ${r.length} rounds)`;
  };
  for (const [against, k] of [
    ["Plot", 2],
    ["Plot, same marks", 3],
  ]) {
    console.log(
      `round by round against ${against}: string bump ${paired(bumpTimes, 0, k, 1 / 3)}, bars ${paired(barTimes, 0, k, 1 / 3)}; ` +
        `linkedom bump ${paired(bumpTimes, 1, k, 1)}, bars ${paired(barTimes, 1, k, 1)}`,
    );
  }
  const [ours, ourDom, plot, plotSame] = results;
  const ok = (b) => (b ? "met" : "NOT met");
  // The targets, against Plot's chart as first specified (bars or lines, values and labels) and
  // against Plot drawing every mark ours draws (with the tooltips and the bars' rank numbers).
  for (const [against, p] of [
    ["Plot", plot],
    ["Plot, same marks", plotSame],
  ]) {
    console.log(
      `targets against ${against}: string path ≤ 1/3 of its time on both: ${ok(ours[1] <= p[1] / 3 && ours[2] <= p[2] / 3)} (bump ${(ours[1] / p[1]).toFixed(2)}×, bars ${(ours[2] / p[2]).toFixed(2)}×); ` +
        `linkedom path at or below it: ${ok(ourDom[1] <= p[1] && ourDom[2] <= p[2])} (bump ${(ourDom[1] / p[1]).toFixed(2)}×, bars ${(ourDom[2] / p[2]).toFixed(2)}×)`,
    );
  }
}
