import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPanel, readCsv, toCsv, type ObservationFlag, type ObservationInput, type Panel } from "../../src/index.js";

const small = () =>
  createPanel(
    Object.freeze([
      Object.freeze({ entity: "b", indicator: "x", period: "2018-01/07", value: 2, growth: 0.073, flags: Object.freeze(["revised", "estimated"] as ObservationFlag[]) }),
      Object.freeze({ entity: "a,1", indicator: "x", period: "2018", value: NaN, growth: null }),
      Object.freeze({ entity: 'say "hi"', indicator: "增加值", period: "2017-Q3", value: -1.5, growth: -0.021, flags: "preliminary" as const }),
    ]),
  );

/** Random small panels: entity ids from a small alphabet with commas, quotes and Chinese; values with negatives and NaN; growth fractions; flags. */
const panelInputs = fc.uniqueArray(
  fc.record({
    entity: fc.string({ unit: fc.constantFrom("a", "b", ",", '"', "济", "宁", "-", "\n"), minLength: 1, maxLength: 4 }).filter((s) => s.trim() === s && s.trim() !== ""),
    indicator: fc.constantFrom("x", "工业增加值", "y,z", '"四新"企业数'),
    period: fc.constantFrom("2017", "2018", "2018-01/07", "2018-Q3", "2018-H1", "2018-07", "2017-01/12"),
    value: fc.oneof(fc.double({ noDefaultInfinity: true }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100), fc.constant(NaN)).map((v) => (Object.is(v, -0) ? 0 : v)),
    growth: fc.oneof(fc.double({ min: -1, max: 10, noNaN: true }), fc.integer({ min: -500, max: 500 }).map((n) => n / 1000), fc.double({ noDefaultInfinity: true, noNaN: true }), fc.constant(NaN)).map((g) => (Object.is(g, -0) ? 0 : g)),
    flags: fc.subarray(["estimated", "revised", "preliminary"] as ObservationFlag[]),
  }),
  { selector: (r) => `${r.entity}\u0000${r.indicator}\u0000${r.period}`, maxLength: 8 },
);

/** Every observation of `p` is in `q` with the same value, growth and flags (NaN equal to NaN). */
function expectSameObservations(q: Panel, p: Panel): void {
  expect(q.size).toBe(p.size);
  for (const o of p.toRows()) {
    const r = q.get(o.entity, o.indicator, o.period);
    expect(r, `${o.entity} × ${o.indicator}`).toBeDefined();
    expect(r!.value).toBe(o.value);
    expect(r!.growth).toBe(o.growth);
    expect(r!.flags).toEqual(o.flags);
  }
}

describe("toCsv", () => {
  it("toCsv(panel) writes long-format CSV with percent growth, empty missing numbers and quoted fields", () => {
    expect(toCsv(small())).toBe(
      "entity,indicator,period,value,growth,flags\n" +
        "b,x,2018-01/07,2,7.3,estimated;revised\n" +
        '"a,1",x,2018,,,\n' +
        '"say ""hi""",增加值,2017-Q3,-1.5,-2.1,preliminary',
    );
  });

  it("toCsv(panel, { rates: \"fraction\" }) writes growth as fractions", () => {
    expect(toCsv(small(), { rates: "fraction" })).toBe(
      "entity,indicator,period,value,growth,flags\n" +
        "b,x,2018-01/07,2,0.073,estimated;revised\n" +
        '"a,1",x,2018,,,\n' +
        '"say ""hi""",增加值,2017-Q3,-1.5,-0.021,preliminary',
    );
  });

  it("toCsv(panel) writes growth exactly, so that it reads back to the same number", () => {
    const g = 0.1390043197608528; // 693.46 / 608.83 − 1, the derived growth of the demo's industrial revenue
    const panel = createPanel([
      { entity: "a", indicator: "x", period: "2018", growth: 0.1 + 0.2 },
      { entity: "a", indicator: "x", period: "2017", growth: g },
      { entity: "a", indicator: "x", period: "2016", growth: 1.5e-9 },
      { entity: "a", indicator: "x", period: "2015", growth: 12 },
      { entity: "a", indicator: "x", period: "2014", growth: 0.007 },
    ]);
    expect(toCsv(panel)).toBe(
      "entity,indicator,period,value,growth,flags\n" + //
        "a,x,2014,,0.7,\n" +
        "a,x,2015,,1200,\n" +
        "a,x,2016,,1.5e-7,\n" +
        "a,x,2017,,13.90043197608528,\n" +
        "a,x,2018,,30.000000000000004,",
    );
    const back = readCsv(toCsv(panel)).panel;
    expect(back.growth("a", "x", "2018")).toBe(0.1 + 0.2);
    expect(back.growth("a", "x", "2017")).toBe(g);
    expect(back.growth("a", "x", "2016")).toBe(1.5e-9);
    expect(back.growth("a", "x", "2014")).toBe(0.007);
  });

  it("toCsv(emptyPanel) writes the header only", () => {
    expect(toCsv(createPanel([]))).toBe("entity,indicator,period,value,growth,flags");
    expect(readCsv(toCsv(createPanel([]))).panel.size).toBe(0);
  });

  it("toCsv(panel, options) rejects unknown rates with a TypeError", () => {
    expect(() => toCsv(small(), { rates: "percentage" as never })).toThrow(TypeError);
  });

  it("readCsv(toCsv(panel)) reproduces the panel", () => {
    expectSameObservations(readCsv(toCsv(small())).panel, small());
    expectSameObservations(readCsv(toCsv(small(), { rates: "fraction" }), { rates: "fraction" }).panel, small());
  });

  it("readCsv(toCsv(panel)) reproduces every value, growth and flag of random panels", () => {
    fc.assert(
      fc.property(panelInputs, (inputs) => {
        const p = createPanel(inputs as ObservationInput[]);
        expectSameObservations(readCsv(toCsv(p)).panel, p);
        expectSameObservations(readCsv(toCsv(p, { rates: "fraction" }), { rates: "fraction" }).panel, p);
      }),
      { seed: 20180807, numRuns: 300 },
    );
  });
});
