import { typeError } from "../_internal/errors.js";

/**
 * Options of {@link chainGrowth}.
 *
 * @category Growth
 * @example
 * const options: ChainGrowthOptions<{ month: number; mom: number }> = { value: (d) => d.mom };
 * chainGrowth([{ month: 6, mom: 0.1 }, { month: 7, mom: 0.1 }], options) // => 0.21
 */
export interface ChainGrowthOptions<T = number | null | undefined> {
  /**
   * Reads the rate of an element, with d3's accessor signature; by default the element itself.
   * Each element is read and coerced to a number exactly once.
   */
  value?: (d: T, i: number, data: ArrayLike<T>) => number | null | undefined;
}

/**
 * Growth over several consecutive periods, chained from the growth of each: Π(1 + rᵢ) − 1, as a
 * fraction. Chaining the period-on-period (环比) rates of a series gives the growth of its last
 * level over its first. Runs in O(n).
 *
 * Edge cases (it never throws on data):
 * - 0 for an empty array (the empty product: no periods, no growth);
 * - NaN when any rate is missing or not finite (null, undefined, NaN, ±Infinity): a chain with a
 *   gap has no total, so gaps are not skipped silently;
 * - a rate of −100 % makes the total −100 %; a rate below −100 % (a level turning negative) is
 *   multiplied in as it is.
 *
 * @param rates - growth rates of consecutive periods as fractions
 * @param options - see {@link ChainGrowthOptions}
 * @returns the growth over all the periods as a fraction, or NaN
 * @throws {TypeError} if `options.value` is given and is not a function
 * @category Growth
 * @example
 * chainGrowth([0.1, 0.1]) // => 0.21
 * chainGrowth([0.5, -0.2]) // => 0.2
 * chainGrowth([]) // => 0
 * chainGrowth([0.1, undefined]) // => NaN
 */
export function chainGrowth<T = number | null | undefined>(
  rates: ArrayLike<T>,
  options: ChainGrowthOptions<T> = {},
): number {
  const { value } = options;
  if (value !== undefined && typeof value !== "function") typeError("chainGrowth", "value must be a function", value);
  let product = 1;
  for (let i = 0, n = rates.length; i < n; i++) {
    const raw: unknown = value === undefined ? rates[i] : value(rates[i], i, rates);
    const r = raw == null ? NaN : +(raw as number);
    if (!Number.isFinite(r)) return NaN;
    product *= 1 + r;
  }
  return product - 1;
}
