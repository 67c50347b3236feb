import type { Panel } from "../model/panel.js";
import type { Period } from "../time/period.js";
import { rankWithin, type RankWithinOptions } from "./rankWithin.js";

/**
 * Options of {@link rankChange}: those of {@link rankWithin} with two periods instead of one.
 *
 * @category Ranks
 * @example
 * const options: RankChangeOptions = { indicator: "gdp", from: "2017", to: "2018", on: "level" };
 * options.to // => "2018"
 */
export interface RankChangeOptions extends Omit<RankWithinOptions, "period"> {
  from: Period | string;
  to: Period | string;
  /** Compare the level ranks (default) or the growth ranks. */
  on?: "level" | "growth";
}

/**
 * One peer's move between two periods.
 *
 * @category Ranks
 * @example
 * const m: RankMove = { entity: "a", from: 5, to: 3, change: 2 };
 * m.change > 0 // => true
 */
export interface RankMove {
  readonly entity: string;
  /** Rank in the earlier period; NaN when unranked. */
  readonly from: number;
  /** Rank in the later period; NaN when unranked. */
  readonly to: number;
  /** Places gained: positive = moved up (进位), negative = moved down (退位), 0 = unchanged; NaN when either rank is missing. */
  readonly change: number;
}

/**
 * The change of each peer's rank between two periods (进位/退位): positive when it moved up.
 *
 * @param panel - the observations
 * @param options - see {@link RankChangeOptions}
 * @category Ranks
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "x", period: "2017", value: 1 },
 *   { entity: "b", indicator: "x", period: "2017", value: 2 },
 *   { entity: "a", indicator: "x", period: "2018", value: 3 },
 *   { entity: "b", indicator: "x", period: "2018", value: 2 },
 * ]);
 * rankChange(panel, { indicator: "x", from: "2017", to: "2018" }).map((m) => [m.entity, m.change]) // => [["a", 1], ["b", -1]]
 */
export function rankChange(panel: Panel, options: RankChangeOptions): RankMove[] {
  const { from, to, on = "level", ...rest } = options;
  const a = rankWithin(panel, { ...rest, period: from });
  const b = rankWithin(panel, { ...rest, period: to });
  const key = on === "growth" ? "growthRank" : "levelRank";
  return b.rows.map((row, k) => ({ entity: row.entity, from: a.rows[k][key], to: row[key], change: a.rows[k][key] - row[key] }));
}
