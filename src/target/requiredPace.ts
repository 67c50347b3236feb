import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";

/**
 * What {@link requiredPace} returns. Amounts are in the indicator's unit.
 *
 * @category Targets
 * @example
 * const p: Pace = requiredPace(145.68, 240, "2018-01/07");
 * p.monthsLeft // => 5
 */
export interface Pace {
  /** Still to do: target − actual (negative when the target is already exceeded). */
  readonly remaining: number;
  /** Months of the year left after the period. */
  readonly monthsLeft: number;
  /** Average needed per remaining month; 0 when nothing remains; Infinity when something remains and no month does. */
  readonly perMonth: number;
  /** Average achieved per elapsed month so far. */
  readonly paceSoFar: number;
  /** perMonth ÷ paceSoFar: 1.2 means the rest of the year must go 20 % faster than so far. */
  readonly ratio: number;
}

/**
 * The pace needed over the rest of the year to meet an annual target, against the pace so far, for a
 * cumulative (year-to-date) figure. NaN fields when an input is not finite or the period cannot be
 * read; never throws.
 *
 * @param actual - the year-to-date value
 * @param target - the annual target, same unit
 * @param period - the year-to-date period reached (e.g. "2018-01/07"); its last month counts as elapsed
 * @category Targets
 * @example
 * const p = requiredPace(145.68, 240, "2018年1—7月");
 * p.remaining // => 94.32
 * p.perMonth // => 18.864
 * p.paceSoFar // => 145.68 / 7
 * p.ratio // => (94.32 / 5) / (145.68 / 7)
 */
export function requiredPace(actual: number, target: number, period: Period | string): Pace {
  let p: Period | undefined;
  try {
    p = parsePeriod(period);
  } catch {
    p = undefined;
  }
  const elapsed = p === undefined ? NaN : p.end;
  const monthsLeft = 12 - elapsed;
  const ok = Number.isFinite(actual) && Number.isFinite(target);
  const remaining = ok ? target - actual : NaN;
  const perMonth = remaining !== remaining || monthsLeft !== monthsLeft ? NaN : remaining <= 0 ? 0 : monthsLeft === 0 ? Infinity : remaining / monthsLeft;
  const paceSoFar = ok && elapsed > 0 ? actual / elapsed : NaN;
  return { remaining, monthsLeft, perMonth, paceSoFar, ratio: perMonth / paceSoFar };
}
