import { keyword } from "../_internal/keyword.js";
import { getUnit, type Unit } from "../model/unit.js";
import { DASH, digitsOf, enSteps, flag, localeOf, powerOfTen, present, shift, splitScale, text, withScale, ZH_STEPS } from "./_format.js";
import { formatValue } from "./formatValue.js";

/**
 * Options of {@link formatAmount}.
 *
 * @category Narrative
 * @example
 * const options: FormatAmountOptions = { locale: "en", compactDisplay: "short" };
 * formatAmount(26100000, "美元", options) // => "USD 26.1 mn"
 */
export interface FormatAmountOptions {
  /** `"zh-CN"` (default) or `"en"`. */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals in the chosen scale (0–20), trailing zeros kept. */
  digits?: number;
  /** At most this many decimals in the chosen scale (0–20), trailing zeros dropped. Default 2. */
  maxDigits?: number;
  /** Digit grouping. Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** English scale words: `"long"` (default) `million`/`billion`/`trillion`, or `"short"` `mn`/`bn`/`tn`. */
  compactDisplay?: "short" | "long";
  /** Text for a missing or non-finite amount. Default `"—"`. */
  missing?: string;
}

/**
 * Writes a raw amount with the best scale: in Chinese 万 from 1e4, 亿 from 1e8 and 万亿 from
 * 1e12 (26100000 美元 → `2610万美元`, 1247000000 元 → `12.47亿元`, 1.2e12 元 → `1.2万亿元`,
 * 5000 元 → `5000元`); in English million/billion/trillion from 1e6 with the currency code in
 * front for money (`USD 26.1 million`, `CNY 1.25 billion`, `CNY 5,000`) and the unit's English
 * name otherwise (`12,345 people`).
 *
 * - **Scale**: chosen after rounding, so 99999999 元 is `1亿元`, not `10000万元`.
 * - **Rounding**: Intl.NumberFormat's (half away from zero on the printed decimal digits), at most
 *   2 decimals in the chosen scale, trailing zeros dropped unless `digits` fixes them.
 * - **Units**: `unit` is normally a base unit (元, 美元, 人, 平方米, 亩 …); an amount in a 万/亿
 *   unit is first brought back to its base (26100 万元 → `2.61亿元`). Ratios (%, ‰) are written
 *   as {@link formatValue} does.
 * - **Grouping**: none in zh-CN, thousands separators in en.
 * - **Missing**: NaN, ±Infinity, null and undefined give `options.missing` (`"—"`).
 *
 * @param value - the amount, in `unit`
 * @param unit - a unit id or a {@link Unit}
 * @param options - see {@link FormatAmountOptions}
 * @throws {DuibiaoError} `E_UNKNOWN_UNIT` when the unit is not known
 * @throws {TypeError} when `locale`, `compactDisplay`, `grouping` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatAmount(26100000, "美元") // => "2610万美元"
 * formatAmount(1247000000, "元") // => "12.47亿元"
 * formatAmount(5000, "元") // => "5000元"
 * formatAmount(1.2e12, "元") // => "1.2万亿元"
 * formatAmount(99999999, "元") // => "1亿元"
 * formatAmount(26100, "万元") // => "2.61亿元"
 * formatAmount(26100000, "美元", { locale: "en" }) // => "USD 26.1 million"
 * formatAmount(1247000000, "元", { locale: "en" }) // => "CNY 1.25 billion"
 * formatAmount(NaN, "元") // => "—"
 */
export function formatAmount(value: number | null | undefined, unit: string | Unit, options: FormatAmountOptions = {}): string {
  const fn = "formatAmount";
  const locale = localeOf(fn, options.locale);
  const u = getUnit(unit);
  const d = digitsOf(fn, options, 2);
  const grouping = flag(fn, options.grouping, "grouping", locale === "en");
  const display = keyword(fn, options.compactDisplay, "compactDisplay", ["short", "long"], "long");
  const missing = text(fn, options.missing, "missing", DASH);
  if (u.dimension === "ratio") return formatValue(value, u, { locale, digits: options.digits, maxDigits: options.maxDigits, grouping, missing });
  if (!present(value)) return missing;

  const { base, exp } = splitScale(u);
  const amount = shift(value, exp);
  if (locale === "zh-CN") return withScale(amount, ZH_STEPS, () => d, locale, grouping) + base.id;
  const k = base.dimension === "money" && base.currency ? powerOfTen(base.scale) : undefined;
  if (k !== undefined) return `${base.currency} ${withScale(shift(amount, k), enSteps(display), () => d, locale, grouping)}`;
  return `${withScale(amount, enSteps(display), () => d, locale, grouping)} ${base.en}`;
}
