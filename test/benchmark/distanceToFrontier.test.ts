import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceToFrontier } from "../../src/benchmark/index.js";

describe("distanceToFrontier", () => {
  it("distanceToFrontier(value, worst, frontier) is 100 · (value − worst) / (frontier − worst)", () => {
    // 100 · (75 − 50) / (150 − 50) = 100 · 25 / 100 = 25
    expect(distanceToFrontier(75, 50, 150)).toBe(25);
    // 100 · (120 − 50) / (150 − 50) = 70
    expect(distanceToFrontier(120, 50, 150)).toBe(70);
    // at the ends: 0 and 100
    expect(distanceToFrontier(50, 50, 150)).toBe(0);
    expect(distanceToFrontier(150, 50, 150)).toBe(100);
    // negative scales work: 100 · (−5 − (−10)) / (10 − (−10)) = 100 · 5 / 20 = 25
    expect(distanceToFrontier(-5, -10, 10)).toBe(25);
  });

  it("distanceToFrontier(value, worst, frontier) clamps to [0, 100]", () => {
    expect(distanceToFrontier(200, 50, 150)).toBe(100); // beyond the frontier: 150 → 100
    expect(distanceToFrontier(30, 50, 150)).toBe(0); // beyond the worst: −20 → 0
  });

  it("distanceToFrontier(value, worst, frontier) scores lower-is-better when worst > frontier", () => {
    // days to get a permit, worst 40, frontier 10: 100 · (20 − 40) / (10 − 40) = 100 · −20 / −30 = 66.67
    expect(distanceToFrontier(20, 40, 10)).toBeCloseTo(200 / 3, 12);
    expect(distanceToFrontier(10, 40, 10)).toBe(100);
    expect(distanceToFrontier(5, 40, 10)).toBe(100); // better than the frontier
    expect(distanceToFrontier(50, 40, 10)).toBe(0); // worse than the worst
    // at the worst: 100 · 0 / −30 = −0, reported as 0
    expect(Object.is(distanceToFrontier(40, 40, 10), 0)).toBe(true);
  });

  it("distanceToFrontier(value, worst, frontier) is NaN when frontier === worst", () => {
    expect(distanceToFrontier(75, 50, 50)).toBeNaN();
    expect(distanceToFrontier(50, 50, 50)).toBeNaN();
  });

  it("distanceToFrontier(…) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(distanceToFrontier(bad, 50, 150), String(bad)).toBeNaN();
      expect(distanceToFrontier(75, bad, 150), String(bad)).toBeNaN();
      expect(distanceToFrontier(75, 50, bad), String(bad)).toBeNaN();
    }
  });

  it("distanceToFrontier(v, w, f) is in [0, 100] and 100 − distanceToFrontier(v, f, w)", () => {
    const x = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(x, x, x, (v, w, f) => {
        fc.pre(w !== f);
        const score = distanceToFrontier(v, w, f);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        // swapping the ends of the scale mirrors the score
        expect(Math.abs(score + distanceToFrontier(v, f, w) - 100)).toBeLessThan(1e-9);
      }),
    );
  });
});
