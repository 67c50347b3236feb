// npm run demo — a first look at duibiao on the demo data (examples/data, illustrative values).
// Prints what a bulletin says of 济宁高新区 for 1—7月 2018 — growth, ranks in the city, targets
// against the calendar — generated from the data, and writes the same as JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  assessTargets,
  benchmarkPlan,
  computePlan,
  describeGap,
  describeCompletion,
  describeRank,
  formatPeriod,
  formatPeriodLabel,
  formatRank,
  formatRate,
  formatValue,
  rankWithin,
  rollupChildren,
  panelGrowth,
  periodRange,
  periodKey,
} from "../dist/index.js";
import { loadDemoData } from "./loadDemoData.mjs";
import { bulletChart, bumpChart, gapChart, profileChart, rankingChart, renderToString, scorecard, slopeChart, trendChart } from "../dist/charts.js";

const here = dirname(fileURLToPath(import.meta.url));

// Load: entities and their peer groups, indicator definitions, observations, plan figures, targets.
const { entities, indicators, observations, plan, history, panel, targets } = loadDemoData();

const subject = entities.require("济宁高新区");
const period = "2018-01/07";
const group = "jining-units";
const scope = { zh: "全市", en: "in the city" };
const base = indicators.list.filter((i) => observations.panel.indicatorCode(i.id) >= 0);

console.log(`duibiao 对标 — ${subject.name.zh} (${subject.name.en}), ${formatPeriod(period)} / ${formatPeriod(period, { locale: "en" })}`);
console.log(`Loaded ${panel.size.toLocaleString("en")} observations (${panel.entities.length} entities × ${panel.indicators.length} indicators × ${panel.periods.length} periods) with ${observations.issues.length + plan.issues.length + history.issues.length} problems.`);
console.log(`The demo data are illustrative, fitted to the figures a 2018 report gave for ${subject.name.zh}; see examples/data/README.md.\n`);

// 1. The indicators with growth and ranks among the city's 14 units.
const ranked = base.map((ind) => ({ ind, table: rankWithin(panel, { indicator: ind.id, period, group }) }));
const table = [["指标 indicator", formatPeriod(period), "增速 growth", "来源 source", "总量位次 level", "增幅位次 growth"]];
const summary = [];
for (const { ind, table: t } of ranked) {
  const row = t.rows.find((r) => r.entity === subject.id);
  table.push([ind.name.zh, formatValue(row.value, ind.unit), formatRate(row.growth, { sign: true }), row.growthSource ?? "", formatRank(row.levelRank, { tied: row.levelTied, of: t.n }), formatRank(row.growthRank, { tied: row.growthTied, of: t.n })]);
  summary.push({ indicator: ind.id, name: ind.name, unit: ind.unit.id, value: row.value, growth: row.growth, growthSource: row.growthSource, levelRank: row.levelRank, growthRank: row.growthRank, peers: t.n });
}
console.log(`Among the ${ranked[0].table.n} districts, counties and zones of 济宁市 (rank 1 = best):`);
printTable(table);

// 2. The bulletin, written from the data.
const clause = (indicator, on, locale = "zh-CN") => describeRank(panel, { entity: subject.id, indicator, period, group, on, scope, locale });
const [investment] = assessTargets(panel, targets.filter((t) => t.indicator === "重点项目完成投资"), { period });
const started = panel.value(subject.id, "key_projects_started", period);
const zh =
  `${formatPeriodLabel(period)}，${subject.name.zh}${clause("industrial_va", "growth")}；${clause("industrial_revenue", "both")}；` +
  `${clause("fixed_investment", "both")}；${clause("fdi", "level")}；${clause("trade", "level")}；${clause("budget_revenue", "both")}；` +
  `${clause("new_economy_firms", "level")}；${clause("hitech_mfg_firms", "level")}。${started}个重点项目开工建设，${describeCompletion(investment, { what: "年度计划" })}。`;
