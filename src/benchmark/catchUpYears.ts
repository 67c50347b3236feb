/**
 * Years for a follower to reach a leader when both grow at constant rates (追赶年限):
 * ln(leader / follower) / ln((1 + gFollower) / (1 + gLeader)), the `t` that solves
 * follower · (1 + gFollower)^t = leader · (1 + gLeader)^t. The answer is in the unit of the
 * growth rates' period (years for annual rates) and need not be an integer. Runs in O(1).
 * https://en.wikipedia.org/wiki/Convergence_(economics)
 *
 * Worked example: a follower at 100 growing 10 % a year and a leader at 200 growing 5 % draw
 * level after ln 2 / ln(1.1 / 1.05) = 14.8999… ≈ 14.9 years.
 *
 * Edge cases (it never throws):
 * - 0 when the follower is already level or ahead (`follower` ≥ `leader`), whatever the rates;
 * - Infinity when the follower is behind and never catches up (`gFollower` ≤ `gLeader`);
 * - NaN when a level is 0 or negative, when a rate is −1 (−100 %) or below, or when any
 *   input is missing or not finite (null, undefined, NaN, ±Infinity).
 *
 * The levels are compared as "higher is better". For an indicator where lower is better, swap
 * the roles: pass the levels and rates so that the one to be caught is the larger (or compare
 * reciprocals).
 *
 * @param follower - the follower's level now
 * @param leader - the leader's level now, same unit
 * @param gFollower - the follower's growth rate per period, as a fraction (0.1 = 10 %)
 * @param gLeader - the leader's growth rate per period, as a fraction
 * @returns the number of periods until the two are level: 0, a positive number, Infinity, or NaN
 * @category Benchmark
 * @example
 * catchUpYears(100, 200, 0.1, 0.05) // => Math.log(2) / Math.log(1.1 / 1.05)
 * catchUpYears(100, 200, 0.1, 0.05) // => 14.8999773775
 * catchUpYears(100, 121, 0.1, 0) // => 2
 * catchUpYears(200, 100, 0, 0.5) // => 0
 * catchUpYears(100, 200, 0.05, 0.05) // => Infinity
 * catchUpYears(0, 200, 0.1, 0.05) // => NaN
 */
export function catchUpYears(
  follower: number | null | undefined,
  leader: number | null | undefined,
  gFollower: number | null | undefined,
  gLeader: number | null | undefined,
): number {
  if (
    !Number.isFinite(follower) ||
    !Number.isFinite(leader) ||
    !Number.isFinite(gFollower) ||
    !Number.isFinite(gLeader)
  ) {
    return NaN;
  }
  const f = follower as number;
  const l = leader as number;
  const gf = gFollower as number;
  const gl = gLeader as number;
  if (f <= 0 || l <= 0 || gf <= -1 || gl <= -1) return NaN;
  if (f >= l) return 0;
  if (gf <= gl) return Infinity;
  // ln((1 + gF) / (1 + gL)) = ln(1 + (gF − gL) / (1 + gL)): log1p keeps its precision when the
  // two rates are close, where the quotient would round to 1.
  return Math.log(l / f) / Math.log1p((gf - gl) / (1 + gl));
}
