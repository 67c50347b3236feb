// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { bumpChart, renderToString, type BumpChartOptions } from "../../src/charts/index.js";
import { rankWithin } from "../../src/index.js";
import { chartContract } from "../_tooling/chartContract.js";
import { expectChartSnapshot, parseXML } from "../_tooling/chartSnapshot.js";
import { entities, panel } from "../_tooling/demoData.js";

type Row = { label: string; period: string; rank: number | null; value?: number | null };

// Six units over five years: a climb, a fall, a tie in 2016 and a year with no rank (a break).
const table: Record<string, (number | null)[]> = {
  济宁高新区: [5, 4, 3, 2, 2],
  任城区: [1, 1, 1, 1, 1],
  兖州区: [2, 2, 3, 3, 4],
  邹城市: [3, 3, 2, 4, 3],
  曲阜市: [4, 5, null, 5, 5],
  汶上县: [6, 6, 6, 6, 6],
};
const years = ["2014", "2015", "2016", "2017", "2018"];
const ranks: Row[] = years.flatMap((period, p) => Object.entries(table).map(([label, r]) => ({ label, period, rank: r[p] })));

describe("bumpChart snapshots", () => {
  it("bumpChart(rows, { highlight, peers }) with a tie and a missing year", async () => {
    await expectChartSnapshot(renderToString(bumpChart, ranks, { title: "工业主营业务收入位次", highlight: "济宁高新区", peers: ["任城区", "邹城市"] }), "bumpChart");
  });

  it("bumpChart(rows, { locale: \"en\" }) ranks values per period, months across two years", async () => {
    const months = ["2017-01/05", "2017-01/06", "2017-01/07", "2018-01/02", "2018-01/03", "2018-01/04"];
    const values: Record<string, number[]> = { Rencheng: [9, 8, 9, 7, 9, 9], Yanzhou: [8, 9, 7, 9, 8, 7], Qufu: [5, 5, 6, 6, 6, 8], Zoucheng: [7, 6, 8, 8, 5, 6] };
    const rows = months.flatMap((period, p) => Object.entries(values).map(([name, v]) => ({ name, period, value: v[p] })));
    await expectChartSnapshot(renderToString(bumpChart, rows, { title: "Revenue rank", locale: "en", width: 560 }), "bumpChart-en");
  });

  it("bumpChart(rankWithin tables, { entities }) on the demo data: 工业主营业务收入 ranks of the city's 14 units, 2018", async () => {
    const periods = ["2018-01/02", "2018-01/03", "2018-01/04", "2018-01/05", "2018-01/06", "2018-01/07"];
    const tables = periods.map((period) => rankWithin(panel, { indicator: "industrial_revenue", period, group: "jining-units" }));
    const svg = renderToString(bumpChart, tables, { title: "工业主营业务收入位次（2018年）", entities, highlight: "jining-hitech" });
    const doc = parseXML(svg);
    expect(doc.querySelectorAll('g[role="listitem"]').length).toBe(14);
    expect(doc.querySelector("g.db-subject")?.getAttribute("data-key")).toBe("jining-hitech");
    expect(doc.querySelector("g.db-subject title")?.textContent).toContain("第2位"); // level rank 2nd at 1—7月
    await expectChartSnapshot(svg, "bumpChart-demo");
    // channels named on rankWithin tables are the fields of their rows: no warning, the same chart
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      expect(renderToString(bumpChart, tables, { title: "工业主营业务收入位次（2018年）", entities, highlight: "jining-hitech", label: "entity", rank: "levelRank", period: "period" })).toBe(svg);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe("bumpChart", () => {
  it("bumpChart(rows) puts periods in time order whatever the row order", () => {
    const shuffled = [...ranks].reverse();
    expect(renderToString(bumpChart, shuffled, { highlight: "济宁高新区" })).toContain("2014年至2018年");
  });

  it("bumpChart(rows, { highlight }) describes the subject's climb", () => {
    const doc = parseXML(renderToString(bumpChart, ranks, { highlight: "济宁高新区" }));
    expect(doc.querySelector("desc")?.textContent).toMatch(/济宁高新区由第5位升至第2位/);
  });

  it("bumpChart(rows) breaks a line at a period with no rank", () => {
    const doc = parseXML(renderToString(bumpChart, ranks, {}));
    const qufu = Array.from(doc.querySelectorAll('g[role="listitem"]')).find((g) => g.getAttribute("data-key") === "曲阜市");
    const d = qufu?.querySelector("path")?.getAttribute("d") ?? "";
    expect(d.match(/M/g)?.length).toBe(2);
  });

  it("bumpChart(rows) of a big group: every period in the highlighted lines' tooltips, first and last in the others'", () => {
    // 45 units (more than 40: no dots on the muted lines) over two years, ranks reversed in the second
    const units = Array.from({ length: 45 }, (_, k) => `单位${k + 1}`);
    const rows = ["2017", "2018"].flatMap((period, p) => units.map((label, k) => ({ label, period, rank: p === 0 ? k + 1 : 45 - k, value: 100 - k })));
    const doc = parseXML(renderToString(bumpChart, rows, { highlight: "单位1", peers: ["单位2"] }));
    const item = (key: string) => Array.from(doc.querySelectorAll('g[role="listitem"]')).find((g) => g.getAttribute("data-key") === key)!;
    const title = (key: string) => item(key).querySelector("title")?.textContent;
    expect(title("单位1")).toBe("单位1: 2017年 第1位 → 2018年 第45位\n2017年: 第1位 (100)\n2018年: 第45位 (100)");
    expect(item("单位1").getAttribute("aria-label")).toBe("单位1: 2017年 第1位 → 2018年 第45位");
    expect(title("单位2")).toBe("单位2: 2017年 第2位 → 2018年 第44位\n2017年: 第2位 (99)\n2018年: 第44位 (99)");
    // a muted line: the short tooltip, which is its name, so no aria-label repeats it
    expect(title("单位30")).toBe("单位30: 2017年 第30位 → 2018年 第16位");
    expect(item("单位30").hasAttribute("aria-label")).toBe(false);
    expect(item("单位30").querySelectorAll("circle")).toHaveLength(0);
    expect(item("单位1").querySelectorAll("circle")).toHaveLength(2);
  });

  it("bumpChart(rows) of a big group: a muted line's point with no line through it gets a dot, at either end too", () => {
    const units = Array.from({ length: 45 }, (_, k) => `单位${k + 1}`);
    const years = ["2017", "2018", "2019"];
    // 单位44 only in 2017; 单位45 in 2017 and 2019 (two points standing alone); 单位43 in 2017 and 2018.
    const has = (label: string, p: number) => (label === "单位44" ? p === 0 : label === "单位45" ? p !== 1 : label === "单位43" ? p < 2 : true);
    const rows = years.flatMap((period, p) => units.filter((label) => has(label, p)).map((label, k) => ({ label, period, rank: k + 1 })));
    const doc = parseXML(renderToString(bumpChart, rows, { highlight: "单位1" }));
    const item = (key: string) => Array.from(doc.querySelectorAll('g[role="listitem"]')).find((g) => g.getAttribute("data-key") === key)!;
    expect(item("单位44").querySelectorAll("circle")).toHaveLength(1);
    expect(item("单位45").querySelectorAll("circle")).toHaveLength(2);
    expect(item("单位43").querySelectorAll("circle")).toHaveLength(0);
    expect(item("单位30").querySelectorAll("circle")).toHaveLength(0);
    expect(item("单位1").querySelectorAll("circle")).toHaveLength(3);
  });

  it("bumpChart(rows) marks ties whatever the ranks: average ranks and ranks far beyond the group's size", () => {
    for (const tie of [2.5, 1_000_000]) {
      const rows = [["甲", 1], ["乙", tie], ["丙", tie]].map(([label, rank]) => ({ label: String(label), period: "2018", rank: Number(rank) }));
      const titles = Array.from(parseXML(renderToString(bumpChart, rows, {})).querySelectorAll('g[role="listitem"] title'), (t) => t.textContent);
      expect(titles).toEqual(["甲: 2018年 第1位\n2018年: 第1位", `乙: 2018年 并列第${tie}位\n2018年: 并列第${tie}位`, `丙: 2018年 并列第${tie}位\n2018年: 并列第${tie}位`]);
    }
  });

  it("bumpChart(rows) spaces periods and ranks by whole tenths and hundredths of a pixel, unless that moves the last one more than 2 px", () => {
    // grid lines mark the periods; a line through ranks 1, 3, 1, 3 … gives the rank step
    const layout = (P: number, E: number, height?: number) => {
      const rows = Array.from({ length: P }, (_, p) => Array.from({ length: E }, (_, e) => ({ label: `u${e}`, period: String(1900 + p), rank: 1 + ((e + p) % E) }))).flat();
      const doc = parseXML(renderToString(bumpChart, rows, { width: 640, height }));
      const xs = Array.from(doc.querySelectorAll("g.db-grid > line"), (l) => Number(l.getAttribute("x1")));
      const steps = xs.slice(1).map((x, k) => Math.round((x - xs[k]) * 1000) / 1000);
      return { xs, steps };
    };
    const few = layout(5, 3);
    expect(new Set(few.steps).size).toBe(1); // even
    expect(few.steps[0] * 10).toBe(Math.round(few.steps[0] * 10)); // a whole tenth
    // 150 years in some 500 px: tenths would fall 149 × up to 0.1 px short, so the steps stay exact
    const many = layout(150, 3);
    expect(new Set(many.steps.map((d) => d.toFixed(2))).size).toBe(1);
    expect(many.steps.some((d) => Math.abs(d * 10 - Math.round(d * 10)) > 1e-6)).toBe(true);
    // and the last period is where exact steps put it, within 2 px, in both cases: the span is the same
    expect(Math.abs(few.xs[4] - many.xs[149])).toBeLessThanOrEqual(2);
  });

  it("bumpChart(rows) shares one end label between tied units", () => {
    const tied = [...ranks.filter((r) => r.period !== "2018"), ...Object.keys(table).map((label, k) => ({ label, period: "2018", rank: k < 2 ? 1 : k }))];
    const labels = Array.from(parseXML(renderToString(bumpChart, tied, {})).querySelectorAll("g.db-labels text"), (t) => t.textContent);
    expect(labels.some((t) => t?.startsWith("=1 ") && t.includes("济宁高新区") && t.includes("任城区"))).toBe(true);
  });
});

chartContract<Row, BumpChartOptions<Row>>({
  chart: bumpChart,
  rows: ranks,
  options: { title: "位次变化", highlight: "济宁高新区", peers: ["任城区"] },
  channels: { label: "label", period: "period", rank: "rank", value: "value" },
  numbers: ["rank", "value"],
  withLabels: (labels) => ["2017", "2018"].flatMap((period, p) => labels.map((label, k) => ({ label, period, rank: p === 0 ? k + 1 : labels.length - k }))),
  allMissing: years.map((period) => ({ label: "甲", period, rank: null, value: null })),
  tableRows: Object.keys(table).length,
  knownBugs: [],
});
