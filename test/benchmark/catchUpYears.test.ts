import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchUpYears, requiredGrowth } from "../../src/benchmark/index.js";

describe("catchUpYears", () => {
  it("catchUpYears(follower, leader, gFollower, gLeader) is ln(leader/follower) / ln((1+gF)/(1+gL))", () => {
    // the worked example: 100 growing 10 %, leader 200 growing 5 %
    // ln(200/100) / ln(1.1/1.05) = 0.693147… / 0.046520… = 14.8999…
    expect(catchUpYears(100, 200, 0.1, 0.05)).toBeCloseTo(Math.log(2) / Math.log(1.1 / 1.05), 12);
    expect(catchUpYears(100, 200, 0.1, 0.05)).toBeCloseTo(14.8999773775, 9);
    // a standing leader: 100 · 1.1^t = 121 → t = ln 1.21 / ln 1.1 = 2
    expect(catchUpYears(100, 121, 0.1, 0)).toBeCloseTo(2, 12);
    // 100 · 1.21^t = 146.41 · 1.1^t → (1.21/1.1)^t = 1.1^t = 1.4641 = 1.1^4 → t = 4
    expect(catchUpYears(100, 146.41, 0.21, 0.1)).toBeCloseTo(4, 12);
  });

  it("catchUpYears(follower, leader, gFollower, gLeader) accepts fractional results", () => {
    // 100 · 1.21^t = 110 · 1^t → t = ln 1.1 / ln 1.21 = ln 1.1 / (2 ln 1.1) = 0.5
    expect(catchUpYears(100, 110, 0.21, 0)).toBeCloseTo(0.5, 12);
  });

  it("catchUpYears(follower, leader, gFollower, gLeader) works with negative growth", () => {
    // the leader shrinks 10 %, the follower stands still: (1+0)/(1−0.1) = 1/0.9
    // 81 · 1^t = 100 · 0.9^t → 0.9^t = 0.81 → t = 2
    expect(catchUpYears(81, 100, 0, -0.1)).toBeCloseTo(2, 12);
    // both shrink, the follower less: (0.95/0.9)^t = 2 → t = ln 2 / ln(0.95/0.9) = 12.8…
    expect(catchUpYears(50, 100, -0.05, -0.1)).toBeCloseTo(Math.log(2) / Math.log(0.95 / 0.9), 12);
    // the follower shrinks faster than the leader: never
    expect(catchUpYears(50, 100, -0.1, -0.05)).toBe(Infinity);
  });

  it("catchUpYears(follower, leader, …) is 0 when the follower is level or ahead", () => {
    expect(catchUpYears(200, 200, 0.1, 0.05)).toBe(0); // level
    expect(catchUpYears(200, 200, 0, 0.5)).toBe(0); // level, even if the leader grows faster
    expect(catchUpYears(250, 200, 0.01, 0.3)).toBe(0); // ahead, whatever the rates
  });

  it("catchUpYears(follower, leader, gFollower, gLeader) is Infinity when the follower is behind and never catches up", () => {
    expect(catchUpYears(100, 200, 0.05, 0.05)).toBe(Infinity); // equal growth: the ratio stays 1/2
    expect(catchUpYears(100, 200, 0.03, 0.05)).toBe(Infinity); // slower
    expect(catchUpYears(100, 200, 0, 0)).toBe(Infinity);
  });

  it("catchUpYears(follower, leader, …) is NaN when a level is 0 or negative", () => {
    expect(catchUpYears(0, 200, 0.1, 0.05)).toBeNaN();
    expect(catchUpYears(-100, 200, 0.1, 0.05)).toBeNaN();
    expect(catchUpYears(100, 0, 0.1, 0.05)).toBeNaN();
    expect(catchUpYears(100, -200, 0.1, 0.05)).toBeNaN();
  });

  it("catchUpYears(…, gFollower, gLeader) is NaN when a growth rate is −1 or below", () => {
    expect(catchUpYears(100, 200, -1, 0.05)).toBeNaN();
    expect(catchUpYears(100, 200, 0.1, -1)).toBeNaN();
    expect(catchUpYears(100, 200, 0.1, -1.5)).toBeNaN();
    expect(catchUpYears(300, 200, -1, 0.05)).toBeNaN(); // NaN wins over "already ahead"
  });

  it("catchUpYears(…) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(catchUpYears(bad, 200, 0.1, 0.05), String(bad)).toBeNaN();
      expect(catchUpYears(100, bad, 0.1, 0.05), String(bad)).toBeNaN();
      expect(catchUpYears(100, 200, bad, 0.05), String(bad)).toBeNaN();
      expect(catchUpYears(100, 200, 0.1, bad), String(bad)).toBeNaN();
    }
  });

  it("catchUpYears(…) keeps its precision when the two rates are close", () => {
    // ln 2 / ln(1.0500001/1.05) = ln 2 / log1p(1e-7/1.05) ≈ 0.693147 · 1.05e7
    const t = catchUpYears(100, 200, 0.0500001, 0.05);
    expect(t / (Math.log(2) / Math.log1p(1e-7 / 1.05))).toBeCloseTo(1, 9);
  });

  it("catchUpYears(f, l, requiredGrowth(f, l, gL, y), gL) is y when f < l", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 30, noNaN: true }),
        (f, d, gL, y) => {
          const l = f * (1 + d);
          fc.pre(f < l);
          const g = requiredGrowth(f, l, gL, y);
          const t = catchUpYears(f, l, g, gL);
          expect(Math.abs(t - y) / y).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
