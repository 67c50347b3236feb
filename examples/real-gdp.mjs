// 近赶潍坊、远学长沙 on REAL figures: GDP of 济宁市 against 潍坊市 (the near peer) and 长沙市 (the far model).
//   npx tsup && node examples/real-gdp.mjs
// The data are public figures copied from /work/shared/data (see examples/data/real/README.md for the sources).
// Whatever they say is printed, including "never at current growth".
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  cagr,
  catchUpYears,
  createEntities,
  createIndicators,
  formatPoints,
  formatRate,
  formatValue,
  gap,
  readCsv,
  requiredGrowth,
  timeDistance,
} from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const text = readFileSync(join(here, "data", "real", "city_gdp_observations.csv"), "utf8");

// ---------- load ----------
const entities = createEntities([
  { id: "jining", name: { zh: "济宁市", en: "Jining" }, kind: "city" },
  { id: "weifang", name: { zh: "潍坊市", en: "Weifang" }, kind: "city" },
  { id: "changsha", name: { zh: "长沙市", en: "Changsha" }, kind: "city" },
]);
const indicators = createIndicators([
  { id: "gdp", name: { zh: "地区生产总值", en: "GDP" }, unit: "亿元", frequency: "year", accumulation: "period", growth: "published" },
  { id: "industrial_va", name: { zh: "规模以上工业增加值", en: "Industrial value added above designated size" }, unit: "亿元", frequency: "year", accumulation: "period", growth: "published" },
]);
// The file keeps its provenance columns (level, province, increment, source_id, note): read past them by name.
const PROVENANCE = ["level", "province", "gdp_increment_100m_yuan", "source_id", "note"];
const { panel } = readCsv(text, {
  format: "wide",
  columnsAre: "indicators",
  ignore: PROVENANCE,
  entities,
  indicators,
  columns: { entity: "region", period: "year" },
  measures: {
    gdp_100m_yuan: "gdp",
    real_growth_pct: { indicator: "gdp", field: "growth" },
    industrial_va_above_scale_growth_pct: { indicator: "industrial_va", field: "growth" },
  },
});
// source_id is the 9th column; the fields before it never contain a comma (the quoted note comes after it).
const sources = new Map(text.trim().split("\n").slice(1).map((line) => line.split(",")).map((c) => [`${entities.require(c[0]).id}|${c[3]}`, c[8]]));

// ---------- choose the years ----------
// Years with both a GDP level and its real growth, per city.
const years = (city) => {
  const s = panel.series(city, "gdp", { kind: "year" });
  return s.periods.map((p, k) => [p.year, s.values[k], s.growth[k]]).filter(([, v, g]) => Number.isFinite(v) && Number.isFinite(g)).map(([y]) => y);
};
const subject = "jining", near = "weifang", far = "changsha";
const subjectYear = Math.max(...years(subject));
// Each peer at the subject's year if the file has it, else at the nearest year (the later one on a tie).
const peerYear = (city) => years(city).sort((a, b) => Math.abs(a - subjectYear) - Math.abs(b - subjectYear) || b - a)[0];
const at = (city, year) => ({ city, year, value: panel.value(city, "gdp", String(year)), growth: panel.growth(city, "gdp", String(year)) });
const S = at(subject, subjectYear);
const peers = [
  { role: { zh: "近赶", en: "near peer" }, ...at(near, peerYear(near)) },
  { role: { zh: "远学", en: "far model" }, ...at(far, peerYear(far)) },
];
const zh = (id) => entities.require(id).name.zh, en = (id) => entities.require(id).name.en;
const yi = (v) => formatValue(v, "亿元");
const rate = (g) => formatRate(g, { digits: 1 });
const pts = (d, options = {}) => formatPoints(d, { digits: 1, ...options });
const yrs = (n, locale) => (n === Infinity ? (locale === "en" ? "never" : "永远追不上") : locale === "en" ? `${n.toFixed(1)} years` : `${n.toFixed(1)}年`);

console.log("近赶潍坊、远学长沙 — real GDP figures (地区生产总值, 亿元, current prices; growth real, comparable prices)");
console.log(`Data: examples/data/real/city_gdp_observations.csv (public figures, sources in its README).`);
console.log(`Years: ${zh(subject)} ${years(subject).join(", ")}; ${zh(near)} ${years(near).join(", ")}; ${zh(far)} ${years(far).join(", ")}.`);
for (const p of peers) {
  console.log(p.year === S.year
    ? `  ${zh(subject)} and ${zh(p.city)}: the same year, ${S.year}.`
    : `  ${zh(p.city)} has no ${S.year} figure in the file: its nearest year, ${p.year}, is used (${p.year - S.year > 0 ? "later" : "earlier"} by ${Math.abs(p.year - S.year)}). 长沙无${S.year}年数据，取最接近的${p.year}年。`);
}

