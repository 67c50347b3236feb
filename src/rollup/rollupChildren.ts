import { DuibiaoError, rangeError, show, typeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { Entity } from "../model/entitySet.js";
import { FLAG_BITS, type ObservationFlag, type Panel } from "../model/panel.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { decimalSum } from "../_internal/decimalSum.js";

/**
 * Options of {@link rollupChildren}.
 *
 * @category Roll-ups
 * @example
 * const options: RollupChildrenOptions = { parent: "济宁高新区", indicators: ["industrial_revenue"], mode: "lenient" };
 * options.mode // => "lenient"
 */
export interface RollupChildrenOptions {
  /** The entity to roll up into, by id or name (a zone, a city). Required. */
  parent: string;
  /**
   * Indicators to sum (ids or names). Default: every indicator that some child reports, except
   * those that are not additive, which are listed in {@link RollupResult.skipped}. Naming a
   * non-additive indicator here throws.
   */
  indicators?: readonly string[];
  /** Periods to sum. Default, per indicator: every period in which some child has an observation. */
  periods?: readonly (Period | string)[];
  /**
   * `"children"` (default): the parent's direct children (a zone's parks).
   * `"leaves"`: every descendant that has no children itself (a city's districts and counties,
   * and the parks in place of the zones that have them).
   */
  depth?: "children" | "leaves";
  /** How to combine the children: only `"sum"` for now. */
  method?: "sum";
  /**
   * `"strict"` (default): a child without a value makes the sum NaN (and is listed in `missing`).
   * `"lenient"`: sum the children that reported, still listing the missing ones.
   */
  mode?: "strict" | "lenient";
  /**
   * Largest |sum − parent's value| still called consistent, in the indicator's unit (default 0:
   * equal as decimals). Published figures are rounded, so e.g. 0.05 accepts a sum of ten figures
   * rounded to 0.01.
   */
  tolerance?: number;
}

/**
 * One indicator × period of a {@link RollupResult}.
 *
 * @category Roll-ups
 * @example
 * const row: RollupRow = { indicator: "x", period: parsePeriod("2018"), sum: 3, reported: 2, missing: [], flags: [], parentValue: 3, difference: 0, consistent: true };
 * row.consistent // => true
 */
export interface RollupRow {
  /** Indicator id. */
  readonly indicator: string;
  readonly period: Period;
  /** The children's sum; NaN when a child is missing (strict) or none reported. */
  readonly sum: number;
  /** Number of children with a value. */
  readonly reported: number;
  /** Ids of the children without a value (no observation, or a missing value). */
  readonly missing: readonly string[];
  /** Flags found on the summed values (e.g. `["estimated"]` when a park's figure is an estimate). */
  readonly flags: readonly ObservationFlag[];
  /** The parent's own value, NaN when it has none. */
  readonly parentValue: number;
  /** sum − parentValue (as decimals), NaN when either is NaN. */
  readonly difference: number;
  /** Whether |difference| ≤ tolerance; null when there is nothing to compare. */
  readonly consistent: boolean | null;
}

/**
 * What {@link rollupChildren} returns: plain data.
 *
 * @category Roll-ups
 * @example
 * const result: RollupResult = { parent: "z", children: ["a", "b"], rows: [], skipped: [{ indicator: "share", reason: "unit % is a ratio" }] };
 * result.skipped.length // => 1
 */
export interface RollupResult {
  /** Id of the parent. */
  readonly parent: string;
  /** Ids of the entities summed, in the entity definitions' order. */
  readonly children: readonly string[];
  /** One row per indicator and period, indicators in the order asked (or the panel's), periods in time order. */
  readonly rows: readonly RollupRow[];
  /** Indicators left out of the default selection because they are not additive, and why. */
  readonly skipped: readonly { readonly indicator: string; readonly reason: string }[];
}

const FN = "rollupChildren";

/**
 * Sums an entity's children into it, per indicator and period — a zone's parks (一区十园) into
 * the zone, a city's districts and counties into the city — and checks the sum against the
 * parent's own figure when the panel has one ("the parks add up to the zone's figure").
 *
 * Missing data are never taken as 0: a child without a value makes the sum NaN in strict mode
 * (the default) and is listed in `missing`; lenient mode sums what is there and still lists the
 * missing children. Sums are exact as decimals (ten figures with two decimals add up to the
 * zone's figure, not 693.4600000000001). Only values are summed: published growth rates
 * (comparable prices) cannot be added up and are left out.
 *
 * Only additive indicators are summed. Flows (revenue, investment, year-to-date or single-period)
 * and stock counts (number of enterprises) are additive; an indicator is not when its unit is a
 * ratio (`%`, `‰`) or its id or name says it is a growth rate, ratio or share (growth, rate,
 * 增速, 增长率, 增幅, 比重, 占比, …率). Without indicator definitions only the id is checked.
 *
 * @param panel - the observations; it needs entity definitions (load it with `{ entities }`)
 * @param options - the parent and what to sum; see {@link RollupChildrenOptions}
 * @returns see {@link RollupResult}
 * @throws {DuibiaoError} `E_INVALID_INPUT` when the panel has no entity definitions, the parent has
 *   no children or a named indicator is not additive; `E_UNKNOWN_ENTITY` for an unknown parent;
 *   `E_UNKNOWN_INDICATOR` for an indicator the panel neither has nor defines; `E_PERIOD_PARSE` for
 *   a bad period
 * @throws {TypeError} when `parent` is not a string or an enum option is unknown
 * @category Roll-ups
 * @example
 * const entities = createEntities([
 *   { id: "zone", name: "济宁高新区" },
 *   { id: "huanghe", name: "黄河新区", parent: "zone" },
 *   { id: "pharma", name: "医药健康产业园", parent: "zone" },
 * ]);
 * const panel = createPanel([
 *   { entity: "zone", indicator: "revenue", period: "2018-01/07", value: 236.55 },
 *   { entity: "huanghe", indicator: "revenue", period: "2018-01/07", value: 130.49 },
 *   { entity: "pharma", indicator: "revenue", period: "2018-01/07", value: 106.06 },
 *   { entity: "huanghe", indicator: "revenue", period: "2018-01/08", value: 150.2 },
 * ], { entities });
 * const [jul, aug] = rollupChildren(panel, { parent: "济宁高新区" }).rows;
 * [jul.sum, jul.parentValue, jul.difference, jul.consistent] // => [236.55, 236.55, 0, true]
 * [aug.sum, aug.missing] // => [NaN, ["pharma"]]
 * rollupChildren(panel, { parent: "zone", mode: "lenient" }).rows[1].sum // => 150.2
 */
export function rollupChildren(panel: Panel, options: RollupChildrenOptions): RollupResult {
  if (options === null || typeof options !== "object") typeError(FN, "options must be an object with a parent", options);
  const { parent } = options;
  if (typeof parent !== "string" || parent === "") typeError(FN, "options.parent must be an entity id or name", parent);
  const depth = keyword(FN, options.depth, "depth", ["children", "leaves"], "children");
  keyword(FN, options.method, "method", ["sum"], "sum");
  const strict = keyword(FN, options.mode, "mode", ["strict", "lenient"], "strict") === "strict";
  const tolerance = options.tolerance ?? 0;
  if (!(tolerance >= 0 && Number.isFinite(tolerance))) rangeError(FN, "tolerance must be a non-negative number", tolerance);

  const set = panel.entitySet;
  if (set === undefined) {
    throw new DuibiaoError({
      code: "E_INVALID_INPUT",
      field: "entities",
      value: parent,
      message:
        `${FN}: the panel has no entity definitions, so it does not know the children of ${show(parent)}; ` +
        `load it with { entities }, e.g. readCsv(text, { entities: readEntitiesCsv(entitiesCsv) }) or createPanel(rows, { entities: createEntities(specs) })`,
    });
  }
  const top = set.get(parent);
  if (top === undefined) {
    throw new DuibiaoError({ code: "E_UNKNOWN_ENTITY", field: "parent", value: parent, message: `${FN}: unknown parent ${show(parent)}; check the id or name against the entity definitions` });
  }
  const members: Entity[] = depth === "children" ? set.children(top.id) : set.descendants(top.id).filter((e) => set.children(e.id).length === 0);
  if (members.length === 0) {
    throw new DuibiaoError({
      code: "E_INVALID_INPUT",
      field: "parent",
      value: parent,
      message: `${FN}: ${top.name.zh} (${top.id}) has no children in the entity definitions, so there is nothing to roll up; give its parts parent: ${show(top.id)}`,
    });
  }
  const memberCodes = members.map((m) => panel.entityCode(m.id));
  const parentCode = panel.entityCode(top.id);

  // Which indicators and periods the children report (one pass over the rows).
  const isMember = new Uint8Array(panel.entities.length);
  for (const c of memberCodes) if (c >= 0) isMember[c] = 1;
  const reportedPeriods = new Map<number, Set<number>>();
  const { entity: E, indicator: I, period: P, value: V, flags: F } = panel.columns;
  for (let r = 0; r < panel.size; r++) {
    if (!isMember[E[r]]) continue;
    const s = reportedPeriods.get(I[r]) ?? reportedPeriods.set(I[r], new Set()).get(I[r])!;
    s.add(P[r]);
  }

  const skipped: { indicator: string; reason: string }[] = [];
  let indicators: { id: string; code: number }[];
  if (options.indicators === undefined) {
    indicators = [];
    panel.indicators.forEach((id, code) => {
      if (!reportedPeriods.has(code)) return;
      const reason = notAdditive(panel, id);
      if (reason === null) indicators.push({ id, code });
      else skipped.push({ indicator: id, reason });
    });
  } else {
    if (!Array.isArray(options.indicators)) typeError(FN, "options.indicators must be an array of indicator ids or names", options.indicators);
    const seen = new Set<string>();
    indicators = [];
    for (const key of options.indicators) {
      const code = panel.indicatorCode(key);
      const id = panel.indicatorSet?.get(key)?.id ?? (code >= 0 ? panel.indicators[code] : undefined);
      if (id === undefined) {
        throw new DuibiaoError({
          code: "E_UNKNOWN_INDICATOR",
          field: "indicators",
          value: key,
          message: `${FN}: the panel has no indicator ${show(key)}; it has ${panel.indicators.slice(0, 20).join(", ")}${panel.indicators.length > 20 ? ", …" : ""}`,
        });
      }
      const reason = notAdditive(panel, id);
      if (reason !== null) {
        throw new DuibiaoError({
          code: "E_INVALID_INPUT",
          field: "indicators",
          value: id,
          message: `${FN}: cannot sum ${id}: ${reason}`,
        });
      }
      if (!seen.has(id)) indicators.push({ id, code: panel.indicatorCode(id) });
      seen.add(id);
    }
  }

  let periods: Period[] | undefined;
  if (options.periods !== undefined) {
    if (!Array.isArray(options.periods)) typeError(FN, "options.periods must be an array of periods", options.periods);
    periods = options.periods.map((p) => {
      try {
        return parsePeriod(p);
      } catch (e) {
        throw new DuibiaoError({ code: "E_PERIOD_PARSE", field: "periods", value: p, message: `${FN}: ${(e as Error).message}` });
      }
    });
    periods = [...new Set(periods)];
  }

  const rows: RollupRow[] = [];
  const at = (e: number, i: number, p: number): number => (e < 0 || i < 0 || p < 0 ? -1 : panel.indexOfCodes(e, i, p));
  for (const { id, code: i } of indicators) {
    const list: Period[] = periods ?? [...(reportedPeriods.get(i) ?? [])].sort((a, b) => a - b).map((p) => panel.periods[p]);
    for (const period of list) {
      const p = panel.periodCode(period);
      const values: number[] = [];
      const missing: string[] = [];
      let bits = 0;
      members.forEach((m, k) => {
        const r = at(memberCodes[k], i, p);
        const v = r < 0 ? NaN : V[r];
        if (v === v) {
          values.push(v);
          bits |= F[r];
        } else missing.push(m.id);
      });
      const sum = values.length === 0 || (strict && missing.length > 0) ? NaN : decimalSum(values);
      const pr = at(parentCode, i, p);
      const parentValue = pr < 0 ? NaN : V[pr];
      const difference = sum === sum && parentValue === parentValue ? decimalSum([sum, -parentValue]) : NaN;
      const consistent = difference === difference ? Math.abs(difference) <= tolerance + 1e-9 * Math.max(Math.abs(sum), Math.abs(parentValue)) : null;
      rows.push({
        indicator: id,
        period,
        sum,
        reported: values.length,
        missing,
        flags: (Object.keys(FLAG_BITS) as ObservationFlag[]).filter((f) => bits & FLAG_BITS[f]),
        parentValue,
        difference,
        consistent,
      });
    }
  }
  return { parent: top.id, children: members.map((m) => m.id), rows, skipped };
}

const NOT_ADDITIVE_ZH = /增速|增长率|增幅|增长|比重|占比|比例|率$|率[(（]/;
const NOT_ADDITIVE_EN = /(^|[^a-z])(growth|rate|ratio|share|percent|percentage|yoy)([^a-z]|$)/i;

/** Why an indicator cannot be summed, or null when it can. */
function notAdditive(panel: Panel, id: string): string | null {
  const ind = panel.indicatorSet?.get(id);
  if (ind !== undefined && ind.unit.dimension === "ratio") {
    return `its unit ${ind.unit.id} is a ratio, and rates do not add up; roll up the numerator and the denominator and divide`;
  }
  const names = ind === undefined ? [id] : [id, ind.name.en];
  if (names.some((n) => NOT_ADDITIVE_EN.test(n.replace(/_/g, " "))) || (ind !== undefined && NOT_ADDITIVE_ZH.test(ind.name.zh))) {
    return `it is a growth rate, ratio or share (by its ${ind === undefined ? "id" : "id or name"}), and rates do not add up; roll up the levels and compute the rate from them`;
  }
  return null;
}
