import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requiredGrowth } from "../../src/benchmark/index.js";

describe("requiredGrowth", () => {
  it("requiredGrowth(follower, leader, gLeader, years) is (leader/follower)^(1/years) · (1+gL) − 1", () => {
    // a standing leader: (121/100)^(1/2) · 1 − 1 = 1.1 − 1 = 0.1
    expect(requiredGrowth(100, 121, 0, 2)).toBeCloseTo(0.1, 12);
    // (200/100)^(1/10) · 1.05 − 1 = 1.071773… · 1.05 − 1 = 0.125362…
    expect(requiredGrowth(100, 200, 0.05, 10)).toBeCloseTo(Math.pow(2, 0.1) * 1.05 - 1, 12);
    expect(requiredGrowth(100, 200, 0.05, 10)).toBeCloseTo(0.1253621357, 9);
    // (146.41/100)^(1/4) · 1.1 − 1 = 1.1 · 1.1 − 1 = 0.21
    expect(requiredGrowth(100, 146.41, 0.1, 4)).toBeCloseTo(0.21, 12);
  });

  it("requiredGrowth(…, years) accepts a fractional number of years", () => {
    // (110/100)^(1/0.5) · 1 − 1 = 1.21 − 1 = 0.21
    expect(requiredGrowth(100, 110, 0, 0.5)).toBeCloseTo(0.21, 12);
  });

  it("requiredGrowth(follower, leader, gLeader, years) is gLeader when the two are level", () => {
    // (150/150)^(1/3) · 1.07 − 1 = 0.07
    expect(requiredGrowth(150, 150, 0.07, 3)).toBeCloseTo(0.07, 12);
  });

  it("requiredGrowth(follower, leader, …) is below gLeader when the follower is ahead", () => {
    // (100/200)^(1/1) · 1.05 − 1 = 0.525 − 1 = −0.475: the follower may shrink 47.5 % and still be level in a year
    expect(requiredGrowth(200, 100, 0.05, 1)).toBeCloseTo(-0.475, 12);
    // (100/121)^(1/2) · 1 − 1 = 1/1.1 − 1 = −0.0909…
    expect(requiredGrowth(121, 100, 0, 2)).toBeCloseTo(1 / 1.1 - 1, 12);
  });

  it("requiredGrowth(…, gLeader, …) works with a shrinking leader", () => {
    // (200/100)^(1/1) · 0.9 − 1 = 1.8 − 1 = 0.8
    expect(requiredGrowth(100, 200, -0.1, 1)).toBeCloseTo(0.8, 12);
    // the "leader" is behind here: (81/100)^(1/2) · 0.9 − 1 = 0.9 · 0.9 − 1 = −0.19
    expect(requiredGrowth(100, 81, -0.1, 2)).toBeCloseTo(-0.19, 12);
  });

  it("requiredGrowth(follower, leader, gLeader, years) is NaN when a level ≤ 0, years ≤ 0 or gLeader ≤ −1", () => {
    expect(requiredGrowth(0, 200, 0.05, 10)).toBeNaN();
    expect(requiredGrowth(-100, 200, 0.05, 10)).toBeNaN();
    expect(requiredGrowth(100, 0, 0.05, 10)).toBeNaN();
    expect(requiredGrowth(100, -200, 0.05, 10)).toBeNaN();
    expect(requiredGrowth(100, 200, 0.05, 0)).toBeNaN();
    expect(requiredGrowth(100, 200, 0.05, -2)).toBeNaN();
    expect(requiredGrowth(100, 200, -1, 10)).toBeNaN();
    expect(requiredGrowth(100, 200, -2, 10)).toBeNaN();
  });

  it("requiredGrowth(…) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(requiredGrowth(bad, 200, 0.05, 10), String(bad)).toBeNaN();
      expect(requiredGrowth(100, bad, 0.05, 10), String(bad)).toBeNaN();
      expect(requiredGrowth(100, 200, bad, 10), String(bad)).toBeNaN();
      expect(requiredGrowth(100, 200, 0.05, bad), String(bad)).toBeNaN();
    }
  });

  it("requiredGrowth(f, l, gL, y): growing at it for y years from f draws level: f·(1+g)^y = l·(1+gL)^y", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 1, max: 30, noNaN: true }),
        (f, l, gL, y) => {
          const g = requiredGrowth(f, l, gL, y);
          const follower = f * Math.pow(1 + g, y);
          const leader = l * Math.pow(1 + gL, y);
          expect(Math.abs(follower - leader) / leader).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
