import { csvParseRows, dsvFormat } from "d3-dsv";
import type { LoadOptions, LoadResult } from "./options.js";
import { loadTable } from "./loadTable.js";

/**
 * Options of {@link readCsv}: the {@link LoadOptions} plus the delimiter.
 *
 * @category Loaders
 * @example
 * const options: ReadCsvOptions = { delimiter: "\t" };
 * readCsv("entity\tindicator\tperiod\tvalue\na\tx\t2018\t1", options).panel.size // => 1
 */
export interface ReadCsvOptions extends LoadOptions {
  /** Field delimiter; default ",". */
  delimiter?: string;
}

/**
 * Reads observations from CSV text (parsed with d3-dsv), long or wide, with English or Chinese
 * headers. Every cell is checked: unknown entities and indicators (when definitions are given),
 * unparseable periods, non-numeric values, duplicate keys, unit mismatches and missing columns are
 * reported with their line number (the header is line 1) and column. Numbers may be written
 * "1,234.5", "7.3%", "－3.2" or "１２"; empty cells are missing values, not zeros. Growth without a
 * "%" is read as percent unless `rates: "fraction"`. A leading byte-order mark is ignored.
 *
 * @param text - the CSV text
 * @param options - see {@link ReadCsvOptions}
 * @returns the panel, the problems (lenient mode) and the number of data rows read
 * @throws {DuibiaoError} `E_LOAD` in strict mode (the default) when any row has a problem; `error.issues` lists them all
 * @category Loaders
 * @example
 * const csv = "单位,指标,时期,数值,增速(%)\n济宁高新区,工业主营业务收入,2018年1—7月,\"1,234.5\",13.9";
 * const { panel } = readCsv(csv);
 * panel.value("济宁高新区", "工业主营业务收入", "2018-01/07") // => 1234.5
 * panel.growth("济宁高新区", "工业主营业务收入", "2018-01/07") // => 0.139
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): LoadResult {
  if (typeof text !== "string") throw new TypeError(`readCsv: text must be a string; got ${typeof text}`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = options.delimiter === undefined || options.delimiter === "," ? csvParseRows(body) : dsvFormat(options.delimiter).parseRows(body);
  const header = rows.length > 0 ? rows[0].map((h) => h.trim()) : [];
  return loadTable("readCsv", header, rows.slice(1), options, 2, "percent", true);
}
