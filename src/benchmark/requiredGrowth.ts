/**
 * The constant growth rate a follower needs to draw level with a leader in `years` periods while
 * the leader keeps growing at `gLeader` (赶超所需增速):
 * (leader / follower)^(1 / years) · (1 + gLeader) − 1, the `g` that solves
 * follower · (1 + g)^years = leader · (1 + gLeader)^years. It is the inverse of
 * {@link catchUpYears} in the rate: `catchUpYears(f, l, requiredGrowth(f, l, gL, y), gL)` is `y`.
 * `years` is in the rates' period and need not be an integer. Runs in O(1).
 *
 * Edge cases (it never throws):
 * - when the follower is already level, the answer is `gLeader` (keep pace); when it is ahead,
 *   the answer is below `gLeader`: it is the rate at which the two are level exactly at `years`
 *   (the rate the follower can afford to fall to), not a rate it needs to exceed;
 * - NaN when a level is 0 or negative, `years` ≤ 0, `gLeader` ≤ −1 (−100 %), or any input is
 *   missing or not finite (null, undefined, NaN, ±Infinity).
 *
 * The levels are compared as "higher is better"; for an indicator where lower is better, the
 * same formula gives the rate at which the subject's level meets the peer's.
 *
 * @param follower - the follower's level now
 * @param leader - the leader's level now, same unit
 * @param gLeader - the leader's growth rate per period, as a fraction (0.05 = 5 %)
 * @param years - the number of periods in which to draw level
 * @returns the follower's required growth rate per period as a fraction, or NaN
 * @category Benchmark
 * @example
 * requiredGrowth(100, 121, 0, 2) // => 0.1
 * requiredGrowth(100, 200, 0.05, 10) // => Math.pow(2, 1 / 10) * 1.05 - 1
 * requiredGrowth(100, 200, 0.05, 10) // => 0.1253621357
 * requiredGrowth(150, 150, 0.07, 3) // => 0.07
 * requiredGrowth(200, 100, 0.05, 1) // => -0.475
 * requiredGrowth(100, 200, 0.05, 0) // => NaN
 */
export function requiredGrowth(
  follower: number | null | undefined,
  leader: number | null | undefined,
  gLeader: number | null | undefined,
  years: number | null | undefined,
): number {
  if (!Number.isFinite(follower) || !Number.isFinite(leader) || !Number.isFinite(gLeader) || !Number.isFinite(years)) {
    return NaN;
  }
  const f = follower as number;
  const l = leader as number;
  const gl = gLeader as number;
  const y = years as number;
  if (f <= 0 || l <= 0 || y <= 0 || gl <= -1) return NaN;
  return Math.pow(l / f, 1 / y) * (1 + gl) - 1;
}
