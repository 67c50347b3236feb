import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollupChildren, type RollupChildrenOptions } from "../../src/rollup/index.js";
import { createEntities, createIndicators, createPanel, DuibiaoError, periodKey, readCsv, readEntitiesCsv, readIndicatorsCsv, type ObservationInput } from "../../src/index.js";

// The demo data (examples/data; illustrative values): 济宁高新区's ten parks sum exactly to the zone.
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/data");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const entities = readEntitiesCsv(read("entities.csv"));
const indicators = readIndicatorsCsv(read("indicators.csv"));
const demo = readCsv(read("observations.csv"), { entities, indicators }).panel;
const PARKS = ["park-huanghe", "park-pharma", "park-machinery", "park-materials", "park-electronics", "park-liuhang", "park-guanghe", "park-huangtun", "park-wangyin", "park-jiezhuang"];

/** The demo's rows without those matching `drop`, as a new panel with the same definitions. */
function demoWithout(drop: (o: ObservationInput) => boolean) {
  const rows = demo.toRows().filter((o) => !drop(o));
  return createPanel(rows, { entities, indicators });
}

const brief = (r: { indicator: string; period: { kind: string } }) => `${r.indicator} ${periodKey(r.period as never)}`;

const errorOf = (f: () => unknown): DuibiaoError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DuibiaoError);
    return e as DuibiaoError;
  }
  return expect.fail("did not throw");
};

