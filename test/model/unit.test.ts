import { describe, expect, it } from "vitest";
import { convertUnit, defineUnit, getUnit } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

describe("getUnit", () => {
  it("getUnit(id) returns the built-in unit with its dimension, scale and currency", () => {
    expect(getUnit("亿元")).toMatchObject({ id: "亿元", dimension: "money", scale: 1e8, currency: "CNY" });
    expect(getUnit("万元")).toMatchObject({ id: "万元", dimension: "money", scale: 1e4, currency: "CNY" });
    expect(getUnit("万美元")).toMatchObject({ id: "万美元", dimension: "money", scale: 1e4, currency: "USD" });
    expect(getUnit("个")).toMatchObject({ id: "个", dimension: "count", scale: 1 });
    expect(getUnit("家")).toMatchObject({ id: "家", dimension: "count", scale: 1 });
    expect(getUnit("公顷")).toMatchObject({ id: "公顷", dimension: "area", scale: 1e4 });
    expect(getUnit("%")).toMatchObject({ id: "%", dimension: "ratio", scale: 0.01 });
    expect(getUnit("‰")).toMatchObject({ id: "‰", dimension: "ratio", scale: 0.001 });
  });

  it("getUnit(alias) returns the unit the alias names", () => {
    expect(getUnit("CNY").id).toBe("元");
    expect(getUnit("RMB").id).toBe("元");
    expect(getUnit("USD").id).toBe("美元");
    expect(getUnit("m²").id).toBe("平方米");
    expect(getUnit("㎡").id).toBe("平方米");
    expect(getUnit("ha").id).toBe("公顷");
    expect(getUnit("km²").id).toBe("平方公里");
    expect(getUnit("平方千米").id).toBe("平方公里");
    expect(getUnit("t").id).toBe("吨");
    expect(getUnit("kWh").id).toBe("千瓦时");
    expect(getUnit("度").id).toBe("千瓦时");
    expect(getUnit("百分比").id).toBe("%");
    // An alias gives the very same object.
    expect(getUnit("USD")).toBe(getUnit("美元"));
  });

  it("getUnit(id) folds full-width forms and spaces", () => {
    expect(getUnit("％").id).toBe("%");
    expect(getUnit("％")).toBe(getUnit("%"));
    expect(getUnit("ＵＳＤ").id).toBe("美元");
    expect(getUnit(" 亿元 ").id).toBe("亿元");
  });

  it("getUnit(unit) returns the unit object itself", () => {
    const u = getUnit("亿元");
    expect(getUnit(u)).toBe(u);
  });

  it("getUnit(id) returns frozen units", () => {
    expect(Object.isFrozen(getUnit("亿元"))).toBe(true);
    expect(Object.isFrozen(getUnit("亿元").aliases)).toBe(true);
  });

  it("getUnit(unknown) throws E_UNKNOWN_UNIT naming the known units and how to add one", () => {
    const err = caught(() => getUnit("亿美圆"));
    expect(err.code).toBe("E_UNKNOWN_UNIT");
    expect(err.value).toBe("亿美圆");
    expect(err.message).toMatch(/亿美圆/);
    expect(err.message).toMatch(/亿元/);
    expect(err.message).toMatch(/defineUnit/);
    expect(caught(() => getUnit("")).code).toBe("E_UNKNOWN_UNIT");
    expect(caught(() => getUnit(42 as unknown as string)).code).toBe("E_UNKNOWN_UNIT");
    expect(caught(() => getUnit(null as unknown as string)).code).toBe("E_UNKNOWN_UNIT");
    expect(caught(() => getUnit("toString")).code).toBe("E_UNKNOWN_UNIT");
  });
});

