import { formatPeriod } from "../time/formatPeriod.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { DASH, flag, localeOf, text } from "./_format.js";

/**
 * Options of {@link formatPeriodLabel}.
 *
 * @category Narrative
 * @example
 * const options: FormatPeriodLabelOptions = { year: true };
 * formatPeriodLabel("2018-01/07", options) // => "2018年1—7月份"
 */
export interface FormatPeriodLabelOptions {
  /** `"zh-CN"` (default: `1—7月份`) or `"en"` (`January–July`). */
  locale?: "zh-CN" | "en";
  /** Write the year too (`2018年1—7月份`, `January–July 2018`). Default false; a year period always has it. */
  year?: boolean;
  /** Text for a missing period (null or undefined). Default `"—"`. */
  missing?: string;
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * Writes a period as it reads inside a sentence, without its year by default because the
 * sentence or the title usually carries it: the style of statistical bulletins
 * (`1—7月份，规模以上工业增加值增长7.3%`).
 *
 * | kind | zh-CN | zh-CN, `year: true` | en | en, `year: true` |
 * |---|---|---|---|---|
 * | ytd | 1—7月份 | 2018年1—7月份 | January–July | January–July 2018 |
 * | month | 7月份 | 2018年7月份 | July | July 2018 |
 * | quarter | 第三季度 | 2018年第三季度 | Q3 | Q3 2018 |
 * | half | 上半年 | 2018年上半年 | H1 | H1 2018 |
 * | year | 2018年 | 2018年 | 2018 | 2018 |
 *
 * A year keeps its year (a bare `全年` says nothing in a sentence). A year-to-date range of
 * January alone is `1月份累计` / `January YTD`, so it is not read as the single month. For labels
 * with the year in the {@link formatPeriod} style (`2018年1—7月`) use that function.
 *
 * @param period - a {@link Period} or a string {@link parsePeriod} accepts
 * @param options - see {@link FormatPeriodLabelOptions}
 * @returns the label; `options.missing` (`"—"`) for null or undefined
 * @throws {DuibiaoError} `E_PERIOD_PARSE` when a string is not a period
 * @throws {TypeError} when `locale`, `year` or `missing` is invalid
 * @category Narrative
 * @example
 * formatPeriodLabel("2018-01/07") // => "1—7月份"
 * formatPeriodLabel("2018-07") // => "7月份"
 * formatPeriodLabel("2018-Q3") // => "第三季度"
 * formatPeriodLabel("2018-H1") // => "上半年"
 * formatPeriodLabel("2018") // => "2018年"
 * formatPeriodLabel("2018-01/07", { year: true }) // => "2018年1—7月份"
 * formatPeriodLabel("2018-01/07", { locale: "en" }) // => "January–July"
 * formatPeriodLabel("2018-Q3", { locale: "en" }) // => "Q3"
 */
export function formatPeriodLabel(period: Period | string | null | undefined, options: FormatPeriodLabelOptions = {}): string {
  const fn = "formatPeriodLabel";
  const locale = localeOf(fn, options.locale);
  const withYear = flag(fn, options.year, "year", false);
  const missing = text(fn, options.missing, "missing", DASH);
  if (period == null) return missing;
  const p = parsePeriod(period);
  if (locale === "en") {
    const y = withYear ? ` ${p.year}` : "";
    switch (p.kind) {
      case "year":
        return `${p.year}`;
      case "half":
        return `H${p.end / 6}${y}`;
      case "quarter":
        return `Q${p.end / 3}${y}`;
      case "month":
        return `${EN_MONTHS[p.end - 1]}${y}`;
      case "ytd":
        return p.end === 1 ? `January${y} YTD` : `January–${EN_MONTHS[p.end - 1]}${y}`;
    }
  }
  // As formatPeriod writes it, with the 月份 of a sentence: 2018年1—7月 → 1—7月份.
  if (p.kind === "year") return `${p.year}年`;
  const zh = formatPeriod(p, { year: withYear });
  return p.kind === "month" || p.kind === "ytd" ? zh.replace("月", "月份") : zh;
}
