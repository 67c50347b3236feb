import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeDistance } from "../../src/benchmark/index.js";

type Series = [number, number | null | undefined][];

/** The value of a series at time s, by linear interpolation between its observations. */
function valueAt(series: readonly (readonly [number, number])[], s: number): number {
  for (let i = 1; i < series.length; i++) {
    const [t0, v0] = series[i - 1];
    const [t1, v1] = series[i];
    if (s === t0) return v0;
    if (s <= t1) return v0 + ((s - t0) / (t1 - t0)) * (v1 - v0);
  }
  return series[series.length - 1][1];
}

describe("timeDistance", () => {
  it("timeDistance(leaderSeries, level, at) interpolates between the observations around the crossing", () => {
    // the leader went from 100 (2014) to 140 (2016): 120 is half-way, so t* = 2015; 2020 − 2015 = 5
    expect(timeDistance([[2014, 100], [2016, 140]], 120, 2020)).toBe(5);
    // 130 is (130 − 100)/(140 − 100) = 3/4 of the way: t* = 2014 + 0.75 · 2 = 2015.5; 2020 − 2015.5 = 4.5
    expect(timeDistance([[2014, 100], [2016, 140]], 130, 2020)).toBe(4.5);
    // half-years as times: 2016.5 + (110 − 100)/(120 − 100) · 0.5 = 2016.75; 2018 − 2016.75 = 1.25
    expect(timeDistance([[2016, 90], [2016.5, 100], [2017, 120]], 110, 2018)).toBeCloseTo(1.25, 12);
  });

  it("timeDistance(leaderSeries, level, at) is at − t when the leader hit level exactly at an observation", () => {
    // 140 observed in 2016: 2020 − 2016 = 4
    expect(timeDistance([[2014, 100], [2016, 140], [2018, 150]], 140, 2020)).toBe(4);
    // at the first observation: an exact hit, not a censored one: 2020 − 2014 = 6
    expect(timeDistance([[2014, 100], [2016, 140]], 100, 2020)).toBe(6);
  });

  it("timeDistance(leaderSeries, level, at) uses the FIRST time the leader reached level", () => {
    // up to 150 in 2012, down to 90 in 2014, up to 150 again in 2016: 120 was first reached between
    // 2010 (100) and 2012 (150): 2010 + (120 − 100)/(150 − 100) · 2 = 2010.8; 2020 − 2010.8 = 9.2
    const series: Series = [[2010, 100], [2012, 150], [2014, 90], [2016, 150]];
    expect(timeDistance(series, 120, 2020)).toBeCloseTo(9.2, 12);
  });

  it("timeDistance(leaderSeries, level, at) is negative when the follower got there first", () => {
    // the leader reached 120 in 2015; the follower stood at 120 in 2012: 2012 − 2015 = −3
    expect(timeDistance([[2014, 100], [2016, 140]], 120, 2012)).toBe(-3);
  });

  it("timeDistance(leaderSeries, level, at) skips missing values", () => {
    // null, undefined and NaN are skipped: the crossing of 130 is between 2014 (100) and 2017 (160):
    // 2014 + (130 − 100)/(160 − 100) · 3 = 2015.5; 2020 − 2015.5 = 4.5
    const series: Series = [[2013, null], [2014, 100], [2015, null], [2016, NaN], [2017, 160], [2018, undefined]];
    expect(timeDistance(series, 130, 2020)).toBe(4.5);
    // ±Infinity is not a value either
    expect(timeDistance([[2014, 100], [2015, Infinity], [2016, 140]], 120, 2020)).toBe(5);
    // the first VALID observation is the one that counts for censoring: 100 in 2014 is past 90
    expect(timeDistance([[2013, null], [2014, 100]], 90, 2020)).toBeNaN();
    expect(timeDistance([[2013, null], [2014, 100]], 90, 2020, { censored: "bound" })).toBe(6);
  });

  it("timeDistance(leaderSeries, level, at) is NaN when the leader never reached level", () => {
    // the leader's best is 140 < 150
    expect(timeDistance([[2014, 100], [2016, 140]], 150, 2020)).toBeNaN();
  });

  it("timeDistance(leaderSeries, level, at) is NaN when the leader was already past level at its first observation", () => {
    // 100 in 2014 > 90: the leader passed 90 at some time ≤ 2014, so the distance is ≥ 2020 − 2014 = 6,
    // but not known: NaN by default
    expect(timeDistance([[2014, 100], [2016, 140]], 90, 2020)).toBeNaN();
    expect(timeDistance([[2014, 100], [2016, 140]], 90, 2020, { censored: "nan" })).toBeNaN();
  });

  it("timeDistance(leaderSeries, level, at, { censored: \"bound\" }) gives at − t₀ when the crossing precedes the series", () => {
    // the lower bound: 2020 − 2014 = 6
    expect(timeDistance([[2014, 100], [2016, 140]], 90, 2020, { censored: "bound" })).toBe(6);
    // but not when the crossing is inside the series: 2020 − 2015 = 5 as without the option
    expect(timeDistance([[2014, 100], [2016, 140]], 120, 2020, { censored: "bound" })).toBe(5);
    // and never reached stays NaN
    expect(timeDistance([[2014, 100], [2016, 140]], 150, 2020, { censored: "bound" })).toBeNaN();
  });

  it("timeDistance(leaderSeries, level, at, { direction: \"lower\" }) reads 'reached' as 'fell to or below'", () => {
    // energy use per unit of output fell from 1.2 (2010) to 0.8 (2014): 0.9 is (0.9 − 1.2)/(0.8 − 1.2) = 3/4
    // of the way: t* = 2010 + 0.75 · 4 = 2013; 2020 − 2013 = 7
    const series: Series = [[2010, 1.2], [2014, 0.8]];
    expect(timeDistance(series, 0.9, 2020, { direction: "lower" })).toBeCloseTo(7, 12);
    // it never fell to 0.7
    expect(timeDistance(series, 0.7, 2020, { direction: "lower" })).toBeNaN();
    // it was already below 1.5 in 2010: censored
    expect(timeDistance(series, 1.5, 2020, { direction: "lower" })).toBeNaN();
    expect(timeDistance(series, 1.5, 2020, { direction: "lower", censored: "bound" })).toBe(10);
    // exactly 1.2 in 2010: 2020 − 2010 = 10
    expect(timeDistance(series, 1.2, 2020, { direction: "lower" })).toBe(10);
    // read as higher-is-better, 0.9 was "reached" at once (1.2 ≥ 0.9): censored
    expect(timeDistance(series, 0.9, 2020)).toBeNaN();
  });

  it("timeDistance(leaderSeries, level, at) with a single observation", () => {
    expect(timeDistance([[2016, 140]], 140, 2020)).toBe(4); // exact hit
    expect(timeDistance([[2016, 140]], 150, 2020)).toBeNaN(); // never
    expect(timeDistance([[2016, 140]], 120, 2020)).toBeNaN(); // censored
    expect(timeDistance([[2016, 140]], 120, 2020, { censored: "bound" })).toBe(4);
  });

  it("timeDistance(leaderSeries, level, at) is NaN for an empty or all-missing series", () => {
    expect(timeDistance([], 120, 2020)).toBeNaN();
    expect(timeDistance([], 120, 2020, { censored: "bound" })).toBeNaN();
    expect(timeDistance([[2014, null], [2015, NaN], [2016, undefined]], 120, 2020)).toBeNaN();
  });

  it("timeDistance(leaderSeries, level, at) is NaN when level or at is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(timeDistance([[2014, 100], [2016, 140]], bad, 2020), String(bad)).toBeNaN();
      expect(timeDistance([[2014, 100], [2016, 140]], 120, bad), String(bad)).toBeNaN();
    }
  });

  it("timeDistance(leaderSeries, …) throws a RangeError when the times are not strictly increasing", () => {
    expect(() => timeDistance([[2016, 140], [2014, 100]], 120, 2020)).toThrow(RangeError);
    expect(() => timeDistance([[2014, 100], [2014, 140]], 120, 2020)).toThrow(RangeError); // duplicate time
    expect(() => timeDistance([[2014, 100], [2016, 140]], 120, 2020)).not.toThrow();
    // checked even when the answer would be NaN anyway, and over missing values too
    expect(() => timeDistance([[2016, 140], [2014, 100]], NaN, 2020)).toThrow(RangeError);
    expect(() => timeDistance([[2016, null], [2014, 100]], 120, 2020)).toThrow(RangeError);
    expect(() => timeDistance([[2016, 140], [2014, 100]], 120, 2020)).toThrow(
      "timeDistance: times must be strictly increasing; leaderSeries[1] comes after time 2016; got 2014",
    );
  });

  it("timeDistance(leaderSeries, …) throws a RangeError when a time is not a finite number", () => {
    expect(() => timeDistance([[2014, 100], [NaN, 140]], 120, 2020)).toThrow(RangeError);
    expect(() => timeDistance([[2014, 100], [Infinity, 140]], 120, 2020)).toThrow(RangeError);
    expect(() => timeDistance([[null as unknown as number, 100]], 120, 2020)).toThrow(RangeError);
    expect(() => timeDistance([["2014" as unknown as number, 100]], 120, 2020)).toThrow(RangeError);
  });

  it("timeDistance(leaderSeries, …) throws a TypeError for an element that is not a pair or a bad keyword", () => {
    type Pair = readonly [number, number];
    expect(() => timeDistance([null as unknown as Pair], 120, 2020)).toThrow(TypeError);
    expect(() => timeDistance([2014 as unknown as Pair], 120, 2020)).toThrow(TypeError);
    expect(() => timeDistance([[2014, 100]], 120, 2020, { direction: "up" as never })).toThrow(TypeError);
    expect(() => timeDistance([[2014, 100]], 120, 2020, { censored: "min" as never })).toThrow(TypeError);
  });

  it("timeDistance(leaderSeries, …) does not mutate its input", () => {
    const series = Object.freeze([Object.freeze([2014, 100] as const), Object.freeze([2016, 140] as const)]);
    const options = Object.freeze({ direction: "higher" as const, censored: "bound" as const });
    expect(timeDistance(series, 120, 2020, options)).toBe(5);
    expect(series).toEqual([[2014, 100], [2016, 140]]);
  });

  it("timeDistance(series, valueAt(s), t) is t − s for a strictly increasing series", () => {
    const series = fc
      .tuple(
        fc.integer({ min: 1950, max: 2030 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 500 })), { minLength: 1, maxLength: 12 }),
      )
      .map(([t, v, steps]) => {
        const out: [number, number][] = [[t, v]];
        for (const [dt, dv] of steps) {
          t += dt / 2; // half-year steps too
          v += dv;
          out.push([t, v]);
        }
        return out;
      });
    fc.assert(
      fc.property(
        series,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        (points, u, offset) => {
          const first = points[0][0];
          const last = points[points.length - 1][0];
          const s = first + u * (last - first);
          const t = s + offset;
          const d = timeDistance(Object.freeze(points), valueAt(points, s), t);
          expect(Math.abs(d - (t - s))).toBeLessThan(1e-9);
          // the same series mirrored is a lower-is-better leader with the same history
          const mirrored = points.map(([ti, vi]) => [ti, -vi] as [number, number]);
          const dl = timeDistance(mirrored, -valueAt(points, s), t, { direction: "lower" });
          expect(Math.abs(dl - (t - s))).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
