import { DuibiaoError, show, type DataIssue } from "../_internal/errors.js";
import type { GrowthOrigin, PanelGrowth, PanelGrowthOptions } from "../growth/panelGrowth.js";
import type { Direction } from "../model/indicator.js";
import type { Panel } from "../model/panel.js";
import { cachedGrowth } from "../rank/rankWithin.js";
import { periodKey } from "../time/formatPeriod.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { samePeriodLastYear } from "../time/shiftPeriod.js";
import type { BenchmarkPlan } from "./benchmarkPlan.js";
import { catchUpYears } from "./catchUpYears.js";
import { gap, type Gap } from "./gap.js";
import { gapTrend, type GapTrend } from "./gapTrend.js";
import { requiredGrowth } from "./requiredGrowth.js";
import { timeDistance } from "./timeDistance.js";

/**
 * Where the subject stands against one peer on one indicator: `"ahead"`, `"level"`, behind but
 * `"closing"` (growing faster: it catches up at current growth) or `"falling behind"` (it never does at
 * current growth), or `"no data"`.
 *
 * @category Benchmark
 * @example
 * const s: PlanStatus = "closing";
 * s // => "closing"
 */
export type PlanStatus = "ahead" | "level" | "closing" | "falling behind" | "no data";

/**
 * The subject against one peer on one indicator, for a period. Plain data; note that JSON writes
 * NaN and Infinity as null (a `catchUpYears` of Infinity — never at current growth — is also told by
 * `status: "falling behind"`).
 *
 * @category Benchmark
 * @example
 * const c: Partial<PlanComparison> = { indicator: "industrial_revenue", peer: "weifang-hitech", role: "near", status: "closing" };
 * c.status // => "closing"
 */
export interface PlanComparison {
  readonly indicator: string;
  readonly peer: string;
  readonly role: "near" | "far";
  readonly weight: number;
  readonly direction: Direction;
  readonly subjectValue: number;
  readonly peerValue: number;
  /** Year-on-year growth of each, published where the indicator says so (see {@link panelGrowth}). */
  readonly subjectGrowth: number;
  readonly peerGrowth: number;
  readonly growthSource: { readonly subject: GrowthOrigin | null; readonly peer: GrowthOrigin | null };
  /** The gap now (see {@link gap}): positive `absolute` = the subject is ahead. */
  readonly gap: Gap;
  /** The gap a year earlier, or null when either level is missing then. */
  readonly previousGap: Gap | null;
  /** How much the relative gap shrank since a year earlier, in points as a fraction (0.012 = narrowed by 1.2 points); NaN without last year. */
  readonly gapChange: number;
  /** The gap's trend since a year earlier (see {@link gapTrend}); null without last year. */
  readonly trend: GapTrend | null;
  /** Years to draw level at both sides' current growth: 0 when level or ahead, Infinity when never. */
  readonly catchUpYears: number;
  /** The growth the subject needs to draw level within each end of the horizon. */
  readonly requiredGrowth: readonly { readonly years: number; readonly rate: number }[];
  /** How many years ago the peer stood where the subject stands now (Sicherl's S-distance); NaN when it never did or the series is too short. */
  readonly timeDistance: number;
  readonly status: PlanStatus;
}

/**
 * The 对标表: one row per indicator, the subject's figures and its comparison with every peer.
 *
 * @category Benchmark
 * @example
 * const row: Partial<PlanTableRow> = { indicator: "industrial_revenue", subjectValue: 693.46 };
 * row.subjectValue // => 693.46
 */
export interface PlanTableRow {
  readonly indicator: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** Unit id (亿元 …), or "" without definitions. */
  readonly unit: string;
  readonly weight: number;
  readonly subjectValue: number;
  readonly subjectGrowth: number;
  /** One comparison per peer, in the plan's order. */
  readonly peers: readonly PlanComparison[];
}

/**
 * How the subject stands against one peer over all indicators.
 *
 * @category Benchmark
 * @example
 * const s: Partial<PlanPeerSummary> = { peer: "weifang-hitech", ahead: 1, closing: 2, fallingBehind: 2 };
 * s.closing // => 2
 */
