import { keyword } from "../_internal/keyword.js";
import { getUnit, type Unit } from "../model/unit.js";
import { DASH, digitsOf, enSteps, flag, formatNumber, localeOf, moveDigits, powerOfTen, present, shift, splitScale, type Step, text, withScale } from "./_format.js";

/**
 * Options of {@link formatValue}.
 *
 * @category Narrative
 * @example
 * const options: FormatValueOptions = { locale: "en", compactDisplay: "long" };
 * formatValue(12.47, "亿元", options) // => "CNY 1.247 billion"
 */
export interface FormatValueOptions {
  /** `"zh-CN"` (default) or `"en"`. */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals (0–20), trailing zeros kept: `{ digits: 2 }` → `12.40亿元`. */
  digits?: number;
  /** At most this many decimals (0–20), trailing zeros dropped. Default 2, and 1 for % and ‰. */
  maxDigits?: number;
  /** Digit grouping (`1,841`). Default: off in zh-CN (`14225.8`, as statistical bulletins write), on in en. */
  grouping?: boolean;
  /** English scale words: `"short"` (default) `mn`/`bn`/`tn`, or `"long"` `million`/`billion`/`trillion`. */
  compactDisplay?: "short" | "long";
  /** Text for a missing or non-finite value (NaN, ±Infinity, null, undefined). Default `"—"`. */
  missing?: string;
}

/**
 * Writes a value that is already in `unit`: `12.47亿元`, `2610万美元`, `206个`, `1841亩`. The
 * value is not rescaled in Chinese (use {@link formatAmount} to pick 万/亿 for a raw amount).
 *
 * - **Rounding**: Intl.NumberFormat's, half away from zero on the decimal digits the number prints
 *   as; at most 2 decimals (1 for % and ‰), trailing zeros dropped, unless `digits` fixes them.
 * - **Grouping**: none in zh-CN (`14225.8`, the convention of Chinese statistical bulletins),
 *   thousands separators in en (`1,841 mu`); override with `grouping`.
 * - **Ratios**: values in % or ‰ are fractions, as everywhere in duibiao: 0.025 → `2.5%`.
 * - **English**: English has no 万 or 亿, so money in a 万/亿 unit is converted to the base
 *   currency and written with mn/bn/tn (or million/billion/trillion) after the ISO code:
 *   12.47亿元 → `CNY 1.247 bn`, 2610万美元 → `USD 26.1 mn`, −12.47亿元 → `CNY -1.247 bn`;
 *   below a million the amount is written out (0.5万元 → `CNY 5,000`). The English figure keeps
 *   the precision of the Chinese one (2 decimals of 亿 are 3 decimals of a billion), capped at 3
 *   decimals unless `digits` fixes them (123456.78万元 → `CNY 1.235 bn`; with `digits: 2`,
 *   `CNY 1.2345678 bn`). Money in a base unit is not rescaled (5000元 → `CNY 5,000`). Other
 *   万/亿 units are converted the same way to their base unit (3.5万人 → `35,000 people`);
 *   units without a scale are written with their English name as is (`206 units`,
 *   `32 enterprises`, `1,841 mu` — the name is plural whatever the number).
 * - **Missing**: NaN, ±Infinity, null and undefined give `options.missing` (`"—"`): an
 *   infinite amount is a computation that failed, not a figure to print. Negative values that
 *   round to zero print `0`, never `-0`.
 *
 * @param value - the value, in `unit` (a fraction for % and ‰)
 * @param unit - a unit id (亿元, 万美元, 个, 亩, % …) or a {@link Unit}
 * @param options - see {@link FormatValueOptions}
 * @throws {DuibiaoError} `E_UNKNOWN_UNIT` when the unit is not known
 * @throws {TypeError} when `locale`, `compactDisplay`, `grouping` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatValue(12.47, "亿元") // => "12.47亿元"
 * formatValue(2610, "万美元") // => "2610万美元"
 * formatValue(14225.83, "万元") // => "14225.83万元"
 * formatValue(0.025, "%") // => "2.5%"
 * formatValue(12.4, "亿元", { digits: 2 }) // => "12.40亿元"
 * formatValue(12.47, "亿元", { locale: "en" }) // => "CNY 1.247 bn"
 * formatValue(2610, "万美元", { locale: "en" }) // => "USD 26.1 mn"
 * formatValue(32, "家", { locale: "en" }) // => "32 enterprises"
 * formatValue(1841, "亩", { locale: "en" }) // => "1,841 mu"
 * formatValue(NaN, "亿元") // => "—"
 */
export function formatValue(value: number | null | undefined, unit: string | Unit, options: FormatValueOptions = {}): string {
  const fn = "formatValue";
  const locale = localeOf(fn, options.locale);
  const u = getUnit(unit);
  const ratio = u.dimension === "ratio";
  const d = digitsOf(fn, options, ratio ? 1 : 2);
  const grouping = flag(fn, options.grouping, "grouping", locale === "en");
  const display = keyword(fn, options.compactDisplay, "compactDisplay", ["short", "long"], "short");
  const missing = text(fn, options.missing, "missing", DASH);
  if (!present(value)) return missing;

  if (ratio) {
    const k = powerOfTen(1 / u.scale);
    const n = formatNumber(k === undefined ? value / u.scale : shift(value, k), locale, d, grouping);
    return locale === "en" && u.id !== "%" && u.id !== "‰" ? `${n} ${u.en}` : `${n}${u.id}`;
  }
  if (locale === "zh-CN") return formatNumber(value, locale, d, grouping) + u.id;

  // The English decimals keep the precision of the Chinese figure (at most 3, unless `digits` is given).
  const fixed = options.digits !== undefined;
  const at = (unitExp: number) => (s: Step) => {
    const m = moveDigits(d, s.exp - unitExp);
    return fixed ? m : { min: 0, max: Math.min(m.max, Math.max(3, d.max)) };
  };
  const k = u.dimension === "money" && u.currency ? powerOfTen(u.scale) : undefined;
  if (k !== undefined) {
    if (k === 0) return `${u.currency} ${formatNumber(value, locale, d, grouping)}`;
    return `${u.currency} ${withScale(shift(value, k), enSteps(display), at(k), locale, grouping)}`;
  }
  const { base, exp } = splitScale(u);
  if (exp === 0) return `${formatNumber(value, locale, d, grouping)} ${u.en}`;
  return `${withScale(shift(value, exp), enSteps(display), at(exp), locale, grouping)} ${base.en}`;
}
