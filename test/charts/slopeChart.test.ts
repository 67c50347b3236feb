// @vitest-environment node
import { describe, expect, it } from "vitest";
import { renderToString, slopeChart, type SlopeChartOptions } from "../../src/charts/index.js";
import { rankWithin } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { entities, panel } from "../_tooling/demoData.js";

type Row = { label: string; period: string; value: number | null; rank?: number };

// 工业主营业务收入 (亿元) of six units, 1—7月 2017 and 2018; one unit has no 2017 figure.
const values: Record<string, [number | null, number | null]> = {
  任城区: [652.1, 729.97],
  济宁高新区: [608.83, 693.46],
  兖州区: [640.2, 658.79],
  邹城市: [598.4, 642.92],
  曲阜市: [351.7, 380.43],
  太白湖新区: [null, 88.04],
};
const rows: Row[] = Object.entries(values).flatMap(([label, [a, b]]) => [
  { label, period: "2017-01/07", value: a },
  { label, period: "2018-01/07", value: b },
]);

describe("slopeChart snapshots", () => {
  it("slopeChart(rows, { highlight, peers, unit }) compares values", async () => {
    await expectChartSnapshot(renderToString(slopeChart, rows, { title: "工业主营业务收入", highlight: "济宁高新区", peers: ["邹城市"], unit: "亿元" }), "slopeChart");
  });

  it("slopeChart(rows, { mode: \"rank\", locale: \"en\" }) compares ranks, with a tie", async () => {
    const tied = rows.map((r) => (r.label === "兖州区" && r.period === "2018-01/07" ? { ...r, value: 693.46 } : r));
    await expectChartSnapshot(renderToString(slopeChart, tied, { title: "Revenue rank", mode: "rank", locale: "en", highlight: "济宁高新区", width: 560 }), "slopeChart-rank-en");
  });

  it("slopeChart(rankWithin rows, { mode: \"rank\", entities }) on the demo data: 固定资产投资 ranks, 1—2月 → 1—7月 2018", async () => {
    const at = (period: string) => rankWithin(panel, { indicator: "fixed_investment", period, group: "jining-units" }).rows.map((r) => ({ ...r, period }));
    const svg = renderToString(slopeChart, [...at("2018-01/02"), ...at("2018-01/07")], { title: "固定资产投资位次", mode: "rank", entities, highlight: "jining-hitech" });
    const doc = parseXML(svg);
    expect(doc.querySelectorAll('g[role="listitem"]').length).toBe(14);
    expect(doc.querySelector("g.db-subject title")?.textContent).toContain("第2位"); // the report: 2nd at 1—7月
    await expectChartSnapshot(svg, "slopeChart-demo");
  });
});

describe("slopeChart", () => {
  it("slopeChart(rows, { mode }) rejects an unknown mode", () => {
    expect(() => renderToString(slopeChart, rows, { mode: "values" as "value" })).toThrow(TypeError);
  });

  it("slopeChart(rows) gives a unit in only one period a dot and no line", () => {
    const doc = parseXML(renderToString(slopeChart, rows, {}));
    const only = Array.from(doc.querySelectorAll('g[role="listitem"]')).find((g) => g.getAttribute("data-key") === "太白湖新区");
    expect(only?.querySelector("circle")).not.toBeNull();
    expect(only?.querySelector("line, path")).toBeNull();
  });
});

chartContract<Row, SlopeChartOptions<Row>>({
  chart: slopeChart,
  rows,
  options: { title: "工业主营业务收入", highlight: "济宁高新区", unit: "亿元" },
  channels: { label: "label", period: "period", value: "value" },
  numbers: ["value"],
  withLabels: (labels) => labels.flatMap((label, k) => [
    { label, period: "2017", value: 10 + k },
    { label, period: "2018", value: 20 - k },
  ]),
  allMissing: [
    { label: "甲", period: "2017", value: null },
    { label: "甲", period: "2018", value: Number.NaN },
  ],
  tableRows: Object.keys(values).length,
  knownBugs: [],
});
