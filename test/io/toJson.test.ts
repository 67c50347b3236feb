import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPanel, readJson, toJson, type ObservationFlag, type ObservationInput, type Panel } from "../../src/index.js";

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
    value: fc.oneof(fc.double({ noDefaultInfinity: true }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.constant(NaN)).map((v) => (Object.is(v, -0) ? 0 : v)),
    growth: fc.oneof(fc.double({ min: -1, max: 10, noNaN: true }), fc.integer({ min: -500, max: 500 }).map((n) => n / 1000), fc.constant(NaN)).map((g) => (Object.is(g, -0) ? 0 : g)),
    flags: fc.subarray(["estimated", "revised", "preliminary"] as ObservationFlag[]),
  }),
  { selector: (r) => `${r.entity}\u0000${r.indicator}\u0000${r.period}`, maxLength: 8 },
);

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

describe("toJson", () => {
  it("toJson(panel) writes plain rows: period keys, growth as fractions, null for missing, flags only when set", () => {
    expect(toJson(small())).toStrictEqual([
      { entity: "b", indicator: "x", period: "2018-01/07", value: 2, growth: 0.073, flags: ["estimated", "revised"] },
      { entity: "a,1", indicator: "x", period: "2018", value: null, growth: null },
      { entity: 'say "hi"', indicator: "增加值", period: "2017-Q3", value: -1.5, growth: -0.021, flags: ["preliminary"] },
    ]);
  });

  it("JSON.stringify(toJson(panel)) has null for NaN", () => {
    expect(JSON.stringify(toJson(small()))).toBe(
      '[{"entity":"b","indicator":"x","period":"2018-01/07","value":2,"growth":0.073,"flags":["estimated","revised"]},' +
        '{"entity":"a,1","indicator":"x","period":"2018","value":null,"growth":null},' +
        '{"entity":"say \\"hi\\"","indicator":"增加值","period":"2017-Q3","value":-1.5,"growth":-0.021,"flags":["preliminary"]}]',
    );
  });

  it("toJson(panel) returns new arrays that do not share state with the panel", () => {
    const panel = small();
    const rows = toJson(panel);
    rows[0].flags!.push("preliminary");
    rows[0].value = 99;
    expect(panel.get("b", "x", "2018-01/07")?.flags).toEqual(["estimated", "revised"]);
    expect(panel.value("b", "x", "2018-01/07")).toBe(2);
    expect(toJson(panel)[0].flags).toEqual(["estimated", "revised"]);
  });

  it("toJson(emptyPanel) is []", () => {
    expect(toJson(createPanel([]))).toEqual([]);
    expect(readJson(toJson(createPanel([]))).panel.size).toBe(0);
    expect(readJson(JSON.stringify(toJson(createPanel([])))).panel.size).toBe(0);
  });

  it("readJson(toJson(panel)) reproduces the panel", () => {
    expectSameObservations(readJson(toJson(small())).panel, small());
    expectSameObservations(readJson(JSON.stringify(toJson(small()))).panel, small());
  });

  it("readJson(toJson(panel)) reproduces every value, growth and flag of random panels, as objects and as JSON text", () => {
    fc.assert(
      fc.property(panelInputs, (inputs) => {
        const p = createPanel(inputs as ObservationInput[]);
        expectSameObservations(readJson(toJson(p)).panel, p);
        const text = JSON.stringify(toJson(p));
        expect(text).not.toMatch(/NaN/);
        expectSameObservations(readJson(text).panel, p);
      }),
      { seed: 20180807, numRuns: 300 },
    );
  });
});
