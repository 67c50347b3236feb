import { formatDirected } from "./_format.js";

/**
 * Options of {@link formatChange}.
 *
 * @category Narrative
 * @example
 * const options: FormatChangeOptions = { words: { up: "增加", down: "减少" } };
 * formatChange(0.139, options) // => "增加13.9%"
 */
export interface FormatChangeOptions {
  /** `"zh-CN"` (default: `增长7.3%`) or `"en"` (`up 7.3%`). */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals of the percentage (0–20). */
  digits?: number;
  /** At most this many decimals of the percentage (0–20), trailing zeros dropped. Default 1. */
  maxDigits?: number;
  /** Digit grouping. Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** Other words: zh-CN defaults 增长 / 下降 / 持平, en up / down / flat. */
  words?: { up?: string; down?: string; flat?: string };
  /** Text for a missing or non-finite rate. Default `"—"`. */
  missing?: string;
}

/**
 * Writes a growth rate the way bulletins do, with a direction word instead of a sign:
 * 0.073 → `增长7.3%`, −0.021 → `下降2.1%`, 0 → `持平`; in English `up 7.3%`, `down 2.1%`,
 * `flat`.
 *
 * The direction is read from the rounded figure, so a rate that rounds to 0.0% (0.0004) is
 * `持平` rather than `增长0%`. Rounding as {@link formatRate} (at most 1 decimal, Intl's half
 * away from zero). NaN, ±Infinity, null and undefined give `options.missing` (`"—"`).
 *
 * @param rate - the rate as a fraction
 * @param options - see {@link FormatChangeOptions}
 * @throws {TypeError} when `locale`, `grouping`, `words` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatChange(0.073) // => "增长7.3%"
 * formatChange(-0.021) // => "下降2.1%"
 * formatChange(0) // => "持平"
 * formatChange(0.073, { locale: "en" }) // => "up 7.3%"
 * formatChange(-0.021, { locale: "en" }) // => "down 2.1%"
 * formatChange(0, { locale: "en" }) // => "flat"
 */
export function formatChange(rate: number | null | undefined, options: FormatChangeOptions = {}): string {
  return formatDirected("formatChange", rate, options, { "zh-CN": { up: "增长", down: "下降", flat: "持平" }, en: { up: "up", down: "down", flat: "flat" } }, { "zh-CN": "%", en: "%" });
}
