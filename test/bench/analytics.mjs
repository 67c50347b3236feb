// YoY growth and within-group ranks over a panel of 1,000,000 observations
// (2,000 entities × 10 indicators × 50 months), next to arquero 7 and DuckDB doing the same in the
// same run. Each figure is the median of 9 runs after one warm-up; data loading is not timed. (No
// forced garbage collection between runs: V8 then drops compiled code, which slows every run down.)
import { gc, median } from "./util.mjs";

const E = 2000, I = 10, P = 50, RUNS = 9;

export async function analyticsBench({ createPanel, periodRange, periodKey, panelGrowth, rankColumn }) {
  const periods = periodRange("2014-01", "2018-02").map(periodKey);
  let seed = 7;
  const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const entity = new Array(E * I * P), indicator = new Array(E * I * P), period = new Int32Array(E * I * P), value = new Float64Array(E * I * P);
  let k = 0;
  for (let e = 0; e < E; e++)
    for (let i = 0; i < I; i++)
      for (let p = 0; p < P; p++, k++) {
        entity[k] = `e${e}`;
        indicator[k] = `i${i}`;
        period[k] = p;
        value[k] = 100 + 100 * random();
      }
  const n = k;
  const panel = createPanel((function* () {
    for (let r = 0; r < n; r++) yield { entity: entity[r], indicator: indicator[r], period: periods[period[r]], value: value[r] };
  })());

  const time = async (f) => {
    await f(); // warm-up
    const t = [];
    for (let run = 0; run < RUNS; run++) {
      const t0 = performance.now();
      await f();
      t.push(performance.now() - t0);
    }
    return median(t);
  };
  const results = [];

  // duibiao
  let growth;
  const ourGrowth = await time(() => void (growth = panelGrowth(panel, { method: "yoy", source: "levels" })));
  let ranks;
  // The first call also builds the panel's cross-section index (kept with the panel): timed apart.
  await gc();
  const t0 = performance.now();
  rankColumn(panel, { ties: "min" });
  const firstRank = performance.now() - t0;
  const ourRank = await time(() => void (ranks = rankColumn(panel, { ties: "min" })));
  results.push(["duibiao (typed arrays)", ourGrowth, ourRank]);

  // The machine's pace in this run: the "plain typed-array loop" (YoY growth by offset on a
  // complete panel, no checks; about 4 ms where the targets were set).
  const V = panel.columns.value;
  const plain = await time(() => {
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++) out[r] = r % P >= 12 ? V[r] / V[r - 12] - 1 : NaN;
  });

  // arquero 7
  const aq = await import("arquero");
  const table = aq.table({ entity, indicator, period: Array.from(period), value: Array.from(value) });
  let aqGrowth, aqRank;
  const arqueroGrowth = await time(() => void (aqGrowth = table.groupby("entity", "indicator").orderby("period").derive({ g: (d) => d.value / aq.op.lag(d.value, 12) - 1 })));
  const arqueroRank = await time(() => void (aqRank = table.groupby("indicator", "period").orderby(aq.desc("value")).derive({ r: () => aq.op.rank() })));
  results.push(["arquero 7 (op.lag, op.rank)", arqueroGrowth, arqueroRank]);

  // DuckDB
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  await con.run("CREATE TABLE t (entity VARCHAR, indicator VARCHAR, period INTEGER, value DOUBLE)");
  const app = await con.createAppender("t");
  for (let r = 0; r < n; r++) {
    app.appendVarchar(entity[r]);
    app.appendVarchar(indicator[r]);
    app.appendInteger(period[r]);
    app.appendDouble(value[r]);
    app.endRow();
  }
  app.closeSync();
  const duckGrowth = await time(() => con.run("CREATE OR REPLACE TABLE g AS SELECT *, value / lag(value, 12) OVER (PARTITION BY entity, indicator ORDER BY period) - 1 AS g FROM t"));
  const duckRank = await time(() => con.run("CREATE OR REPLACE TABLE r AS SELECT *, rank() OVER (PARTITION BY indicator, period ORDER BY value DESC) AS r FROM t"));
  results.push(["DuckDB (lag(), rank() windows)", duckGrowth, duckRank]);

  // The three agree (spot checks).
  const check = [];
  for (const r of [12, 777_777, n - 1]) {
    const o = panel.row(r);
    const ours = growth.rate[r];
    const row = (await con.runAndReadAll(`SELECT g, (SELECT r FROM r WHERE entity='${o.entity}' AND indicator='${o.indicator}' AND period=${periods.indexOf(periodKey(o.period))}) AS r FROM g WHERE entity='${o.entity}' AND indicator='${o.indicator}' AND period=${periods.indexOf(periodKey(o.period))}`)).getRows()[0];
    check.push(Math.abs(Number(row[0]) - ours) < 1e-12 && Number(row[1]) === ranks[r]);
  }
  const aqRows = aqGrowth.filter(aq.escape((d) => d.entity === "e1999" && d.indicator === "i9" && d.period === 49)).objects();
  check.push(Math.abs(aqRows[0].g - growth.rate[panel.indexOf("e1999", "i9", periods[49])]) < 1e-12);
  const aqR = aqRank.filter(aq.escape((d) => d.entity === "e1999" && d.indicator === "i9" && d.period === 49)).objects();
  check.push(aqR[0].r === ranks[panel.indexOf("e1999", "i9", periods[49])]);

  console.log(`panel: ${n.toLocaleString("en")} observations (${E} entities × ${I} indicators × ${P} months); median of ${RUNS} runs`);
  console.log(`${"".padEnd(34)}${"YoY growth".padStart(12)}${"group ranks".padStart(13)}`);
  for (const [name, g, r] of results) console.log(`${name.padEnd(34)}${(g.toFixed(1) + " ms").padStart(12)}${(r.toFixed(1) + " ms").padStart(13)}`);
  console.log(`a plain typed-array loop (YoY by offset, no checks) took ${plain.toFixed(1)} ms in this run (≈ 4 ms where the targets were set)`);
  console.log(`duibiao's first rankColumn call on the panel, building its cross-section index: ${firstRank.toFixed(1)} ms`);
  console.log(`targets: growth ≤ 10 ms, ranks ≤ 60 ms; results agree on spot checks: ${check.every(Boolean) ? "yes" : "NO " + JSON.stringify(check)}`);
  con.closeSync();
  db.closeSync();
}
