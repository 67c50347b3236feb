import { parsePeriod } from "./parsePeriod.js";
import { periodCode, type Period } from "./period.js";

/**
 * Orders periods in time: by year, then by the last month covered, then by kind (year, half,
 * quarter, month, year-to-date). Use it with `Array.prototype.sort`. Returns a negative number,
 * zero or a positive number.
 *
 * @category Periods
 * @example
 * ["2018-07", "2017", "2018-01/02"].sort(comparePeriods) // => ["2017", "2018-01/02", "2018-07"]
 * comparePeriods("2018-Q3", "2018年第三季度") // => 0
 */
export function comparePeriods(a: Period | string, b: Period | string): number {
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  return periodCode(p.kind, p.year, p.end) - periodCode(q.kind, q.year, q.end);
}
