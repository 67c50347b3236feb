#!/usr/bin/env node
// Deterministic generator for examples/data/zones_annual.csv: ILLUSTRATIVE annual history, 2010–2015, of the three
// zones of the near/far benchmark (近赶潍坊、远学长沙): 济宁高新区 (the subject), 潍坊高新区 (the near peer) and
// 长沙高新区 (the far model).
//   node examples/data/generate-annual.mjs
// No dependencies; a seeded PRNG (mulberry32) makes every run write a byte-identical file.
//
// observations.csv already holds annual 2016, 2017 and 2018 rows of these zones for the five indicators below; this
// file only adds the years before. Each series is walked BACKWARDS from its 2016 value with the growth of the story
// below (plus a little seeded noise), so that 2015 leads plausibly into 2016. industrial_va carries a published
// comparable-price growth (percent, 1 decimal), and its nominal growth is 1.5–3.5 points above it, as in
// observations.csv. The checks at the end re-read both files, recompute everything from the written numbers, print
// the benchmark claims, and throw if any fails. All numbers are invented.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = dirname(fileURLToPath(import.meta.url));
const SEED = 20101231;
const FILE = "zones_annual.csv";

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const uniform = (lo, hi) => lo + (hi - lo) * rand();
const round1 = (x) => Math.round(x * 10) / 10;
const round2 = (x) => Math.round(x * 100) / 100;

const SUBJECT = "jining-hitech", NEAR = "weifang-hitech", FAR = "changsha-hitech";
const ZONES = [SUBJECT, NEAR, FAR];
const NAMES = { [SUBJECT]: "济宁高新区", [NEAR]: "潍坊高新区", [FAR]: "长沙高新区" };
const INDICATORS = ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"];
const COUNT = new Set(["new_economy_firms"]); // integers; the others are 亿元 with 2 decimals
const NEW_YEARS = [2010, 2011, 2012, 2013, 2014, 2015];
const OLD_YEARS = [2016, 2017, 2018]; // already in observations.csv
const ALL_YEARS = [...NEW_YEARS, ...OLD_YEARS];

// ---------- the story: growth in percent of years 2011…2016 (each over the year before) ----------
// industrial_va: the PUBLISHED comparable-price growth of 2010…2015 (2016's is in observations.csv); its levels grow
// 1.5–3.5 points faster (nominal). The early 2010s are faster everywhere and slow down towards 2016.
// - industrial_revenue: 济宁 outgrows 潍坊 and closes in; 长沙 grows fast from a much higher level.
// - budget_revenue: 济宁 grew SLOWER than both until 2016, so its gap to 潍坊 widened (2017–18, already in the data,
//   turn that round only barely).
// - trade: 2015 is a down year for all three (as China's foreign trade was); 济宁 a little faster than 潍坊.
// - new_economy_firms: 潍坊 adds firms faster than 济宁 (and stays ahead every year).
const STORY = {
  [SUBJECT]: {
    industrial_va: [16.8, 15.4, 13.9, 12.6, 11.3, 10.2],
    industrial_revenue: [19, 17, 15.5, 14, 13, 12],
    budget_revenue: [12, 10.5, 9, 7.5, 6.5, 5.5],
    trade: [21, 14, 10, 8, -3, 5],
    new_economy_firms: [10, 9.5, 9, 8.5, 8, 7.5],
  },
  [NEAR]: {
    industrial_va: [14.6, 13.2, 11.8, 10.7, 9.6, 8.7],
    industrial_revenue: [15, 13, 11.5, 10, 9, 8.5],
    budget_revenue: [16, 14, 12, 10, 8.5, 7.5],
    trade: [19, 11, 8, 6, -5, 3],
    new_economy_firms: [10.6, 10.1, 9.6, 9.1, 8.6, 8.1],
  },
  [FAR]: {
    industrial_va: [19.5, 18, 16, 14, 12.2, 10.8],
    industrial_revenue: [21, 18, 15, 13, 11, 10],
    budget_revenue: [18, 15, 12, 10, 8, 6],
    trade: [28, 17, 12, 9, -2, 3],
    new_economy_firms: [14, 13, 12, 11, 10, 9],
  },
};
const NOISE = { industrial_va: 0.3, industrial_revenue: 0.8, budget_revenue: 0.6, trade: 1.5, new_economy_firms: 0.3 };

