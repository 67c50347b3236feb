import { keyword } from "../_internal/keyword.js";
import type { PanelGrowth, PanelGrowthOptions } from "../growth/panelGrowth.js";
import type { Panel } from "../model/panel.js";
import { rankWithin } from "../rank/rankWithin.js";
import type { Period } from "../time/period.js";
import { localeOf } from "./_format.js";
import { formatChange } from "./formatChange.js";
import { formatRank } from "./formatRank.js";
import { formatValue } from "./formatValue.js";

/**
 * A label in both languages, or one string for both.
 *
 * @category Narrative
 * @example
 * const scope: Label = { zh: "全市", en: "in the city" };
 * typeof scope // => "object"
 */
export type Label = string | { readonly zh: string; readonly en: string };

/**
 * Options of {@link describeRank}.
 *
 * @category Narrative
 * @example
 * const options: DescribeRankOptions = { entity: "jining-hitech", indicator: "industrial_va", period: "2018-01/07", group: "jining-units", on: "growth", scope: { zh: "全市", en: "in the city" } };
 * options.on // => "growth"
 */
export interface DescribeRankOptions {
  entity: string;
  indicator: string;
  period: Period | string;
  /** The peer group ranked in (see {@link rankWithin}). */
  group?: string;
  /** Or the peers. */
  entities?: readonly string[];
  /** What the rank is on: `"growth"` (增速), `"level"` (总量) or `"both"` (default). */
  on?: "growth" | "level" | "both";
  /** Where the rank holds: `全市` / `in the city`. Default none: `居第1位`. */
  scope?: Label;
  /** Growth to use (see {@link panelGrowth}). */
  growth?: PanelGrowth | PanelGrowthOptions;
  locale?: "zh-CN" | "en";
}

/**
 * The clause a statistics bulletin writes for an entity's growth and rank among its peers, from the
 * panel: "规模以上工业增加值增长7.3%，居全市第1位" (`on: "growth"`), "实际利用外资14225.8万美元，居全市第1位"
 * (`on: "level"`), "工业主营业务收入增长13.9%，总量和增幅分别位居全市第2、第6位" (`on: "both"`; "均居" when the
 * two ranks are equal). Ties are written 并列. Missing data is said, not hidden: "…：无数据".
 *
 * @param panel - the observations (with definitions for names and groups)
 * @param options - see {@link DescribeRankOptions}
 * @returns the clause, without a final stop
 * @category Narrative
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "收入", period: "2017", value: 100 },
 *   { entity: "a", indicator: "收入", period: "2018", value: 113.9 },
 *   { entity: "b", indicator: "收入", period: "2017", value: 200 },
 *   { entity: "b", indicator: "收入", period: "2018", value: 210 },
 * ]);
 * describeRank(panel, { entity: "a", indicator: "收入", period: "2018", scope: "全市" }) // => "收入增长13.9%，总量和增幅分别位居全市第2、第1位"
 * describeRank(panel, { entity: "a", indicator: "收入", period: "2018", on: "growth", scope: { zh: "全市", en: "in the city" }, locale: "en" }) // => "收入 up 13.9%, ranking 1st in the city"
 */
export function describeRank(panel: Panel, options: DescribeRankOptions): string {
  const locale = localeOf("describeRank", options.locale);
  const on = keyword("describeRank", options.on, "on", ["growth", "level", "both"], "both");
  const table = rankWithin(panel, { indicator: options.indicator, period: options.period, group: options.group, entities: options.entities, growth: options.growth });
  const id = panel.entitySet?.get(options.entity)?.id ?? options.entity;
  const row = table.rows.find((r) => r.entity === id);
  const def = panel.indicatorSet?.get(table.indicator);
  const name = def === undefined ? table.indicator : locale === "en" ? def.name.en : def.name.zh;
  const scope = labelOf(options.scope, locale);
  const en = locale === "en";
  const noData = en ? `${name}: no data` : `${name}：无数据`;
  if (row === undefined) return noData;
  const rank = (r: number, tied: boolean) => formatRank(r, { locale, tied });
  const change = formatChange(row.growth, { locale });
  const value = def === undefined ? String(row.value) : formatValue(row.value, def.unit, { locale });
  const where = scope === "" ? "" : en ? ` ${scope}` : scope;

  if (on === "growth") {
    if (row.growthRank !== row.growthRank) return noData;
    return en ? `${name} ${change}, ranking ${rank(row.growthRank, row.growthTied)}${where}` : `${name}${change}，居${where}${rank(row.growthRank, row.growthTied)}`;
  }
  if (on === "level") {
    if (row.levelRank !== row.levelRank) return noData;
    return en ? `${name} ${value}, ranking ${rank(row.levelRank, row.levelTied)}${where}` : `${name}${value}，居${where}${rank(row.levelRank, row.levelTied)}`;
  }
  if (row.levelRank !== row.levelRank || row.growthRank !== row.growthRank) return noData;
  if (row.levelRank === row.growthRank && row.levelTied === row.growthTied) {
    const r = rank(row.levelRank, row.levelTied);
    return en ? `${name} ${change}, ranking ${r} on both level and growth${where}` : `${name}${change}，总量和增幅均居${where}${r}`;
  }
  if (en) return `${name} ${change}, ranking ${rank(row.levelRank, row.levelTied)} on level and ${rank(row.growthRank, row.growthTied)} on growth${where}`;
  // 第2、第6位: the second rank keeps its 第…位, the first drops the 位.
  const first = rank(row.levelRank, row.levelTied).replace(/位$/, "");
  return `${name}${change}，总量和增幅分别位居${where}${first}、${rank(row.growthRank, row.growthTied)}`;
}

/** @internal */
export function labelOf(label: Label | undefined, locale: "zh-CN" | "en"): string {
  if (label === undefined) return "";
  return typeof label === "string" ? label : locale === "en" ? label.en : label.zh;
}
