import type { Unit } from "../model/unit.js";
import { formatValue } from "../narrative/formatValue.js";
import { formatCompact } from "../narrative/formatCompact.js";
import type { EntitySet } from "../model/entitySet.js";

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
 * Reads a field by accessor, or by the first of the default keys that the row has a value for (not
 * undefined; read as `d[key]`, as d3 and Plot read fields, so a getter of a class counts). @internal
 */
export function field<T, R>(accessor: Accessor<T, R> | undefined, keys: readonly string[]): Accessor<T, R | undefined> {
  if (accessor !== undefined) return accessor;
  if (keys.length === 0) return () => undefined;
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
    return v as R | undefined;
  };
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
  return unit === undefined ? formatCompact(value, { locale }) : formatValue(value, unit, { locale });
}

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
