import { keyword } from "../_internal/keyword.js";
import type { Direction } from "../model/indicator.js";

/**
 * One side of a {@link gap} comparison: a level and, optionally, its growth rate (as published:
 * the growth need not be re-derivable from levels, e.g. growth in comparable prices).
 *
 * @category Benchmark
 * @example
 * const jining: GapSide = { value: 180, growth: 0.073 };
 * gap(jining, { value: 240, growth: 0.05 }).growthDifferential // => 0.023
 */
export interface GapSide {
  /** The level, e.g. 规模以上工业增加值 in 亿元. */
  readonly value: number | null | undefined;
  /** The growth rate of the level as a fraction (0.073 = 7.3 %); needed only for `growthDifferential`. */
  readonly growth?: number | null | undefined;
}

/**
 * Options of {@link gap}.
 *
 * @category Benchmark
 * @example
 * const options: GapOptions = { direction: "lower" };
 * gap(0.8, 0.6, options).absolute // => -0.2
 */
export interface GapOptions {
  /**
   * Which way is better: `"higher"` (default) or `"lower"` (energy use per unit of output). It
   * decides the sign of `absolute`, `relative` and `growthDifferential`; `ratio` never changes.
   */
  direction?: Direction;
}

/**
 * The gap measures returned by {@link gap}. With `direction: "lower"`, `absolute`,
 * `growthDifferential` and `relative` are mirrored so that their meaning does not change: the first
 * two are positive when the subject is ahead, `relative` is positive when it is behind. `ratio` is
 * a plain quotient of levels and is the same in both directions.
 *
 * | field                | direction "higher"      | direction "lower"       | positive means            |
 * |----------------------|-------------------------|-------------------------|---------------------------|
 * | `absolute`           | subject − peer          | peer − subject          | the subject is ahead      |
 * | `ratio`              | subject / peer          | subject / peer          | (not a signed measure)    |
 * | `relative`           | (peer − subject) / peer | (subject − peer) / peer | the subject is behind     |
 * | `growthDifferential` | gSubject − gPeer        | gPeer − gSubject        | the subject is gaining    |
 *
 * @category Benchmark
 * @example
 * const g: Gap = gap(150, 200);
 * [g.absolute, g.ratio, g.relative] // => [-50, 0.75, 0.25]
 */
export interface Gap {
  /**
   * The signed gap in the levels' unit, positive when the subject is ahead: subject − peer, or
   * peer − subject when lower is better. NaN when a level is missing or not finite.
   */
  readonly absolute: number;
  /**
   * The subject's level as a share of the peer's, subject / peer (0.75: the subject is at 75 % of
   * the peer), in both directions (for lower-is-better, below 1 is ahead). NaN when the peer's level
   * is 0 or negative, or a level is missing or not finite.
   */
  readonly ratio: number;
  /**
   * The relative gap: the share of the peer's level the subject still has to make up, positive when
   * the subject is behind and negative when it is ahead: (peer − subject) / peer, i.e. 1 − ratio; or
   * (subject − peer) / peer when lower is better. It equals −absolute / peer. NaN like `ratio`.
   */
  readonly relative: number;
  /**
   * The growth differential in percentage points, as a fraction (0.023 = 2.3 个百分点), positive
   * when the subject is gaining on the peer: gSubject − gPeer, or gPeer − gSubject when lower is
   * better. NaN when either growth rate is missing or not finite.
   */
  readonly growthDifferential: number;
}

const DIRECTIONS = ["higher", "lower"] as const;

/**
 * Gap measures between a subject and a peer (差距): the signed absolute gap, the ratio of levels,
 * the relative gap and, when both growth rates are given, the growth differential in percentage
 * points. See {@link Gap} for each field, and which change sign with `direction`. Runs in O(1).
 *
 * Pass each side as a level, or as `{ value, growth }` to get the growth differential too.
 *
 * Edge cases (it never throws on data):
 * - `absolute` is NaN when a level is missing or not finite (null, undefined, NaN, ±Infinity);
 * - `ratio` and `relative` are also NaN when the peer's level is 0 or negative (a share of a zero
 *   or negative level has no meaning); a zero or negative subject level is fine;
 * - `growthDifferential` is NaN unless both growth rates are finite numbers.
 *
 * @param subject - the subject's level, or its level and growth rate
 * @param peer - the peer's (benchmark's) level, or its level and growth rate, same unit
 * @param options - see {@link GapOptions}
 * @returns the gap measures, see {@link Gap}
 * @throws {TypeError} if `direction` is not `"higher"` or `"lower"`
 * @category Benchmark
 * @example
 * gap(150, 200) // => { absolute: -50, ratio: 0.75, relative: 0.25, growthDifferential: NaN }
 * gap({ value: 150, growth: 0.1 }, { value: 200, growth: 0.05 }).growthDifferential // => 0.05
 * gap(250, 200).relative // => -0.25
 * gap(0.8, 0.6, { direction: "lower" }) // => { absolute: -0.2, ratio: 0.8 / 0.6, relative: 0.2 / 0.6, growthDifferential: NaN }
 * gap({ value: 0.8, growth: -0.03 }, { value: 0.6, growth: -0.01 }, { direction: "lower" }).growthDifferential // => 0.02
 * gap(150, 0).ratio // => NaN
 */
export function gap(
  subject: number | GapSide | null | undefined,
  peer: number | GapSide | null | undefined,
  options: GapOptions = {},
): Gap {
  const direction = keyword("gap", options.direction, "direction", DIRECTIONS, "higher");
  const higher = direction === "higher";
  const [s, gs] = side(subject);
  const [p, gp] = side(peer);
  // Flipped by the order of subtraction, not by multiplying by −1, so that level gives 0, not −0.
  const levels = Number.isFinite(s) && Number.isFinite(p);
  const absolute = levels ? (higher ? s - p : p - s) : NaN;
  const shares = levels && p > 0;
  const ratio = shares ? s / p : NaN;
  const relative = shares ? (higher ? p - s : s - p) / p : NaN;
  const growthDifferential = Number.isFinite(gs) && Number.isFinite(gp) ? (higher ? gs - gp : gp - gs) : NaN;
  return { absolute, ratio, relative, growthDifferential };
}

/** [level, growth] of one side, NaN where absent. */
function side(x: number | GapSide | null | undefined): [number, number] {
  if (x == null) return [NaN, NaN];
  if (typeof x === "number") return [x, NaN];
  return [num(x.value), num(x.growth)];
}

function num(x: number | null | undefined): number {
  return typeof x === "number" ? x : NaN;
}
