import { DuibiaoError, loadError, show, typeError, type DataIssue } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import { createPanel } from "../model/createPanel.js";
import type { EntitySet } from "../model/entitySet.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { Panel } from "../model/panel.js";
import { convertUnit, getUnit, type Unit } from "../model/unit.js";
import { periodKey } from "../time/formatPeriod.js";
import { tryParsePeriod } from "../time/parsePeriod.js";
import { createPeriod, type Period } from "../time/period.js";
import { periodOfDate } from "../time/periodOfDate.js";
import { decimalSum } from "../_internal/decimalSum.js";
import { projectIndicatorDefinitions } from "./projectIndicatorDefinitions.js";

/**
 * Stage a project has reached: `"signed"` (签约), `"started"` (开工), `"operating"` (投产).
 *
 * @category Projects
 * @example
 * const stage: ProjectStage = "started";
 * stage // => "started"
 */
export type ProjectStage = "signed" | "started" | "operating";

/**
 * One project record: a project reaching a stage on a date. A project that was signed in
 * September and started in November is two records (the same name, two stages).
 *
 * @category Projects
 * @example
 * const p: ProjectRecord = { name: "智能终端产业园", stage: "签约", investment: 100, date: "2017-09-22", source: "内资", top500: "china" };
 * p.investment // => 100
 */
export interface ProjectRecord {
  /** The project's name; with `stage` and `entity` it identifies the record. */
  name: string;
  /** 签约 / 开工 / 投产, or `signed` / `started` / `operating`. */
  stage: ProjectStage | "签约" | "开工" | "投产";
  /** Total investment (总投资 or 合同额), in `unit`. */
  investment: number;
  /** A money unit: 亿元 (default), 万元, 元, 万美元, 亿美元, 美元 … Foreign currencies need `options.fx`. */
  unit?: string;
  /** 内资 (domestic) or 外资 (foreign) capital; unset projects count in neither source's total. */
  source?: "内资" | "外资" | "domestic" | "foreign" | null;
  /** A 世界500强 (`"world"`, Fortune Global 500) or 中国500强 (`"china"`) company's project. */
  top500?: "world" | "china" | "世界500强" | "中国500强" | null;
  /** The day the stage was reached: an ISO date ("2017-09-22"), "2017年9月22日" or a Date (read in Beijing time). */
  date?: string | Date;
  /** Or the period it was reached in ("2017-09", "2017-Q3", "2017"), when the day is not known. */
  period?: string | Period;
  /** The zone or park; default `options.entity`. */
  entity?: string;
}

/**
 * Options of {@link projectIndicators}.
 *
 * @category Projects
 * @example
 * const options: ProjectIndicatorsOptions = { period: "ytd", fx: { USD: 6.6174 }, entity: "jinan-materials" };
 * options.period // => "ytd"
 */
export interface ProjectIndicatorsOptions {
  /**
   * `"month"` (default), `"quarter"`, `"year"`, or `"ytd"`: year-to-date, cumulative from January
   * (累计), with January folded into 1—2月 as China publishes it unless `janFeb: "separate"`.
   */
  period?: "month" | "quarter" | "year" | "ytd";
  /** Exchange rates, yuan per unit of each currency, e.g. `{ USD: 6.6174 }`; needed for 万美元 and other foreign units. */
  fx?: Readonly<Record<string, number>>;
  /** Investment tiers in 亿元 (default `[30, 50, 100]`): counts of projects of at least each size. */
  tiers?: readonly number[];
  /** The entity of records that name none. */
  entity?: string;
  /** Entity definitions: records' entities are checked and resolved to ids, and attached to the panel. */
  entities?: EntitySet;
  /** With `period: "ytd"`: `"combined"` (default) skips 1—1月, `"separate"` keeps it. */
  janFeb?: "combined" | "separate";
  /**
   * `"strict"` (default): any bad record throws one {@link DuibiaoError} (`E_LOAD`) listing them all.
   * `"lenient"`: the indicators are computed from the valid records and the problems returned.
   */
  mode?: "strict" | "lenient";
}

/**
 * One computed value; a valid {@link ObservationInput}.
 *
 * @category Projects
 * @example
 * const row: ProjectIndicatorRow = { entity: "jining-hitech", indicator: "projects_signed_count", period: "2017-09", value: 11 };
 * createPanel([row]).value("jining-hitech", "projects_signed_count", "2017-09") // => 11
 */
