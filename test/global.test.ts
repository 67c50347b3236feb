// @vitest-environment node
/**
 * src/global.ts, the browser global bundle's entry: window.duibiao holds every runtime export of the
 * core and of the charts, unchanged (no name of one hides a name of the other), and loading it in Node
 * (no DOM, no customElements) neither throws nor registers anything.
 */
import { expect, it } from "vitest";
import * as charts from "../src/charts/index.js";
import * as core from "../src/index.js";

it("global.ts defines globalThis.duibiao with every export of the core and the charts, and DuibiaoChartElement", async () => {
  const g = globalThis as { duibiao?: Record<string, unknown> };
  const before = g.duibiao;
  try {
    await import("../src/global.js");
    const api = g.duibiao!;
    expect(Object.isFrozen(api)).toBe(true);
    const clash = Object.keys(core).filter((k) => k in charts);
    expect(clash, "names exported by both the core and the charts").toEqual([]);
    for (const [k, v] of [...Object.entries(core), ...Object.entries(charts)]) expect(api[k], k).toBe(v);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(core), ...Object.keys(charts), "DuibiaoChartElement"].sort());
    expect(typeof api.DuibiaoChartElement).toBe("function");
  } finally {
    if (before === undefined) delete g.duibiao;
    else g.duibiao = before;
  }
});
