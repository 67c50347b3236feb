import { chartDocument } from "./context.js";
import { toDOM, type VNode } from "./_node.js";
import { enableKeyboard } from "./keyboard.js";
import type { ChartOptions } from "./_frame.js";
import { notNumbers } from "./_chartUtil.js";
import { chartOptions } from "./_options.js";
import { warnOnce } from "./_common.js";
import { show } from "../_internal/errors.js";

const BUILD = Symbol.for("duibiao.chart.build");

/**
 * A chart component: `(rows, options) → a new, detached SVG element` (or a `<figure>` with
 * `figure: true`), built on `options.document` or the global document. Any chart can also be written
 * straight to a string with {@link renderToString}, with no DOM at all.
 *
 * @category Charts
 * @example
 * const c: Chart<{ label: string; value: number }, ChartOptions> = rankingChart;
 * typeof c // => "function"
 */
export interface Chart<T, O extends ChartOptions> {
  (rows: Iterable<T> | { readonly rows: readonly T[] } | { readonly table: readonly T[] }, options?: O): SVGSVGElement | HTMLElement;
  /** @internal */
  readonly [BUILD]: (rows: readonly T[], options: O) => VNode;
}

/** Wraps a builder into a chart component; `unitPerRow`: its `unit` option may be a function of the row. @internal */
export function defineChart<T, O extends ChartOptions>(name: string, draw: (rows: readonly T[], options: O) => VNode, { unitPerRow = false } = {}): Chart<T, O> {
  // The shared options are checked first (_options.ts). Values that are not numbers are drawn as missing,
  // and said once, with the first of them.
  const build = (rows: readonly T[], options: O): VNode => {
    notNumbers.count = 0;
    notNumbers.first = undefined;
    const tree = draw(rows, chartOptions(name, options, unitPerRow));
    const { count, first } = notNumbers;
    if (count > 0) warnOnce(`${name}: ${count} ${count === 1 ? "value is" : "values are"} not a number (the first: ${show(first)}); drawn as missing. Numbers may be written as tables write them ("1,234.5", "7.3%"), and "", "—" or null mark a missing value`);
    return tree;
  };
  const chart = ((rows: Iterable<T> | { readonly rows: readonly T[] } | { readonly table: readonly T[] }, options: O = {} as O) => {
    options ??= {} as O; // null from JSON, or from a caller: no options
    const document = chartDocument(name, options);
    const el = toDOM(build(rowsOf(name, rows), options), document) as SVGSVGElement | HTMLElement;
    if (typeof el.addEventListener === "function") enableKeyboard(el); // arrow keys between the marks
    return el;
  }) as Chart<T, O>;
  Object.defineProperty(chart, BUILD, { value: build });
  Object.defineProperty(chart, "name", { value: name });
  return chart;
}

/** @internal */
export function builderOf<T, O extends ChartOptions>(chart: Chart<T, O>): ((rows: readonly T[], options: O) => VNode) | undefined {
  return (chart as unknown as Record<symbol, (rows: readonly T[], options: O) => VNode>)[BUILD];
}

/**
 * Accepts an array, any iterable, or a library result: one with `rows` (a `rankWithin` table) or
 * with `table` (a `computePlan` result). @internal
 */
export function rowsOf<T>(name: string, rows: Iterable<T> | { readonly rows: readonly T[] } | { readonly table: readonly T[] }): readonly T[] {
  if (Array.isArray(rows)) return rows; // read only: the charts never change their rows (a contract test freezes them)
  if (rows != null && typeof (rows as Iterable<T>)[Symbol.iterator] === "function") return Array.from(rows as Iterable<T>);
  if (rows != null && Array.isArray((rows as { rows?: unknown }).rows)) return (rows as { rows: readonly T[] }).rows;
  if (rows != null && Array.isArray((rows as { table?: unknown }).table)) return (rows as { table: readonly T[] }).table;
  throw new TypeError(`${name}: rows must be an array (or an iterable, or a result with rows or table); got ${rows === null ? "null" : typeof rows}`);
}