export interface ProjectIndicatorRow {
  readonly entity: string;
  readonly indicator: string;
  /** The period key (`2017-09`, `2017-Q3`, `2017`, `2017-01/09`). */
  readonly period: string;
  readonly value: number;
}

/**
 * What {@link projectIndicators} returns.
 *
 * @category Projects
 * @example
 * const result: ProjectIndicatorsResult = projectIndicators([]);
 * [result.rows.length, result.panel.size, result.issues.length] // => [0, 0, 0]
 */
export interface ProjectIndicatorsResult {
  /** Every value: entity × indicator × period, zeros included, from the first period with a record to the last. */
  readonly rows: readonly ProjectIndicatorRow[];
  /** The same values as a {@link Panel}, with the indicator definitions (and the entities, when given). */
  readonly panel: Panel;
  /** The definitions ({@link projectIndicatorDefinitions}). */
  readonly indicators: IndicatorSet;
  /** The bad records (lenient mode; empty in strict mode, which throws instead). */
  readonly issues: readonly DataIssue[];
}

const FN = "projectIndicators";
const STAGES: Readonly<Record<string, ProjectStage>> = { 签约: "signed", signed: "signed", 开工: "started", started: "started", 投产: "operating", operating: "operating" };
const SOURCES: Readonly<Record<string, "domestic" | "foreign">> = { 内资: "domestic", domestic: "domestic", 外资: "foreign", foreign: "foreign" };
const TOP500: Readonly<Record<string, "world" | "china">> = { world: "world", 世界500强: "world", china: "china", 中国500强: "china", 国内500强: "china" };
const YI = /* @__PURE__ */ getUnit("亿元");

interface Project {
  readonly index: number;
  readonly name: string;
  readonly stage: ProjectStage;
  readonly investment: number; // 亿元
  readonly source: "domestic" | "foreign" | null;
  readonly top500: "world" | "china" | null;
  readonly period: Period; // a month, or coarser when the target kind allows it
  readonly entity: string;
}

/**
 * Rolls a list of projects up into indicators — the project pipeline of a zone's 招商引资 and
 * 项目建设 reports: how many projects were signed, started and put into operation, their total
 * investment in 亿元, how many reached 30, 50 and 100亿元, domestic and foreign capital, and how
 * many came from 世界500强 and 中国500强 companies, per entity and period. See
 * {@link projectIndicatorDefinitions} for the indicator ids and names.
 *
 * Each record's date (or period) places it in a period of the chosen kind; `"ytd"` values are
 * cumulative from January. The result covers every period from the first record's to the last
 * record's, with 0 where nothing happened (the list is taken to be complete). Investment in
 * another unit is converted to 亿元: 万元 exactly, foreign currencies through `options.fx`.
 * Sums are exact as decimals.
 *
 * Every bad record is reported with its 1-based position and field: not an object, a missing name,
 * an unknown stage, source or top500, a missing, non-numeric or negative investment, an unknown or
 * non-money unit, a missing or unreadable date or period (or one too coarse for the periods asked
 * for), an unknown entity, and the same project at the same stage twice.
 *
 * @param projects - the records; not modified
 * @param options - see {@link ProjectIndicatorsOptions}
 * @returns see {@link ProjectIndicatorsResult}
 * @throws {DuibiaoError} `E_LOAD` listing every bad record (strict mode); `E_UNIT_MISMATCH` naming the
 *   project when a foreign-currency investment has no exchange rate in `options.fx` (in both modes:
 *   leaving those projects out would understate the totals)
 * @throws {TypeError} when `projects` is not iterable or an enum option is unknown
 * @category Projects
 * @example
 * const { panel } = projectIndicators([
 *   { name: "A", stage: "签约", investment: 120, date: "2017-09-22", source: "内资" },
 *   { name: "B", stage: "签约", investment: 45, date: "2017-09-22", source: "内资", top500: "world" },
 *   { name: "C", stage: "签约", investment: 2610, unit: "万美元", date: "2017-09-22", source: "外资" },
 *   { name: "A", stage: "开工", investment: 120, date: "2017-11-11" },
 * ], { entity: "jining-hitech", fx: { USD: 6.6174 } });
 * panel.value("jining-hitech", "签约项目数", "2017-09") // => 3
 * panel.value("jining-hitech", "签约项目投资额", "2017-09") // => 166.7271414
 * panel.value("jining-hitech", "签约30亿元以上项目数", "2017-09") // => 2
 * panel.value("jining-hitech", "签约100亿元以上项目数", "2017-09") // => 1
 * panel.value("jining-hitech", "签约外资项目投资额", "2017-09") // => 1.7271414
 * panel.value("jining-hitech", "签约世界500强项目数", "2017-09") // => 1
 * panel.value("jining-hitech", "开工项目数", "2017-10") // => 0
 * panel.value("jining-hitech", "开工项目投资额", "2017-11") // => 120
 */
