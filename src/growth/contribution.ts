/**
 * Contribution of a component to the growth of a total (拉动, "pulls total growth up by … points"):
 * componentChange / totalBase, as a fraction. A component that rose by 5 when the total was 200 a
 * year earlier pulls the total's growth up by 0.025, printed "2.5 个百分点" (2.5 pp). The
 * contributions of all components add up to the total's growth rate. Runs in O(1).
 *
 * Edge cases (it never throws):
 * - NaN when `totalBase` is 0 or negative (as for {@link growthRate});
 * - NaN when either input is missing or not finite (null, undefined, NaN, ±Infinity);
 * - a component that fell gives a negative contribution (it drags the total down).
 *
 * @param componentChange - the change of the component over the base period (current − base)
 * @param totalBase - the total in the base period
 * @returns the percentage-point pull as a fraction (0.025 = 2.5 points), or NaN
 * @category Growth
 * @example
 * contribution(5, 200) // => 0.025
 * contribution(-3, 200) // => -0.015
 * contribution(5, 0) // => NaN
 */
export function contribution(
  componentChange: number | null | undefined,
  totalBase: number | null | undefined,
): number {
  if (!Number.isFinite(componentChange) || !Number.isFinite(totalBase) || (totalBase as number) <= 0) return NaN;
  return (componentChange as number) / (totalBase as number);
}
