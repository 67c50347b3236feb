import { builderOf, rowsOf, type Chart } from "./defineChart.js";
import type { ChartOptions } from "./_frame.js";
import { toMarkup } from "./_node.js";

/**
 * Renders a chart straight to an SVG string (or an HTML `<figure>` string with `figure: true`) with no
 * DOM at all — for static reports, server-side rendering and notebooks. The output is the same chart,
 * with the same `<title>`, `<desc>` and aria attributes, every label escaped.
 *
 * @param chart - a chart component, e.g. {@link rankingChart}
 * @param rows - its data
 * @param options - its options (`document` is not needed)
 * @category Charts
 * @example
 * const svg = renderToString(rankingChart, [{ label: "济宁高新区", value: 693.46 }, { label: "<b>x</b>", value: 500 }], { title: "收入" });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') // => true
 * svg.includes("&lt;b&gt;x&lt;/b&gt;") // => true
 * svg.includes("<b>") // => false
 */
export function renderToString<T, O extends ChartOptions>(chart: Chart<T, O>, rows: Iterable<T> | { readonly rows: readonly T[] } | { readonly table: readonly T[] }, options: O = {} as O): string {
  const build = builderOf(chart);
  if (build === undefined) throw new TypeError(`renderToString: the first argument must be a duibiao chart such as rankingChart; got ${typeof chart}`);
  return toMarkup(build(rowsOf(chart.name, rows), options));
}
