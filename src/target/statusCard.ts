/**
 * The colour of a supervision card (督查 "蓝黄红牌"), plus green for on or ahead of schedule.
 *
 * @category Targets
 * @example
 * const c: CardColour = "yellow";
 * c // => "yellow"
 */
export type CardColour = "green" | "blue" | "yellow" | "red";

/**
 * How far behind (as a positive fraction: 0.05 = 5 points) each card starts. A gap of 0 or better is
 * green; behind by up to `blue` is blue; up to `yellow` is yellow; more is red.
 *
 * @category Targets
 * @example
 * const t: CardThresholds = { blue: 0.03, yellow: 0.08 };
 * statusCard(-0.05, t) // => "yellow"
 */
export interface CardThresholds {
  /** Largest shortfall that is still blue; default 0.05 (5 percentage points). */
  blue?: number;
  /** Largest shortfall that is still yellow; default 0.10. */
  yellow?: number;
}

/**
 * The card for a schedule gap (completion rate minus the share of the year elapsed, see
 * {@link scheduleGap}): on or ahead of schedule → green; up to 5 points behind → blue; up to 10 →
 * yellow; more → red (thresholds configurable). A NaN gap has no card: null.
 *
 * @param gap - the schedule gap as a fraction (−0.03 = 3 points behind)
 * @param thresholds - see {@link CardThresholds}
 * @category Targets
 * @example
 * statusCard(0.0237) // => "green"
 * statusCard(-0.05) // => "blue"
 * statusCard(-0.08) // => "yellow"
 * statusCard(-0.12) // => "red"
 * statusCard(NaN) // => null
 */
export function statusCard(gap: number, thresholds: CardThresholds = {}): CardColour | null {
  const blue = thresholds.blue ?? 0.05;
  const yellow = thresholds.yellow ?? 0.1;
  if (gap !== gap || gap == null) return null;
  // Round away binary noise so that exactly 5 points behind (0.557 − 7/12 …) is not red by 1e-17.
  const behind = -Math.round(gap * 1e12) / 1e12;
  if (behind <= 0) return "green";
  if (behind <= blue) return "blue";
  if (behind <= yellow) return "yellow";
  return "red";
}
