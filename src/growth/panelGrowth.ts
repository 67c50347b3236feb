import { keyword } from "../_internal/keyword.js";
import type { Panel } from "../model/panel.js";
import { periodCode as codeOfPeriod, type Period } from "../time/period.js";
import { previousPeriod, samePeriodLastYear } from "../time/shiftPeriod.js";

/**
 * Which growth {@link panelGrowth} computes: `"yoy"` (同比, against the same period a year
 * earlier), `"mom"` (环比, against the previous period of the same kind) or `"twoYearAverage"`
 * (两年平均增速, √((1+g₁)(1+g₂)) − 1 over this year's and last year's year-on-year growth).
 *
 * @category Growth
 * @example
 * const m: GrowthMethod = "twoYearAverage";
 * m // => "twoYearAverage"
 */
export type GrowthMethod = "yoy" | "mom" | "twoYearAverage";

/**
 * Where a growth rate came from: the rate the bureau `"published"` (comparable prices), one derived
 * from `"levels"`, or — for a two-year average — `"mixed"` (one year of each).
 *
 * @category Growth
 * @example
 * const s: GrowthOrigin = "published";
 * s // => "published"
 */
export type GrowthOrigin = "published" | "levels" | "mixed";

/**
 * Options of {@link panelGrowth}.
 *
 * @category Growth
 * @example
 * const options: PanelGrowthOptions = { method: "yoy", source: "levels", basis: "month" };
 * options.basis // => "month"
 */
export interface PanelGrowthOptions {
  /** Default `"yoy"`. */
  method?: GrowthMethod;
  /**
   * `"auto"` (default): the published growth where the indicator says growth is published (or, without
   * definitions, wherever the row has one), else growth from levels. `"published"`: only published
   * rates (NaN elsewhere). `"levels"`: always from levels.
   */
  source?: "auto" | "published" | "levels";
  /**
   * `"reported"` (default): the values as stored — a year-to-date row gives the growth of the
   * cumulative figure (1—7月 against 1—7月 a year earlier). `"month"`: single-month (当月) values derived
   * from year-to-date rows of cumulative indicators (1—7月 minus 1—6月; the combined 1—2月 release stands
   * for itself), always from levels, since published cumulative growth does not give monthly growth.
   */
  basis?: "reported" | "month";
}

/**
 * Growth of one observation, read from a {@link PanelGrowth}.
 *
 * @category Growth
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "x", period: "2017-01/07", value: 100 },
 *   { entity: "a", indicator: "x", period: "2018-01/07", value: 113.9 },
 * ]);
 * const g: GrowthValue | undefined = panelGrowth(panel).get("a", "x", "2018-01/07");
 * [g?.rate, g?.source, g?.base] // => [0.139, "levels", 100]
 */
export interface GrowthValue {
  readonly entity: string;
  readonly indicator: string;
  readonly period: Period;
  /** The growth rate as a fraction; NaN when there is no base or no published rate. */
  readonly rate: number;
  /** Where the rate came from; null when there is none. */
  readonly source: GrowthOrigin | null;
  /** The value compared (the single-month value with `basis: "month"`). */
  readonly current: number;
  /** The base value (a year or a period earlier); NaN when absent. */
  readonly base: number;
  /** The base period, or null when the panel has none. */
  readonly basePeriod: Period | null;
}

/**
 * Growth rates for every observation of a panel, as columns aligned with the panel's rows.
 *
 * @category Growth
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "x", period: "2017", value: 200 },
 *   { entity: "a", indicator: "x", period: "2018", value: 210, growth: 0.06 },
 * ]);
 * const g: PanelGrowth = panelGrowth(panel);
 * Array.from(g.rate) // => [NaN, 0.06]
 * panelGrowth(panel, { source: "levels" }).get("a", "x", "2018")?.rate // => 0.05
 */
