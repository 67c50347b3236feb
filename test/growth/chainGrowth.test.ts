import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainGrowth, growthRate } from "../../src/growth/index.js";

describe("chainGrowth", () => {
  it("chainGrowth(rates) is Π(1 + rᵢ) − 1", () => {
    // 1.1 · 1.1 − 1 = 1.21 − 1 = 0.21
    expect(chainGrowth([0.1, 0.1])).toBeCloseTo(0.21, 12);
    // 1.5 · 0.8 − 1 = 1.2 − 1 = 0.2
    expect(chainGrowth([0.5, -0.2])).toBeCloseTo(0.2, 12);
    // 1.1 · 0.9 · 1.2 − 1 = 0.99 · 1.2 − 1 = 1.188 − 1 = 0.188
    expect(chainGrowth([0.1, -0.1, 0.2])).toBeCloseTo(0.188, 12);
    // one rate is itself: 1.073 − 1
    expect(chainGrowth([0.073])).toBeCloseTo(0.073, 12);
  });

  it("chainGrowth([]) is 0, the empty product: no periods, no growth", () => {
    expect(chainGrowth([])).toBe(0);
    expect(chainGrowth(new Float64Array(0))).toBe(0);
  });

  it("chainGrowth(rates) with a rate of −100 % is −100 %", () => {
    // 1.5 · 0 · 2 − 1 = −1
    expect(chainGrowth([0.5, -1, 1])).toBe(-1);
  });

  it("chainGrowth(rates) multiplies a rate below −100 % in as it is", () => {
    // 100 → 110 → −55: rates 0.1 and −1.5; 1.1 · (−0.5) − 1 = −0.55 − 1 = −1.55 = (−55 − 100) / 100
    expect(chainGrowth([0.1, -1.5])).toBeCloseTo(-1.55, 12);
  });

  it("chainGrowth(rates) is NaN when a rate is missing or not finite", () => {
    expect(chainGrowth([0.1, undefined])).toBeNaN();
    expect(chainGrowth([null, 0.1])).toBeNaN();
    expect(chainGrowth([0.1, NaN])).toBeNaN();
    expect(chainGrowth([null])).toBeNaN();
    expect(chainGrowth([0.1, Infinity])).toBeNaN();
    expect(chainGrowth([-Infinity])).toBeNaN();
  });

  it("chainGrowth(data, { value }) reads rates with an accessor (d, i, data)", () => {
    const data = Object.freeze([
      Object.freeze({ month: 6, mom: 0.1 }),
      Object.freeze({ month: 7, mom: 0.1 }),
    ]);
    const seen: number[] = [];
    // 1.1 · 1.1 − 1 = 0.21
    expect(
      chainGrowth(data, {
        value: (d, i, all) => {
          seen.push(i);
          expect(all).toBe(data);
          return d.mom;
        },
      }),
    ).toBeCloseTo(0.21, 12);
    expect(seen).toEqual([0, 1]);
  });

  it("chainGrowth(Float64Array) reads a typed array without mutating it", () => {
    const rates = Float64Array.of(0.1, 0.1);
    // 1.1 · 1.1 − 1 = 0.21
    expect(chainGrowth(rates)).toBeCloseTo(0.21, 12);
    expect(Array.from(rates)).toEqual([0.1, 0.1]);
  });

  it("chainGrowth(rates) does not mutate the input", () => {
    const rates = Object.freeze([0.1, 0.1]);
    expect(chainGrowth(rates)).toBeCloseTo(0.21, 12);
    expect(rates).toEqual([0.1, 0.1]);
  });

  it("chainGrowth(rates) coerces each value once", () => {
    let calls = 0;
    const once = (x: number) => ({
      valueOf() {
        calls++;
        return x;
      },
    });
    expect(chainGrowth([once(0.1), once(0.1), once(0)])).toBeCloseTo(0.21, 12);
    expect(calls).toBe(3);
  });

  it("chainGrowth(rates, { value }) rejects an accessor that is not a function", () => {
    expect(() => chainGrowth([0.1], { value: 1 as never })).toThrow(TypeError);
  });

  it("chainGrowth(growthRate(xᵢ, xᵢ₋₁)) equals growthRate(xₙ, x₀) for a positive series", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 1, maxLength: 30 }), (xs) => {
        const rates = xs.slice(1).map((x, i) => growthRate(x, xs[i]));
        const whole = growthRate(xs[xs.length - 1], xs[0]);
        // relative tolerance on the growth factors 1 + r; levels within a 1000-fold range, as KPI
        // series are (a rate near −100 % keeps only the absolute precision of the rate) (one value: no periods, 0 = 0)
        expect(Math.abs(chainGrowth(rates) - whole)).toBeLessThanOrEqual(1e-9 * (1 + whole));
      }),
    );
  });
});