export function projectIndicators(projects: Iterable<ProjectRecord>, options: ProjectIndicatorsOptions = {}): ProjectIndicatorsResult {
  if (projects == null || typeof (projects as Iterable<ProjectRecord>)[Symbol.iterator] !== "function") typeError(FN, "projects must be an array of project records", projects);
  const kind = keyword(FN, options.period, "period", ["month", "quarter", "year", "ytd"], "month");
  const strict = keyword(FN, options.mode, "mode", ["strict", "lenient"], "strict") === "strict";
  const combined = keyword(FN, options.janFeb, "janFeb", ["combined", "separate"], "combined") === "combined";
  const indicators = projectIndicatorDefinitions({ tiers: options.tiers, period: kind });
  const tiers = [...new Set(options.tiers ?? [30, 50, 100])].sort((a, b) => a - b);

  const issues: DataIssue[] = [];
  const good: Project[] = [];
  const seen = new Map<string, number>();
  let index = 0;
  for (const record of projects) {
    index++;
    const p = validate(record, index, kind, options, issues);
    if (p === undefined) continue;
    const key = `${p.entity}\u0000${p.name}\u0000${p.stage}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({
        code: "E_DUPLICATE_KEY",
        row: index,
        field: "name",
        value: p.name,
        message: `project ${show(p.name)} of ${p.entity} is at stage ${p.stage} in record ${first} already; remove one of the two (a project reaching another stage is a record with another stage)`,
      });
      continue;
    }
    seen.set(key, index);
    good.push(p);
  }
  if (strict && issues.length > 0) {
    throw loadError(FN, issues, `Fix the records, or pass { mode: "lenient" } to compute the indicators from the valid ones and get the problems back.`);
  }

  // The periods: every one of the kind from the first record's to the last record's.
  const slot = (p: Period): Period => (kind === "year" ? createPeriod("year", p.year) : kind === "quarter" ? createPeriod("quarter", p.year, Math.ceil(p.end / 3)) : createPeriod("month", p.year, p.end));
  const ordinal = (p: Period): number => p.year * 12 + p.end;
  const grid: Period[] = [];
  if (good.length > 0) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of good) {
      const o = ordinal(slot(p.period));
      lo = Math.min(lo, o);
      hi = Math.max(hi, o);
    }
    const step = kind === "year" ? 12 : kind === "quarter" ? 3 : 1;
    for (let o = lo; o <= hi; o += step) {
      const year = Math.floor((o - 1) / 12);
      const month = o - 12 * year;
      if (kind !== "ytd") grid.push(slot(createPeriod("month", year, month)));
      else if (!(combined && month === 1 && o < hi)) grid.push(createPeriod("ytd", year, combined && month === 1 ? 2 : month));
    }
  }

  // Sum each record into its entity × indicator × slot; for ytd, into every later slot of the year.
  const gridIndex = new Map(grid.map((p, g) => [ordinal(p), g]));
  const cells = new Map<string, Map<string, number[][]>>();
  const put = (entity: string, indicator: string, g: number, x: number) => {
    const byIndicator = cells.get(entity) ?? cells.set(entity, new Map()).get(entity)!;
    const list = byIndicator.get(indicator) ?? byIndicator.set(indicator, grid.map(() => [])).get(indicator)!;
    list[g].push(x);
  };
  for (const p of good) {
    const s = slot(p.period);
    const targets: number[] = [];
    if (kind === "ytd") {
      grid.forEach((q, g) => {
        if (q.year === s.year && q.end >= s.end) targets.push(g);
      });
    } else targets.push(gridIndex.get(ordinal(s))!);
    const pre = `projects_${p.stage}`;
    for (const g of targets) {
      put(p.entity, `${pre}_count`, g, 1);
      put(p.entity, `${pre}_investment`, g, p.investment);
      for (const t of tiers) if (p.investment >= t) put(p.entity, `${pre}_tier${t}_count`, g, 1);
      if (p.source !== null) put(p.entity, `${pre}_${p.source}_investment`, g, p.investment);
      if (p.top500 !== null) put(p.entity, `${pre}_${p.top500}500_count`, g, 1);
    }
  }

  const rows: ProjectIndicatorRow[] = [];
  const keys = grid.map((p) => periodKey(p));
  for (const [entity, byIndicator] of cells) {
    for (const ind of indicators.list) {
      const list = byIndicator.get(ind.id);
      keys.forEach((period, g) => rows.push({ entity, indicator: ind.id, period, value: list === undefined ? 0 : decimalSum(list[g]) }));
    }
  }
  const panel = createPanel(rows, { indicators, entities: options.entities });
  return { rows, panel, indicators, issues };
}

/** The project of a record, or undefined after pushing its issues. */
function validate(record: ProjectRecord, index: number, kind: string, options: ProjectIndicatorsOptions, issues: DataIssue[]): Project | undefined {
  const n = issues.length;
  const bad = (code: DataIssue["code"], field: string, value: unknown, message: string) => issues.push({ code, row: index, field, value, message });
  if (record === null || typeof record !== "object") {
    bad("E_INVALID_INPUT", "record", record, `record ${index} must be an object { name, stage, investment, date }; got ${show(record)}`);
    return undefined;
  }
  const name = typeof record.name === "string" ? record.name.trim() : "";
  if (name === "") bad("E_MISSING_FIELD", "name", record.name, `name must be the project's name (a non-empty string); got ${show(record.name)}`);
  const label = name === "" ? `record ${index}` : `project ${show(name)}`;

  const stage = lookup(STAGES, record.stage);
  if (record.stage == null) bad("E_MISSING_FIELD", "stage", record.stage, `${label}: stage is missing; give 签约, 开工 or 投产 (signed, started, operating)`);
  else if (stage === undefined) bad("E_INVALID_INPUT", "stage", record.stage, `${label}: stage must be 签约, 开工 or 投产 (signed, started, operating); got ${show(record.stage)}`);

  const x = record.investment;
  if (x == null) bad("E_MISSING_FIELD", "investment", x, `${label}: investment is missing; give the total investment as a number (in 亿元 unless unit says otherwise)`);
  else if (typeof x !== "number" || !Number.isFinite(x)) bad("E_VALUE_PARSE", "investment", x, `${label}: investment must be a finite number (in 亿元 unless unit says otherwise); got ${show(x)}`);
  else if (x < 0) bad("E_VALUE_PARSE", "investment", x, `${label}: investment must not be negative; got ${show(x)}`);

  let unit: Unit | undefined = YI;
  if (record.unit != null) {
    try {
      unit = getUnit(record.unit);
      if (unit.dimension !== "money") {
        bad("E_UNIT_MISMATCH", "unit", record.unit, `${label}: unit must be a money unit such as 亿元, 万元 or 万美元; got ${show(record.unit)} (${unit.dimension})`);
        unit = undefined;
      }
    } catch {
      bad("E_UNKNOWN_UNIT", "unit", record.unit, `${label}: unknown unit ${show(record.unit)}; use 亿元, 万元, 元, 亿美元, 万美元 or 美元, or register one with defineUnit`);
      unit = undefined;
    }
  }

  const source = record.source == null ? null : lookup(SOURCES, record.source);
  if (source === undefined) bad("E_INVALID_INPUT", "source", record.source, `${label}: source must be 内资 or 外资 (domestic, foreign), or left out; got ${show(record.source)}`);
  const top500 = record.top500 == null ? null : lookup(TOP500, record.top500);
  if (top500 === undefined) bad("E_INVALID_INPUT", "top500", record.top500, `${label}: top500 must be "world" (世界500强) or "china" (中国500强), or left out; got ${show(record.top500)}`);

  const period = when(record, label, kind, bad);

  let entity = record.entity ?? options.entity;
  if (typeof entity !== "string" || entity.trim() === "") {
    bad("E_MISSING_FIELD", "entity", record.entity, `${label}: no entity; give the record an entity, or pass { entity } for all records`);
    entity = undefined;
  } else if (options.entities !== undefined) {
    const e = options.entities.get(entity.trim());
    if (e === undefined) bad("E_UNKNOWN_ENTITY", "entity", entity, `${label}: unknown entity ${show(entity)}; check it against the entity definitions`);
    entity = e?.id;
  } else entity = entity.trim();

  if (issues.length > n) return undefined;
  let investment: number;
  try {
    investment = convertUnit(x as number, unit!, YI, { fx: options.fx });
  } catch {
    const currency = unit!.currency ?? unit!.id;
    throw new DuibiaoError({
      code: "E_UNIT_MISMATCH",
      row: index,
      field: "unit",
      value: unit!.id,
      message: `${FN}: ${label} (record ${index}) is in ${unit!.id}, and there is no exchange rate for ${currency}; pass { fx: { ${currency}: <yuan per unit> } }${currency === "USD" ? ", e.g. { fx: { USD: 6.6174 } }" : ""}`,
    });
  }
  return { index, name, stage: stage!, investment, source: source ?? null, top500: top500 ?? null, period: period!, entity: entity! };
}

/** The value of a (trimmed) string key in a table of own properties, else undefined. */
function lookup<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  if (typeof key !== "string") return undefined;
  const k = key.trim();
  return Object.hasOwn(table, k) ? table[k] : undefined;
}

