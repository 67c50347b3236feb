import fc from "fast-check";
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

  // Below 万 (zh) and K (en) formatCompact writes the number itself without calling Intl: the two must agree.
  it("formatCompact(value) below the first unit equals Intl's compact notation, for any decimals", () => {
    const intl = (v: number, locale: "zh-CN" | "en", min: number, max: number) =>
      new Intl.NumberFormat(locale, { notation: "compact", minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: locale === "en", signDisplay: "negative" } as Record<string, unknown> as Intl.NumberFormatOptions).format(v);
    const ties = [0.005, 0.015, 0.025, 0.125, 0.375, 1.005, 1.115, 2.675, 4.35, 9998.995, 998.995, 0.0049, -0.0049, -0.005, -1.115, -0, 0, 999, 998.9999, 9998.9999, 1000, 9999];
    for (const locale of ["zh-CN", "en"] as const)
      for (const v of ties)
        for (const [min, max] of [[0, 0], [0, 1], [0, 2], [0, 3], [2, 2], [1, 3]]) {
          const opts = min === max ? { digits: max, locale } : min === 0 ? { maxDigits: max, locale } : null;
          if (opts) expect(formatCompact(v, opts), `${locale} ${v} ${min}-${max}`).toBe(intl(v, locale, min, max));
        }
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -10000, max: 10000, noNaN: true }), fc.integer({ min: -1000000, max: 1000000 }).map((k) => k / 1000)), fc.constantFrom("zh-CN" as const, "en" as const), fc.integer({ min: 0, max: 4 }), fc.boolean(), (v, locale, d, fixed) => {
        expect(formatCompact(v, fixed ? { digits: d, locale } : { maxDigits: d, locale })).toBe(intl(v, locale, fixed ? d : 0, d));
      }),
      { numRuns: 3000 },
    );
  });
});
