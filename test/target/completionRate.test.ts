import { describe, expect, it } from "vitest";
import { completionRate } from "../../src/target/index.js";

describe("completionRate", () => {
  it("completionRate(actual, target) is actual / target", () => {
    // the seed: 完成年度计划的60.7%: 60.7 / 100 = 0.607
    expect(completionRate(60.7, 100)).toBeCloseTo(0.607, 15);
    // 79 projects started out of a plan of 100: 0.79
    expect(completionRate(79, 100)).toBe(0.79);
    // target exceeded: 12 / 10 = 1.2
    expect(completionRate(12, 10)).toBe(1.2);
    expect(completionRate(0, 10)).toBe(0);
  });

  it("completionRate(negative, target) is negative", () => {
    // a loss of 2 against a profit target of 10: −2 / 10 = −0.2
    expect(completionRate(-2, 10)).toBe(-0.2);
  });

  it("completionRate(actual, 0) and completionRate(actual, negative) are NaN", () => {
    expect(completionRate(5, 0)).toBeNaN();
    expect(completionRate(0, 0)).toBeNaN();
    expect(completionRate(5, -10)).toBeNaN();
  });

  it("completionRate(actual, target) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(completionRate(bad, 100), String(bad)).toBeNaN();
      expect(completionRate(60, bad), String(bad)).toBeNaN();
    }
  });
});
