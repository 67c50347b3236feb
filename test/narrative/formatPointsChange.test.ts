import { describe, expect, it } from "vitest";
import { formatPointsChange } from "../../src/narrative/index.js";

describe("formatPointsChange", () => {
  it("formatPointsChange(diff) writes 提高 / 回落 / 持平", () => {
    expect(formatPointsChange(0.024)).toBe("提高2.4个百分点");
    expect(formatPointsChange(-0.011)).toBe("回落1.1个百分点");
    expect(formatPointsChange(0)).toBe("持平");
    expect(formatPointsChange(0.607 - 7 / 12)).toBe("提高2.4个百分点");
  });

  it("formatPointsChange(diff) reads the direction from the rounded figure", () => {
    expect(formatPointsChange(0.0004)).toBe("持平");
    expect(formatPointsChange(-0.0004)).toBe("持平");
    expect(formatPointsChange(-0.0005)).toBe("回落0.1个百分点");
  });

  it("formatPointsChange(diff, { locale: 'en' }) writes up / down / flat with pp", () => {
    expect(formatPointsChange(0.024, { locale: "en" })).toBe("up 2.4 pp");
    expect(formatPointsChange(-0.011, { locale: "en" })).toBe("down 1.1 pp");
    expect(formatPointsChange(0, { locale: "en" })).toBe("flat");
  });

  it("formatPointsChange(diff, { words, digits }) changes the words and decimals", () => {
    expect(formatPointsChange(-0.011, { words: { down: "下降" } })).toBe("下降1.1个百分点");
    expect(formatPointsChange(0.024, { words: { up: "快于序时进度" } })).toBe("快于序时进度2.4个百分点");
    expect(formatPointsChange(0.02, { digits: 1 })).toBe("提高2.0个百分点");
  });

  it("formatPointsChange(NaN) and other non-finite differences give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(formatPointsChange(v)).toBe("—");
  });

  it("formatPointsChange(diff, options) rejects bad options", () => {
    expect(() => formatPointsChange(0.1, { locale: "fr" as "en" })).toThrow(TypeError);
    expect(() => formatPointsChange(0.1, { words: { flat: null as unknown as string } })).toThrow(TypeError);
  });
});
