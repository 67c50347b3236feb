import type { ChartOptions } from "./_frame.js";
import type { Chart } from "./defineChart.js";
import { bulletChart } from "./bulletChart.js";
import { bumpChart } from "./bumpChart.js";
import { gapChart } from "./gapChart.js";
import { profileChart } from "./profileChart.js";
import { rankingChart } from "./rankingChart.js";
import { scorecard } from "./scorecard.js";
import { slopeChart } from "./slopeChart.js";
import { trendChart } from "./trendChart.js";
import { FONT_FAMILY } from "./theme.js";
import { focusMark } from "./keyboard.js";

/**
 * The charts `<duibiao-chart type="…">` draws, by type (each chart has its own row and option types,
 * hence `any`). To add a chart: import it above and add one line.
 * @internal
 */
export const CHART_TYPES: Readonly<Record<string, Chart<any, ChartOptions>>> = Object.freeze({
  ranking: rankingChart,
  bump: bumpChart,
  bullet: bulletChart,
  gap: gapChart,
  trend: trendChart,
  profile: profileChart,
  slope: slopeChart,
  scorecard,
});

/**
 * What `<duibiao-chart>` draws: the rows and the chart's options, as JSON (an inline
 * `<script type="application/json">` child or the `src` URL) or set as the `data` property. A bare
 * array is read as the rows. `width` comes from the element's width; `document` from its page.
 *
 * @category Charts
 * @example
 * const data: ChartElementData = { rows: [{ label: "济宁高新区", value: 693.46 }], options: { title: "工业主营业务收入", highlight: "济宁高新区" } };
 * data.rows.length // => 1
 */
export interface ChartElementData {
  /** One object per row, as the chart of the element's `type` reads them (e.g. `{ label, value }`). */
  readonly rows: readonly unknown[];
  /** The chart's options: those that JSON can carry (titles, highlight, unit, cutoff …, and channels by field name: `"label": "城市"`). */
  readonly options?: Readonly<Record<string, unknown>>;
}

const SHADOW_STYLE = `
:host{display:block;position:relative;min-width:0}
:host([hidden]){display:none}
.chart{width:100%}
.chart>svg{display:block}
.tooltip{position:absolute;z-index:1;left:0;top:0;max-width:min(24em,90%);padding:4px 8px;border-radius:4px;pointer-events:none;
  font:12px/1.4 ${FONT_FAMILY};white-space:pre-line;box-shadow:0 1px 4px rgba(0,0,0,.25);
  background:var(--duibiao-tooltip-background,var(--duibiao-foreground,#1f2933));color:var(--duibiao-tooltip-foreground,var(--duibiao-background,#fff))}
.tooltip[hidden],.error[hidden]{display:none}
.error{margin:0;padding:8px;font:13px/1.4 ${FONT_FAMILY};color:var(--duibiao-red,#c0392b)}
`;

// Loads in Node too (server-side rendering frameworks import it); it can only be instantiated in a browser.
const Base = (typeof HTMLElement === "undefined" ? class {} : HTMLElement) as typeof HTMLElement;

/**
 * `<duibiao-chart type="ranking">`: a chart for pages without a build step (a CMS page, a static site).
 * Importing `duibiao/element` (or loading the global bundle) registers it.
 *
 * - **Data**: `{ rows, options }` as JSON, from an inline `<script type="application/json">` child or
 *   fetched from the `src` URL; or the `data` property (which can also carry accessor functions). In
 *   JSON, channels are given by field name: `"options": { "label": "城市", "value": "收入" }`.
 * - **Type**: `type` picks the chart: `ranking`, `bump`, `bullet`, `gap`, `trend`, `profile`, `slope`,
 *   `scorecard` — the chart components of `duibiao/charts`, by name.
 * - **Size**: draws at its own width, and redraws when that changes (a ResizeObserver).
 * - **Tooltips**: hovering or focusing a mark shows its `<title>` in a tooltip inside the shadow root
 *   (the title becomes the mark's aria-label, so that the browser does not show its own tooltip too).
 * - **Keyboard**: the chart is one stop in the Tab order; arrow keys move between its marks, Home/End go
 *   to the first/last (see {@link enableKeyboard}), Escape hides the tooltip.
 * - **Theme**: set `--duibiao-*` custom properties (`--duibiao-subject`, `--duibiao-mark`,
 *   `--duibiao-background`, `--duibiao-tooltip-background` …) on the element or any ancestor.
 * - **Re-render**: changing `type`, `src`, the inline JSON or `data` redraws it.
 * - **Events**: `duibiao-render` after each drawing; `duibiao-error` (with `detail.error`) when the
 *   data cannot be loaded or drawn, in which case the element shows the message.
 *
 * Labels from the data are always text, never markup.
 *
 * @category Charts
 * @example
 * // <duibiao-chart type="ranking">
 * //   <script type="application/json">{"rows":[{"label":"甲","value":3}],"options":{"title":"收入"}}</script>
 * // </duibiao-chart>
 * typeof DuibiaoChartElement // => "function"
 */
