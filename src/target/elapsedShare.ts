import { keyword } from "../_internal/keyword.js";
import { tryParsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";

/**
 * Options of {@link elapsedShare}.
 *
 * @category Targets
 * @example
 * const options: ElapsedShareOptions = { basis: "days" };
 * elapsedShare("2018-01/07", options) // => 212 / 365
 */
export interface ElapsedShareOptions {
  /**
   * `"months"` (default): months up to the end of the period over 12, as 序时进度 is usually
   * reckoned (1—7月 → 7/12). `"days"`: calendar days from 1 January to the last day of the period
   * over the days of the year, leap years included (1—7月 2018 → 212/365).
   */
  basis?: "months" | "days";
}

// Days from 1 January to the end of month m (index m), in a common year.
const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/**
 * The share of the calendar year that has elapsed at the end of a period: 序时进度, the yardstick
 * for a year-to-date completion rate. A period covers the year "up to its end", so a month, a
 * quarter, a half or a year-to-date range ending in July all give 7/12; a year gives 1. Runs in O(1).
 *
 * Edge cases: text that is not a period returns NaN rather than throwing (use
 * {@link parsePeriod} to get the reason).
 *
 * @param period - a {@link Period} or any text {@link parsePeriod} accepts (2018-01/07, 2018年1—7月, 2018-Q3 …)
 * @param options - see {@link ElapsedShareOptions}
 * @returns the elapsed share of the year, in (0, 1], or NaN
 * @throws {TypeError} if `options.basis` is not `"months"` or `"days"`
 * @category Targets
 * @example
 * elapsedShare("2018-01/07") // => 7 / 12
 * elapsedShare("2018年1—7月") // => 7 / 12
 * elapsedShare("2018-Q3") // => 0.75
 * elapsedShare("2018-H1") // => 0.5
 * elapsedShare("2018") // => 1
 * elapsedShare("2016-02", { basis: "days" }) // => 60 / 366
 * elapsedShare("July-ish") // => NaN
 */
export function elapsedShare(period: Period | string, options: ElapsedShareOptions = {}): number {
  const basis = keyword("elapsedShare", options.basis, "basis", ["months", "days"], "months");
  const p = tryParsePeriod(period);
  if (p === undefined) return NaN;
  if (basis === "months") return p.end / 12;
  const y = p.year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 1 : 0;
  return (CUMULATIVE_DAYS[p.end] + (p.end >= 2 ? leap : 0)) / (365 + leap);
}
