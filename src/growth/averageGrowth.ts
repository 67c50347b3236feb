import { typeError } from "../_internal/errors.js";

/**
 * Options of {@link averageGrowth}.
 *
 * @category Growth
 * @example
 * const options: AverageGrowthOptions<{ year: number; growth: number }> = { value: (d) => d.growth };
 * averageGrowth([{ year: 2017, growth: 0.21 }, { year: 2018, growth: 0 }], options) // => 0.1
 */
export interface AverageGrowthOptions<T = number | null | undefined> {
  /**
   * Reads the rate of an element, with d3's accessor signature; by default the element itself.
   * Each element is read and coerced to a number exactly once.
   */
  value?: (d: T, i: number, data: ArrayLike<T>) => number | null | undefined;
}

/**
 * Average growth per period of a series of growth rates, compounded (geometric mean of the growth
 * factors): (Π(1 + rᵢ))^(1/n) − 1. The 两年平均增速 (two-year average growth) that Chinese
 * releases print when the year before is distorted is `averageGrowth([g1, g2])` =
 * √((1 + g₁)(1 + g₂)) − 1. For rates derived from levels it equals {@link cagr} of the first and
 * last level. Runs in O(n).
 *
 * Edge cases (it never throws on data):
 * - NaN for an empty array;
 * - NaN when any rate is missing or not finite (null, undefined, NaN, ±Infinity): a rate series
 *   with a gap has no average, so gaps are not skipped silently;
 * - NaN when any 1 + rᵢ < 0 (a rate below −100 %): the root of a negative product is undefined;
 * - −1 when some 1 + rᵢ = 0 (a rate of exactly −100 %) and none of the above applies.
 *
 * @param rates - growth rates as fractions (0.073 = 7.3 %), in any order
 * @param options - see {@link AverageGrowthOptions}
 * @returns the average rate per period as a fraction, or NaN
 * @throws {TypeError} if `options.value` is given and is not a function
 * @category Growth
 * @example
 * averageGrowth([0.21, 0]) // => 0.1
 * averageGrowth([0.1, 0.1, 0.1]) // => 0.1
 * averageGrowth([-0.2, 0.25]) // => 0
 * averageGrowth([]) // => NaN
 * averageGrowth([0.1, null]) // => NaN
 * averageGrowth([-1.5, 0.2]) // => NaN
 */
export function averageGrowth<T = number | null | undefined>(
  rates: ArrayLike<T>,
  options: AverageGrowthOptions<T> = {},
): number {
  const { value } = options;
  if (value !== undefined && typeof value !== "function") typeError("averageGrowth", "value must be a function", value);
  const n = rates.length;
  if (n === 0) return NaN;
  let product = 1;
  let logSum = 0; // used only when the product over- or underflows
  let zero = false;
  for (let i = 0; i < n; i++) {
    const raw: unknown = value === undefined ? rates[i] : value(rates[i], i, rates);
    const r = raw == null ? NaN : +(raw as number);
    if (!Number.isFinite(r)) return NaN;
    const factor = 1 + r;
    if (factor < 0) return NaN;
    if (factor === 0) zero = true;
    else {
      product *= factor;
      logSum += Math.log(factor);
    }
  }
  if (zero) return -1;
  if (product === Infinity || product === 0) return Math.exp(logSum / n) - 1;
  return Math.pow(product, 1 / n) - 1;
}