// ---------- read the existing annual rows (2016–2018) from observations.csv ----------
function parseCsv(text) {
  const out = [];
  let row = [], field = "", quoted = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (quoted) ch !== '"' ? (field += ch) : text[k + 1] === '"' ? ((field += '"'), k++) : (quoted = false);
    else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n") row.push(field), out.push(row), (row = []), (field = "");
    else field += ch;
  }
  return out;
}
const key = (e, i, p) => `${e}|${i}|${p}`;
const readRows = (name) => {
  const [header, ...rows] = parseCsv(readFileSync(join(OUT, name), "utf8"));
  return { header, rows, map: new Map(rows.map((r) => [key(r[0], r[1], r[2]), { value: Number(r[3]), growth: r[4] === "" ? NaN : Number(r[4]) }])) };
};
const existing = readRows("observations.csv");
const old = (e, i, y) => {
  const o = existing.map.get(key(e, i, String(y)));
  if (!o) throw new Error(`observations.csv has no ${e} ${i} ${y}: this generator extends those rows backwards`);
  return o;
};

// ---------- generate 2010–2015 backwards from 2016 ----------
const out = []; // [entity, indicator, period, value, growth]
for (const e of ZONES) {
  for (const ind of INDICATORS) {
    const story = STORY[e][ind];
    const noise = NOISE[ind];
    let v = old(e, ind, 2016).value;
    const rows = [];
    if (ind === "industrial_va") {
      const pub = story.map((g) => round1(g + uniform(-noise, noise))); // 2010…2015
      const pubOf = (y) => (y === 2016 ? old(e, ind, 2016).growth : pub[y - 2010]);
      for (let y = 2016; y > 2010; y--) {
        v = round2(v / (1 + (pubOf(y) + uniform(1.5, 3.5)) / 100));
        rows.unshift([e, ind, String(y - 1), v.toFixed(2), pubOf(y - 1).toFixed(1)]);
      }
    } else {
      for (let y = 2016; y > 2010; y--) {
        const g = story[y - 2011] + uniform(-noise, noise);
        v = COUNT.has(ind) ? Math.round(v / (1 + g / 100)) : round2(v / (1 + g / 100));
        rows.unshift([e, ind, String(y - 1), COUNT.has(ind) ? String(v) : v.toFixed(2), ""]);
      }
    }
    out.push(...rows);
  }
}
const header = ["entity", "indicator", "period", "value", "growth", "flag"];
writeFileSync(join(OUT, FILE), [header, ...out.map((r) => [...r, ""])].map((r) => r.join(",")).join("\n") + "\n");

// ---------- checks: re-read both files and recompute from the written numbers ----------
const failures = [];
const check = (ok, msg) => (console.log(`${ok ? "ok  " : "FAIL"} ${msg}`), ok || failures.push(msg));
const added = readRows(FILE);
check(added.header.join(",") === existing.header.join(","), `same columns as observations.csv (${added.header.join(",")})`);
check(added.rows.length === ZONES.length * INDICATORS.length * NEW_YEARS.length, `${added.rows.length} rows = 3 zones × 5 indicators × 6 years (2010–2015)`);
check(added.rows.every((r) => !existing.map.has(key(r[0], r[1], r[2]))), "no (entity, indicator, period) repeats a row of observations.csv");
check(added.rows.every((r) => NEW_YEARS.includes(Number(r[2])) && r[2] === String(Number(r[2]))), "periods are whole years 2010…2015 only");
check(added.rows.every((r) => Number(r[3]) > 0), "every value is positive");
check(added.rows.every((r) => (COUNT.has(r[1]) ? /^\d+$/.test(r[3]) : /^\d+\.\d\d$/.test(r[3]))), "亿元 values have 2 decimals, counts are integers");
check(added.rows.every((r) => (r[1] === "industrial_va") === /^-?\d+\.\d$/.test(r[4]) && r[5] === ""),
  "growth (percent, 1 decimal) on industrial_va rows only; no flags");

