/**
 * The light description every chart is built as — a tree of elements, attributes and text — and
 * its two back ends: real DOM nodes on a given document, or an SVG/HTML string. Charts are built
 * once; both outputs come from the same tree, so the string has the same titles, descriptions and
 * aria attributes as the DOM. Text from data is always a text node (DOM) or escaped (string): a label
 * can never become markup.
 * @internal
 */

export const SVG_NS = "http://www.w3.org/2000/svg";
export const XHTML_NS = "http://www.w3.org/1999/xhtml";

/** An attribute value; undefined and null leave the attribute out. @internal */
export type AttrValue = string | number | boolean | null | undefined;

/** One element of the description. @internal */
export interface VNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly (VNode | string)[];
  /** HTML elements (a figure, a table) are built in the XHTML namespace; the rest in SVG's. */
  readonly html?: boolean;
}

/** An SVG element. @internal */
export function s(tag: string, attrs: Record<string, AttrValue> = {}, ...children: (VNode | string | null | undefined | false | readonly (VNode | string | null | undefined | false)[])[]): VNode {
  return { tag, attrs, children: flat(children) };
}

/** An HTML element (figure, table, caption …). @internal */
export function html(tag: string, attrs: Record<string, AttrValue> = {}, ...children: (VNode | string | null | undefined | false | readonly (VNode | string | null | undefined | false)[])[]): VNode {
  return { tag, attrs, children: flat(children), html: true };
}

function flat(children: readonly unknown[]): (VNode | string)[] {
  const out: (VNode | string)[] = [];
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) out.push(...flat(c));
    else out.push(c as VNode | string);
  }
  return out;
}

/** Numbers in attributes are rounded to 3 decimals so that output is stable and small. @internal */
export function attr(v: AttrValue): string | undefined {
  if (v == null || v === false) return undefined;
  if (v === true) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : undefined;
  return v;
}

/** Builds real DOM nodes on `document` (a browser's, or a jsdom/linkedom one in Node). @internal */
export function toDOM(node: VNode, document: Document): Element {
  const el = node.html ? document.createElementNS(XHTML_NS, node.tag) : document.createElementNS(SVG_NS, node.tag);
  const attrs = node.attrs;
  for (const k in attrs) {
    const a = attr(attrs[k]);
    if (a !== undefined) el.setAttribute(k, a);
  }
  for (const c of node.children) el.appendChild(typeof c === "string" ? document.createTextNode(c) : toDOM(c, document));
  return el;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for markup: & < > " '. @internal */
export function escape(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

/** Writes the description as markup; the root gets its namespace. @internal */
export function toMarkup(node: VNode, root = true): string {
  let out = `<${node.tag}`;
  if (root) out += node.html ? ` xmlns="${XHTML_NS}"` : ` xmlns="${SVG_NS}"`;
  const attrs = node.attrs;
  for (const k in attrs) {
    const a = attr(attrs[k]);
    if (a !== undefined) out += ` ${k}="${escape(a)}"`;
  }
  if (node.children.length === 0) return `${out}${node.html && VOID.has(node.tag) ? ">" : "/>"}`;
  out += ">";
  for (const c of node.children) out += typeof c === "string" ? escape(c) : toMarkup(c, node.html === true && c.html !== true && c.tag === "svg");
  return `${out}</${node.tag}>`;
}

const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);
