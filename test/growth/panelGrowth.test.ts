import { describe, expect, it } from "vitest";
import { panelGrowth } from "../../src/growth/panelGrowth.js";
import { createIndicators, createPanel, periodKey, periodRange } from "../../src/index.js";

const rows = Object.freeze([
  { entity: "a", indicator: "rev", period: "2017-01/02", value: 100 },
  { entity: "a", indicator: "rev", period: "2017-01/03", value: 160 },
  { entity: "a", indicator: "rev", period: "2018-01/02", value: 110 },
  { entity: "a", indicator: "rev", period: "2018-01/03", value: 180 },
  { entity: "a", indicator: "va", period: "2016-01/07", value: 130, growth: 0.05 },
  { entity: "a", indicator: "va", period: "2017-01/07", value: 143.24, growth: 0.05 },
  { entity: "a", indicator: "va", period: "2018-01/07", value: 158.68, growth: 0.073 },
  { entity: "b", indicator: "rev", period: "2017-01/03", value: 0 },
  { entity: "b", indicator: "rev", period: "2018-01/03", value: 5 },
  { entity: "c", indicator: "rev", period: "2017-01/03", value: -10 },
  { entity: "c", indicator: "rev", period: "2018-01/03", value: 5 },
]);
const panel = createPanel(rows);

