/**
 * What every chart component promises, checked the same way for each (test/charts/<chart>.test.ts
 * calls {@link chartContract}):
 *
 * - DOM back end: on a jsdom and on a linkedom document (`options.document`) the chart is a new,
 *   detached element of that document with role="img", a `<title>` and `<desc>` with text linked by
 *   aria-labelledby / aria-describedby, and `toSVGString(element)` is the same markup as
 *   `renderToString(chart, rows, options)` (compared as parsed trees: attribute order and escaping may
 *   differ). With no document at all the chart throws a TypeError that says what to do
 *   (plot/test/document-test.js).
 * - Safety: labels from data never become markup, in the string or in the DOM.
 * - Determinism: the same input gives the same string, and no id depends on what was drawn before;
 *   numbers are rounded to 3 decimals everywhere (attributes built as strings too).
 * - `figure: true`: a `<figure>` with the SVG and a `<table>` listing the data.
 * - Empty, all-missing and frozen inputs draw without throwing, and no NaN/Infinity/undefined leaks
 *   into the markup.
 */
import { JSDOM } from "jsdom";
import { parseHTML } from "linkedom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Chart, ChartOptions } from "../../src/charts/index.js";
import { renderToString, toSVGString } from "../../src/charts/index.js";
import { canonical, parseInHTML, parseXML } from "./chartSnapshot.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

export const XSS = "<img src=x onerror=alert(1)>";
export const QUOTES = `"quotes" & ampersands`;

/** The checks of the contract, by name, for {@link ChartContract.knownBugs}. */
export type ContractCheck = "empty" | "all-missing" | "toSVGString-linkedom-xml" | "rounded";

export interface ChartContract<T, O extends ChartOptions> {
  /** The chart component. */
  chart: Chart<T, O>;
  /** A small, valid data set. */
  rows: readonly T[];
  /** Options to draw `rows` with (no document). */
  options?: O;
  /** Rows whose labels (entity names, as drawn) are the given strings, with valid values. */
  withLabels: (labels: readonly string[]) => readonly T[];
  /** Rows whose values are all missing (null, NaN, undefined). */
  allMissing: readonly T[];
  /**
   * The chart's channel options and the field each reads in `rows` by default (`{ label: "label",
   * value: "value" }`): the contract renames those fields and passes the new names.
   */
  channels: Readonly<Record<string, string>>;
  /** The fields of `rows` that hold numbers (values, targets, ranks): the contract writes them as text. */
  numbers: readonly string[];
  /** How many rows the figure's table has for `rows`. Default: `rows.length`. */
  tableRows?: number;
  /**
   * Checks that fail today because of a reported bug in src/: they run as `it.fails`, so the suite
   * stays green and the test turns red (remove the entry) once the bug is fixed.
   */
  knownBugs?: readonly ContractCheck[];
}

function jsdomDocument(): Document {
  return new JSDOM("<!doctype html><html><body></body></html>").window.document;
}

function linkedomDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

/** Every text node's data under a node. */
function texts(node: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push((n as Text).data);
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(node);
  return out;
}

/** Every attribute value under an element (itself included). */
function attributeValues(root: Element): string[] {
  const out: string[] = [];
  const walk = (e: Element) => {
    for (const a of Array.from(e.attributes)) out.push(a.value);
    for (const c of Array.from(e.children)) walk(c);
  };
  walk(root);
  return out;
}

function byId(root: Element, id: string): Element | null {
  return root.querySelector(`[id="${id}"]`);
}

