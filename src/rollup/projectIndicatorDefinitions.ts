import { rangeError, typeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { IndicatorSpec } from "../model/indicator.js";
import { createIndicators, type IndicatorSet } from "../model/indicatorSet.js";

/**
 * Options of {@link projectIndicatorDefinitions} (the same as those of {@link projectIndicators}).
 *
 * @category Projects
 * @example
 * const options: ProjectIndicatorDefinitionsOptions = { tiers: [30, 100], period: "ytd" };
 * projectIndicatorDefinitions(options).list.length // => 24
 */
export interface ProjectIndicatorDefinitionsOptions {
  /** Investment tiers in 亿元: one count per tier of the projects of at least that size. Default `[30, 50, 100]`. */
  tiers?: readonly number[];
  /** The periods the indicators are computed for: `"month"` (default), `"quarter"`, `"year"` or `"ytd"` (cumulative from January). */
  period?: "month" | "quarter" | "year" | "ytd";
}

const STAGES = [
  { id: "signed", zh: "签约", en: "Signed", enOf: "signed projects" },
  { id: "started", zh: "开工", en: "Started", enOf: "started projects" },
  { id: "operating", zh: "投产", en: "Operating", enOf: "projects put into operation" },
] as const;

const FN = "projectIndicatorDefinitions";

/**
 * The indicators {@link projectIndicators} computes from a project list, with Chinese and
 * English names, units (个 for counts, 亿元 for investment) and the frequency and accumulation
 * of the chosen periods. For each stage `s` of `signed` (签约), `started` (开工) and `operating`
 * (投产), in this order:
 *
 * | id | zh | unit |
 * |---|---|---|
 * | `projects_s_count` | 签约项目数 | 个 |
 * | `projects_s_investment` | 签约项目投资额 | 亿元 |
 * | `projects_s_tierT_count` (each tier T) | 签约30亿元以上项目数 (≥ T 亿元) | 个 |
 * | `projects_s_domestic_investment` | 签约内资项目投资额 | 亿元 |
 * | `projects_s_foreign_investment` | 签约外资项目投资额 | 亿元 |
 * | `projects_s_world500_count` | 签约世界500强项目数 | 个 |
 * | `projects_s_china500_count` | 签约中国500强项目数 | 个 |
 *
 * @param options - see {@link ProjectIndicatorDefinitionsOptions}
 * @returns an {@link IndicatorSet}: 3 × (6 + number of tiers) indicators
 * @throws {TypeError} when `tiers` is not an array or `period` is unknown
 * @throws {RangeError} when a tier is not a positive number
 * @category Projects
 * @example
 * const defs = projectIndicatorDefinitions();
 * defs.list.length // => 27
 * defs.require("开工项目数").id // => "projects_started_count"
 * defs.require("projects_signed_tier100_count").name // => { zh: "签约100亿元以上项目数", en: "Signed projects of 10 billion yuan or more" }
 * defs.require("projects_signed_investment").unit.id // => "亿元"
 * projectIndicatorDefinitions({ period: "ytd" }).list[0].accumulation // => "ytd"
 */
export function projectIndicatorDefinitions(options: ProjectIndicatorDefinitionsOptions = {}): IndicatorSet {
  const period = keyword(FN, options.period, "period", ["month", "quarter", "year", "ytd"], "month");
  const tiers = options.tiers ?? [30, 50, 100];
  if (!Array.isArray(tiers)) typeError(FN, "tiers must be an array of amounts in 亿元", tiers);
  for (const t of tiers) if (!(typeof t === "number" && t > 0 && Number.isFinite(t))) rangeError(FN, "each tier must be a positive number of 亿元", t);
  const sorted = [...new Set(tiers)].sort((a, b) => a - b);
  const frequency = period === "ytd" ? "month" : period;
  const accumulation = period === "ytd" ? "ytd" : "period";
  const specs: IndicatorSpec[] = [];
  const add = (id: string, zh: string, en: string, unit: string) => specs.push({ id, name: { zh, en }, unit, frequency, accumulation });
  for (const s of STAGES) {
    const p = `projects_${s.id}`;
    add(`${p}_count`, `${s.zh}项目数`, `${s.en} projects`, "个");
    add(`${p}_investment`, `${s.zh}项目投资额`, `Investment of ${s.enOf}`, "亿元");
    for (const t of sorted) add(`${p}_tier${t}_count`, `${s.zh}${t}亿元以上项目数`, `${s.en} projects of ${t / 10} billion yuan or more`, "个");
    add(`${p}_domestic_investment`, `${s.zh}内资项目投资额`, `Investment of domestic-funded ${s.enOf}`, "亿元");
    add(`${p}_foreign_investment`, `${s.zh}外资项目投资额`, `Investment of foreign-funded ${s.enOf}`, "亿元");
    add(`${p}_world500_count`, `${s.zh}世界500强项目数`, `${s.en} projects of Fortune Global 500 companies`, "个");
    add(`${p}_china500_count`, `${s.zh}中国500强项目数`, `${s.en} projects of China Top 500 companies`, "个");
  }
  return createIndicators(specs);
}