export interface PanelGrowth {
  readonly panel: Panel;
  readonly method: GrowthMethod;
  readonly basis: "reported" | "month";
  /** Growth per panel row, a fraction; NaN where none can be had. */
  readonly rate: Float64Array;
  /**
   * Origin per panel row: 0 none, 1 published, 2 levels, 3 mixed. When no published rate can have
   * been used (`source: "levels"`, `method: "mom"`, `basis: "month"`), it is derived from `rate` on first
   * read (2 where the rate is a number) and kept, which spares a megabyte per million rows until then.
   */
  readonly source: Uint8Array;
  /** Row of the base observation of row `r` (a year or a period earlier), or -1. */
  baseRow(r: number): number;
  /** The growth of one observation; undefined when the panel has no such observation. */
  get(entity: string, indicator: string, period: Period | string): GrowthValue | undefined;
}

const ORIGINS: readonly (GrowthOrigin | null)[] = [null, "published", "levels", "mixed"];

/**
 * Computes year-on-year (同比), period-on-period (环比) or two-year average growth for every
 * observation of a panel in one pass over its columns (O(n), no per-row objects), choosing for each
 * indicator between the published growth (comparable prices, which cannot be re-derived from nominal
 * levels) and growth from levels, and recording which was used.
 *
 * From levels the rate is (current − base) / base, NaN when the base is missing or ≤ 0 (see
 * {@link growthRate}). A row whose base period is not in the panel gets NaN.
 *
 * @param panel - the observations
 * @param options - see {@link PanelGrowthOptions}
 * @returns columns aligned with the panel's rows, and a `get` for single look-ups
 * @category Growth
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "rev", period: "2016-01/07", value: 400 },
 *   { entity: "a", indicator: "rev", period: "2017-01/06", value: 430 },
 *   { entity: "a", indicator: "rev", period: "2017-01/07", value: 500 },
 *   { entity: "a", indicator: "rev", period: "2018-01/06", value: 490 },
 *   { entity: "a", indicator: "rev", period: "2018-01/07", value: 569.5 },
 * ]);
 * panelGrowth(panel).get("a", "rev", "2018年1—7月")?.rate // => 0.139
 * panelGrowth(panel, { method: "mom" }).get("a", "rev", "2018-01/07")?.rate // => 79.5 / 490
 * panelGrowth(panel, { basis: "month" }).get("a", "rev", "2018-01/07")?.rate // => 79.5 / 70 - 1
 * panelGrowth(panel, { method: "twoYearAverage" }).get("a", "rev", "2018-01/07")?.rate // => Math.sqrt(569.5 / 400) - 1
 */
