import { DuibiaoError, show } from "../_internal/errors.js";
import { comparePeriods } from "../time/comparePeriods.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period, PeriodKind } from "../time/period.js";
import type { EntitySet } from "./entitySet.js";
import type { Indicator } from "./indicator.js";
import type { IndicatorSet } from "./indicatorSet.js";

/**
 * Marks on an observation: `estimated` (估计), `revised` (修订), `preliminary` (初步核算).
 *
 * @category Panel
 * @example
 * const flag: ObservationFlag = "revised";
 * flag // => "revised"
 */
export type ObservationFlag = "estimated" | "revised" | "preliminary";

/** @internal Bit of each flag in the flags column. */
export const FLAG_BITS: Readonly<Record<ObservationFlag, number>> = /* @__PURE__ */ Object.freeze({ estimated: 1, revised: 2, preliminary: 4 });
const FLAG_NAMES = /* @__PURE__ */ Object.keys(FLAG_BITS) as ObservationFlag[];

/**
 * One observation as given to {@link createPanel}. A missing `value` (null, undefined or NaN) is
 * kept as a missing value — the row still exists, e.g. to carry a published growth rate.
 *
 * @category Panel
 * @example
 * const row: ObservationInput = { entity: "jining-hitech", indicator: "industrial_va", period: "2018-01/07", value: null, growth: 0.073 };
 * createPanel([row]).growth("jining-hitech", "industrial_va", "2018年1—7月") // => 0.073
 */
export interface ObservationInput {
  entity: string;
  indicator: string;
  period: string | Period;
  value?: number | null;
  /** Published year-on-year growth as a fraction (0.073 = 7.3 %). */
  growth?: number | null;
  flags?: ObservationFlag | readonly ObservationFlag[] | null;
}

/**
 * One observation read back from a {@link Panel}. Missing numbers are NaN.
 *
 * @category Panel
 * @example
 * const o: Observation | undefined = createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).get("a", "x", "2018");
 * [o?.value, o?.growth, o?.flags] // => [1, NaN, []]
 */
export interface Observation {
  readonly entity: string;
  readonly indicator: string;
  readonly period: Period;
  readonly value: number;
  readonly growth: number;
  readonly flags: readonly ObservationFlag[];
}

/**
 * A column of integer codes: the narrowest unsigned typed array that holds the dictionary.
 *
 * @category Panel
 * @example
 * const codes: CodeArray = new Uint8Array([0, 1]);
 * codes.length // => 2
 */
export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * Options of {@link createPanel}.
 *
 * @category Panel
 * @example
 * const options: PanelOptions = { entities: createEntities([{ id: "a", name: "甲区" }]) };
 * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }], options).value("甲区", "x", "2018") // => 1
 */
export interface PanelOptions {
  /** Entity definitions: lets lookups use names and groups. Rows are not checked against them here; the loaders do that. */
  entities?: EntitySet;
  /** Indicator definitions: lets lookups use names, and analytics read units and directions. */
  indicators?: IndicatorSet;
}

/**
 * Options of {@link Panel.series}.
 *
 * @category Panel
 * @example
 * const options: SeriesOptions = { kind: "ytd", from: "2018-01/02" };
 * options.kind // => "ytd"
 */
export interface SeriesOptions {
  /** Only periods of this kind (a panel may hold a zone's annual and year-to-date values side by side). */
  kind?: PeriodKind;
  /** First period to include. */
  from?: Period | string;
  /** Last period to include. */
  to?: Period | string;
}

/**
 * Options of {@link Panel.crossSection}.
 *
 * @category Panel
 * @example
 * const options: CrossSectionOptions = { group: "jining-units" };
 * options.group // => "jining-units"
 */
export interface CrossSectionOptions {
  /** The entities to read, in this order (ids or names). */
  entities?: readonly string[];
  /** A peer group of the panel's {@link EntitySet}: its members, in their order. */
  group?: string;
}

