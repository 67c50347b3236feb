/**
 * Compound annual growth rate (复合年均增长率) from a first to a last value `periods` periods later:
 * (last / first)^(1 / periods) − 1, as a fraction. `periods` is the number of steps between the two
 * values (2015 → 2020 is 5), and need not be an integer. Runs in O(1).
 * https://en.wikipedia.org/wiki/Compound_annual_growth_rate
 *
 * Edge cases (it never throws):
 * - NaN when `first` ≤ 0, `last` < 0 or `periods` ≤ 0;
 * - NaN when any input is missing or not finite (null, undefined, NaN, ±Infinity);
 * - `last` = 0 gives −1 (−100 %).
 *
 * @param first - the value at the start
 * @param last - the value at the end
 * @param periods - the number of periods from first to last
 * @returns the average growth per period as a fraction, or NaN
 * @category Growth
 * @example
 * cagr(100, 121, 2) // => 0.1
 * cagr(200, 100, 1) // => -0.5
 * cagr(100, 0, 3) // => -1
 * cagr(0, 121, 2) // => NaN
 * cagr(100, 121, 0) // => NaN
 */
export function cagr(
  first: number | null | undefined,
  last: number | null | undefined,
  periods: number | null | undefined,
): number {
  if (!Number.isFinite(first) || !Number.isFinite(last) || !Number.isFinite(periods)) return NaN;
  const a = first as number;
  const b = last as number;
  const n = periods as number;
  if (a <= 0 || b < 0 || n <= 0) return NaN;
  return Math.pow(b / a, 1 / n) - 1;
}