export interface PlanPeerSummary {
  readonly peer: string;
  readonly role: "near" | "far";
  readonly ahead: number;
  readonly level: number;
  readonly closing: number;
  readonly fallingBehind: number;
  readonly noData: number;
  /** Share of the indicators' weight on which the subject is ahead or level. */
  readonly weightedAhead: number;
  /** Share of the weight on which it is ahead, level or closing. */
  readonly weightedOnTrack: number;
}

/**
 * What {@link computePlan} returns: plain data, stable in shape.
 *
 * @category Benchmark
 * @example
 * const r: Partial<PlanResult> = { subject: "jining-hitech", period: "2018" };
 * r.period // => "2018"
 */
export interface PlanResult {
  readonly subject: string;
  /** ISO-like key of the period compared, and of the year before. */
  readonly period: string;
  readonly previousPeriod: string;
  readonly horizon: readonly [number, number];
  readonly table: readonly PlanTableRow[];
  readonly summary: readonly PlanPeerSummary[];
}

/**
 * Options of {@link computePlan}.
 *
 * @category Benchmark
 * @example
 * const options: ComputePlanOptions = { period: "2018" };
 * options.period // => "2018"
 */
export interface ComputePlanOptions {
  /** The period compared; annual figures are the usual choice. */
  period: Period | string;
  /** Growth used (default: year-on-year, published where the indicator says so). */
  growth?: PanelGrowth | PanelGrowthOptions;
}

/**
 * Computes a benchmark plan for a period — 全面对照: per indicator and per peer, the levels and growth,
 * the gap and its change since a year earlier (narrowing, widening, overtook …), the years to catch
 * up at current growth, the growth needed to catch up within the horizon, the time distance (how many
 * years ago the peer stood where the subject stands), and a status; and per peer, how many indicators
 * the subject leads, is closing on or is falling behind on. Lower-is-better indicators are compared
 * the other way round throughout.
 *
 * Catch-up and required growth compare levels with growth rates: where the growth is published in
 * comparable prices and the levels are nominal, the result is an approximation; `growthSource` says
 * which growth was used.
 *
 * @param panel - observations with entity and indicator definitions (for names, directions and units)
 * @param plan - from {@link benchmarkPlan}
 * @param options - see {@link ComputePlanOptions}
 * @throws {DuibiaoError} `E_LOAD` listing every entity or indicator of the plan the panel does not know
 * @category Benchmark
 * @example
 * const panel = createPanel([
 *   { entity: "a", indicator: "x", period: "2017", value: 100 },
 *   { entity: "a", indicator: "x", period: "2018", value: 110 },
 *   { entity: "b", indicator: "x", period: "2016", value: 100 },
 *   { entity: "b", indicator: "x", period: "2017", value: 200 },
 *   { entity: "b", indicator: "x", period: "2018", value: 210 },
 * ]);
 * const r = computePlan(panel, benchmarkPlan({ subject: "a", near: ["b"], indicators: ["x"] }), { period: "2018" });
 * const c = r.table[0].peers[0];
 * [c.status, c.trend] // => ["closing", "narrowing"]
 * c.catchUpYears // => Math.log(210 / 110) / Math.log(1.1 / 1.05)
 * c.timeDistance // => 2018 - 2016.1
 */