/**
 * A columnar panel of observations: entity × indicator × period → value, published growth and
 * flags. Keys are integer codes into three dictionaries, held in the narrowest typed arrays; rows are
 * sorted by entity, indicator and period (in time order), so a series is a contiguous slice and a
 * lookup is a binary search. A million observations take about 20 MB.
 *
 * Build one with {@link createPanel} or a loader ({@link readCsv}, {@link readJson}). Panels are
 * immutable. Missing values are NaN. Lookups take ids, or names when the panel has definitions.
 *
 * @category Panel
 * @example
 * const panel = createPanel([
 *   { entity: "jining-hitech", indicator: "revenue", period: "2017-01/07", value: 500 },
 *   { entity: "jining-hitech", indicator: "revenue", period: "2018-01/07", value: 569.5 },
 * ]);
 * panel.size // => 2
 * panel.value("jining-hitech", "revenue", "2018年1—7月") // => 569.5
 * panel.value("jining-hitech", "revenue", "2016-01/07") // => NaN
 * Array.from(panel.series("jining-hitech", "revenue").values) // => [500, 569.5]
 */
export class Panel {
  /** Number of observations. */
  readonly size: number;
  /** Entity ids by code. */
  readonly entities: readonly string[];
  /** Indicator ids by code. */
  readonly indicators: readonly string[];
  /** Periods by code, in time order ({@link comparePeriods}). */
  readonly periods: readonly Period[];
  /** The columns, one typed array each, row-aligned. `growth` is NaN where none was given. */
  readonly columns: {
    readonly entity: CodeArray;
    readonly indicator: CodeArray;
    readonly period: CodeArray;
    readonly value: Float64Array;
    readonly growth: Float64Array;
    readonly flags: Uint8Array;
  };
  /** Entity definitions, when given. */
  readonly entitySet: EntitySet | undefined;
  /** Indicator definitions, when given. */
  readonly indicatorSet: IndicatorSet | undefined;

  readonly #entityCode: Map<string, number>;
  readonly #indicatorCode: Map<string, number>;
  readonly #periodCode: Map<Period, number>;
  /** Start row of each (entity, indicator) pair, when the pair space is small enough; else null. */
  readonly #pairStart: Int32Array | null;
  #runs: [Int32Array, Int32Array] | undefined;
  #sections: [Int32Array, Int32Array] | undefined;

  /** @internal Use {@link createPanel} or a loader. */
  constructor(
    dictionaries: { entities: readonly string[]; indicators: readonly string[]; periods: readonly Period[] },
    columns: Panel["columns"],
    options: PanelOptions = {},
  ) {
    this.entities = Object.freeze([...dictionaries.entities]);
    this.indicators = Object.freeze([...dictionaries.indicators]);
    this.periods = Object.freeze([...dictionaries.periods]);
    this.columns = Object.freeze({ ...columns });
    this.size = columns.value.length;
    this.entitySet = options.entities;
    this.indicatorSet = options.indicators;
    this.#entityCode = new Map(this.entities.map((id, i) => [id, i]));
    this.#indicatorCode = new Map(this.indicators.map((id, i) => [id, i]));
    this.#periodCode = new Map(this.periods.map((p, i) => [p, i]));
    const nPairs = this.entities.length * this.indicators.length;
    if (nPairs <= 4 * this.size + 65536) {
      const start = new Int32Array(nPairs + 1);
      const { entity, indicator } = columns;
      const nI = this.indicators.length;
      for (let r = 0; r < this.size; r++) start[entity[r] * nI + indicator[r] + 1]++;
      for (let k = 0; k < nPairs; k++) start[k + 1] += start[k];
      this.#pairStart = start;
    } else {
      this.#pairStart = null;
    }
  }

