import { describe, expect, it } from "vitest";
import { contribution, growthRate } from "../../src/growth/index.js";

describe("contribution", () => {
  it("contribution(componentChange, totalBase) is the percentage-point pull as a fraction", () => {
    // a component up 5 on a total of 200 a year earlier: 5 / 200 = 0.025 = 2.5 个百分点
    expect(contribution(5, 200)).toBe(0.025);
    // a component down 3: −3 / 200 = −0.015, it drags the total down 1.5 points
    expect(contribution(-3, 200)).toBe(-0.015);
    expect(contribution(0, 200)).toBe(0);
  });

  it("contribution(change, base) of all components adds up to the growth of the total", () => {
    // total 200 = A 120 + B 80 → 210 = A 126 + B 84: A pulls 6/200 = 0.03, B 4/200 = 0.02,
    // together 0.05 = (210 − 200) / 200
    expect(contribution(6, 200) + contribution(4, 200)).toBeCloseTo(growthRate(210, 200), 15);
  });

  it("contribution(change, 0) and contribution(change, negative) are NaN", () => {
    expect(contribution(5, 0)).toBeNaN();
    expect(contribution(5, -200)).toBeNaN();
  });

  it("contribution(change, base) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(contribution(bad, 200), String(bad)).toBeNaN();
      expect(contribution(5, bad), String(bad)).toBeNaN();
    }
  });
});
