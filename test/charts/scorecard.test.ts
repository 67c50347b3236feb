// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { renderToString, scorecard, type ScorecardOptions } from "../../src/charts/index.js";
import { rankWithin } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { entities, indicators, panel } from "../_tooling/demoData.js";

type Row = { label: string; value: number | null; unit?: string; growth?: number | null; rank?: number | null; tied?: boolean; status?: string; series?: (number | null)[] };

// Five KPIs of 济宁高新区, 1—7月 2018 (illustrative): all four card colours, a tie, a missing growth and a gap in a sparkline.
const rows: Row[] = [
  { label: "工业主营业务收入", value: 693.46, unit: "亿元", growth: 0.139, rank: 2, status: "green", series: [210.5, 318.2, 415.9, 506.3, 601.7, 693.46] },
  { label: "固定资产投资", value: 246.1, unit: "亿元", growth: 0.152, rank: 2, tied: true, status: "blue", series: [61.2, 98.4, 140.3, 182.6, 215.0, 246.1] },
  { label: "一般公共预算收入", value: 19.87, unit: "亿元", growth: 0.063, rank: 4, status: "yellow", series: [5.1, 8.2, null, 13.9, 16.8, 19.87] },
  { label: "实际利用外资", value: 12412.4, unit: "万美元", growth: null, rank: 1, status: "red", series: [1800, 3900, 6100, 8200, 10400, 12412.4] },
  { label: "“四新”企业数", value: 206, unit: "个", growth: 0.21, rank: 1 },
];

describe("scorecard snapshots", () => {
  it("scorecard(rows) with every card colour, a tie, a missing growth and a gap in a sparkline", async () => {
    await expectChartSnapshot(renderToString(scorecard, rows, { title: "济宁高新区主要指标（2018年1—7月）" }), "scorecard");
  });

  it("scorecard(rows, { locale: \"en\", columns: 2 })", async () => {
    await expectChartSnapshot(renderToString(scorecard, rows.slice(0, 3), { title: "Key indicators, Jan–Jul 2018", locale: "en", columns: 2, width: 480 }), "scorecard-en");
  });

  it("scorecard(rankWithin tables, { subject, indicators, spark }) on the demo data: 济宁高新区 among the city's 14 units, 1—7月 2018", async () => {
    const tables = ids.map((indicator) => rankWithin(panel, { indicator, period: "2018-01/07", group: "jining-units" }));
    const svg = renderToString(scorecard, tables, { title: "济宁高新区主要指标（2018年1—7月）", subject: "jining-hitech", indicators, spark: (d) => months.map((p) => panel.value("jining-hitech", d.indicator, p)) });
    expect(parseXML(svg).querySelectorAll('[role="listitem"]').length).toBe(ids.length);
    expect(titles(svg)).toEqual(names);
    expect(svg).toContain("693.46亿元");
    expect(svg).toContain("+13.9%");
    await expectChartSnapshot(svg, "scorecard-demo");
  });
});

const months = ["2018-01/02", "2018-01/03", "2018-01/04", "2018-01/05", "2018-01/06", "2018-01/07"];
const ids = ["industrial_revenue", "fixed_investment", "fdi", "trade", "budget_revenue", "new_economy_firms"];
// Their names in examples/data/indicators.csv.
const names = ["工业主营业务收入", "固定资产投资", "实际利用外资", "进出口总额", "一般公共预算收入", '"四新"企业数'];
/** Each card's title (its first, bold line) and its key. */
const titles = (svg: string) => Array.from(parseXML(svg).querySelectorAll(".db-card > text[font-weight='600']"), (t) => t.textContent);
const keys = (svg: string) => Array.from(parseXML(svg).querySelectorAll(".db-card"), (g) => g.getAttribute("data-key"));

