import { csvFormatRows } from "d3-dsv";
import { keyword } from "../_internal/keyword.js";
import type { Panel } from "../model/panel.js";
import { periodKey } from "../time/formatPeriod.js";
import { scaleUpText } from "./parseNumber.js";

/**
 * Options of {@link toCsv}.
 *
 * @category Writers
 * @example
 * const options: ToCsvOptions = { rates: "fraction" };
 * options.rates // => "fraction"
 */
export interface ToCsvOptions {
  /** Write growth as percent numbers (default, `7.3`) or fractions (`0.073`). */
  rates?: "percent" | "fraction";
}

/**
 * Writes a panel as long-format CSV: `entity,indicator,period,value,growth,flags`, periods as ISO-like
 * keys, missing numbers as empty cells, growth in percent by default (written exactly: 0.073 → `7.3`,
 * 0.30000000000000004 → `30.000000000000004`). {@link readCsv} reads it back to the same numbers.
 *
 * @category Writers
 * @example
 * const panel = createPanel([{ entity: "a", indicator: "x", period: "2018-01/07", value: 1.5, growth: 0.073 }]);
 * toCsv(panel) // => "entity,indicator,period,value,growth,flags\na,x,2018-01/07,1.5,7.3,"
 */
export function toCsv(panel: Panel, options: ToCsvOptions = {}): string {
  const percent = keyword("toCsv", options.rates, "rates", ["percent", "fraction"], "percent") === "percent";
  const c = panel.columns;
  const out: string[][] = [["entity", "indicator", "period", "value", "growth", "flags"]];
  const keys = panel.periods.map((p) => periodKey(p));
  for (let r = 0; r < panel.size; r++) {
    const g = c.growth[r];
    out.push([
      panel.entities[c.entity[r]],
      panel.indicators[c.indicator[r]],
      keys[c.period[r]],
      num(c.value[r]),
      g !== g ? "" : percent && Number.isFinite(g) ? scaleUpText(String(g), 2) : String(g),
      c.flags[r] === 0 ? "" : panel.row(r).flags.join(";"),
    ]);
  }
  return csvFormatRows(out);
}

function num(x: number): string {
  return x !== x ? "" : String(x);
}
