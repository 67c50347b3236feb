// @vitest-environment node
import { describe, expect, it } from "vitest";
import { bulletChart, renderToString, type BulletChartOptions } from "../../src/charts/index.js";
import { assessTargets } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { indicators, panel, targets } from "../_tooling/demoData.js";

type Row = { label: string; actual: number | null; target: number | null; kind?: "level" | "growth"; card?: string; unit?: string };

// Targets at the end of July (序时进度 7/12): ahead, behind, one far behind, a growth target below and one above.
const rows: Row[] = [
  { label: "重点项目完成投资", actual: 145.68, target: 240, card: "green", unit: "亿元" },
  { label: "固定资产投资", actual: 246.1, target: 450, card: "blue", unit: "亿元" },
  { label: "一般公共预算收入", actual: 12.9, target: 34, card: "red", unit: "亿元" },
  { label: "规模以上工业增加值", actual: 0.073, target: 0.08, kind: "growth", card: "yellow" },
  { label: "进出口总额", actual: 0.142, target: 0.1, kind: "growth", card: "green" },
];

describe("bulletChart snapshots", () => {
  it("bulletChart(rows, { elapsed }) with level and growth targets and cards", async () => {
    await expectChartSnapshot(renderToString(bulletChart, rows, { title: "2018年目标完成情况（1—7月）", elapsed: 7 / 12 }), "bulletChart");
  });

  it("bulletChart(rows, { locale: \"en\" }) with a missing value and no cards", async () => {
    const plain = rows.slice(0, 3).map(({ card: _card, ...r }, k) => (k === 1 ? { ...r, actual: null } : r));
    await expectChartSnapshot(renderToString(bulletChart, plain, { title: "Targets, Jan–Jul 2018", locale: "en", elapsed: 7 / 12, width: 560 }), "bulletChart-en");
  });

  it("bulletChart(assessTargets(panel, targets), { indicators }) on the demo data: 济宁高新区, 1—7月 2018", async () => {
    const statuses = assessTargets(panel, targets, { period: "2018-01/07" });
    const svg = renderToString(bulletChart, statuses, { title: "济宁高新区2018年目标完成情况", indicators });
    const doc = parseXML(svg);
    expect(doc.querySelectorAll('g[role="listitem"]').length).toBe(statuses.length);
    // the report's figure: 60.7% of the annual plan for key projects
    expect(svg).toContain("完成年度目标的60.7%");
    await expectChartSnapshot(svg, "bulletChart-demo");
  });
});

describe("bulletChart", () => {
  it("bulletChart(rows, { elapsed }) marks the share of the year elapsed on level rows only", () => {
    const doc = parseXML(renderToString(bulletChart, rows, { elapsed: 7 / 12 }));
    expect(doc.querySelectorAll("g.db-elapsed").length).toBe(3);
  });

  it("bulletChart(rows) draws a card dot per row with a card", () => {
    const doc = parseXML(renderToString(bulletChart, rows, { elapsed: 7 / 12 }));
    expect(Array.from(doc.querySelectorAll("circle[class^=db-card-]"), (c) => c.getAttribute("class"))).toEqual(["db-card-green", "db-card-blue", "db-card-red", "db-card-yellow", "db-card-green"]);
  });
});

describe("bulletChart options", () => {
  it("bulletChart(rows, { elapsed }) takes a share, a function or a field's name, and says so when it is none of them", () => {
    const byShare = renderToString(bulletChart, rows, { elapsed: 7 / 12 });
    expect(renderToString(bulletChart, rows, { elapsed: () => 7 / 12 })).toBe(byShare);
    expect(renderToString(bulletChart, rows.map((r) => ({ ...r, 序时: 7 / 12 })), { elapsed: "序时" as never })).toBe(renderToString(bulletChart, rows.map((r) => ({ ...r, 序时: 7 / 12 })), { elapsed: 7 / 12 }));
    expect(() => renderToString(bulletChart, rows, { elapsed: {} as never })).toThrow("bulletChart: elapsed must be the share of the year elapsed (7 / 12), a function (d, i, data) => share, or the name of a field; got {}");
  });
});

chartContract<Row, BulletChartOptions<Row>>({
  chart: bulletChart,
  rows,
  options: { title: "目标完成情况", elapsed: 7 / 12 },
  channels: { label: "label", value: "actual", target: "target", kind: "kind", card: "card" },
  numbers: ["actual", "target"],
  withLabels: (labels) => labels.map((label, k) => ({ label, actual: 50 + k, target: 100, unit: "亿元" })),
  allMissing: [
    { label: "甲", actual: null, target: null },
    { label: "乙", actual: Number.NaN, target: 10 },
  ],
  knownBugs: [],
});
