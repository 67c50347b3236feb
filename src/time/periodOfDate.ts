import { DateTime } from "luxon";
import { rangeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import { parsePeriod } from "./parsePeriod.js";
import { createPeriod, type Period, type PeriodKind } from "./period.js";

/**
 * Options of {@link periodOfDate} and {@link periodDates}.
 *
 * @category Periods
 * @example
 * const options: PeriodOfDateOptions = { kind: "quarter", zone: "Asia/Shanghai" };
 * periodKey(periodOfDate("2018-08-15", options)) // => "2018-Q3"
 */
export interface PeriodOfDateOptions {
  /** The kind of period wanted (default `"month"`). */
  kind?: PeriodKind;
  /** IANA time zone the calendar is read in (default `"Asia/Shanghai"`, where the statistics are kept). */
  zone?: string;
}

/**
 * The period of a kind that contains a date. An instant (a `Date` or an ISO string with an offset)
 * is read in Beijing time by default, so `2018-06-30T20:00:00Z` falls in July.
 *
 * @param date - a `Date`, an ISO date or date-time string, or epoch milliseconds
 * @param options - see {@link PeriodOfDateOptions}
 * @throws {RangeError} when the date is invalid
 * @category Periods
 * @example
 * periodKey(periodOfDate("2018-07-31")) // => "2018-07"
 * periodKey(periodOfDate("2018-06-30T20:00:00Z")) // => "2018-07"
 * periodKey(periodOfDate("2018-08-15", { kind: "ytd" })) // => "2018-01/08"
 */
export function periodOfDate(date: Date | string | number, options: PeriodOfDateOptions = {}): Period {
  const kind = keyword("periodOfDate", options.kind, "kind", ["year", "half", "quarter", "month", "ytd"], "month");
  const dt = toDateTime(date, options.zone, "periodOfDate");
  switch (kind) {
    case "year":
      return createPeriod("year", dt.year);
    case "half":
      return createPeriod("half", dt.year, dt.month <= 6 ? 1 : 2);
    case "quarter":
      return createPeriod("quarter", dt.year, dt.quarter);
    default:
      return createPeriod(kind, dt.year, dt.month);
  }
}

/**
 * The first and last calendar day of a period, as ISO dates, and its length in days.
 *
 * @category Periods
 * @example
 * periodDates("2018-01/07") // => { start: "2018-01-01", end: "2018-07-31", days: 212 }
 * periodDates("2016-02").days // => 29
 */
export function periodDates(period: Period | string): { start: string; end: string; days: number } {
  const p = parsePeriod(period);
  const start = DateTime.utc(p.year, p.start, 1);
  const end = DateTime.utc(p.year, p.end, 1).endOf("month").startOf("day");
  return { start: start.toISODate()!, end: end.toISODate()!, days: Math.round(end.diff(start, "days").days) + 1 };
}

function toDateTime(date: Date | string | number, zone = "Asia/Shanghai", fn: string): DateTime {
  let dt: DateTime;
  if (date instanceof Date) dt = DateTime.fromJSDate(date, { zone });
  else if (typeof date === "number") dt = DateTime.fromMillis(date, { zone });
  else if (typeof date === "string") dt = DateTime.fromISO(date, { zone, setZone: false });
  else return rangeError(fn, "date must be a Date, an ISO string or epoch milliseconds", date);
  if (!dt.isValid) rangeError(fn, `date must be valid (${dt.invalidExplanation ?? dt.invalidReason})`, date);
  return dt;
}
