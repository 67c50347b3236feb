import { keyword } from "../_internal/keyword.js";
import { parsePeriod } from "./parsePeriod.js";
import { createPeriod, type Period } from "./period.js";

/**
 * Options of {@link previousPeriod} and {@link nextPeriod}.
 *
 * @category Periods
 * @example
 * const options: ShiftPeriodOptions = { janFeb: "separate" };
 * periodKey(previousPeriod("2018-01/02", options)) // => "2018-01/01"
 */
export interface ShiftPeriodOptions {
  /**
   * `"combined"` (default): China releases January and February together, so the year-to-date
   * range 1—1月 is skipped: before 1—2月 comes the previous year's 1—12月, after it 1—3月.
   * `"separate"`: 1—1月 is a period like any other.
   */
  janFeb?: "combined" | "separate";
}

/**
 * The same period one year earlier: the base of a year-on-year (同比) comparison.
 *
 * @category Periods
 * @example
 * periodKey(samePeriodLastYear("2018-01/07")) // => "2017-01/07"
 * formatPeriod(samePeriodLastYear("2018年第三季度")) // => "2017年第三季度"
 */
export function samePeriodLastYear(period: Period | string): Period {
  const p = parsePeriod(period);
  return createPeriod(p.kind, p.year - 1, nOf(p));
}

/**
 * The period before, of the same kind: the base of a period-on-period (环比) comparison.
 * For year-to-date ranges, the range one month shorter (1—7月 → 1—6月); before the year's first
 * range comes the previous year's 1—12月.
 *
 * @param period - a {@link Period} or a string {@link parsePeriod} accepts
 * @param options - see {@link ShiftPeriodOptions}
 * @category Periods
 * @example
 * periodKey(previousPeriod("2018-01")) // => "2017-12"
 * periodKey(previousPeriod("2018-H1")) // => "2017-H2"
 * periodKey(previousPeriod("2018-01/03")) // => "2018-01/02"
 * periodKey(previousPeriod("2018-01/02")) // => "2017-01/12"
 */
export function previousPeriod(period: Period | string, options: ShiftPeriodOptions = {}): Period {
  return shift(parsePeriod(period), -1, options, "previousPeriod");
}

/**
 * The period after, of the same kind; the inverse of {@link previousPeriod}.
 *
 * @param period - a {@link Period} or a string {@link parsePeriod} accepts
 * @param options - see {@link ShiftPeriodOptions}
 * @category Periods
 * @example
 * periodKey(nextPeriod("2018-Q4")) // => "2019-Q1"
 * periodKey(nextPeriod("2017-01/12")) // => "2018-01/02"
 */
export function nextPeriod(period: Period | string, options: ShiftPeriodOptions = {}): Period {
  return shift(parsePeriod(period), 1, options, "nextPeriod");
}

/**
 * The periods from `first` to `last` inclusive, stepping with {@link nextPeriod}. Both must be of
 * the same kind; an empty array when `last` is before `first`.
 *
 * @throws {RangeError} when the kinds differ
 * @category Periods
 * @example
 * periodRange("2018-01/02", "2018-01/05").map((p) => formatPeriod(p, { year: false })) // => ["1—2月", "1—3月", "1—4月", "1—5月"]
 */
export function periodRange(first: Period | string, last: Period | string, options: ShiftPeriodOptions = {}): Period[] {
  const a = parsePeriod(first);
  const b = parsePeriod(last);
  if (a.kind !== b.kind) throw new RangeError(`periodRange: first and last must be of the same kind; got ${a.kind} and ${b.kind}`);
  const out: Period[] = [];
  for (let p = a; p.year < b.year || (p.year === b.year && p.end <= b.end); p = shift(p, 1, options, "periodRange")) out.push(p);
  return out;
}

function nOf(p: Period): number {
  switch (p.kind) {
    case "half":
      return p.end / 6;
    case "quarter":
      return p.end / 3;
    default:
      return p.end;
  }
}

function shift(p: Period, step: 1 | -1, options: ShiftPeriodOptions, fn: string): Period {
  const combined = keyword(fn, options.janFeb, "janFeb", ["combined", "separate"], "combined") === "combined";
  if (p.kind === "year") return createPeriod("year", p.year + step);
  const count = p.kind === "half" ? 2 : p.kind === "quarter" ? 4 : 12;
  let year = p.year;
  let n = nOf(p) + step;
  if (p.kind === "ytd" && combined && n === 1) n += step; // skip 1—1月
  if (n < 1) {
    year -= 1;
    n = count;
  } else if (n > count) {
    year += 1;
    n = p.kind === "ytd" && combined ? 2 : 1;
  }
  return createPeriod(p.kind, year, n);
}
