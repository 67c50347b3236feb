import { describe, expect, it } from "vitest";
import { formatChange } from "../../src/narrative/index.js";

describe("formatChange", () => {
  it("formatChange(rate) writes 增长 / 下降 / 持平", () => {
    expect(formatChange(0.073)).toBe("增长7.3%");
    expect(formatChange(-0.021)).toBe("下降2.1%");
    expect(formatChange(0)).toBe("持平");
    expect(formatChange(-0)).toBe("持平");
    expect(formatChange(0.0735)).toBe("增长7.4%");
    expect(formatChange(-0.0725)).toBe("下降7.3%");
  });

  it("formatChange(rate) reads the direction from the rounded figure", () => {
    expect(formatChange(0.0004)).toBe("持平");
    expect(formatChange(-0.0004)).toBe("持平");
    expect(formatChange(-0.0005)).toBe("下降0.1%");
    expect(formatChange(0.004, { maxDigits: 0 })).toBe("持平");
    expect(formatChange(0.005, { maxDigits: 0 })).toBe("增长1%");
  });

  it("formatChange(rate, { locale: 'en' }) writes up / down / flat", () => {
    expect(formatChange(0.073, { locale: "en" })).toBe("up 7.3%");
    expect(formatChange(-0.021, { locale: "en" })).toBe("down 2.1%");
    expect(formatChange(0, { locale: "en" })).toBe("flat");
  });

  it("formatChange(rate, { digits, words }) fixes decimals and changes the words", () => {
    expect(formatChange(0.07, { digits: 1 })).toBe("增长7.0%");
    expect(formatChange(0.139, { words: { up: "增加" } })).toBe("增加13.9%");
    expect(formatChange(-0.02, { words: { down: "减少" } })).toBe("减少2%");
    expect(formatChange(0, { words: { flat: "与上年持平" } })).toBe("与上年持平");
    expect(formatChange(0.02, { locale: "en", words: { up: "rose" } })).toBe("rose 2%");
  });

  it("formatChange(NaN) and other non-finite rates give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(formatChange(v)).toBe("—");
    expect(formatChange(NaN, { locale: "en", missing: "n/a" })).toBe("n/a");
  });

  it("formatChange(rate, options) rejects bad options", () => {
    expect(() => formatChange(0.1, { locale: "EN" as "en" })).toThrow(TypeError);
    expect(() => formatChange(0.1, { words: "增加" as never })).toThrow(/formatChange: words must be an object of strings/);
    expect(() => formatChange(0.1, { words: { up: 1 as unknown as string } })).toThrow(/formatChange: words.up must be a string; got 1/);
    expect(() => formatChange(0.1, { maxDigits: 2.5 })).toThrow(RangeError);
  });
});
