/**
 * src/charts/keyboard.ts on a jsdom page: markup from renderToString gets the arrow keys with
 * enableKeyboard; each chart keeps its own Tab stop; the page's own lists are left alone; and the
 * returned function takes the listeners away. (Charts built as DOM nodes: the chart contract,
 * test/_tooling/chartContract.ts; in Chromium: test/browser/gallery.test.ts and element.test.ts.)
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { bumpChart, enableKeyboard, rankingChart, renderToString } from "../../src/charts/index.js";

function page() {
  const { window } = new JSDOM("<!doctype html><html><body><ul><li role=listitem tabindex=0 id=a>a</li><li role=listitem tabindex=0 id=b>b</li></ul><div id=charts></div></body></html>");
  const { document } = window;
  const container = document.getElementById("charts")!;
  container.innerHTML =
    renderToString(rankingChart, [{ label: "甲", value: 3 }, { label: "乙", value: 2 }, { label: "丙", value: 1 }], { title: "收入" }) +
    renderToString(bumpChart, [{ label: "甲", period: "2017", rank: 1 }, { label: "乙", period: "2017", rank: 2 }, { label: "甲", period: "2018", rank: 2 }, { label: "乙", period: "2018", rank: 1 }], { title: "位次" });
  const charts = Array.from(container.querySelectorAll("svg"));
  const marks = charts.map((svg) => Array.from(svg.querySelectorAll<SVGElement>('[role="listitem"]')));
  const press = (key: string) => {
    const e = new window.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
    document.activeElement!.dispatchEvent(e);
    return e.defaultPrevented;
  };
  /** [chart, mark] of the focused mark; [-1, -1] when no mark has focus. */
  const focused = (): [number, number] => {
    for (let c = 0; c < marks.length; c++) {
      const k = marks[c].indexOf(document.activeElement as SVGElement);
      if (k >= 0) return [c, k];
    }
    return [-1, -1];
  };
  const stops = () => marks.map((m) => m.flatMap((el, k) => (el.getAttribute("tabindex") === "0" ? [k] : [])));
  return { document, container, marks, press, focused, stops };
}

describe("enableKeyboard", () => {
  it("markup from renderToString has one Tab stop a chart, at its first mark, and no keys until enableKeyboard", () => {
    const p = page();
    expect(p.marks.map((m) => m.length)).toEqual([3, 2]);
    expect(p.stops()).toEqual([[0], [0]]);
    p.marks[0][0].focus();
    expect(p.press("ArrowDown")).toBe(false); // markup alone: no listener
    expect(p.focused()).toEqual([0, 0]);
  });

  it("moves focus between the marks of the chart that has it, each chart keeping its own Tab stop", () => {
    const p = page();
    enableKeyboard(p.container);
    p.marks[0][0].focus();
    expect(p.press("ArrowDown")).toBe(true);
    expect(p.focused()).toEqual([0, 1]);
    expect(p.press("End")).toBe(true);
    expect(p.focused()).toEqual([0, 2]);
    expect(p.press("ArrowRight")).toBe(true);
    expect(p.focused()).toEqual([0, 2]); // the last mark of the first chart: the keys do not go on into the next chart
    expect(p.stops()).toEqual([[2], [0]]);
    p.marks[1][0].focus(); // Tab would go to the second chart's stop
    p.press("ArrowDown");
    expect(p.focused()).toEqual([1, 1]);
    expect(p.stops()).toEqual([[2], [1]]); // the first chart remembers where it was left
  });

  it("leaves the page's own list items alone, and stops when asked", () => {
    const p = page();
    const stop = enableKeyboard(p.document);
    p.document.getElementById("a")!.focus();
    expect(p.press("ArrowDown")).toBe(false);
    expect(p.document.activeElement!.id).toBe("a");
    expect(p.document.getElementById("b")!.getAttribute("tabindex")).toBe("0");
    p.marks[0][0].focus();
    expect(p.press("ArrowDown")).toBe(true);
    stop();
    expect(p.press("ArrowDown")).toBe(false);
    expect(p.focused()).toEqual([0, 1]);
  });

  it("leaves a key the page has handled already (preventDefault) alone, and a DOM chart inside a container that has it too moves one step", () => {
    const { window } = new JSDOM("<!doctype html><html><body></body></html>");
    const svg = rankingChart([{ label: "甲", value: 3 }, { label: "乙", value: 2 }, { label: "丙", value: 1 }], { document: window.document });
    window.document.body.append(svg);
    enableKeyboard(window.document.body);
    const marks = Array.from(svg.querySelectorAll<SVGElement>('[role="listitem"]'));
    const down = () => window.document.activeElement!.dispatchEvent(new window.KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
    marks[0].focus();
    down();
    expect(marks.indexOf(window.document.activeElement as SVGElement)).toBe(1); // one step, not two
    // the page takes ArrowDown for itself before the chart sees it (a capturing listener)
    window.document.addEventListener("keydown", (e) => e.preventDefault(), { capture: true });
    down();
    expect(marks.indexOf(window.document.activeElement as SVGElement)).toBe(1);
    expect(marks.map((m) => m.getAttribute("tabindex"))).toEqual(["-1", "0", null]);
  });

  it("says what it needs when root cannot take listeners", () => {
    expect(() => enableKeyboard(null as never)).toThrow(/root must be an element, a document or a shadow root.*got null/);
    expect(() => enableKeyboard("#chart" as never)).toThrow(/got string/);
  });
});
