import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { averageGrowth, cagr, growthRate } from "../../src/growth/index.js";

describe("averageGrowth", () => {
  it("averageGrowth([g1, g2]) is the two-year average growth √((1+g₁)(1+g₂)) − 1", () => {
    // √(1.21 · 1) − 1 = 1.1 − 1 = 0.1
    expect(averageGrowth([0.21, 0])).toBeCloseTo(0.1, 12);
    // 2.3 % then 8.1 %: 1.023 · 1.081 = 1.105863, √1.105863 = 1.0516002092… → 0.0516002092
    expect(averageGrowth([0.023, 0.081])).toBeCloseTo(0.0516002092, 9);
    // a fall and a rise that cancel: √(0.8 · 1.25) − 1 = √1 − 1 = 0
    expect(averageGrowth([-0.2, 0.25])).toBeCloseTo(0, 12);
  });

  it("averageGrowth(rates) is the n-th root of the product of growth factors", () => {
    // (1.1 · 1.1 · 1.1)^(1/3) − 1 = 0.1
    expect(averageGrowth([0.1, 0.1, 0.1])).toBeCloseTo(0.1, 12);
    // one rate: (1 + 0.073)^(1/1) − 1 = 0.073
    expect(averageGrowth([0.073])).toBeCloseTo(0.073, 12);
    // (2 · 0.5 · 1 · 1)^(1/4) − 1 = 1 − 1 = 0
    expect(averageGrowth([1, -0.5, 0, 0])).toBeCloseTo(0, 12);
  });

  it("averageGrowth(Float64Array) reads a typed array", () => {
    // (1.44 · 1)^(1/2) − 1 = 1.2 − 1 = 0.2
    expect(averageGrowth(Float64Array.of(0.44, 0))).toBeCloseTo(0.2, 12);
  });

  it("averageGrowth(data, { value }) reads rates with an accessor (d, i, data)", () => {
    const data = Object.freeze([
      Object.freeze({ year: 2017, growth: 0.21 }),
      Object.freeze({ year: 2018, growth: 0 }),
    ]);
    const calls: [number, number, unknown][] = [];
    const avg = averageGrowth(data, {
      value: (d, i, all) => {
        calls.push([d.year, i, all]);
        return d.growth;
      },
    });
    // √(1.21 · 1) − 1 = 0.1
    expect(avg).toBeCloseTo(0.1, 12);
    expect(calls).toEqual([
      [2017, 0, data],
      [2018, 1, data],
    ]);
  });

  it("averageGrowth([]) is NaN", () => {
    expect(averageGrowth([])).toBeNaN();
    expect(averageGrowth(new Float64Array(0))).toBeNaN();
  });

  it("averageGrowth(rates) is NaN when a rate is missing: a series with a gap has no average", () => {
    expect(averageGrowth([0.1, null])).toBeNaN();
    expect(averageGrowth([undefined, 0.1])).toBeNaN();
    expect(averageGrowth([0.1, NaN, 0.1])).toBeNaN();
    expect(averageGrowth([null, null])).toBeNaN();
    expect(averageGrowth([{ g: 0.1 }, { g: null }], { value: (d) => d.g })).toBeNaN();
  });

  it("averageGrowth(rates) is NaN when a rate is not finite", () => {
    expect(averageGrowth([0.1, Infinity])).toBeNaN();
    expect(averageGrowth([-Infinity, 0.1])).toBeNaN();
  });

  it("averageGrowth(rates) is NaN when some 1 + r < 0", () => {
    // 1 + (−1.5) = −0.5 < 0: √(−0.5 · 1.2) is undefined
    expect(averageGrowth([-1.5, 0.2])).toBeNaN();
    // even with an odd count: no root of a negative product is taken
    expect(averageGrowth([-1.5, -1.5, 0.2])).toBeNaN();
    // a factor below zero wins over a factor of exactly zero
    expect(averageGrowth([-1, -1.5])).toBeNaN();
  });

  it("averageGrowth(rates) is −1 when some 1 + r = 0", () => {
    // (0 · 1.5)^(1/2) − 1 = 0 − 1
    expect(averageGrowth([-1, 0.5])).toBe(-1);
    expect(averageGrowth([0.5, -1, 0.2])).toBe(-1);
    // …but a gap elsewhere still makes it NaN
    expect(averageGrowth([-1, null])).toBeNaN();
  });

  it("averageGrowth(rates) survives a product that over- or underflows", () => {
    // 400 factors of 1e10: the product 1e4000 overflows; the mean of logs does not: 1e10 − 1
    const big = averageGrowth(new Array(400).fill(1e10 - 1));
    expect(Math.abs(big - (1e10 - 1)) / 1e10).toBeLessThan(1e-9);
    // 400 factors of 1e−10: the product 1e−4000 underflows to 0; the result is 1e−10 − 1
    const small = averageGrowth(new Array(400).fill(1e-10 - 1));
    expect(small).toBeCloseTo(1e-10 - 1, 15);
    expect(small).toBeGreaterThan(-1);
  });

  it("averageGrowth(rates) does not mutate the input", () => {
    const rates = Object.freeze([0.21, 0]);
    expect(averageGrowth(rates)).toBeCloseTo(0.1, 12);
    expect(rates).toEqual([0.21, 0]);
  });

  it("averageGrowth(rates) coerces each value once", () => {
    let calls = 0;
    const once = (x: number) => ({
      valueOf() {
        calls++;
        return x;
      },
    });
    // √(1.21 · 1) − 1 = 0.1
    expect(averageGrowth([once(0.21), once(0)])).toBeCloseTo(0.1, 12);
    expect(calls).toBe(2);
  });

  it("averageGrowth(rates, { value }) rejects an accessor that is not a function", () => {
    expect(() => averageGrowth([0.1], { value: "growth" as never })).toThrow(/averageGrowth: value must be a function; got "growth"/);
  });

  it("averageGrowth(growthRate(xᵢ, xᵢ₋₁)) equals cagr(x₀, xₙ, n) for a positive series", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 2, maxLength: 30 }), (xs) => {
        const rates = xs.slice(1).map((x, i) => growthRate(x, xs[i]));
        const n = xs.length - 1;
        const expected = cagr(xs[0], xs[n], n);
        // relative tolerance on the growth factors 1 + r; levels within a 1000-fold range, as KPI
        // series are (a rate near −100 % keeps only the absolute precision of the rate)
        expect(Math.abs(averageGrowth(rates) - expected)).toBeLessThanOrEqual(1e-9 * (1 + expected));
      }),
    );
  });
});