/** The period a record's stage was reached in, checked against the kind of periods asked for. */
function when(record: ProjectRecord, label: string, kind: string, bad: (code: DataIssue["code"], field: string, value: unknown, message: string) => void): Period | undefined {
  let fromDate: Period | undefined;
  let fromPeriod: Period | undefined;
  if (record.date != null) {
    const d = typeof record.date === "string" ? record.date.trim().replace(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, (_, y, m, day) => `${y}-${m.padStart(2, "0")}-${day.padStart(2, "0")}`) : record.date;
    try {
      if (!(typeof d === "string" || d instanceof Date)) throw new RangeError("not a date");
      fromDate = periodOfDate(d, { kind: "month" });
    } catch {
      bad("E_PERIOD_PARSE", "date", record.date, `${label}: cannot read date ${show(record.date)}; write it as 2017-09-22 or 2017年9月22日`);
      return undefined;
    }
  }
  if (record.period != null) {
    fromPeriod = tryParsePeriod(record.period);
    if (fromPeriod === undefined) {
      bad("E_PERIOD_PARSE", "period", record.period, `${label}: cannot read period ${show(record.period)}; write it like 2017-09, 2017-Q3 or 2017`);
      return undefined;
    }
  }
  if (fromDate === undefined && fromPeriod === undefined) {
    bad("E_MISSING_FIELD", "date", record.date, `${label}: no date; give the date (2017-09-22) or the period (2017-09) in which it reached its stage`);
    return undefined;
  }
  if (fromDate !== undefined && fromPeriod !== undefined && !(fromPeriod.year === fromDate.year && fromPeriod.start <= fromDate.end && fromDate.end <= fromPeriod.end)) {
    bad("E_INVALID_INPUT", "period", record.period, `${label}: date ${show(record.date)} is not in period ${show(record.period)}; give one of the two`);
    return undefined;
  }
  const p = fromDate ?? fromPeriod!;
  const fits = kind === "year" || (kind === "quarter" ? Math.ceil(p.start / 3) === Math.ceil(p.end / 3) : p.start === p.end);
  if (!fits) {
    const coarser = kind !== "quarter" && Math.ceil(p.start / 3) === Math.ceil(p.end / 3) ? "quarter" : "year";
    bad("E_INVALID_INPUT", "period", record.period, `${label}: period ${show(record.period)} is longer than the ${kind === "ytd" ? "month" : kind}s asked for; give the date or the month, or pass { period: "${coarser}" }`);
    return undefined;
  }
  return p;
}
