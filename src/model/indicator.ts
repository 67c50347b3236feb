import { DuibiaoError, show } from "../_internal/errors.js";
import { getUnit, type Unit } from "./unit.js";

/**
 * Which way is better: `"higher"` (output, revenue) or `"lower"` (energy use per unit of output).
 *
 * @category Indicators
 * @example
 * const d: Direction = "lower";
 * d // => "lower"
 */
export type Direction = "higher" | "lower";

/**
 * How a value accumulates over the periods it is reported for:
 * `"ytd"` — cumulative from January (累计: the 1—7月 value covers seven months);
 * `"period"` — the flow of the single period (当月, a quarter, a year);
 * `"stock"` — a level at the end of the period (number of enterprises, population).
 *
 * @category Indicators
 * @example
 * const a: Accumulation = "ytd";
 * a // => "ytd"
 */
export type Accumulation = "ytd" | "period" | "stock";

/**
 * Where growth comes from: `"published"` — the statistics bureau publishes it (often in comparable
 * prices, which cannot be re-derived from nominal levels), so the library uses the published rate;
 * `"derived"` — computed from levels.
 *
 * @category Indicators
 * @example
 * const g: GrowthSource = "published";
 * g // => "published"
 */
export type GrowthSource = "published" | "derived";

/**
 * What {@link defineIndicator} accepts. Only `id` and `name` are required.
 *
 * @category Indicators
 * @example
 * const spec: IndicatorSpec = { id: "industrial_va", name: "规模以上工业增加值", unit: "亿元", growth: "published" };
 * defineIndicator(spec).direction // => "higher"
 */
export interface IndicatorSpec {
  id: string;
  /** Chinese name, or names in both languages. */
  name: string | { zh: string; en?: string };
  /** Unit id (亿元, 万美元, 个, % …) or a {@link Unit}; default `"个"`. */
  unit?: string | Unit;
  /** Default `"higher"`. */
  direction?: Direction;
  /** How often it is published; default `"year"`. */
  frequency?: "month" | "quarter" | "half" | "year";
  /** Default `"ytd"` for monthly and quarterly indicators, else `"period"`. */
  accumulation?: Accumulation;
  /** Default `"derived"`. */
  growth?: GrowthSource;
}

/**
 * A validated, frozen indicator definition.
 *
 * @category Indicators
 * @example
 * const ind: Indicator = defineIndicator({ id: "fdi", name: { zh: "实际利用外资", en: "FDI actually used" }, unit: "万美元" });
 * [ind.name.en, ind.unit.currency] // => ["FDI actually used", "USD"]
 */
export interface Indicator {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly unit: Unit;
  readonly direction: Direction;
  readonly frequency: "month" | "quarter" | "half" | "year";
  readonly accumulation: Accumulation;
  readonly growth: GrowthSource;
}

const FREQUENCIES = ["month", "quarter", "half", "year"] as const;

/**
 * Validates an indicator specification and fills in its defaults.
 *
 * @throws {DuibiaoError} `E_INVALID_DEFINITION` naming the bad field; `E_UNKNOWN_UNIT` (field `unit`) for an unknown unit
 * @category Indicators
 * @example
 * const ind = defineIndicator({ id: "energy_intensity", name: "单位GDP能耗", unit: "%", direction: "lower" });
 * [ind.direction, ind.name.en, ind.accumulation] // => ["lower", "单位GDP能耗", "period"]
 */
export function defineIndicator(spec: IndicatorSpec): Indicator {
  const bad = (field: string, value: unknown, what: string): never => {
    throw new DuibiaoError({
      code: "E_INVALID_DEFINITION",
      field,
      value,
      message: `indicator ${show(spec?.id)}: ${field} ${what}; got ${show(value)}`,
    });
  };
  if (spec === null || typeof spec !== "object") bad("spec", spec, "must be an object");
  if (typeof spec.id !== "string" || spec.id.trim() === "") bad("id", spec.id, "must be a non-empty string");
  const name = typeof spec.name === "string" ? { zh: spec.name } : spec.name;
  if (name === null || typeof name !== "object" || typeof name.zh !== "string" || name.zh.trim() === "" || (name.en != null && typeof name.en !== "string")) {
    bad("name", spec.name, "must be a non-empty string or { zh, en }");
  }
  const oneOf = <T extends string>(field: keyof IndicatorSpec, allowed: readonly T[], fallback: T): T => {
    const v = spec[field];
    if (v === undefined || v === "") return fallback;
    if (!(allowed as readonly unknown[]).includes(v)) bad(field, v, `must be one of ${allowed.join(", ")}`);
    return v as T;
  };
  const frequency = oneOf("frequency", FREQUENCIES, "year");
  let unit: Unit;
  try {
    unit = getUnit(spec.unit ?? "个");
  } catch (e) {
    if (!(e instanceof DuibiaoError)) throw e;
    throw new DuibiaoError({ code: e.code, field: "unit", value: spec.unit, message: `indicator ${show(spec.id)}: ${e.message}` });
  }
  return Object.freeze({
    id: spec.id.trim(),
    name: Object.freeze({ zh: name.zh.trim(), en: (name.en ?? "").trim() || name.zh.trim() }),
    unit,
    direction: oneOf("direction", ["higher", "lower"] as const, "higher"),
    frequency,
    accumulation: oneOf("accumulation", ["ytd", "period", "stock"] as const, frequency === "month" || frequency === "quarter" ? "ytd" : "period"),
    growth: oneOf("growth", ["published", "derived"] as const, "derived"),
  });
}