describe("convertUnit", () => {
  it("convertUnit(value, 万元, 亿元) divides by 10,000 and back", () => {
    expect(convertUnit(12470, "万元", "亿元")).toBe(1.247);
    expect(convertUnit(1.247, "亿元", "万元")).toBe(12470);
    expect(convertUnit(124.7, "亿元", "万元")).toBe(1247000);
    expect(convertUnit(6934600, "万元", "亿元")).toBe(693.46);
    expect(convertUnit(3, "亿元", "元")).toBe(300000000);
    expect(convertUnit(1234, "美元", "万美元")).toBe(0.1234);
  });

  it("convertUnit(value, 亩, 公顷) uses 1 公顷 = 15 亩", () => {
    expect(convertUnit(1, "公顷", "亩")).toBe(15);
    expect(convertUnit(15, "亩", "公顷")).toBe(1);
    expect(convertUnit(30, "亩", "公顷")).toBe(2);
    expect(convertUnit(1841, "亩", "公顷")).toBeCloseTo(122.733333333333, 10); // 1841 / 15
    expect(convertUnit(1, "亩", "平方米")).toBeCloseTo(666.666666666667, 9); // 10000 / 15
    expect(convertUnit(1, "平方公里", "公顷")).toBe(100);
  });

  it("convertUnit(value, from, to, { fx }) converts currencies through yuan", () => {
    const fx = Object.freeze({ USD: 6.6174 });
    // 2610 万美元 = 26,100,000 USD × 6.6174 = 172,714,140 元 = 1.7271414 亿元
    expect(convertUnit(2610, "万美元", "亿元", { fx })).toBeCloseTo(1.7271414, 12);
    expect(convertUnit(1.7271414, "亿元", "万美元", { fx })).toBeCloseTo(2610, 9);
    // 100 美元 × 6.6174 = 661.74 元
    expect(convertUnit(100, "美元", "元", { fx })).toBeCloseTo(661.74, 10);
    expect(fx).toEqual({ USD: 6.6174 });
  });

  it("convertUnit(value, from, to, { fx }) converts between two foreign currencies", () => {
    defineUnit({ id: "测试欧元", en: "test euro", dimension: "money", scale: 1, currency: "EUR" });
    // 100 EUR × 7.8 元 = 780 元 = 780 / 6.5 USD = 120 USD
    expect(convertUnit(100, "测试欧元", "美元", { fx: { EUR: 7.8, USD: 6.5 } })).toBeCloseTo(120, 10);
    expect(caught(() => convertUnit(100, "测试欧元", "美元", { fx: { EUR: 7.8 } })).code).toBe("E_UNIT_MISMATCH");
  });

  it("convertUnit(value, from, to) throws E_UNIT_MISMATCH between currencies without a rate", () => {
    const err = caught(() => convertUnit(2610, "万美元", "亿元"));
    expect(err.code).toBe("E_UNIT_MISMATCH");
    expect(err.message).toMatch(/exchange rate/);
    expect(err.message).toMatch(/fx: \{ USD/);
    expect(caught(() => convertUnit(1, "亿元", "万美元", { fx: { USD: 0 } })).code).toBe("E_UNIT_MISMATCH");
    expect(caught(() => convertUnit(1, "亿元", "万美元", { fx: { USD: NaN } })).code).toBe("E_UNIT_MISMATCH");
    expect(caught(() => convertUnit(1, "亿元", "万美元", { fx: { USD: -6.6 } })).code).toBe("E_UNIT_MISMATCH");
  });

  it("convertUnit(value, from, to) throws E_UNIT_MISMATCH across dimensions", () => {
    const err = caught(() => convertUnit(1, "亿元", "个"));
    expect(err.code).toBe("E_UNIT_MISMATCH");
    expect(err.message).toMatch(/亿元/);
    expect(err.message).toMatch(/个/);
    expect(caught(() => convertUnit(1, "亩", "吨")).code).toBe("E_UNIT_MISMATCH");
    expect(caught(() => convertUnit(1, "个", "人")).code).toBe("E_UNIT_MISMATCH");
    expect(caught(() => convertUnit(NaN, "%", "亿元")).code).toBe("E_UNIT_MISMATCH");
  });

  it("convertUnit(value, unknown, to) throws E_UNKNOWN_UNIT", () => {
    expect(caught(() => convertUnit(1, "亿圆", "亿元")).code).toBe("E_UNKNOWN_UNIT");
    expect(caught(() => convertUnit(1, "亿元", "亿圆")).code).toBe("E_UNKNOWN_UNIT");
  });

  it("convertUnit(NaN, from, to) passes NaN and Infinity through", () => {
    expect(convertUnit(NaN, "万元", "亿元")).toBeNaN();
    expect(convertUnit(NaN, "亿元", "万元")).toBeNaN();
    expect(convertUnit(NaN, "亿元", "亿元")).toBeNaN();
    expect(convertUnit(NaN, "万美元", "亿元", { fx: { USD: 6.6174 } })).toBeNaN();
    expect(convertUnit(Infinity, "万元", "亿元")).toBe(Infinity);
  });

  it("convertUnit(value, unit, sameUnit) returns the value unchanged", () => {
    expect(convertUnit(0.1 + 0.2, "亿元", "亿元")).toBe(0.1 + 0.2);
    expect(convertUnit(3, "%", "％")).toBe(3);
    expect(convertUnit(-5, getUnit("个"), "个")).toBe(-5);
  });
});

describe("defineUnit", () => {
  it("defineUnit(unit) registers a unit that getUnit and convertUnit then accept", () => {
    const input = Object.freeze({ id: "万平方米", en: "10,000 square metres", dimension: "area" as const, scale: 1e4, aliases: Object.freeze(["万m²"]) });
    const u = defineUnit(input);
    expect(u).toMatchObject({ id: "万平方米", dimension: "area", scale: 1e4 });
    expect(Object.isFrozen(u)).toBe(true);
    expect(getUnit("万平方米")).toBe(u);
    expect(getUnit("万m²")).toBe(u);
    expect(convertUnit(1, "万平方米", "公顷")).toBe(1);
    expect(convertUnit(1, "万平方米", "亩")).toBe(15);
    expect(input).toEqual({ id: "万平方米", en: "10,000 square metres", dimension: "area", scale: 1e4, aliases: ["万m²"] });
  });

  it("defineUnit(unit) rejects a missing or empty id with E_INVALID_DEFINITION on field id", () => {
    for (const id of ["", undefined, 42]) {
      const err = caught(() => defineUnit({ id, en: "x", dimension: "count", scale: 1 } as never));
      expect(err.code).toBe("E_INVALID_DEFINITION");
      expect(err.field).toBe("id");
    }
    expect(caught(() => defineUnit(null as never)).field).toBe("id");
  });

  it("defineUnit(unit) rejects a scale that is not a positive finite number with E_INVALID_DEFINITION on field scale", () => {
    for (const scale of [0, -1, NaN, Infinity, "1e4", undefined]) {
      const err = caught(() => defineUnit({ id: "坏单位", en: "bad", dimension: "count", scale } as never));
      expect(err.code).toBe("E_INVALID_DEFINITION");
      expect(err.field).toBe("scale");
      expect(err.message).toMatch(/positive number/);
    }
    expect(caught(() => getUnit("坏单位")).code).toBe("E_UNKNOWN_UNIT");
  });

  it("defineUnit(unit) rejects an unknown dimension with E_INVALID_DEFINITION on field dimension", () => {
    const err = caught(() => defineUnit({ id: "坏维度", en: "bad", dimension: "length" as never, scale: 1 }));
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.field).toBe("dimension");
    expect(err.message).toMatch(/money/);
    expect(caught(() => getUnit("坏维度")).code).toBe("E_UNKNOWN_UNIT");
  });
});