// ---------- compute ----------
const rows = peers.map((p) => {
  const g = gap({ value: S.value, growth: S.growth }, { value: p.value, growth: p.growth });
  const series = panel.series(p.city, "gdp", { kind: "year" });
  const pairs = series.periods.map((q, k) => [q.year, series.values[k]]);
  return {
    ...p,
    gap: g,
    catchUp: catchUpYears(S.value, p.value, S.growth, p.growth),
    need5: requiredGrowth(S.value, p.value, p.growth, 5),
    need10: requiredGrowth(S.value, p.value, p.growth, 10),
    distance: timeDistance(pairs, S.value, S.year),
    distanceBound: timeDistance(pairs, S.value, S.year, { censored: "bound" }),
    firstYear: pairs[0][0],
  };
});

// ---------- table ----------
const table = [
  ["", `${zh(subject)} ${S.year}`, ...rows.map((r) => `${zh(r.city)} ${r.year}`)],
  ["GDP 地区生产总值", yi(S.value), ...rows.map((r) => yi(r.value))],
  ["real growth 实际增速", rate(S.growth), ...rows.map((r) => rate(r.growth))],
  ["gap 差距 (peer − 济宁)", "", ...rows.map((r) => yi(-r.gap.absolute))],
  ["济宁 / peer", "", ...rows.map((r) => rate(r.gap.ratio))],
  ["peer / 济宁", "", ...rows.map((r) => `×${(1 / r.gap.ratio).toFixed(2)}`)],
  ["growth gap 增速差", "", ...rows.map((r) => pts(r.gap.growthDifferential, { sign: true, locale: "en" }))],
  ["catch-up at current growth 追赶年限", "", ...rows.map((r) => yrs(r.catchUp, "en"))],
  ["growth needed, 5 years 5年追上所需增速", "", ...rows.map((r) => rate(r.need5))],
  ["growth needed, 10 years 10年追上所需增速", "", ...rows.map((r) => rate(r.need10))],
  ["time distance 时间距离", "", ...rows.map((r) => (Number.isFinite(r.distance) ? `${r.distance.toFixed(1)} years` : Number.isFinite(r.distanceBound) && r.distanceBound > 0 ? `≥ ${r.distanceBound} years` : "—"))],
];
console.log();
printTable(table);

// ---------- sentences ----------
console.log();
for (const r of rows) {
  const sameYear = r.year === S.year;
  const zhGrowth = r.catchUp === Infinity
    ? `济宁实际增长${rate(S.growth)}，比${zh(r.city)}${sameYear ? "" : `（${r.year}年）`}低${pts(-r.gap.growthDifferential)}，按当前增速永远追不上`
    : `济宁实际增长${rate(S.growth)}，比${zh(r.city)}${sameYear ? "" : `（${r.year}年）`}高${pts(r.gap.growthDifferential)}，按当前增速约需${r.catchUp.toFixed(1)}年追上`;
  const zhTime = Number.isFinite(r.distance)
    ? `按时间距离，${zh(r.city)}领先约${r.distance.toFixed(1)}年。`
    : Number.isFinite(r.distanceBound) && r.distanceBound > 0
      ? `${zh(r.city)}在文件最早的${r.firstYear}年就已超过济宁${S.year}年的水平，时间距离至少${r.distanceBound}年。`
      : `文件中${zh(r.city)}最早的数据为${r.firstYear}年，已高于济宁${S.year}年的水平，时间距离无法测算。`;
  console.log(
    `【${r.role.zh}·${zh(r.city)}】${S.year}年济宁市地区生产总值${yi(S.value)}，相当于${zh(r.city)}${r.year}年（${yi(r.value)}）的${rate(r.gap.ratio)}，` +
      `差距${yi(-r.gap.absolute)}。${zhGrowth}；要在5年内追上，需年均增长${rate(r.need5)}，10年内需${rate(r.need10)}。${zhTime}`,
  );
  const enGrowth = r.catchUp === Infinity
    ? `Jining's real growth of ${rate(S.growth)} is ${pts(-r.gap.growthDifferential, { locale: "en" })} below ${en(r.city)}'s${sameYear ? "" : ` (${r.year})`}: at current growth it never catches up`
    : `Jining's real growth of ${rate(S.growth)} is ${pts(r.gap.growthDifferential, { locale: "en" })} above ${en(r.city)}'s${sameYear ? "" : ` (${r.year})`}: at current growth it catches up in about ${r.catchUp.toFixed(1)} years`;
  const enTime = Number.isFinite(r.distance)
    ? ` In time distance, ${en(r.city)} is about ${r.distance.toFixed(1)} years ahead.`
    : Number.isFinite(r.distanceBound) && r.distanceBound > 0
      ? ` ${en(r.city)} was already above Jining's ${S.year} level in ${r.firstYear}, the first year in the file: a time distance of at least ${r.distanceBound} years.`
      : ` The file's first ${en(r.city)} figure (${r.firstYear}) is already above Jining's ${S.year} level: no time distance can be read from it.`;
  console.log(
    `[${r.role.en}: ${en(r.city)}] In ${S.year} Jining's GDP, ${formatValue(S.value, "亿元", { locale: "en" })}, was ${rate(r.gap.ratio)} of ${en(r.city)}'s ${r.year} GDP ` +
      `(${formatValue(r.value, "亿元", { locale: "en" })}), a gap of ${formatValue(-r.gap.absolute, "亿元", { locale: "en" })}. ${enGrowth}; ` +
      `to catch up within 5 years it would need ${rate(r.need5)} a year, within 10 years ${rate(r.need10)}.${enTime}`,
  );
  console.log();
}