describe("panelGrowth", () => {
  it("panelGrowth(panel) compares a year-to-date figure with the same range a year earlier", () => {
    const g = panelGrowth(panel);
    // 1—3月: 180 against 160 a year earlier → 180 / 160 − 1 = 0.125; 1—2月: 110 / 100 − 1 = 0.1.
    expect(g.get("a", "rev", "2018-01/03")).toMatchObject({ rate: 0.125, source: "levels", current: 180, base: 160 });
    expect(g.get("a", "rev", "2018-01/02")?.rate).toBeCloseTo(0.1, 12);
    expect(periodKey(g.get("a", "rev", "2018-01/03")!.basePeriod!)).toBe("2017-01/03");
  });

  it("panelGrowth(panel) uses a published growth where there is one (no definitions)", () => {
    const g = panelGrowth(panel);
    expect(g.get("a", "va", "2018-01/07")).toMatchObject({ rate: 0.073, source: "published" });
    // From levels the nominal growth differs: 158.68 / 143.24 − 1 = 0.10779…
    expect(panelGrowth(panel, { source: "levels" }).get("a", "va", "2018-01/07")?.rate).toBeCloseTo(158.68 / 143.24 - 1, 12);
    expect(panelGrowth(panel, { source: "published" }).get("a", "rev", "2018-01/03")).toMatchObject({ rate: NaN, source: null });
  });

  it("panelGrowth(panel) follows the indicator definitions: derived growth ignores a published column", () => {
    const indicators = createIndicators([
      { id: "rev", name: "收入", frequency: "month" },
      { id: "va", name: "增加值", frequency: "month", growth: "derived" },
    ]);
    const g = panelGrowth(createPanel(rows, { indicators }));
    expect(g.get("a", "va", "2018-01/07")?.source).toBe("levels");
    const published = createIndicators([{ id: "va", name: "增加值", frequency: "month", growth: "published" }]);
    expect(panelGrowth(createPanel(rows, { indicators: published })).get("a", "va", "2018-01/07")?.source).toBe("published");
  });

  it("panelGrowth(panel) gives NaN for a base that is missing, zero or negative", () => {
    const g = panelGrowth(panel);
    expect(g.get("a", "rev", "2017-01/03")).toMatchObject({ rate: NaN, source: null, base: NaN, basePeriod: null });
    expect(g.get("b", "rev", "2018-01/03")?.rate).toBeNaN(); // base 0
    expect(g.get("c", "rev", "2018-01/03")?.rate).toBeNaN(); // base −10
    expect(g.get("a", "rev", "2019")).toBeUndefined();
  });

  it("panelGrowth(panel, { basis: 'month' }) derives single-month values from year-to-date rows", () => {
    const g = panelGrowth(panel, { basis: "month" });
    // March 2018 = 180 − 110 = 70; March 2017 = 160 − 100 = 60; 70 / 60 − 1 = 1/6.
    expect(g.get("a", "rev", "2018-01/03")).toMatchObject({ current: 70, base: 60, source: "levels" });
    expect(g.get("a", "rev", "2018-01/03")?.rate).toBeCloseTo(1 / 6, 12);
    // The combined 1—2月 release stands for itself: 110 / 100 − 1.
    expect(g.get("a", "rev", "2018-01/02")?.current).toBe(110);
    // Published cumulative growth says nothing about a single month: levels are used.
    expect(g.get("a", "va", "2018-01/07")?.source).toBe("levels");
  });

  it("panelGrowth(panel, { method: 'mom' }) compares with the previous period of the same kind", () => {
    const g = panelGrowth(panel, { method: "mom" });
    expect(g.get("a", "rev", "2018-01/03")?.rate).toBeCloseTo(180 / 110 - 1, 12);
    expect(g.get("a", "rev", "2018-01/02")?.rate).toBeNaN(); // 2017-01/12 is not in the panel
    const monthly = createPanel([
      { entity: "a", indicator: "x", period: "2017-12", value: 40 },
      { entity: "a", indicator: "x", period: "2018-01", value: 50 },
    ]);
    expect(panelGrowth(monthly, { method: "mom" }).get("a", "x", "2018-01")?.rate).toBe(0.25);
  });

  it("panelGrowth(panel, { method: 'twoYearAverage' }) is √((1+g₁)(1+g₂)) − 1 and says where it came from", () => {
    const g = panelGrowth(panel, { method: "twoYearAverage" });
    expect(g.get("a", "va", "2018-01/07")?.rate).toBeCloseTo(Math.sqrt(1.073 * 1.05) - 1, 12);
    expect(g.get("a", "va", "2018-01/07")?.source).toBe("published");
    const lv = panelGrowth(panel, { method: "twoYearAverage", source: "levels" }).get("a", "va", "2018-01/07");
    expect(lv?.rate).toBeCloseTo(Math.sqrt(158.68 / 130) - 1, 12);
    // One year published, the other from levels → "mixed".
    const mixed = createPanel([
      { entity: "a", indicator: "x", period: "2016", value: 100 },
      { entity: "a", indicator: "x", period: "2017", value: 110 },
      { entity: "a", indicator: "x", period: "2018", value: 120, growth: 0.08 },
    ]);
    const m = panelGrowth(mixed, { method: "twoYearAverage" }).get("a", "x", "2018");
    expect(m?.source).toBe("mixed");
    expect(m?.rate).toBeCloseTo(Math.sqrt(1.08 * 1.1) - 1, 12);
  });

  it("panelGrowth(panel) returns columns aligned with the panel's rows", () => {
    const g = panelGrowth(panel);
    expect(g.rate.length).toBe(panel.size);
    for (let r = 0; r < panel.size; r++) {
      const o = panel.row(r);
      expect(Object.is(g.rate[r], g.get(o.entity, o.indicator, o.period)!.rate)).toBe(true);
    }
  });

  it("panelGrowth(panel, { method }) rejects an unknown option", () => {
    expect(() => panelGrowth(panel, { method: "qoq" as "yoy" })).toThrow(/method must be one of "yoy", "mom", "twoYearAverage"; got "qoq"/);
  });
});

