/**
 * Keyboard access to a chart's marks, as the WAI-ARIA Authoring Practices have it for a composite
 * widget (a "roving tabindex"): a chart is one stop in the page's Tab order, and the arrow keys, Home
 * and End move between its marks. A chart of 3,000 bars is then one press of Tab to get past, not
 * 3,000; and the mark last visited is where Tab comes back to.
 *
 * A chart marks one of its marks — its first — with tabindex="0" (the Tab stop); the others have no
 * tabindex until they are visited. A chart built as DOM nodes listens for the keys itself; markup
 * from {@link renderToString} put into a page gets the same with {@link enableKeyboard}.
 */

/** A mark: an item of a chart's list of marks. */
const MARK = '[role="listitem"]';

/** Keys that move, and where to: the index of the mark to go to, from the one focused and the last. */
const MOVES: Readonly<Record<string, (at: number, last: number) => number>> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowRight: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  ArrowLeft: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Lets the keyboard move between the marks of the charts inside `root` (a chart, or any element or
 * document that holds charts put in as markup, e.g. from {@link renderToString}): the arrow keys go to
 * the next and previous mark, Home and End to the first and last, and the mark they go to becomes the
 * chart's one Tab stop. Charts built as DOM nodes (`rankingChart(rows, options)`) do this by
 * themselves; call it for markup. Keys already handled (`preventDefault()`), or pressed with Alt,
 * Ctrl or Meta, are left alone, so calling it on a page that holds DOM charts too is harmless.
 *
 * Returns a function that removes the listeners again.
 *
 * @category Charts
 * @param root - the element (or document, or shadow root) the charts are in.
 * @returns a function that stops it.
 * @throws {TypeError} when `root` cannot take event listeners.
 * @example
 * // In a page: the markup of a chart rendered on the server, then the keys.
 * // container.innerHTML = renderToString(rankingChart, rows, { title: "收入" });
 * // const stop = enableKeyboard(container);
 * typeof enableKeyboard // => "function"
 */
export function enableKeyboard(root: Element | Document | DocumentFragment): () => void {
  if (root == null || typeof (root as Partial<EventTarget>).addEventListener !== "function") {
    throw new TypeError(`enableKeyboard: root must be an element, a document or a shadow root (something that takes event listeners); got ${root === null ? "null" : typeof root}`);
  }
  const onKey = (e: Event): void => {
    const key = e as KeyboardEvent;
    const move = Object.hasOwn(MOVES, key.key) ? MOVES[key.key] : undefined;
    if (move === undefined || key.defaultPrevented || key.altKey || key.ctrlKey || key.metaKey) return;
    const found = markOf(key.target);
    if (found === null) return;
    const marks = Array.from(found.chart.querySelectorAll(MARK));
    const at = marks.indexOf(found.mark);
    if (at < 0) return;
    key.preventDefault(); // the arrow keys would scroll the page
    focusMark(marks[move(at, marks.length - 1)]);
  };
  // No focus listeners: Chromium makes an SVG element that has any (focus, blur, focusin, focusout) a
  // Tab stop of its own, and the chart's root would come before its marks in the Tab order.
  root.addEventListener("keydown", onKey);
  return () => root.removeEventListener("keydown", onKey);
}

/** Focuses a mark, making it its chart's Tab stop first (a mark with no tabindex cannot take focus). @internal */
export function focusMark(mark: Element | undefined): void {
  const chart = mark?.closest(CHART);
  if (mark == null || chart == null) return;
  makeStop(mark, chart);
  (mark as HTMLElement | SVGElement).focus?.();
}

/** A chart's root: its SVG (inside a figure when it has one). */
const CHART = "svg.duibiao";

/** The mark an event's target is, or is in, and its chart; null when it is in none (a list item of the page is not a mark). */
function markOf(target: EventTarget | null): { mark: Element; chart: Element } | null {
  const mark = target !== null && (target as Node).nodeType === 1 ? (target as Element).closest(MARK) : null;
  const chart = mark?.closest(CHART);
  return mark == null || chart == null ? null : { mark, chart };
}

/** Makes a mark its chart's one Tab stop: tabindex 0 for it, -1 (focusable, but not by Tab) for the one before. */
function makeStop(mark: Element, chart: Element): void {
  for (const other of Array.from(chart.querySelectorAll(`${MARK}[tabindex="0"]`))) if (other !== mark) other.setAttribute("tabindex", "-1");
  if (mark.getAttribute("tabindex") !== "0") mark.setAttribute("tabindex", "0");
}
