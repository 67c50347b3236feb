/**
 * Growth rate of `current` over `base`: (current − base) / base, as a fraction (0.073 = 7.3 %).
 * Year-on-year (同比) growth is `growthRate(thisYear, lastYear)`; period-on-period (环比)
 * growth is `growthRate(thisPeriod, previousPeriod)`. Runs in O(1).
 *
 * Edge cases (it never throws):
 * - NaN when `base` is 0 or negative: a growth rate on a zero or negative base has no meaning
 *   (a loss that halves is not "−50 % growth");
 * - NaN when either input is missing or not finite (null, undefined, NaN, ±Infinity);
 * - a negative `current` on a positive base is fine: the rate is below −100 %.
 *
 * @param current - the value of the period reported
 * @param base - the value of the base period (a year earlier for 同比)
 * @returns the growth rate as a fraction, or NaN
 * @category Growth
 * @example
 * growthRate(107.3, 100) // => 0.073
 * growthRate(90, 120) // => -0.25
 * growthRate(5, 0) // => NaN
 * growthRate(5, -10) // => NaN
 * growthRate(null, 100) // => NaN
 */
export function growthRate(current: number | null | undefined, base: number | null | undefined): number {
  if (!Number.isFinite(current) || !Number.isFinite(base) || (base as number) <= 0) return NaN;
  return ((current as number) - (base as number)) / (base as number);
}
