import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEntities, createIndicators, createPanel, DuibiaoError, formatPeriod, periodKey, type ObservationInput } from "../../src/index.js";

const rows: readonly ObservationInput[] = Object.freeze([
  Object.freeze({ entity: "b", indicator: "rev", period: "2018-01/07", value: 569.5 }),
  Object.freeze({ entity: "a", indicator: "rev", period: "2018-01/07", value: 693.46, flags: ["revised"] as const }),
  Object.freeze({ entity: "a", indicator: "rev", period: "2017-01/07", value: 608.8 }),
  Object.freeze({ entity: "a", indicator: "va", period: "2018-01/07", value: null, growth: 0.073 }),
  Object.freeze({ entity: "a", indicator: "rev", period: "2017", value: 1100 }),
  Object.freeze({ entity: "c", indicator: "rev", period: "2017-01/07", value: 300, flags: "estimated" as const }),
]);

describe("createPanel", () => {
  it("createPanel(rows) holds every row, sorted by entity, indicator and period in time", () => {
    const panel = createPanel(rows);
    expect(panel.size).toBe(6);
    expect(panel.entities).toEqual(["b", "a", "c"]);
    expect(panel.indicators).toEqual(["rev", "va"]);
    expect(panel.periods.map((p) => periodKey(p))).toEqual(["2017-01/07", "2017", "2018-01/07"]);
    expect(panel.toRows().map((o) => `${o.entity} ${o.indicator} ${periodKey(o.period)} ${o.value}`)).toEqual([
      "b rev 2018-01/07 569.5",
      "a rev 2017-01/07 608.8",
      "a rev 2017 1100",
      "a rev 2018-01/07 693.46",
      "a va 2018-01/07 NaN",
      "c rev 2017-01/07 300",
    ]);
  });

  it("createPanel(rows) uses the narrowest typed arrays for codes", () => {
    const panel = createPanel(rows);
    expect(panel.columns.entity).toBeInstanceOf(Uint8Array);
    expect(panel.columns.value).toBeInstanceOf(Float64Array);
    const many = createPanel(Array.from({ length: 300 }, (_, k) => ({ entity: `e${k}`, indicator: "x", period: "2018", value: k })));
    expect(many.columns.entity).toBeInstanceOf(Uint16Array);
    expect(many.columns.indicator).toBeInstanceOf(Uint8Array);
  });

  it("createPanel(rows) keeps missing values as NaN rows, not zeros and not dropped", () => {
    const panel = createPanel(rows);
    expect(panel.value("a", "va", "2018-01/07")).toBeNaN();
    expect(panel.growth("a", "va", "2018-01/07")).toBe(0.073);
    expect(panel.indexOf("a", "va", "2018-01/07")).toBeGreaterThanOrEqual(0);
  });

  it("createPanel(rows) does not mutate its input", () => {
    expect(() => createPanel(rows)).not.toThrow();
    expect(rows[0]).toEqual({ entity: "b", indicator: "rev", period: "2018-01/07", value: 569.5 });
  });

  it("createPanel([]) is an empty panel whose lookups give NaN", () => {
    const panel = createPanel([]);
    expect(panel.size).toBe(0);
    expect(panel.value("a", "x", "2018")).toBeNaN();
    expect(panel.series("a", "x").values.length).toBe(0);
    expect(Array.from(panel.crossSection("x", "2018", { entities: ["a"] }).values)).toEqual([NaN]);
  });

  it("createPanel(rows) throws one E_LOAD listing every bad row, in row order", () => {
    let error: DuibiaoError | undefined;
    try {
      createPanel([
        { entity: "a", indicator: "x", period: "2018", value: 1 },
        { entity: "", indicator: "x", period: "2018", value: 1 },
        { entity: "a", indicator: "x", period: "2018年13月", value: 1 },
        { entity: "a", indicator: "x", period: "2019", value: "12" as unknown as number },
        { entity: "a", indicator: "x", period: "2018年", value: 2 },
        { entity: "a", indicator: "x", period: "2020", value: 2, flags: ["guessed" as "estimated"] },
        null as unknown as ObservationInput,
      ]);
    } catch (e) {
      error = e as DuibiaoError;
    }
    expect(error).toBeInstanceOf(DuibiaoError);
    expect(error!.code).toBe("E_LOAD");
    expect(error!.issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_MISSING_FIELD", 2, "entity"],
      ["E_PERIOD_PARSE", 3, "period"],
      ["E_VALUE_PARSE", 4, "value"],
      ["E_DUPLICATE_KEY", 5, "key"],
      ["E_INVALID_INPUT", 6, "flags"],
      ["E_INVALID_INPUT", 7, "row"],
    ]);
    expect(error!.issues[3].message).toContain("row 1 already has it");
    expect(error!.message).toContain("6 problems");
  });
});

