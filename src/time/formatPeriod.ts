import { keyword } from "../_internal/keyword.js";
import { parsePeriod } from "./parsePeriod.js";
import type { Period } from "./period.js";

/**
 * Options of {@link formatPeriod}.
 *
 * @category Periods
 * @example
 * const options: FormatPeriodOptions = { locale: "en" };
 * formatPeriod("2018-01/07", options) // => "Jan–Jul 2018"
 */
export interface FormatPeriodOptions {
  /** `"zh-CN"` (default) as Chinese releases write it, `"en"`, or `"iso"` (the canonical key). */
  locale?: "zh-CN" | "en" | "iso";
  /** Include the year (default true). Without it: `1—7月`, `Jan–Jul`; the ISO form always has it. */
  year?: boolean;
}

const CN_QUARTER = ["一", "二", "三", "四"];
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Writes a period in Chinese (as statistical releases do), English or the ISO-like key.
 * {@link parsePeriod} reads every form back to the same period.
 *
 * | kind | zh-CN | en | iso |
 * |---|---|---|---|
 * | year | 2018年 | 2018 | 2018 |
 * | half | 2018年上半年 | H1 2018 | 2018-H1 |
 * | quarter | 2018年第三季度 | Q3 2018 | 2018-Q3 |
 * | month | 2018年7月 | Jul 2018 | 2018-07 |
 * | ytd | 2018年1—7月 | Jan–Jul 2018 | 2018-01/07 |
 *
 * A year-to-date range of January alone is written `2018年1月累计` / `Jan 2018 YTD` / `2018-01/01`
 * so that it is not mistaken for the single month.
 *
 * @param period - a {@link Period} or a string {@link parsePeriod} accepts
 * @param options - see {@link FormatPeriodOptions}
 * @category Periods
 * @example
 * formatPeriod("2018-01/07") // => "2018年1—7月"
 * formatPeriod("2018-Q3", { locale: "en" }) // => "Q3 2018"
 * formatPeriod("2018年1-7月份", { locale: "iso" }) // => "2018-01/07"
 * formatPeriod("2018-01/07", { year: false }) // => "1—7月"
 */
export function formatPeriod(period: Period | string, options: FormatPeriodOptions = {}): string {
  const p = parsePeriod(period);
  const locale = keyword("formatPeriod", options.locale, "locale", ["zh-CN", "en", "iso"], "zh-CN");
  const withYear = options.year ?? true;
  if (locale === "iso") return periodKey(p);
  if (locale === "en") {
    const y = withYear ? ` ${p.year}` : "";
    switch (p.kind) {
      case "year":
        return withYear ? `${p.year}` : "Year";
      case "half":
        return `H${p.end / 6}${y}`;
      case "quarter":
        return `Q${p.end / 3}${y}`;
      case "month":
        return `${EN_MONTHS[p.end - 1]}${y}`;
      case "ytd":
        return p.end === 1 ? `Jan${y} YTD` : `Jan–${EN_MONTHS[p.end - 1]}${y}`;
    }
  }
  const y = withYear ? `${p.year}年` : "";
  switch (p.kind) {
    case "year":
      return withYear ? y : "全年";
    case "half":
      return `${y}${p.end === 6 ? "上" : "下"}半年`;
    case "quarter":
      return `${y}第${CN_QUARTER[p.end / 3 - 1]}季度`;
    case "month":
      return `${y}${p.end}月`;
    case "ytd":
      return p.end === 1 ? `${y}1月累计` : `${y}1—${p.end}月`;
  }
}

/**
 * The canonical ISO-like key of a period: `2018`, `2018-H1`, `2018-Q3`, `2018-07`, `2018-01/07`.
 * Used as the period column of CSV/JSON output and as a stable map key.
 *
 * @category Periods
 * @example
 * periodKey(parsePeriod("2018年第三季度")) // => "2018-Q3"
 * periodKey(parsePeriod("2018年1—7月")) // => "2018-01/07"
 */
export function periodKey(period: Period): string {
  const y = String(period.year).padStart(4, "0");
  switch (period.kind) {
    case "year":
      return y;
    case "half":
      return `${y}-H${period.end / 6}`;
    case "quarter":
      return `${y}-Q${period.end / 3}`;
    case "month":
      return `${y}-${pad(period.end)}`;
    case "ytd":
      return `${y}-01/${pad(period.end)}`;
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
