import { html, s, type AttrValue, type VNode } from "./_node.js";
import { STYLE } from "./theme.js";

/**
 * Options every chart takes. They are checked before the chart is drawn: a wrong type throws a
 * TypeError (a width out of range a RangeError) that names the chart and the option. An option set to
 * null is taken as not given, as JSON (a `<duibiao-chart>`'s options) writes it.
 *
 * @category Charts
 * @example
 * const options: ChartOptions = { width: 640, title: "工业主营业务收入", locale: "zh-CN" };
 * options.width // => 640
 */
export interface ChartOptions {
  /** Width in px (the SVG scales with its container through its viewBox). Default 640. */
  width?: number;
  /** Height in px. Default: from the data (a row per bar …) or 400. */
  height?: number;
  /** The chart's title: its `<title>`, its accessible name, and the figure caption. */
  title?: string;
  /** What the chart shows, in words: its `<desc>`. Default: written from the data. */
  description?: string;
  /** `"zh-CN"` (default) or `"en"`, for numbers, ranks, periods and the words of the description. */
  locale?: "zh-CN" | "en";
  /** The document to build on (a jsdom or linkedom document in Node). Default: the global document. */
  document?: Document;
  /** Wrap the SVG in a `<figure>` with a caption and a data table (visually hidden, read by screen readers). Default false. */
  figure?: boolean;
  /** Prefix of the element ids (title, desc). Default: derived from the title and data, so output is deterministic. */
  id?: string;
}

/** The table fallback: headers and rows of text. @internal */
export interface TableData {
  readonly head: readonly string[];
  /** The rows, or a function that makes them: then they are made only for a figure, and `size` says how many. */
  readonly rows: readonly (readonly string[])[] | (() => readonly (readonly string[])[]);
  readonly size?: number;
}

/** FNV-1a hash, for deterministic ids. @internal */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The chart's root: an SVG with viewBox, role="img", `<title>` and `<desc>` linked by aria-labelledby and
 * aria-describedby, and the theme's style; wrapped in a figure with a table when asked.
 * @internal
 */
export function frame(name: string, options: ChartOptions, size: { width: number; height: number }, text: { title: string; description: string }, table: TableData, layers: readonly (VNode | null)[]): VNode {
  // The chart is one stop in the page's Tab order, at its first mark; the arrow keys go on from there
  // (keyboard.ts). Each mark's attributes are an object of its own, made by the chart for it.
  const first = firstMark(layers);
  if (first !== undefined) (first.attrs as Record<string, AttrValue>).tabindex = 0;
  const id = options.id ?? `duibiao-${name}-${hash(`${text.title}|${text.description}|${typeof table.rows === "function" ? table.size : table.rows.length}`)}`;
  const svg = s(
    "svg",
    {
      class: `duibiao duibiao-${name}`,
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${Math.round(size.width)} ${Math.round(size.height)}`,
      role: "img",
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
      "font-size": 12,
      style: "max-width:100%;height:auto",
    },
    s("title", { id: `${id}-title` }, text.title),
    s("desc", { id: `${id}-desc` }, text.description),
    s("style", {}, STYLE),
    ...layers.filter((l): l is VNode => l !== null),
  );
  if (!options.figure) return svg;
  return html(
    "figure",
    { class: "duibiao-figure" },
    svg,
    html("figcaption", {}, text.title),
    html(
      "table",
      { class: "duibiao-table" },
      html("caption", {}, text.title),
      html("thead", {}, html("tr", {}, table.head.map((h) => html("th", { scope: "col" }, h)))),
      html("tbody", {}, (typeof table.rows === "function" ? table.rows() : table.rows).map((r) => html("tr", {}, r.map((c, k) => (k === 0 ? html("th", { scope: "row" }, c) : html("td", {}, c)))))),
    ),
  );
}

/** The first mark (list item) of the chart, in document order. */
function firstMark(nodes: readonly (VNode | string | null)[]): VNode | undefined {
  for (const n of nodes) {
    if (n === null || typeof n === "string") continue;
    if (n.attrs.role === "listitem") return n;
    const found = firstMark(n.children);
    if (found !== undefined) return found;
  }
  return undefined;
}
