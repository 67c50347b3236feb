import { DuibiaoError, loadError, show, type DataIssue, type DuibiaoErrorCode } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import type { Indicator } from "../model/indicator.js";
import { nameKey } from "../model/indicatorSet.js";
import { FLAG_BITS } from "../model/panel.js";
import { PanelBuilder } from "../model/panelBuilder.js";
import { convertUnit, getUnit, type Unit } from "../model/unit.js";
import { parsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import type { ColumnMapping, LoadOptions, LoadResult, WideMeasure } from "./options.js";
import { readNumber } from "./parseNumber.js";

type Role = keyof ColumnMapping;

const ROLE_HEADERS: Record<Role, readonly string[]> = {
  entity: ["entity", "entityid", "entity_id", "单位", "单位名称", "地区", "区县", "县市区", "园区", "主体", "region"],
  indicator: ["indicator", "indicatorid", "indicator_id", "指标", "指标名称"],
  period: ["period", "时期", "期间", "时间", "统计期", "报告期"],
  value: ["value", "数值", "值", "总量", "绝对值"],
  growth: ["growth", "增速", "增长", "增幅", "同比增长", "同比增速", "比上年同期增长", "比上年同期增长(%)"],
  unit: ["unit", "计量单位"],
  flags: ["flag", "flags", "标记"],
};

const FLAG_WORDS: Record<string, keyof typeof FLAG_BITS> = {
  estimated: "estimated",
  估计: "estimated",
  估算: "estimated",
  revised: "revised",
  修订: "revised",
  preliminary: "preliminary",
  初步核算: "preliminary",
  初步: "preliminary",
};

const GROWTH_SUFFIX = /(增速|增长率|增长|增幅|同比增长|同比)$/;
const UNIT_SUFFIX = /^(.*?)\s*[(（]\s*([^()（）]*?)\s*[)）]\s*$/;

/** A header split into its name and a bracketed unit: `增速(%)` → `{ name: "增速", unit: "%" }`. */
function splitHeader(header: string): { name: string; unit: string | undefined } {
  const m = UNIT_SUFFIX.exec(header.normalize("NFKC"));
  return m ? { name: m[1].trim(), unit: m[2] || undefined } : { name: header.trim(), unit: undefined };
}

interface Column {
  index: number;
  header: string;
  percent: boolean;
}

interface Measure {
  index: number;
  header: string;
  field: "value" | "growth";
  indicator?: string; // when columns are indicators
  period?: Period; // when columns are periods
  unit?: Unit;
  percent: boolean;
}

/**
 * The loaders' core: validates table rows (as arrays of cells under `header`) and builds a panel,
 * collecting every problem with its row number and field.
 * @internal
 */
export function loadTable(
  source: string,
  header: readonly string[],
  rows: Iterable<readonly unknown[] | unknown>,
  options: LoadOptions,
  firstRow: number,
  defaultRates: "percent" | "fraction",
  skipBlankRows: boolean,
): LoadResult {
  const format = keyword(source, options.format, "format", ["long", "wide"], "long");
  const mode = keyword(source, options.mode, "mode", ["strict", "lenient"], "strict");
  const rates = keyword(source, options.rates, "rates", ["percent", "fraction"], defaultRates);
  const issues: DataIssue[] = [];
  const issue = (code: DuibiaoErrorCode, row: number | undefined, field: string | undefined, value: unknown, message: string) =>
    issues.push({ code, row, field, value, message });
  // Where problems with the header are reported: CSV's header is row 1; JSON has no header row.
  const headerRow = firstRow > 1 ? firstRow - 1 : undefined;

  // Resolve the key columns.
  const folded = header.map((h) => nameKey(splitHeader(String(h)).name));
  const mapping = options.columns ?? {};
  const col = (role: Role, required: boolean): Column | undefined => {
    const wanted = Object.hasOwn(mapping, role) ? mapping[role] : undefined;
    let index = -1;
    if (wanted !== undefined) {
      index = header.indexOf(wanted);
      if (index < 0) index = folded.indexOf(nameKey(splitHeader(wanted).name));
      if (index < 0) {
        issue("E_MISSING_COLUMN", headerRow, wanted, wanted, `column ${show(wanted)} (given as columns.${role}) is not in the header: ${header.map((h) => show(h)).join(", ")}`);
        return undefined;
      }
    } else {
      for (const h of ROLE_HEADERS[role]) {
        index = folded.indexOf(nameKey(h));
        if (index >= 0) break;
      }
    }
    if (index < 0) {
      if (required) {
        issue("E_MISSING_COLUMN", headerRow, role, undefined, `no ${role} column: name it ${ROLE_HEADERS[role].slice(0, 3).map((h) => show(h)).join(" or ")}, pass columns: { ${role}: "<header>" }, or pass a fixed ${role}: "…" option`);
      }
      return undefined;
    }
    const h = String(header[index]);
    return { index, header: h, percent: splitHeader(h).unit === "%" };
  };
  const fixedPeriod = options.period === undefined ? undefined : parsePeriod(options.period);
  const entityCol = options.entity === undefined ? col("entity", true) : undefined;
  const indicatorCol = options.indicator === undefined ? col("indicator", format === "long") : undefined;
  const periodCol = fixedPeriod === undefined ? col("period", format === "long") : undefined;
  const unitCol = col("unit", false);
  const flagsCol = col("flags", false);

  // Entities and indicators, resolved once per distinct text.
  const entityIds = new Map<string, string | null>();
  const resolveEntity = (text: string): string | null => {
    let id = entityIds.get(text);
    if (id === undefined) {
      id = options.entities ? (options.entities.get(text)?.id ?? null) : text;
      entityIds.set(text, id);
    }
    return id;
  };
  const indicators = new Map<string, Indicator | string | null>();
  const resolveIndicator = (text: string): Indicator | string | null => {
    let ind = indicators.get(text);
    if (ind === undefined) {
      ind = options.indicators ? (options.indicators.get(text) ?? null) : text;
      indicators.set(text, ind);
    }
    return ind;
  };
  // Without indicator definitions, the first unit seen for an indicator becomes its unit.
  const unitOf = new Map<string, Unit>();

  // Wide format: which columns are measures.
  const keyIdx = new Set([entityCol, indicatorCol, periodCol, unitCol, flagsCol].filter((c) => c !== undefined).map((c) => c!.index));
  const measures: Measure[] = [];
  let asPeriods = false;
  if (format === "wide" && !issues.some((i) => i.code === "E_MISSING_COLUMN")) {
    const ignored = new Set(options.ignore ?? []);
    const candidates = header.map((h, index) => ({ h: String(h), index })).filter((c) => !keyIdx.has(c.index) && !ignored.has(c.h));
    asPeriods =
      keyword(source, options.columnsAre, "columnsAre", ["indicators", "periods"], candidates.length > 0 && candidates.every((c) => tryPeriod(splitHeader(c.h).name) !== undefined) ? "periods" : "indicators") === "periods";
    const given = options.measures ?? {};
    for (const { h, index } of candidates) {
      const { name, unit } = splitHeader(h);
      const spec: string | WideMeasure | undefined = Object.hasOwn(given, h) ? given[h] : undefined;
      const m: Measure = { index, header: h, field: "value", percent: unit === "%" };
      if (asPeriods) {
        const p = tryPeriod(name);
        if (p === undefined) {
          issue("E_PERIOD_PARSE", headerRow, h, h, `column ${show(h)} is not a period; with columns that are periods, every measure column must be one (or pass columnsAre: "indicators")`);
          continue;
        }
        m.period = p;
        if (unit !== undefined && unit !== "%") {
          m.unit = tryUnit(unit);
          if (m.unit === undefined) {
            issue("E_UNKNOWN_UNIT", headerRow, h, unit, `column ${show(h)}: unknown unit ${show(unit)}: ${UNIT_HINT}`);
            continue;
          }
        }
      } else {
        let indicatorText = name;
        if (typeof spec === "string") indicatorText = spec;
        else if (spec !== undefined) {
          indicatorText = spec.indicator;
          m.field = spec.field ?? "value";
        } else if (GROWTH_SUFFIX.test(name) && (options.indicators?.get(name) ?? null) === null) {
          indicatorText = name.replace(GROWTH_SUFFIX, "");
          m.field = "growth";
        }
        const ind = resolveIndicator(indicatorText);
        if (ind === null) {
          issue("E_UNKNOWN_INDICATOR", headerRow, h, indicatorText, `column ${show(h)}: unknown indicator ${show(indicatorText)}; name the column after an indicator or map it with measures: { ${JSON.stringify(h)}: "<indicator id>" }`);
          continue;
        }
        m.indicator = typeof ind === "string" ? ind : ind.id;
        const u = typeof spec === "object" && spec.unit !== undefined ? spec.unit : unit;
        if (m.field === "growth") m.percent = m.percent || u === "%";
        else if (u !== undefined) {
          m.unit = tryUnit(u);
          if (m.unit === undefined) {
            issue("E_UNKNOWN_UNIT", headerRow, h, u, `column ${show(h)}: unknown unit ${show(u)}: ${UNIT_HINT}`);
            continue;
          }
          // With definitions, a header unit that cannot become the indicator's unit is reported once, here.
          if (typeof ind !== "string" && !convertible(m.unit, ind.unit)) {
            issue("E_UNIT_MISMATCH", headerRow, h, m.unit.id, `column ${show(h)}: unit ${m.unit.id} does not match ${ind.id}'s unit ${ind.unit.id} and cannot be converted to it; write the column in ${ind.unit.id} or map it to another indicator with measures`);
            continue;
          }
        }
      }
      measures.push(m);
    }
    // C. The key the measure columns do not supply must come from a column or an option.
    if (asPeriods && indicatorCol === undefined && options.indicator === undefined) {
      issue("E_MISSING_COLUMN", headerRow, "indicator", undefined, `no indicator column: with columns that are periods, name it "indicator" or "指标", pass columns: { indicator: "<header>" }, or pass a fixed indicator: "…" option`);
    } else if (!asPeriods && periodCol === undefined && fixedPeriod === undefined) {
      issue("E_MISSING_COLUMN", headerRow, "period", undefined, `no period column: with columns that are indicators, name it "period" or "时期", pass columns: { period: "<header>" }, or pass a fixed period: "…" option`);
    }
  } else if (format === "long") {
    const before = issues.length;
    const value = col("value", false);
    const growth = col("growth", false);
    if (value === undefined && growth === undefined && issues.length === before) {
      issue("E_MISSING_COLUMN", headerRow, "value", undefined, `no value column (nor a growth column): name it "value" or "数值", or pass columns: { value: "<header>" }`);
    }
    if (value) measures.push({ index: value.index, header: value.header, field: "value", percent: value.percent });
    if (growth) measures.push({ index: growth.index, header: growth.header, field: "growth", percent: growth.percent });
  }

  // Measures that make one observation: the value and growth of one indicator in one period.
  const groups: { indicator?: Indicator | string; period?: Period; value?: Measure; growth?: Measure }[] = [];
  for (const m of measures) {
    const indicator = m.indicator === undefined ? undefined : resolveIndicator(m.indicator)!;
    let g = groups.find((x) => x.indicator === indicator && x.period === m.period);
    if (g === undefined) groups.push((g = { indicator, period: m.period }));
    g[m.field] = m;
  }
  const units = new Map<string, Unit>();

  /** A value cell, converted to the indicator's unit; NaN when missing; undefined (and an issue) when bad. */
  const readValue = (m: Measure, cells: readonly unknown[], line: number, ind: Indicator | string, indId: string, rowUnit: Unit | undefined): number | undefined => {
    const raw = cells[m.index];
    const x = readNumber(raw, m.percent);
    if (x === undefined) return void issue("E_VALUE_PARSE", line, m.header, raw, notANumber(raw));
    const unit = rowUnit ?? m.unit;
    let target = typeof ind === "string" ? unitOf.get(indId) : ind.unit;
    if (target === undefined && unit !== undefined) unitOf.set(indId, (target = unit));
    if (unit !== undefined && target !== undefined && unit !== target) {
      if (unit.dimension !== target.dimension || unit.currency !== target.currency) {
        return void issue("E_UNIT_MISMATCH", line, rowUnit ? unitCol!.header : m.header, unit.id, `unit ${unit.id} does not match ${indId}'s unit ${target.id} and cannot be converted to it: write the value in ${target.id} (or a unit convertible to it) or correct the indicator`);
      }
      return x === null ? NaN : convertUnit(x, unit, target);
    }
    return x === null ? NaN : x;
  };
  const readGrowth = (m: Measure, cells: readonly unknown[], line: number): number | undefined => {
    const raw = cells[m.index];
    const x = readNumber(raw, m.percent || rates === "percent");
    if (x === undefined) return void issue("E_VALUE_PARSE", line, m.header, raw, notANumber(raw));
    return x === null ? NaN : x;
  };

  const builder = new PanelBuilder();
  let count = 0;
  if (!issues.some((i) => i.code === "E_MISSING_COLUMN")) {
    let line = firstRow - 1;
    for (const input of rows) {
      line++;
      if (!Array.isArray(input)) {
        count++;
        issue("E_INVALID_INPUT", line, undefined, input, `row must be an object with the columns as keys; got ${show(input)}`);
        continue;
      }
      const cells: readonly unknown[] = input;
      // A blank CSV line is not a row; a JSON object with nothing in it is one, and is reported.
      if (skipBlankRows && cells.every((c) => c == null || (typeof c === "string" && c.trim() === ""))) continue;
      count++;
      if (cells.length > header.length) {
        issue("E_INVALID_INPUT", line, undefined, cells.length, `row has ${cells.length} cells but the header has ${header.length}: check for an unquoted comma`);
        continue;
      }
      const before = issues.length;
      const text = (c: Column | undefined, fixed: string | undefined) => (c === undefined ? fixed : cellText(cells[c.index]));

      const entityText = text(entityCol, options.entity);
      let entity: string | null = null;
      if (!entityText) issue("E_MISSING_FIELD", line, entityCol?.header, entityText, `the entity is empty: fill it in (an id or a name of the entities)`);
      else if ((entity = resolveEntity(entityText)) === null) issue("E_UNKNOWN_ENTITY", line, entityCol?.header, entityText, `unknown entity ${show(entityText)}: add it to the entities or correct the name`);

      let period = fixedPeriod;
      if (periodCol) {
        const pt = cellText(cells[periodCol.index]);
        try {
          period = parsePeriod(pt);
        } catch (e) {
          if (pt === "") issue("E_MISSING_FIELD", line, periodCol.header, pt, `the period is empty: fill it in, e.g. 2018-01/07 or 2018年1—7月`);
          else issue("E_PERIOD_PARSE", line, periodCol.header, pt, (e as Error).message);
        }
      }
      let flags = 0;
      if (flagsCol) {
        for (const word of cellText(cells[flagsCol.index]).split(/[;,，；、\s]+/).filter(Boolean)) {
          const f = Object.hasOwn(FLAG_WORDS, word.toLowerCase()) ? FLAG_WORDS[word.toLowerCase()] : undefined;
          if (f === undefined) issue("E_INVALID_INPUT", line, flagsCol.header, word, `unknown flag ${show(word)}: use estimated (估计), revised (修订) or preliminary (初步核算)`);
          else flags |= FLAG_BITS[f];
        }
      }
      const rowUnitText = unitCol ? cellText(cells[unitCol.index]) : "";
      const rowIndicatorText = indicatorCol ? cellText(cells[indicatorCol.index]) : options.indicator;
      let rowIndicator: Indicator | string | null | undefined;
      if (format === "long" || asPeriods) {
        if (!rowIndicatorText) issue("E_MISSING_FIELD", line, indicatorCol?.header, rowIndicatorText, "the indicator is empty: fill it in (an id or a name of the indicators)");
        else if ((rowIndicator = resolveIndicator(rowIndicatorText)) === null) {
          issue("E_UNKNOWN_INDICATOR", line, indicatorCol?.header, rowIndicatorText, `unknown indicator ${show(rowIndicatorText)}: add it to the indicators or correct the name`);
        }
      }
      let rowUnit: Unit | undefined;
      if (rowUnitText !== "") {
        rowUnit = units.get(rowUnitText) ?? tryUnit(rowUnitText);
        if (rowUnit === undefined) issue("E_UNKNOWN_UNIT", line, unitCol!.header, rowUnitText, `unknown unit ${show(rowUnitText)}: ${UNIT_HINT}`);
        else units.set(rowUnitText, rowUnit);
      }
      if (issues.length > before) {
        // The row is not loaded, but its numbers are still checked so that every problem is listed at once.
        for (const m of measures) {
          const raw = cells[m.index];
          if (readNumber(raw, false) === undefined) issue("E_VALUE_PARSE", line, m.header, raw, notANumber(raw));
        }
        continue;
      }

      // One observation per group of measures: long rows give one, wide rows several.
      for (const g of groups) {
        const ind = g.indicator ?? rowIndicator!;
        const indId = typeof ind === "string" ? ind : ind.id;
        const value = g.value === undefined ? NaN : readValue(g.value, cells, line, ind, indId, rowUnit);
        const growth = g.growth === undefined ? NaN : readGrowth(g.growth, cells, line);
        if (value !== undefined && growth !== undefined) builder.add(entity!, indId, g.period ?? period!, value, growth, flags, line);
      }
    }
  }
  const { panel, issues: dups } = builder.build({ entities: options.entities, indicators: options.indicators }, "key");
  issues.push(...dups);
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (mode === "strict" && issues.length > 0) throw loadError(source, issues);
  return { panel, issues, rows: count };
}

function notANumber(raw: unknown): string {
  return `${show(raw)} is not a number (write 1234.5, 1,234.5 or 7.3%; leave the cell empty for a missing value)`;
}

function cellText(c: unknown): string {
  return c == null ? "" : String(c).trim();
}

function tryPeriod(text: string): Period | undefined {
  try {
    return parsePeriod(text);
  } catch {
    return undefined;
  }
}

const UNIT_HINT = "write a known unit (亿元, 万元, 万美元, 个, 家, % …) or add it with defineUnit";

function convertible(from: Unit, to: Unit): boolean {
  try {
    convertUnit(1, from, to);
    return true;
  } catch (e) {
    if (e instanceof DuibiaoError) return false;
    throw e;
  }
}

function tryUnit(text: string): Unit | undefined {
  try {
    return getUnit(text);
  } catch (e) {
    if (e instanceof DuibiaoError) return undefined;
    throw e;
  }
}
