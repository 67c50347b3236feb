import { describe, expect, it } from "vitest";
import { defineIndicator, getUnit, type IndicatorSpec } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

describe("defineIndicator", () => {
  it("defineIndicator(spec) fills in the defaults", () => {
    const spec = Object.freeze({ id: "x", name: "甲指标" });
    expect(defineIndicator(spec)).toEqual({
      id: "x",
      name: { zh: "甲指标", en: "甲指标" },
      unit: getUnit("个"),
      direction: "higher",
      frequency: "year",
      accumulation: "period",
      growth: "derived",
    });
    expect(spec).toEqual({ id: "x", name: "甲指标" });
  });

  it("defineIndicator(spec) keeps the given fields", () => {
    const spec: IndicatorSpec = Object.freeze({
      id: "energy",
      name: Object.freeze({ zh: "单位GDP能耗", en: "Energy per unit of GDP" }),
      unit: "吨",
      direction: "lower",
      frequency: "quarter",
      accumulation: "period",
      growth: "published",
    });
    const ind = defineIndicator(spec);
    expect(ind).toEqual({
      id: "energy",
      name: { zh: "单位GDP能耗", en: "Energy per unit of GDP" },
      unit: getUnit("吨"),
      direction: "lower",
      frequency: "quarter",
      accumulation: "period",
      growth: "published",
    });
    expect(ind.unit).toBe(getUnit("吨"));
  });

  it("defineIndicator(spec) defaults accumulation to ytd for monthly and quarterly indicators, period otherwise", () => {
    expect(defineIndicator({ id: "a", name: "a", frequency: "month" }).accumulation).toBe("ytd");
    expect(defineIndicator({ id: "a", name: "a", frequency: "quarter" }).accumulation).toBe("ytd");
    expect(defineIndicator({ id: "a", name: "a", frequency: "half" }).accumulation).toBe("period");
    expect(defineIndicator({ id: "a", name: "a", frequency: "year" }).accumulation).toBe("period");
    expect(defineIndicator({ id: "a", name: "a", frequency: "month", accumulation: "stock" }).accumulation).toBe("stock");
  });

  it("defineIndicator(spec) accepts a unit object and unit aliases", () => {
    expect(defineIndicator({ id: "fdi", name: "实际利用外资", unit: getUnit("万美元") }).unit.id).toBe("万美元");
    expect(defineIndicator({ id: "share", name: "占比", unit: "％" }).unit.id).toBe("%");
  });

  it("defineIndicator(spec) trims the id and names, and an empty English name falls back to the Chinese one", () => {
    const ind = defineIndicator({ id: " fdi ", name: { zh: " 实际利用外资 ", en: "  " } });
    expect(ind.id).toBe("fdi");
    expect(ind.name).toEqual({ zh: "实际利用外资", en: "实际利用外资" });
  });

  it("defineIndicator(spec) returns a frozen indicator", () => {
    const ind = defineIndicator({ id: "x", name: "甲" });
    expect(Object.isFrozen(ind)).toBe(true);
    expect(Object.isFrozen(ind.name)).toBe(true);
  });

  it("defineIndicator(spec) treats empty strings as unset", () => {
    const ind = defineIndicator({ id: "x", name: "甲", direction: "" as never, frequency: "" as never, growth: "" as never });
    expect([ind.direction, ind.frequency, ind.growth]).toEqual(["higher", "year", "derived"]);
  });

  it("defineIndicator(notAnObject) throws E_INVALID_DEFINITION", () => {
    for (const spec of [null, undefined, "x", 42]) {
      const err = caught(() => defineIndicator(spec as never));
      expect(err.code).toBe("E_INVALID_DEFINITION");
      expect(err.field).toBe("spec");
    }
  });

  it("defineIndicator(spec) throws E_INVALID_DEFINITION naming a bad id", () => {
    for (const id of ["", "   ", 42, undefined, null]) {
      const err = caught(() => defineIndicator({ id, name: "甲" } as never));
      expect(err.code).toBe("E_INVALID_DEFINITION");
      expect(err.field).toBe("id");
      expect(err.message).toMatch(/id must be a non-empty string/);
    }
  });

  it("defineIndicator(spec) throws E_INVALID_DEFINITION naming a bad name", () => {
    for (const name of ["", "  ", undefined, null, 42, {}, { zh: "" }, { en: "Revenue" }, { zh: 5 }, { zh: "收入", en: 5 }, { zh: "收入", en: {} }]) {
      const err = caught(() => defineIndicator({ id: "x", name } as never));
      expect(err.code, JSON.stringify(name)).toBe("E_INVALID_DEFINITION");
      expect(err.field).toBe("name");
      expect(err.message).toMatch(/"x"/);
    }
  });

  it("defineIndicator(spec) throws E_INVALID_DEFINITION naming a bad direction, frequency, accumulation or growth", () => {
    const cases: [keyof IndicatorSpec, unknown, RegExp][] = [
      ["direction", "up", /higher, lower/],
      ["direction", "Higher", /higher, lower/],
      ["frequency", "monthly", /month, quarter, half, year/],
      ["accumulation", "cumulative", /ytd, period, stock/],
      ["growth", "official", /published, derived/],
      ["growth", 1, /published, derived/],
    ];
    for (const [field, value, allowed] of cases) {
      const err = caught(() => defineIndicator({ id: "x", name: "甲", [field]: value } as never));
      expect(err.code).toBe("E_INVALID_DEFINITION");
      expect(err.field).toBe(field);
      expect(err.value).toBe(value);
      expect(err.message).toMatch(allowed);
    }
  });

  it("defineIndicator(spec) throws E_UNKNOWN_UNIT on field unit for an unknown unit", () => {
    const err = caught(() => defineIndicator({ id: "x", name: "甲", unit: "亿美圆" }));
    expect(err.code).toBe("E_UNKNOWN_UNIT");
    expect(err.field).toBe("unit");
    expect(err.value).toBe("亿美圆");
    expect(err.message).toMatch(/"x"/);
    expect(err.message).toMatch(/defineUnit/);
  });
});
