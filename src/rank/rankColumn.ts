import { DuibiaoError, show } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { PanelGrowth } from "../growth/panelGrowth.js";
import type { Panel } from "../model/panel.js";
import { rankRows, TIES, type RankOptions, type Ties } from "./rank.js";

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
 * Ranks every observation of a panel within its indicator and period (and peer group): each
 * cross-section is ranked as {@link rank} does, through an index of the rows by indicator and period
 * that the panel builds on the first call and keeps (4 bytes a row). Rank 1 is best, following each indicator's direction. Missing values (and rows outside
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
  const ties = keyword("rankColumn", options.ties, "ties", TIES, "min");
  return rankSections(panel, X, inGroup, ascending, ties);
}

/**
 * Ranks each cross-section (indicator × period) of the panel: the panel keeps its rows grouped by
 * cross-section (see Panel.crossSections), so each section's values are read through that index and
 * its ranks written straight to the rows. Rows outside the group are masked as missing first.
 */
function rankSections(panel: Panel, X: Float64Array, inGroup: Uint8Array | null, ascending: readonly boolean[], ties: Ties): Float64Array {
  const [order, start] = panel.crossSections();
  const nP = panel.periods.length;
  let values = X;
  if (inGroup !== null) {
    const E = panel.columns.entity;
    values = new Float64Array(X.length);
    for (let r = 0; r < X.length; r++) values[r] = inGroup[E[r]] === 1 ? X[r] : NaN;
  }
  const out = new Float64Array(X.length);
  for (let k = 0; k + 1 < start.length; k++) {
    if (start[k] < start[k + 1]) rankRows(values, order, start[k], start[k + 1], !ascending[(k / nP) | 0], ties, out);
  }
  return out;
}
