// @vitest-environment node
import { describe, expect, it } from "vitest";
import { rankingChart, renderToString } from "../../src/charts/index.js";
import { rankWithin } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { entities, indicators, panel } from "../_tooling/demoData.js";

// 工业主营业务收入 of eight units (illustrative), in 亿元
const revenue = [
  { label: "任城区", value: 729.97 },
  { label: "济宁高新区", value: 693.46 },
  { label: "兖州区", value: 658.79 },
  { label: "邹城市", value: 642.92 },
  { label: "曲阜市", value: 380.43 },
  { label: "汶上县", value: 301.2 },
  { label: "梁山县", value: 255.5 },
  { label: "太白湖新区", value: 88.04 },
];

// growth rates with a negative one, a tie and a missing value
const growth = [
  { name: "Rencheng", value: 0.055 },
  { name: "Yanzhou", value: 0.008 },
  { name: "Qufu", value: 0.057 },
  { name: "Zoucheng", value: -0.025 },
  { name: "Hi-tech Zone", value: 0.073 },
  { name: "Weishan", value: 0.057 },
  { name: "Jinxiang", value: null },
];

describe("rankingChart snapshots", () => {
  it("rankingChart(rows, { highlight, peers, cutoff, unit })", async () => {
    await expectChartSnapshot(
      renderToString(rankingChart, revenue, { title: "工业主营业务收入", highlight: "济宁高新区", peers: ["任城区", "邹城市"], cutoff: 4, unit: "亿元" }),
      "rankingChart",
    );
  });

  it("rankingChart(rows, { mark: \"lollipop\", locale: \"en\" }) with negative values, ties and a missing value", async () => {
    await expectChartSnapshot(
      renderToString(rankingChart, growth, { title: "Industrial value added, growth", mark: "lollipop", locale: "en", highlight: "Hi-tech Zone", unit: "%", width: 560 }),
      "rankingChart-lollipop-en",
    );
  });

  it("rankingChart(rows, { ascending: true }) ranks lower values first", async () => {
    const rows = revenue.slice(0, 5).map((d) => ({ ...d, value: Math.round(d.value / 10) }));
    await expectChartSnapshot(renderToString(rankingChart, rows, { title: "用时（天）", ascending: true, highlight: "曲阜市", width: 480 }), "rankingChart-ascending");
  });

  it("rankingChart(rankWithin(panel, …), { entities }) on the demo data: 工业主营业务收入, 1—7月 2018, the city's 14 units", async () => {
    const table = rankWithin(panel, { indicator: "industrial_revenue", period: "2018-01/07", group: "jining-units" });
    const unit = indicators.require("industrial_revenue").unit;
    const svg = renderToString(rankingChart, table, { title: "工业主营业务收入（2018年1—7月）", entities, highlight: "jining-hitech", unit });
    // the report's figure: 济宁高新区 2nd of 14
    const doc = parseXML(svg);
    const subject = doc.querySelector("g.db-subject");
    expect(subject?.getAttribute("data-key")).toBe("jining-hitech");
    expect(subject?.querySelector("title")?.textContent).toContain("第2位");
    expect(doc.querySelectorAll('g[role="listitem"]').length).toBe(14);
    await expectChartSnapshot(svg, "rankingChart-demo");
  });
});

describe("rankingChart", () => {
  it("rankingChart(rows) orders the bars by rank and marks ties with =", () => {
    const doc = parseXML(renderToString(rankingChart, growth, { locale: "en" }));
    const keys = Array.from(doc.querySelectorAll('g[role="listitem"]'), (g) => g.getAttribute("data-key"));
    expect(keys).toEqual(["Hi-tech Zone", "Qufu", "Weishan", "Rencheng", "Yanzhou", "Zoucheng", "Jinxiang"]);
    const ranks = Array.from(doc.querySelectorAll('g[role="listitem"] text:first-of-type'), (t) => t.textContent);
    expect(ranks).toEqual(["1", "=2", "=2", "4", "5", "6", "–"]);
  });

  it("rankingChart(rows, { highlight, peers }) classes the subject and its peers", () => {
    const doc = parseXML(renderToString(rankingChart, revenue, { highlight: "济宁高新区", peers: ["任城区"] }));
    expect(Array.from(doc.querySelectorAll("g.db-subject"), (g) => g.getAttribute("data-key"))).toEqual(["济宁高新区"]);
    expect(Array.from(doc.querySelectorAll("g.db-peer"), (g) => g.getAttribute("data-key"))).toEqual(["任城区"]);
  });

  it("rankingChart(rows, { mark }) takes \"bar\" or \"lollipop\", and one peer as a list of one", () => {
    expect(() => renderToString(rankingChart, revenue, { mark: "lolipop" as "lollipop" })).toThrow('rankingChart: mark must be one of "bar", "lollipop"; got "lolipop"');
    expect(renderToString(rankingChart, revenue, { mark: "bar" })).toBe(renderToString(rankingChart, revenue));
    // a lone string is one peer, not a list of its characters
    const one = parseXML(renderToString(rankingChart, revenue, { peers: "任城区" as unknown as string[] }));
    expect(Array.from(one.querySelectorAll("g.db-peer"), (g) => g.getAttribute("data-key"))).toEqual(["任城区"]);
  });

  it("rankingChart(rows, { cutoff }) draws the line under the last unit inside the cut-off", () => {
    const doc = parseXML(renderToString(rankingChart, revenue, { cutoff: 3 }));
    const line = doc.querySelector("g.db-cutoff line");
    // a bar is placed in its row's frame: translate(x, ty) on the bar, then its outline, M x,y h width v height H x z
    const extent = (k: number) => {
      const bar = doc.querySelectorAll('g[role="listitem"]')[k];
      const ty = Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(bar.getAttribute("transform") ?? "")?.[1]);
      const [, x, y, , h, back] = /^M([-\d.]+),([-\d.]+)h([\d.]+)v([\d.]+)H([-\d.]+)z$/.exec(bar.querySelector("path")!.getAttribute("d")!)!.map(Number);
      expect(back).toBe(x); // closed where it began
      return [ty + y, ty + y + h];
    };
    const y1 = Number(line?.getAttribute("y1"));
    expect(y1).toBeGreaterThan(extent(2)[1]); // below the third bar
    expect(y1).toBeLessThan(extent(3)[0]); // above the fourth
    expect(doc.querySelector("g.db-cutoff text")?.textContent).toBe("前3位");
    expect(parseXML(renderToString(rankingChart, revenue, { cutoff: 8 })).querySelector(".db-cutoff")).toBeNull();
    for (const bad of ["30", 0, 2.5, NaN, {}]) expect(() => renderToString(rankingChart, revenue, { cutoff: bad as number })).toThrow("rankingChart: cutoff must be a whole rank, 1 or more (30 for 前30强)");
  });
});

chartContract({
  chart: rankingChart,
  rows: revenue,
  options: { title: "工业主营业务收入", highlight: "济宁高新区", unit: "亿元" },
  channels: { label: "label", value: "value" },
  numbers: ["value"],
  withLabels: (labels) => labels.map((label, k) => ({ label, value: 100 - k })),
  allMissing: [{ label: "甲", value: null }, { label: "乙", value: Number.NaN }, { label: "丙" }] as { label: string; value: number }[],
  // reported: renderToString(rankingChart, []) writes transform="translate(Infinity,0)"; linkedom's outerHTML
  // leaves & and < raw in attributes
  knownBugs: [],
});