describe("panelGrowth properties", () => {
  it("panelGrowth(panel).rate equals (x − x₋₁y) / x₋₁y looked up one by one, on complete and gappy series", async () => {
    const fc = (await import("fast-check")).default;
    const derived = createIndicators(["x", "y"].map((id) => ({ id, name: id, frequency: "month" as const, growth: "derived" as const })));
    const months = ["2016-11", "2016-12", "2017-01", "2017-02", "2017-11", "2017-12", "2018-01", "2018-02", "2017", "2018", "2017-01/02", "2018-01/02"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ entity: fc.constantFrom("a", "b", "c"), indicator: fc.constantFrom("x", "y"), k: fc.integer({ min: 0, max: months.length - 1 }), value: fc.oneof(fc.double({ min: -10, max: 1000, noNaN: true }), fc.constant(null)) }), { maxLength: 60 }),
        (raw) => {
          const seen = new Set<string>();
          const rows = raw.filter((r) => !seen.has(`${r.entity}${r.indicator}${r.k}`) && seen.add(`${r.entity}${r.indicator}${r.k}`)).map((r) => ({ entity: r.entity, indicator: r.indicator, period: months[r.k], value: r.value }));
          const p = createPanel(rows);
          const g = panelGrowth(p);
          // On these periods no year-to-date range has a previous one in its year, so the single-month
          // values are the values themselves and basis "month" must agree too.
          const m = panelGrowth(p, { basis: "month" });
          const l = panelGrowth(p, { source: "levels" }); // the loop's fast path for complete runs
          // Definitions that say growth is derived: the fast path, with origins written as it goes.
          const d = panelGrowth(createPanel(rows, { indicators: derived }));
          for (let r = 0; r < p.size; r++) {
            const o = p.row(r);
            const x0 = p.value(o.entity, o.indicator, periodKey({ ...o.period, year: o.period.year - 1 }));
            const want = x0 > 0 && Number.isFinite(o.value) ? (o.value - x0) / x0 : NaN;
            expect(Object.is(g.rate[r], want) || Math.abs(g.rate[r] - want) < 1e-12).toBe(true);
            expect(Object.is(m.rate[r], want) || Math.abs(m.rate[r] - want) < 1e-12).toBe(true);
            expect(Object.is(l.rate[r], want) || Math.abs(l.rate[r] - want) < 1e-12).toBe(true);
            // l and m make their origins on first read (no published rate can be in them), g as it goes.
            expect(Object.is(d.rate[r], want) || Math.abs(d.rate[r] - want) < 1e-12).toBe(true);
            for (const x of [g, m, l, d]) expect(x.source[r]).toBe(want === want ? 2 : 0);
            expect(l.get(o.entity, o.indicator, o.period)?.source).toBe(want === want ? "levels" : null);
          }
          expect(l.source).toBe(l.source); // made once, then kept
        },
      ),
      { numRuns: 400 },
    );
  });
  it("panelGrowth(panel, { source: 'levels' }): a complete series whose last period has no base gets NaN there", () => {
    // January 2016 to November 2017, then the year 2017 (last in time order: it ends in December).
    // The months' bases are 12 months back; the year's, 2016, is absent.
    const months = periodRange("2016-01", "2017-11").map(periodKey);
    const rows = [...months.map((period, k) => ({ entity: "a", indicator: "x", period, value: 100 + k })), { entity: "a", indicator: "x", period: "2017", value: 3000 }];
    const panel = createPanel(rows);
    expect(periodKey(panel.periods.at(-1)!)).toBe("2017");
    const g = panelGrowth(panel, { source: "levels" });
    expect(g.get("a", "x", "2017-11")?.rate).toBeCloseTo(12 / 110, 12);
    expect(g.get("a", "x", "2017")?.rate).toBeNaN();
    expect(g.get("a", "x", "2016-12")?.rate).toBeNaN();
  });

  it("panelGrowth(panel, { source: 'levels' }) on complete monthly series (bases a constant 12 months back) equals the growth looked up one by one", async () => {
    const fc = (await import("fast-check")).default;
    const months = periodRange("2016-01", "2018-12").map(periodKey);
    const value = fc.oneof(fc.double({ min: -10, max: 1000, noNaN: true }), fc.constantFrom(NaN, Infinity, 0));
    fc.assert(
      fc.property(fc.array(fc.record({ from: fc.integer({ min: 0, max: 35 }), length: fc.integer({ min: 1, max: 36 }), values: fc.array(value, { minLength: 36, maxLength: 36 }) }), { minLength: 1, maxLength: 4 }), (series) => {
        const rows = series.flatMap((x, e) => months.slice(x.from, x.from + x.length).map((period, k) => ({ entity: `e${e}`, indicator: "x", period, value: x.values[k] })));
        const p = createPanel(rows);
        const g = panelGrowth(p, { source: "levels" });
        for (let r = 0; r < p.size; r++) {
          const o = p.row(r);
          const x0 = p.value(o.entity, o.indicator, periodKey({ ...o.period, year: o.period.year - 1 }));
          const want = x0 > 0 && x0 !== Infinity && Number.isFinite(o.value) ? (o.value - x0) / x0 : NaN;
          expect(Object.is(g.rate[r], want)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
