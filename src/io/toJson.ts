import type { ObservationFlag, Panel } from "../model/panel.js";
import { periodKey } from "../time/formatPeriod.js";

/**
 * One observation as written by {@link toJson}: plain, JSON-serialisable data.
 *
 * @category Writers
 * @example
 * const row: PanelJsonRow = { entity: "a", indicator: "x", period: "2018", value: 1, growth: null };
 * row.period // => "2018"
 */
export interface PanelJsonRow {
  entity: string;
  indicator: string;
  /** ISO-like period key ({@link periodKey}). */
  period: string;
  /** null when missing. */
  value: number | null;
  /** Fraction (0.073 = 7.3 %); null when none. */
  growth: number | null;
  flags?: ObservationFlag[];
}

/**
 * Writes a panel as an array of plain row objects (long format; growth as fractions; missing numbers
 * as null, since JSON has no NaN). `JSON.stringify` it to save; {@link readJson} reads it back.
 *
 * @category Writers
 * @example
 * const panel = createPanel([{ entity: "a", indicator: "x", period: "2018-01/07", value: 1.5, growth: 0.073, flags: "revised" }]);
 * toJson(panel) // => [{ entity: "a", indicator: "x", period: "2018-01/07", value: 1.5, growth: 0.073, flags: ["revised"] }]
 */
export function toJson(panel: Panel): PanelJsonRow[] {
  const c = panel.columns;
  const keys = panel.periods.map((p) => periodKey(p));
  const out: PanelJsonRow[] = new Array(panel.size);
  for (let r = 0; r < panel.size; r++) {
    const row: PanelJsonRow = {
      entity: panel.entities[c.entity[r]],
      indicator: panel.indicators[c.indicator[r]],
      period: keys[c.period[r]],
      value: c.value[r] === c.value[r] ? c.value[r] : null,
      growth: c.growth[r] === c.growth[r] ? c.growth[r] : null,
    };
    if (c.flags[r] !== 0) row.flags = [...panel.row(r).flags];
    out[r] = row;
  }
  return out;
}