const en =
  `${formatPeriodLabel(period, { locale: "en" })}: ${clause("industrial_va", "growth", "en")}; ${clause("industrial_revenue", "both", "en")}; ` +
  `${clause("fixed_investment", "both", "en")}; ${clause("fdi", "level", "en")}; ${clause("trade", "level", "en")}; ${clause("budget_revenue", "both", "en")}; ` +
  `${clause("new_economy_firms", "level", "en")}; ${clause("hitech_mfg_firms", "level", "en")}. ${started} key projects started; ${describeCompletion(investment, { what: { zh: "年度计划", en: "the annual plan" }, locale: "en" })}.`;
console.log(`\n${zh}\n\n${en}`);

// 3. Targets against the calendar (序时进度 ${formatRate(7 / 12)}) and the supervision cards.
const statuses = assessTargets(panel, targets, { period });
console.log(`\nTargets for 2018 at ${formatPeriod(period)} (序时进度 ${formatRate(7 / 12)}):`);
const cards = { green: "🟩", blue: "🟦", yellow: "🟨", red: "🟥" };
const targetTable = [["指标 indicator", "目标 target", "实际 actual", "进度 / 差距", "牌 card"]];
for (const s of statuses) {
  const ind = indicators.require(s.indicator);
  const target = s.kind === "growth" ? `增长${formatRate(s.target)}` : formatValue(s.target, ind.unit);
  const actual = s.kind === "growth" ? formatRate(s.actual, { sign: true }) : formatValue(s.actual, ind.unit);
  targetTable.push([ind.name.zh, target, actual, s.reason.zh.replace(/^完成年度目标的|^增长[\d.]+%，/, ""), `${cards[s.card] ?? ""} ${s.card ?? "—"}`]);
}
printTable(targetTable);

// 4. 一区十园: the parks add up to the zone.
const rollup = rollupChildren(panel, { parent: subject.id, indicators: ["industrial_revenue", "fixed_investment"], periods: [period] });
console.log(`\n${subject.name.zh} is 一区十园 (${rollup.children.length} parks). Their ${formatPeriod(period)} figures add up to the zone's:`);
for (const r of rollup.rows) {
  const ind = indicators.require(r.indicator);
  console.log(`  ${ind.name.zh}: parks ${formatValue(r.sum, ind.unit)}, zone ${formatValue(r.parentValue, ind.unit)} — ${r.consistent ? "consistent" : `differs by ${r.difference}`}`);
}

