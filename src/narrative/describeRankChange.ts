import type { Panel } from "../model/panel.js";
import { rankChange, type RankChangeOptions } from "../rank/rankChange.js";
import { localeOf } from "./_format.js";
import { labelOf, type Label } from "./describeRank.js";
import { formatPeriodLabel } from "./formatPeriodLabel.js";
import { formatRank } from "./formatRank.js";
import { formatRankChange } from "./formatRankChange.js";

/**
 * Options of {@link describeRankChange}.
 *
 * @category Narrative
 * @example
 * const options: DescribeRankChangeOptions = { entity: "a", indicator: "x", from: "2017", to: "2018", scope: "全市" };
 * options.from // => "2017"
 */
export interface DescribeRankChangeOptions extends RankChangeOptions {
  entity: string;
  /** Where the rank holds: `全市` / `in the city`. */
  scope?: Label;
  locale?: "zh-CN" | "en";
}

/**
 * The clause for a change of rank between two periods (进位/退位): "收入居全市第1位，较2017年前进2位";
 * "…，位次与2017年持平" when unchanged. Missing data: "…：无数据".
 *
 * @param panel - the observations
 * @param options - see {@link DescribeRankChangeOptions}
 * @category Narrative
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "收入", period: "2017", value: 1 },
 *   { entity: "b", indicator: "收入", period: "2017", value: 2 },
 *   { entity: "c", indicator: "收入", period: "2017", value: 3 },
 *   { entity: "a", indicator: "收入", period: "2018", value: 9 },
 *   { entity: "b", indicator: "收入", period: "2018", value: 2 },
 *   { entity: "c", indicator: "收入", period: "2018", value: 1 },
 * ]);
 * describeRankChange(panel, { entity: "a", indicator: "收入", from: "2017", to: "2018", scope: "全市" }) // => "收入居全市第1位，较2017年前进2位"
 * describeRankChange(panel, { entity: "a", indicator: "收入", from: "2017", to: "2018", scope: { zh: "全市", en: "in the city" }, locale: "en" }) // => "收入 ranked 1st in the city, up 2 places on 2017"
 */
export function describeRankChange(panel: Panel, options: DescribeRankChangeOptions): string {
  const { entity, scope, locale: localeOpt, ...rest } = options;
  const locale = localeOf("describeRankChange", localeOpt);
  const en = locale === "en";
  const id = panel.entitySet?.get(entity)?.id ?? entity;
  const move = rankChange(panel, rest).find((m) => m.entity === id);
  const indicator = panel.indicators[panel.indicatorCode(options.indicator)] ?? options.indicator;
  const def = panel.indicatorSet?.get(indicator);
  const name = def === undefined ? indicator : en ? def.name.en : def.name.zh;
  if (move === undefined || move.change !== move.change) return en ? `${name}: no data` : `${name}：无数据`;
  const where = labelOf(scope, locale);
  const since = formatPeriodLabel(options.from, { locale, year: true });
  const rank = formatRank(move.to, { locale });
  if (en) return `${name} ranked ${rank}${where ? ` ${where}` : ""}, ${move.change === 0 ? `unchanged on ${since}` : `${formatRankChange(move.from, move.to, { locale })} on ${since}`}`;
  return `${name}居${where}${rank}，${move.change === 0 ? `位次与${since}持平` : `较${since}${formatRankChange(move.from, move.to, { locale })}`}`;
}
