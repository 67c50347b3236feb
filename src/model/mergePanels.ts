import { loadError, type DataIssue } from "../_internal/errors.js";
import type { Panel, PanelOptions } from "./panel.js";
import { PanelBuilder } from "./panelBuilder.js";

/**
 * Combines panels into one — the observations of several files or sources. A key present in two
 * panels is an error (`E_DUPLICATE_KEY`, listing every clash), never resolved silently.
 *
 * @param panels - the panels, in order
 * @param options - definitions to attach to the result (default: those of the first panel that has them)
 * @throws {DuibiaoError} `E_LOAD` listing the duplicate keys
 * @category Panel
 * @example
 * const a = createPanel([{ entity: "z", indicator: "rev", period: "2018-01/07", value: 693.46 }]);
 * const b = createPanel([{ entity: "z", indicator: "inv", period: "2018-01/07", value: 145.68 }]);
 * const both = mergePanels([a, b]);
 * [both.size, both.value("z", "inv", "2018-01/07")] // => [2, 145.68]
 */
export function mergePanels(panels: readonly Panel[], options: PanelOptions = {}): Panel {
  const builder = new PanelBuilder();
  let row = 0;
  for (const p of panels) {
    const c = p.columns;
    for (let r = 0; r < p.size; r++) {
      builder.add(p.entities[c.entity[r]], p.indicators[c.indicator[r]], p.periods[c.period[r]], c.value[r], c.growth[r], c.flags[r], ++row);
    }
  }
  const { panel, issues } = builder.build({
    entities: options.entities ?? panels.find((p) => p.entitySet)?.entitySet,
    indicators: options.indicators ?? panels.find((p) => p.indicatorSet)?.indicatorSet,
  });
  if (issues.length > 0) {
    const where = (n: number) => {
      let k = 0;
      for (const p of panels) {
        if (n <= p.size) return `panel ${k + 1}`;
        n -= p.size;
        k++;
      }
      return "?";
    };
    const located: DataIssue[] = issues.map((i) => ({ ...i, message: `${where(i.row ?? 0)}: ${i.message.replace(/row (\d+) already has it; this row was not loaded/, (_, r) => `${where(+r)} already has it`)}` }));
    throw loadError("mergePanels", located, "Each observation must come from one panel only.");
  }
  return panel;
}
