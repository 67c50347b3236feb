import { describe, expect, it } from "vitest";
import { DuibiaoError } from "../../src/_internal/errors.js";
import { formatAmount, formatCompact } from "../../src/narrative/index.js";

describe("formatAmount", () => {
  it("formatAmount(value, baseUnit) picks 万 from 1e4, 亿 from 1e8 and 万亿 from 1e12", () => {
    expect(formatAmount(26100000, "美元")).toBe("2610万美元");
    expect(formatAmount(1247000000, "元")).toBe("12.47亿元");
    expect(formatAmount(5000, "元")).toBe("5000元");
    expect(formatAmount(9999, "元")).toBe("9999元");
    expect(formatAmount(10000, "元")).toBe("1万元");
    expect(formatAmount(12470000000, "元")).toBe("124.7亿元");
    expect(formatAmount(1e8, "元")).toBe("1亿元");
    expect(formatAmount(1.2e12, "元")).toBe("1.2万亿元");
    expect(formatAmount(1.2e16, "元")).toBe("12000万亿元"); // 万亿 is the largest scale
    expect(formatAmount(0, "元")).toBe("0元");
    expect(formatAmount(1234.567, "元")).toBe("1234.57元");
  });

  it("formatAmount(value, baseUnit) picks the scale after rounding", () => {
    expect(formatAmount(99999999, "元")).toBe("1亿元");
    expect(formatAmount(99994999, "元")).toBe("9999.5万元");
    expect(formatAmount(9999.999, "元")).toBe("1万元");
    expect(formatAmount(999999999999.9, "元")).toBe("1万亿元");
  });

  it("formatAmount(value, baseUnit) writes negative amounts with the scale of their size", () => {
    expect(formatAmount(-26100000, "美元")).toBe("-2610万美元");
    expect(formatAmount(-5000, "元")).toBe("-5000元");
    expect(formatAmount(-0.001, "元")).toBe("0元");
  });

  it("formatAmount(value, unit) handles other base units and brings 万/亿 units back to their base", () => {
    expect(formatAmount(15000, "亩")).toBe("1.5万亩");
    expect(formatAmount(123456, "人")).toBe("12.35万人");
    expect(formatAmount(26100, "万元")).toBe("2.61亿元");
    expect(formatAmount(2610, "万美元")).toBe("2610万美元");
    expect(formatAmount(0.5, "万元")).toBe("5000元");
    expect(formatAmount(12000, "亿元")).toBe("1.2万亿元");
  });

  it("formatAmount(value, '%') writes a ratio as formatValue does", () => {
    expect(formatAmount(0.025, "%")).toBe("2.5%");
    expect(formatAmount(NaN, "%")).toBe("—");
  });

  it("formatAmount(value, unit, { digits, maxDigits }) sets the decimals in the chosen scale", () => {
    expect(formatAmount(1247000000, "元", { digits: 1 })).toBe("12.5亿元");
    expect(formatAmount(1240000000, "元", { digits: 2 })).toBe("12.40亿元");
    expect(formatAmount(1247000000, "元", { maxDigits: 0 })).toBe("12亿元");
    expect(formatAmount(1.2e16, "元", { grouping: true })).toBe("12,000万亿元");
  });

  it("formatAmount(value, unit, { locale: 'en' }) writes million/billion/trillion with the currency code", () => {
    const en = { locale: "en" } as const;
    expect(formatAmount(26100000, "美元", en)).toBe("USD 26.1 million");
    expect(formatAmount(1247000000, "元", en)).toBe("CNY 1.25 billion");
    expect(formatAmount(1.2e12, "元", en)).toBe("CNY 1.2 trillion");
    expect(formatAmount(5000, "元", en)).toBe("CNY 5,000");
    expect(formatAmount(999999, "元", en)).toBe("CNY 999,999");
    expect(formatAmount(999999.999, "元", en)).toBe("CNY 1 million");
    expect(formatAmount(-26100000, "美元", en)).toBe("USD -26.1 million");
    expect(formatAmount(2610, "万美元", en)).toBe("USD 26.1 million");
    expect(formatAmount(1247000000, "元", { locale: "en", compactDisplay: "short" })).toBe("CNY 1.25 bn");
  });

  it("formatAmount(value, unit, { locale: 'en' }) uses the English name for other units", () => {
    expect(formatAmount(12345, "人", { locale: "en" })).toBe("12,345 people");
    expect(formatAmount(26100000, "人", { locale: "en" })).toBe("26.1 million people");
    expect(formatAmount(1841, "亩", { locale: "en" })).toBe("1,841 mu");
    expect(formatAmount(3.5, "万人", { locale: "en" })).toBe("35,000 people");
  });

  it("formatAmount(value, unit) and formatCompact(value) agree on the Chinese scale", () => {
    for (const v of [5000, 12345, 26100000, 99999999, 1247000000, 1.2e12, -26100000]) {
      expect(formatAmount(v, "元")).toBe(`${formatCompact(v)}元`);
    }
  });

  it("formatAmount(NaN, unit) and other non-finite amounts give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(formatAmount(v, "元")).toBe("—");
      expect(formatAmount(v, "元", { locale: "en" })).toBe("—");
    }
    expect(formatAmount(Infinity, "元", { missing: "–" })).toBe("–");
  });

  it("formatAmount(value, unit, options) rejects bad options and unknown units", () => {
    expect(() => formatAmount(1, "元", { locale: "zh" as "en" })).toThrow(/formatAmount: locale must be one of/);
    expect(() => formatAmount(1, "元", { compactDisplay: "narrow" as "long" })).toThrow(TypeError);
    expect(() => formatAmount(1, "元", { digits: 25 })).toThrow(RangeError);
    expect(() => formatAmount(1, "銀両")).toThrow(DuibiaoError);
  });
});
