import { loadError, show, type DataIssue } from "../_internal/errors.js";
import type { GrowthOrigin, PanelGrowth, PanelGrowthOptions } from "../growth/panelGrowth.js";
import type { Panel } from "../model/panel.js";
import { cachedGrowth } from "../rank/rankWithin.js";
import { periodKey } from "../time/formatPeriod.js";
import { parsePeriod } from "../time/parsePeriod.js";
import { createPeriod, type Period } from "../time/period.js";
import { describeCompletion } from "../narrative/describeCompletion.js";
import { elapsedShare } from "./elapsedShare.js";
import { requiredPace, type Pace } from "./requiredPace.js";
import { statusCard, type CardColour, type CardThresholds } from "./statusCard.js";

/**
 * An annual target for one entity and indicator: a level to reach (完成投资240亿元) or a growth rate
 * to achieve (增长8%, as a fraction).
 *
 * @category Targets
 * @example
 * const t: TargetSpec = { entity: "jining-hitech", indicator: "key_project_investment", year: 2018, value: 240 };
 * t.kind ?? "level" // => "level"
 */
export interface TargetSpec {
  entity: string;
  indicator: string;
  year: number;
  /** `"level"` (default): the annual amount; `"growth"`: the annual growth rate. */
  kind?: "level" | "growth";
  /** The target: an amount in the indicator's unit, or a growth rate as a fraction. */
  value: number;
}

/**
 * Options of {@link assessTargets}.
 *
 * @category Targets
 * @example
 * const options: AssessTargetsOptions = { period: "2018-01/07", cards: { blue: 0.05, yellow: 0.1 } };
 * options.period // => "2018-01/07"
 */
export interface AssessTargetsOptions {
  /** The year-to-date period to assess (its year must be the target's). */
  period: Period | string;
  /** Card thresholds (see {@link statusCard}). */
  cards?: CardThresholds;
  /** Growth used for growth targets (default: year-on-year, published where the indicator says so). */
  growth?: PanelGrowth | PanelGrowthOptions;
  /** Share of the year elapsed by days instead of months (default months: 1—7月 → 7/12). */
  basis?: "months" | "days";
}

/**
 * Where one target stands. Plain data: JSON-serialisable (NaN aside).
 *
 * @category Targets
 * @example
 * const panel = createPanel([{ entity: "z", indicator: "inv", period: "2018-01/07", value: 145.68 }]);
 * const s: TargetStatus = assessTargets(panel, [{ entity: "z", indicator: "inv", year: 2018, value: 240 }], { period: "2018-01/07" })[0];
 * [s.card, Math.round(s.completion * 1000) / 10] // => ["green", 60.7]
 * s.reason.zh // => "完成年度目标的60.7%，超序时进度2.4个百分点"
 */
export interface TargetStatus {
  readonly entity: string;
  readonly indicator: string;
  /** ISO-like key of the period assessed. */
  readonly period: string;
  readonly kind: "level" | "growth";
  readonly target: number;
  /** The year-to-date value (level targets) or growth rate (growth targets). */
  readonly actual: number;
  /** Level targets: actual ÷ target. Growth targets: the year-to-date value ÷ the level the target implies (last year's total × (1 + target)), when levels are there; else NaN. */
  readonly completion: number;
  /** Share of the year elapsed (序时进度). */
  readonly elapsed: number;
  /** Level targets: completion − elapsed (ahead > 0). Growth targets: actual − target growth, in points as a fraction. */
  readonly gap: number;
  readonly card: CardColour | null;
  /** Level targets, or growth targets with levels: the pace needed for the rest of the year. */
  readonly pace: Pace | null;
  /** For growth targets: where the growth came from. */
  readonly growthSource: GrowthOrigin | null;
  /** Why the card: the clause {@link describeCompletion} writes, in both languages. */
  readonly reason: { readonly zh: string; readonly en: string };
}

