import { describe, expect, it } from "vitest";
import { formatPoints } from "../../src/narrative/index.js";

describe("formatPoints", () => {
  it("formatPoints(diff) writes percentage points with at most 1 decimal", () => {
    expect(formatPoints(0.024)).toBe("2.4个百分点");
    expect(formatPoints(-0.011)).toBe("-1.1个百分点");
    expect(formatPoints(0.02)).toBe("2个百分点");
    expect(formatPoints(0)).toBe("0个百分点");
    expect(formatPoints(0.024, { locale: "en" })).toBe("2.4 pp");
    expect(formatPoints(-0.011, { locale: "en" })).toBe("-1.1 pp");
  });

  it("formatPoints(diff) removes floating noise: 0.607 − 7/12 is 2.4 points", () => {
    expect(0.607 - 7 / 12).toBeCloseTo(0.023667, 6);
    expect(formatPoints(0.607 - 7 / 12)).toBe("2.4个百分点");
    expect(formatPoints(0.073 - 0.069)).toBe("0.4个百分点"); // 0.0040000000000000036
    expect(formatPoints(0.1 - 0.0755)).toBe("2.5个百分点"); // 0.024500000000000008
    expect(formatPoints(0.0025)).toBe("0.3个百分点"); // half away from zero
    expect(formatPoints(-0.0025)).toBe("-0.3个百分点");
  });

  it("formatPoints(diff, { sign: true }) writes + before a positive difference", () => {
    expect(formatPoints(0.024, { sign: true })).toBe("+2.4个百分点");
    expect(formatPoints(-0.011, { sign: true })).toBe("-1.1个百分点");
    expect(formatPoints(0, { sign: true })).toBe("0个百分点");
    expect(formatPoints(0.024, { locale: "en", sign: true })).toBe("+2.4 pp");
  });

  it("formatPoints(diff) never writes -0", () => {
    expect(formatPoints(-0.0004)).toBe("0个百分点");
    expect(formatPoints(-0)).toBe("0个百分点");
  });

  it("formatPoints(diff, { digits }) fixes the decimals", () => {
    expect(formatPoints(0.02, { digits: 1 })).toBe("2.0个百分点");
    expect(formatPoints(0.023667, { digits: 2 })).toBe("2.37个百分点");
  });

  it("formatPoints(NaN) and other non-finite differences give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(formatPoints(v)).toBe("—");
  });

  it("formatPoints(diff, options) rejects bad options", () => {
    expect(() => formatPoints(0.1, { locale: "ja" as "en" })).toThrow(TypeError);
    expect(() => formatPoints(0.1, { sign: "true" as unknown as boolean })).toThrow(TypeError);
    expect(() => formatPoints(0.1, { digits: 100 })).toThrow(RangeError);
  });
});
