import { formatDirected } from "./_format.js";

/**
 * Options of {@link formatPointsChange}.
 *
 * @category Narrative
 * @example
 * const options: FormatPointsChangeOptions = { words: { down: "下降" } };
 * formatPointsChange(-0.011, options) // => "下降1.1个百分点"
 */
export interface FormatPointsChangeOptions {
  /** `"zh-CN"` (default: `提高2.4个百分点`) or `"en"` (`up 2.4 pp`). */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals (0–20). */
  digits?: number;
  /** At most this many decimals (0–20), trailing zeros dropped. Default 1. */
  maxDigits?: number;
  /** Digit grouping. Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** Other words: zh-CN defaults 提高 / 回落 / 持平, en up / down / flat. */
  words?: { up?: string; down?: string; flat?: string };
  /** Text for a missing or non-finite difference. Default `"—"`. */
  missing?: string;
}

/**
 * Writes a difference of two rates in percentage points with a direction word: 0.024 →
 * `提高2.4个百分点`, −0.011 → `回落1.1个百分点`, 0 → `持平`; in English `up 2.4 pp`,
 * `down 1.1 pp`, `flat`.
 *
 * The direction is read from the rounded figure (a difference that rounds to 0.0 is `持平`).
 * Rounding as {@link formatPoints} (at most 1 decimal, Intl's half away from zero). NaN,
 * ±Infinity, null and undefined give `options.missing` (`"—"`).
 *
 * @param diff - a difference of two rates, as a fraction
 * @param options - see {@link FormatPointsChangeOptions}
 * @throws {TypeError} when `locale`, `grouping`, `words` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatPointsChange(0.024) // => "提高2.4个百分点"
 * formatPointsChange(-0.011) // => "回落1.1个百分点"
 * formatPointsChange(0) // => "持平"
 * formatPointsChange(0.024, { locale: "en" }) // => "up 2.4 pp"
 * formatPointsChange(-0.011, { locale: "en" }) // => "down 1.1 pp"
 */
export function formatPointsChange(diff: number | null | undefined, options: FormatPointsChangeOptions = {}): string {
  return formatDirected("formatPointsChange", diff, options, { "zh-CN": { up: "提高", down: "回落", flat: "持平" }, en: { up: "up", down: "down", flat: "flat" } }, { "zh-CN": "个百分点", en: " pp" });
}