export class DuibiaoChartElement extends Base {
  /** @internal */
  static readonly observedAttributes = ["type", "src"];

  readonly #root: ShadowRoot;
  readonly #chart: HTMLDivElement;
  readonly #tip: HTMLDivElement;
  readonly #error: HTMLParagraphElement;
  #given: ChartElementData | undefined;
  #data: ChartElementData | undefined;
  #loads = 0;
  #abort: AbortController | undefined;
  #resize: ResizeObserver | undefined;
  #mutations: MutationObserver | undefined;
  #frame = 0;
  #drawnWidth = -1;
  #connected = false;

  constructor() {
    super();
    const doc = this.ownerDocument;
    this.#root = this.attachShadow({ mode: "open" });
    const style = doc.createElement("style");
    style.textContent = SHADOW_STYLE;
    this.#chart = doc.createElement("div");
    this.#chart.className = "chart";
    this.#chart.setAttribute("part", "chart");
    this.#tip = doc.createElement("div");
    this.#tip.className = "tooltip";
    this.#tip.setAttribute("part", "tooltip");
    this.#tip.setAttribute("aria-hidden", "true"); // the marks' accessible names already say it
    this.#tip.hidden = true;
    this.#error = doc.createElement("p");
    this.#error.className = "error";
    this.#error.setAttribute("part", "error");
    this.#error.setAttribute("role", "alert");
    this.#error.hidden = true;
    this.#root.append(style, this.#chart, this.#tip, this.#error);

    // The listeners sit on the shadow root: there, event.target is the mark itself. (On the document,
    // shadow DOM retargeting would make every target the <duibiao-chart> host.)
    this.#root.addEventListener("pointerover", (e) => {
      const mark = markOf((e as PointerEvent).target);
      if (mark) this.#show(mark, e as PointerEvent);
    });
    this.#root.addEventListener("pointermove", (e) => {
      const mark = markOf((e as PointerEvent).target);
      if (mark && !this.#tip.hidden) this.#place(mark, e as PointerEvent);
    });
    this.#root.addEventListener("pointerout", (e) => {
      const from = markOf((e as PointerEvent).target);
      const to = markOf((e as PointerEvent).relatedTarget);
      if (from && from !== to) this.#hide();
    });
    this.#root.addEventListener("focusin", (e) => {
      const mark = markOf(e.target);
      if (mark) this.#show(mark);
    });
    this.#root.addEventListener("focusout", () => this.#hide());
    this.#root.addEventListener("keydown", (e) => this.#key(e as KeyboardEvent));
  }

  /** The data drawn: set it to draw rows and options directly (it then wins over `src` and inline JSON). */
  get data(): ChartElementData | undefined {
    return this.#given ?? this.#data;
  }

  /** Draws these rows and options (a bare array is the rows); `undefined` goes back to `src` or the inline JSON. */
  set data(value: ChartElementData | readonly unknown[] | undefined) {
    if (value == null) this.#given = undefined;
    else {
      try {
        this.#given = dataOf(value);
      } catch (e) {
        this.#fail(e);
        return;
      }
    }
    if (this.#connected) this.#load();
  }

  /** @internal */
  connectedCallback(): void {
    this.#connected = true;
    // `data` set on the element before its definition loaded is an own property hiding the setter
    if (Object.hasOwn(this, "data")) {
      const value = (this as { data?: unknown }).data;
      delete (this as { data?: unknown }).data;
      try {
        this.#given = value == null ? undefined : dataOf(value);
      } catch (e) {
        this.#fail(e);
      }
    }
    const view = this.ownerDocument.defaultView;
    if (view?.ResizeObserver) {
      this.#resize = new view.ResizeObserver((entries) => {
        const width = Math.floor(entries[entries.length - 1].contentRect.width);
        // redraw in the next frame: redrawing inside the callback resizes what is observed (a loop error)
        if (width > 0 && width !== this.#drawnWidth) this.#schedule();
      });
      this.#resize.observe(this.#chart);
    }
    if (view?.MutationObserver) {
      // inline JSON that arrives after the element (streaming parser) or is edited later
      this.#mutations = new view.MutationObserver(() => {
        if (this.#given === undefined && !this.hasAttribute("src")) this.#load();
      });
      this.#mutations.observe(this, { childList: true, subtree: true, characterData: true });
    }
    this.#load();
  }

  /** @internal */
  disconnectedCallback(): void {
    this.#connected = false;
    this.#resize?.disconnect();
    this.#mutations?.disconnect();
    this.#resize = this.#mutations = undefined;
    this.#abort?.abort();
    this.#loads++;
    if (this.#frame) this.ownerDocument.defaultView?.cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** @internal */
  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    // on upgrade this runs for each attribute before connectedCallback, which does the first load
    if (before === after || !this.#connected) return;
    if (name === "src") this.#load();
    else this.#render();
  }

  #load(): void {
    const token = ++this.#loads;
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.#given !== undefined) {
      this.#data = this.#given;
      this.#render();
      return;
    }
    const src = this.getAttribute("src");
    if (src !== null && src !== "") {
      const abort = (this.#abort = new AbortController());
      const url = new URL(src, this.ownerDocument.baseURI).href;
      fetch(url, { signal: abort.signal })
        .then((response) => {
          if (!response.ok) throw new Error(`fetching ${url} failed: HTTP ${response.status} ${response.statusText}`.trim());
          return response.json() as Promise<unknown>;
        })
        .then((json) => {
          if (token !== this.#loads) return;
          this.#data = dataOf(json);
          this.#render();
        })
        .catch((e: unknown) => {
          if (token === this.#loads && !abort.signal.aborted) this.#fail(e);
        });
      return;
    }
    const script = Array.from(this.children).find((c) => c.localName === "script" && c.getAttribute("type") === "application/json");
    if (script === undefined) {
      this.#data = undefined; // nothing yet: the inline JSON may still be on its way
      return;
    }
    try {
      this.#data = dataOf(JSON.parse(script.textContent ?? ""));
    } catch (e) {
      this.#fail(e instanceof SyntaxError ? new SyntaxError(`the inline JSON is not valid: ${e.message}`) : e);
      return;
    }
    this.#render();
  }

  #schedule(): void {
    const view = this.ownerDocument.defaultView;
    if (this.#frame || !view) return;
    this.#frame = view.requestAnimationFrame(() => {
      this.#frame = 0;
      this.#render();
    });
  }

  #render(): void {
    if (!this.#connected || this.#data === undefined) return;
    const type = this.getAttribute("type") ?? "";
    const chart = Object.hasOwn(CHART_TYPES, type) ? CHART_TYPES[type] : undefined;
    if (chart === undefined) {
      this.#fail(new TypeError(`type must be one of ${Object.keys(CHART_TYPES).join(", ")}; got ${type === "" ? "no type" : JSON.stringify(type)}`));
      return;
    }
    const measured = Math.floor(this.#chart.getBoundingClientRect().width);
    const { rows, options = {} } = this.#data;
    const width = measured > 0 ? measured : typeof options.width === "number" ? options.width : undefined;
    const focused = this.#marks().indexOf(this.#root.activeElement as Element);
    let svg: Element;
    try {
      svg = chart(rows, { ...options, width, document: this.ownerDocument });
    } catch (e) {
      this.#fail(e);
      return;
    }
    untitle(svg);
    this.#hide();
    this.#error.hidden = true;
    this.#error.textContent = "";
    this.#chart.replaceChildren(svg);
    this.#drawnWidth = measured;
    if (focused >= 0) focusMark(this.#marks()[Math.min(focused, this.#marks().length - 1)]);
    this.dispatchEvent(new CustomEvent("duibiao-render", { detail: { type, width } }));
  }

  #fail(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#hide();
    this.#chart.replaceChildren();
    this.#drawnWidth = -1;
    this.#error.textContent = `duibiao-chart: ${message}`;
    this.#error.hidden = false;
    console.warn(`<duibiao-chart>: ${message}`);
    this.dispatchEvent(new CustomEvent("duibiao-error", { detail: { error } }));
  }

  #marks(): Element[] {
    return Array.from(this.#chart.querySelectorAll('[role="listitem"]'));
  }

  /** Escape hides the tooltip; the arrow keys, Home and End are the chart's own (keyboard.ts). */
  #key(e: KeyboardEvent): void {
    if (e.key === "Escape" && markOf(e.target) !== null) this.#hide();
  }

  #show(mark: Element, pointer?: PointerEvent): void {
    const text = tipOf(mark);
    if (text === "") return this.#hide();
    this.#tip.textContent = text; // text, never markup
    this.#tip.hidden = false;
    this.#place(mark, pointer);
  }

  #place(mark: Element, pointer?: PointerEvent): void {
    const host = this.getBoundingClientRect();
    const tip = this.#tip.getBoundingClientRect();
    let left: number;
    let top: number;
    if (pointer !== undefined) {
      left = pointer.clientX - host.left + 12;
      top = pointer.clientY - host.top + 16;
    } else {
      const box = mark.getBoundingClientRect();
      left = box.left - host.left + Math.min(box.width, 48);
      top = box.bottom - host.top + 4;
    }
    left = Math.max(0, Math.min(left, host.width - tip.width));
    if (top + tip.height > host.height && top - tip.height - 24 >= 0) top -= tip.height + 24;
    this.#tip.style.left = `${Math.round(left)}px`;
    this.#tip.style.top = `${Math.round(top)}px`;
  }

  #hide(): void {
    this.#tip.hidden = true;
  }
}

