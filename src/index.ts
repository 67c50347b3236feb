/**
 * duibiao (对标): benchmark regional KPIs — growth, ranks, targets and near/far peers — the way
 * Chinese statistics bureaus and development zones do. This is the core entry: no DOM, no Node
 * built-ins.
 *
 * @packageDocumentation
 */
export type { DuibiaoErrorCode, DataIssue } from "./_internal/errors.js";
export { DuibiaoError } from "./_internal/errors.js";
export type { Period, PeriodKind, FormatPeriodOptions, ShiftPeriodOptions, PeriodOfDateOptions } from "./time/index.js";
export {
  createPeriod,
  isPeriod,
  parsePeriod,
  tryParsePeriod,
  formatPeriod,
  periodKey,
  comparePeriods,
  samePeriodLastYear,
  previousPeriod,
  nextPeriod,
  periodRange,
  periodOfDate,
  periodDates,
} from "./time/index.js";
export type {
  Unit,
  UnitDimension,
  ConvertUnitOptions,
  Indicator,
  IndicatorSpec,
  Direction,
  Accumulation,
  GrowthSource,
  IndicatorSet,
  Entity,
  EntitySpec,
  EntitySet,
  ObservationFlag,
  ObservationInput,
  Observation,
  CodeArray,
  PanelOptions,
  SeriesOptions,
  CrossSectionOptions,
} from "./model/index.js";
export { getUnit, defineUnit, convertUnit, defineIndicator, createIndicators, createEntities, Panel, createPanel, mergePanels } from "./model/index.js";
export type { ParseNumberOptions, ColumnMapping, WideMeasure, LoadOptions, LoadResult, ReadCsvOptions, ToCsvOptions, PanelJsonRow } from "./io/index.js";
export { parseNumber, readCsv, readJson, readEntitiesCsv, readIndicatorsCsv, readTargetsCsv, toCsv, toJson } from "./io/index.js";
export type { AverageGrowthOptions, ChainGrowthOptions, GrowthMethod, GrowthOrigin, PanelGrowthOptions, GrowthValue, PanelGrowth } from "./growth/index.js";
export { growthRate, cagr, averageGrowth, chainGrowth, contribution, panelGrowth } from "./growth/index.js";
export type { RankOptions, RankWithinOptions, RankRow, RankTable, RankColumnOptions, RankChangeOptions, RankMove, TiersOptions } from "./rank/index.js";
export { rank, rankWithin, rankColumn, rankChange, tiers, doubleLead } from "./rank/index.js";
export type { ElapsedShareOptions, CardColour, CardThresholds, Pace, TargetSpec, AssessTargetsOptions, TargetStatus } from "./target/index.js";
export { completionRate, elapsedShare, scheduleGap, statusCard, requiredPace, assessTargets } from "./target/index.js";
export type {
  FormatValueOptions,
  FormatAmountOptions,
  FormatCompactOptions,
  FormatRateOptions,
  FormatChangeOptions,
  FormatPointsOptions,
  FormatPointsChangeOptions,
  FormatRankOptions,
  FormatRankChangeOptions,
  FormatPeriodLabelOptions,
  DisplayWidthOptions,
  Label,
  DescribeRankOptions,
  DescribeCompletionOptions,
  DescribeRankChangeOptions,
  DescribeGapOptions,
} from "./narrative/index.js";
export {
  formatValue,
  formatAmount,
  formatCompact,
  formatRate,
  formatChange,
  formatPoints,
  formatPointsChange,
  formatRank,
  formatRankChange,
  formatPeriodLabel,
  displayWidth,
  describeRank,
  describeCompletion,
  describeRankChange,
  describeGap,
} from "./narrative/index.js";
export type {
  RollupChildrenOptions,
  RollupRow,
  RollupResult,
  WithRollupOptions,
  ProjectIndicatorDefinitionsOptions,
  ProjectStage,
  ProjectRecord,
  ProjectIndicatorsOptions,
  ProjectIndicatorRow,
  ProjectIndicatorsResult,
} from "./rollup/index.js";
export { rollupChildren, withRollup, projectIndicators, projectIndicatorDefinitions } from "./rollup/index.js";
export type {
  TimeDistanceOptions,
  GapSide,
  GapOptions,
  Gap,
  GapTrend,
  GapTrendOptions,
  BenchmarkPlanSpec,
  BenchmarkPlan,
  PlanStatus,
  PlanComparison,
  PlanTableRow,
  PlanPeerSummary,
  PlanResult,
  ComputePlanOptions,
  TrackPlanOptions,
  PlanSeries,
} from "./benchmark/index.js";
export { catchUpYears, requiredGrowth, timeDistance, distanceToFrontier, gap, gapTrend, benchmarkPlan, computePlan, trackPlan } from "./benchmark/index.js";
