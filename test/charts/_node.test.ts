import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { html, rectPath, s, toDOM, toMarkup, translate } from "../../src/charts/_node.js";

// The node tree's string writer: markup built a code unit at a time into one buffer. Its output is
// checked against what the plain string operations give.
describe("toMarkup", () => {
  it("writes elements, attributes and text, the root with its namespace", () => {
    const tree = s("svg", { width: 640, class: "a b", hidden: true, gone: undefined, off: false, none: null }, s("g", {}, s("rect", { x: 1.5, y: -2 })), "t");
    expect(toMarkup(tree)).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="640" class="a b" hidden=""><g><rect x="1.5" y="-2"/></g>t</svg>');
  });

  it("escapes & < > \" ' in text and attribute values", () => {
    const label = `<img src=x onerror="alert('1')">&amp;`;
    const out = toMarkup(s("svg", { "aria-label": label }, s("text", {}, label)));
    const escaped = "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;";
    expect(out).toBe(`<svg xmlns="http://www.w3.org/2000/svg" aria-label="${escaped}"><text>${escaped}</text></svg>`);
  });

  it("escapes long strings too, and keeps the order of long and short pieces", () => {
    const plain = "M0,0C1,1".repeat(100); // 800 characters, nothing to escape
    const hostile = `${"长".repeat(300)}<b>&`; // long, to escape
    const out = toMarkup(s("g", { d: plain, label: hostile }, s("title", {}, hostile), "x", plain));
    expect(out).toBe(`<g xmlns="http://www.w3.org/2000/svg" d="${plain}" label="${"长".repeat(300)}&lt;b&gt;&amp;"><title>${"长".repeat(300)}&lt;b&gt;&amp;</title>x${plain}</g>`);
  });

  it("writes any mix of long and short pieces in order: the same as plain string operations give", () => {
    const esc = (t: string) => t.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
    type Tree = { tag: string; attrs: Record<string, string>; children: (Tree | string)[] };
    const ref = (n: Tree, root: boolean): string =>
      `<${n.tag}${root ? ' xmlns="http://www.w3.org/2000/svg"' : ""}${Object.entries(n.attrs)
        .map(([k, v]) => ` ${k}="${esc(v)}"`)
        .join("")}${n.children.length ? `>${n.children.map((c) => (typeof c === "string" ? esc(c) : ref(c, false))).join("")}</${n.tag}>` : "/>"}`;
    const build = (n: Tree): ReturnType<typeof s> => s(n.tag, n.attrs, n.children.map((c) => (typeof c === "string" ? c : build(c))));
    // Text of any length, with characters to escape and CJK; path data (no escapes) from short to long.
    const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ minLength: 250, maxLength: 600 }), fc.constantFrom("长<&>\"'".repeat(60), "济宁".repeat(200)));
    const path = fc.stringMatching(/^[MCcs0-9,.-]{0,700}$/);
    const tree = fc.letrec((tie) => ({
      node: fc.record({
        tag: fc.constantFrom("g", "path", "text", "title"),
        attrs: fc.record({ d: path, "aria-label": text }, { requiredKeys: [] }),
        children: fc.array(fc.oneof({ maxDepth: 3 }, { weight: 2, arbitrary: text }, { weight: 1, arbitrary: tie("node") as fc.Arbitrary<Tree> }), { maxLength: 4 }),
      }),
    })).node as fc.Arbitrary<Tree>;
    fc.assert(
      fc.property(tree, (t) => {
        expect(toMarkup(build(t))).toBe(ref(t, true));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps text outside the BMP and CJK as it is", () => {
    expect(toMarkup(s("text", {}, "济宁高新区 𠀋 😀"))).toBe('<text xmlns="http://www.w3.org/2000/svg">济宁高新区 𠀋 😀</text>');
  });

  it("writes U+FFFD for what XML cannot carry (controls, lone surrogates, U+FFFE/U+FFFF), in short and long text and attributes, and keeps tab, newline, CR and pairs", () => {
    const odd = "a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFEi\uFFFFj\uD83D\uDE00k\uD83Dl\uDE00m\uD83D";
    const clean = "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng\rh\uFFFDi\uFFFDj\uD83D\uDE00k\uFFFDl\uFFFDm\uFFFD";
    expect(toMarkup(s("text", { "aria-label": odd }, odd))).toBe(`<text xmlns="http://www.w3.org/2000/svg" aria-label="${clean}">${clean}</text>`);
    const long = odd.repeat(20); // over 256 code units
    expect(toMarkup(s("text", {}, long))).toBe(`<text xmlns="http://www.w3.org/2000/svg">${clean.repeat(20)}</text>`);
    // the DOM back end writes the same
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const el = toDOM(s("text", { "aria-label": odd }, odd), document as unknown as Document);
    expect([el.getAttribute("aria-label"), el.textContent]).toEqual([clean, clean]);
  });

  it("writes numbers as String(Math.round(x * 1000) / 1000) does, and leaves out non-finite ones", () => {
    const cases = [0, -0, 0.0004, -0.0004, 0.0005, -0.0005, 1, -1, 12.5, 366.268, -11.2, 0.1, 0.07, 1e-7, 2147483.647, 2147483.648, -2147483.648, 1e21, -1e21, 123456789.123, 4.2, 79.32];
    for (const x of cases) expect(toMarkup(s("rect", { x })), String(x)).toBe(`<rect xmlns="http://www.w3.org/2000/svg" x="${String(Math.round(x * 1000) / 1000)}"/>`);
    expect(toMarkup(s("rect", { x: NaN, y: Infinity, width: -Infinity }))).toBe('<rect xmlns="http://www.w3.org/2000/svg"/>');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }), (x) => {
        expect(toMarkup(s("rect", { x }))).toBe(`<rect xmlns="http://www.w3.org/2000/svg" x="${String(Math.round(x * 1000) / 1000)}"/>`);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes translate(x, y) with its numbers as numbers are written, the same as in the DOM, and leaves it out when one is not finite", () => {
    expect(toMarkup(s("g", { transform: translate(110.4656, 21.2) }))).toBe('<g xmlns="http://www.w3.org/2000/svg" transform="translate(110.466,21.2)"/>');
    expect(toMarkup(s("g", { transform: translate(-0.0004, 0) }))).toBe('<g xmlns="http://www.w3.org/2000/svg" transform="translate(0,0)"/>');
    expect(toMarkup(s("g", { transform: translate(1, NaN), x: 2 }))).toBe('<g xmlns="http://www.w3.org/2000/svg" x="2"/>');
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 }), (x, y) => {
        const text = `translate(${String(Math.round(x * 1000) / 1000)},${String(Math.round(y * 1000) / 1000)})`;
        expect(toMarkup(s("g", { transform: translate(x, y) }))).toBe(`<g xmlns="http://www.w3.org/2000/svg" transform="${text}"/>`);
        expect(toDOM(s("g", { transform: translate(x, y) }), document).getAttribute("transform")).toBe(text);
      }),
      { numRuns: 1000 },
    );
    expect(toDOM(s("g", { transform: translate(Infinity, 0) }), document).hasAttribute("transform")).toBe(false);
  });

  it("writes rectPath(x, y, width, height) as the outline M x,y h width v height H x z, the same as in the DOM, and leaves it out when a number is not finite", () => {
    expect(toMarkup(s("path", { d: rectPath(6, -11.2, 628.9905, 14) }))).toBe('<path xmlns="http://www.w3.org/2000/svg" d="M6,-11.2h628.991v14H6z"/>');
    expect(toMarkup(s("path", { d: rectPath(-20.5, 0, 0, 14) }))).toBe('<path xmlns="http://www.w3.org/2000/svg" d="M-20.5,0h0v14H-20.5z"/>');
    expect(toMarkup(s("path", { d: rectPath(0, 0, NaN, 14), class: "x" }))).toBe('<path xmlns="http://www.w3.org/2000/svg" class="x"/>');
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const n = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e7, max: 1e7 });
    fc.assert(
      fc.property(n, n, fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e7 }), n, (x, y, width, height) => {
        const t = (v: number) => String(Math.round(v * 1000) / 1000);
        const d = `M${t(x)},${t(y)}h${t(width)}v${t(height)}H${t(x)}z`;
        expect(toMarkup(s("path", { d: rectPath(x, y, width, height) }))).toBe(`<path xmlns="http://www.w3.org/2000/svg" d="${d}"/>`);
        expect(toDOM(s("path", { d: rectPath(x, y, width, height) }), document).getAttribute("d")).toBe(d);
      }),
      { numRuns: 1000 },
    );
    for (const bad of [rectPath(Infinity, 0, 1, 1), rectPath(0, -Infinity, 1, 1), rectPath(0, 0, 1, NaN)]) expect(toDOM(s("path", { d: bad }), document).hasAttribute("d")).toBe(false);
  });

  it("grows its buffer for long output", () => {
    const long = "长".repeat(40_000);
    const marks = Array.from({ length: 3000 }, (_, i) => s("text", { x: i }, `${i}`));
    const out = toMarkup(s("svg", {}, s("title", {}, long), marks));
    expect(out.length).toBe('<svg xmlns="http://www.w3.org/2000/svg"><title>'.length + 40_000 + "</title>".length + marks.reduce((n, _, i) => n + `<text x="${i}">${i}</text>`.length, 0) + "</svg>".length);
    expect(out.endsWith('<text x="2999">2999</text></svg>')).toBe(true);
  });

  it("writes HTML void elements without a closing tag and an SVG inside HTML with its namespace", () => {
    expect(toMarkup(html("figure", {}, html("br"), s("svg", {}, s("g"))))).toBe('<figure xmlns="http://www.w3.org/1999/xhtml"><br><svg xmlns="http://www.w3.org/2000/svg"><g/></svg></figure>');
  });

  it("flattens nested child lists and drops null, undefined and false, without changing the caller's arrays", () => {
    const list: Parameters<typeof s>[2][] = [s("a"), null, [s("b"), false, [s("c")]], undefined];
    const node = s("g", {}, list, "x");
    expect(node.children.map((c) => (typeof c === "string" ? c : c.tag))).toEqual(["a", "b", "c", "x"]);
    expect(list).toHaveLength(4);
  });
});

describe("toDOM", () => {
  it("builds the same tree on a document: text as text nodes, numbers rounded", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const el = toDOM(s("svg", { width: 1.23456, label: "<b>" }, s("text", {}, "<i>x</i>")), document);
    expect(el.getAttribute("width")).toBe("1.235");
    expect(el.getAttribute("label")).toBe("<b>");
    expect(el.querySelector("text")?.textContent).toBe("<i>x</i>");
    expect(el.querySelector("i")).toBeNull();
  });
});