// ---------- caveats, from the same file ----------
const nominal = (city, from, to) => cagr(panel.value(city, "gdp", String(from)), panel.value(city, "gdp", String(to)), to - from);
const wf = years(near), cs = years(far);
console.log("Caveats 注意:");
console.log(`- Levels are nominal (current prices), growth rates real (comparable prices): catchUpYears and requiredGrowth mix the two, as if prices moved alike in the cities. 总量为现价、增速为可比价，两者混用。`);
console.log(`  The file shows how far apart they can be: ${zh(near)} ${wf[0]}→${wf.at(-1)} nominal ${rate(nominal(near, wf[0], wf.at(-1)))} a year vs real ${rate(panel.growth(near, "gdp", String(wf.at(-1))))} in ${wf.at(-1)}; ` +
  `${zh(far)} ${cs.at(-2)}→${cs.at(-1)} nominal ${rate(nominal(far, cs.at(-2), cs.at(-1)))} vs real ${rate(panel.growth(far, "gdp", String(cs.at(-1))))}.`);
for (const r of rows.filter((r) => r.year !== S.year)) {
  console.log(`- ${zh(r.city)} is compared at ${r.year}, ${zh(subject)} at ${S.year}: levels and growth rates from different years. ${S.year} growth was high ` +
    `(${zh(near)} ${rate(panel.growth(near, "gdp", String(S.year)))} in ${S.year}, ${rate(panel.growth(near, "gdp", String(wf.at(-1))))} in ${wf.at(-1)}), so ${zh(subject)}'s ${S.year} rate against ${zh(r.city)}'s ${r.year} rate probably flatters ${zh(subject)}.`);
  // The same with the peer's latest year instead of its nearest one.
  const latest = years(r.city).at(-1);
  if (latest !== r.year) {
    const L = at(r.city, latest);
    console.log(`  With ${zh(r.city)}'s latest year instead (${latest}: ${yi(L.value)}, ${rate(L.growth)}): ratio ${rate(S.value / L.value)}, catch-up ${yrs(catchUpYears(S.value, L.value, S.growth, L.growth), "en")}, ` +
      `growth needed ${rate(requiredGrowth(S.value, L.value, L.growth, 5))} (5 years) / ${rate(requiredGrowth(S.value, L.value, L.growth, 10))} (10 years).`);
  }
}
console.log(`- One year of growth is a thin basis for "years to catch up"; the file has no later ${zh(subject)} figure to average over.`);
console.log(`- ${zh(far)} 2013 GDP is disputed (7253.13 in the file, 7153.13 elsewhere); both exceed ${zh(subject)}'s ${S.year} level, so the time-distance bound holds either way.`);
console.log(`- Sources: ${[[S.city, S.year], ...rows.map((r) => [r.city, r.year])].map(([c, y]) => `${zh(c)} ${y} ${sources.get(`${c}|${y}`)}`).join(", ")} (see examples/data/real/README.md).`);

// Pads by terminal width: a CJK character takes two columns.
function printTable(rows) {
  const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
  const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell + " ".repeat(cols[c] - width(cell)) : " ".repeat(cols[c] - width(cell)) + cell)).join("  "));
    if (k === 0) console.log(cols.map((w) => "─".repeat(w)).join("  "));
  }
}
