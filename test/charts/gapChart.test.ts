// @vitest-environment node
import { describe, expect, it } from "vitest";
import { gapChart, renderToString, type GapChartOptions } from "../../src/charts/index.js";
import { benchmarkPlan, computePlan } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { entities, indicators, panel } from "../_tooling/demoData.js";

type Row = { indicator: string; series: string; value: number | null; trend?: string; unit?: string };

// 济宁高新区 against a near peer (潍坊) and a far model (长沙), four indicators, one value missing.
const rows: Row[] = [
  { indicator: "规模以上工业增加值", series: "济宁高新区", value: 287.42, unit: "亿元" },
  { indicator: "规模以上工业增加值", series: "潍坊高新区", value: 414.75, trend: "widening", unit: "亿元" },
  { indicator: "规模以上工业增加值", series: "长沙高新区", value: 1120.3, trend: "narrowing", unit: "亿元" },
  { indicator: "一般公共预算收入", series: "济宁高新区", value: 33.1, unit: "亿元" },
  { indicator: "一般公共预算收入", series: "潍坊高新区", value: 30.2, trend: "lead widening", unit: "亿元" },
  { indicator: "一般公共预算收入", series: "长沙高新区", value: 96.4, trend: "unchanged", unit: "亿元" },
  { indicator: "进出口总额", series: "济宁高新区", value: 86.2, unit: "亿元" },
  { indicator: "进出口总额", series: "潍坊高新区", value: 91.5, trend: "overtook", unit: "亿元" },
  { indicator: "进出口总额", series: "长沙高新区", value: null, unit: "亿元" },
  { indicator: "“四新”企业数", series: "济宁高新区", value: 206, unit: "个" },
  { indicator: "“四新”企业数", series: "潍坊高新区", value: 180, unit: "个" },
  { indicator: "“四新”企业数", series: "长沙高新区", value: 512, unit: "个" },
];

describe("gapChart snapshots", () => {
  it("gapChart(rows, { subject, far }) with trends and a missing value", async () => {
    await expectChartSnapshot(renderToString(gapChart, rows, { title: "近赶潍坊、远学长沙", subject: "济宁高新区", far: ["长沙高新区"] }), "gapChart");
  });

  it("gapChart(rows, { locale: \"en\" }) with one peer and no trends", async () => {
    const en = rows.filter((r) => r.series !== "长沙高新区").map(({ trend: _t, ...r }) => ({ ...r, series: r.series === "济宁高新区" ? "Jining" : "Weifang" }));
    await expectChartSnapshot(renderToString(gapChart, en, { title: "Jining against Weifang", locale: "en", subject: "Jining", width: 560 }), "gapChart-en");
  });

  it("gapChart(computePlan(…).table, { subject, entities, indicators }) on the demo data: 近赶潍坊、远学长沙, 2018", async () => {
    const plan = benchmarkPlan({ subject: "jining-hitech", near: ["潍坊高新区"], far: ["长沙高新区"], indicators: ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"], horizon: [3, 5] });
    const result = computePlan(panel, plan, { period: "2018" });
    const svg = renderToString(gapChart, result.table, { title: "对标差距（2018年）", subject: "jining-hitech", entities, indicators });
    const doc = parseXML(svg);
    expect(doc.querySelectorAll('g[role="listitem"]').length).toBe(result.table.length);
    expect(svg).toContain("潍坊高新区");
    expect(svg).toContain("长沙高新区");
    await expectChartSnapshot(svg, "gapChart-demo");
  });
});

describe("gapChart", () => {
  it("gapChart(rows, { far }) draws the far model in the far colour", () => {
    const doc = parseXML(renderToString(gapChart, rows, { subject: "济宁高新区", far: ["长沙高新区"] }));
    expect(doc.querySelectorAll(".db-far").length).toBeGreaterThan(0);
    expect(doc.querySelectorAll(".db-subject").length).toBeGreaterThan(0);
  });

  it("gapChart(rows) notes the trend of a gap at the end of its row", () => {
    expect(renderToString(gapChart, rows, { subject: "济宁高新区" })).toContain("差距缩小");
  });
});

chartContract<Row, GapChartOptions<Row>>({
  chart: gapChart,
  rows,
  options: { title: "对标差距", subject: "济宁高新区", far: ["长沙高新区"] },
  channels: { label: "indicator", series: "series", value: "value", trend: "trend" },
  numbers: ["value"],
  withLabels: (labels) => labels.flatMap((indicator, k) => [
    { indicator, series: "甲", value: 10 + k },
    { indicator, series: "乙", value: 20 + k },
  ]),
  allMissing: [
    { indicator: "收入", series: "甲", value: null },
    { indicator: "收入", series: "乙", value: Number.NaN },
  ],
  tableRows: 4,
  knownBugs: [],
});
