import { findUnit, type Unit } from "../model/unit.js";
import { formatNumber } from "../narrative/_format.js";
import { formatValue } from "../narrative/formatValue.js";
import { formatCompact } from "../narrative/formatCompact.js";
import type { EntitySet } from "../model/entitySet.js";
import { typeError } from "../_internal/errors.js";
import { READERS } from "./_fields.js";

/**
 * An accessor in d3's shape: reads a field of a row, with the row's index and the whole data.
 *
 * @category Charts
 * @example
 * const value: Accessor<{ revenue: number }, number> = (d) => d.revenue;
 * value({ revenue: 693.46 }, 0, []) // => 693.46
 */
export type Accessor<T, R> = (d: T, i: number, data: readonly T[]) => R;

/**
 * A channel option: an {@link Accessor}, or the name of the field to read (as in Observable Plot:
 * `{ label: "城市", value: "收入" }`), the one form that JSON — a `<duibiao-chart>`'s options — can
 * carry. A named field is read as `d[name]`; a row without it counts as missing.
 *
 * A number channel (a value, a target, a rank) takes numbers, or text as statistical tables write it,
 * read by `parseNumber`: "1,234.5", "7.3%" (0.073), "－3.2". A blank, "—" or "…" is a missing value,
 * as null is (never 0); other text is missing too, and the chart warns once, with the first of it.
 *
 * @category Charts
 * @example
 * const byName: Channel<{ 城市: string; 收入: number }, number> = "收入";
 * const byFunction: Channel<{ 城市: string; 收入: number }, number> = (d) => d.收入 / 1e4;
 * [byName, typeof byFunction] // => ["收入", "function"]
 */
export type Channel<T, R> = Accessor<T, R> | FieldName<T>;

/**
 * The name of a field of the rows: any string when the rows' type is not known.
 *
 * @category Charts
 * @example
 * const name: FieldName<{ label: string; value: number }> = "value";
 * name // => "value"
 */
export type FieldName<T> = unknown extends T ? string : Extract<keyof T, string>;

/** Where a channel option is read, for messages: the chart, the option's name and the rows. @internal */
export interface ChannelSite {
  readonly chart: string;
  readonly option: string;
  readonly rows: readonly unknown[];
}

/**
 * Reads a field by accessor, by the field name given, or by the first of the default keys that the row
 * has a value for (not undefined; read as `d[key]`, as d3 and Plot read fields, so a getter of a class
 * counts); null, as JSON writes "not given", is the default too. A name that no row has is warned
 * about once (a misspelt column draws an empty chart); anything else (a number, an object) throws a
 * TypeError. @internal
 */
export function field<T, R>(accessor: Channel<T, R> | null | undefined, keys: readonly string[], site?: ChannelSite): Accessor<T, R | undefined> {
  if (typeof accessor === "function") return accessor;
  if (typeof accessor === "string") {
    if (site !== undefined) checkName(accessor, site);
    keys = [accessor];
  } else if (accessor != null) {
    typeError(site?.chart ?? "chart", `${site?.option ?? "a channel option"} must be a function (d, i, data) => value or the name of a field`, accessor);
  }
  if (keys.length === 0) return () => undefined;
  // The charts' default keys, and the same names given, have readers of their own (see _fields.ts).
  return (READERS.get(keys.join(",")) ?? readKeys(keys)) as Accessor<T, R | undefined>;
}

/**
 * Reads the first of the keys that the row has a value for: one reader for any keys (the other field
 * names), so slower than those of _fields.ts, which must read as this does. @internal
 */
export function readKeys(keys: readonly string[]): (d: unknown) => unknown {
  const [k0, k1, k2] = keys;
  const more = keys.slice(3);
  // Unrolled for the usual one to three keys: this runs for every row and field (a loop over the keys
  // made the 3,400-row bump chart 7% slower).
  return (d) => {
    if (d === null || typeof d !== "object") return undefined;
    const row = d as Record<string, unknown>;
    let v = row[k0];
    if (v === undefined && k1 !== undefined) {
      v = row[k1];
      if (v === undefined && k2 !== undefined) {
        v = row[k2];
        for (let i = 0; v === undefined && i < more.length; i++) v = row[more[i]];
      }
    }
    return v;
  };
}

/** Warns (once per message) when rows are given and not one of them has the named field. */
function checkName(name: string, { chart, option, rows }: ChannelSite): void {
  let first: object | undefined;
  for (let i = 0; i < rows.length; i++) {
    const d = rows[i];
    if (d === null || typeof d !== "object") continue;
    if (name in d) return;
    first ??= d;
  }
  if (first === undefined) return; // no rows, or none that are objects: nothing to say about a field
  const fields = Object.keys(first).slice(0, 12).map((k) => JSON.stringify(k));
  warnOnce(`${chart}: no row has the field ${JSON.stringify(name)} (options.${option}); the first row's fields are ${fields.join(", ") || "none"}`);
}

const warned = new Set<string>();

/** console.warn, once per message: a chart redrawn on every resize repeats nothing. @internal */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** A label: text as given, or an entity's name when `entities` knows the id. @internal */
export function nameOf(value: unknown, entities: EntitySet | undefined, locale: "zh-CN" | "en"): string {
  if (value == null) return "";
  const text = String(value);
  const e = entities?.get(text);
  return e === undefined ? text : locale === "en" ? e.name.en : e.name.zh;
}

/** A number for display: with its unit when there is one, else compact (万/亿). @internal */
export function show(value: number, unit: string | Unit | undefined, locale: "zh-CN" | "en"): string {
  if (!Number.isFinite(value)) return "—";
  if (unit === undefined || unit === "") return formatCompact(value, { locale });
  // A unit the library does not know (万亩, 标箱, 人次 …) is a label to write after the number, as given:
  // a chart only shows it (the loaders, which convert, ask for it to be defined).
  const known = findUnit(unit);
  if (known === undefined) return `${formatNumber(value, locale, UNKNOWN_UNIT_DIGITS, locale === "en")}${locale === "en" ? " " : ""}${typeof unit === "string" ? unit : unit.id}`;
  return formatValue(value, known, { locale });
}

const UNKNOWN_UNIT_DIGITS = { min: 0, max: 2 } as const;

/** Default margins. @internal */
export const MARGIN = { top: 8, right: 16, bottom: 28, left: 8 } as const;

/** Rounds to 3 decimals, for coordinates written into strings (transforms, paths). @internal */
export function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Drawing order of a mark by its class: the rest first, then far models, peers and the subject on top. @internal */
export function layer(cls: string): number {
  return cls === "db-subject" ? 4 : cls === "db-peer" ? 3 : cls === "db-far" ? 2 : cls === "db-mark" ? 1 : 0;
}
