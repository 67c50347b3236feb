import { loadError, show, type DataIssue } from "../_internal/errors.js";
import { parsePeriod } from "../time/parsePeriod.js";
import { FLAG_BITS, type ObservationFlag, type ObservationInput, type Panel, type PanelOptions } from "./panel.js";
import { PanelBuilder } from "./panelBuilder.js";

/**
 * Builds a {@link Panel} from observation objects. Values and growth must be numbers (or
 * null/undefined/NaN for missing); growth is a fraction (0.073 = 7.3 %). To read text such as
 * "1,234.5" or "7.3%", use the loaders ({@link readCsv}, {@link readJson}).
 *
 * @param rows - the observations; not modified
 * @param options - entity and indicator definitions to attach (see {@link PanelOptions})
 * @throws {DuibiaoError} `E_LOAD` listing every bad row (missing key, unparseable period,
 *   non-numeric value, unknown flag, duplicate key) with its 1-based position; nothing is dropped silently
 * @category Panel
 * @example
 * const panel = createPanel([
 *   { entity: "jining-hitech", indicator: "budget_revenue", period: "2018-01/07", value: 16.08 },
 *   { entity: "weifang-hitech", indicator: "budget_revenue", period: "2018-01/07", value: 30.2, flags: ["estimated"] },
 * ]);
 * panel.size // => 2
 * panel.entities // => ["jining-hitech", "weifang-hitech"]
 */
export function createPanel(rows: Iterable<ObservationInput>, options: PanelOptions = {}): Panel {
  const builder = new PanelBuilder();
  const issues: DataIssue[] = [];
  let n = 0;
  for (const row of rows) {
    n++;
    const bad = (code: DataIssue["code"], field: string, value: unknown, what: string) =>
      issues.push({ code, row: n, field, value, message: `${field} ${what}; got ${show(value)}` });
    if (row === null || typeof row !== "object") {
      bad("E_INVALID_INPUT", "row", row, "must be an object");
      continue;
    }
    const { entity, indicator } = row;
    let ok = true;
    if (typeof entity !== "string" || entity === "") ok = !bad("E_MISSING_FIELD", "entity", entity, "must be a non-empty string");
    if (typeof indicator !== "string" || indicator === "") ok = !bad("E_MISSING_FIELD", "indicator", indicator, "must be a non-empty string");
    let period;
    try {
      period = parsePeriod(row.period);
    } catch (e) {
      ok = !issues.push({ code: "E_PERIOD_PARSE", row: n, field: "period", value: row.period, message: (e as Error).message });
    }
    const value = num(row.value);
    const growth = num(row.growth);
    if (value === undefined) ok = !bad("E_VALUE_PARSE", "value", row.value, "must be a number, or null for a missing value");
    if (growth === undefined) ok = !bad("E_VALUE_PARSE", "growth", row.growth, "must be a number (a fraction: 0.073 for 7.3%), or null");
    let flags = 0;
    for (const f of row.flags == null ? [] : typeof row.flags === "string" ? [row.flags] : row.flags) {
      const bit = Object.hasOwn(FLAG_BITS, f) ? FLAG_BITS[f as ObservationFlag] : 0;
      if (bit === 0) ok = !bad("E_INVALID_INPUT", "flags", f, `must be one of ${Object.keys(FLAG_BITS).join(", ")}`);
      flags |= bit;
    }
    if (ok) builder.add(entity, indicator, period!, value!, growth!, flags, n);
  }
  const { panel, issues: dups } = builder.build(options);
  issues.push(...dups);
  if (issues.length > 0) {
    issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    throw loadError("createPanel", issues, "Fix the rows and call again.");
  }
  return panel;
}

function num(x: unknown): number | undefined {
  if (x == null) return NaN;
  return typeof x === "number" ? x : undefined;
}