export function panelGrowth(panel: Panel, options: PanelGrowthOptions = {}): PanelGrowth {
  const method = keyword("panelGrowth", options.method, "method", ["yoy", "mom", "twoYearAverage"], "yoy");
  const sourceOpt = keyword("panelGrowth", options.source, "source", ["auto", "published", "levels"], "auto");
  const basis = keyword("panelGrowth", options.basis, "basis", ["reported", "month"], "reported");
  const n = panel.size;
  const { value: V, growth: G, period: P, indicator: I } = panel.columns;
  const periods = panel.periods;

  // Per indicator: whether to use a published growth, and whether its year-to-date values are cumulative.
  const published = new Uint8Array(panel.indicators.length);
  const cumulative = new Uint8Array(panel.indicators.length);
  panel.indicators.forEach((id, k) => {
    const def = panel.indicatorSet?.get(id);
    published[k] = sourceOpt === "published" || (sourceOpt === "auto" && (def === undefined || def.growth === "published")) ? 1 : 0;
    cumulative[k] = def === undefined || def.accumulation === "ytd" ? 1 : 0;
  });

  const yoyBase = baseCodes(periods, samePeriodLastYear);
  const prevBase = baseCodes(periods, (p) => previousPeriod(p));
  const rowOf = new Int32Array(periods.length).fill(-1);
  const [lo, hi] = panel.seriesRuns();
  const nPairs = lo.length;

  // Single-month values derived from year-to-date rows, when asked.
  let X = V;
  if (basis === "month") {
    const M = new Float64Array(n);
    // A year-to-date row's previous range within the same year, or -1 (the year's first release stands for itself).
    const within = Int32Array.from(prevBase, (b, k) => (b >= 0 && periods[k].kind === "ytd" && periods[b].year === periods[k].year ? b : -1));
    for (let k = 0; k < nPairs; k++) {
      const a = lo[k];
      const z = hi[k];
      for (let r = a; r < z; r++) rowOf[P[r]] = r;
      const cum = cumulative[I[a]];
      for (let r = a; r < z; r++) {
        const b = cum ? within[P[r]] : -1;
        if (b < 0) {
          M[r] = V[r];
          continue;
        }
        const rb = rowOf[b]; // valid for this pair only when it lies in [a, z)
        M[r] = rb >= a && rb < r ? V[r] - V[rb] : NaN;
      }
    }
    X = M;
  }

  const rate = new Float64Array(n);
  const base = method === "twoYearAverage" ? new Int32Array(n) : null;
  const usePublished = basis === "reported" && sourceOpt !== "levels" && method !== "mom";
  // Without published rates every number in `rate` came from levels, so the origins can wait.
  const source = usePublished || base !== null ? new Uint8Array(n) : null;
  const baseOf = method === "mom" ? prevBase : yoyBase;
  if (basis === "month") rowOf.fill(-1); // the loop above left rows of later runs in it
  growthLoop(hi, P, I, X, G, baseOf, lagRuns(baseOf), rowOf, usePublished ? published : null, sourceOpt !== "published", rate, source, base);
  if (base === null) return result(panel, method, basis, rate, source, baseOf, X);
  const avg = new Float64Array(n).fill(NaN);
  const src = new Uint8Array(n);
  const s = source as Uint8Array; // made above whenever base is
  for (let r = 0; r < n; r++) {
    const rb = base[r];
    if (rb < 0) continue;
    const prod = (1 + rate[r]) * (1 + rate[rb]);
    if (prod >= 0) {
      avg[r] = Math.sqrt(prod) - 1;
      src[r] = s[r] === s[rb] ? s[r] : 3;
    }
  }
  return result(panel, method, basis, avg, src, baseOf, X);
}

/**
 * The hot loop, kept in a function of its own so that the engine optimises it on its own: for each
 * run of rows of one series (entity × indicator; `hi` holds the runs' ends), find each row's base
 * in O(1) — by arithmetic in a complete run, else through `rowOf`, which indexes the run's rows by
 * period code (a base period always comes before its row, so it is indexed by then).
 */
function growthLoop(
  hi: Int32Array,
  P: ArrayLike<number>,
  I: ArrayLike<number>,
  X: Float64Array,
  G: Float64Array,
  baseOf: Int32Array,
  lagSpan: Int32Array,
  rowOf: Int32Array,
  published: Uint8Array | null,
  levels: boolean,
  rate: Float64Array,
  source: Uint8Array | null,
  base: Int32Array | null,
): void {
  let a = 0;
  for (let k = 0; k < hi.length; k++) {
    const z = hi[k];
    const first = P[a];
    // A complete run (no period missing between its first and last) finds a row by arithmetic:
    // the row of period code q is a + (q − first). Else rows are indexed by code as they come.
    const dense = P[z - 1] - first === z - 1 - a;
    const pub = published !== null && published[I[a]] === 1;
    if (dense && !pub && levels && base === null) {
      // The common case: the rows a … z−1 hold periods first … last, so the base of period p (if in
      // the run) is row baseOf[p] + d. Written out flat, with no call: the engine compiles this shape
      // to about half the time of the same test through fromLevels().
      let r = a;
      let p = first;
      for (; r < z && baseOf[p] < first; r++, p++) rate[r] = NaN; // the base is before the run
      if (r < z && lagSpan[p] >= z - r) {
        // From here each base is the same number of periods back (12 for months): no look-up at all.
        const lag = p - baseOf[p];
        for (; r < z; r++) {
          const x0 = X[r - lag];
          const x1 = X[r];
          rate[r] = x0 > 0 && x0 !== Infinity && x1 - x1 === 0 ? (x1 - x0) / x0 : NaN;
        }
      }
      const d = a - first;
      for (; r < z; r++, p++) {
        const b = baseOf[p];
        if (b < first) {
          rate[r] = NaN;
          continue;
        }
        const x0 = X[b + d];
        const x1 = X[r];
        rate[r] = x0 > 0 && x0 !== Infinity && x1 - x1 === 0 ? (x1 - x0) / x0 : NaN;
      }
      if (source !== null) levelOrigins(rate, source, a, z);
      a = z;
      continue;
    }
    for (let r = a; r < z; r++) {
      const p = P[r];
      const b = baseOf[p];
      let rb: number;
      if (dense) rb = b >= first ? a + b - first : -1;
      else {
        rowOf[p] = r;
        rb = b < 0 ? -1 : rowOf[b];
        if (rb < a) rb = -1; // a stale row of an earlier run
      }
      if (base !== null) base[r] = rb;
      if (pub) {
        const g = G[r];
        if (g === g) {
          rate[r] = g;
          if (source !== null) source[r] = 1;
          continue;
        }
      }
      const g = levels && rb >= 0 ? fromLevels(X[rb], X[r]) : NaN;
      rate[r] = g;
      if (g === g && source !== null) source[r] = 2;
    }
    a = z;
  }
}