describe("Panel lookups", () => {
  const entities = createEntities([
    { id: "a", name: { zh: "甲区", en: "District A" }, groups: ["g"] },
    { id: "b", name: "乙区", groups: ["g"] },
    { id: "c", name: "丙县" },
  ]);
  const indicators = createIndicators([{ id: "rev", name: "工业主营业务收入", unit: "亿元", frequency: "month" }, { id: "va", name: "规模以上工业增加值", growth: "published" }]);
  const panel = createPanel(rows, { entities, indicators });

  it("panel.value(entity, indicator, period) accepts ids, names and any period spelling", () => {
    expect(panel.value("a", "rev", "2018-01/07")).toBe(693.46);
    expect(panel.value("甲区", "工业主营业务收入", "2018年1—7月")).toBe(693.46);
    expect(panel.value("District A", "rev", "2018年1-7月份")).toBe(693.46);
    expect(panel.value("a", "rev", "2016")).toBeNaN();
    expect(panel.value("nobody", "rev", "2018")).toBeNaN();
    expect(panel.value("a", "rev", "not a period")).toBeNaN();
  });

  it("panel.get(...) returns the flags; panel.indicator(id) the definition", () => {
    expect(panel.get("a", "rev", "2018-01/07")?.flags).toEqual(["revised"]);
    expect(panel.get("c", "rev", "2017-01/07")?.flags).toEqual(["estimated"]);
    expect(panel.get("c", "rev", "2018")).toBeUndefined();
    expect(panel.indicator("rev")?.unit.id).toBe("亿元");
  });

  it("panel.series(entity, indicator, options) is in time order and filters by kind and range", () => {
    const s = panel.series("a", "rev");
    expect(s.periods.map((p) => formatPeriod(p))).toEqual(["2017年1—7月", "2017年", "2018年1—7月"]);
    expect(Array.from(s.values)).toEqual([608.8, 1100, 693.46]);
    expect(Array.from(panel.series("a", "rev", { kind: "ytd" }).values)).toEqual([608.8, 693.46]);
    expect(Array.from(panel.series("a", "rev", { from: "2017", to: "2017" }).values)).toEqual([1100]);
    expect(panel.series("a", "nothing").values.length).toBe(0);
  });

  it("panel.crossSection(indicator, period, { group }) reads a peer group, NaN for those without data", () => {
    const cs = panel.crossSection("rev", "2018-01/07", { group: "g" });
    expect(cs.entities).toEqual(["a", "b"]);
    expect(Array.from(cs.values)).toEqual([693.46, 569.5]);
    const all = panel.crossSection("rev", "2017-01/07");
    expect(all.entities).toEqual(["b", "a", "c"]);
    expect(Array.from(all.values)).toEqual([NaN, 608.8, 300]);
    expect(() => panel.crossSection("rev", "2018", { group: "nope" })).toThrow(DuibiaoError);
  });

  it("panel.select(keys) filters rows by any key", () => {
    expect(Array.from(panel.select({ entity: "a" }))).toEqual([1, 2, 3, 4]);
    expect(Array.from(panel.select({ period: "2017-01/07" }))).toEqual([1, 5]);
    expect(Array.from(panel.select({ indicator: "va", period: ["2018-01/07", "2017"] }))).toEqual([4]);
    expect(Array.from(panel.select({ entity: ["b", "c"], indicator: "rev" }))).toEqual([0, 5]);
    expect(Array.from(panel.select({ entity: "zzz" }))).toEqual([]);
    expect(panel.select().length).toBe(6);
  });

  it("panel.row(r) rejects a row out of range", () => {
    expect(() => panel.row(6)).toThrow(RangeError);
    expect(() => panel.row(-1)).toThrow(RangeError);
  });
});

describe("Panel properties", () => {
  const arbRows = fc.uniqueArray(
    fc.record({
      entity: fc.constantFrom("a", "b", "c", "济宁高新区", "x,y"),
      indicator: fc.constantFrom("rev", "va", "fdi"),
      period: fc.constantFrom("2016", "2017", "2018", "2018-01/02", "2018-01/07", "2018-Q3", "2018-07", "2017-H1"),
      value: fc.oneof(fc.double({ noNaN: true }), fc.constant(null)),
    }),
    { selector: (r) => `${r.entity}|${r.indicator}|${r.period}`, maxLength: 60 },
  );

  it("every row given is found by panel.get, and nothing else", () => {
    fc.assert(
      fc.property(arbRows, (input) => {
        const panel = createPanel(input);
        expect(panel.size).toBe(input.length);
        for (const r of input) {
          const o = panel.get(r.entity, r.indicator, r.period);
          expect(o?.entity).toBe(r.entity);
          expect(Object.is(o?.value, r.value === null ? NaN : r.value)).toBe(true);
        }
        const keys = new Set(input.map((r) => `${r.entity}|${r.indicator}|${r.period}`));
        for (const e of ["a", "b"]) for (const p of ["2016", "2018-01/07"]) if (!keys.has(`${e}|rev|${p}`)) expect(panel.get(e, "rev", p)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it("series and crossSection agree with get; the order of the input does not matter", () => {
    fc.assert(
      fc.property(arbRows, (input) => {
        const panel = createPanel(input);
        const reversed = createPanel([...input].reverse());
        expect(reversed.size).toBe(panel.size);
        for (const e of panel.entities) {
          for (const i of panel.indicators) {
            const s = panel.series(e, i);
            s.periods.forEach((p, k) => expect(Object.is(s.values[k], panel.value(e, i, p))).toBe(true));
            expect(s.periods.length).toBe(input.filter((r) => r.entity === e && r.indicator === i).length);
            for (const p of panel.periods) {
              const cs = panel.crossSection(i, p);
              expect(Object.is(cs.values[cs.entities.indexOf(e)], panel.value(e, i, p))).toBe(true);
              expect(Object.is(reversed.value(e, i, p), panel.value(e, i, p))).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("lookups also work through the sparse path (many entities × indicators)", () => {
    // 2,000 entities × 200 indicators = 400,000 pairs for 600 rows: too sparse for the dense pair index.
    const input = Array.from({ length: 600 }, (_, k) => ({ entity: `e${(k * 7919) % 2000}`, indicator: `i${(k * 104729) % 200}`, period: k % 2 ? "2018" : "2017", value: k }));
    const unique = [...new Map(input.map((r) => [`${r.entity}|${r.indicator}|${r.period}`, r])).values()];
    const panel = createPanel(unique);
    for (const r of unique) expect(panel.value(r.entity, r.indicator, r.period)).toBe(r.value);
    expect(panel.value("e1", "i199", "2016")).toBeNaN();
  });
});
