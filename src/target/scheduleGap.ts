import type { Period } from "../time/period.js";
import { completionRate } from "./completionRate.js";
import { elapsedShare } from "./elapsedShare.js";

/**
 * How far ahead of (positive) or behind (negative) schedule a plan is: the completion rate minus
 * the elapsed share of the year (序时进度), as a fraction of the plan: completionRate(actual,
 * target) − elapsed. Completing 60.7 % of the annual plan by the end of July gives
 * 0.607 − 7/12 ≈ 0.024: "2.4 points ahead of schedule" (超序时进度2.4个百分点). Runs in O(1).
 *
 * `elapsed` is a share of the year, usually from {@link elapsedShare}; a {@link Period} or period
 * text is read with `elapsedShare(period)` (the month basis).
 *
 * Edge cases (it never throws): NaN when the completion rate is NaN (target ≤ 0, or an input
 * missing or not finite), when `elapsed` is not a finite number, or when it is text that is not
 * a period.
 *
 * @param actual - what has been achieved so far
 * @param target - the target for the whole year, in the same unit
 * @param elapsed - the share of the year elapsed (0.5 = half the year), or the period reported
 * @returns the gap as a fraction (0.024 = 2.4 points ahead), or NaN
 * @category Targets
 * @example
 * scheduleGap(60.7, 100, 7 / 12) // => 0.607 - 7 / 12
 * scheduleGap(60.7, 100, "2018-01/07") // => 0.607 - 7 / 12
 * scheduleGap(40, 100, 0.5) // => -0.1
 * scheduleGap(40, 0, 0.5) // => NaN
 */
export function scheduleGap(
  actual: number | null | undefined,
  target: number | null | undefined,
  elapsed: number | Period | string | null | undefined,
): number {
  const share = typeof elapsed === "number" ? elapsed : elapsed == null ? NaN : elapsedShare(elapsed);
  if (!Number.isFinite(share)) return NaN;
  return completionRate(actual, target) - share;
}