/**
 * For each period code p, how many codes from p on (p, p + 1, …) have their base the same number of
 * codes back as p has (0 when p has no base): where this covers the rest of a complete run, the
 * run's rows find their bases by a constant offset.
 */
function lagRuns(baseOf: Int32Array): Int32Array {
  const span = new Int32Array(baseOf.length);
  for (let p = baseOf.length - 1; p >= 0; p--) {
    if (baseOf[p] < 0) continue;
    span[p] = p + 1 < baseOf.length && baseOf[p + 1] >= 0 && baseOf[p + 1] - (p + 1) === baseOf[p] - p ? span[p + 1] + 1 : 1;
  }
  return span;
}

/** Origins of rates[a, z) that all came from levels: 2 where there is a rate, 0 where it is NaN. */
function levelOrigins(rate: Float64Array, out: Uint8Array, a: number, z: number): Uint8Array {
  for (let r = a; r < z; r++) out[r] = rate[r] === rate[r] ? 2 : 0;
  return out;
}

/** (x1 − x0) / x0; NaN unless the base is positive and finite and the current value finite. */
function fromLevels(x0: number, x1: number): number {
  return x0 > 0 && x0 !== Infinity && x1 - x1 === 0 ? (x1 - x0) / x0 : NaN;
}

function result(panel: Panel, method: GrowthMethod, basis: "reported" | "month", rate: Float64Array, origins: Uint8Array | null, baseOf: Int32Array, X: Float64Array): PanelGrowth {
  const { entity: E, indicator: I, period: P } = panel.columns;
  const baseRow = (r: number) => (baseOf[P[r]] < 0 ? -1 : panel.indexOfCodes(E[r], I[r], baseOf[P[r]]));
  let source = origins;
  const sources = (): Uint8Array => {
    if (source !== null) return source;
    return (source = levelOrigins(rate, new Uint8Array(rate.length), 0, rate.length));
  };
  return {
    panel,
    method,
    basis,
    rate,
    get source() {
      return sources();
    },
    baseRow,
    get(entity, indicator, period) {
      const r = panel.indexOf(entity, indicator, period);
      if (r < 0) return undefined;
      const rb = baseRow(r);
      const o = panel.row(r);
      return {
        entity: o.entity,
        indicator: o.indicator,
        period: o.period,
        rate: rate[r],
        source: ORIGINS[sources()[r]],
        current: X[r],
        base: rb < 0 ? NaN : X[rb],
        basePeriod: rb < 0 ? null : panel.periods[panel.columns.period[rb]],
      };
    },
  };
}

/** For each period code, the code of its base period in the panel, or -1. */
function baseCodes(periods: readonly Period[], shift: (p: Period) => Period): Int32Array {
  const index = new Map<number, number>();
  periods.forEach((p, k) => index.set(codeOfPeriod(p.kind, p.year, p.end), k));
  return Int32Array.from(periods, (p) => {
    if (p.year <= 1) return -1;
    const b = shift(p);
    return index.get(codeOfPeriod(b.kind, b.year, b.end)) ?? -1;
  });
}

