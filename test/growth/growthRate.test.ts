import { describe, expect, it } from "vitest";
import { growthRate } from "../../src/growth/index.js";

describe("growthRate", () => {
  it("growthRate(current, base) is (current − base) / base", () => {
    // (107.3 − 100) / 100 = 0.073: the seed's 规模以上工业增加值增长7.3%
    expect(growthRate(107.3, 100)).toBeCloseTo(0.073, 12);
    // (90 − 120) / 120 = −30 / 120 = −0.25
    expect(growthRate(90, 120)).toBe(-0.25);
    // (100 − 100) / 100 = 0
    expect(growthRate(100, 100)).toBe(0);
    // (0 − 50) / 50 = −1: the level fell to nothing
    expect(growthRate(0, 50)).toBe(-1);
  });

  it("growthRate(negative, base) goes below −100 %", () => {
    // (−20 − 40) / 40 = −60 / 40 = −1.5
    expect(growthRate(-20, 40)).toBe(-1.5);
  });

  it("growthRate(current, 0) and growthRate(current, negative) are NaN", () => {
    expect(growthRate(5, 0)).toBeNaN();
    expect(growthRate(0, 0)).toBeNaN();
    expect(growthRate(5, -0)).toBeNaN();
    expect(growthRate(5, -10)).toBeNaN();
    expect(growthRate(-5, -10)).toBeNaN();
  });

  it("growthRate(current, base) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(growthRate(bad, 100), String(bad)).toBeNaN();
      expect(growthRate(100, bad), String(bad)).toBeNaN();
    }
    // a numeric string is not a number: no silent coercion
    expect(growthRate("110" as unknown as number, 100)).toBeNaN();
  });
});
