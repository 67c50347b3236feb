import { loadError, show, type DataIssue } from "../_internal/errors.js";
import type { TargetSpec } from "../target/assessTargets.js";
import { csvTable } from "./csvTable.js";
import { readNumber } from "./parseNumber.js";

const HEADERS = {
  entity: ["entity", "单位", "主体"],
  indicator: ["indicator", "指标"],
  year: ["year", "年度", "年份"],
  kind: ["kind", "类型", "目标类型"],
  value: ["value", "target", "目标值", "目标"],
} as const;

const KINDS: Record<string, "level" | "growth"> = { level: "level", 总量: "level", 规模: "level", growth: "growth", 增速: "growth", 增长: "growth" };

/**
 * Reads annual targets from CSV with the columns `entity, indicator, year, kind, value` (Chinese
 * headers 单位, 指标, 年度, 类型, 目标值 also work). `kind` is `level` (总量, default) or `growth`
 * (增速); a growth target is written as a percentage ("8%" or 8) and returned as a fraction (0.08).
 *
 * @throws {DuibiaoError} `E_MISSING_COLUMN`, or `E_LOAD` listing every bad row (the header is row 1)
 * @category Loaders
 * @example
 * const targets = readTargetsCsv("单位,指标,年度,类型,目标值\n济宁高新区,重点项目完成投资,2018,总量,240\n济宁高新区,规模以上工业增加值,2018,增速,8%");
 * targets // => [{ entity: "济宁高新区", indicator: "重点项目完成投资", year: 2018, kind: "level", value: 240 }, { entity: "济宁高新区", indicator: "规模以上工业增加值", year: 2018, kind: "growth", value: 0.08 }]
 */
export function readTargetsCsv(text: string): TargetSpec[] {
  const { rows, lines, get } = csvTable(text, HEADERS, ["entity", "indicator", "year", "value"], "readTargetsCsv");
  const issues: DataIssue[] = [];
  const out: TargetSpec[] = [];
  rows.forEach((r, k) => {
    const row = lines[k];
    const bad = (field: string, value: unknown, message: string) => issues.push({ code: field === "value" ? "E_VALUE_PARSE" : "E_INVALID_INPUT", row, field, value, message });
    const kindText = get(r, "kind").toLowerCase();
    const kind = kindText === "" ? "level" : Object.hasOwn(KINDS, kindText) ? KINDS[kindText] : undefined;
    if (kind === undefined) bad("kind", kindText, `kind must be level (总量) or growth (增速); got ${show(kindText)}`);
    const year = Number(get(r, "year").replace(/年$/, ""));
    if (!Number.isInteger(year)) bad("year", get(r, "year"), `year must be a whole year like 2018; got ${show(get(r, "year"))}`);
    const raw = get(r, "value");
    const value = readNumber(raw, kind === "growth");
    if (typeof value !== "number") bad("value", raw, `the target must be a number (8% or 8 for a growth target); got ${show(raw)}`);
    for (const f of ["entity", "indicator"] as const) if (get(r, f) === "") issues.push({ code: "E_MISSING_FIELD", row, field: f, message: `the ${f} is empty` });
    if (kind !== undefined && Number.isInteger(year) && typeof value === "number") out.push({ entity: get(r, "entity"), indicator: get(r, "indicator"), year, kind, value });
  });
  if (issues.length > 0) throw loadError("readTargetsCsv", issues, "Fix the targets and read them again.");
  return out;
}