  /**
   * Code of an entity (by id, or by name when the panel has an {@link EntitySet}); -1 when absent.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).entityCode("a") // => 0
   */
  entityCode(entity: string): number {
    const c = this.#entityCode.get(entity);
    if (c !== undefined) return c;
    const e = this.entitySet?.get(entity);
    return e === undefined ? -1 : (this.#entityCode.get(e.id) ?? -1);
  }

  /**
   * Code of an indicator (by id, or by name when the panel has an {@link IndicatorSet}); -1 when absent.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).indicatorCode("y") // => -1
   */
  indicatorCode(indicator: string): number {
    const c = this.#indicatorCode.get(indicator);
    if (c !== undefined) return c;
    const i = this.indicatorSet?.get(indicator);
    return i === undefined ? -1 : (this.#indicatorCode.get(i.id) ?? -1);
  }

  /**
   * Code of a period (its rank in time among the panel's periods); -1 when absent or unparseable.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018-07", value: 1 }]).periodCode("2018年7月") // => 0
   */
  periodCode(period: Period | string): number {
    let p: Period;
    try {
      p = parsePeriod(period);
    } catch {
      return -1;
    }
    return this.#periodCode.get(p) ?? -1;
  }

  /**
   * Row of an observation, or -1.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).indexOf("a", "x", "2018") // => 0
   */
  indexOf(entity: string, indicator: string, period: Period | string): number {
    const e = this.entityCode(entity);
    const i = this.indicatorCode(indicator);
    const p = this.periodCode(period);
    if (e < 0 || i < 0 || p < 0) return -1;
    return this.indexOfCodes(e, i, p);
  }

  /**
   * Row of an observation given codes, or -1: the fast path for loops over codes.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).indexOfCodes(0, 0, 0) // => 0
   */
  indexOfCodes(e: number, i: number, p: number): number {
    const [lo0, hi0] = this.#pairRange(e, i);
    const P = this.columns.period;
    let lo = lo0;
    let hi = hi0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (P[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo < hi0 && P[lo] === p ? lo : -1;
  }

  /**
   * The value of an observation, NaN when there is none.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1.5 }]).value("a", "x", "2018") // => 1.5
   */
  value(entity: string, indicator: string, period: Period | string): number {
    const r = this.indexOf(entity, indicator, period);
    return r < 0 ? NaN : this.columns.value[r];
  }

  /**
   * The published growth of an observation (a fraction), NaN when there is none.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", growth: 0.063 }]).growth("a", "x", "2018") // => 0.063
   */
  growth(entity: string, indicator: string, period: Period | string): number {
    const r = this.indexOf(entity, indicator, period);
    return r < 0 ? NaN : this.columns.growth[r];
  }

  /**
   * The whole observation, or undefined when the panel has none for this key.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 2, flags: "estimated" }]).get("a", "x", "2018")?.flags // => ["estimated"]
   */
  get(entity: string, indicator: string, period: Period | string): Observation | undefined {
    const r = this.indexOf(entity, indicator, period);
    return r < 0 ? undefined : this.row(r);
  }

  /**
   * The observation at a row.
   * @throws {RangeError} when the row is out of range
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 2 }]).row(0).entity // => "a"
   */
  row(r: number): Observation {
    if (!(r >= 0 && r < this.size && Number.isInteger(r))) throw new RangeError(`Panel.row: row must be an integer 0–${this.size - 1}; got ${show(r)}`);
    const c = this.columns;
    const bits = c.flags[r];
    return {
      entity: this.entities[c.entity[r]],
      indicator: this.indicators[c.indicator[r]],
      period: this.periods[c.period[r]],
      value: c.value[r],
      growth: c.growth[r],
      flags: bits === 0 ? [] : FLAG_NAMES.filter((f) => bits & FLAG_BITS[f]),
    };
  }

  /**
   * The time series of one entity and indicator, in time order. Empty when there is none.
   * @example
   * const panel = createPanel([
   *   { entity: "a", indicator: "x", period: "2018", value: 3 },
   *   { entity: "a", indicator: "x", period: "2018-01/07", value: 1 },
   *   { entity: "a", indicator: "x", period: "2017", value: 2 },
   * ]);
   * panel.series("a", "x").periods.map((p) => periodKey(p)) // => ["2017", "2018-01/07", "2018"]
   * Array.from(panel.series("a", "x", { kind: "year" }).values) // => [2, 3]
   */
  series(entity: string, indicator: string, options: SeriesOptions = {}): { periods: Period[]; values: Float64Array; growth: Float64Array; rows: Int32Array } {
    const e = this.entityCode(entity);
    const i = this.indicatorCode(indicator);
    const rows: number[] = [];
    if (e >= 0 && i >= 0) {
      const [lo, hi] = this.#pairRange(e, i);
      const from = options.from === undefined ? undefined : parsePeriod(options.from);
      const to = options.to === undefined ? undefined : parsePeriod(options.to);
      for (let r = lo; r < hi; r++) {
        const p = this.periods[this.columns.period[r]];
        if (options.kind !== undefined && p.kind !== options.kind) continue;
        if (from !== undefined && comparePeriods(p, from) < 0) continue;
        if (to !== undefined && comparePeriods(p, to) > 0) continue;
        rows.push(r);
      }
    }
    const idx = Int32Array.from(rows);
    return {
      periods: rows.map((r) => this.periods[this.columns.period[r]]),
      values: Float64Array.from(rows, (r) => this.columns.value[r]),
      growth: Float64Array.from(rows, (r) => this.columns.growth[r]),
      rows: idx,
    };
  }

  /**
   * The values of one indicator in one period across entities — the input of a ranking. Entities
   * without an observation get NaN (they are kept, not dropped). By default every entity of the panel.
   * @throws {DuibiaoError} `E_UNKNOWN_ENTITY` for a group the panel's entities do not have
   * @example
   * const panel = createPanel([
   *   { entity: "a", indicator: "x", period: "2018", value: 3 },
   *   { entity: "b", indicator: "x", period: "2018", value: 5 },
   *   { entity: "c", indicator: "x", period: "2017", value: 4 },
   * ]);
   * const cs = panel.crossSection("x", "2018");
   * cs.entities // => ["a", "b", "c"]
   * Array.from(cs.values) // => [3, 5, NaN]
   */
  crossSection(indicator: string, period: Period | string, options: CrossSectionOptions = {}): { entities: string[]; values: Float64Array; growth: Float64Array } {
    let ids: string[];
    if (options.group !== undefined) {
      const members = this.entitySet?.members(options.group) ?? [];
      if (members.length === 0) {
        throw new DuibiaoError({
          code: "E_UNKNOWN_ENTITY",
          field: "group",
          value: options.group,
          message: `crossSection: group ${show(options.group)} has no members${this.entitySet ? "" : " (the panel has no entity definitions: load it with { entities })"}`,
        });
      }
      ids = members.map((m) => m.id);
    } else {
      ids = options.entities ? [...options.entities] : [...this.entities];
    }
    const i = this.indicatorCode(indicator);
    const p = this.periodCode(period);
    const values = new Float64Array(ids.length).fill(NaN);
    const growth = new Float64Array(ids.length).fill(NaN);
    if (i >= 0 && p >= 0) {
      ids.forEach((id, k) => {
        const e = this.entityCode(id);
        const r = e < 0 ? -1 : this.indexOfCodes(e, i, p);
        if (r >= 0) {
          values[k] = this.columns.value[r];
          growth[k] = this.columns.growth[r];
        }
      });
    }
    return { entities: ids.map((id) => this.entitySet?.get(id)?.id ?? id), values, growth };
  }

  /**
   * Rows matching every given key (each a single key or a list); all rows when none is given.
   * Unknown keys match nothing.
   * @example
   * const panel = createPanel([
   *   { entity: "a", indicator: "x", period: "2018", value: 1 },
   *   { entity: "b", indicator: "x", period: "2018", value: 2 },
   *   { entity: "b", indicator: "y", period: "2018", value: 3 },
   * ]);
   * Array.from(panel.select({ indicator: "x" })) // => [0, 1]
   * Array.from(panel.select({ entity: "b", period: "2018" })) // => [1, 2]
   */
  select(keys: { entity?: string | readonly string[]; indicator?: string | readonly string[]; period?: Period | string | readonly (Period | string)[] } = {}): Int32Array {
    const codes = <T>(k: T | readonly T[] | undefined, f: (x: T) => number, n: number): Uint8Array | null => {
      if (k === undefined) return null;
      const want = new Uint8Array(n);
      for (const x of (Array.isArray(k) ? k : [k]) as T[]) {
        const c = f(x);
        if (c >= 0) want[c] = 1;
      }
      return want;
    };
    const E = codes(keys.entity, (x) => this.entityCode(x), this.entities.length);
    const I = codes(keys.indicator, (x) => this.indicatorCode(x), this.indicators.length);
    const P = codes(keys.period, (x) => this.periodCode(x), this.periods.length);
    const c = this.columns;
    const out: number[] = [];
    for (let r = 0; r < this.size; r++) {
      if ((E === null || E[c.entity[r]]) && (I === null || I[c.indicator[r]]) && (P === null || P[c.period[r]])) out.push(r);
    }
    return Int32Array.from(out);
  }

  /**
   * The definition of an indicator, when the panel has an {@link IndicatorSet}.
   * @example
   * const panel = createPanel([], { indicators: createIndicators([{ id: "fdi", name: "实际利用外资", unit: "万美元" }]) });
   * panel.indicator("fdi")?.unit.id // => "万美元"
   */
  indicator(idOrName: string): Indicator | undefined {
    return this.indicatorSet?.get(idOrName);
  }

  /**
   * All observations as objects, in row order. Convenient, not fast: prefer {@link Panel.columns} in loops.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).toRows().length // => 1
   */
  toRows(): Observation[] {
    const out: Observation[] = new Array(this.size);
    for (let r = 0; r < this.size; r++) out[r] = this.row(r);
    return out;
  }

  /**
   * Bytes held by the columns and the pair index.
   * @example
   * createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]).byteLength > 0 // => true
   */
  get byteLength(): number {
    const c = this.columns;
    return c.entity.byteLength + c.indicator.byteLength + c.period.byteLength + c.value.byteLength + c.growth.byteLength + c.flags.byteLength + (this.#pairStart?.byteLength ?? 0);
  }

  /**
   * @internal The runs of rows that share an entity and an indicator (a series each): their start
   * and end rows, computed once per panel.
   */
  seriesRuns(): [Int32Array, Int32Array] {
    if (this.#runs !== undefined) return this.#runs;
    const { entity: E, indicator: I } = this.columns;
    let count = 0;
    for (let r = 0; r < this.size; r++) if (r === 0 || E[r] !== E[r - 1] || I[r] !== I[r - 1]) count++;
    const lo = new Int32Array(count);
    const hi = new Int32Array(count);
    let k = -1;
    for (let r = 0; r < this.size; r++) {
      if (r === 0 || E[r] !== E[r - 1] || I[r] !== I[r - 1]) {
        if (k >= 0) hi[k] = r;
        lo[++k] = r;
      }
    }
    if (k >= 0) hi[k] = this.size;
    return (this.#runs = [lo, hi]);
  }

  /**
   * @internal The rows grouped by cross-section (indicator × period), in row order within each:
   * section k = indicator code × periods + period code holds rows order[start[k]] … order[start[k + 1] − 1].
   * Computed once per panel by a counting sort (4 bytes a row, kept with the panel).
   */
  crossSections(): [order: Int32Array, start: Int32Array] {
    if (this.#sections !== undefined) return this.#sections;
    const { indicator: I, period: P } = this.columns;
    const nP = this.periods.length;
    const nKeys = this.indicators.length * nP;
    const start = new Int32Array(nKeys + 1);
    for (let r = 0; r < this.size; r++) start[I[r] * nP + P[r] + 1]++;
    for (let k = 0; k < nKeys; k++) start[k + 1] += start[k];
    const fill = start.slice(0, nKeys);
    const order = new Int32Array(this.size);
    for (let r = 0; r < this.size; r++) order[fill[I[r] * nP + P[r]]++] = r;
    return (this.#sections = [order, start]);
  }

  #pairRange(e: number, i: number): [number, number] {
    const nI = this.indicators.length;
    if (this.#pairStart !== null) return [this.#pairStart[e * nI + i], this.#pairStart[e * nI + i + 1]];
    const E = this.columns.entity;
    const I = this.columns.indicator;
    const bound = (i2: number, e2: number): number => {
      let lo = 0;
      let hi = this.size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (E[mid] < e2 || (E[mid] === e2 && I[mid] < i2)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return [bound(i, e), i + 1 < nI ? bound(i + 1, e) : bound(0, e + 1)];
  }
}
