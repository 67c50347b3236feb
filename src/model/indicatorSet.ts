import { DuibiaoError, show } from "../_internal/errors.js";
import { defineIndicator, type Indicator, type IndicatorSpec } from "./indicator.js";

/**
 * A set of indicators, looked up by id or by Chinese or English name.
 * Build it with {@link createIndicators}.
 *
 * @category Indicators
 * @example
 * const set: IndicatorSet = createIndicators([{ id: "fdi", name: "实际利用外资", unit: "万美元" }]);
 * set.get("实际利用外资")?.id // => "fdi"
 */
export interface IndicatorSet {
  /** The indicators in the order given. */
  readonly list: readonly Indicator[];
  /** The indicator with this id or name, or undefined. */
  get(idOrName: string): Indicator | undefined;
  /** Like `get`, but throws `E_UNKNOWN_INDICATOR` naming the known ids. */
  require(idOrName: string): Indicator;
}

/**
 * Validates indicator definitions and indexes them by id and name. Names are matched after
 * folding full-width characters and straight/curly quotes, so `"四新"企业数` and `“四新”企业数` are one.
 *
 * @throws {DuibiaoError} `E_INVALID_DEFINITION` for a bad definition or a duplicate id
 * @category Indicators
 * @example
 * const set = createIndicators([
 *   { id: "industrial_va", name: { zh: "规模以上工业增加值", en: "Industrial value added" }, unit: "亿元" },
 *   { id: "fdi", name: "实际利用外资", unit: "万美元" },
 * ]);
 * set.require("Industrial value added").unit.id // => "亿元"
 * set.list.length // => 2
 */
export function createIndicators(specs: readonly (IndicatorSpec | Indicator)[]): IndicatorSet {
  const list: Indicator[] = [];
  const byKey = new Map<string, Indicator>();
  for (const spec of specs) {
    const ind = defineIndicator(spec as IndicatorSpec);
    if (byKey.get(ind.id)?.id === ind.id) {
      throw new DuibiaoError({ code: "E_INVALID_DEFINITION", field: "id", value: ind.id, message: `indicator id ${show(ind.id)} is defined twice` });
    }
    list.push(ind);
    byKey.set(ind.id, ind);
  }
  // Names never shadow ids; a name shared by two indicators resolves to neither.
  const ambiguous = new Set<string>();
  for (const ind of list) {
    for (const n of new Set([nameKey(ind.name.zh), nameKey(ind.name.en)])) {
      const seen = byKey.get(n);
      if (seen === undefined) byKey.set(n, ind);
      else if (seen !== ind && seen.id !== n) ambiguous.add(n);
    }
  }
  for (const n of ambiguous) byKey.delete(n);
  const get = (key: string) => (typeof key === "string" ? (byKey.get(key) ?? byKey.get(nameKey(key))) : undefined);
  return Object.freeze({
    list: Object.freeze(list),
    get,
    require(key: string): Indicator {
      const ind = get(key);
      if (ind === undefined) {
        throw new DuibiaoError({
          code: "E_UNKNOWN_INDICATOR",
          value: key,
          message: `unknown indicator ${show(key)}${ambiguous.has(nameKey(String(key))) ? " (that name belongs to more than one indicator: use the id)" : ""}; known ids: ${list
            .slice(0, 20)
            .map((i) => i.id)
            .join(", ")}${list.length > 20 ? ", …" : ""}`,
        });
      }
      return ind;
    },
  });
}

/** @internal Folds full-width forms, curly quotes and spaces so that names match as people write them. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, "")
    .toLowerCase();
}
