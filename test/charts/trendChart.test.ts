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

  it("trendChart(panel rows, { entities, unit, highlight, peers, far }) on the demo data: industrial value added of 近赶潍坊、远学长沙, annual", async () => {
    const ids = ["jining-hitech", "weifang-hitech", "changsha-hitech"];
    const data = annual.toRows().filter((o) => o.indicator === "industrial_va" && ids.includes(o.entity));
    const svg = renderToString(trendChart, data, { title: "规模以上工业增加值", entities, unit: "亿元", highlight: "jining-hitech", peers: ["weifang-hitech"], far: ["changsha-hitech"] });
    const doc = parseXML(svg);
    expect(doc.querySelector("g.db-series.db-subject")?.getAttribute("data-key")).toBe("jining-hitech");
    expect(doc.querySelector("g.db-series.db-far")?.getAttribute("data-key")).toBe("changsha-hitech");
    expect(Array.from(doc.querySelectorAll(".db-legend text"), (t) => t.textContent)).toEqual(["济宁高新区", "潍坊高新区（近赶）", "长沙高新区（远学）"]);
    expect(doc.querySelector(".db-median")).toBeNull(); // three series: no median
    await expectChartSnapshot(svg, "trendChart-demo");
  });
});

describe("trendChart", () => {
  const body = (s: string) => Array.from(parseXML(s).querySelectorAll("tbody tr th"), (th) => th.textContent);
  // The plot's y of a value, from the 0% and 8% gridlines; the x of each period, from its axis label.
  const scales = (doc: Document) => {
    const tick = (text: string) => Number(/translate\(0,([\d.]+)\)/.exec(Array.from(doc.querySelectorAll(".db-grid > g")).find((g) => g.querySelector("text")?.textContent === text)!.getAttribute("transform")!)![1]);
    const [y0, y8] = [tick("0%"), tick("8%")];
    const xs = Array.from(doc.querySelectorAll(".db-grid > text"), (t) => Number(t.getAttribute("x"))).slice(0, 6);
    return { y: (v: number) => y0 + ((y8 - y0) * v) / 0.08, xs };
  };
  const points = (d: string) => d.split("M").filter(Boolean).map((run) => run.split("L").map((p) => p.split(",").map(Number)));

  it("trendChart(rows) draws the median with four series or more, at the periods where four have a value", () => {
    expect(parseXML(renderToString(trendChart, rows, {})).querySelector("desc")?.textContent).toBeTruthy();
    const two = rows.filter((r) => r.series === "济宁高新区" || r.series === "任城区");
    expect(body(renderToString(trendChart, rows, { figure: true }))).toContain("中位数");
    expect(body(renderToString(trendChart, two, { figure: true }))).not.toContain("中位数");
    const doc = parseXML(renderToString(trendChart, rows, { rate: true }));
    const { y, xs } = scales(doc);
    // 1—2月 (0.061, 0.052, 0.02, 0.049) → (0.049 + 0.052) / 2 = 0.0505; 1—3月 → (0.05 + 0.051) / 2 = 0.0505;
    // 1—4月 only three values (兖州区 missing): no median, the line breaks; then 0.055, 0.056, 0.056
    const runs = points(doc.querySelector('[role="list"] > .db-median path')!.getAttribute("d")!);
    const expected = [
      [[xs[0], y(0.0505)], [xs[1], y(0.0505)]],
      [[xs[3], y(0.055)], [xs[4], y(0.056)], [xs[5], y(0.056)]],
    ];
    expect(runs.length).toBe(2);
    runs.forEach((run, i) => run.forEach(([px, py], j) => {
      expect(px).toBeCloseTo(expected[i][j][0], 2);
      expect(py).toBeCloseTo(expected[i][j][1], 2);
    }));
  });

  it("trendChart(rows) with three series draws no median: it would be the middle series itself", () => {
    const three = rows.filter((r) => r.series !== "兖州区");
    const svg = renderToString(trendChart, three, { rate: true, highlight: "济宁高新区", figure: true });
    const doc = parseXML(svg);
    expect(doc.querySelector(".db-median")).toBeNull(); // neither the line nor its legend entry
    expect(body(svg)).toEqual(["济宁高新区", "任城区", "曲阜市"]);
    expect(svg).not.toContain("中位数");
    // the middle series, 曲阜市, is drawn in full: a path through all six months
    expect(points(doc.querySelector('[data-key="曲阜市"] path')!.getAttribute("d")!)[0].length).toBe(6);
    // with the median turned off explicitly, four series draw none either
    expect(parseXML(renderToString(trendChart, rows, { median: false })).querySelector(".db-median")).toBeNull();
  });

  it("trendChart(rows) dots a muted series' values that stand alone, at the first and last period too", () => {
    const alone = [
      ...rows.filter((r) => r.series !== "兖州区"),
      // 兖州区: a value in the first month and the last only, each with no neighbour to join
      ...months.map((period, p) => ({ series: "兖州区", period, value: p === 0 || p === 5 ? 0.01 : null })),
      // 汶上县: the first two months joined by a line, then nothing
      ...months.map((period, p) => ({ series: "汶上县", period, value: p < 2 ? 0.02 : null })),
    ];
    const doc = parseXML(renderToString(trendChart, alone, { rate: true, highlight: "济宁高新区" }));
    expect(doc.querySelector('[data-key="兖州区"]')!.querySelectorAll("circle").length).toBe(2);
    expect(doc.querySelector('[data-key="汶上县"]')!.querySelectorAll("circle").length).toBe(0);
    expect(doc.querySelector('[data-key="任城区"]')!.querySelectorAll("circle").length).toBe(0);
  });

  it("trendChart(rows, { highlight, peers, far }) draws far models in the far colour and names every role in the legend", () => {
    const doc = parseXML(renderToString(trendChart, rows, { rate: true, highlight: "济宁高新区", peers: ["任城区"], far: ["曲阜市"] }));
    const far = doc.querySelector('[data-key="曲阜市"]')!;
    expect(far.getAttribute("class")).toBe("db-series db-far");
    expect(far.querySelector("path")?.getAttribute("stroke-width")).toBe("3"); // thick, as the subject and peers
    expect(far.querySelectorAll("circle").length).toBe(6);
    expect(doc.querySelector('[data-key="兖州区"]')?.getAttribute("class")).toBe("db-series db-muted");
    // drawn under the peers and the subject, over the muted series and the median
    expect(Array.from(doc.querySelectorAll('[role="list"] > g'), (g) => g.getAttribute("data-key") ?? g.getAttribute("class"))).toEqual(["兖州区", "db-median", "曲阜市", "任城区", "济宁高新区"]);
    // labelled at its end, like the peers
    expect(Array.from(doc.querySelectorAll(".db-labels text"), (t) => t.textContent?.split(" ")[0])).toContain("曲阜市");
    const legend = Array.from(doc.querySelectorAll(".db-legend > g"), (g) => [g.getAttribute("class"), g.querySelector("text")?.textContent]);
    expect(legend).toEqual([
      ["db-subject", "济宁高新区"],
      ["db-peer", "任城区（近赶）"],
      ["db-far", "曲阜市（远学）"],
      ["db-muted", "其他：兖州区"],
      ["db-median", "中位数"],
    ]);
  });

  it("trendChart(rows, { highlight }) names a larger muted rest by its count, in either locale", () => {
    const many = ["甲", "乙", "丙", "丁", "戊", "己"].flatMap((series, k) => ["2017", "2018"].map((period, p) => ({ series, period, value: 10 + k + p })));
    const legend = (svg: string) => Array.from(parseXML(svg).querySelectorAll(".db-legend text"), (t) => t.textContent);
    expect(legend(renderToString(trendChart, many, { highlight: "甲" }))).toEqual(["甲", "其他5个单位", "中位数"]);
    expect(legend(renderToString(trendChart, many, { highlight: "甲", peers: ["乙"], far: ["丙"], locale: "en" }))).toEqual(["甲", "乙 (near)", "丙 (far)", "others: 丁, 戊, 己", "median"]);
    expect(legend(renderToString(trendChart, many.slice(0, 4), { highlight: "甲", locale: "en" }))).toEqual(["甲", "other: 乙"]);
    // nothing marked: the lines are labelled at their ends, no legend
    expect(parseXML(renderToString(trendChart, many, {})).querySelector(".db-legend")).toBeNull();
  });
});

chartContract<Row, TrendChartOptions<Row>>({
  chart: trendChart,
  rows,
  options: { title: "增速", rate: true, highlight: "济宁高新区" },
  channels: { series: "series", period: "period", value: "value" },
  numbers: ["value"],
  withLabels: (labels) => ["2017", "2018"].flatMap((period, p) => labels.map((series, k) => ({ series, period, value: 10 + k + p }))),
  allMissing: months.map((period) => ({ series: "甲", period, value: null })),
  tableRows: Object.keys(growth).length + 1, // and the median
  knownBugs: [],
});
