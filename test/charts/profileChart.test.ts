// @vitest-environment node
import { describe, expect, it } from "vitest";
import { profileChart, renderToString, type ProfileChartOptions } from "../../src/charts/index.js";
import { benchmarkPlan, computePlan } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { entities, indicators, panel } from "../_tooling/demoData.js";

type Row = { indicator: string; series: string; value: number | null; unit?: string; direction?: "higher" | "lower" };

// Five indicators of four zones; one is lower-is-better (能耗), one value is missing.
const zones = ["济宁高新区", "潍坊高新区", "长沙高新区", "淄博高新区"];
const table: [string, string, "higher" | "lower", (number | null)[]][] = [
  ["规模以上工业增加值", "亿元", "higher", [287.42, 414.75, 1120.3, 350.1]],
  ["一般公共预算收入", "亿元", "higher", [33.1, 30.2, 96.4, 28.7]],
  ["进出口总额", "亿元", "higher", [86.2, 91.5, null, 60.3]],
  ["“四新”企业数", "个", "higher", [206, 180, 512, 150]],
  ["万元产值能耗", "吨标准煤", "lower", [0.42, 0.38, 0.25, 0.51]],
];
const rows: Row[] = table.flatMap(([indicator, unit, direction, values]) => zones.map((series, k) => ({ indicator, series, value: values[k], unit, direction })));
const options: ProfileChartOptions<Row> = { title: "对标画像", subject: "济宁高新区", peers: ["潍坊高新区"], far: ["长沙高新区"] };

describe("profileChart snapshots", () => {
  it("profileChart(rows, { subject, peers, far }) as dots, with a lower-is-better row and a missing value", async () => {
    await expectChartSnapshot(renderToString(profileChart, rows, options), "profileChart");
  });

  it("profileChart(rows, { type: \"radar\", locale: \"en\" })", async () => {
    await expectChartSnapshot(renderToString(profileChart, rows, { ...options, title: "Profile", type: "radar", locale: "en" }), "profileChart-radar-en");
  });

  it("profileChart(computePlan(…).table, { subject, entities, indicators }) on the demo data: 近赶潍坊、远学长沙, 2018", async () => {
    const plan = benchmarkPlan({ subject: "jining-hitech", near: ["潍坊高新区"], far: ["长沙高新区"], indicators: ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"], horizon: [3, 5] });
    const result = computePlan(panel, plan, { period: "2018" });
    const svg = renderToString(profileChart, result.table, { title: "对标画像（2018年）", subject: "jining-hitech", entities, indicators });
    expect(svg).toContain("潍坊高新区");
    expect(svg).toContain("长沙高新区");
    expect(parseXML(svg).querySelectorAll(".db-subject").length).toBeGreaterThan(0);
    await expectChartSnapshot(svg, "profileChart-demo");
  });
});

describe("profileChart", () => {
  it("profileChart(rows, { type }) rejects an unknown type", () => {
    expect(() => renderToString(profileChart, rows, { ...options, type: "spider" as "radar" })).toThrow(TypeError);
  });

  it("profileChart(rows, { normalized: true }) draws the values as scores as they are", () => {
    const scores = zones.map((series, k) => ({ indicator: "得分", series, value: [100, 50, 0, 25][k] }));
    const doc = parseXML(renderToString(profileChart, scores, { subject: "济宁高新区", normalized: true, figure: false }));
    expect(doc.querySelector("desc")?.textContent).toBeTruthy();
  });
});

chartContract<Row, ProfileChartOptions<Row>>({
  chart: profileChart,
  rows,
  options,
  withLabels: (labels) => labels.flatMap((indicator, k) => [
    { indicator, series: "甲", value: 10 + k },
    { indicator, series: "乙", value: 20 + k },
  ]),
  allMissing: [
    { indicator: "收入", series: "甲", value: null },
    { indicator: "收入", series: "乙", value: Number.NaN },
  ],
  tableRows: table.length,
  knownBugs: [],
});
