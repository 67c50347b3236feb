import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEntities, createIndicators, createPanel, DuibiaoError, readCsv, readEntitiesCsv, readIndicatorsCsv } from "../../src/index.js";
import { panelGrowth } from "../../src/growth/panelGrowth.js";
import { rankChange } from "../../src/rank/rankChange.js";
import { rank } from "../../src/rank/rank.js";
import { rankColumn } from "../../src/rank/rankColumn.js";
import { rankWithin } from "../../src/rank/rankWithin.js";

const read = (f: string) => readFileSync(new URL(`../../examples/data/${f}`, import.meta.url), "utf8");
const entities = readEntitiesCsv(read("entities.csv"));
const indicators = readIndicatorsCsv(read("indicators.csv"));
const demo = readCsv(read("observations.csv"), { entities, indicators }).panel;

describe("rankWithin on the demo data (the seed report's ranks of 济宁高新区, 1—7月 2018)", () => {
  const at = (indicator: string) => rankWithin(demo, { indicator, period: "2018年1—7月", group: "jining-units" }).rows.find((r) => r.entity === "jining-hitech")!;

  it("rankWithin(panel, { group }) ranks among the city's 14 units", () => {
    const t = rankWithin(demo, { indicator: "industrial_revenue", period: "2018-01/07", group: "jining-units" });
    expect(t.n).toBe(14);
    expect(t.group).toBe("jining-units");
    expect(t.missing).toEqual({ level: [], growth: [] });
  });

  it("规模以上工业增加值增长7.3%，居全市第1位 (published growth)", () => {
    expect(at("industrial_va")).toMatchObject({ growth: 0.073, growthSource: "published", growthRank: 1, growthTied: false });
  });

  it("工业主营业务收入增长13.9%，总量和增幅分别位居全市第2、第6位", () => {
    const r = at("industrial_revenue");
    expect(r.growth).toBeCloseTo(693.46 / 608.83 - 1, 12);
    expect(Math.round(r.growth * 1000) / 10).toBe(13.9);
    expect([r.levelRank, r.growthRank, r.growthSource]).toEqual([2, 6, "levels"]);
  });

  it("固定资产投资总量和增幅均居全市第2位; 实际利用外资第1位; 进出口总额第2位", () => {
    expect([at("fixed_investment").levelRank, at("fixed_investment").growthRank]).toEqual([2, 2]);
    expect(at("fdi").levelRank).toBe(1);
    expect(at("trade").levelRank).toBe(2);
  });

  it("一般公共预算收入增长6.3%，总量和增幅分别居全市第4位、第10位; 四新 and 高技术 first", () => {
    const r = at("budget_revenue");
    expect(Math.round(r.growth * 1000) / 10).toBe(6.3);
    expect([r.levelRank, r.growthRank]).toEqual([4, 10]);
    expect(at("new_economy_firms").levelRank).toBe(1);
    expect(at("hitech_mfg_firms")).toMatchObject({ value: 32, levelRank: 1 });
  });

  it("rankColumn(panel, { group }) agrees with rankWithin for every indicator and period", () => {
    const growth = panelGrowth(demo);
    const level = rankColumn(demo, { group: "jining-units" });
    const byGrowth = rankColumn(demo, { group: "jining-units", on: "growth", growth });
    for (const indicator of demo.indicators) {
      for (const period of demo.periods) {
        const t = rankWithin(demo, { indicator, period, group: "jining-units" });
        for (const row of t.rows) {
          const r = demo.indexOf(row.entity, indicator, period);
          if (r < 0) continue;
          expect(Object.is(level[r], row.levelRank)).toBe(true);
          expect(Object.is(byGrowth[r], row.growthRank)).toBe(true);
        }
      }
    }
    // Rows outside the group get no rank.
    expect(level[demo.indexOf("zhongguancun", "industrial_revenue", "2018")]).toBeNaN();
  });
});

