// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString, scorecard, type ScorecardOptions } from "../../src/charts/index.js";
import { rankWithin } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { indicators, panel } from "../_tooling/demoData.js";

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

  it("scorecard(rankWithin rows, { indicators }) on the demo data: 济宁高新区 among the city's 14 units, 1—7月 2018", async () => {
    const months = ["2018-01/02", "2018-01/03", "2018-01/04", "2018-01/05", "2018-01/06", "2018-01/07"];
    const ids = ["industrial_revenue", "fixed_investment", "fdi", "trade", "budget_revenue", "new_economy_firms"];
    const data = ids.map((indicator) => {
      const row = rankWithin(panel, { indicator, period: "2018-01/07", group: "jining-units" }).rows.find((r) => r.entity === "jining-hitech")!;
      return { ...row, indicator, series: months.map((p) => panel.value("jining-hitech", indicator, p)) }; // a rankWithin row has no indicator of its own
    });
    const svg = renderToString(scorecard, data, { title: "济宁高新区主要指标（2018年1—7月）", indicators });
    expect(parseXML(svg).querySelectorAll('[role="listitem"]').length).toBe(ids.length);
    expect(svg).toContain("693.46亿元");
    expect(svg).toContain("+13.9%");
    await expectChartSnapshot(svg, "scorecard-demo");
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
  withLabels: (labels) => labels.map((label, k) => ({ label, value: 10 + k, unit: "亿元", growth: 0.05, rank: k + 1 })),
  allMissing: [
    { label: "甲", value: null, growth: null, rank: null },
    { label: "乙", value: Number.NaN },
  ],
  knownBugs: [],
});
