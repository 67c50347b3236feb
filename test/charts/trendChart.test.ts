// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString, trendChart, type TrendChartOptions } from "../../src/charts/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { annual, entities } from "../_tooling/demoData.js";

type Row = { series: string; period: string; value: number | null };

// Year-to-date growth of industrial value added, Feb–Jul 2018, for four units; a month missing for one.
const months = ["2018-01/02", "2018-01/03", "2018-01/04", "2018-01/05", "2018-01/06", "2018-01/07"];
const growth: Record<string, (number | null)[]> = {
  济宁高新区: [0.061, 0.065, 0.068, 0.07, 0.071, 0.073],
  任城区: [0.052, 0.05, 0.054, 0.055, 0.056, 0.055],
  兖州区: [0.02, 0.015, null, 0.01, 0.009, 0.008],
  曲阜市: [0.049, 0.051, 0.053, 0.055, 0.056, 0.057],
};
const rows: Row[] = Object.entries(growth).flatMap(([series, vs]) => months.map((period, p) => ({ series, period, value: vs[p] })));

describe("trendChart snapshots", () => {
  it("trendChart(rows, { rate, highlight, peers }) with the median and a gap", async () => {
    await expectChartSnapshot(renderToString(trendChart, rows, { title: "规模以上工业增加值增速（累计）", rate: true, highlight: "济宁高新区", peers: ["任城区"] }), "trendChart");
  });

  it("trendChart(rows, { locale: \"en\", median: false }) of levels over years", async () => {
    const levels = ["2014", "2015", "2016", "2017", "2018"].flatMap((period, p) => [
      { series: "Jining", period, value: [180.2, 201.5, 230.4, 262.8, 287.42][p] },
      { series: "Weifang", period, value: [290.1, 318.7, 352.3, 388.6, 414.75][p] },
    ]);
    await expectChartSnapshot(renderToString(trendChart, levels, { title: "Industrial value added", locale: "en", unit: "亿元", median: false, highlight: "Jining", width: 560 }), "trendChart-en");
  });

  it("trendChart(panel rows, { entities, unit }) on the demo data: industrial value added of three zones, annual", async () => {
    const ids = ["jining-hitech", "weifang-hitech", "changsha-hitech"];
    const data = annual.toRows().filter((o) => o.indicator === "industrial_va" && ids.includes(o.entity));
    const svg = renderToString(trendChart, data, { title: "规模以上工业增加值", entities, unit: "亿元", highlight: "jining-hitech", peers: ["weifang-hitech"] });
    expect(parseXML(svg).querySelector("g.db-subject")?.getAttribute("data-key")).toBe("jining-hitech");
    expect(svg).toContain("长沙高新区");
    await expectChartSnapshot(svg, "trendChart-demo");
  });
});

describe("trendChart", () => {
  it("trendChart(rows) draws the median with three series or more", () => {
    expect(parseXML(renderToString(trendChart, rows, {})).querySelector("desc")?.textContent).toBeTruthy();
    const two = rows.filter((r) => r.series === "济宁高新区" || r.series === "任城区");
    const body = (s: string) => Array.from(parseXML(s).querySelectorAll("tbody tr th"), (th) => th.textContent);
    expect(body(renderToString(trendChart, rows, { figure: true }))).toContain("中位数");
    expect(body(renderToString(trendChart, two, { figure: true }))).not.toContain("中位数");
  });
});

chartContract<Row, TrendChartOptions<Row>>({
  chart: trendChart,
  rows,
  options: { title: "增速", rate: true, highlight: "济宁高新区" },
  withLabels: (labels) => ["2017", "2018"].flatMap((period, p) => labels.map((series, k) => ({ series, period, value: 10 + k + p }))),
  allMissing: months.map((period) => ({ series: "甲", period, value: null })),
  tableRows: Object.keys(growth).length + 1, // and the median
  knownBugs: [],
});