/** The mark an event target belongs to: a list item, or an element with a `<title>` or an aria-label. */
function markOf(target: EventTarget | null): Element | null {
  let el = target !== null && (target as Node).nodeType === 1 ? (target as Element) : ((target as Node | null)?.parentElement ?? null);
  for (; el !== null; el = el.parentElement) {
    const role = el.getAttribute("role");
    if (role === "listitem") return el;
    if (el.localName === "svg" || role === "list" || role === "img") return null;
    if (el.hasAttribute("aria-label") || Array.from(el.children).some((c) => c.localName === "title")) return el;
  }
  return null;
}

/**
 * The element shows the marks' tooltips itself, so their `<title>`s go (else the browser shows its own
 * tooltip as well, a second later); a mark keeps the text as its aria-label, its accessible name.
 */
function untitle(chart: Element): void {
  const svg = chart.localName === "svg" ? chart : chart.querySelector("svg");
  for (const title of Array.from(svg?.querySelectorAll("title") ?? [])) {
    const mark = title.parentElement;
    if (mark === null || mark === svg) continue;
    const text = (title.textContent ?? "").trim();
    if (!mark.hasAttribute("aria-label")) mark.setAttribute("aria-label", text);
    tips.set(mark, text); // the whole tooltip: a mark's aria-label may be the short form of it
    title.remove();
  }
}

/** The tooltip text of each mark whose `<title>` the element took away. */
const tips = new WeakMap<Element, string>();

function tipOf(mark: Element): string {
  const title = Array.from(mark.children).find((c) => c.localName === "title");
  return (title?.textContent ?? tips.get(mark) ?? mark.getAttribute("aria-label") ?? "").trim();
}

function dataOf(json: unknown): ChartElementData {
  if (Array.isArray(json)) return { rows: json };
  if (json !== null && typeof json === "object" && Array.isArray((json as { rows?: unknown }).rows)) {
    const { rows, options } = json as { rows: unknown[]; options?: unknown };
    if (options != null && (typeof options !== "object" || Array.isArray(options))) throw new TypeError(`options must be an object; got ${Array.isArray(options) ? "an array" : typeof options}`);
    return { rows, options: (options ?? {}) as Record<string, unknown> };
  }
  throw new TypeError(`the data must be { "rows": [...], "options": {...} } or an array of rows; got ${json === null ? "null" : Array.isArray(json) ? "an array" : typeof json}`);
}
