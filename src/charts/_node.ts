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
export type AttrValue = string | number | boolean | Translate | RectPath | null | undefined;

/**
 * A `transform="translate(x,y)"` kept as its two numbers, written as numbers are (3 decimals) when the
 * markup is: building the text for each of thousands of marks — two numbers turned to text, joined,
 * then copied into the markup a character at a time — was a fifth of a 3,000-bar ranking chart's time.
 * @internal
 */
export class Translate {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

/** `transform: translate(x, y)`: see {@link Translate}. @internal */
export function translate(x: number, y: number): Translate {
  return new Translate(x, y);
}

/**
 * The path data of a rectangle, `M x,y h width v height H x z`, kept as its four numbers and
 * written as numbers are (see {@link Translate}). A bar drawn as a `<path>` is one attribute where a
 * `<rect>` is four, and on a DOM built in Node (linkedom, jsdom) every attribute is a node of its own:
 * a 3,000-bar ranking is then 9,000 nodes fewer. The width is never negative (the rectangle spans x …
 * x + width).
 * @internal
 */
export class RectPath {
  constructor(
    readonly x: number,
    readonly y: number,
    readonly width: number,
    readonly height: number,
  ) {}
}

/** `d`: a rectangle's outline as path data; see {@link RectPath}. @internal */
export function rectPath(x: number, y: number, width: number, height: number): RectPath {
  return new RectPath(x, y, width, height);
}

const finite4 = (r: RectPath): boolean => Number.isFinite(r.x) && Number.isFinite(r.y) && Number.isFinite(r.width) && Number.isFinite(r.height);

const milli = (v: number): string => String(Math.round(v * 1000) / 1000);

/** One element of the description. @internal */
export interface VNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, AttrValue>>;
  readonly children: readonly (VNode | string)[];
  /** HTML elements (a figure, a table) are built in the XHTML namespace; the rest in SVG's. */
  readonly html?: boolean;
}

type Child = VNode | string | null | undefined | false | readonly Child[];

const NONE: readonly (VNode | string)[] = Object.freeze([]);

/** An SVG element. @internal */
export function s(tag: string, attrs: Record<string, AttrValue> = {}, ...children: Child[]): VNode {
  return { tag, attrs, children: flat(children) };
}

/** An HTML element (figure, table, caption …). @internal */
export function html(tag: string, attrs: Record<string, AttrValue> = {}, ...children: Child[]): VNode {
  return { tag, attrs, children: flat(children), html: true };
}

/**
 * The children as one flat list, dropping null, undefined and false. The rest-parameter array is the
 * caller's own, so when it is flat already (the usual case: a few elements, or one array of marks) it
 * is used as it is, or the one array in it, without copying.
 */
function flat(children: Child[]): readonly (VNode | string)[] {
  if (children.length === 0) return NONE;
  if (children.length === 1 && Array.isArray(children[0]) && isFlat(children[0])) return children[0] as (VNode | string)[];
  if (isFlat(children)) return children as (VNode | string)[];
  const out: (VNode | string)[] = [];
  push(out, children);
  return out;
}

function isFlat(children: readonly Child[]): boolean {
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c == null || c === false || Array.isArray(c)) return false;
  }
  return true;
}

function push(out: (VNode | string)[], children: readonly Child[]): void {
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c == null || c === false) continue;
    if (Array.isArray(c)) push(out, c);
    else out.push(c as VNode | string);
  }
}

/** Numbers in attributes are rounded to 3 decimals so that output is stable and small. @internal */
export function attr(v: AttrValue): string | undefined {
  if (v == null || v === false) return undefined;
  if (v === true) return "";
  if (typeof v === "number") return Number.isFinite(v) ? milli(v) : undefined;
  if (v instanceof Translate) return Number.isFinite(v.x) && Number.isFinite(v.y) ? `translate(${milli(v.x)},${milli(v.y)})` : undefined;
  if (v instanceof RectPath) return finite4(v) ? `M${milli(v.x)},${milli(v.y)}h${milli(v.width)}v${milli(v.height)}H${milli(v.x)}z` : undefined;
  return v;
}

