import type { PanelGrowth, PanelGrowthOptions } from "../growth/panelGrowth.js";
import type { Panel } from "../model/panel.js";
import type { Period } from "../time/period.js";
import { periodRange } from "../time/shiftPeriod.js";
import type { BenchmarkPlan } from "./benchmarkPlan.js";
import { computePlan, type PlanStatus } from "./computePlan.js";

/**
 * Options of {@link trackPlan}: the periods to follow, as a list or a range of one kind.
 *
 * @category Benchmark
 * @example
 * const options: TrackPlanOptions = { from: "2012", to: "2018" };
 * options.from // => "2012"
 */
export interface TrackPlanOptions {
  periods?: readonly (Period | string)[];
  from?: Period | string;
  to?: Period | string;
  growth?: PanelGrowth | PanelGrowthOptions;
}

/**
 * One indicator against one peer over time: the series a chart draws to show whether the subject is
 * closing in.
 *
 * @category Benchmark
 * @example
 * const s: Partial<PlanSeries> = { indicator: "x", peer: "b", relativeGap: [0.5, 0.476] };
 * s.relativeGap?.length // => 2
 */
export interface PlanSeries {
  readonly indicator: string;
  readonly peer: string;
  readonly role: "near" | "far";
  /** Per period: (peer − subject) / peer, positive while behind (direction-aware). */
  readonly relativeGap: readonly number[];
  /** Per period: the signed gap in the indicator's unit, positive when ahead. */
  readonly absoluteGap: readonly number[];
  readonly catchUpYears: readonly number[];
  readonly timeDistance: readonly number[];
  readonly status: readonly PlanStatus[];
}

/**
 * Follows a benchmark plan over a range of periods (动态提升): for every indicator and peer, the
 * series of gaps, catch-up years, time distances and statuses, aligned with `periods`.
 *
 * @param panel - the observations
 * @param plan - from {@link benchmarkPlan}
 * @param options - the periods (see {@link TrackPlanOptions})
 * @category Benchmark
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "x", period: "2016", value: 90 },
 *   { entity: "a", indicator: "x", period: "2017", value: 100 },
 *   { entity: "a", indicator: "x", period: "2018", value: 110 },
 *   { entity: "b", indicator: "x", period: "2016", value: 190 },
 *   { entity: "b", indicator: "x", period: "2017", value: 200 },
 *   { entity: "b", indicator: "x", period: "2018", value: 210 },
 * ]);
 * const t = trackPlan(panel, benchmarkPlan({ subject: "a", near: ["b"], indicators: ["x"] }), { from: "2016", to: "2018" });
 * t.periods // => ["2016", "2017", "2018"]
 * t.series[0].relativeGap // => [100 / 190, 100 / 200, 100 / 210]
 */
export function trackPlan(panel: Panel, plan: BenchmarkPlan, options: TrackPlanOptions): { periods: string[]; series: PlanSeries[] } {
  const periods = options.periods ?? (options.from !== undefined && options.to !== undefined ? periodRange(options.from, options.to) : []);
  const results = periods.map((period) => computePlan(panel, plan, { period, growth: options.growth }));
  const series: PlanSeries[] = [];
  plan.indicators.forEach((_, i) => {
    plan.peers.forEach((peer, k) => {
      const at = results.map((r) => r.table[i].peers[k]);
      series.push({
        indicator: results[0]?.table[i].indicator ?? plan.indicators[i].indicator,
        peer: results[0]?.table[i].peers[k].peer ?? peer.entity,
        role: peer.role,
        relativeGap: at.map((c) => c.gap.relative),
        absoluteGap: at.map((c) => c.gap.absolute),
        catchUpYears: at.map((c) => c.catchUpYears),
        timeDistance: at.map((c) => c.timeDistance),
        status: at.map((c) => c.status),
      });
    });
  });
  return { periods: results.map((r) => r.period), series };
}
