import { DuibiaoError, show } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import { panelGrowth, type GrowthOrigin, type PanelGrowth, type PanelGrowthOptions } from "../growth/panelGrowth.js";
import type { Panel } from "../model/panel.js";
import { periodKey } from "../time/formatPeriod.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { rank, type RankOptions } from "./rank.js";

/**
 * Options of {@link rankWithin}.
 *
 * @category Ranks
 * @example
 * const options: RankWithinOptions = { indicator: "industrial_revenue", period: "2018-01/07", group: "jining-units" };
 * options.group // => "jining-units"
 */
export interface RankWithinOptions {
  /** Indicator id or name. */
  indicator: string;
  /** The period ranked. */
  period: Period | string;
  /** A peer group of the panel's entities (e.g. the city's 14 districts, counties and zones). */
  group?: string;
  /** Or the peers, by id or name. Default: every entity of the panel. */
  entities?: readonly string[];
  /** The growth to rank on: a {@link panelGrowth} result or its options (default: year-on-year, published where the indicator says so). */
  growth?: PanelGrowth | PanelGrowthOptions;
  /** Tie method, as in {@link rank}; default `"min"` (ties share the best rank: 1, 2, 2, 4). */
  ties?: RankOptions["ties"];
  /** `"auto"` (default): the indicator's direction; or force one. */
  order?: "auto" | "descending" | "ascending";
}

/**
 * One peer's line in a {@link RankTable}.
 *
 * @category Ranks
 * @example
 * const row: RankRow = { entity: "jining-hitech", value: 693.46, growth: 0.139, growthSource: "levels", levelRank: 2, growthRank: 6, levelTied: false, growthTied: false };
 * row.growthRank // => 6
 */
export interface RankRow {
  readonly entity: string;
  /** The value; NaN when missing. */
  readonly value: number;
  /** The growth rate (a fraction); NaN when missing. */
  readonly growth: number;
  /** Where the growth came from. */
  readonly growthSource: GrowthOrigin | null;
  /** Rank on the value (总量), 1 = best; NaN when the value is missing. */
  readonly levelRank: number;
  /** Rank on the growth (增幅), 1 = best; NaN when the growth is missing. */
  readonly growthRank: number;
  /** Whether another peer shares the level rank (并列). */
  readonly levelTied: boolean;
  /** Whether another peer shares the growth rank. */
  readonly growthTied: boolean;
}

/**
 * Ranks of a peer group on one indicator in one period, on level and on growth at once.
 * Plain data: JSON-serialisable.
 *
 * @category Ranks
 * @example
 * const panel = createPanel([{ entity: "a", indicator: "x", period: "2018", value: 1 }]);
 * const t: RankTable = rankWithin(panel, { indicator: "x", period: "2018" });
 * [t.n, t.rows[0].levelRank, t.missing.growth] // => [1, 1, ["a"]]
 */
export interface RankTable {
  readonly indicator: string;
  /** ISO-like period key. */
  readonly period: string;
  readonly group: string | null;
  /** Number of peers. */
  readonly n: number;
  /** Which way is better for this indicator. */
  readonly order: "descending" | "ascending";
  /** One row per peer, in the order of the group. */
  readonly rows: readonly RankRow[];
  /** Peers left unranked for want of a value or a growth rate: reported, never placed. */
  readonly missing: { readonly level: readonly string[]; readonly growth: readonly string[] };
}

const growthCache = new WeakMap<Panel, Map<string, PanelGrowth>>();

/** @internal The panel's growth for these options, computed once per panel. */
export function cachedGrowth(panel: Panel, growth: PanelGrowth | PanelGrowthOptions | undefined): PanelGrowth {
  if (growth !== undefined && "rate" in growth) return growth;
  const key = JSON.stringify(growth ?? {});
  let byKey = growthCache.get(panel);
  if (byKey === undefined) growthCache.set(panel, (byKey = new Map()));
  let g = byKey.get(key);
  if (g === undefined) byKey.set(key, (g = panelGrowth(panel, growth)));
  return g;
}

