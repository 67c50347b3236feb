import { scaleLinear } from "./_scale.js";
import { keyword } from "../_internal/keyword.js";
import { typeError } from "../_internal/errors.js";
import type { EntitySet } from "../model/entitySet.js";
import { findUnit, type Unit } from "../model/unit.js";
import { displayWidth } from "../narrative/displayWidth.js";
import { formatRank } from "../narrative/formatRank.js";
import { rank as rankValues } from "../rank/rank.js";
import { field, MARGIN, nameOf, r3, show, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { fit, textWidth } from "./_layout.js";
import { rectPath, s, translate } from "./_node.js";
import { defineChart } from "./defineChart.js";
import { num } from "./_chartUtil.js";

/**
 * Options of {@link rankingChart}.
 *
 * @category Charts
 * @example
 * const options: RankingChartOptions<{ name: string; revenue: number }> = { label: (d) => d.name, value: (d) => d.revenue, highlight: "济宁高新区", cutoff: 30 };
 * options.cutoff // => 30
 */
export interface RankingChartOptions<T = unknown> extends ChartOptions {
  /** The label of a row. Default: `d.label`, `d.name` or `d.entity` (an entity id shows its name when `entities` is given). */
  label?: Channel<T, string>;
  /** The value. Default: `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** The rank. Default: `d.levelRank` or `d.rank`, else computed (ties share the best rank). */
  rank?: Channel<T, number>;
  /** The subject(s) to highlight, by label or entity id. */
  highlight?: string | readonly string[];
  /** Peers to mark (a plan's near peers and far models), by label or entity id. */
  peers?: readonly string[];
  /** Draw a line after this rank (e.g. 30 for 前30强). */
  cutoff?: number;
  /** Unit of the values, for their labels (亿元, 万美元 …). Default: compact numbers (万, 亿). A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit;
  /** `"bar"` (default) or `"lollipop"`. */
  mark?: "bar" | "lollipop";
  /** Lower is better: rank ascending. Default false. */
  ascending?: boolean;
  /** Entity definitions, to show names for ids. */
  entities?: EntitySet;
}

const ROW = 18;
/** Where a 12px text's baseline sits below its middle: 0.35em, as dy="0.35em" would put it. */
const BASELINE = 4.2;

/**
 * A ranking of one indicator across a peer group: horizontal bars (or lollipops) in rank order, rank
 * numbers, the subject highlighted, a plan's peers marked and an optional cut-off line (the top-30
 * boundary). Accepts plain rows, or a `rankWithin` result directly. Each bar is a list item
 * reachable with Tab, with its tooltip in a `<title>`.
 *
 * @param rows - one row per entity
 * @param options - see {@link RankingChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one)
 * @category Charts
 * @example
 * const svg = renderToString(rankingChart, [{ label: "甲", value: 3 }, { label: "乙", value: 5 }], { highlight: "甲" });
 * svg.includes("第2位") // => true
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by the accessors the caller passes
export const rankingChart = defineChart<any, RankingChartOptions<any>>("rankingChart", <T>(data: readonly T[], options: RankingChartOptions<T>) => {
  const locale = options.locale ?? "zh-CN";
  const mark = keyword("rankingChart", options.mark, "mark", ["bar", "lollipop"], "bar");
  const cutoff = options.cutoff;
  if (cutoff !== undefined && !(typeof cutoff === "number" && cutoff >= 1 && Number.isInteger(cutoff))) typeError("rankingChart", "cutoff must be a whole rank, 1 or more (30 for 前30强)", cutoff);
  const labelOf = field<T, unknown>(options.label, ["label", "name", "entity"], { chart: "rankingChart", option: "label", rows: data });
  const valueOf = field<T, number | null | undefined>(options.value, ["value"], { chart: "rankingChart", option: "value", rows: data });
  const given = field<T, number>(options.rank, ["levelRank", "rank"], { chart: "rankingChart", option: "rank", rows: data });
  const rows = data.map((d, i) => {
    const raw = labelOf(d, i, data);
    const key = raw == null ? "" : String(raw);
    const value = num(valueOf(d, i, data));
    return { key, label: nameOf(raw, options.entities, locale), value, text: show(value, options.unit, locale), rank: num(given(d, i, data)), rankText: "" };
  });
  if (rows.some((r) => r.rank !== r.rank)) {
    const ranks = rankValues(rows.map((r) => r.value), { order: options.ascending ? "ascending" : "descending" });
    rows.forEach((r, k) => (r.rank = ranks[k]));
  }
  const ranked = rows.filter((r) => r.rank === r.rank).sort((a, b) => a.rank - b.rank);
  const missing = rows.filter((r) => r.rank !== r.rank);
  const all = [...ranked, ...missing];
  const tied = new Map<number, number>();
  for (const r of ranked) tied.set(r.rank, (tied.get(r.rank) ?? 0) + 1);
  const rankTexts = new Map<number, string>();
  for (const r of all) {
    const isTied = (tied.get(r.rank) ?? 0) > 1;
    const k = isTied ? -r.rank : r.rank;
    let t = rankTexts.get(k);
    if (t === undefined) rankTexts.set(k, (t = formatRank(r.rank, { locale, tied: isTied })));
    r.rankText = t;
  }
  const highlight = new Set(typeof options.highlight === "string" ? [options.highlight] : (options.highlight ?? []));
  const peers = new Set(options.peers ?? []);
  const is = (set: Set<string>, r: { key: string; label: string }) => set.has(r.key) || set.has(r.label);

  const width = options.width ?? 640;
  const font = 12;
  // Widest label and value, and the value range, in plain loops (no spread of thousands of arguments).
  let widestLabel = 40;
  let widestValue = 0;
  for (const r of all) {
    widestLabel = Math.max(widestLabel, textWidth(r.label, is(highlight, r)));
    widestValue = Math.max(widestValue, displayWidth(r.text) * font);
  }
  let lo = 0;
  let hi = 0;
  for (const r of ranked) {
    if (!Number.isFinite(r.value)) continue;
    if (r.value < lo) lo = r.value;
    if (r.value > hi) hi = r.value;
  }
  const labelWidth = Math.min(width * 0.4, widestLabel + 8);
  const rankWidth = displayWidth(`=${all.length}`) * font + 10; // "=2" for a tie
  const valueWidth = widestValue + 8;
  const height = options.height ?? MARGIN.top + all.length * ROW + MARGIN.bottom;
  const x0 = MARGIN.left + rankWidth + labelWidth;
  const x = scaleLinear()
    .domain([lo, hi])
    .range([x0, width - MARGIN.right - valueWidth])
    .nice();
  const y = (k: number) => MARGIN.top + k * ROW;

  const title = options.title ?? (locale === "en" ? "Ranking" : "排名");
  const what = options.title === undefined ? "" : options.title;
  const subject = all.find((r) => is(highlight, r));
  const description =
    options.description ??
    (locale === "en"
      ? `${ranked.length} ${ranked.length === 1 ? "unit" : "units"} ranked${what ? ` by ${what}` : ""}${subject ? `; ${subject.label} ranks ${formatRank(subject.rank, { locale, tied: (tied.get(subject.rank) ?? 0) > 1 })} with ${show(subject.value, options.unit, locale)}` : ""}${missing.length ? `; no data for ${missing.map((r) => r.label).join(", ")}` : ""}.`
      : `${ranked.length}个单位${what}排名${subject ? `，${subject.label}${show(subject.value, options.unit, locale)}，居${formatRank(subject.rank, { tied: (tied.get(subject.rank) ?? 0) > 1 })}` : ""}${missing.length ? `；${missing.map((r) => r.label).join("、")}无数据` : ""}。`);

  // Rates keep their unit on the axis (7.3%); amounts are written compactly (万, 亿), their unit on the labels.
  const ratio = options.unit !== undefined && findUnit(options.unit)?.dimension === "ratio";
  const ticks = x.ticks(Math.max(2, Math.floor((width - x0) / 80)));
  const grid = s(
    "g",
    { class: "db-grid db-axis", "aria-hidden": "true" },
    ticks.map((t) =>
      s("g", { transform: translate(x(t), 0) }, s("line", { y1: MARGIN.top, y2: height - MARGIN.bottom + 4 }), s("text", { y: height - MARGIN.bottom + 16, "text-anchor": "middle" }, show(t, ratio ? options.unit : undefined, locale))),
    ),
  );
  const ox = r3(x0 - 6); // each bar's origin: the right edge of its label, on the text's baseline
  const rankX = r3(MARGIN.left + rankWidth - 6 - ox);
  const marks = s(
    "g",
    // Bars are of the mark colour unless their own class (subject, peer) says otherwise: the class,
    // and the texts' anchors, come from the list and the style sheet rather than from attributes on
    // each of thousands of bars.
    { role: "list", "aria-label": title, class: "db-bars db-mark" },
    all.map((r, k) => {
      const cls = is(highlight, r) ? "db-subject" : is(peers, r) ? "db-peer" : "db-mark";
      const isTied = (tied.get(r.rank) ?? 0) > 1;
      const tip = `${r.label}: ${r.text}, ${r.rankText}`;
      // Each bar is drawn in its row's frame: the origin on the text baseline, half a row down (the
      // baseline is set in px rather than with dy="0.35em" on every text: one attribute fewer a text).
      // x is measured from the labels' right edge (the origin), so the label needs no x of its own.
      const v = (Number.isFinite(r.value) ? x(r.value) : x0) - ox;
      const zero = x(0) - ox;
      const mid = -BASELINE; // the row's middle
      // (A bar is one element, not a list of one: the bar's children are then a flat list, used as it is.)
      const bar = !Number.isFinite(r.value)
        ? null
        : mark === "lollipop"
          ? [s("line", { x1: zero, x2: v, y1: mid, y2: mid, "stroke-width": 2 }), s("circle", { cx: v, cy: mid, r: 4 })]
          : s("path", { d: rectPath(Math.min(zero, v), mid - ROW / 2 + 2, Math.abs(v - zero), ROW - 4) }); // one attribute, not a <rect>'s four
      return s(
        "g",
        { class: cls === "db-mark" ? undefined : cls, transform: translate(ox, y(k) + ROW / 2 + BASELINE), role: "listitem", "data-key": r.key },
        s("title", {}, tip),
        s("text", { x: rankX }, Number.isFinite(r.rank) ? `${isTied ? "=" : ""}${r.rank}` : "–"), // right-aligned, muted (style sheet)
        s("text", {}, fit(r.label, labelWidth - 8, cls === "db-subject")), // right-aligned, bold for the subject (style sheet)
        bar,
        // A negative value's label goes right of the zero line, clear of its bar (which runs left).
        s("text", { x: (r.value < 0 ? zero : v) + 4 }, r.text),
      );
    }),
  );
  const cutoffLine =
    cutoff !== undefined && ranked.some((r) => r.rank > cutoff)
      ? (() => {
          const k = ranked.findIndex((r) => r.rank > cutoff);
          const yy = y(k);
          const label = locale === "en" ? `top ${cutoff}` : `前${cutoff}位`;
          return s("g", { class: "db-cutoff", "aria-hidden": "true" }, s("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: yy, y2: yy }), s("text", { x: width - MARGIN.right, y: yy - 3, "text-anchor": "end", class: "db-note" }, label));
        })()
      : null;
  const table = {
    head: locale === "en" ? ["Unit", "Value", "Rank"] : ["单位", "数值", "位次"],
    rows: () => all.map((r) => [r.label, r.text, r.rankText]), // made for a figure only
    size: all.length,
  };
  return frame("ranking", options, { width, height }, { title, description }, table, [grid, marks, cutoffLine]);
});
