import type { TargetStatus } from "../target/assessTargets.js";
import { localeOf } from "./_format.js";
import { labelOf, type Label } from "./describeRank.js";
import { formatChange } from "./formatChange.js";
import { formatPoints } from "./formatPoints.js";
import { formatRate } from "./formatRate.js";

/**
 * Options of {@link describeCompletion}.
 *
 * @category Narrative
 * @example
 * const options: DescribeCompletionOptions = { what: { zh: "年度计划", en: "the annual plan" } };
 * typeof options.what // => "object"
 */
export interface DescribeCompletionOptions {
  /** What the target is called: default `年度目标` / `the annual target`. */
  what?: Label;
  locale?: "zh-CN" | "en";
}

/**
 * The clause for a target's completion against the share of the year elapsed (序时进度), from
 * {@link assessTargets}: "完成年度计划的60.7%，超序时进度2.4个百分点", "…，低于序时进度3.1个百分点",
 * "…，与序时进度持平"; for a growth target "增长8%，低于年度目标2个百分点". Missing data: "…：无数据".
 *
 * @param status - one result of {@link assessTargets}
 * @param options - see {@link DescribeCompletionOptions}
 * @category Narrative
 * @example
 * const panel = createPanel([{ entity: "z", indicator: "inv", period: "2018-01/07", value: 145.68 }]);
 * const [s] = assessTargets(panel, [{ entity: "z", indicator: "inv", year: 2018, value: 240 }], { period: "2018-01/07" });
 * describeCompletion(s, { what: "年度计划" }) // => "完成年度计划的60.7%，超序时进度2.4个百分点"
 * describeCompletion(s, { locale: "en", what: { zh: "年度计划", en: "the annual plan" } }) // => "60.7% of the annual plan completed, 2.4 pp ahead of schedule"
 */
export function describeCompletion(status: Omit<TargetStatus, "reason">, options: DescribeCompletionOptions = {}): string {
  const locale = localeOf("describeCompletion", options.locale);
  const en = locale === "en";
  const what = labelOf(options.what, locale) || (en ? "the annual target" : "年度目标");
  if (status.kind === "growth") {
    if (status.gap !== status.gap) return en ? `growth against ${what}: no data` : `${what}：无数据`;
    const change = formatChange(status.actual, { locale });
    const points = formatPoints(Math.abs(status.gap), { locale });
    const flat = formatPoints(status.gap, { locale }) === formatPoints(0, { locale });
    if (en) return `${change}, ${flat ? `in line with ${what}` : `${points} ${status.gap > 0 ? "above" : "below"} ${what}`}`;
    return `${change}，${flat ? `与${what}持平` : `${status.gap > 0 ? "高于" : "低于"}${what}${points}`}`;
  }
  if (status.completion !== status.completion) return en ? `${what}: no data` : `${what}：无数据`;
  const rate = formatRate(status.completion, { locale });
  const points = formatPoints(Math.abs(status.gap), { locale });
  const flat = formatPoints(status.gap, { locale }) === formatPoints(0, { locale });
  if (en) return `${rate} of ${what} completed, ${flat ? "on schedule" : `${points} ${status.gap > 0 ? "ahead of" : "behind"} schedule`}`;
  return `完成${what}的${rate}，${flat ? "与序时进度持平" : `${status.gap > 0 ? "超" : "低于"}序时进度${points}`}`;
}
