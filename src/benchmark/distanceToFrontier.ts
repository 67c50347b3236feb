/**
 * The World Bank's distance-to-frontier score (as in Doing Business): how far a value has come
 * from the worst performance towards the frontier (the best), on a scale of 0 to 100:
 * 100 · (value − worst) / (frontier − worst), clamped to [0, 100]. 100 is at (or beyond) the
 * frontier, 0 at (or beyond) the worst. Runs in O(1).
 * https://en.wikipedia.org/wiki/Ease_of_doing_business_index
 *
 * For an indicator where lower is better (days to get a permit, energy per unit of output) pass
 * `worst` > `frontier`: the same formula then scores lower values higher, no option needed.
 *
 * Edge cases (it never throws):
 * - NaN when `frontier` equals `worst` (no scale to measure on);
 * - NaN when any input is missing or not finite (null, undefined, NaN, ±Infinity);
 * - values beyond the frontier score 100 and values beyond the worst score 0.
 *
 * @param value - the value to score
 * @param worst - the worst performance (the 0 of the scale)
 * @param frontier - the best performance (the 100 of the scale), same unit
 * @returns the score in [0, 100], or NaN
 * @category Benchmark
 * @example
 * distanceToFrontier(75, 50, 150) // => 25
 * distanceToFrontier(200, 50, 150) // => 100
 * distanceToFrontier(30, 50, 150) // => 0
 * distanceToFrontier(20, 40, 10) // => 200 / 3
 * distanceToFrontier(75, 50, 50) // => NaN
 */
export function distanceToFrontier(
  value: number | null | undefined,
  worst: number | null | undefined,
  frontier: number | null | undefined,
): number {
  if (!Number.isFinite(value) || !Number.isFinite(worst) || !Number.isFinite(frontier)) return NaN;
  const v = value as number;
  const w = worst as number;
  const f = frontier as number;
  if (f === w) return NaN;
  const score = (100 * (v - w)) / (f - w);
  return score <= 0 ? 0 : score > 100 ? 100 : score; // <= 0 also turns −0 into 0
}
