import { describe, expect, it } from "vitest";
import { formatRate } from "../../src/narrative/index.js";

describe("formatRate", () => {
  it("formatRate(rate) writes a fraction as a percentage with at most 1 decimal", () => {
    expect(formatRate(0.073)).toBe("7.3%");
    expect(formatRate(0.139)).toBe("13.9%");
    expect(formatRate(-0.021)).toBe("-2.1%");
    expect(formatRate(0.07)).toBe("7%");
    expect(formatRate(0)).toBe("0%");
    expect(formatRate(1)).toBe("100%");
    expect(formatRate(0.607)).toBe("60.7%");
  });

  it("formatRate(rate) rounds half away from zero on the printed decimal digits", () => {
    // 0.0725 and 0.0735 are stored as 0.07249999… and 0.07349999…; Intl rounds the shortest
    // decimal representation (the digits JS prints), so both round up.
    expect(formatRate(0.0725)).toBe("7.3%");
    expect(formatRate(0.0735)).toBe("7.4%");
    expect(formatRate(0.0745)).toBe("7.5%");
    expect(formatRate(-0.0735)).toBe("-7.4%");
    expect(formatRate(0.0005)).toBe("0.1%");
    expect(formatRate(0.00049)).toBe("0%");
    expect(formatRate(0.12345, { digits: 2 })).toBe("12.35%");
    expect(formatRate(0.0735, { maxDigits: 0 })).toBe("7%");
    expect(formatRate(0.075, { maxDigits: 0 })).toBe("8%");
  });

  it("formatRate(rate) never writes -0%", () => {
    expect(formatRate(-0)).toBe("0%");
    expect(formatRate(-0.0004)).toBe("0%");
    expect(formatRate(-0.0004, { sign: true })).toBe("0%");
  });

  it("formatRate(rate, { sign: true }) writes + before a positive rate", () => {
    expect(formatRate(0.073, { sign: true })).toBe("+7.3%");
    expect(formatRate(-0.021, { sign: true })).toBe("-2.1%");
    expect(formatRate(0, { sign: true })).toBe("0%");
    expect(formatRate(0.0004, { sign: true })).toBe("0%");
  });

  it("formatRate(rate, { digits }) keeps trailing zeros", () => {
    expect(formatRate(0.07, { digits: 1 })).toBe("7.0%");
    expect(formatRate(0.073, { digits: 2 })).toBe("7.30%");
    expect(formatRate(0, { digits: 1, sign: true })).toBe("0.0%");
  });

  it("formatRate(rate) groups very large percentages in en only", () => {
    expect(formatRate(15)).toBe("1500%");
    expect(formatRate(15, { locale: "en" })).toBe("1,500%");
    expect(formatRate(0.073, { locale: "en" })).toBe("7.3%");
    expect(formatRate(1e6)).toBe("100000000%");
  });

  it("formatRate(NaN) and other non-finite rates give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(formatRate(v)).toBe("—");
    expect(formatRate(NaN, { missing: "n/a" })).toBe("n/a");
  });

  it("formatRate(rate, options) rejects bad options", () => {
    expect(() => formatRate(0.1, { locale: "zh" as "en" })).toThrow(/formatRate: locale must be one of "zh-CN", "en"; got "zh"/);
    expect(() => formatRate(0.1, { sign: 1 as unknown as boolean })).toThrow(/formatRate: sign must be true or false; got 1/);
    expect(() => formatRate(0.1, { digits: "1" as unknown as number })).toThrow(RangeError);
  });
});
