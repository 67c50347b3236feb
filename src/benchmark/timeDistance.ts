import { rangeError, typeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { Direction } from "../model/indicator.js";

/**
 * Options of {@link timeDistance}.
 *
 * @category Benchmark
 * @example
 * const options: TimeDistanceOptions = { direction: "lower", censored: "bound" };
 * timeDistance([[2010, 1.2], [2014, 0.8]], 1.5, 2020, options) // => 10
 */
export interface TimeDistanceOptions {
  /**
   * Which way is better: `"higher"` (default) — the leader reached `level` when its value rose to
   * `level` or above; `"lower"` (energy use per unit of output) — when it fell to `level` or below.
   */
  direction?: Direction;
  /**
   * What to return when the leader had already reached `level` at its first valid observation t₀
   * (strictly past it: a first value equal to `level` is an exact hit at t₀). The leader got there
   * at or before t₀ — when exactly, the series does not say — so the distance is at least
   * `at − t₀`:
   * - `"nan"` (default): NaN, since the S-distance is not determined by the data;
   * - `"bound"`: `at − t₀`, the lower bound ("at least so many years").
   */
  censored?: "nan" | "bound";
}

const FN = "timeDistance";
const DIRECTIONS = ["higher", "lower"] as const;
const CENSORED = ["nan", "bound"] as const;

/**
 * Sicherl's time distance (S-distance, 时间距离): how long ago the leader stood where the follower
 * stands now. If the follower's value at time `at` is `level`, and the leader first reached `level`
 * at time t*, the S-distance is `at − t*` (in the unit of the times: years for 2016, 2016.5 …).
 * t* is read from the leader's series by linear interpolation between the two valid observations
 * around the first crossing. A positive result is how far the follower lags in time; a negative
 * one means the follower got there first. Runs in O(n).
 * Sicherl, P. (2012), Time Distance in Economics and Statistics; http://www.sicenter.si/td_discpapers.htm
 *
 * The definition compares the two dates at which the same level was attained, so t* must be a date
 * the series shows. Hence (it never throws on data):
 * - NaN when the leader never reached `level` in the series (the follower is beyond anything the
 *   leader has shown — or the leader is behind);
 * - NaN when the leader had passed `level` already at its first valid observation t₀: the crossing
 *   happened before the series starts and only a bound is known (the true distance is at least
 *   `at − t₀`); pass `{ censored: "bound" }` to get that bound instead;
 * - a first valid value exactly equal to `level` is a hit at t₀: `at − t₀`;
 * - NaN when the series is empty or has no valid value, or `level` or `at` is missing or not finite;
 * - values that are null, undefined, NaN or ±Infinity are skipped: interpolation runs between the
 *   valid observations on either side of them.
 *
 * @param leaderSeries - the leader's observations as `[time, value]` pairs, times finite and
 *   strictly increasing (not mutated)
 * @param level - the follower's level at time `at`, in the series' unit
 * @param at - the time at which the follower stands at `level`
 * @param options - see {@link TimeDistanceOptions}
 * @returns `at − t*` in the unit of the times, or NaN
 * @throws {RangeError} if a time is not a finite number or the times are not strictly increasing
 * @throws {TypeError} if an element of the series is not a `[time, value]` pair, or `direction` or
 *   `censored` is not one of the listed keywords
 * @category Benchmark
 * @example
 * timeDistance([[2014, 100], [2016, 140]], 120, 2020) // => 5
 * timeDistance([[2014, 100], [2015, null], [2016, 140]], 130, 2020) // => 4.5
 * timeDistance([[2014, 100], [2016, 140]], 150, 2020) // => NaN
 * timeDistance([[2014, 100], [2016, 140]], 100, 2020) // => 6
 * timeDistance([[2014, 100], [2016, 140]], 90, 2020) // => NaN
 * timeDistance([[2014, 100], [2016, 140]], 90, 2020, { censored: "bound" }) // => 6
 * timeDistance([[2010, 1.2], [2014, 0.8]], 0.9, 2020, { direction: "lower" }) // => 7
 * timeDistance([[2016, 140], [2014, 100]], 120, 2020) // => throws RangeError
 */
export function timeDistance(
  leaderSeries: ArrayLike<readonly [time: number, value: number | null | undefined]>,
  level: number | null | undefined,
  at: number | null | undefined,
  options: TimeDistanceOptions = {},
): number {
  const direction = keyword(FN, options.direction, "direction", DIRECTIONS, "higher");
  const censored = keyword(FN, options.censored, "censored", CENSORED, "nan");
  const n = leaderSeries.length;

  // API misuse is reported whatever level and at are: check the whole series first.
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    const point = leaderSeries[i];
    if (point == null || typeof point !== "object") {
      typeError(FN, `leaderSeries[${i}] must be a [time, value] pair`, point);
    }
    const t = point[0];
    if (typeof t !== "number" || !Number.isFinite(t)) {
      rangeError(FN, `the time of leaderSeries[${i}] must be a finite number`, t);
    }
    if (!(t > last)) {
      rangeError(FN, `times must be strictly increasing; leaderSeries[${i}] comes after time ${last}`, t);
    }
    last = t;
  }

  if (!Number.isFinite(level) || !Number.isFinite(at)) return NaN;
  const x = level as number;
  const now = at as number;
  const higher = direction === "higher";

  let t0 = NaN; // previous valid observation
  let v0 = NaN;
  for (let i = 0; i < n; i++) {
    const [t, value] = leaderSeries[i];
    if (!Number.isFinite(value)) continue;
    const v = value as number;
    if (higher ? v >= x : v <= x) {
      if (v === x) return now - t; // exact hit, also at the first observation
      if (v0 !== v0) return censored === "bound" ? now - t : NaN; // passed before the series starts
      return now - (t0 + ((x - v0) / (v - v0)) * (t - t0));
    }
    t0 = t;
    v0 = v;
  }
  return NaN;
}
