import { csvParseRows } from "d3-dsv";
import { DuibiaoError } from "../_internal/errors.js";
import { nameKey } from "../model/indicatorSet.js";

/**
 * A small CSV table with named columns found by any of their usual headers (folded with nameKey),
 * for the definition and target loaders. Blank lines are skipped but still counted in `lines`
 * (the 1-based line of each row, the header being line 1).
 * @internal
 */
export function csvTable<K extends string>(text: string, headers: Record<K, readonly string[]>, required: readonly NoInfer<K>[], fn: string) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const all = csvParseRows(body);
  const header = (all[0] ?? []).map((h) => nameKey(h));
  const index = {} as Record<K, number>;
  for (const k of Object.keys(headers) as K[]) index[k] = headers[k].map((h) => header.indexOf(nameKey(h))).find((i) => i >= 0) ?? -1;
  for (const k of required) {
    if (index[k] < 0) {
      throw new DuibiaoError({ code: "E_MISSING_COLUMN", row: 1, field: k, message: `${fn}: no ${k} column; the header needs ${headers[k].map((h) => JSON.stringify(h)).join(" or ")}` });
    }
  }
  // Blank lines are skipped, but the row numbers (the header is row 1) still count them.
  const rows: string[][] = [];
  const lines: number[] = [];
  all.forEach((r, k) => {
    if (k > 0 && r.some((c) => c.trim() !== "")) rows.push(r), lines.push(k + 1);
  });
  const get = (r: string[], k: K): string => (index[k] < 0 ? "" : (r[index[k]] ?? "").trim());
  return { rows, lines, get };
}

