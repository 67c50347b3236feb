import { describe, expect, it } from "vitest";
import { formatCompact } from "../../src/narrative/index.js";

describe("formatCompact", () => {
  it("formatCompact(value) uses 万, 亿 and 万亿 with at most 2 decimals", () => {
    expect(formatCompact(26100000)).toBe("2610万");
    expect(formatCompact(1247000000)).toBe("12.47亿");
    expect(formatCompact(1.2e12)).toBe("1.2万亿");
    expect(formatCompact(5000)).toBe("5000");
    expect(formatCompact(12345)).toBe("1.23万");
    expect(formatCompact(99999999)).toBe("1亿");
    expect(formatCompact(0)).toBe("0");
    expect(formatCompact(-26100000)).toBe("-2610万");
    expect(formatCompact(-0.004)).toBe("0");
    expect(formatCompact(0.5)).toBe("0.5");
  });

  it("formatCompact(value, { locale: 'en' }) uses K, M, B and T", () => {
    expect(formatCompact(26100000, { locale: "en" })).toBe("26.1M");
    expect(formatCompact(1247000000, { locale: "en" })).toBe("1.25B");
    expect(formatCompact(5000, { locale: "en" })).toBe("5K");
    expect(formatCompact(1.2e12, { locale: "en" })).toBe("1.2T");
    expect(formatCompact(26100000, { locale: "en", compactDisplay: "long" })).toBe("26.1 million");
    expect(formatCompact(26100000, { compactDisplay: "long" })).toBe("2610万");
  });

  it("formatCompact(value, { digits, maxDigits }) sets the decimals", () => {
    expect(formatCompact(1247000000, { maxDigits: 1 })).toBe("12.5亿");
    expect(formatCompact(1240000000, { digits: 2 })).toBe("12.40亿");
    expect(formatCompact(1247000000, { digits: 0 })).toBe("12亿");
  });

  it("formatCompact(NaN) and other non-finite values give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(formatCompact(v)).toBe("—");
    expect(formatCompact(NaN, { missing: "" })).toBe("");
  });

  it("formatCompact(value, options) rejects bad options", () => {
    expect(() => formatCompact(1, { locale: "de" as "en" })).toThrow(TypeError);
    expect(() => formatCompact(1, { compactDisplay: "x" as "long" })).toThrow(TypeError);
    expect(() => formatCompact(1, { maxDigits: -2 })).toThrow(RangeError);
  });
});
