/**
 * The options every chart shares, checked once before it is built: a wrong type throws a TypeError that
 * names the chart and the option, rather than NaN in the markup ("viewBox=0 0 NaN 72") or an error from
 * deep inside. JSON (a `<duibiao-chart>`'s options) is taken as it comes: null is "not given", and an
 * entity id written as a number is the id as text.
 * @internal
 */
import { keyword } from "../_internal/keyword.js";
import { rangeError, typeError } from "../_internal/errors.js";
import type { ChartOptions } from "./_frame.js";

/** Options naming entities: one label or id, or a list of them. */
const NAMES = ["highlight", "peers", "near", "far", "subject"] as const;
/** Options of text. */
const TEXTS = ["title", "description", "id"] as const;

/**
 * The options, checked, with null taken as not given (the caller's object is not changed). `unitPerRow`:
 * the chart also takes its unit as a function of the row. @internal
 */
export function chartOptions<O extends ChartOptions>(chart: string, options: O | null | undefined, unitPerRow = false): O {
  if (options == null) return {} as O;
  if (typeof options !== "object" || Array.isArray(options)) return typeError(chart, "options must be an object", options);
  const given = options as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const set = (key: string, value: unknown) => ((out ??= { ...given })[key] = value);
  for (const key in given) if (given[key] === null && key !== "document") set(key, undefined);
  const get = (key: string) => (out ?? given)[key];

  for (const key of ["width", "height"]) {
    const v = get(key);
    if (v === undefined) continue;
    if (typeof v !== "number") typeError(chart, `${key} must be a number of pixels`, v);
    if (!(v > 0 && v <= 1e6)) rangeError(chart, `${key} must be a number of pixels above 0 and at most 1,000,000`, v);
  }
  keyword(chart, get("locale"), "locale", ["zh-CN", "en"], "zh-CN");
  for (const key of TEXTS) {
    const v = get(key);
    if (typeof v === "number" && Number.isFinite(v)) set(key, String(v)); // a year as a title, an id
    else if (v !== undefined && typeof v !== "string") typeError(chart, `${key} must be text`, v);
  }
  const unit = get("unit");
  if (unit !== undefined && typeof unit !== "string" && !(typeof unit === "object" && typeof (unit as { id?: unknown }).id === "string") && !(unitPerRow && typeof unit === "function")) {
    typeError(chart, `unit must be a unit's name (亿元, %, 万亩 …) or a Unit${unitPerRow ? ", or a function of the row" : ""}`, unit);
  }
  const figure = get("figure");
  if (figure !== undefined && typeof figure !== "boolean") typeError(chart, "figure must be true or false", figure);
  for (const key of NAMES) {
    const v = get(key);
    if (v === undefined) continue;
    // peers, near and far are lists: one name alone is a list of one (not a list of its characters)
    const list = key === "peers" || key === "near" || key === "far";
    if (typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) {
      if (list) set(key, [String(v)]);
      else if (typeof v === "number") set(key, String(v));
    } else if (key !== "subject" && Array.isArray(v) && v.every((x) => typeof x === "string" || (typeof x === "number" && Number.isFinite(x)))) {
      if (v.some((x) => typeof x === "number")) set(key, v.map(String));
    } else typeError(chart, `${key} must be a label or entity id${key === "subject" ? "" : ", or a list of them"}`, v);
  }
  return (out ?? given) as O;
}
