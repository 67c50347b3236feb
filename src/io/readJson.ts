import { DuibiaoError } from "../_internal/errors.js";
import type { LoadOptions, LoadResult } from "./options.js";
import { loadTable } from "./loadTable.js";

/**
 * Reads observations from JSON: an array of row objects (long or wide, like the CSV columns), or an
 * object holding one under `observations` or `data`; text is parsed first. Keys are read as own
 * properties only, so a key such as `__proto__` is an ordinary (unknown) column and never touches a
 * prototype. Validation and errors are those of {@link readCsv}; rows are numbered from 1. Growth
 * numbers are fractions unless `rates: "percent"` ("7.3%" strings are read as 0.073 either way).
 *
 * @param input - JSON text or already-parsed data
 * @param options - see {@link LoadOptions}
 * @throws {DuibiaoError} `E_INVALID_INPUT` for text that is not JSON or data of the wrong shape; `E_LOAD` in strict mode
 * @category Loaders
 * @example
 * const { panel } = readJson('[{"entity":"jining-hitech","indicator":"budget_revenue","period":"2018-01/07","value":16.08,"growth":0.063}]');
 * panel.growth("jining-hitech", "budget_revenue", "2018年1—7月") // => 0.063
 */
export function readJson(input: unknown, options: LoadOptions = {}): LoadResult {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (e) {
      throw new DuibiaoError({ code: "E_INVALID_INPUT", message: `readJson: the text is not valid JSON (${(e as Error).message})` });
    }
  }
  if (data !== null && typeof data === "object" && !Array.isArray(data)) {
    const o = data as Record<string, unknown>;
    data = Object.hasOwn(o, "observations") ? o.observations : Object.hasOwn(o, "data") ? o.data : data;
  }
  if (!Array.isArray(data)) {
    throw new DuibiaoError({ code: "E_INVALID_INPUT", message: `readJson: expected an array of row objects (or { observations: [...] }); got ${data === null ? "null" : typeof data}` });
  }
  if (data.length === 0) {
    // No rows, so no keys to check: an empty panel (toJson of an empty panel reads back). The options are still checked.
    const { panel } = loadTable("readJson", [], [], { ...options, mode: "lenient" }, 1, "fraction", false);
    return { panel, issues: [], rows: 0 };
  }
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of data) {
    if (row !== null && typeof row === "object" && !Array.isArray(row)) {
      for (const k of Object.keys(row)) if (!seen.has(k)) seen.add(k), header.push(k);
    }
  }
  const rows = data.map((row): unknown => {
    if (row === null || typeof row !== "object" || Array.isArray(row)) return row === null || typeof row !== "object" ? row : JSON.stringify(row);
    return header.map((k) => (Object.hasOwn(row, k) ? (row as Record<string, unknown>)[k] : undefined));
  });
  return loadTable("readJson", header, rows, options, 1, "fraction", false);
}
