import type { PlanComparison } from "../benchmark/computePlan.js";
import type { Panel } from "../model/panel.js";
import { localeOf } from "./_format.js";
import { formatPoints } from "./formatPoints.js";
import { formatRate } from "./formatRate.js";

/**
 * Options of {@link describeGap}.
 *
 * @category Narrative
 * @example
 * const options: DescribeGapOptions = { locale: "en" };
 * options.locale // => "en"
 */
export interface DescribeGapOptions {
  locale?: "zh-CN" | "en";
}

/**
 * The sentence a 对标 report writes for one indicator against one peer, from {@link computePlan}:
 * "工业主营业务收入与潍坊高新区的差距较上年缩小1.2个百分点，按当前增速约6.3年可追平"; when it never
 * catches up at current growth, the growth it would need within the longest horizon; when ahead, by how
 * much; and when catching up takes longer than the plan's horizon, the growth that would close the gap
 * within it. Gaps are relative (a share of the peer's level) and their changes are in percentage points.
 * Names come from the panel's definitions.
 *
 * @param panel - the panel the plan was computed on (for names)
 * @param comparison - one entry of a {@link PlanTableRow}'s `peers`
 * @param options - see {@link DescribeGapOptions}
 * @category Narrative
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "收入", period: "2017", value: 100 },
 *   { entity: "a", indicator: "收入", period: "2018", value: 110 },
 *   { entity: "b", indicator: "收入", period: "2017", value: 200 },
 *   { entity: "b", indicator: "收入", period: "2018", value: 210 },
 * ]);
 * const c = computePlan(panel, benchmarkPlan({ subject: "a", near: ["b"], indicators: ["收入"] }), { period: "2018" }).table[0].peers[0];
 * describeGap(panel, c) // => "收入与b的差距较上年缩小2.4个百分点，按当前增速约13.9年可追平，5年内追平需年均增长19.5%"
 * describeGap(panel, c, { locale: "en" }) // => "收入: the gap to b narrowed by 2.4 pp on the year before; at current growth it closes in about 13.9 years; closing it in 5 years takes 19.5% a year"
 */
export function describeGap(panel: Panel, comparison: PlanComparison, options: DescribeGapOptions = {}): string {
  const locale = localeOf("describeGap", options.locale);
  const en = locale === "en";
  const c = comparison;
  const def = panel.indicatorSet?.get(c.indicator);
  const ind = def === undefined ? c.indicator : en ? def.name.en : def.name.zh;
  const peerDef = panel.entitySet?.get(c.peer);
  const peer = peerDef === undefined ? c.peer : en ? peerDef.name.en : peerDef.name.zh;
  const points = (x: number) => formatPoints(Math.abs(x), { locale });
  const years = (y: number) => new Intl.NumberFormat(en ? "en" : "zh-CN", { maximumFractionDigits: 1 }).format(y);

  if (c.status === "no data") return en ? `${ind}: no comparable data for ${peer}` : `${ind}：与${peer}无可比数据`;
  if (c.status === "level") return en ? `${ind}: level with ${peer}` : `${ind}与${peer}持平`;
  if (c.status === "ahead") {
    const lead = formatRate(-c.gap.relative, { locale });
    const change =
      c.trend === "lead widening" ? (en ? `, a lead ${points(c.gapChange)} wider than the year before` : `，领先幅度较上年扩大${points(c.gapChange)}`)
      : c.trend === "lead narrowing" ? (en ? `, a lead ${points(c.gapChange)} narrower than the year before` : `，领先幅度较上年缩小${points(c.gapChange)}`)
      : c.trend === "overtook" ? (en ? ", having overtaken it since the year before" : "，较上年实现反超")
      : "";
    return en ? `${ind}: ahead of ${peer} by ${lead}${change}` : `${ind}领先${peer}${lead}${change}`;
  }
  const trend =
    c.trend === "narrowing" ? (en ? ` narrowed by ${points(c.gapChange)} on the year before` : `较上年缩小${points(c.gapChange)}`)
    : c.trend === "widening" ? (en ? ` widened by ${points(c.gapChange)} on the year before` : `较上年扩大${points(c.gapChange)}`)
    : c.trend === "unchanged" ? (en ? " is as wide as the year before" : "与上年基本持平")
    : c.trend === "fell behind" ? (en ? " opened since the year before, when it was ahead" : "较上年由领先转为落后")
    : "";
  const head = en ? `${ind}: the gap to ${peer}${trend || ` is ${formatRate(c.gap.relative, { locale })} of its level`}` : `${ind}与${peer}的差距${trend || `为其水平的${formatRate(c.gap.relative, { locale })}`}`;
  // Beyond the plan's horizon, say what it would take to close the gap within it.
  const need = c.requiredGrowth[c.requiredGrowth.length - 1];
  const needed = need && Number.isFinite(need.rate) ? (en ? `; closing it in ${need.years} years takes ${formatRate(need.rate, { locale })} a year` : `，${need.years}年内追平需年均增长${formatRate(need.rate, { locale })}`) : "";
  if (c.status === "closing") {
    const beyond = need !== undefined && c.catchUpYears > need.years ? needed : "";
    return en ? `${head}; at current growth it closes in about ${years(c.catchUpYears)} years${beyond}` : `${head}，按当前增速约${years(c.catchUpYears)}年可追平${beyond}`;
  }
  return en ? `${head}; at current growth it never closes${needed}` : `${head}，按当前增速无法追平${needed}`;
}
