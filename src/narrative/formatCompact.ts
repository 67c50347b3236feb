import { keyword } from "../_internal/keyword.js";
import { DASH, digitsOf, flag, localeOf, numberFormat, plainDecimal, present, text, type Digits } from "./_format.js";

/**
 * Options of {@link formatCompact}.
 *
 * @category Narrative
 * @example
 * const options: FormatCompactOptions = { locale: "en", compactDisplay: "long" };
 * formatCompact(26100000, options) // => "26.1 million"
 */
export interface FormatCompactOptions {
  /** `"zh-CN"` (default) or `"en"`. */
  locale?: "zh-CN" | "en";
  /** Fixed number of decimals (0–20), trailing zeros kept. */
  digits?: number;
  /** At most this many decimals (0–20), trailing zeros dropped. Default 2. */
  maxDigits?: number;
  /** Digit grouping (only shows beyond 9999万亿 / 999T). Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** `"short"` (default: `26.1M`) or `"long"` (`26.1 million`); Chinese is the same either way. */
  compactDisplay?: "short" | "long";
  /** Text for a missing or non-finite value. Default `"—"`. */
  missing?: string;
}

/**
 * A number in compact notation, without unit, for chart axes and labels: Intl.NumberFormat with
 * `notation: "compact"`. In Chinese that is 万 from 1e4, 亿 from 1e8 and 万亿 from 1e12
 * (`2610万`, `12.47亿`, `1.2万亿`); in English K, M, B and T (`26.1M`, `1.25B`).
 *
 * At most 2 decimals, trailing zeros dropped (Intl's default compact rounding would give `12亿`
 * for 12.47亿). Rounding is Intl's, half away from zero, and the scale is picked after rounding
 * (99999999 → `1亿`). The words come from the runtime's ICU data (Node's full ICU, every current
 * browser). NaN, ±Infinity, null and undefined give `options.missing` (`"—"`).
 *
 * @param value - the number
 * @param options - see {@link FormatCompactOptions}
 * @throws {TypeError} when `locale`, `compactDisplay`, `grouping` or `missing` is invalid
 * @throws {RangeError} when `digits` or `maxDigits` is not an integer 0–20
 * @category Narrative
 * @example
 * formatCompact(26100000) // => "2610万"
 * formatCompact(1247000000) // => "12.47亿"
 * formatCompact(1.2e12) // => "1.2万亿"
 * formatCompact(5000) // => "5000"
 * formatCompact(26100000, { locale: "en" }) // => "26.1M"
 * formatCompact(1247000000, { locale: "en" }) // => "1.25B"
 */
export function formatCompact(value: number | null | undefined, options: FormatCompactOptions = {}): string {
  const fn = "formatCompact";
  const locale = localeOf(fn, options.locale);
  const d = digitsOf(fn, options, 2);
  const grouping = flag(fn, options.grouping, "grouping", locale === "en");
  const display = keyword(fn, options.compactDisplay, "compactDisplay", ["short", "long"], "short");
  const missing = text(fn, options.missing, "missing", DASH);
  if (!present(value)) return missing;
  const quick = belowFirstUnit(value, locale, d, grouping);
  if (quick !== undefined) return quick;
  const key = `${locale}${d.min}|${d.max}${grouping ? "g" : ""}${display}`; // a short key: this is every chart label's path
  let f = compact.get(key);
  if (f === undefined) {
    f = numberFormat(locale, {
      notation: "compact",
      compactDisplay: display,
      minimumFractionDigits: d.min,
      maximumFractionDigits: d.max,
      useGrouping: grouping,
      signDisplay: "negative",
    });
    compact.set(key, f);
  }
  return f.format(value);
}

const compact = new Map<string, Intl.NumberFormat>();

/**
 * Below the first compact unit (万 in Chinese, K in English) Intl writes the plain number, as
 * `plainDecimal` (_format.ts) does, several times quicker, which matters for charts that label
 * thousands of marks. Returns undefined outside that range, for grouped thousands and for exponent
 * forms, where Intl does the work. The two agree (test/narrative/formatCompact.test.ts compares them).
 */
function belowFirstUnit(value: number, locale: string, d: Digits, grouping: boolean): string | undefined {
  const a = Math.abs(value);
  if (!(a < (locale === "en" ? 999 : 9999)) || (grouping && a >= 1000)) return undefined;
  return plainDecimal(value, d, false, false);
}