describe("rankWithin semantics", () => {
  const ents = createEntities([
    { id: "a", name: "甲", groups: ["g"] },
    { id: "b", name: "乙", groups: ["g"] },
    { id: "c", name: "丙", groups: ["g"] },
    { id: "d", name: "丁", groups: ["g"] },
  ]);
  const inds = createIndicators([
    { id: "x", name: "产值" },
    { id: "energy", name: "单位产值能耗", direction: "lower" },
  ]);
  const panel = createPanel(
    [
      { entity: "a", indicator: "x", period: "2018", value: 5 },
      { entity: "b", indicator: "x", period: "2018", value: 9 },
      { entity: "c", indicator: "x", period: "2018", value: 5 },
      { entity: "a", indicator: "energy", period: "2018", value: 0.5 },
      { entity: "b", indicator: "energy", period: "2018", value: 0.9 },
      { entity: "c", indicator: "energy", period: "2018", value: 0.7 },
      { entity: "d", indicator: "energy", period: "2018", value: null },
    ],
    { entities: ents, indicators: inds },
  );

  it("rankWithin(panel) shares the best rank between ties and marks them tied (并列)", () => {
    const t = rankWithin(panel, { indicator: "x", period: "2018", group: "g" });
    expect(t.rows.map((r) => [r.entity, r.levelRank, r.levelTied])).toEqual([
      ["a", 2, true],
      ["b", 1, false],
      ["c", 2, true],
      ["d", NaN, false],
    ]);
    expect(t.missing.level).toEqual(["d"]);
    expect(rankWithin(panel, { indicator: "x", period: "2018", group: "g", ties: "dense" }).rows.map((r) => r.levelRank)).toEqual([2, 1, 2, NaN]);
  });

  it("rankWithin(panel) ranks a lower-is-better indicator ascending", () => {
    const t = rankWithin(panel, { indicator: "单位产值能耗", period: "2018", group: "g" });
    expect(t.order).toBe("ascending");
    expect(t.rows.map((r) => r.levelRank)).toEqual([1, 3, 2, NaN]);
    expect(rankWithin(panel, { indicator: "energy", period: "2018", group: "g", order: "descending" }).rows.map((r) => r.levelRank)).toEqual([3, 1, 2, NaN]);
  });

  it("rankWithin(panel, { entities }) ranks an explicit list, by id or name", () => {
    expect(rankWithin(panel, { indicator: "x", period: "2018", entities: ["乙", "c"] }).rows.map((r) => [r.entity, r.levelRank])).toEqual([
      ["b", 1],
      ["c", 2],
    ]);
  });

  it("rankWithin(panel) rejects an unknown indicator, group or entity with a DuibiaoError", () => {
    expect(() => rankWithin(panel, { indicator: "nope", period: "2018" })).toThrow(DuibiaoError);
    expect(() => rankWithin(panel, { indicator: "x", period: "2018", group: "nope" })).toThrow(/group "nope" has no members/);
    expect(() => rankWithin(panel, { indicator: "x", period: "2018", entities: ["zz"] })).toThrow(/unknown entity "zz"/);
    expect(() => rankWithin(panel, { indicator: "x", period: "2018年13月" })).toThrow(DuibiaoError);
  });

  it("rankChange(panel) reports places gained (进位) as positive", () => {
    const p = createPanel([
      { entity: "a", indicator: "x", period: "2017", value: 1 },
      { entity: "b", indicator: "x", period: "2017", value: 2 },
      { entity: "c", indicator: "x", period: "2017", value: 3 },
      { entity: "a", indicator: "x", period: "2018", value: 9 },
      { entity: "b", indicator: "x", period: "2018", value: 2 },
    ]);
    expect(rankChange(p, { indicator: "x", from: "2017", to: "2018" })).toEqual([
      { entity: "a", from: 3, to: 1, change: 2 },
      { entity: "b", from: 2, to: 2, change: 0 },
      { entity: "c", from: 1, to: NaN, change: NaN },
    ]);
  });

  it("rankColumn(panel, { on: 'growth' }) needs the growth of the same panel", () => {
    expect(() => rankColumn(panel, { on: "growth" })).toThrow(/needs \{ growth: panelGrowth\(panel\) \}/);
    expect(() => rankColumn(panel, { on: "growth", growth: panelGrowth(demo) })).toThrow(DuibiaoError);
  });
});

describe("rankColumn properties", () => {
  it("rankColumn(panel, { ties, order }) equals rank() of each cross-section's values, on ragged panels", async () => {
    const fc = (await import("fast-check")).default;
    const periods = ["2017", "2018", "2019"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ e: fc.integer({ min: 0, max: 6 }), i: fc.constantFrom("x", "y"), p: fc.integer({ min: 0, max: 2 }), v: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(NaN)) }), { maxLength: 50 }),
        fc.constantFrom("min", "max", "average", "dense", "first"),
        fc.constantFrom("auto", "ascending", "descending"),
        (raw, ties, order) => {
          const seen = new Set<string>();
          const rows = raw.filter((r) => !seen.has(`${r.e}${r.i}${r.p}`) && seen.add(`${r.e}${r.i}${r.p}`)).map((r) => ({ entity: `e${r.e}`, indicator: r.i, period: periods[r.p], value: r.v }));
          // y is lower-is-better: "auto" ranks it ascending
          const indicators = createIndicators([{ id: "x", name: "x", frequency: "year" }, { id: "y", name: "y", frequency: "year", direction: "lower" }]);
          const p = createPanel(rows, { indicators });
          const got = rankColumn(p, { ties, order });
          for (const indicator of p.indicators)
            for (const period of p.periods) {
              const at = p.toRows().flatMap((o, r) => (o.indicator === indicator && o.period.year === period.year ? [r] : []));
              const ascending = order === "ascending" || (order === "auto" && indicator === "y");
              const want = rank(at.map((r) => p.columns.value[r]), { ties, order: ascending ? "ascending" : "descending" });
              at.forEach((r, k) => expect(Object.is(got[r], want[k])).toBe(true));
            }
        },
      ),
      { numRuns: 300 },
    );
  });
});

