import { scaleLinear as d3Linear } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaleLinear } from "../../src/charts/_scale.js";

// Domains as the charts make them: extents of data (any sign and size, sometimes equal ends), and
// ranges of pixels, either way round.
const end = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -200, max: 200 }), fc.constantFrom(0, 1, 0.1, 1e-7, -0.003));
const pixels = fc.double({ min: -2000, max: 4000, noNaN: true });
const count = fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined });

/** The values the charts map: the domain's ends, points inside and outside it, NaN. */
function probes(d0: number, d1: number): number[] {
  return [d0, d1, (d0 + d1) / 2, d0 + (d1 - d0) / 3, d1 + (d1 - d0), -d0, 0, 1, NaN];
}

/** Whether a float step fits the domain (see _scale.ts): a span under 1e308 and, unless 0, over 1e-300. */
function drawable(d0: number, d1: number): boolean {
  const span = Math.abs(d1 - d0);
  return span < Infinity && (span === 0 || span > 1e-300);
}

/** What f returns, or the class of what it throws. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return (e as Error).name;
  }
}

describe("scaleLinear", () => {
  it("scaleLinear().domain(d).range(r) maps every value as d3-scale's does, to the last bit", () => {
    fc.assert(
      fc.property(end, end, pixels, pixels, (d0, d1, r0, r1) => {
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]);
        const theirs = d3Linear().domain([d0, d1]).range([r0, r1]);
        for (const x of probes(d0, d1)) expect(Object.is(ours(x), theirs(x) ?? NaN), `${x} in [${d0}, ${d1}] → [${r0}, ${r1}]`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("scaleLinear().nice(count) extends the domain as d3-scale's does, and then maps and ticks the same", () => {
    fc.assert(
      fc.property(end, end, pixels, pixels, count, (d0, d1, r0, r1, n) => {
        fc.pre(drawable(d0, d1)); // the others: see the next test
        const ours = scaleLinear().domain([d0, d1]).range([r0, r1]).nice(n);
        const theirs = d3Linear().domain([d0, d1]).range([r0, r1]).nice(n);
        expect(ours.domain()).toEqual(theirs.domain());
        expect(ours.ticks(n)).toEqual(theirs.ticks(n));
        for (const x of probes(d0, d1)) expect(Object.is(ours(x), theirs(x) ?? NaN)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("scaleLinear() on a domain too wide or too narrow for a float step: no ticks and no nice(), where d3 throws or gives NaN", () => {
    // d3-array's ticks throws a RangeError on a span of subnormal numbers, and gives NaN past 1e308
    expect(outcome(() => d3Linear().domain([1e-320, 2e-320]).ticks())).toBe("RangeError");
    expect(d3Linear().domain([-1.7e308, 1.7e308]).ticks().some(Number.isNaN)).toBe(true);
    for (const [d0, d1] of [
      [1e-320, 2e-320],
      [0, 1e-320],
      [5e-324, 0],
      [-1.7e308, 1.7e308],
      [1.7e308, -1e308],
    ]) {
      const s = scaleLinear().domain([d0, d1]).range([0, 100]).nice();
      expect(s.domain()).toEqual([d0, d1]);
      expect(s.ticks()).toEqual([]);
      expect(Number.isFinite(s((d0 + d1) / 2))).toBe(true);
    }
  });

  it("scaleLinear() defaults: domain and range [0, 1], 10 ticks", () => {
    const s = scaleLinear();
    expect([s.domain(), s.range(), s(0.25)]).toEqual([[0, 1], [0, 1], 0.25]);
    expect(s.ticks()).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    // worked by hand: 693.46 on [0, 800] → [100, 500] is 100 + 400 × 693.46 / 800 = 446.73
    expect(scaleLinear().domain([0, 729.97]).nice().range([100, 500]).domain()).toEqual([0, 800]);
    expect(scaleLinear().domain([0, 800]).range([100, 500])(693.46)).toBeCloseTo(446.73, 10);
  });

  it("scaleLinear() on a domain of one value maps everything to the middle of the range, as d3 does", () => {
    const s = scaleLinear().domain([5, 5]).range([0, 100]);
    expect([s(5), s(-3), s(NaN)]).toEqual([50, 50, NaN]);
  });
});
