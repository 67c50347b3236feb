import { DuibiaoError, show } from "../_internal/errors.js";

/**
 * What a unit measures. Values convert only between units of the same dimension (and, for money,
 * the same currency unless exchange rates are given).
 *
 * @category Units
 * @example
 * const d: UnitDimension = "money";
 * d // => "money"
 */
export type UnitDimension = "money" | "count" | "people" | "area" | "mass" | "energy" | "ratio" | "other";

/**
 * A unit of measure with its scale relative to the dimension's base unit (元, 个, 人, 平方米, 吨,
 * 千瓦时, 1): 万元 has scale 1e4, 亿元 1e8, 亩 666.67 (平方米), % 0.01 — rates are held as fractions.
 *
 * @category Units
 * @example
 * const u: Unit = getUnit("亿元");
 * [u.dimension, u.scale, u.currency] // => ["money", 1e8, "CNY"]
 */
export interface Unit {
  /** The unit as written in Chinese tables (亿元, 万美元, 个 …); also its id. */
  readonly id: string;
  /** English name, e.g. "100 million yuan". */
  readonly en: string;
  readonly dimension: UnitDimension;
  /** Multiplier to the dimension's base unit. */
  readonly scale: number;
  /** ISO 4217 code for money units. */
  readonly currency?: string;
  /** Other spellings accepted by {@link getUnit}. */
  readonly aliases?: readonly string[];
}

const MU = 10000 / 15; // 1 亩 = 1/15 公顷 = 666.67 平方米

const DIMENSIONS: readonly UnitDimension[] = ["money", "count", "people", "area", "mass", "energy", "ratio", "other"];

const BUILT_IN: readonly Unit[] = [
  { id: "元", en: "yuan", dimension: "money", scale: 1, currency: "CNY", aliases: ["CNY", "RMB", "人民币元"] },
  { id: "万元", en: "10,000 yuan", dimension: "money", scale: 1e4, currency: "CNY" },
  { id: "亿元", en: "100 million yuan", dimension: "money", scale: 1e8, currency: "CNY" },
  { id: "美元", en: "US dollars", dimension: "money", scale: 1, currency: "USD", aliases: ["USD"] },
  { id: "万美元", en: "10,000 US dollars", dimension: "money", scale: 1e4, currency: "USD" },
  { id: "亿美元", en: "100 million US dollars", dimension: "money", scale: 1e8, currency: "USD" },
  { id: "个", en: "units", dimension: "count", scale: 1 },
  { id: "家", en: "enterprises", dimension: "count", scale: 1 },
  { id: "项", en: "items", dimension: "count", scale: 1 },
  { id: "户", en: "households", dimension: "count", scale: 1 },
  { id: "件", en: "pieces", dimension: "count", scale: 1 },
  { id: "人", en: "people", dimension: "people", scale: 1 },
  { id: "万人", en: "10,000 people", dimension: "people", scale: 1e4 },
  { id: "平方米", en: "square metres", dimension: "area", scale: 1, aliases: ["m2", "m²", "㎡"] },
  { id: "亩", en: "mu", dimension: "area", scale: MU },
  { id: "公顷", en: "hectares", dimension: "area", scale: 1e4, aliases: ["ha"] },
  { id: "平方公里", en: "square kilometres", dimension: "area", scale: 1e6, aliases: ["km2", "km²", "平方千米"] },
  { id: "吨", en: "tonnes", dimension: "mass", scale: 1, aliases: ["t"] },
  { id: "万吨", en: "10,000 tonnes", dimension: "mass", scale: 1e4 },
  { id: "千瓦时", en: "kWh", dimension: "energy", scale: 1, aliases: ["kWh", "度"] },
  { id: "万千瓦时", en: "10,000 kWh", dimension: "energy", scale: 1e4 },
  { id: "亿千瓦时", en: "100 million kWh", dimension: "energy", scale: 1e8 },
  { id: "%", en: "percent", dimension: "ratio", scale: 0.01, aliases: ["％", "百分比"] },
  { id: "‰", en: "per mille", dimension: "ratio", scale: 0.001 },
];

// Filled on first use, so that importing the library (or one function of it) costs nothing.
let units: Map<string, Unit> | undefined;
function registry(): Map<string, Unit> {
  if (units === undefined) {
    units = new Map();
    for (const u of BUILT_IN) register(Object.freeze({ ...u, aliases: Object.freeze([...(u.aliases ?? [])]) }));
  }
  return units;
}

function register(u: Unit): void {
  const map = registry();
  map.set(u.id, u);
  for (const a of u.aliases ?? []) map.set(a, u);
}

/**
 * Looks up a unit by its Chinese id (亿元, 万美元, 亩, %, …) or an alias (CNY, USD, m², …).
 * Full-width characters are folded first.
 *
 * @throws {DuibiaoError} `E_UNKNOWN_UNIT` listing the known units; add your own with {@link defineUnit}
 * @category Units
 * @example
 * getUnit("万美元").scale // => 10000
 * getUnit("％").id // => "%"
 */