describe("scorecard titles", () => {
  const at = (indicator: string) => rankWithin(panel, { indicator, period: "2018-01/07", group: "jining-units" });

  it("scorecard(rankWithin tables, { subject }) titles each card with its table's indicator, by name with indicators", () => {
    const tables = ids.map(at);
    const named = renderToString(scorecard, tables, { subject: "jining-hitech", indicators });
    expect(titles(named)).toEqual(names);
    expect(keys(named)).toEqual(ids);
    // the subject's own row of each table: 工业主营业务收入 693.46亿元, +13.9%, ranked 2nd of the 14
    const first = parseXML(named).querySelector(".db-card title")?.textContent;
    expect(first).toBe("工业主营业务收入：693.46亿元，增速+13.9%，居第2位");
    // without definitions the ids; the subject by its name through entities
    expect(titles(renderToString(scorecard, tables, { subject: "济宁高新区", entities }))).toEqual(ids);
  });

  it("scorecard(rankWithin rows given their indicator, { indicators }) titles each card with it", () => {
    const rows = ids.map((indicator) => ({ ...at(indicator).rows.find((r) => r.entity === "jining-hitech")!, indicator }));
    expect(titles(renderToString(scorecard, rows, { indicators }))).toEqual(names);
    expect(titles(renderToString(scorecard, rows, {}))).toEqual(ids);
  });

  it("scorecard(rankWithin(panel, …), { entities }) makes a card per unit, titled with its name", () => {
    const svg = renderToString(scorecard, at("industrial_revenue"), { entities, unit: "亿元" }); // one indicator: its name in the title, its unit here
    expect(titles(svg)).toEqual(["任城区", "兖州区", "曲阜市", "邹城市", "微山县", "鱼台县", "金乡县", "嘉祥县", "汶上县", "泗水县", "梁山县", "济宁高新区", "太白湖新区", "济宁经济技术开发区"]);
    expect(keys(svg)[11]).toBe("jining-hitech");
    expect(parseXML(svg).querySelectorAll(".db-card")[11].querySelector("title")?.textContent).toBe("济宁高新区：693.46亿元，增速+13.9%，居第2位");
  });

  it("scorecard(rankWithin rows of several tables) titles them by entity and warns that the indicators were lost", () => {
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const rows = ids.slice(0, 2).map((indicator) => at(indicator).rows.find((r) => r.entity === "jining-hitech")!);
      expect(titles(renderToString(scorecard, rows, { entities }))).toEqual(["济宁高新区", "济宁高新区"]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0][0])).toMatch(/pass the rankWithin tables with \{ subject \}/);
    } finally {
      spy.mockRestore();
    }
  });

  it("scorecard(rankWithin tables) needs a subject; a table without it gives a card of no figures", () => {
    expect(() => renderToString(scorecard, [at("trade")], {})).toThrow(TypeError);
    expect(() => renderToString(scorecard, [at("trade")], {})).toThrow(/options\.subject/);
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const svg = renderToString(scorecard, [at("trade")], { subject: "changsha-hitech", indicators });
      expect(titles(svg)).toEqual(["进出口总额"]);
      expect(parseXML(svg).querySelector(".db-card title")?.textContent).toBe("进出口总额：—");
      expect(spy).toHaveBeenCalledWith("scorecard: changsha-hitech is not in the rank table of trade; its card has no figures");
    } finally {
      spy.mockRestore();
    }
  });
});

describe("scorecard", () => {
  it("scorecard(rows, { columns }) rejects a column count that is not a positive integer", () => {
    expect(() => renderToString(scorecard, rows, { columns: 0 })).toThrow(RangeError);
    expect(() => renderToString(scorecard, rows, { columns: 1.5 })).toThrow(RangeError);
  });

  it("scorecard(rows) writes each status in words, not only in colour", () => {
    const svg = renderToString(scorecard, rows, {});
    for (const word of ["绿牌", "蓝牌", "黄牌", "红牌"]) expect(svg).toContain(word);
  });
});

chartContract<Row, ScorecardOptions<Row>>({
  chart: scorecard,
  rows,
  options: { title: "主要指标" },
  channels: { label: "label", value: "value", growth: "growth", rank: "rank", tied: "tied", status: "status", spark: "series" },
  numbers: ["value", "growth", "rank"],
  withLabels: (labels) => labels.map((label, k) => ({ label, value: 10 + k, unit: "亿元", growth: 0.05, rank: k + 1 })),
  allMissing: [
    { label: "甲", value: null, growth: null, rank: null },
    { label: "乙", value: Number.NaN },
  ],
  knownBugs: [],
});
