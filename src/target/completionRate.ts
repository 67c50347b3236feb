/**
 * Completion rate of a plan or target (完成率, "完成年度计划的60.7%"): actual / target, as a
 * fraction (0.607 = 60.7 %). Compare it with {@link elapsedShare} (序时进度) to see whether the work
 * is ahead of or behind schedule: see {@link scheduleGap}. Runs in O(1).
 *
 * Edge cases (it never throws):
 * - NaN when `target` is 0 or negative: a target of 0 has no completion rate;
 * - NaN when either input is missing or not finite (null, undefined, NaN, ±Infinity);
 * - a negative `actual` (e.g. a loss against a profit target) gives a negative rate;
 * - above 1 when the target is exceeded.
 *
 * @param actual - what has been achieved so far
 * @param target - the target (e.g. the annual plan), in the same unit
 * @returns the completion rate as a fraction, or NaN
 * @category Targets
 * @example
 * completionRate(60.7, 100) // => 0.607
 * completionRate(12, 10) // => 1.2
 * completionRate(-2, 10) // => -0.2
 * completionRate(5, 0) // => NaN
 */
export function completionRate(actual: number | null | undefined, target: number | null | undefined): number {
  if (!Number.isFinite(actual) || !Number.isFinite(target) || (target as number) <= 0) return NaN;
  return (actual as number) / (target as number);
}
