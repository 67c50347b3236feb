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

  // A dot's centre (dots type) and the x of scores 0 and 100, read from the grid's ticks.
  const dotX = (doc: Document, key: string) => Number(doc.querySelector(`[data-key="${key}"] circle`)?.getAttribute("cx"));
  const tickX = (doc: Document, score: string) => {
    const tick = Array.from(doc.querySelectorAll(".db-grid > g")).find((g) => g.querySelector("text")?.textContent === score)!;
    return Number(/translate\(([\d.]+),0\)/.exec(tick.getAttribute("transform") ?? "")![1]);
  };
  const three = (indicator: string, values: (number | null)[], direction?: "lower") => ["甲", "乙", "丙"].map((series, k) => ({ indicator, series, value: values[k], direction }));

  it("profileChart(rows) scores each indicator as a share of the best value by default, so three series keep their proportions", () => {
    const data = [...three("收入", [33.1, 30.2, 28.7]), ...three("能耗", [0.42, 0.38, 0.25], "lower")];
    const doc = parseXML(renderToString(profileChart, data, { subject: "甲" }));
    const [x0, x100] = [tickX(doc, "0"), tickX(doc, "100")];
    const at = (score: number) => x0 + ((x100 - x0) * score) / 100;
    // 收入: 33.1 / 33.1 = 100, 30.2 / 33.1 = 91.24, 28.7 / 33.1 = 86.71 (min–max would say 100, 34.09, 0)
    expect(dotX(doc, "收入|甲")).toBeCloseTo(at(100), 2);
    expect(dotX(doc, "收入|乙")).toBeCloseTo(at(91.2387), 2);
    expect(dotX(doc, "收入|丙")).toBeCloseTo(at(86.7069), 2);
    // 能耗, lower is better: the smallest over each value, 0.25 / 0.42 = 59.52, 0.25 / 0.38 = 65.79, 100
    expect(dotX(doc, "能耗|甲")).toBeCloseTo(at(59.5238), 2);
    expect(dotX(doc, "能耗|乙")).toBeCloseTo(at(65.7895), 2);
    expect(dotX(doc, "能耗|丙")).toBeCloseTo(at(100), 2);
    expect(doc.querySelector("desc")?.textContent).toBe("甲与2个对标单位在2项指标上的相对位置（各指标以最佳值为100换算，越低越好的指标已反转）：甲得分最高的是收入（100），最低的是能耗（60）。");
  });

  it("profileChart(rows, { normalize: \"range\" }) keeps min–max scaling selectable", () => {
    const doc = parseXML(renderToString(profileChart, three("收入", [33.1, 30.2, 28.7]), { subject: "甲", normalize: "range" }));
    const [x0, x100] = [tickX(doc, "0"), tickX(doc, "100")];
    // (30.2 − 28.7) / (33.1 − 28.7) = 1.5 / 4.4 = 34.09
    expect(dotX(doc, "收入|甲")).toBeCloseTo(x100, 2);
    expect(dotX(doc, "收入|乙")).toBeCloseTo(x0 + ((x100 - x0) * 34.0909) / 100, 2);
    expect(dotX(doc, "收入|丙")).toBeCloseTo(x0, 2);
  });

  it("profileChart(rows) gives equal values (a span of 0) a finite score: 50 min–max, 100 as a share; zero and negative values fall back to min–max", () => {
    const data = [...three("持平", [5, 5, 5]), ...three("全零", [0, 0, 0]), ...three("增速", [-0.02, 0.01, 0.05])];
    for (const normalize of ["max", "range"] as const) {
      const svg = renderToString(profileChart, data, { subject: "甲", normalize });
      expect(svg).not.toMatch(/NaN|Infinity/);
      const doc = parseXML(svg);
      const [x0, x100] = [tickX(doc, "0"), tickX(doc, "100")];
      const at = (score: number) => x0 + ((x100 - x0) * score) / 100;
      for (const series of ["甲", "乙", "丙"]) {
        expect(dotX(doc, `持平|${series}`)).toBeCloseTo(at(normalize === "max" ? 100 : 50), 2);
        expect(dotX(doc, `全零|${series}`)).toBeCloseTo(at(50), 2); // a share of 0 has no meaning: min–max, span 0
      }
      // 增速 has a negative value: min–max under both, (0.01 + 0.02) / (0.05 + 0.02) = 42.86
      expect(dotX(doc, "增速|甲")).toBeCloseTo(x0, 2);
      expect(dotX(doc, "增速|乙")).toBeCloseTo(at(42.8571), 2);
      expect(dotX(doc, "增速|丙")).toBeCloseTo(x100, 2);
    }
    expect(parseXML(renderToString(profileChart, data, { subject: "甲" })).querySelector("desc")?.textContent).toContain("（各指标以最佳值为100换算；全零、增速含零或负值，按单位间最小值为0、最大值为100换算）");
  });

  it("profileChart(rows, { type: \"radar\" }) breaks a series' outline at a missing value and marks the axis with a ×", () => {
    // Scores as given, four axes (up, right, down, left); 乙 has no value on C.
    const scores = [
      ...["A", "B", "C", "D"].map((indicator, k) => ({ indicator, series: "甲", value: [80, 60, 40, 20][k] })),
      ...["A", "B", "C", "D"].map((indicator, k) => ({ indicator, series: "乙", value: [50, 100, null, 50][k] })),
    ];
    const doc = parseXML(renderToString(profileChart, scores, { subject: "甲", type: "radar", normalized: true }));
    // width 640, labels narrow: radius 170; the ring of × 12 px out; centre (320, 8 + 24 legend + 24 + 12 + 170 = 238)
    const own = doc.querySelector('[data-key="甲"] path')!;
    expect(own.getAttribute("d")).toBe("M320,102L422,238L320,306L286,238Z"); // complete: closed and filled
    expect(own.getAttribute("style")).toBe("fill:var(--db-subject)");
    const other = doc.querySelectorAll('[data-key="乙"] path');
    expect(other.length).toBe(2);
    // one open run D → A → B, around the circle; nothing into or out of C, no fill
    expect(other[0].getAttribute("d")).toBe("M235,238L320,153L490,238");
    expect(other[0].getAttribute("fill")).toBe("none");
    expect(doc.querySelectorAll('[data-key="乙"] circle').length).toBe(3);
    // the × on C (pointing down), 170 + 12 below the centre
    expect(other[1].getAttribute("class")).toBe("db-missing");
    expect(other[1].getAttribute("d")).toBe("M316.5,416.5L323.5,423.5M316.5,423.5L323.5,416.5");
    // C's label moves out past it (170 + 10 + 12); the others stay 10 px out
    const labels = Array.from(doc.querySelectorAll("text[text-anchor]")).filter((t) => t.querySelector("tspan"));
    expect(labels.map((t) => [t.textContent, t.getAttribute("x"), t.getAttribute("y")])).toEqual([["A", "320", "58"], ["B", "500", "238"], ["C", "320", "430"], ["D", "140", "238"]]);
    expect(Array.from(doc.querySelectorAll(".db-legend text"), (t) => t.textContent)).toEqual(["甲", "乙", "无数据"]);
  });

  it("profileChart(rows) breaks the subject's line in the dot plot at a missing value", () => {
    const scores = ["A", "B", "C", "D", "E"].map((indicator, k) => ({ indicator, series: "甲", value: [0, 100, null, 0, 100][k] }));
    const doc = parseXML(renderToString(profileChart, scores, { subject: "甲", normalized: true }));
    const [x0, x100] = [tickX(doc, "0"), tickX(doc, "100")];
    // rows 30 px apart from y = 8 + 24 legend + 14 head + 15 = 61; C (y = 121) is not bridged
    expect(doc.querySelector("g.db-subject[aria-hidden] path")?.getAttribute("d")).toBe(`M${x0},61L${x100},91M${x0},151L${x100},181`);
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
  channels: { label: "indicator", series: "series", value: "value", direction: "direction" },
  numbers: ["value"],
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