export function chartContract<T, O extends ChartOptions>(c: ChartContract<T, O>): void {
  const { chart } = c;
  const name = chart.name;
  const options = (c.options ?? {}) as O;
  const known = new Set(c.knownBugs ?? []);
  const check = (id: ContractCheck) => (known.has(id) ? it.fails : it);

  describe(`${name}: DOM back end`, () => {
    for (const [kind, make] of [
      ["jsdom", jsdomDocument],
      ["linkedom", linkedomDocument],
    ] as const) {
      it(`${name}(rows, { document }) builds a detached, labelled SVG on a ${kind} document`, () => {
        const document = make();
        const svg = chart(c.rows, { ...options, document }) as SVGSVGElement;
        expect(svg.ownerDocument === document).toBe(true);
        expect(svg.parentNode).toBeNull();
        expect(svg.localName).toBe("svg");
        expect(svg.namespaceURI).toBe(SVG_NS);
        expect(svg.getAttribute("role")).toBe("img");
        const title = byId(svg, svg.getAttribute("aria-labelledby") ?? "");
        const desc = byId(svg, svg.getAttribute("aria-describedby") ?? "");
        expect(title?.localName).toBe("title");
        expect(desc?.localName).toBe("desc");
        expect(title?.parentNode).toBe(svg);
        expect(desc?.parentNode).toBe(svg);
        expect(title?.textContent?.trim()).not.toBe("");
        expect(desc?.textContent?.trim()).not.toBe("");
        // every node is in the SVG namespace
        for (const e of Array.from(svg.querySelectorAll("*"))) expect(e.namespaceURI, e.localName).toBe(SVG_NS);
      });

      if (kind === "jsdom") {
        it(`${name} is one Tab stop, at its first mark; arrow keys, Home and End move focus through its marks (jsdom)`, () => {
          const document = make();
          const svg = chart(c.rows, { ...options, document }) as SVGSVGElement;
          document.body.append(svg);
          const marks = Array.from(svg.querySelectorAll<SVGElement>('[role="listitem"]'));
          expect(marks.length).toBeGreaterThan(1);
          const stops = () => marks.flatMap((m, k) => (m.getAttribute("tabindex") === "0" ? [k] : []));
          const focused = () => marks.indexOf(document.activeElement as SVGElement);
          expect(stops()).toEqual([0]);
          expect(marks.filter((m) => m.hasAttribute("tabindex")).length).toBe(1); // the others: none, until visited
          marks[0].focus();
          expect(focused()).toBe(0);
          const press = (key: string, init: KeyboardEventInit = {}) => {
            const e = new document.defaultView!.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
            document.activeElement!.dispatchEvent(e);
            return e.defaultPrevented;
          };
          const last = marks.length - 1;
          for (let k = 1; k <= last; k++) {
            expect(press(k % 2 ? "ArrowDown" : "ArrowRight")).toBe(true);
            expect(focused()).toBe(k);
            expect(stops()).toEqual([k]); // the mark focused is the one Tab stop; the one before is tabindex -1
            expect(marks[k - 1].getAttribute("tabindex")).toBe("-1");
          }
          press("ArrowDown");
          expect(focused()).toBe(last); // stays at the last
          press("Home");
          expect([focused(), stops()]).toEqual([0, [0]]);
          press("ArrowUp");
          expect(focused()).toBe(0); // stays at the first
          press("End");
          expect([focused(), stops()]).toEqual([last, [last]]);
          press("ArrowLeft");
          expect(focused()).toBe(last - 1);
          // other keys, and arrows with a modifier (Alt+← is the browser's Back), are left alone
          expect(press("a")).toBe(false);
          expect(press("ArrowUp", { altKey: true })).toBe(false);
          expect(press("ArrowDown", { ctrlKey: true })).toBe(false);
          expect(focused()).toBe(last - 1);
          // from a mark focused otherwise (a click on one visited before), the keys go on from there
          marks[0].focus();
          press("ArrowDown");
          expect([focused(), stops()]).toEqual([1, [1]]);
          // the chart's root is no Tab stop of its own (in Chromium: test/browser/element.test.ts)
          expect(svg.hasAttribute("tabindex")).toBe(false);
        });
      }

      it(`toSVGString(${name}(rows, { document: ${kind} })) is the same markup as renderToString(${name}, rows)`, () => {
        const element = chart(c.rows, { ...options, document: make() });
        const string = renderToString(chart, c.rows, options);
        expect(canonical(parseInHTML(toSVGString(element)))).toBe(canonical(parseInHTML(string)));
      });

      it(`toSVGString(${name}(rows, { document: ${kind}, figure: true })) is the same markup as renderToString`, () => {
        const document = make();
        const element = chart(c.rows, { ...options, document, figure: true });
        expect(element.ownerDocument === document).toBe(true);
        expect(element.parentNode).toBeNull();
        expect(element.localName).toBe("figure");
        expect(element.namespaceURI).toBe(XHTML_NS);
        const svg = element.querySelector("svg");
        expect(svg?.namespaceURI).toBe(SVG_NS);
        expect(element.querySelector("table")?.namespaceURI).toBe(XHTML_NS);
        const string = renderToString(chart, c.rows, { ...options, figure: true });
        expect(canonical(parseInHTML(toSVGString(element)))).toBe(canonical(parseInHTML(string)));
      });
    }

    it(`toSVGString(${name}(rows, { document: jsdom })) is a well-formed SVG file equal to renderToString's`, () => {
      const string = renderToString(chart, c.rows, options);
      const serialised = toSVGString(chart(c.rows, { ...options, document: jsdomDocument() }));
      expect(serialised.startsWith(`<svg xmlns="${SVG_NS}"`)).toBe(true);
      expect(canonical(parseXML(serialised).documentElement)).toBe(canonical(parseXML(string).documentElement));
    });

    check("toSVGString-linkedom-xml")(`toSVGString(${name}(rows with & and < in labels, { document: linkedom })) is a well-formed SVG file`, () => {
      const rows = c.withLabels([XSS, QUOTES]);
      const serialised = toSVGString(chart(rows, { ...options, document: linkedomDocument() }));
      expect(canonical(parseXML(serialised).documentElement)).toBe(canonical(parseXML(renderToString(chart, rows, options)).documentElement));
    });

    describe("with no document", () => {
      let saved: PropertyDescriptor | undefined;
      beforeEach(() => {
        saved = Object.getOwnPropertyDescriptor(globalThis, "document");
        delete (globalThis as { document?: unknown }).document;
      });
      afterEach(() => {
        if (saved) Object.defineProperty(globalThis, "document", saved);
      });

      it(`${name}(rows) throws a TypeError that points to options.document and renderToString`, () => {
        expect(() => chart(c.rows, options)).toThrow(TypeError);
        expect(() => chart(c.rows, options)).toThrow(/options\.document/);
        expect(() => chart(c.rows, options)).toThrow(/renderToString/);
      });

      it(`renderToString(${name}, rows) needs no document`, () => {
        expect(renderToString(chart, c.rows, options)).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      });
    });
  });

  describe(`${name}: labels from data never become markup`, () => {
    const rows = c.withLabels([XSS, QUOTES]);

    it(`renderToString(${name}, rows) escapes labels in text and attributes`, () => {
      const string = renderToString(chart, rows, options);
      expect(string).toContain("&lt;img src=x onerror=alert(1)&gt;");
      expect(string).not.toContain("<img");
      expect(string).toContain("&quot;quotes&quot; &amp; ampersands");
      expect(string).not.toContain(`"quotes"`);
      // parsed back (as a file and inlined in a page), the labels are text and attribute values again
      for (const root of [parseXML(string).documentElement, parseInHTML(string)]) {
        expect(root.querySelector("img")).toBeNull();
        expect(texts(root).some((t) => t.includes(XSS))).toBe(true);
        expect(texts(root).some((t) => t.includes(QUOTES))).toBe(true);
      }
    });

    it(`renderToString(${name}, rows, { title, id }) escapes the title and the id prefix`, () => {
      const string = renderToString(chart, rows, { ...options, title: `<script>alert(1)</script> "t"`, id: `x" onload="alert(1)` });
      expect(string).not.toContain("<script");
      expect(string).not.toContain(`" onload="`);
      const root = parseXML(string).documentElement;
      expect(root.getAttribute("onload")).toBeNull();
      expect(root.querySelector("title")?.textContent).toBe(`<script>alert(1)</script> "t"`);
      expect(root.getAttribute("aria-labelledby")).toBe(`x" onload="alert(1)-title`);
    });

    it(`${name}(rows with control characters and a lone surrogate in labels) is still a well-formed SVG file, in the string and the DOM`, () => {
      // XML 1.0 cannot carry U+0000–U+001F but tab, line feed and carriage return, nor a surrogate out of its pair:
      // each becomes U+FFFD; a pair (an emoji) is kept
      const odd = c.withLabels(["甲\u000B乙\u0000", "丙\uD800丁", "戊😀"]);
      const string = renderToString(chart, odd, options);
      const root = parseXML(string).documentElement;
      expect(texts(root).some((t) => t.includes("甲\uFFFD乙\uFFFD"))).toBe(true);
      expect(texts(root).some((t) => t.includes("丙\uFFFD丁"))).toBe(true);
      expect(texts(root).some((t) => t.includes("戊😀"))).toBe(true);
      expect(string).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F]/);
      const serialised = toSVGString(chart(odd, { ...options, document: jsdomDocument() }));
      expect(canonical(parseXML(serialised).documentElement)).toBe(canonical(root));
    });

    for (const [kind, make] of [
      ["jsdom", jsdomDocument],
      ["linkedom", linkedomDocument],
    ] as const) {
      it(`${name}(rows, { document: ${kind} }) puts labels in text nodes, never elements`, () => {
        const svg = chart(rows, { ...options, document: make() });
        expect(svg.querySelector("img")).toBeNull();
        expect(texts(svg).some((t) => t.includes(XSS))).toBe(true);
        expect(texts(svg).some((t) => t.includes(QUOTES))).toBe(true);
        // in the figure's table each label is a cell of its own: its text node is the raw label
        const figure = chart(rows, { ...options, document: make(), figure: true });
        expect(figure.querySelector("img")).toBeNull();
        const heads = Array.from(figure.querySelectorAll('tbody th[scope="row"]'), (th) => Array.from(th.childNodes, (n) => (n as Text).data));
        expect(heads).toContainEqual([XSS]);
        expect(heads).toContainEqual([QUOTES]);
        // attribute values hold the raw label too (setAttribute, never markup)
        expect(attributeValues(svg).sort()).toEqual(attributeValues(parseXML(renderToString(chart, rows, options)).documentElement).filter((v) => v !== SVG_NS).sort());
      });
    }
  });

  describe(`${name}: determinism`, () => {
    it(`renderToString(${name}, rows) twice gives the same string`, () => {
      expect(renderToString(chart, c.rows, options)).toBe(renderToString(chart, c.rows, options));
    });

    check("rounded")(`renderToString(${name}, rows) writes no number with more than 3 decimals (transforms and paths included)`, () => {
      const string = renderToString(chart, c.rows, options);
      expect(string.match(/[^\s"]*\d\.\d{4,}[^\s"]*/g) ?? []).toEqual([]);
    });

    it(`${name}: ids are unique, and do not depend on what was drawn before`, () => {
      const ids = (s: string) => Array.from(s.matchAll(/\sid="([^"]*)"/g), (m) => m[1]);
      const first = renderToString(chart, c.rows, options);
      renderToString(chart, c.withLabels(["other", "rows"]), options);
      chart(c.rows, { ...options, document: jsdomDocument() });
      const again = renderToString(chart, c.rows, options);
      expect(ids(again)).toEqual(ids(first));
      expect(new Set(ids(first)).size).toBe(ids(first).length);
      expect(ids(first).length).toBeGreaterThanOrEqual(2);
    });

    it(`${name}(Object.freeze(rows)) does not mutate its input`, () => {
      const rows = Object.freeze(c.rows.map((r) => (r !== null && typeof r === "object" ? Object.freeze({ ...r }) : r)));
      const before = JSON.stringify(rows);
      const options2 = Object.freeze({ ...options });
      expect(renderToString(chart, rows, options2)).toBe(renderToString(chart, c.rows, options));
      expect(JSON.stringify(rows)).toBe(before);
    });
  });

  describe(`${name}: figure`, () => {
    it(`renderToString(${name}, rows, { figure: true }) is a <figure> with the SVG and a table of the data`, () => {
      const string = renderToString(chart, c.rows, { ...options, figure: true });
      expect(string.startsWith(`<figure xmlns="${XHTML_NS}"`)).toBe(true);
      const figure = parseInHTML(string);
      expect(figure.localName).toBe("figure");
      expect(figure.querySelector(":scope > svg")?.namespaceURI).toBe(SVG_NS);
      expect(figure.querySelector("figcaption")?.textContent).toBe(figure.querySelector("svg > title")?.textContent);
      const table = figure.querySelector("table");
      expect(table).not.toBeNull();
      expect(table!.querySelectorAll("thead th").length).toBeGreaterThan(1);
      const body = Array.from(table!.querySelectorAll("tbody tr"));
      expect(body.length).toBe(c.tableRows ?? c.rows.length);
      // the figure's SVG is the chart itself
      expect(canonical(figure.querySelector("svg")!)).toBe(canonical(parseInHTML(renderToString(chart, c.rows, options))));
    });

    it(`renderToString(${name}, rows, { figure: true }) lists each label in the table`, () => {
      const labels = ["甲单位", "乙单位"];
      const figure = parseInHTML(renderToString(chart, c.withLabels(labels), { ...options, figure: true }));
      const cells = Array.from(figure.querySelectorAll("tbody tr"), (tr) => tr.textContent ?? "");
      for (const label of labels) expect(cells.some((t) => t.includes(label))).toBe(true);
      // and the table is parseable as XML too (an XHTML figure)
      expect(() => parseXML(renderToString(chart, c.withLabels(labels), { ...options, figure: true }))).not.toThrow();
    });
  });

  describe(`${name}: channels by field name`, () => {
    const entries = Object.entries(c.channels);
    const renamed = (rows: readonly T[], to: (key: string) => string) =>
      rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [entries.some(([, key]) => key === k) ? to(k) : k, v])) as T);

    it(`${name}(rows, { ${entries.map(([o]) => `${o}: "字段"`).join(", ")} }) reads each channel from the named field`, () => {
      const to = (key: string) => `字段·${key}`;
      const named = { ...options, ...Object.fromEntries(entries.map(([o, key]) => [o, to(key)])) } as O;
      expect(renderToString(chart, renamed(c.rows, to), named)).toBe(renderToString(chart, c.rows, options));
      // and the names win over the default fields, which the renamed rows no longer have
      const swapped = renamed(c.rows, (key) => `${key}·旧`);
      expect(renderToString(chart, swapped, options)).not.toBe(renderToString(chart, c.rows, options));
    });

    it(`${name}(rows, { ${entries[0][0]}: "a field no row has" }) warns once, naming the option and the fields there are`, () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        const misspelt = { ...options, [entries[0][0]]: "没有这个字段" } as O;
        renderToString(chart, c.rows, misspelt);
        renderToString(chart, c.rows, misspelt);
        // (other warnings may follow from the missing field: a bump chart's rows then share one label)
        const about = warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes("no row has the field"));
        expect(about.length).toBe(1);
        const message = about[0];
        expect(message).toContain(`${name}: no row has the field "没有这个字段" (options.${entries[0][0]})`);
        expect(message).toContain(JSON.stringify(entries[0][1]));
      } finally {
        warn.mockRestore();
      }
    });

    it(`${name}(rows, { ${entries[0][0]}: 42 }) throws a TypeError that names the option`, () => {
      const bad = { ...options, [entries[0][0]]: 42 } as O;
      expect(() => renderToString(chart, c.rows, bad)).toThrow(TypeError);
      expect(() => renderToString(chart, c.rows, bad)).toThrow(`${name}: ${entries[0][0]} must be a function (d, i, data) => value or the name of a field; got 42`);
    });
  });

  describe(`${name}: options as JSON writes them`, () => {
    it(`${name}(rows, null) and options set to null draw as with none given`, () => {
      const plain = renderToString(chart, c.rows, options);
      expect(renderToString(chart, c.rows, { ...options, width: null, height: null, locale: null, id: null, figure: null } as unknown as O)).toBe(plain);
      expect(renderToString(chart, c.rows, null as unknown as O)).toBe(renderToString(chart, c.rows, {} as O));
      // (with no document anywhere, null options get the error that says what to pass, not a TypeError from destructuring)
      if (typeof (globalThis as { document?: unknown }).document === "undefined") expect(() => chart(c.rows, null as unknown as O)).toThrow(/options\.document/);
      expect(toSVGString(chart(c.rows, { ...options, title: null, document: jsdomDocument() } as unknown as O))).toBe(toSVGString(chart(c.rows, { ...options, title: undefined, document: jsdomDocument() })));
    });

    it(`${name}(rows, { unit: "万亩" }), a unit the library does not know, writes it after the numbers`, () => {
      // (the loaders, which convert units, ask for such a unit to be defined; a chart only writes it)
      const string = renderToString(chart, c.rows, { ...options, unit: "万亩" } as O);
      expect(string).not.toMatch(/NaN|undefined/);
      // where these rows show a unit given so (some draw rates, or no values), they show this one
      if (renderToString(chart, c.rows, { ...options, unit: "万元" } as O).includes("万元")) expect(string).toContain("万亩");
    });

    it(`${name}(rows, { width: "640" }) throws a TypeError that names the chart and the option`, () => {
      expect(() => renderToString(chart, c.rows, { ...options, width: "640" } as unknown as O)).toThrow(`${name}: width must be a number of pixels; got "640"`);
      expect(() => chart(c.rows, { ...options, locale: "fr", document: jsdomDocument() } as unknown as O)).toThrow(`${name}: locale must be one of "zh-CN", "en"; got "fr"`);
    });
  });

  describe(`${name}: numbers written as text`, () => {
    const withField = (k: number, key: string, v: unknown) => c.rows.map((r, j) => (j === k ? ({ ...(r as object), [key]: v } as T) : r));
    // the first row with a number in the first number field
    const key = c.numbers[0];
    const k = c.rows.findIndex((r) => typeof (r as Record<string, unknown>)[key] === "number" && Number.isFinite((r as Record<string, unknown>)[key]));

    it(`${name}(rows with ${c.numbers.join(", ")} as text, "1,234.5" and "7.3%") draws as with the numbers`, () => {
      const asText = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v.toLocaleString("en-US", { maximumFractionDigits: 20 }) : v);
      const text = c.rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([f, v]) => [f, c.numbers.includes(f) ? asText(v) : v])) as T);
      expect(text.some((r) => c.numbers.some((f) => typeof (r as Record<string, unknown>)[f] === "string"))).toBe(true);
      expect(renderToString(chart, text, options)).toBe(renderToString(chart, c.rows, options));
      // a percentage is a fraction, as everywhere in the library
      const v = (c.rows[k] as Record<string, unknown>)[key] as number;
      expect(renderToString(chart, withField(k, key, `${v * 100}%`), options)).toBe(renderToString(chart, withField(k, key, Number(`${v * 100}e-2`)), options));
    });

    it(`${name}(rows with "" and "—" for a number) draws them as missing, as null (not as 0)`, () => {
      const missing = renderToString(chart, withField(k, key, null), options);
      expect(missing).not.toBe(renderToString(chart, c.rows, options));
      for (const blank of ["", " ", "—", "…"]) expect(renderToString(chart, withField(k, key, blank), options)).toBe(missing);
    });

    it(`${name}(rows with numbers at the ends of the float range) draws without NaN or a throw`, () => {
      const extremes = [5e-324, -1.7e308, 1.7e308, 1e-320, 0];
      let n = 0;
      const rows = c.rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([f, v]) => [f, c.numbers.includes(f) && typeof v === "number" ? extremes[n++ % extremes.length] : v])) as T);
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        const s = renderToString(chart, rows, options);
        expect(() => parseXML(s)).not.toThrow();
        expect(s).not.toMatch(/NaN|Infinity|undefined|null|\[object /);
      } finally {
        warn.mockRestore();
      }
    });

    it(`${name}(rows with text that is not a number) draws it as missing, and warns once`, () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      try {
        const bad = withField(k, key, "不是数字");
        expect(renderToString(chart, bad, options)).toBe(renderToString(chart, withField(k, key, null), options));
        renderToString(chart, bad, options);
        const about = warn.mock.calls.map((call) => String(call[0])).filter((m) => m.includes("not a number"));
        expect(about).toEqual([`${name}: 1 value is not a number (the first: "不是数字"); drawn as missing. Numbers may be written as tables write them ("1,234.5", "7.3%"), and "", "—" or null mark a missing value`]);
      } finally {
        warn.mockRestore();
      }
    });
  });

  describe(`${name}: empty and missing data`, () => {
    const clean = (s: string) => {
      expect(() => parseXML(s)).not.toThrow();
      expect(s).not.toMatch(/NaN|Infinity|undefined|null|\[object /);
    };
    check("empty")(`renderToString(${name}, []) draws an empty chart`, () => {
      clean(renderToString(chart, [], options));
    });
    check("all-missing")(`renderToString(${name}, rows with no values) draws without NaN`, () => {
      clean(renderToString(chart, c.allMissing, options));
    });
    it(`${name}(null) throws a TypeError about its rows`, () => {
      expect(() => renderToString(chart, null as unknown as T[], options)).toThrow(TypeError);
    });
  });
}
