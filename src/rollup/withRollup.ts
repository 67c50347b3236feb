import { typeError } from "../_internal/errors.js";
import { FLAG_BITS, type ObservationFlag, type Panel } from "../model/panel.js";
import { PanelBuilder } from "../model/panelBuilder.js";
import type { Period } from "../time/period.js";
import { rollupChildren } from "./rollupChildren.js";

/**
 * Options of {@link withRollup}.
 *
 * @category Roll-ups
 * @example
 * const options: WithRollupOptions = { parent: "jining-hitech", indicators: ["fixed_investment"], flag: "estimated" };
 * options.flag // => "estimated"
 */
export interface WithRollupOptions {
  /** The entity to fill, by id or name. Required. */
  parent: string;
  /** Indicators to fill (ids or names); default every additive one its children report. See {@link RollupChildrenOptions.indicators}. */
  indicators?: readonly string[];
  /** Periods to fill; default every period in which some child has an observation. */
  periods?: readonly (Period | string)[];
  /** `"children"` (default) or `"leaves"`: see {@link RollupChildrenOptions.depth}. */
  depth?: "children" | "leaves";
  /** A flag to put on every filled value, e.g. `"estimated"` to tell them apart from published figures; default none. */
  flag?: ObservationFlag | null;
}

const FN = "withRollup";

/**
 * A new {@link Panel} in which the parent's missing values are filled with the sum of its
 * children — for a zone that publishes only its parks' figures. Every observation of the input is
 * copied unchanged; a value is added only where the parent has none (no observation, or a missing
 * value, whose published growth and flags are then kept) and **every** child reported, so a filled
 * value is never a partial sum. Call {@link rollupChildren} to see which cells were left empty and
 * why, and to check the parent's existing figures against the sums.
 *
 * Flags: a complete sum is an exact aggregate, not an estimate, so it gets no flag of its own; it
 * carries the flags of the values it adds up (one estimated park makes the zone's sum estimated),
 * plus `options.flag` when given. Published growth is not rolled up (it is NaN on added rows).
 *
 * @param panel - the observations, with entity definitions; not modified
 * @param options - see {@link WithRollupOptions}
 * @returns a new panel with the same definitions
 * @throws {DuibiaoError} as {@link rollupChildren} does
 * @category Roll-ups
 * @example
 * const entities = createEntities([
 *   { id: "zone", name: "济宁高新区" },
 *   { id: "huanghe", name: "黄河新区", parent: "zone" },
 *   { id: "pharma", name: "医药健康产业园", parent: "zone" },
 * ]);
 * const panel = createPanel([
 *   { entity: "huanghe", indicator: "investment", period: "2018-01/07", value: 62.54 },
 *   { entity: "pharma", indicator: "investment", period: "2018-01/07", value: 34.5, flags: "estimated" },
 * ], { entities });
 * const filled = withRollup(panel, { parent: "济宁高新区" });
 * filled.value("zone", "investment", "2018-01/07") // => 97.04
 * filled.get("zone", "investment", "2018-01/07")?.flags // => ["estimated"]
 * [panel.size, filled.size] // => [2, 3]
 */
export function withRollup(panel: Panel, options: WithRollupOptions): Panel {
  if (options === null || typeof options !== "object") typeError(FN, "options must be an object with a parent", options);
  let extra = 0;
  if (options.flag != null) {
    if (typeof options.flag !== "string" || !Object.hasOwn(FLAG_BITS, options.flag)) typeError(FN, `flag must be one of ${Object.keys(FLAG_BITS).join(", ")}`, options.flag);
    extra = FLAG_BITS[options.flag];
  }
  const { parent, indicators, periods, depth } = options;
  const result = rollupChildren(panel, { parent, indicators, periods, depth, mode: "strict" });

  const replace = new Map<number, { value: number; flags: number }>();
  const added: { indicator: string; period: Period; value: number; flags: number }[] = [];
  for (const row of result.rows) {
    if (row.parentValue === row.parentValue || row.sum !== row.sum) continue;
    const flags = row.flags.reduce((bits, f) => bits | FLAG_BITS[f], extra);
    const r = panel.indexOf(result.parent, row.indicator, row.period);
    if (r >= 0) replace.set(r, { value: row.sum, flags: panel.columns.flags[r] | flags });
    else added.push({ indicator: row.indicator, period: row.period, value: row.sum, flags });
  }

  const builder = new PanelBuilder();
  const { entity: E, indicator: I, period: P, value: V, growth: G, flags: F } = panel.columns;
  for (let r = 0; r < panel.size; r++) {
    const fill = replace.get(r);
    builder.add(panel.entities[E[r]], panel.indicators[I[r]], panel.periods[P[r]], fill?.value ?? V[r], G[r], fill?.flags ?? F[r], r + 1);
  }
  added.forEach((a, k) => builder.add(result.parent, a.indicator, a.period, a.value, NaN, a.flags, panel.size + k + 1));
  return builder.build({ entities: panel.entitySet, indicators: panel.indicatorSet }).panel;
}
