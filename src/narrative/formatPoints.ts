import { formatScaled } from "./_format.js";

/**
 * Options of {@link formatPoints}.
 *
 * @category Narrative
 * @example
 * const options: FormatPointsOptions = { locale: "en", sign: true };
 * formatPoints(0.024, options) // => "+2.4 pp"
 */
export interface FormatPointsOptions {
  /** `"zh-CN"` (default: `2.4个百分点`) or `"en"` (`2.4 pp`). */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals (0–20). */
  digits?: number;
  /** At most this many decimals (0–20), trailing zeros dropped. Default 1. */
  maxDigits?: number;
  /** Write `+` before a positive difference; a difference that rounds to zero has no sign. Default false. */
  sign?: boolean;
  /** Digit grouping. Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** Text for a missing or non-finite difference. Default `"—"`. */
  missing?: string;
}

/**
 * Writes the difference of two rates (fractions) in percentage points: 0.024 → `2.4个百分点`,
 * in English `2.4 pp`; with `sign`, `+2.4个百分点`.
 *
 * At most 1 decimal, rounded by Intl.NumberFormat (half away from zero) after an exact decimal
 * shift, so floating noise in the difference disappears: 0.607 − 7/12 = 0.023666…614 →
 * `2.4个百分点`. A negative difference that rounds to zero prints `0`, never `-0`. NaN,
 * ±Infinity, null and undefined give `options.missing` (`"—"`). See {@link formatPointsChange}
 * for `提高2.4个百分点`.
 *
 * @param diff - a difference of two rates, as a fraction (0.024 = 2.4 points)
 * @param options - see {@link FormatPointsOptions}
 * @throws {TypeError} when `locale`, `sign`, `grouping` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatPoints(0.024) // => "2.4个百分点"
 * formatPoints(0.607 - 7 / 12) // => "2.4个百分点"
 * formatPoints(-0.011) // => "-1.1个百分点"
 * formatPoints(0.024, { sign: true }) // => "+2.4个百分点"
 * formatPoints(0.024, { locale: "en" }) // => "2.4 pp"
 */
export function formatPoints(diff: number | null | undefined, options: FormatPointsOptions = {}): string {
  return formatScaled("formatPoints", diff, options, { "zh-CN": "个百分点", en: " pp" });
}
