import { formatScaled } from "./_format.js";

/**
 * Options of {@link formatRate}.
 *
 * @category Narrative
 * @example
 * const options: FormatRateOptions = { sign: true };
 * formatRate(0.073, options) // => "+7.3%"
 */
export interface FormatRateOptions {
  /** `"zh-CN"` (default) or `"en"` (the same digits; only grouping differs). */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals of the percentage (0–20): `{ digits: 1 }` → `7.0%`. */
  digits?: number;
  /** At most this many decimals of the percentage (0–20), trailing zeros dropped. Default 1. */
  maxDigits?: number;
  /** Write `+` before a positive rate (`+7.3%`); a rate that rounds to zero has no sign. Default false. */
  sign?: boolean;
  /** Digit grouping (`1,500%`). Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** Text for a missing or non-finite rate. Default `"—"`. */
  missing?: string;
}

/**
 * Writes a rate held as a fraction as a percentage: 0.073 → `7.3%`, −0.021 → `-2.1%`.
 *
 * At most 1 decimal, trailing zeros dropped (`7%`) unless `digits` fixes them (`7.0%`, as many
 * bulletins print). Rounding is Intl.NumberFormat's: half away from zero on the decimal digits the
 * number prints as, so 0.0735 → `7.4%` and 0.0725 → `7.3%` even though the doubles are
 * 0.07349999… and 0.07249999… (d3-format, which rounds the binary value, gives 7.3% and 7.2%).
 * Negative rates that round to zero print `0%`, never `-0%`. NaN, ±Infinity, null and undefined
 * give `options.missing` (`"—"`). See {@link formatChange} for `增长7.3%` / `下降2.1%`.
 *
 * @param rate - the rate as a fraction (0.073 = 7.3%)
 * @param options - see {@link FormatRateOptions}
 * @throws {TypeError} when `locale`, `sign`, `grouping` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatRate(0.073) // => "7.3%"
 * formatRate(-0.021) // => "-2.1%"
 * formatRate(0.0735) // => "7.4%"
 * formatRate(0.07, { digits: 1 }) // => "7.0%"
 * formatRate(0.073, { sign: true }) // => "+7.3%"
 * formatRate(NaN) // => "—"
 */
export function formatRate(rate: number | null | undefined, options: FormatRateOptions = {}): string {
  return formatScaled("formatRate", rate, options, { "zh-CN": "%", en: "%" });
}
