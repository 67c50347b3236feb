// node examples/gallery-data.mjs — the data of examples/gallery.html: every chart of duibiao on the demo data
// (examples/data, illustrative values), as plain JSON. Loads the data as examples/demo.mjs does, then writes
// examples/gallery-data.json: { title, note, charts: [{ type, rows, options }] }. EntitySet and IndicatorSet
// objects cannot go in JSON, so labels are resolved here to Chinese names and units to their ids.
import { writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  assessTargets,
  benchmarkPlan,
  computePlan,
  formatPeriod,
  panelGrowth,
  periodKey,
  periodRange,
  rankWithin,
} from "../dist/index.js";
import { loadDemoData } from "./loadDemoData.mjs";

const here = dirname(fileURLToPath(import.meta.url));

// Load the demo data (examples/loadDemoData.mjs).
const { entities, indicators, observations, panel, targets } = loadDemoData();

const subject = entities.require("济宁高新区");
const period = "2018-01/07";
const group = "jining-units";
const name = (id) => entities.require(id).name.zh;
const unitOf = (id) => indicators.require(id).unit.id;
const near = ["weifang-hitech"];
const far = ["changsha-hitech"];

// 1. rankingChart: 工业主营业务收入 of the city's 14 units, 1—7月 2018.
const ranks = rankWithin(panel, { indicator: "industrial_revenue", period, group });
const ranking = {
  type: "rankingChart",
  rows: ranks.rows.map((r) => ({ label: name(r.entity), value: r.value, levelRank: r.levelRank })),
  options: { title: `工业主营业务收入（${formatPeriod(period)}）`, highlight: subject.name.zh, unit: unitOf("industrial_revenue"), cutoff: 5 },
};

// 2. bumpChart: its rank month by month, 2017—2018.
const months = periodRange("2017-01/02", period).filter((p) => panel.periodCode(p) >= 0);
const bump = {
  type: "bumpChart",
  rows: months.flatMap((p) => rankWithin(panel, { indicator: "industrial_revenue", period: p, group }).rows.map((r) => ({ label: name(r.entity), period: periodKey(p), rank: r.levelRank, value: r.value }))),
  options: { title: "工业主营业务收入位次（2017—2018年）", highlight: subject.name.zh, unit: unitOf("industrial_revenue") },
};

// 3. slopeChart: 1—7月 2017 → 2018.
const slopeRows = ["2017-01/07", period].flatMap((p) => entities.members(group).map((e) => ({ label: e.name.zh, period: p, value: panel.value(e.id, "industrial_revenue", p) })));
const slope = {
  type: "slopeChart",
  rows: slopeRows,
  options: { title: "工业主营业务收入（1—7月，2017年→2018年）", highlight: subject.name.zh, unit: unitOf("industrial_revenue") },
};

// 4. trendChart: annual growth of the three zones, 2011—2018.
const growth = panelGrowth(panel);
const zones = [subject.id, ...near, ...far];
const trend = {
  type: "trendChart",
  rows: ["2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018"].flatMap((y) => zones.map((e) => ({ series: name(e), period: y, value: growth.get(e, "industrial_revenue", y)?.rate ?? NaN }))),
  options: { title: "工业主营业务收入增速（2011—2018年）", highlight: subject.name.zh, peers: near.map(name), far: far.map(name), rate: true },
};

// 5. bulletChart: the 2018 targets against 序时进度.
const statuses = assessTargets(panel, targets, { period });
const bullet = {
  type: "bulletChart",
  rows: statuses.map((s) => ({ label: indicators.require(s.indicator).name.zh, unit: unitOf(s.indicator), kind: s.kind, actual: s.actual, target: s.target, completion: s.completion, elapsed: s.elapsed, card: s.card, reason: s.reason })),
  options: { title: `2018年目标完成情况（${formatPeriod(period)}）` },
};

// 6–7. gapChart and profileChart: 近赶潍坊、远学长沙 on 2018's annual figures (the plan table, peers by name).
const result = computePlan(panel, benchmarkPlan({ subject: subject.id, near, far, indicators: ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"], horizon: [3, 5] }), { period: "2018" });
const planRows = result.table.map((row) => ({
  label: row.name.zh,
  indicator: row.indicator,
  unit: row.unit,
  subjectValue: row.subjectValue,
  subjectGrowth: row.subjectGrowth,
  peers: row.peers.map((c) => ({ peer: name(c.peer), role: c.role, direction: c.direction, peerValue: c.peerValue, gap: c.gap, trend: c.trend })),
}));
const gap = { type: "gapChart", rows: planRows, options: { title: "近赶潍坊、远学长沙（2018年）", subject: subject.name.zh } };
const profile = { type: "profileChart", rows: planRows, options: { title: "指标画像（2018年）", subject: subject.name.zh } };

// 8. scorecard: the zone's indicators, 1—7月 2018, with growth and rank among the 14 units.
const base = indicators.list.filter((i) => observations.panel.indicatorCode(i.id) >= 0);
const scorecard = {
  type: "scorecard",
  rows: base.map((ind) => {
    const t = rankWithin(panel, { indicator: ind.id, period, group });
    const r = t.rows.find((x) => x.entity === subject.id);
    return { label: ind.name.zh, value: r.value, growth: r.growth, rank: r.levelRank, tied: r.levelTied, unit: ind.unit.id };
  }),
  options: { title: `${subject.name.zh}主要指标（${formatPeriod(period)}）` },
};

const out = join(here, "gallery-data.json");
const json = {
  title: `duibiao 图表一览：${subject.name.zh}，${formatPeriod(period)}`,
  note: "示例数据，非统计数据（examples/data）。",
  charts: [ranking, bump, slope, trend, bullet, gap, profile, scorecard],
};
// NaN and ±Infinity are not JSON: written as null, which the charts read as missing.
writeFileSync(out, JSON.stringify(json, (k, v) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 1) + "\n");
console.log(`Wrote ${json.charts.length} charts to ${relative(process.cwd(), out)}`);