// 5. 近赶潍坊、远学长沙: the benchmark plan on 2018's annual figures.
const benchmark = benchmarkPlan({ subject: subject.id, near: ["潍坊高新区"], far: ["长沙高新区"], indicators: ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"], horizon: [3, 5] });
const result = computePlan(panel, benchmark, { period: "2018" });
const peerName = (id) => entities.require(id).name.zh;
console.log(`
对标表 — ${subject.name.zh} against ${result.summary.map((s) => `${peerName(s.peer)} (${s.role === "near" ? "近赶" : "远学"})`).join(" and ")}, 2018:`);
const benchTable = [["指标 indicator", subject.name.zh, ...result.summary.flatMap((s) => [peerName(s.peer), "差距 gap", "追平 years", "时间距离"])]];
for (const row of result.table) {
  const unit = indicators.require(row.indicator).unit;
  benchTable.push([
    row.name.zh,
    formatValue(row.subjectValue, unit),
    ...row.peers.flatMap((c) => [
      formatValue(c.peerValue, unit),
      formatRate(c.gap.relative),
      c.status === "ahead" ? "ahead" : Number.isFinite(c.catchUpYears) ? `${c.catchUpYears.toFixed(1)}年` : "never",
      Number.isFinite(c.timeDistance) ? `${c.timeDistance.toFixed(1)}年` : "—",
    ]),
  ]);
}
printTable(benchTable);
for (const s of result.summary) {
  console.log(`  vs ${peerName(s.peer)}: ahead on ${s.ahead + s.level}, closing on ${s.closing}, falling behind on ${s.fallingBehind} of ${result.table.length} indicators.`);
}
console.log("");
console.log("A gap is the share of the peer's level still to make up; catch-up assumes each side keeps its 2018 growth.");
for (const row of result.table) for (const c of row.peers) console.log(`  ${describeGap(panel, c)}。`);
for (const row of result.table) for (const c of row.peers) console.log(`  ${describeGap(panel, c, { locale: "en" })}.`);

// 6. 挂图作战: the charts of 济宁高新区, as standalone SVG files.
const chartDir = join(here, "output", "charts");
mkdirSync(chartDir, { recursive: true });
const months = periodRange("2017-01/02", "2018-01/07").filter((p) => panel.periodCode(p) >= 0);
const growthAll = panelGrowth(panel);
const bumpRows = months.flatMap((p) => rankWithin(panel, { indicator: "industrial_revenue", period: p, group }).rows.map((r) => ({ entity: r.entity, period: periodKey(p), rank: r.levelRank })));
const unitRows = (p) => entities.members(group).map((e) => ({ entity: e.id, period: p, value: panel.value(e.id, "industrial_revenue", p) }));
const zonesGrowth = ["2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018"].flatMap((y) =>
  ["jining-hitech", "weifang-hitech", "changsha-hitech"].map((e) => ({ series: e, period: y, value: growthAll.get(e, "industrial_revenue", y)?.rate ?? NaN })),
);
const charts = {
  "ranking.svg": renderToString(rankingChart, ranked[1].table, { entities, highlight: subject.id, unit: "亿元", title: `工业主营业务收入 ${formatPeriod(period)}` }),
  "bump.svg": renderToString(bumpChart, bumpRows, { entities, highlight: subject.id, title: "工业主营业务收入位次 2017—2018" }),
  "slope.svg": renderToString(slopeChart, [...unitRows("2017-01/07"), ...unitRows(period)], { entities, highlight: subject.id, unit: "亿元", title: "工业主营业务收入 1—7月 2017 → 2018" }),
  "bullet.svg": renderToString(bulletChart, statuses, { indicators, title: "2018年目标完成情况（1—7月）" }),
  "gap.svg": renderToString(gapChart, result, { subject: subject.id, entities, indicators, title: "近赶潍坊、远学长沙（2018年）" }),
  "profile.svg": renderToString(profileChart, result, { subject: subject.id, entities, indicators, title: "指标画像（2018年）" }),
  "trend.svg": renderToString(trendChart, zonesGrowth, { entities, highlight: subject.id, peers: ["weifang-hitech"], far: ["changsha-hitech"], rate: true, title: "工业主营业务收入增速" }),
  "scorecard.svg": renderToString(scorecard, summary.map((r) => ({ label: r.name.zh, value: r.value, growth: r.growth, rank: r.levelRank, unit: r.unit })), { title: `${subject.name.zh} ${formatPeriod(period)}` }),
};
for (const [name, svg] of Object.entries(charts)) writeFileSync(join(chartDir, name), svg);
console.log(`\nWrote ${Object.keys(charts).length} charts of ${subject.name.zh} to ${relative(process.cwd(), chartDir)}/: ${Object.keys(charts).join(", ")}`);

const out = join(here, "output", "jining-hitech-2018-01-07.json");
mkdirSync(dirname(out), { recursive: true });
const json = { entity: subject.id, name: subject.name, period, group, indicators: summary, bulletin: { zh, en }, targets: statuses, benchmark: result };
writeFileSync(out, JSON.stringify(json, (k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2) + "\n");
console.log(`\nWrote ${relative(process.cwd(), out)}`);

// Pads by display width: a CJK character takes two columns in a terminal.
function printTable(rows) {
  const width = (s) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”\u{1f7e5}-\u{1f7e9}]/u.test(ch) ? 2 : 1), 0);
  const cols = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((cell, c) => (c === 0 ? cell + " ".repeat(cols[c] - width(cell)) : " ".repeat(cols[c] - width(cell)) + cell)).join("  "));
    if (k === 0) console.log(cols.map((w) => "─".repeat(w)).join("  "));
  }
}