/**
 * Ranks a peer group on one indicator in one period — on the level (总量) and on the growth (增幅)
 * together, as bulletins report them: "总量和增幅分别位居全市第2、第6位". Rank 1 is best in the
 * indicator's direction; ties share the best rank by default. Peers without a value (or a growth rate)
 * are not ranked: they are listed in `missing`.
 *
 * @param panel - the observations (with entity definitions when `group` is used)
 * @param options - see {@link RankWithinOptions}
 * @throws {DuibiaoError} `E_UNKNOWN_INDICATOR`, `E_UNKNOWN_ENTITY` (an unknown group or peer), `E_PERIOD_PARSE`
 * @category Ranks
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "rev", period: "2017", value: 100 },
 *   { entity: "a", indicator: "rev", period: "2018", value: 110 },
 *   { entity: "b", indicator: "rev", period: "2017", value: 200 },
 *   { entity: "b", indicator: "rev", period: "2018", value: 210 },
 *   { entity: "c", indicator: "rev", period: "2018", value: 50 },
 * ]);
 * const t = rankWithin(panel, { indicator: "rev", period: "2018" });
 * t.rows.map((r) => [r.entity, r.levelRank, r.growthRank]) // => [["a", 2, 1], ["b", 1, 2], ["c", 3, NaN]]
 * t.missing.growth // => ["c"]
 */
export function rankWithin(panel: Panel, options: RankWithinOptions): RankTable {
  const period = parsePeriod(options.period);
  const ind = panel.indicatorCode(options.indicator);
  if (ind < 0) {
    throw new DuibiaoError({ code: "E_UNKNOWN_INDICATOR", field: "indicator", value: options.indicator, message: `rankWithin: the panel has no indicator ${show(options.indicator)}` });
  }
  const indicator = panel.indicators[ind];
  const orderOpt = keyword("rankWithin", options.order, "order", ["auto", "descending", "ascending"], "auto");
  const order = orderOpt === "auto" ? (panel.indicatorSet?.get(indicator)?.direction === "lower" ? "ascending" : "descending") : orderOpt;
  const ties = options.ties ?? "min";

  let peers: string[];
  if (options.group !== undefined) {
    const members = panel.entitySet?.members(options.group) ?? [];
    if (members.length === 0) {
      throw new DuibiaoError({ code: "E_UNKNOWN_ENTITY", field: "group", value: options.group, message: `rankWithin: group ${show(options.group)} has no members${panel.entitySet ? "" : " (the panel has no entity definitions: load it with { entities })"}` });
    }
    peers = members.map((m) => m.id);
  } else if (options.entities !== undefined) {
    peers = options.entities.map((e) => {
      const id = panel.entitySet?.get(e)?.id ?? e;
      if (panel.entityCode(id) < 0 && panel.entitySet?.get(e) === undefined) {
        throw new DuibiaoError({ code: "E_UNKNOWN_ENTITY", field: "entities", value: e, message: `rankWithin: unknown entity ${show(e)}` });
      }
      return id;
    });
  } else {
    peers = [...panel.entities];
  }

  const growth = cachedGrowth(panel, options.growth);
  const p = panel.periodCode(period);
  const values = new Float64Array(peers.length).fill(NaN);
  const rates = new Float64Array(peers.length).fill(NaN);
  const sources: (GrowthOrigin | null)[] = peers.map(() => null);
  peers.forEach((id, k) => {
    const e = panel.entityCode(id);
    const r = e < 0 || p < 0 ? -1 : panel.indexOfCodes(e, ind, p);
    if (r < 0) return;
    values[k] = panel.columns.value[r];
    rates[k] = growth.rate[r];
    sources[k] = growth.get(id, indicator, period)?.source ?? null;
  });
  const levelRanks = rank(values, { order, ties });
  const growthRanks = rank(rates, { order, ties });
  const count = (ranks: Float64Array) => {
    const c = new Map<number, number>();
    for (const x of ranks) if (x === x) c.set(x, (c.get(x) ?? 0) + 1);
    return c;
  };
  const levelCount = count(levelRanks);
  const growthCount = count(growthRanks);
  const rows: RankRow[] = peers.map((entity, k) => ({
    entity,
    value: values[k],
    growth: rates[k],
    growthSource: sources[k],
    levelRank: levelRanks[k],
    growthRank: growthRanks[k],
    levelTied: (levelCount.get(levelRanks[k]) ?? 0) > 1,
    growthTied: (growthCount.get(growthRanks[k]) ?? 0) > 1,
  }));
  return {
    indicator,
    period: periodKey(period),
    group: options.group ?? null,
    n: peers.length,
    order,
    rows,
    missing: { level: peers.filter((_, k) => values[k] !== values[k]), growth: peers.filter((_, k) => rates[k] !== rates[k]) },
  };
}
