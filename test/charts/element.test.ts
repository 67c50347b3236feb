// @vitest-environment node
/**
 * src/charts/element.ts outside a browser: it loads in Node (server-side rendering frameworks import
 * it), and its type map covers every chart that src/charts/index.ts exports. How the element behaves
 * in a page is tested in Chromium: test/browser/element.test.ts.
 */
import { describe, expect, it } from "vitest";
import * as charts from "../../src/charts/index.js";
import { builderOf } from "../../src/charts/defineChart.js";
import { CHART_TYPES, DuibiaoChartElement } from "../../src/charts/element.js";

describe("<duibiao-chart> type map", () => {
  it("CHART_TYPES maps each type to the chart of that name (ranking → rankingChart)", () => {
    for (const [type, chart] of Object.entries(CHART_TYPES)) {
      expect(builderOf(chart), type).toBeTypeOf("function");
      expect([type, `${type}Chart`], type).toContain(chart.name);
    }
  });

  it("every chart exported by duibiao/charts can be drawn by <duibiao-chart>", () => {
    const exported = Object.values(charts).filter((v) => typeof v === "function" && builderOf(v as never) !== undefined);
    expect(exported.length).toBeGreaterThan(0);
    const mapped = new Set(Object.values(CHART_TYPES));
    for (const chart of exported) expect(mapped.has(chart as never), `${(chart as { name: string }).name} is missing from CHART_TYPES in src/charts/element.ts`).toBe(true);
  });

  it("DuibiaoChartElement loads without a DOM", () => {
    expect(typeof DuibiaoChartElement).toBe("function");
    expect(DuibiaoChartElement.observedAttributes).toEqual(["type", "src"]);
  });
});
