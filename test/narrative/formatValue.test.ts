import { describe, expect, it } from "vitest";
import { DuibiaoError } from "../../src/_internal/errors.js";
import { getUnit } from "../../src/model/unit.js";
import { formatValue } from "../../src/narrative/index.js";

describe("formatValue", () => {
  it("formatValue(value, unit) writes the value and the Chinese unit without a space", () => {
    expect(formatValue(12.47, "亿元")).toBe("12.47亿元");
    expect(formatValue(2610, "万美元")).toBe("2610万美元");
    expect(formatValue(206, "个")).toBe("206个");
    expect(formatValue(32, "家")).toBe("32家");
    expect(formatValue(124.7, "亿元")).toBe("124.7亿元");
    expect(formatValue(1.9, "亿元")).toBe("1.9亿元");
  });

  it("formatValue(value, unit) does not group digits in zh-CN, as statistical bulletins do", () => {
    expect(formatValue(1841, "亩")).toBe("1841亩");
    expect(formatValue(14225.8, "万元")).toBe("14225.8万元");
    expect(formatValue(12000, "亿元")).toBe("12000亿元");
    expect(formatValue(1841, "亩", { grouping: true })).toBe("1,841亩");
    expect(formatValue(1841, "亩", { locale: "en", grouping: false })).toBe("1841 mu");
  });

  it("formatValue(value, unit) rounds to at most 2 decimals, half away from zero, and drops trailing zeros", () => {
    expect(formatValue(12.4, "亿元")).toBe("12.4亿元");
    expect(formatValue(12.475, "亿元")).toBe("12.48亿元");
    expect(formatValue(1.005, "亿元")).toBe("1.01亿元"); // the double is 1.00499999…; Intl rounds the printed digits
    expect(formatValue(-1.005, "亿元")).toBe("-1.01亿元");
    expect(formatValue(12.999, "亿元")).toBe("13亿元");
    expect(formatValue(0, "亿元")).toBe("0亿元");
  });

  it("formatValue(value, unit, { digits, maxDigits }) fixes or caps the decimals", () => {
    expect(formatValue(12.4, "亿元", { digits: 2 })).toBe("12.40亿元");
    expect(formatValue(12, "亿元", { digits: 1 })).toBe("12.0亿元");
    expect(formatValue(12.47, "亿元", { digits: 0 })).toBe("12亿元");
    expect(formatValue(12.4567, "亿元", { maxDigits: 3 })).toBe("12.457亿元");
    expect(formatValue(12.4, "亿元", { maxDigits: 3 })).toBe("12.4亿元");
    expect(formatValue(12.4, "亿元", { digits: 2, maxDigits: 0 })).toBe("12.40亿元"); // digits wins
  });

  it("formatValue(value, '%') reads a fraction and writes a percentage with at most 1 decimal", () => {
    expect(formatValue(0.025, "%")).toBe("2.5%");
    expect(formatValue(0.607, "%")).toBe("60.7%");
    expect(formatValue(0.0735, "%")).toBe("7.4%");
    expect(formatValue(0.0725, "%")).toBe("7.3%");
    expect(formatValue(0.0025, "‰")).toBe("2.5‰");
    expect(formatValue(0.025, "％")).toBe("2.5%"); // alias
    expect(formatValue(0.025, "%", { locale: "en" })).toBe("2.5%");
    expect(formatValue(0.025, "%", { digits: 2 })).toBe("2.50%");
  });

  it("formatValue(value, unit, { locale: 'en' }) converts 万/亿 money to mn/bn with the currency code", () => {
    const en = { locale: "en" } as const;
    expect(formatValue(12.47, "亿元", en)).toBe("CNY 1.247 bn");
    expect(formatValue(2610, "万美元", en)).toBe("USD 26.1 mn");
    expect(formatValue(124.7, "亿元", en)).toBe("CNY 12.47 bn");
    expect(formatValue(1.9, "亿元", en)).toBe("CNY 190 mn");
    expect(formatValue(5.345, "亿元", en)).toBe("CNY 535 mn"); // 5.35亿 in zh: the same precision
    expect(formatValue(0.5, "万元", en)).toBe("CNY 5,000");
    expect(formatValue(1.9, "亿美元", en)).toBe("USD 190 mn");
    expect(formatValue(12000, "亿元", en)).toBe("CNY 1.2 tn");
    expect(formatValue(-12.47, "亿元", en)).toBe("CNY -1.247 bn");
    expect(formatValue(0, "亿元", en)).toBe("CNY 0");
    expect(formatValue(12.47, "亿元", { locale: "en", compactDisplay: "long" })).toBe("CNY 1.247 billion");
  });

  it("formatValue(value, unit, { locale: 'en' }) keeps the precision of the Chinese figure, capped at 3 decimals", () => {
    expect(formatValue(9.9999, "亿元")).toBe("10亿元");
    expect(formatValue(9.9999, "亿元", { locale: "en" })).toBe("CNY 1 bn"); // 999.99 mn rounds to 1,000 mn: next scale
    expect(formatValue(123456.78, "万元", { locale: "en" })).toBe("CNY 1.235 bn");
    expect(formatValue(123456.78, "万元", { locale: "en", digits: 2 })).toBe("CNY 1.2345678 bn");
    expect(formatValue(12.4, "亿元", { locale: "en", digits: 2 })).toBe("CNY 1.240 bn");
    expect(formatValue(12.47, "亿元", { locale: "en", digits: 0 })).toBe("CNY 1.2 bn");
  });

  it("formatValue(value, unit, { locale: 'en' }) writes money in a base unit without rescaling", () => {
    expect(formatValue(5000, "元", { locale: "en" })).toBe("CNY 5,000");
    expect(formatValue(1247000000, "元", { locale: "en" })).toBe("CNY 1,247,000,000");
    expect(formatValue(1247000000, "元")).toBe("1247000000元");
  });

  it("formatValue(value, unit, { locale: 'en' }) uses the unit's English name for other units", () => {
    const en = { locale: "en" } as const;
    expect(formatValue(206, "个", en)).toBe("206 units");
    expect(formatValue(32, "家", en)).toBe("32 enterprises");
    expect(formatValue(1841, "亩", en)).toBe("1,841 mu");
    expect(formatValue(3.5, "万人", en)).toBe("35,000 people");
    expect(formatValue(5.6, "亿千瓦时", en)).toBe("560 mn kWh");
    expect(formatValue(12.3, "万吨", en)).toBe("123,000 tonnes");
  });

  it("formatValue(value, unit) accepts a Unit object", () => {
    expect(formatValue(12.47, getUnit("亿元"))).toBe("12.47亿元");
  });

  it("formatValue(NaN, unit) and other non-finite values give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(formatValue(v, "亿元")).toBe("—");
      expect(formatValue(v, "%", { locale: "en" })).toBe("—");
    }
    expect(formatValue(NaN, "亿元", { missing: "n/a" })).toBe("n/a");
    expect(formatValue(NaN, "亿元", { missing: "" })).toBe("");
  });

  it("formatValue(value, unit) never writes -0", () => {
    expect(formatValue(-0, "亿元")).toBe("0亿元");
    expect(formatValue(-0.001, "亿元")).toBe("0亿元");
    expect(formatValue(-0.0004, "%")).toBe("0%");
  });

  it("formatValue(value, unit) throws DuibiaoError for an unknown unit", () => {
    expect(() => formatValue(1, "万辆")).toThrow(DuibiaoError);
    expect(() => formatValue(NaN, "万辆")).toThrow(/unknown unit "万辆"/);
  });

  it("formatValue(value, unit, options) rejects bad options", () => {
    expect(() => formatValue(1, "亿元", { locale: "fr" as "en" })).toThrow(TypeError);
    expect(() => formatValue(1, "亿元", { locale: "fr" as "en" })).toThrow(/formatValue: locale must be one of "zh-CN", "en"; got "fr"/);
    expect(() => formatValue(1, "亿元", { compactDisplay: "tiny" as "short" })).toThrow(TypeError);
    expect(() => formatValue(1, "亿元", { grouping: "yes" as unknown as boolean })).toThrow(TypeError);
    expect(() => formatValue(1, "亿元", { missing: 0 as unknown as string })).toThrow(TypeError);
    expect(() => formatValue(1, "亿元", { digits: -1 })).toThrow(RangeError);
    expect(() => formatValue(1, "亿元", { digits: 1.5 })).toThrow(/formatValue: digits must be an integer 0–20; got 1.5/);
    expect(() => formatValue(1, "亿元", { maxDigits: 21 })).toThrow(RangeError);
    expect(() => formatValue(NaN, "亿元", { digits: NaN })).toThrow(RangeError); // options are checked even for missing values
  });

  it("formatValue(value, unit, options) does not mutate the options", () => {
    const options = Object.freeze({ locale: "en" as const, digits: 2 });
    expect(formatValue(12.4, "亿元", options)).toBe("CNY 1.240 bn");
    expect(options).toEqual({ locale: "en", digits: 2 });
  });
});
