import { DuibiaoError, type DataIssue } from "../_internal/errors.js";
import { createEntities, type EntitySet, type EntitySpec } from "../model/entitySet.js";
import type { IndicatorSpec } from "../model/indicator.js";
import { createIndicators, type IndicatorSet } from "../model/indicatorSet.js";
import { csvTable as table } from "./csvTable.js";

const ENTITY_HEADERS = {
  id: ["id", "编码", "代码"],
  name_zh: ["name_zh", "name", "名称", "中文名称"],
  name_en: ["name_en", "english", "英文名称"],
  kind: ["kind", "type", "类型"],
  parent: ["parent", "上级", "所属"],
  groups: ["groups", "group", "分组", "对标组"],
} as const;

const INDICATOR_HEADERS = {
  id: ["id", "编码", "代码"],
  name_zh: ["name_zh", "name", "名称", "指标", "指标名称"],
  name_en: ["name_en", "english", "英文名称"],
  unit: ["unit", "计量单位", "单位"],
  direction: ["direction", "方向"],
  frequency: ["frequency", "频率"],
  accumulation: ["accumulation", "累计方式"],
  growth: ["growth", "增速来源"],
} as const;

/**
 * Reads entity definitions from CSV with the columns `id, name_zh, name_en, kind, parent, groups`
 * (groups separated by ";"; Chinese headers 编码, 名称, 英文名称, 类型, 上级, 分组 also work) and
 * builds an {@link EntitySet}.
 *
 * @throws {DuibiaoError} `E_MISSING_COLUMN` without an id or name column; `E_INVALID_DEFINITION`
 *   listing every bad row (duplicate id, unknown parent, cycle), row numbers counting the header as 1
 * @category Loaders
 * @example
 * const set = readEntitiesCsv("id,name_zh,parent,groups\njining,济宁市,,\njining-hitech,济宁高新区,jining,全市;全国高新区");
 * set.members("全国高新区").map((e) => e.name.zh) // => ["济宁高新区"]
 */
export function readEntitiesCsv(text: string): EntitySet {
  const { rows, lines, get } = table(text, ENTITY_HEADERS, ["id", "name_zh"], "readEntitiesCsv");
  const specs: EntitySpec[] = rows.map((r) => ({
    id: get(r, "id"),
    name: { zh: get(r, "name_zh"), en: get(r, "name_en") },
    kind: get(r, "kind"),
    parent: get(r, "parent") || null,
    groups: get(r, "groups").split(/[;；]/).map((g) => g.trim()).filter(Boolean),
  }));
  return withRows(() => createEntities(specs), lines);
}

/**
 * Reads indicator definitions from CSV with the columns `id, name_zh, name_en, unit, direction,
 * frequency, accumulation, growth` (Chinese headers 编码, 名称, 英文名称, 计量单位, 方向, 频率,
 * 累计方式, 增速来源 also work) and builds an {@link IndicatorSet}.
 *
 * @throws {DuibiaoError} `E_MISSING_COLUMN` without an id or name column; `E_INVALID_DEFINITION`
 *   or `E_UNKNOWN_UNIT` for the first bad row, with its row number (the header is row 1)
 * @category Loaders
 * @example
 * const set = readIndicatorsCsv("id,name_zh,unit,direction\nenergy,单位GDP能耗,吨,lower");
 * set.require("单位GDP能耗").direction // => "lower"
 */
export function readIndicatorsCsv(text: string): IndicatorSet {
  const { rows, lines, get } = table(text, INDICATOR_HEADERS, ["id", "name_zh"], "readIndicatorsCsv");
  const specs = rows.map((r, k): IndicatorSpec & { row: number } => ({
    row: lines[k],
    id: get(r, "id"),
    name: { zh: get(r, "name_zh"), en: get(r, "name_en") || undefined },
    unit: get(r, "unit") || undefined,
    direction: (get(r, "direction") || undefined) as IndicatorSpec["direction"],
    frequency: (get(r, "frequency") || undefined) as IndicatorSpec["frequency"],
    accumulation: (get(r, "accumulation") || undefined) as IndicatorSpec["accumulation"],
    growth: (get(r, "growth") || undefined) as IndicatorSpec["growth"],
  }));
  const rowOfId = new Map<string, number>();
  for (const spec of specs) {
    try {
      createIndicators([spec]);
    } catch (e) {
      if (!(e instanceof DuibiaoError)) throw e;
      throw new DuibiaoError({ code: e.code, row: spec.row, field: e.field, value: e.value, message: `readIndicatorsCsv: row ${spec.row}: ${e.message}` });
    }
    const id = spec.id.trim();
    const first = rowOfId.get(id);
    if (first !== undefined) {
      throw new DuibiaoError({ code: "E_INVALID_DEFINITION", row: spec.row, field: "id", value: id, message: `readIndicatorsCsv: row ${spec.row}: indicator id ${JSON.stringify(id)} is already defined on row ${first}; remove one of the two or give it another id` });
    }
    rowOfId.set(id, spec.row);
  }
  return createIndicators(specs);
}

function withRows<T>(f: () => T, lines: readonly number[]): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof DuibiaoError)) throw e;
    // Entity issues count entities from 1; in the file the header is row 1 and blank lines count.
    const issues: DataIssue[] = e.issues.map((i) => (i.row === undefined ? i : { ...i, row: lines[i.row - 1] }));
    const list = issues.map((i) => `  - ${i.row === undefined ? "" : `row ${i.row}: `}${i.message}`).join("\n");
    throw new DuibiaoError({ code: e.code, message: `readEntitiesCsv: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the entities; nothing was loaded:\n${list}`, issues });
  }
}
