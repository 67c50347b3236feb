import { rangeError } from "../_internal/errors.js";
import { DASH, flag, formatNumber, localeOf, present, text } from "./_format.js";

/**
 * Options of {@link formatRank}.
 *
 * @category Narrative
 * @example
 * const options: FormatRankOptions = { tied: true, of: 14 };
 * formatRank(2, options) // => "并列第2位（共14个）"
 */
export interface FormatRankOptions {
  /** `"zh-CN"` (default: `第2位`) or `"en"` (`2nd`). */
  locale?: "zh-CN" | "en";
  /** The rank is shared with others: `并列第2位`, `tied 2nd`. Default false. */
  tied?: boolean;
  /** How many were ranked (a positive integer): `第2位（共14个）`, `2nd of 14`. */
  of?: number;
  /** Digit grouping (`1,001st`). Default: off in zh-CN, on in en. */
  grouping?: boolean;
  /** Text for a missing rank (NaN, ±Infinity, null, undefined, or below 1). Default `"—"`. */
  missing?: string;
}

const SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };
let ordinals: Intl.PluralRules | undefined;

/**
 * Writes a rank (1 = best): `第1位`, `并列第2位`; in English an ordinal, `1st`, `2nd`, `3rd`,
 * `4th`, `11th`, `12th`, `13th`, `21st`, `101st`, `111th` (English ordinal rules from
 * Intl.PluralRules), `tied 2nd`.
 *
 * With `of`, the number ranked follows: `第2位（共14个）` (full-width parentheses, 个 as the
 * neutral measure word) and `2nd of 14`. An average rank from tied values (2.5) is written with
 * one decimal: `第2.5位`, `2.5th`. NaN, ±Infinity, null, undefined and ranks below 1 give
 * `options.missing` (`"—"`): duibiao's `rank` gives NaN to missing values.
 *
 * @param rank - the rank, 1 = best
 * @param options - see {@link FormatRankOptions}
 * @throws {TypeError} when `locale`, `tied`, `grouping` or `missing` is invalid
 * @throws {RangeError} when `of` is given and is not a positive integer
 * @category Narrative
 * @example
 * formatRank(1) // => "第1位"
 * formatRank(2, { tied: true }) // => "并列第2位"
 * formatRank(2, { of: 14 }) // => "第2位（共14个）"
 * formatRank(1, { locale: "en" }) // => "1st"
 * formatRank(13, { locale: "en" }) // => "13th"
 * formatRank(22, { locale: "en" }) // => "22nd"
 * formatRank(2, { locale: "en", tied: true, of: 14 }) // => "tied 2nd of 14"
 * formatRank(NaN) // => "—"
 */
export function formatRank(rank: number | null | undefined, options: FormatRankOptions = {}): string {
  const fn = "formatRank";
  const locale = localeOf(fn, options.locale);
  const tied = flag(fn, options.tied, "tied", false);
  const grouping = flag(fn, options.grouping, "grouping", locale === "en");
  const missing = text(fn, options.missing, "missing", DASH);
  const of = options.of;
  if (of != null && !(typeof of === "number" && Number.isInteger(of) && of >= 1)) rangeError(fn, "of must be a positive integer", of);
  if (!present(rank) || rank < 1) return missing;
  // A whole rank below 1000 reads the same in both locales with or without grouping: no Intl call.
  const n = Number.isInteger(rank) && rank < 1000 ? String(rank) : formatNumber(rank, locale, { min: 0, max: 1 }, grouping);
  const total = of == null ? undefined : formatNumber(of, locale, { min: 0, max: 0 }, grouping);
  if (locale === "zh-CN") return `${tied ? "并列" : ""}第${n}位${total === undefined ? "" : `（共${total}个）`}`;
  ordinals ??= new Intl.PluralRules("en", { type: "ordinal" });
  const suffix = Number.isInteger(rank) ? SUFFIX[ordinals.select(rank)] : "th";
  return `${tied ? "tied " : ""}${n}${suffix}${total === undefined ? "" : ` of ${total}`}`;
}
