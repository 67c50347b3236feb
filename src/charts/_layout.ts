import { displayWidth } from "../narrative/displayWidth.js";
import { formatPeriodLabel } from "../narrative/formatPeriodLabel.js";
import { comparePeriods } from "../time/comparePeriods.js";
import { formatPeriod, periodKey } from "../time/formatPeriod.js";
import { tryParsePeriod } from "../time/parsePeriod.js";
import { isPeriod, type Period } from "../time/period.js";
import { s, type VNode } from "./_node.js";

/**
 * Text and axis layout shared by the charts: label widths, ellipsis, label dodging, line wrapping,
 * and the period axis.
 * @internal
 */
const FONT = 12;
const LINE = 14;

/**
 * Writes `prefix` + the names joined with `sep`, wrapped into lines no wider than `max` px; a name too
 * long for a line is broken at spaces, or between characters when it has none.
 * @internal
 */
export function wrap(prefix: string, names: readonly string[], sep: string, max: number, bold = false): string[] {
  const fits = (text: string) => textWidth(text, bold) <= max;
  const atoms: { text: string; join: string }[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const words = name.includes(" ") ? name.split(" ") : fits(name) ? [name] : Array.from(name);
    const space = name.includes(" ") ? " " : "";
    let piece = "";
    const pieces: string[] = [];
    for (const w of words) {
      const next = piece === "" ? w : piece + space + w;
      if (piece !== "" && !fits(`  ${next}`)) {
        pieces.push(piece);
        piece = w;
      } else piece = next;
    }
    pieces.push(piece);
    for (let k = 0; k < pieces.length; k++) atoms.push({ text: pieces[k], join: k > 0 ? space : i > 0 ? sep : "" });
  }
  const out: string[] = [];
  let cur = prefix;
  let empty = true;
  for (const a of atoms) {
    const next = empty ? cur + a.text : cur + a.join + a.text;
    if (!empty && !fits(next)) {
      out.push(cur + a.join.trimEnd());
      cur = `  ${a.text}`;
    } else cur = next;
    empty = false;
  }
  out.push(cur);
  return out;
}

/**
 * The width of a label in px at 12px: `displayWidth` with some room for wider fonts (DejaVu
 * Sans on Linux) and bold.
 * @internal
 */
export function textWidth(text: string, bold = false): number {
  return displayWidth(text) * FONT * (bold ? 1.25 : 1.12);
}

/**
 * Shortens `text` with an ellipsis to at most `max` px (the full text stays in the tooltip and the table).
 * @internal
 */
export function fit(text: string, max: number, bold = false): string {
  if (textWidth(text, bold) <= max) return text;
  const room = max / textWidth("x", bold) * displayWidth("x") - 1;
  let used = 0;
  let out = "";
  for (const ch of text) {
    used += displayWidth(ch);
    if (used > room) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Nudges labels apart: centres `y`, heights `h`, kept within [min, max] and in order, each moved as
 * little as a forward and a backward pass allow. O(n log n).
 * @internal
 */
export function dodge(items: readonly { y: number; h: number }[], min: number, max: number): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a].y - items[b].y || a - b);
  const pos = new Array<number>(items.length);
  let floor = min;
  for (const i of order) {
    const h = items[i].h;
    pos[i] = Math.max(items[i].y, floor + h / 2);
    floor = pos[i] + h / 2;
  }
  let ceil = max;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const h = items[i].h;
    if (pos[i] + h / 2 > ceil) pos[i] = ceil - h / 2;
    ceil = pos[i] - h / 2;
  }
  return pos;
}

/** Periods of the rows: keys in time order, full labels, axis labels and the year row. @internal */
export interface PeriodAxis {
  /** Canonical keys (periodKey when the period parses), in time order. */
  readonly keys: readonly string[];
  /** The rows' period indices (-1 when missing). */
  readonly index: Int32Array;
  /** As in a sentence, with the year: 2018年1—7月份, January–July 2018. */
  readonly full: readonly string[];
  /** Short, for the axis: 1—7月, 2018年. */
  readonly ticks: readonly string[];
  /** The year under the first period of each year, when periods are parts of years. */
  readonly years: readonly (string | undefined)[] | undefined;
}