/**
 * Assesses annual targets at a year-to-date period: completion against the share of the year
 * elapsed (序时进度), the gap in percentage points, the card colour (green / blue / yellow / red), and
 * the pace needed for the remaining months. A target whose actual value is missing gets NaN figures
 * and no card — it is kept, not dropped.
 *
 * @param panel - the observations
 * @param targets - the annual targets
 * @param options - see {@link AssessTargetsOptions}
 * @throws {DuibiaoError} `E_LOAD` listing every bad target (unknown entity or indicator, wrong year, non-numeric value)
 * @category Targets
 * @example
 * const panel = createPanel([
 *   { entity: "z", indicator: "inv", period: "2018-01/07", value: 145.68 },
 *   { entity: "z", indicator: "rev", period: "2017-01/12", value: 1000 },
 *   { entity: "z", indicator: "rev", period: "2017-01/07", value: 500 },
 *   { entity: "z", indicator: "rev", period: "2018-01/07", value: 540 },
 * ]);
 * const [inv, rev] = assessTargets(panel, [
 *   { entity: "z", indicator: "inv", year: 2018, value: 240 },
 *   { entity: "z", indicator: "rev", year: 2018, kind: "growth", value: 0.1 },
 * ], { period: "2018-01/07" });
 * inv.gap // => 145.68 / 240 - 7 / 12
 * [rev.actual, rev.gap, rev.card] // => [0.08, -0.02, "blue"]
 * rev.completion // => 540 / 1100
 */
export function assessTargets(panel: Panel, targets: readonly TargetSpec[], options: AssessTargetsOptions): TargetStatus[] {
  const period = parsePeriod(options.period);
  const elapsed = elapsedShare(period, { basis: options.basis ?? "months" });
  const issues: DataIssue[] = [];
  targets.forEach((t, k) => {
    const bad = (field: string, value: unknown, message: string) => issues.push({ code: field === "entity" ? "E_UNKNOWN_ENTITY" : field === "indicator" ? "E_UNKNOWN_INDICATOR" : "E_INVALID_INPUT", row: k + 1, field, value, message });
    if (panel.entityCode(t?.entity) < 0 && panel.entitySet?.get(t?.entity) === undefined) bad("entity", t?.entity, `target ${k + 1}: unknown entity ${show(t?.entity)}`);
    if (panel.indicatorCode(t?.indicator) < 0) bad("indicator", t?.indicator, `target ${k + 1}: the panel has no indicator ${show(t?.indicator)}`);
    if (t?.year !== period.year) bad("year", t?.year, `target ${k + 1}: year ${show(t?.year)} is not the year of ${periodKey(period)}; assess each year's targets at a period of that year`);
    if (typeof t?.value !== "number" || !Number.isFinite(t.value)) bad("value", t?.value, `target ${k + 1}: value must be a finite number (a growth target as a fraction: 0.08 for 8%)`);
    if (t?.kind !== undefined && t.kind !== "level" && t.kind !== "growth") bad("kind", t.kind, `target ${k + 1}: kind must be "level" or "growth"`);
  });
  if (issues.length > 0) throw loadError("assessTargets", issues, "Fix the targets and call again.");

  const growth = targets.some((t) => t.kind === "growth") ? cachedGrowth(panel, options.growth) : undefined;
  const lastYear = createPeriod("ytd", period.year - 1, 12);
  return targets.map((t) => {
    const status = assess(t);
    return { ...status, reason: { zh: describeCompletion(status), en: describeCompletion(status, { locale: "en" }) } };
  });

  function assess(t: TargetSpec): Omit<TargetStatus, "reason"> {
    const kind = t.kind ?? "level";
    const entity = panel.entitySet?.get(t.entity)?.id ?? t.entity;
    const indicator = panel.indicators[panel.indicatorCode(t.indicator)];
    const value = panel.value(entity, indicator, period);
    const common = { entity, indicator, period: periodKey(period), kind, target: t.value, elapsed };
    if (kind === "level") {
      const completion = value !== value || !(t.value > 0) ? NaN : value / t.value;
      const gap = completion - elapsed;
      return { ...common, actual: value, completion, gap, card: statusCard(gap, options.cards), pace: requiredPace(value, t.value, period), growthSource: null };
    }
    const g = growth!.get(entity, indicator, period);
    const actual = g?.rate ?? NaN;
    const gap = actual - t.value;
    // The level the growth target implies: last year's total (1—12月, or the annual figure) × (1 + target).
    let base = panel.value(entity, indicator, lastYear);
    if (base !== base) base = panel.value(entity, indicator, createPeriod("year", period.year - 1));
    const implied = base > 0 ? base * (1 + t.value) : NaN;
    return {
      ...common,
      actual,
      completion: implied > 0 && value === value ? value / implied : NaN,
      gap,
      card: statusCard(gap, options.cards),
      pace: implied === implied && value === value ? requiredPace(value, implied, period) : null,
      growthSource: g?.source ?? null,
    };
  }
}
