import { rangeError } from "../_internal/errors.js";

/**
 * Options of {@link tiers}.
 *
 * @category Ranks
 * @example
 * const options: TiersOptions = { breaks: [10, 30] };
 * tiers([3, 12, 40], options) // => [1, 2, 3]
 */
export interface TiersOptions {
  /**
   * The last rank of each tier but the last, ascending: `[30]` splits into the top 30 (前30强) and the
   * rest; `[10, 30, 60]` into four tiers (第一方阵 = tier 1). Default `[3]` (前三位).
   */
  breaks?: readonly number[];
}

/**
 * The tier (1 = first) of each rank for a configurable split: rank ≤ breaks[0] → 1, ≤ breaks[1] → 2,
 * …, else breaks.length + 1. A missing rank (NaN) has no tier (NaN).
 *
 * @param ranks - ranks, 1 = best
 * @param options - see {@link TiersOptions}
 * @returns a Float64Array of tiers
 * @throws {RangeError} when the breaks are not ascending positive numbers
 * @category Ranks
 * @example
 * tiers([1, 3, 4, NaN]) // => [1, 1, 2, NaN]
 * tiers([28, 31], { breaks: [30] }) // => [1, 2]
 */
export function tiers(ranks: ArrayLike<number>, options: TiersOptions = {}): Float64Array {
  const breaks = options.breaks ?? [3];
  for (let k = 0; k < breaks.length; k++) {
    if (!(breaks[k] > 0) || (k > 0 && !(breaks[k] > breaks[k - 1]))) rangeError("tiers", "breaks must be ascending positive numbers", breaks);
  }
  const out = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) {
    const r = +ranks[i];
    if (r !== r) {
      out[i] = NaN;
      continue;
    }
    let t = 0;
    while (t < breaks.length && r > breaks[t]) t++;
    out[i] = t + 1;
  }
  return out;
}