/** @internal */
export function periodAxis<T>(data: readonly T[], periodOf: (d: T, i: number, data: readonly T[]) => unknown, locale: "zh-CN" | "en"): PeriodAxis {
  // Each distinct period gets a slot as it is first seen (a raw value is parsed once); rows get slots,
  // then slots become positions in time order. Rows of one period often come together: the last
  // row's slot is tried first.
  const slotOfRaw = new Map<unknown, number>();
  const slotOfKey = new Map<string, number>();
  const seen: string[] = [];
  const parsed: (Period | undefined)[] = [];
  const index = new Int32Array(data.length);
  let lastRaw: unknown = slotOfRaw; // (no row holds this)
  let lastSlot = -1;
  for (let i = 0; i < data.length; i++) {
    const r = periodOf(data[i], i, data);
    if (r !== lastRaw) {
      lastRaw = r;
      if (r == null || r === "") lastSlot = -1;
      else {
        let slot = slotOfRaw.get(r);
        if (slot === undefined) {
          const p = isPeriod(r) ? r : tryParsePeriod(String(r));
          const k = p ? periodKey(p) : String(r);
          slot = slotOfKey.get(k);
          if (slot === undefined) {
            slot = seen.length;
            seen.push(k);
            parsed.push(p);
            slotOfKey.set(k, slot);
          }
          slotOfRaw.set(r, slot);
        }
        lastSlot = slot;
      }
    }
    index[i] = lastSlot;
  }
  const all = parsed.every((p) => p !== undefined);
  const order = seen.map((_, slot) => slot);
  if (all) order.sort((a, b) => comparePeriods(parsed[a]!, parsed[b]!));
  const keys = order.map((slot) => seen[slot]);
  const position = new Int32Array(seen.length);
  order.forEach((slot, k) => (position[slot] = k));
  for (let i = 0; i < index.length; i++) if (index[i] >= 0) index[i] = position[index[i]];
  if (!all) return { keys, index, full: keys, ticks: keys, years: undefined };
  const ps = order.map((slot) => parsed[slot]!);
  const full = ps.map((p) => formatPeriodLabel(p, { locale, year: true }));
  const ticks = ps.map((p) => (p.kind === "year" ? formatPeriod(p, { locale }) : formatPeriod(p, { locale, year: false })));
  const years = ps.some((p) => p.kind !== "year") ? ps.map((p, i) => (i === 0 || ps[i - 1].year !== p.year ? (locale === "en" ? `${p.year}` : `${p.year}年`) : undefined)) : undefined;
  return { keys, index, full, ticks, years };
}

/**
 * Period labels under the plot, never overlapping: the first period of each year (with its year on a
 * second row) and the last period first, then the others at a regular step within each year.
 * @internal
 */
export function periodLabels(axis: PeriodAxis, x: (p: number) => number, y: number): VNode[] {
  const n = axis.ticks.length;
  if (n === 0) return [];
  const w = axis.ticks.map((t) => textWidth(t));
  const start = new Int32Array(n);
  for (let i = 1; i < n; i++) start[i] = axis.years?.[i] !== undefined ? i : start[i - 1];
  const gap = (i: number, j: number) => Math.abs(x(i) - x(j)) - (w[i] + w[j]) / 2;
  let k = 1;
  while (k < n && Array.from({ length: n - k }, (_, i) => i).some((i) => start[i + k] === start[i] && gap(i, i + k) < 8)) k++;
  const shown: number[] = [];
  const take = (i: number) => {
    if (!shown.includes(i) && shown.every((j) => gap(i, j) >= 8)) shown.push(i);
  };
  for (let i = 0; i < n; i++) if (start[i] === i) take(i);
  take(n - 1);
  for (let i = 0; i < n; i++) if ((i - start[i]) % k === 0) take(i);
  shown.sort((a, b) => a - b);
  const out = shown.map((i) => s("text", { x: x(i), y, "text-anchor": "middle" }, axis.ticks[i]));
  if (axis.years) {
    let end = -Infinity;
    axis.years.forEach((t, i) => {
      if (t === undefined) return;
      const half = (displayWidth(t) * FONT) / 2;
      if (x(i) - half < end + 8) return;
      end = x(i) + half;
      out.push(s("text", { x: x(i), y: y + LINE, "text-anchor": "middle" }, t));
    });
  }
  return out;
}
