import { rangeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { Gap } from "./gap.js";

/**
 * How a gap moved between two dates, from the subject's side (see {@link gapTrend}):
 * - behind both times: `"narrowing"` (behind by less, or now level), `"widening"`, `"unchanged"`;
 * - ahead both times: `"lead widening"`, `"lead narrowing"` (ahead by less, or now level),
 *   `"lead unchanged"`;
 * - crossing: `"overtook"` (behind or level before, ahead now), `"fell behind"` (ahead or level
 *   before, behind now);
 * - `"level"`: level both times.
 *
 * @category Benchmark
 * @example
 * const t: GapTrend = "overtook";
 * t // => "overtook"
 */
export type GapTrend =
  | "narrowing"
  | "widening"
  | "unchanged"
  | "overtook"
  | "fell behind"
  | "lead widening"
  | "lead narrowing"
  | "lead unchanged"
  | "level";

/**
 * Options of {@link gapTrend}.
 *
 * @category Benchmark
 * @example
 * const options: GapTrendOptions = { measure: "relative", tolerance: 0.01 };
 * gapTrend(gap(100, 200), gap(104, 200), options) // => "narrowing"
 */
export interface GapTrendOptions {
  /**
   * Which gap is compared:
   * - `"relative"` (default): the relative gap, (peer − subject) / peer. A share of the peer's level
   *   is comparable across years when levels grow: a follower at 50 % of the leader both years has
   *   not fallen behind although the difference in 亿元 grew;
   * - `"absolute"`: the difference of levels, in their unit.
   */
  measure?: "relative" | "absolute";
  /**
   * Differences of at most this much (in the unit of the measure: a fraction for `"relative"`)
   * count as none: a lead or gap within ±tolerance is level, and a change within ±tolerance is
   * unchanged. Default 1e-9, which only absorbs floating-point noise.
   */
  tolerance?: number;
}

const MEASURES = ["relative", "absolute"] as const;

/**
 * Whether the gap between a subject and its peer narrowed, widened or changed sides between two
 * dates (差距缩小 / 扩大 / 反超), from two results of {@link gap} (computed with the indicator's
 * direction, which they carry in their signs). The subject's lead is `−relative` by default (or
 * `absolute`); its position each time is ahead (lead > tolerance), behind (lead < −tolerance) or
 * level; the result is the {@link GapTrend} for the pair of positions and the change in lead.
 * Runs in O(1).
 *
 * Edge cases (it never throws on data): null when either gap's measure is NaN (missing levels, a
 * peer level ≤ 0 for the relative gap).
 *
 * @param previousGap - the gap at the earlier date (a {@link Gap}, or any object with its `relative`
 *   and `absolute` fields)
 * @param currentGap - the gap at the later date
 * @param options - see {@link GapTrendOptions}
 * @returns the trend, or null
 * @throws {TypeError} if `measure` is not `"relative"` or `"absolute"`
 * @throws {RangeError} if `tolerance` is not a finite number ≥ 0
 * @category Benchmark
 * @example
 * gapTrend(gap(100, 200), gap(120, 200)) // => "narrowing"
 * gapTrend(gap(100, 200), gap(110, 240)) // => "widening"
 * gapTrend(gap(100, 200), gap(120, 240)) // => "unchanged"
 * gapTrend(gap(100, 200), gap(120, 240), { measure: "absolute" }) // => "widening"
 * gapTrend(gap(190, 200), gap(210, 200)) // => "overtook"
 * gapTrend(gap(210, 200), gap(190, 200)) // => "fell behind"
 * gapTrend(gap(210, 200), gap(230, 200)) // => "lead widening"
 * gapTrend(gap(0.9, 1.0, { direction: "lower" }), gap(0.95, 1.0, { direction: "lower" })) // => "lead narrowing"
 * gapTrend(gap(199, 200), gap(201, 200), { tolerance: 0.01 }) // => "level"
 * gapTrend(gap(100, 0), gap(120, 200)) // => null
 */
export function gapTrend(
  previousGap: Pick<Gap, "relative" | "absolute">,
  currentGap: Pick<Gap, "relative" | "absolute">,
  options: GapTrendOptions = {},
): GapTrend | null {
  const measure = keyword("gapTrend", options.measure, "measure", MEASURES, "relative");
  const tolerance = options.tolerance ?? 1e-9;
  if (typeof tolerance !== "number" || !(tolerance >= 0) || tolerance === Infinity) {
    rangeError("gapTrend", "tolerance must be a finite number ≥ 0", tolerance);
  }
  const before = lead(previousGap, measure);
  const now = lead(currentGap, measure);
  if (before !== before || now !== now) return null;
  const was = position(before, tolerance);
  const is = position(now, tolerance);
  const change = now - before;
  if (was < 0 && is < 0) return change > tolerance ? "narrowing" : change < -tolerance ? "widening" : "unchanged";
  if (was > 0 && is > 0) {
    return change > tolerance ? "lead widening" : change < -tolerance ? "lead narrowing" : "lead unchanged";
  }
  if (is > 0) return "overtook"; // was behind or level
  if (is < 0) return "fell behind"; // was ahead or level
  // level now
  return was < 0 ? "narrowing" : was > 0 ? "lead narrowing" : "level";
}

/** The subject's lead on the measure (positive = ahead); NaN when absent. */
function lead(g: Pick<Gap, "relative" | "absolute">, measure: "relative" | "absolute"): number {
  const x = g == null ? NaN : measure === "relative" ? -g.relative : g.absolute;
  return typeof x === "number" ? x : NaN;
}

/** −1 behind, 0 level, 1 ahead. */
function position(x: number, tolerance: number): number {
  return x > tolerance ? 1 : x < -tolerance ? -1 : 0;
}
