import type { EntitySet } from "../model/entitySet.js";
import type { Unit } from "../model/unit.js";
import { displayWidth } from "../narrative/displayWidth.js";
import { formatRank } from "../narrative/formatRank.js";
import { rank as rankValues } from "../rank/rank.js";
import type { Period } from "../time/period.js";
import { field, warnOnce, layer, MARGIN, nameOf, r3, show, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { linePath } from "./_path.js";
import { s, type VNode } from "./_node.js";
import { dodge, periodAxis, periodLabels, textWidth, wrap } from "./_layout.js";
import { defineChart } from "./defineChart.js";
import { num } from "./_chartUtil.js";

/**
 * Options of {@link bumpChart}.
 *
 * @category Charts
 * @example
 * const options: BumpChartOptions<{ entity: string; period: string; levelRank: number }> = { rank: (d) => d.levelRank, highlight: "济宁高新区" };
 * options.highlight // => "济宁高新区"
 */
export interface BumpChartOptions<T = unknown> extends ChartOptions {
  /** The entity of a row. Default: `d.label`, `d.name` or `d.entity` (an entity id shows its name when `entities` is given). */
  label?: Channel<T, string>;
  /** The period of a row: a period string (`"2018-01/07"`, `"2018年1—7月"`), a `Period`, or any label. Default: `d.period`. */
  period?: Channel<T, Period | string | number>;
  /** The rank, 1 = best. Default: `d.rank` or `d.levelRank`; when no row has one, ranked per period from `value`. */
  rank?: Channel<T, number | null | undefined>;
  /** The value, for the tooltips (and the ranks when there are none). Default: `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** The subject(s) to highlight, by label or entity id. */
  highlight?: string | readonly string[];
  /** Peers to mark (a plan's near peers and far models), by label or entity id. */
  peers?: readonly string[];
  /** Unit of the values in the tooltips. Default: compact numbers (万, 亿). A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit;
  /** When ranks are computed from values: lower is better. Default false. */
  ascending?: boolean;
  /** Entity definitions, to show names for ids. */
  entities?: EntitySet;
}

const FONT = 12;
const LINE = 14;

/**
 * Ranks over time (a bump chart): one line per entity across the periods, rank 1 at the top. The
 * subject and its peers are drawn thick and on top, the rest muted. Ties are drawn as they are: entities
 * sharing a rank sit at the same height and share one end label (`=3 甲、乙`). A period without a rank
 * breaks the line. Periods in a form `parsePeriod` reads are put in time order and labelled
 * `1—7月` with the year below; other periods keep the order of the rows.
 *
 * Rows are one per entity and period, e.g. a `rankWithin` row with its period; a list of
 * `RankTable`s (one per period) is accepted as is. Each line is a list item reachable with Tab,
 * with every period's rank in its `<title>`. Labels sit at the right end for the highlighted entities,
 * and for all when there are at most 20. Runs in O(n log n) in the number of rows.
 *
 * @param rows - one row per entity and period
 * @param options - see {@link BumpChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one)
 * @category Charts
 * @example
 * const rows = [
 *   { label: "甲", period: "2017", rank: 2 }, { label: "乙", period: "2017", rank: 1 },
 *   { label: "甲", period: "2018", rank: 1 }, { label: "乙", period: "2018", rank: 2 },
 * ];
 * const svg = renderToString(bumpChart, rows, { highlight: "甲" });
 * svg.includes("2017年至2018年，甲由第2位升至第1位") // => true
 */
export const bumpChart = defineChart<any, BumpChartOptions<any>>("bumpChart", <T>(input: readonly T[], options: BumpChartOptions<T>) => {
  const locale = options.locale ?? "zh-CN";
  const data = flattenTables(input);
  const labelOf = field<T, unknown>(options.label, ["label", "name", "entity"], { chart: "bumpChart", option: "label", rows: data });
  const periodOf = field<T, unknown>(options.period, ["period"], { chart: "bumpChart", option: "period", rows: data });
  const rankOf = field<T, number | null | undefined>(options.rank, ["rank", "levelRank"], { chart: "bumpChart", option: "rank", rows: data });
  const valueOf = field<T, number | null | undefined>(options.value, ["value"], { chart: "bumpChart", option: "value", rows: data });

  // 1. Rows → periods (in time order) and entities (in order of appearance), each with a rank per period.
  const axis = periodAxis(data, periodOf, locale);
  const P = axis.keys.length;
  // (ranked: how many periods have a rank, from the first to the last)
  type Line = { key: string; label: string; order: number; ranks: Float64Array; values: Float64Array; first: number; last: number; ranked: number; cls: string };
  const byKey = new Map<string, Line>();
  const lines: Line[] = [];
  // Each line's ranks and values are views into blocks shared by 32 lines: one typed array each
  // would cost more to make than everything else done with the rows.
  let block = new Float64Array(0);
  let used = 0;
  const row = (): Float64Array => {
    if (used + P > block.length) {
      block = new Float64Array(64 * P).fill(NaN);
      used = 0;
    }
    return block.subarray(used, (used += P));
  };
  let anyRank = false;
  const at = axis.index;
  // Rows often come period by period with the entities in the same order each time: the line at the
  // same place in the period before is tried before the map (a comparison of two strings, not a lookup).
  let next = 0;
  for (let i = 0; i < data.length; i++) {
    const p = at[i];
    if (p < 0) continue;
    if (i > 0 && p !== at[i - 1]) next = 0;
    const d = data[i];
    const raw = labelOf(d, i, data);
    const key = raw == null ? "" : String(raw);
    const guess = lines[next++];
    let l = guess !== undefined && guess.key === key ? guess : byKey.get(key);
    if (l === undefined) {
      l = { key, label: nameOf(raw, options.entities, locale), order: lines.length, ranks: row(), values: row(), first: -1, last: -1, ranked: 0, cls: "" };
      byKey.set(key, l);
      lines.push(l);
    }
    const r = num(rankOf(d, i, data));
    if (l.ranks[p] === l.ranks[p] || l.values[p] === l.values[p]) {
      warnOnce(`bumpChart: more than one row for ${key} in ${axis.keys[p]}; the first is drawn`);
      continue;
    }
    if (r === r) anyRank = true;
    l.ranks[p] = r;
    l.values[p] = num(valueOf(d, i, data));
  }
  if (!anyRank) {
    for (let p = 0; p < P; p++) {
      const ranks = rankValues(
        lines.map((l) => l.values[p]),
        { order: options.ascending ? "ascending" : "descending" },
      );
      lines.forEach((l, k) => (l.ranks[p] = ranks[k]));
    }
  }
  // Ranks below 1 or infinite are no ranks. On the way: each line's first and last period, the
  // largest rank, and whether all are whole numbers.
  let maxRank = 1;
  let whole = true;
  for (const l of lines) {
    const ranks = l.ranks;
    for (let p = 0; p < P; p++) {
      const r = ranks[p];
      if (!(r >= 1 && r !== Infinity)) {
        ranks[p] = NaN;
        continue;
      }
      if (l.first < 0) l.first = p;
      l.last = p;
      l.ranked++;
      if (r > maxRank) maxRank = r;
      if (whole && r !== Math.floor(r)) whole = false;
    }
  }
  // How many share each rank in each period (ties): counted in an array indexed by rank and period
  // when the ranks are whole numbers no larger than the group (as they nearly always are), else in a map.
  const counts = whole && maxRank <= 4 * lines.length + 64 ? new Int32Array((maxRank + 1) * P) : null; // (not for sparse ranks such as 1 and 10⁶)
  const shared = new Map<string, number>();
  for (const l of lines)
    for (let p = 0; p < P; p++) {
      const r = l.ranks[p];
      if (r !== r) continue;
      if (counts !== null) counts[r * P + p]++;
      else shared.set(`${r}|${p}`, (shared.get(`${r}|${p}`) ?? 0) + 1);
    }
  const tied = (p: number, r: number) => (counts !== null ? counts[r * P + p] : (shared.get(`${r}|${p}`) ?? 0)) > 1;

  const highlight = new Set(typeof options.highlight === "string" ? [options.highlight] : (options.highlight ?? []));
  const peers = new Set(options.peers ?? []);
  const is = (set: Set<string>, l: Line) => set.has(l.key) || set.has(l.label);
  const marked = lines.some((l) => is(highlight, l) || is(peers, l));
  for (const l of lines) l.cls = is(highlight, l) ? "db-subject" : is(peers, l) ? "db-peer" : marked ? "db-muted" : "db-mark";
  const labelled = (l: Line) => lines.length <= 20 || l.cls === "db-subject" || l.cls === "db-peer";
  // Ranks repeat (at most one text per rank and tie state): format each once.
  const rankTexts = new Map<number, string>();
  const rankText = (p: number, r: number) => {
    const key = tied(p, r) ? -r : r;
    let text = rankTexts.get(key);
    if (text === undefined) rankTexts.set(key, (text = formatRank(r, { locale, tied: key < 0 })));
    return text;
  };
  const short = (p: number, r: number) => `${tied(p, r) ? "=" : ""}${r}`;
  // Final order: by the rank in the last period each has, then as given.
  const finalRank = new Float64Array(lines.length);
  for (const l of lines) finalRank[l.order] = l.last < 0 ? Infinity : (P - 1 - l.last) * 1e9 + l.ranks[l.last];
  const ordered = [...lines].sort((a, b) => finalRank[a.order] - finalRank[b.order] || a.order - b.order);

  // 2. End labels: one per rank of the last period (tied entities combined), dodged apart.
  const width = options.width ?? 640;
  const last = P - 1;
  const maxLabel = Math.max(80, width * 0.36);
  type Block = { y: number; lines: string[]; width: number; subject: boolean; x: number };
  const groups = new Map<number, Line[]>();
  const stray: Line[] = [];
  for (const l of ordered) {
    if (!labelled(l) || l.last < 0) continue;
    if (l.last === last) {
      const r = l.ranks[last];
      const g = groups.get(r);
      if (g === undefined) groups.set(r, [l]);
      else g.push(l);
    } else stray.push(l);
  }
  const blocks: (Block & { rank: number })[] = [];
  for (const [r, g] of groups) {
    const subject = g.some((l) => is(highlight, l));
    const text = wrap(`${short(last, r)} `, g.map((l) => l.label), locale === "en" ? ", " : "、", maxLabel, subject);
    blocks.push({ rank: r, y: 0, lines: text, width: Math.max(...text.map((t) => textWidth(t, subject))), subject, x: 0 });
  }
  const rankWidth = displayWidth(String(maxRank)) * FONT;
  const right = Math.min(width * 0.4, Math.max(MARGIN.right, ...blocks.map((b) => b.width + 16)));

  // 3. Scales and dimensions.
  const step = maxRank <= 20 ? 26 : maxRank <= 40 ? 16 : 0;
  const top = MARGIN.top + 10;
  const bottom = 8 + LINE + (axis.years ? LINE : 0) + 6;
  const height = options.height ?? (step > 0 ? Math.max(160, top + (maxRank - 1) * step + bottom + 6) : 480);
  const tickHalf = axis.ticks.length ? (displayWidth(axis.ticks[0]) * FONT) / 2 : 0;
  const left = MARGIN.left + Math.max(rankWidth + 10, tickHalf - 10);
  // The periods evenly spaced (one period in the middle), and the ranks too, each step a whole tenth of a
  // pixel across and a whole hundredth down: the curves are written relative (see _path.ts), so their
  // steps then take few digits — "42.8" rather than "42.807" — a fifth fewer characters in a big
  // chart's paths. The last period and the last rank move by 2 px at the most (else the steps stay exact).
  const [x0, x1] = [left + 10, width - right - 6];
  const xStep = P > 1 ? snap((x1 - x0) / (P - 1), P - 1, 10) : 0;
  const rankStep = snap((height - bottom - 6 - top) / (Math.max(2, maxRank) - 1), Math.max(2, maxRank) - 1, 100);
  const y = (r: number): number => top + (r - 1) * rankStep;

  // 4. Layers.
  const title = options.title ?? (locale === "en" ? "Ranks over time" : "位次变化");
  const xs = Float64Array.from(axis.keys, (_, p) => (P > 1 ? x0 + xStep * p : x0 + (x1 - x0) * 0.5)); // each period's x, read from here on
  const grid = s(
    "g",
    { class: "db-grid db-axis", "aria-hidden": "true" },
    axis.keys.map((_, p) => s("line", { x1: xs[p], x2: xs[p], y1: top - 4, y2: height - bottom })),
    rankTicks(maxRank, y).map((r) => s("text", { x: left - 4, y: y(r), dy: "0.35em", "text-anchor": "end" }, String(r))),
    periodLabels(axis, (p) => xs[p], height - bottom + 4 + LINE - 3),
  );
  const dots = lines.length <= 40;
  const ys = new Float64Array(P); // one line's heights at a time
  const drawOrder = [...ordered].sort((a, b) => layer(a.cls) - layer(b.cls));
  const marks = s(
    "g",
    { role: "list", "aria-label": title },
    drawOrder.map((l) => {
      const cls = l.cls;
      const strong = cls === "db-subject" || cls === "db-peer";
      const f = l.first;
      const e = l.last;
      const ranks = l.ranks;
      for (let p = 0; p < P; p++) ys[p] = ranks[p] === ranks[p] ? y(ranks[p]) : NaN;
      const d = f < 0 ? null : linePath(xs, ys, "bumpX");
      const tip = f < 0 ? `${l.label}: ${formatRank(NaN)}` : f === e ? `${l.label}: ${axis.full[f]} ${rankText(f, l.ranks[f])}` : `${l.label}: ${axis.full[f]} ${rankText(f, l.ranks[f])} → ${axis.full[e]} ${rankText(e, l.ranks[e])}`;
      // Every period's rank and value in the tooltip — for all lines of a small group, for the
      // highlighted ones of a big one (as with the dots); the data table has every line's ranks.
      let detail = "";
      if ((dots || strong) && f >= 0) {
        for (let p = f; p <= e; p++) {
          const r = l.ranks[p];
          if (r === r) detail += `\n${axis.full[p]}: ${rankText(p, r)}${l.values[p] === l.values[p] ? ` (${show(l.values[p], options.unit, locale)})` : ""}`;
        }
      }
      // A dot on every point of a small group's lines and of the highlighted ones; elsewhere only on
      // a point standing alone (no line through it).
      const circles: VNode[] = [];
      const alone = f === e || l.ranked < e - f + 1; // a point alone: the only one, or next to a gap
      for (let p = f; p >= 0 && p <= e && (dots || strong || alone); p++) {
        if (ys[p] === ys[p] && (dots || strong || !((p > 0 && ys[p - 1] === ys[p - 1]) || (p + 1 < P && ys[p + 1] === ys[p + 1])))) circles.push(s("circle", { cx: xs[p], cy: ys[p], r: strong ? 4 : 2.5 }));
      }
      return s(
        "g",
        { class: `db-line ${cls}`, role: "listitem", "aria-label": detail ? tip : undefined, "data-key": l.key }, // the title is the name when it has no detail
        s("title", {}, tip + detail),
        d ? s("path", { d, fill: "none" }) : null, // width, joins and caps come from the style sheet (by class)
        circles,
      );
    }),
  );
  for (const b of blocks) b.y = y(b.rank);
  const placed = dodge(
    blocks.map((b) => ({ y: b.y, h: b.lines.length * LINE })),
    top - 6,
    height - bottom,
  );
  const xEnd = xs[last];
  const labels = s(
    "g",
    { class: "db-labels", "aria-hidden": "true" },
    blocks.flatMap((b, k) => {
      const y0 = placed[k] - ((b.lines.length - 1) * LINE) / 2;
      const moved = Math.abs(placed[k] - b.y) > 2 || b.lines.length > 1;
      return [
        moved ? s("path", { d: `M${r3(xEnd + 5)},${r3(b.y)}L${r3(xEnd + 11)},${r3(placed[k])}`, fill: "none", stroke: "currentColor", "stroke-opacity": 0.4 }) : null,
        s(
          "text",
          { x: xEnd + 12, y: y0, dy: "0.35em", "font-weight": b.subject ? 700 : undefined },
          b.lines.length === 1 ? b.lines[0] : b.lines.map((t, i) => s("tspan", { x: xEnd + 12, dy: i === 0 ? undefined : LINE }, t)),
        ),
      ];
    }),
    stray.map((l) => {
      const p = l.last;
      return s("text", { x: xs[p] + 6, y: y(l.ranks[p]) - 6, "font-weight": is(highlight, l) ? 700 : undefined }, `${short(p, l.ranks[p])} ${l.label}`);
    }),
  );

  // 5. Words: the description and the table.
  const subject = lines.find((l) => is(highlight, l) && l.first >= 0);
  const n = lines.filter((l) => l.first >= 0).length;
  let description = options.description;
  if (description === undefined && P > 0) {
    if (subject) {
      const f = subject.first;
      const e = subject.last;
      const r0 = subject.ranks[f];
      const r1 = subject.ranks[e];
      const rs = Array.from(subject.ranks).filter((r) => r === r);
      const best = Math.min(...rs);
      const worst = Math.max(...rs);
      const above = best < Math.min(r0, r1);
      const below = worst > Math.max(r0, r1);
      if (locale === "en") {
        const verb = r1 < r0 ? `rose from ${rankText(f, r0)} to ${rankText(e, r1)}` : r1 > r0 ? `fell from ${rankText(f, r0)} to ${rankText(e, r1)}` : `was ${rankText(e, r1)} both`;
        description =
          f === e
            ? `${subject.label} ranked ${rankText(e, r1)} in ${axis.full[e]} among ${n} units.`
            : `${subject.label} ${verb} between ${axis.full[f]} and ${axis.full[e]} among ${n} units${above || below ? ` (${[above ? `best ${formatRank(best, { locale })}` : "", below ? `worst ${formatRank(worst, { locale })}` : ""].filter(Boolean).join(", ")} in between)` : ""}.`;
      } else {
        const verb = r1 < r0 ? `由${rankText(f, r0)}升至${rankText(e, r1)}` : r1 > r0 ? `由${rankText(f, r0)}降至${rankText(e, r1)}` : `首尾均居${rankText(e, r1)}`;
        description =
          f === e
            ? `${axis.full[e]}，${subject.label}居${rankText(e, r1)}（共${n}个单位）。`
            : `${axis.full[f]}至${axis.full[e]}，${subject.label}${verb}（共${n}个单位${above || below ? `，期间${[above ? `最高第${best}位` : "", below ? `最低第${worst}位` : ""].filter(Boolean).join("、")}` : ""}）。`;
      }
    } else {
      const leaders = lines.filter((l) => l.ranks[last] === 1).map((l) => l.label);
      description =
        locale === "en"
          ? `Ranks of ${n} units from ${axis.full[0]} to ${axis.full[last]}${leaders.length ? `; ${leaders.join(", ")} ${rankText(last, 1)} in ${axis.full[last]}` : ""}.`
          : `${n}个单位${axis.full[0]}至${axis.full[last]}的位次变化${leaders.length ? `，${axis.full[last]}居${rankText(last, 1)}的是${leaders.join("、")}` : ""}。`;
    }
  }
  description ??= locale === "en" ? "No data." : "无数据。";
  const table = {
    head: [locale === "en" ? "Unit" : "单位", ...axis.full],
    rows: () => ordered.map((l) => [l.label, ...Array.from(l.ranks, (r, p) => rankText(p, r))]), // made for a figure only
    size: ordered.length,
  };
  return frame("bump", options, { width, height }, { title, description }, table, [grid, marks, labels]);
});

/** Rows of a list of rank tables (`rankWithin` results), each with its table's period. */
function flattenTables<T>(data: readonly T[]): readonly T[] {
  let tables = false;
  for (let i = 0; i < data.length && !tables; i++) tables = isTable(data[i]); // (a loop: this reads every row)
  if (!tables) return data;
  const out: T[] = [];
  for (const d of data) {
    if (isTable(d)) for (const r of d.rows) out.push({ ...(r as object), period: d.period } as T);
    else out.push(d);
  }
  return out;
}

/** A rank table with its period (a `rankWithin` result). */
function isTable(d: unknown): d is { rows: readonly unknown[]; period: unknown } {
  return d !== null && typeof d === "object" && Array.isArray((d as { rows?: unknown }).rows) && "period" in d;
}

/** A step rounded down to a whole 1/per, unless n such steps then fall more than 2 px short of n exact ones. */
function snap(step: number, n: number, per: number): number {
  const snapped = Math.floor(step * per) / per;
  return n * (step - snapped) <= 2 ? snapped : step;
}

/** Rank numbers on the left: every rank when they fit, else round steps (1 always). */
function rankTicks(maxRank: number, y: (r: number) => number): number[] {
  const room = Math.abs(y(2) - y(1));
  const every = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].find((k) => k * room >= LINE) ?? Math.ceil(LINE / room);
  const out = [1];
  for (let r = every; r <= maxRank; r += every) if (r > 1) out.push(r);
  return out;
}
