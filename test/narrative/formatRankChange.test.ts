import { describe, expect, it } from "vitest";
import { formatRankChange } from "../../src/narrative/index.js";

describe("formatRankChange", () => {
  it("formatRankChange(from, to) writes 前进 / 后退 / 位次不变 (a smaller rank is better)", () => {
    expect(formatRankChange(5, 3)).toBe("前进2位");
    expect(formatRankChange(3, 5)).toBe("后退2位");
    expect(formatRankChange(4, 4)).toBe("位次不变");
    expect(formatRankChange(12, 1)).toBe("前进11位");
  });

  it("formatRankChange(from, to, { locale: 'en' }) writes up / down n place(s) / unchanged", () => {
    expect(formatRankChange(5, 3, { locale: "en" })).toBe("up 2 places");
    expect(formatRankChange(3, 5, { locale: "en" })).toBe("down 2 places");
    expect(formatRankChange(4, 3, { locale: "en" })).toBe("up 1 place");
    expect(formatRankChange(3, 4, { locale: "en" })).toBe("down 1 place");
    expect(formatRankChange(4, 4, { locale: "en" })).toBe("unchanged");
  });

  it("formatRankChange(from, to) handles average ranks", () => {
    expect(formatRankChange(3, 2.5)).toBe("前进0.5位");
    expect(formatRankChange(2.5, 2.5)).toBe("位次不变");
    expect(formatRankChange(2.5, 4, { locale: "en" })).toBe("down 1.5 places");
  });

  it("formatRankChange(from, to, { words }) changes the words", () => {
    expect(formatRankChange(5, 3, { words: { up: "进位" } })).toBe("进位2位");
    expect(formatRankChange(3, 5, { words: { down: "退位" } })).toBe("退位2位");
    expect(formatRankChange(3, 3, { words: { same: "持平" } })).toBe("持平");
  });

  it("formatRankChange(NaN, to) and other missing ranks give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined]) {
      expect(formatRankChange(v, 3)).toBe("—");
      expect(formatRankChange(3, v)).toBe("—");
    }
    expect(formatRankChange(NaN, NaN, { missing: "" })).toBe("");
  });

  it("formatRankChange(from, to, options) rejects bad options", () => {
    expect(() => formatRankChange(1, 2, { locale: "fr" as "en" })).toThrow(TypeError);
    expect(() => formatRankChange(1, 2, { words: [] as never })).toThrow(TypeError);
  });
});