describe("rollupChildren", () => {
  it("rollupChildren(panel, { parent }) sums the ten demo parks exactly to 济宁高新区's figures", () => {
    const result = rollupChildren(demo, { parent: "济宁高新区" });
    expect(result.parent).toBe("jining-hitech");
    expect(result.children).toEqual(PARKS);
    expect(result.skipped).toEqual([]);
    expect(result.rows.map(brief)).toEqual([
      "industrial_revenue 2017-01/12",
      "industrial_revenue 2018-01/07",
      "fixed_investment 2017-01/12",
      "fixed_investment 2018-01/07",
    ]);
    // the zone's figures as written in observations.csv
    expect(result.rows.map((r) => r.sum)).toEqual([1074.41, 693.46, 409.93, 249.2]);
    expect(result.rows.map((r) => r.parentValue)).toEqual([1074.41, 693.46, 409.93, 249.2]);
    for (const r of result.rows) {
      expect(r.difference).toBe(0);
      expect(r.consistent).toBe(true);
      expect(r.reported).toBe(10);
      expect(r.missing).toEqual([]);
    }
    // 接庄街道园区's 2018 investment is an estimate, so the sum includes one
    expect(result.rows.map((r) => r.flags)).toEqual([[], [], [], ["estimated"]]);
  });

  it("rollupChildren(panel, { parent, indicators, periods }) takes ids or names and keeps the order asked", () => {
    const result = rollupChildren(demo, { parent: "Jining High-tech Zone", indicators: ["固定资产投资", "industrial_revenue", "fixed_investment"], periods: ["2018年1—7月"] });
    expect(result.rows.map((r) => [r.indicator, r.sum])).toEqual([
      ["fixed_investment", 249.2],
      ["industrial_revenue", 693.46],
    ]);
  });

  it("rollupChildren(panel, { parent }) sums stock counts (number of enterprises) and every other additive indicator", () => {
    const result = rollupChildren(demo, { parent: "jining", periods: ["2018-01/07"] });
    expect(result.children).toHaveLength(14);
    expect(result.skipped).toEqual([]);
    const byId = Object.fromEntries(result.rows.map((r) => [r.indicator, r]));
    expect(byId.new_economy_firms.sum).toBe(1613); // "四新"企业数, 个, a stock
    expect(byId.industrial_revenue.sum).toBe(5800.46);
    for (const r of result.rows) expect(r.consistent).toBe(true);
  });

  it("rollupChildren(panel, { depth: 'leaves' }) sums the parks in place of the zone", () => {
    const result = rollupChildren(demo, { parent: "jining", depth: "leaves", indicators: ["industrial_revenue"], periods: ["2018-01/07", "2018-01/06"] });
    expect(result.children).toHaveLength(13 + 10);
    expect(result.children).not.toContain("jining-hitech");
    expect(result.children).toEqual(expect.arrayContaining(PARKS));
    // periods come back as asked; the parks have no 1—6月 figures
    expect(result.rows.map((r) => [periodKey(r.period), r.sum, r.parentValue, r.missing.length])).toEqual([
      ["2018-01/07", 5800.46, 5800.46, 0],
      ["2018-01/06", NaN, 4903.15, 10],
    ]);
  });

  it("rollupChildren(panel, { mode: 'strict' }) makes a sum with a missing child NaN and lists the child", () => {
    const panel = demoWithout((o) => o.entity === "park-guanghe" && o.indicator === "industrial_revenue" && periodKey(o.period as never) === "2018-01/07");
    const row = rollupChildren(panel, { parent: "jining-hitech", indicators: ["industrial_revenue"], periods: ["2018-01/07"] }).rows[0];
    expect(row).toEqual({
      indicator: "industrial_revenue",
      period: expect.anything(),
      sum: NaN,
      reported: 9,
      missing: ["park-guanghe"],
      flags: [],
      parentValue: 693.46,
      difference: NaN,
      consistent: null,
    });
  });

  it("rollupChildren(panel, { mode: 'lenient' }) sums what is there and still lists the missing child", () => {
    const panel = demoWithout((o) => o.entity === "park-guanghe" && o.indicator === "industrial_revenue" && periodKey(o.period as never) === "2018-01/07");
    const row = rollupChildren(panel, { parent: "jining-hitech", indicators: ["industrial_revenue"], periods: ["2018-01/07"], mode: "lenient" }).rows[0];
    expect(row.sum).toBe(665.02); // 693.46 − 28.44 (洸河街道园区)
    expect(row.missing).toEqual(["park-guanghe"]);
    expect(row.reported).toBe(9);
    expect(row.difference).toBe(-28.44);
    expect(row.consistent).toBe(false);
  });

  it("rollupChildren(panel) counts a child whose value is missing (null/NaN) as missing, not as 0", () => {
    const ents = createEntities([{ id: "z", name: "区" }, { id: "a", name: "甲园", parent: "z" }, { id: "b", name: "乙园", parent: "z" }]);
    const panel = createPanel(
      [
        { entity: "a", indicator: "x", period: "2018", value: 1.5 },
        { entity: "b", indicator: "x", period: "2018", value: null },
      ],
      { entities: ents },
    );
    expect(rollupChildren(panel, { parent: "z" }).rows[0]).toMatchObject({ sum: NaN, reported: 1, missing: ["b"], parentValue: NaN, consistent: null });
    expect(rollupChildren(panel, { parent: "z", mode: "lenient" }).rows[0]).toMatchObject({ sum: 1.5, reported: 1, missing: ["b"] });
  });

  it("rollupChildren(panel, { periods }) gives NaN, never 0, when no child reports, even in lenient mode", () => {
    const row = rollupChildren(demo, { parent: "jining-hitech", indicators: ["industrial_revenue"], periods: ["2016"], mode: "lenient" }).rows[0];
    // the zone has an annual 2016 figure; its parks have none
    expect(row).toMatchObject({ sum: NaN, reported: 0, missing: PARKS, parentValue: 950.42, difference: NaN, consistent: null });
  });

  it("rollupChildren(panel, { tolerance }) accepts rounding differences up to the tolerance", () => {
    const ents = createEntities([{ id: "z", name: "区" }, { id: "a", name: "甲园", parent: "z" }, { id: "b", name: "乙园", parent: "z" }]);
    const panel = createPanel(
      [
        { entity: "z", indicator: "x", period: "2018", value: 100 },
        { entity: "a", indicator: "x", period: "2018", value: 60.01 },
        { entity: "b", indicator: "x", period: "2018", value: 40.03 },
      ],
      { entities: ents },
    );
    const strict = rollupChildren(panel, { parent: "z" }).rows[0];
    expect([strict.sum, strict.difference, strict.consistent]).toEqual([100.04, 0.04, false]);
    expect(rollupChildren(panel, { parent: "z", tolerance: 0.05 }).rows[0].consistent).toBe(true);
    expect(() => rollupChildren(panel, { parent: "z", tolerance: -1 })).toThrow(RangeError);
  });

  describe("non-additive indicators", () => {
    const ents = createEntities([{ id: "z", name: "区" }, { id: "a", name: "甲园", parent: "z" }, { id: "b", name: "乙园", parent: "z" }]);
    const defs = createIndicators([
      { id: "revenue", name: "营业收入", unit: "亿元" },
      { id: "hitech_share", name: "高新技术产业产值占比", unit: "%" },
      { id: "va_yoy", name: "工业增加值增速" },
      { id: "firms", name: "企业数", unit: "家", accumulation: "stock" },
    ]);
    const rows: ObservationInput[] = [];
    for (const e of ["a", "b"]) for (const [i, v] of [["revenue", 10], ["hitech_share", 0.5], ["va_yoy", 0.07], ["firms", 12]] as const) rows.push({ entity: e, indicator: i, period: "2018", value: v });
    const panel = createPanel(rows, { entities: ents, indicators: defs });

    it("rollupChildren(panel, { indicators: [a ratio] }) refuses a % indicator", () => {
      const e = errorOf(() => rollupChildren(panel, { parent: "z", indicators: ["hitech_share"] }));
      expect([e.code, e.field, e.value]).toEqual(["E_INVALID_INPUT", "indicators", "hitech_share"]);
      expect(e.message).toMatch(/ratio/);
    });

    it("rollupChildren(panel, { indicators: [a growth rate] }) refuses an indicator named as a growth rate", () => {
      const e = errorOf(() => rollupChildren(panel, { parent: "z", indicators: ["工业增加值增速"] }));
      expect([e.code, e.field, e.value]).toEqual(["E_INVALID_INPUT", "indicators", "va_yoy"]);
      expect(e.message).toMatch(/growth/);
    });

    it("rollupChildren(panel) skips non-additive indicators by default and says why", () => {
      const result = rollupChildren(panel, { parent: "z" });
      expect(result.rows.map((r) => [r.indicator, r.sum])).toEqual([
        ["revenue", 20],
        ["firms", 24],
      ]);
      expect(result.skipped.map((s) => s.indicator)).toEqual(["hitech_share", "va_yoy"]);
    });

    it("rollupChildren(panel) without indicator definitions judges by the id", () => {
      const bare = createPanel(rows.map((r) => ({ ...r, indicator: r.indicator === "va_yoy" ? "va_growth" : r.indicator })), { entities: ents });
      expect(rollupChildren(bare, { parent: "z" }).skipped.map((s) => s.indicator)).toEqual(["hitech_share", "va_growth"]);
      expect(() => rollupChildren(bare, { parent: "z", indicators: ["va_growth"] })).toThrow(/growth rate/);
    });
  });

  it("rollupChildren(panel) without entity definitions says to load them", () => {
    const e = errorOf(() => rollupChildren(createPanel(demo.toRows()), { parent: "jining-hitech" }));
    expect([e.code, e.field]).toEqual(["E_INVALID_INPUT", "entities"]);
    expect(e.message).toMatch(/\{ entities \}/);
  });

  it("rollupChildren(panel, { parent }) throws for an unknown parent or one without children", () => {
    const unknown = errorOf(() => rollupChildren(demo, { parent: "长沙高新区x" }));
    expect([unknown.code, unknown.field, unknown.value]).toEqual(["E_UNKNOWN_ENTITY", "parent", "长沙高新区x"]);
    const leaf = errorOf(() => rollupChildren(demo, { parent: "黄河新区" }));
    expect([leaf.code, leaf.field]).toEqual(["E_INVALID_INPUT", "parent"]);
    expect(leaf.message).toMatch(/no children/);
  });

  it("rollupChildren(panel, { indicators, periods }) throws for an unknown indicator or a bad period", () => {
    const ind = errorOf(() => rollupChildren(demo, { parent: "jining-hitech", indicators: ["gdp"] }));
    expect([ind.code, ind.field, ind.value]).toEqual(["E_UNKNOWN_INDICATOR", "indicators", "gdp"]);
    const per = errorOf(() => rollupChildren(demo, { parent: "jining-hitech", periods: ["2018-13"] }));
    expect([per.code, per.field, per.value]).toEqual(["E_PERIOD_PARSE", "periods", "2018-13"]);
  });

  it("rollupChildren(panel, options) checks its options", () => {
    expect(() => rollupChildren(demo, {} as RollupChildrenOptions)).toThrow(TypeError);
    expect(() => rollupChildren(demo, undefined as unknown as RollupChildrenOptions)).toThrow(TypeError);
    expect(() => rollupChildren(demo, { parent: "jining-hitech", depth: "all" as "leaves" })).toThrow(/depth must be one of "children", "leaves"/);
    expect(() => rollupChildren(demo, { parent: "jining-hitech", method: "mean" as "sum" })).toThrow(TypeError);
    expect(() => rollupChildren(demo, { parent: "jining-hitech", mode: "loose" as "strict" })).toThrow(TypeError);
  });

  it("rollupChildren(panel) of a panel with no observations has no rows", () => {
    const result = rollupChildren(createPanel([], { entities }), { parent: "jining-hitech" });
    expect(result.rows).toEqual([]);
    expect(result.children).toEqual(PARKS);
  });

  it("rollupChildren(panel, options) does not modify frozen options", () => {
    const options = Object.freeze({ parent: "jining-hitech", indicators: Object.freeze(["industrial_revenue"]), periods: Object.freeze(["2018-01/07"]) });
    const before = demo.size;
    expect(rollupChildren(demo, options).rows[0].sum).toBe(693.46);
    expect(options.indicators).toEqual(["industrial_revenue"]);
    expect(demo.size).toBe(before);
  });

  it("rollupChildren(panel) sums children with two decimals to their exact decimal total", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), (cents) => {
        const specs = [{ id: "z", name: "区" }, ...cents.map((_, k) => ({ id: `p${k}`, name: `园${k}`, parent: "z" }))];
        const total = cents.reduce((a, b) => a + b, 0) / 100;
        const rows = [{ entity: "z", indicator: "x", period: "2018-01/07", value: total }, ...cents.map((c, k) => ({ entity: `p${k}`, indicator: "x", period: "2018-01/07", value: c / 100 }))];
        const row = rollupChildren(createPanel(rows, { entities: createEntities(specs) }), { parent: "z" }).rows[0];
        expect(row.sum).toBe(total);
        expect(row.difference).toBe(0);
      }),
    );
  });
});