export function computePlan(panel: Panel, plan: BenchmarkPlan, options: ComputePlanOptions): PlanResult {
  const period = parsePeriod(options.period);
  const previous = samePeriodLastYear(period);
  const issues: DataIssue[] = [];
  const entityId = (e: string, field: string): string => {
    const id = panel.entitySet?.get(e)?.id ?? (panel.entityCode(e) >= 0 ? e : undefined);
    if (id === undefined) issues.push({ code: "E_UNKNOWN_ENTITY", field, value: e, message: `computePlan: the panel has no entity ${show(e)}` });
    return id ?? e;
  };
  const subject = entityId(plan.subject, "subject");
  const peers = plan.peers.map((p) => ({ ...p, id: entityId(p.entity, p.role) }));
  const indicators = plan.indicators.map((i) => {
    const code = panel.indicatorCode(i.indicator);
    if (code < 0) issues.push({ code: "E_UNKNOWN_INDICATOR", field: "indicators", value: i.indicator, message: `computePlan: the panel has no indicator ${show(i.indicator)}` });
    return { ...i, id: code < 0 ? i.indicator : panel.indicators[code] };
  });
  if (issues.length > 0) {
    throw new DuibiaoError({ code: "E_LOAD", message: `computePlan: ${issues.map((i) => i.message.replace("computePlan: ", "")).join("; ")}`, issues });
  }

  const growth = cachedGrowth(panel, options.growth);
  const [shortest, longest] = plan.horizon;
  const years = shortest === longest ? [shortest] : [shortest, longest];
  const table: PlanTableRow[] = indicators.map(({ id, weight }) => {
    const def = panel.indicatorSet?.get(id);
    const direction: Direction = def?.direction ?? "higher";
    const at = (e: string, p: Period) => {
      const g = growth.get(e, id, p);
      return { value: panel.value(e, id, p), growth: g?.rate ?? NaN, source: g?.source ?? null };
    };
    const s = at(subject, period);
    const s0 = at(subject, previous);
    const comparisons = peers.map(({ id: peer, role }): PlanComparison => {
      const q = at(peer, period);
      const q0 = at(peer, previous);
      const now = gap({ value: s.value, growth: s.growth }, { value: q.value, growth: q.growth }, { direction });
      const before = Number.isFinite(s0.value) && Number.isFinite(q0.value) ? gap(s0.value, q0.value, { direction }) : null;
      // Lower is better: compare the reciprocals, which grow at 1/(1+g) − 1, so the same formulas hold.
      const inv = (g: number) => 1 / (1 + g) - 1;
      const [f, l, gf, gl] = direction === "higher" ? [s.value, q.value, s.growth, q.growth] : [1 / s.value, 1 / q.value, inv(s.growth), inv(q.growth)];
      const catchUp = catchUpYears(f, l, gf, gl);
      const needed = years.map((y) => {
        const r = requiredGrowth(f, l, gl, y);
        return { years: y, rate: direction === "higher" ? r : inv(r) };
      });
      // The peer's history of the same kind of period (1—7月 of each year, or whole years) up to now.
      const series = panel
        .series(peer, id, { kind: period.kind, to: period })
        .periods.filter((p) => p.end === period.end)
        .map((p) => [p.year, panel.value(peer, id, p)] as [number, number]);
      const distance = timeDistance(series, s.value, period.year, { direction });
      let status: PlanStatus;
      if (!Number.isFinite(now.absolute)) status = "no data";
      else if (now.absolute > 0) status = "ahead";
      else if (now.absolute === 0) status = "level";
      else status = catchUp < Infinity ? "closing" : Number.isNaN(catchUp) ? "no data" : "falling behind";
      return {
        indicator: id,
        peer,
        role,
        weight,
        direction,
        subjectValue: s.value,
        peerValue: q.value,
        subjectGrowth: s.growth,
        peerGrowth: q.growth,
        growthSource: { subject: s.source, peer: q.source },
        gap: now,
        previousGap: before,
        gapChange: before === null ? NaN : before.relative - now.relative,
        trend: before === null ? null : gapTrend(before, now),
        catchUpYears: catchUp,
        requiredGrowth: needed,
        timeDistance: distance,
        status,
      };
    });
    return {
      indicator: id,
      name: { zh: def?.name.zh ?? id, en: def?.name.en ?? id },
      unit: def?.unit.id ?? "",
      weight,
      subjectValue: s.value,
      subjectGrowth: s.growth,
      peers: comparisons,
    };
  });
  const totalWeight = indicators.reduce((sum, i) => sum + i.weight, 0);
  const summary: PlanPeerSummary[] = peers.map(({ id, role }, k) => {
    const rows = table.map((t) => t.peers[k]);
    const count = (s: PlanStatus) => rows.filter((r) => r.status === s).length;
    const weightOf = (ok: (s: PlanStatus) => boolean) => (totalWeight > 0 ? rows.filter((r) => ok(r.status)).reduce((sum, r) => sum + r.weight, 0) / totalWeight : NaN);
    return {
      peer: id,
      role,
      ahead: count("ahead"),
      level: count("level"),
      closing: count("closing"),
      fallingBehind: count("falling behind"),
      noData: count("no data"),
      weightedAhead: weightOf((s) => s === "ahead" || s === "level"),
      weightedOnTrack: weightOf((s) => s === "ahead" || s === "level" || s === "closing"),
    };
  });
  return { subject, period: periodKey(period), previousPeriod: periodKey(previous), horizon: plan.horizon, table, summary };
}