const V = (e, i, y) => (y >= 2016 ? existing : added).map.get(key(e, i, String(y))).value;
const G = (e, i, y) => (y >= 2016 ? existing : added).map.get(key(e, i, String(y))).growth / 100;
const series = (e, i) => ALL_YEARS.map((y) => V(e, i, y));
const yoy = (e, i, y) => V(e, i, y) / V(e, i, y - 1) - 1;
const cagrOf = (e, i, from, to) => (V(e, i, to) / V(e, i, from)) ** (1 / (to - from)) - 1;
// the benchmark formulas of DESIGN.md, inline (no dependencies)
const catchUp = (f, l, gf, gl) => (f >= l ? 0 : gf <= gl ? Infinity : Math.log(l / f) / Math.log((1 + gf) / (1 + gl)));
const timeDistance = (years, values, level, at) => {
  const k = values.findIndex((v) => v >= level);
  if (k <= 0) return NaN; // never reached, or already above it at the first year (only a bound)
  return at - (years[k - 1] + (level - values[k - 1]) / (values[k] - values[k - 1]));
};
const pct = (g) => `${(100 * g).toFixed(1)}%`;
const yrs = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} years` : "never");

// Plausibility of the seam 2015 → 2016 and of the paths.
const seams = [];
for (const e of ZONES) for (const i of INDICATORS.filter((i) => i !== "industrial_va")) {
  const g = NEW_YEARS.slice(1).map((y) => yoy(e, i, y)); // 2011…2015
  seams.push([e, i, yoy(e, i, 2016), Math.min(...g), Math.max(...g)]);
}
check(seams.every(([, i, g16, lo, hi]) => g16 >= lo - (i === "trade" ? 0.1 : 0.03) && g16 <= hi + 0.03),
  `2016 growth (from the new 2015 value) lies within or just beside each series' 2011–2015 range (${seams.map(([e, i, g]) => `${e.split("-")[0]} ${i} ${pct(g)}`).join(", ")})`);
const gap = [];
for (const e of ZONES) for (const y of ALL_YEARS.slice(1)) gap.push(100 * (yoy(e, "industrial_va", y) - G(e, "industrial_va", y)));
check(gap.every((d) => d >= 1 && d <= 4), `industrial_va: nominal − published growth within 1–4 points, 2011–2018 (${Math.min(...gap).toFixed(2)}…${Math.max(...gap).toFixed(2)})`);
const vaShare = ZONES.flatMap((e) => ALL_YEARS.map((y) => V(e, "industrial_va", y) / V(e, "industrial_revenue", y)));
check(vaShare.every((s) => s > 0.18 && s < 0.35), `value added / revenue stays between 18% and 35% (${Math.min(...vaShare).toFixed(3)}…${Math.max(...vaShare).toFixed(3)})`);
check(INDICATORS.every((i) => ALL_YEARS.every((y) => V(FAR, i, y) > V(NEAR, i, y) && V(NEAR, i, y) > V(SUBJECT, i, y))),
  "every indicator and year 2010–2018: 长沙 > 潍坊 > 济宁 (the near peer is bigger, the far model much bigger)");