export function getUnit(id: string | Unit): Unit {
  const u = findUnit(id);
  if (u === undefined) {
    throw new DuibiaoError({
      code: "E_UNKNOWN_UNIT",
      value: id,
      message: `unknown unit ${show(id)}. Known units: ${BUILT_IN.map((b) => b.id).join(" ")}; add one with defineUnit({ id, en, dimension, scale }).`,
    });
  }
  return u;
}

/** The unit of an id or alias, as {@link getUnit} finds it, or undefined for one it does not know. @internal */
export function findUnit(id: string | Unit): Unit | undefined {
  if (typeof id === "object" && id !== null && typeof id.id === "string") return id;
  return typeof id === "string" ? (registry().get(id) ?? registry().get(id.normalize("NFKC").trim())) : undefined;
}

/**
 * Registers a unit (or replaces one of the same id) so that indicators and loaders accept it.
 *
 * @throws {DuibiaoError} `E_INVALID_DEFINITION` when the id is empty, the dimension unknown or the scale not a positive finite number
 * @category Units
 * @example
 * defineUnit({ id: "万平方米", en: "10,000 square metres", dimension: "area", scale: 1e4 }).scale // => 10000
 * convertUnit(1, "万平方米", "亩") // => 15
 */
export function defineUnit(unit: Unit): Unit {
  if (typeof unit?.id !== "string" || unit.id === "") {
    throw new DuibiaoError({ code: "E_INVALID_DEFINITION", field: "id", value: unit?.id, message: "defineUnit: id must be a non-empty string" });
  }
  if (!DIMENSIONS.includes(unit.dimension)) {
    throw new DuibiaoError({ code: "E_INVALID_DEFINITION", field: "dimension", value: unit.dimension, message: `defineUnit: dimension of ${unit.id} must be one of ${DIMENSIONS.join(", ")}; got ${show(unit.dimension)}` });
  }
  if (!(unit.scale > 0 && Number.isFinite(unit.scale))) {
    throw new DuibiaoError({ code: "E_INVALID_DEFINITION", field: "scale", value: unit.scale, message: `defineUnit: scale of ${unit.id} must be a positive number` });
  }
  const u = Object.freeze({ ...unit, aliases: Object.freeze([...(unit.aliases ?? [])]) });
  register(u);
  return u;
}

/**
 * Options of {@link convertUnit}.
 *
 * @category Units
 * @example
 * const options: ConvertUnitOptions = { fx: { USD: 6.6174 } };
 * convertUnit(2610, "万美元", "亿元", options) // => 1.7271414
 */
export interface ConvertUnitOptions {
  /** Exchange rates: the value of one unit of each currency in yuan (CNY), e.g. `{ USD: 6.6174 }`. */
  fx?: Readonly<Record<string, number>>;
}

/**
 * Converts a value between units of the same dimension: 万元 → 亿元 divides by 1e4; money in
 * another currency converts through `options.fx`. NaN in gives NaN out.
 *
 * @throws {DuibiaoError} `E_UNIT_MISMATCH` when the dimensions differ, or currencies differ without a rate
 * @category Units
 * @example
 * convertUnit(124.7, "亿元", "万元") // => 1247000
 * convertUnit(1841, "亩", "公顷") // => 122.73333333333333
 */
export function convertUnit(value: number, from: string | Unit, to: string | Unit, options: ConvertUnitOptions = {}): number {
  const a = getUnit(from);
  const b = getUnit(to);
  if (a === b) return value;
  if (a.dimension !== b.dimension) {
    throw new DuibiaoError({
      code: "E_UNIT_MISMATCH",
      value: `${a.id} → ${b.id}`,
      message: `cannot convert ${a.id} (${a.dimension}) to ${b.id} (${b.dimension}): different kinds of quantity`,
    });
  }
  // A power of ten shifts the decimal exponent (1.247 亿元 is 12470 万元, not 1.247 × 1e4 = 12470.000000000002);
  // else multiply by an exact ratio where one exists, divide otherwise (1 公顷 is 15 亩: 1e4 ÷ 666.67).
  const up = a.scale >= b.scale;
  const ratio = up ? a.scale / b.scale : b.scale / a.scale;
  const k = Math.round(Math.log10(ratio));
  let x = 10 ** k === ratio && Number.isFinite(value) ? shift(value, up ? k : -k) : up ? value * ratio : value / ratio;
  if (a.currency !== b.currency) {
    const ra = a.currency === "CNY" ? 1 : options.fx?.[a.currency ?? ""];
    const rb = b.currency === "CNY" ? 1 : options.fx?.[b.currency ?? ""];
    if (!(ra! > 0) || !(rb! > 0)) {
      throw new DuibiaoError({
        code: "E_UNIT_MISMATCH",
        value: `${a.id} → ${b.id}`,
        message: `cannot convert ${a.id} (${a.currency}) to ${b.id} (${b.currency}) without an exchange rate; pass { fx: { ${a.currency === "CNY" ? b.currency : a.currency}: <yuan per unit> } }`,
      });
    }
    x = (x * ra!) / rb!;
  }
  return x;
}

/** value × 10^k, correctly rounded: the decimal exponent of the number's shortest text is shifted. */
function shift(value: number, k: number): number {
  const s = String(value);
  const e = s.indexOf("e");
  return e < 0 ? +`${s}e${k}` : +`${s.slice(0, e)}e${+s.slice(e + 1) + k}`;
}
