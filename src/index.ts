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
export { getUnit, defineUnit, convertUnit, defineIndicator, createIndicators, createEntities, Panel, createPanel } from "./model/index.js";
export type { ParseNumberOptions, ColumnMapping, WideMeasure, LoadOptions, LoadResult, ReadCsvOptions, ToCsvOptions, PanelJsonRow } from "./io/index.js";
export { parseNumber, readCsv, readJson, readEntitiesCsv, readIndicatorsCsv, toCsv, toJson } from "./io/index.js";
