import { DuibiaoError, show } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { PanelGrowth } from "../growth/panelGrowth.js";
import type { Panel } from "../model/panel.js";
import { rank, type RankOptions } from "./rank.js";

/**
 * Options of {@link rankColumn}.
 *
 * @category Ranks
 * @example
 * const options: RankColumnOptions = { on: "growth", group: "jining-units", ties: "min" };
 * options.on // => "growth"
 */
export interface RankColumnOptions {
  /** Rank the values (`"level"`, default) or the growth rates (`"growth"`, then `growth` is required). */
  on?: "level" | "growth";
  /** The growth to rank on, from {@link panelGrowth}. */
  growth?: PanelGrowth;
  /** Rank only among the members of this peer group of the panel's entities; other rows get NaN. */
  group?: string;
  /** `"auto"` (default): each indicator's direction (lower is better → ascending); or force one. */
  order?: "auto" | "descending" | "ascending";
  /** Tie method, as in {@link rank}; default `"min"`. */
  ties?: RankOptions["ties"];
}

/**
 * Ranks every observation of a panel within its indicator and period (and peer group), in one pass:
 * rows are bucketed by (indicator, period) with a counting sort and each bucket is ranked with
 * {@link rank}. Rank 1 is best, following each indicator's direction. Missing values (and rows outside
 * the group) get NaN — they are not placed.
 *
 * @param panel - the observations
 * @param options - see {@link RankColumnOptions}
 * @returns ranks aligned with the panel's rows
 * @throws {DuibiaoError} `E_INVALID_INPUT` when ranking on growth without a `growth`; `E_UNKNOWN_ENTITY` for an unknown group
 * @category Ranks
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "x", period: "2018", value: 5 },
 *   { entity: "b", indicator: "x", period: "2018", value: 9 },
 *   { entity: "c", indicator: "x", period: "2018", value: 5 },
 *   { entity: "a", indicator: "x", period: "2017", value: 1 },
 * ]);
 * Array.from(rankColumn(panel)) // => [1, 2, 1, 2]
 */
export function rankColumn(panel: Panel, options: RankColumnOptions = {}): Float64Array {
  const on = keyword("rankColumn", options.on, "on", ["level", "growth"], "level");
  const orderOpt = keyword("rankColumn", options.order, "order", ["auto", "descending", "ascending"], "auto");
  let X: Float64Array = panel.columns.value;
  if (on === "growth") {
    if (options.growth === undefined || options.growth.panel !== panel) {
      throw new DuibiaoError({ code: "E_INVALID_INPUT", field: "growth", message: "rankColumn: ranking on growth needs { growth: panelGrowth(panel) } computed on the same panel" });
    }
    X = options.growth.rate;
  }
  const { indicator: I, period: P, entity: E } = panel.columns;
  const nP = panel.periods.length;
  const n = panel.size;

  let inGroup: Uint8Array | null = null;
  if (options.group !== undefined) {
    const members = panel.entitySet?.members(options.group) ?? [];
    if (members.length === 0) {
      throw new DuibiaoError({ code: "E_UNKNOWN_ENTITY", field: "group", value: options.group, message: `rankColumn: group ${show(options.group)} has no members${panel.entitySet ? "" : " (the panel has no entity definitions: load it with { entities })"}` });
    }
    inGroup = new Uint8Array(panel.entities.length);
    for (const m of members) {
      const c = panel.entityCode(m.id);
      if (c >= 0) inGroup[c] = 1;
    }
  }

  const ascending = panel.indicators.map((id) => (orderOpt === "auto" ? panel.indicatorSet?.get(id)?.direction === "lower" : orderOpt === "ascending"));
  return rankBuckets(I, P, E, X, inGroup, panel.indicators.length, nP, n, ascending, options.ties ?? "min");
}

/**
 * Ranks the rows within buckets of (indicator, period) with memory access in row order only: the
 * values are copied bucket by bucket into one buffer as the rows are read in order (a counting
 * sort), each bucket's contiguous slice is ranked, and the ranks are read back in row order the
 * same way. (Gathering a bucket's values straight from the panel would stride through memory.)
 */
function rankBuckets(
  I: ArrayLike<number>,
  P: ArrayLike<number>,
  E: ArrayLike<number>,
  X: Float64Array,
  inGroup: Uint8Array | null,
  nI: number,
  nP: number,
  n: number,
  ascending: readonly boolean[],
  ties: NonNullable<RankOptions["ties"]>,
): Float64Array {
  const nKeys = nI * nP;
  const key = new Int32Array(n);
  const start = new Int32Array(nKeys + 1);
  for (let r = 0; r < n; r++) {
    const k = inGroup === null || inGroup[E[r]] === 1 ? I[r] * nP + P[r] : -1;
    key[r] = k;
    if (k >= 0) start[k + 1]++;
  }
  for (let k = 0; k < nKeys; k++) start[k + 1] += start[k];
  const values = new Float64Array(start[nKeys]);
  const fill = start.slice(0, nKeys);
  for (let r = 0; r < n; r++) {
    const k = key[r];
    if (k >= 0) values[fill[k]++] = X[r];
  }
  const ranks = new Float64Array(values.length);
  for (let k = 0; k < nKeys; k++) {
    const a = start[k];
    const b = start[k + 1];
    if (a === b) continue;
    ranks.set(rank(values.subarray(a, b), { order: ascending[(k / nP) | 0] ? "ascending" : "descending", ties }), a);
  }
  const out = new Float64Array(n);
  fill.set(start.subarray(0, nKeys));
  for (let r = 0; r < n; r++) {
    const k = key[r];
    out[r] = k >= 0 ? ranks[fill[k]++] : NaN;
  }
  return out;
}