console.log("\nClaims (growth from the written levels; industrial_va by its published real growth):");
const longRun = (e, i) => (i === "industrial_va" ? Math.exp(ALL_YEARS.slice(1).reduce((s, y) => s + Math.log(1 + G(e, i, y)), 0) / 8) - 1 : cagrOf(e, i, 2010, 2018));
const last = (e, i) => (i === "industrial_va" ? G(e, i, 2018) : yoy(e, i, 2018));
const claim = {};
for (const i of INDICATORS) {
  const c = (claim[i] = {});
  for (const [peer, label] of [[NEAR, "near"], [FAR, "far"]]) {
    c[label] = {
      ratio2010: V(peer, i, 2010) / V(SUBJECT, i, 2010),
      ratio2018: V(peer, i, 2018) / V(SUBJECT, i, 2018),
      at2018: catchUp(V(SUBJECT, i, 2018), V(peer, i, 2018), last(SUBJECT, i), last(peer, i)),
      atLongRun: catchUp(V(SUBJECT, i, 2018), V(peer, i, 2018), longRun(SUBJECT, i), longRun(peer, i)),
      distance: timeDistance(ALL_YEARS, series(peer, i), V(SUBJECT, i, 2018), 2018),
    };
  }
  console.log(`  ${i}: growth 2018 济宁 ${pct(last(SUBJECT, i))} / 潍坊 ${pct(last(NEAR, i))} / 长沙 ${pct(last(FAR, i))}; ` +
    `2010–18 average 济宁 ${pct(longRun(SUBJECT, i))} / 潍坊 ${pct(longRun(NEAR, i))} / 长沙 ${pct(longRun(FAR, i))}`);
  for (const [label, name] of [["near", "潍坊"], ["far", "长沙"]]) {
    const k = c[label];
    console.log(`    vs ${name}: ×${k.ratio2010.toFixed(2)} in 2010 → ×${k.ratio2018.toFixed(2)} in 2018; catch-up at 2018 growth ${yrs(k.at2018)}, ` +
      `at the 2010–18 average ${yrs(k.atLongRun)}; time distance ${Number.isFinite(k.distance) ? `${k.distance.toFixed(1)} years` : "—"}`);
  }
}
console.log();
const rev = claim.industrial_revenue, bud = claim.budget_revenue, firms = claim.new_economy_firms;
check(rev.near.ratio2018 < rev.near.ratio2010 && rev.near.at2018 > 1 && rev.near.at2018 < 10 && rev.near.atLongRun < 15,
  `industrial_revenue: 济宁 closes in on 潍坊 (×${rev.near.ratio2010.toFixed(2)} → ×${rev.near.ratio2018.toFixed(2)}) and catches up in ${rev.near.at2018.toFixed(1)} years at 2018 growth, ${rev.near.atLongRun.toFixed(1)} at the 2010–18 average`);
check(rev.far.distance >= 4 && rev.far.distance <= 9 && !Number.isFinite(rev.far.at2018),
  `industrial_revenue: 长沙 is ${rev.far.distance.toFixed(1)} years ahead (time distance) and, growing faster in 2018, is never caught at 2018 growth`);
check(bud.near.ratio2018 > bud.near.ratio2010 && !Number.isFinite(bud.near.atLongRun) && bud.near.at2018 > 50,
  `budget_revenue: 济宁 grew slower than 潍坊 over 2010–18, the gap widened (×${bud.near.ratio2010.toFixed(2)} → ×${bud.near.ratio2018.toFixed(2)}): never at the 2010–18 average; at 2018 growth (${pct(last(SUBJECT, "budget_revenue"))} vs ${pct(last(NEAR, "budget_revenue"))}) ${bud.near.at2018.toFixed(0)} years, i.e. not in any planning horizon`);
check(!Number.isFinite(firms.near.at2018) && !Number.isFinite(firms.near.atLongRun),
  "new_economy_firms: 潍坊 adds firms faster than 济宁 — never caught, at 2018 growth or at the 2010–18 average");
const faster = INDICATORS.filter((i) => longRun(SUBJECT, i) > longRun(NEAR, i)), slower = INDICATORS.filter((i) => longRun(SUBJECT, i) < longRun(NEAR, i));
check(faster.length > 0 && slower.length > 0, `济宁 outgrows 潍坊 over 2010–18 on ${faster.join(", ")}; 潍坊 grows faster on ${slower.join(", ")}`);
check(INDICATORS.every((i) => claim[i].far.distance >= 3), `长沙 stays years ahead on every indicator (time distance ${INDICATORS.map((i) => `${i} ${claim[i].far.distance.toFixed(1)}`).join(", ")})`);

console.log(`\nwrote ${FILE} (${added.rows.length} rows)`);
for (const e of ZONES) console.log(`  ${NAMES[e]} industrial_revenue 2010–2018: ${series(e, "industrial_revenue").map((v) => v.toFixed(2)).join(", ")}`);
if (failures.length) throw new Error(`${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