/** Builds real DOM nodes on `document` (a browser's, or a jsdom/linkedom one in Node). @internal */
export function toDOM(node: VNode, document: Document): Element {
  const el = node.html ? document.createElementNS(XHTML_NS, node.tag) : document.createElementNS(SVG_NS, node.tag);
  const attrs = node.attrs;
  for (const k in attrs) {
    const v = attrs[k];
    const a = attr(v);
    if (a !== undefined) el.setAttribute(k, typeof v === "string" ? xmlText(a) : a);
  }
  const children = node.children;
  if (children.length === 1 && typeof children[0] === "string") el.textContent = xmlText(children[0]);
  else for (const c of children) el.appendChild(typeof c === "string" ? document.createTextNode(xmlText(c)) : toDOM(c, document));
  return el;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Characters XML 1.0 cannot carry at all, not even as references: C0 controls but tab, line feed and
 * carriage return; U+FFFE and U+FFFF; and surrogates not in a pair. A label from data may hold them (a
 * vertical tab from a spreadsheet cell, a string cut in two); written as they are they make the SVG file
 * unreadable, so each is written as U+FFFD, the replacement character, in the string and in the DOM alike.
 */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NOT_XML_ALL = new RegExp(NOT_XML.source, "g");

/** Text with the characters XML cannot carry replaced by U+FFFD (see NOT_XML). */
function xmlText(text: string): string {
  return NOT_XML.test(text) ? text.replace(NOT_XML_ALL, "\uFFFD") : text;
}

/** Escapes text for markup: & < > " ', and U+FFFD for what XML cannot carry. @internal */
export function escape(text: string): string {
  text = xmlText(text);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;
/** What text() cannot copy as it is: markup characters, and those XML cannot carry (any surrogate, to check its pair). */
const NEEDS_WORK = /[&<>"'\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Writes the description as markup; the root gets its namespace. @internal */
export function toMarkup(node: VNode): string {
  const w = new Writer(spare ?? new Uint16Array(1 << 14));
  spare = undefined;
  write(node, w, true);
  return w.done();
}

/**
 * Markup written character by character into one growing UTF-16 buffer, escaping on the way, and
 * decoded to a string once at the end: no intermediate strings, so little garbage to collect, which is
 * most of the cost of building a long string by concatenation. Long strings that need no escaping
 * (path data) are not copied in but joined with slices of the decoded buffer.
 */
class Writer {
  buf: Uint16Array;
  pos = 0;
  constructor(buf: Uint16Array) {
    this.buf = buf;
  }
  /**
   * Long strings added as they are (see chunk()), each with the buffer position it goes at: the
   * buffer is decoded once at the end, and the pieces between these strings are slices of that.
   */
  chunks: string[] = [];
  at: number[] = [];

  /** Room for n more code units. */
  room(n: number): Uint16Array {
    if (this.pos + n > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < this.pos + n) size *= 2;
      const grown = new Uint16Array(size);
      grown.set(this.buf.subarray(0, this.pos));
      this.buf = grown;
    }
    return this.buf;
  }

  /** Appends markup as it is. */
  raw(s: string): void {
    const n = s.length;
    const buf = this.room(n);
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Appends a long string that needs no escaping as it is, not copied a code unit at a time. */
  chunk(s: string): void {
    this.chunks.push(s);
    this.at.push(this.pos);
  }

  /** Appends text, escaping & < > " ' as entities, and writing U+FFFD for what XML cannot carry. */
  text(s: string): void {
    const n = s.length;
    if (n > 256 && !NEEDS_WORK.test(s)) {
      // A long string with nothing to escape (a long tooltip) is kept as it is, not copied a code
      // unit at a time: it goes between the buffer's pieces at the end.
      this.chunk(s);
      return;
    }
    const buf = this.room(5 * n);
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 62) {
        if (c < 0xd800 || (c > 0xdfff && c < 0xfffe)) buf[p++] = c;
        else if (c < 0xdc00 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          buf[p++] = c; // a surrogate pair
          buf[p++] = s.charCodeAt(++i);
        } else buf[p++] = 0xfffd; // a lone surrogate, U+FFFE, U+FFFF
      } else if (c >= 32 ? c !== 38 && c !== 60 && c !== 62 && c !== 34 && c !== 39 : c === 9 || c === 10 || c === 13) buf[p++] = c;
      else if (c < 32) buf[p++] = 0xfffd;
      else {
        const e = ESCAPES[s[i]];
        for (let j = 0; j < e.length; j++) buf[p++] = e.charCodeAt(j);
      }
    }
    this.pos = p;
  }

  /** Appends ` name="` (attribute names are the charts' own: nothing to escape). */
  name(k: string): void {
    const n = k.length;
    const buf = this.room(n + 3);
    let p = this.pos;
    buf[p++] = 32; // space
    for (let i = 0; i < n; i++) buf[p++] = k.charCodeAt(i);
    buf[p++] = 61; // =
    buf[p++] = 34; // "
    this.pos = p;
  }

  /** Appends a finite number rounded to 3 decimals, as String(Math.round(x * 1000) / 1000) writes it. */
  number(x: number): void {
    // Digits go through a byte scratch: putMilli sees one kind of array (as when writing paths),
    // which keeps the engine's compiled code for it from being thrown away and redone.
    const n = putMilli(digits, 0, Math.round(x * 1000));
    const buf = this.room(n);
    let p = this.pos;
    for (let i = 0; i < n; i++) buf[p++] = digits[i];
    this.pos = p;
  }

  done(): string {
    const all = decoder().decode(this.buf.subarray(0, this.pos));
    // The buffer is kept for the next chart, up to 2 MB: a fresh one is memory the system has to
    // clear and map in again, which costs more than writing a chart's markup into it.
    if (this.buf.length <= 1 << 20) spare = this.buf;
    const n = this.chunks.length;
    if (n === 0) return all;
    const parts: string[] = new Array(2 * n + 1);
    let from = 0;
    for (let k = 0; k < n; k++) {
      parts[2 * k] = all.slice(from, (from = this.at[k]));
      parts[2 * k + 1] = this.chunks[k];
    }
    parts[2 * n] = all.slice(from);
    return parts.join("");
  }
}

let utf16: TextDecoder | undefined;
let spare: Uint16Array | undefined;
const decoder = (): TextDecoder => (utf16 ??= new TextDecoder("utf-16le"));

/** The most characters {@link putMilli} writes ("-1.2345678901234567e+300"). @internal */
export const MILLI_ROOM = 26;

const digits = new Uint8Array(MILLI_ROOM);

/**
 * Writes m thousandths at buf[p] as String(m / 1000) does — digit by digit for coordinates
 * (|m| < 2^31), through String for the rest — and returns the position after. @internal
 */
export function putMilli(buf: Uint8Array, p: number, m: number): number {
  if (!(m > -2147483648 && m < 2147483648)) {
    const t = String(m / 1000);
    for (let i = 0; i < t.length; i++) buf[p++] = t.charCodeAt(i);
    return p;
  }
  if (m < 0) {
    buf[p++] = 45; // -
    m = -m;
  }
  // Divisions by constants only, which compile to multiplications: this runs for every coordinate.
  const int = (m / 1000) | 0;
  const frac = m - int * 1000;
  if (int < 10) buf[p++] = 48 + int;
  else if (int < 100) {
    buf[p++] = 48 + ((int / 10) | 0);
    buf[p++] = 48 + (int % 10);
  } else if (int < 1000) {
    buf[p++] = 48 + ((int / 100) | 0);
    buf[p++] = 48 + (((int / 10) | 0) % 10);
    buf[p++] = 48 + (int % 10);
  } else {
    let digits = 0;
    for (let t = int; t > 0; t = (t / 10) | 0) digits++;
    p += digits;
    for (let t = int, q = p - 1; t > 0; t = (t / 10) | 0) buf[q--] = 48 + (t % 10);
  }
  if (frac !== 0) {
    buf[p++] = 46; // .
    const tenths = (frac / 100) | 0;
    const hundredths = ((frac / 10) | 0) % 10;
    const thousandths = frac % 10;
    buf[p++] = 48 + tenths;
    if (hundredths !== 0 || thousandths !== 0) {
      buf[p++] = 48 + hundredths;
      if (thousandths !== 0) buf[p++] = 48 + thousandths;
    }
  }
  return p;
}

function write(node: VNode, w: Writer, root: boolean): void {
  w.raw("<");
  w.raw(node.tag);
  if (root) w.raw(node.html ? ` xmlns="${XHTML_NS}"` : ` xmlns="${SVG_NS}"`);
  const attrs = node.attrs;
  for (const k in attrs) {
    const v = attrs[k];
    if (typeof v === "number") {
      if (!Number.isFinite(v)) continue;
      w.name(k);
      w.number(v);
    } else if (v instanceof Translate) {
      if (!(Number.isFinite(v.x) && Number.isFinite(v.y))) continue;
      w.name(k);
      w.raw("translate(");
      w.number(v.x);
      w.raw(",");
      w.number(v.y);
      w.raw(")");
    } else if (v instanceof RectPath) {
      if (!finite4(v)) continue;
      w.name(k);
      w.raw("M");
      w.number(v.x);
      w.raw(",");
      w.number(v.y);
      w.raw("h");
      w.number(v.width);
      w.raw("v");
      w.number(v.height);
      w.raw("H");
      w.number(v.x);
      w.raw("z");
    } else {
      const a = attr(v);
      if (a === undefined) continue;
      w.name(k);
      // Path data is the charts' own (letters, digits, commas), never a label: long paths go in as they are.
      if (k === "d" && a.length > 256) w.chunk(a);
      else w.text(a);
    }
    w.raw('"');
  }
  const children = node.children;
  if (children.length === 0) {
    w.raw(node.html && VOID.has(node.tag) ? ">" : "/>");
    return;
  }
  w.raw(">");
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (typeof c === "string") w.text(c);
    else write(c, w, node.html === true && c.html !== true && c.tag === "svg");
  }
  w.raw("</");
  w.raw(node.tag);
  w.raw(">");
}

const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);
