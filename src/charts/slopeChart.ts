import { scaleLinear } from "./_scale.js";
import { keyword } from "../_internal/keyword.js";
import type { EntitySet } from "../model/entitySet.js";
import type { Unit } from "../model/unit.js";
import { formatRank } from "../narrative/formatRank.js";
import { rank as rankValues } from "../rank/rank.js";
import { formatPeriod, periodKey } from "../time/formatPeriod.js";
import { tryParsePeriod } from "../time/parsePeriod.js";
import { isPeriod, type Period } from "../time/period.js";
import { field, layer, MARGIN, nameOf, r3, show, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { s } from "./_node.js";
import { dodge, fit, periodAxis, textWidth } from "./_layout.js";
import { defineChart } from "./defineChart.js";
import { num } from "./_chartUtil.js";

/**
 * Options of {@link slopeChart}.
 *
 * @category Charts
 * @example
 * const options: SlopeChartOptions<{ name: string; period: string; revenue: number }> = { value: (d) => d.revenue, periods: ["2017-01/07", "2018-01/07"], mode: "rank" };
 * options.mode // => "rank"
 */
export interface SlopeChartOptions<T = unknown> extends ChartOptions {
  /** The entity of a row. Default: `d.label`, `d.name` or `d.entity` (an entity id shows its name when `entities` is given). */
  label?: Channel<T, string>;
  /** The period of a row: a period string, a `Period`, or any label. Default: `d.period`. */
  period?: Channel<T, Period | string | number>;
  /** The value. Default: `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** The rank, for `mode: "rank"`. Default: `d.rank` or `d.levelRank`; when no row has one, ranked per period from `value`. */
  rank?: Channel<T, number | null | undefined>;
  /** Compare the values (`"value"`, default) or the ranks (`"rank"`, rank 1 at the top). */
  mode?: "value" | "rank";
  /** The two periods compared. Default: the earliest and the latest in the rows. */
  periods?: readonly [Period | string | number, Period | string | number];
  /** The subject(s) to highlight, by label or entity id. */
  highlight?: string | readonly string[];
  /** Peers to mark (a plan's near peers and far models), by label or entity id. */
  peers?: readonly string[];
  /** Unit of the values (亿元, 万美元 …). Default: compact numbers (万, 亿). A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit;
  /** When ranks are computed from values: lower is better. Default false. */
  ascending?: boolean;
  /** Entity definitions, to show names for ids. */
  entities?: EntitySet;
}

const LINE = 14;

/**
 * Two periods side by side (a slope chart): one line per entity from its value — or rank — in the
 * first period to that in the second, labelled on both sides; the subject and its peers drawn thick
 * and on top, the rest muted. Labels that would overlap are nudged apart (with a short leader), the
 * points stay where the data put them, so tied ranks share a height. An entity present in only one
 * of the periods gets a dot, no line. Each entity is a list item reachable with Tab, with both values
 * in its `<title>`.
 *
 * @param rows - one row per entity and period (rows of other periods are ignored)
 * @param options - see {@link SlopeChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when `mode` is not "value" or "rank", or there is no document (use {@link renderToString} in Node without one)
 * @category Charts
 * @example
 * const rows = [
 *   { label: "甲", period: "2017", value: 5 }, { label: "乙", period: "2017", value: 8 },
 *   { label: "甲", period: "2018", value: 9 }, { label: "乙", period: "2018", value: 7 },
 * ];
 * const svg = renderToString(slopeChart, rows, { highlight: "甲", mode: "rank" });
 * svg.includes("2017年至2018年，甲由第2位升至第1位") // => true
 */
export const slopeChart = defineChart<any, SlopeChartOptions<any>>("slopeChart", <T>(data: readonly T[], options: SlopeChartOptions<T>) => {
  const locale = options.locale ?? "zh-CN";
  const mode = keyword("slopeChart", options.mode, "mode", ["value", "rank"], "value");
  const labelOf = field<T, unknown>(options.label, ["label", "name", "entity"], { chart: "slopeChart", option: "label", rows: data });
  const periodOf = field<T, unknown>(options.period, ["period"], { chart: "slopeChart", option: "period", rows: data });
  const valueOf = field<T, number | null | undefined>(options.value, ["value"], { chart: "slopeChart", option: "value", rows: data });
  const rankOf = field<T, number | null | undefined>(options.rank, ["rank", "levelRank"], { chart: "slopeChart", option: "rank", rows: data });

  // 1. The two periods, and per entity its value and rank in each.
  const axis = periodAxis(data, periodOf, locale);
  const keyOf = (p: unknown) => {
    const q = isPeriod(p) ? p : tryParsePeriod(String(p));
    return q ? periodKey(q) : String(p);
  };
  const [ka, kb] = options.periods ? [keyOf(options.periods[0]), keyOf(options.periods[1])] : [axis.keys[0], axis.keys[axis.keys.length - 1]];
  const ia = axis.keys.indexOf(ka);
  const ib = axis.keys.indexOf(kb);
  const side = (p: number): -1 | 0 | 1 => (p < 0 ? -1 : p === ia ? 0 : p === ib ? 1 : -1);
  type Item = { key: string; label: string; order: number; value: [number, number]; rank: [number, number] };
  const byKey = new Map<string, Item>();
  const items: Item[] = [];
  let anyRank = false;
  data.forEach((d, i) => {
    const k = side(axis.index[i]);
    const raw = labelOf(d, i, data);
    const key = raw == null ? "" : String(raw);
    let it = byKey.get(key);
    if (it === undefined) {
      it = { key, label: nameOf(raw, options.entities, locale), order: items.length, value: [NaN, NaN], rank: [NaN, NaN] };
      byKey.set(key, it);
      items.push(it);
    }
    if (k === -1) return;
    const v = num(valueOf(d, i, data));
    const r = mode === "rank" ? num(rankOf(d, i, data)) : NaN;
    if (it.value[k] === it.value[k] || it.rank[k] === it.rank[k]) return; // first row wins
    it.value[k] = Number.isFinite(v) ? v : NaN;
    it.rank[k] = r >= 1 && Number.isFinite(r) ? r : NaN;
    if (it.rank[k] === it.rank[k]) anyRank = true;
    if (ia === ib) {
      it.value[1] = it.value[0];
      it.rank[1] = it.rank[0];
    }
  });
  // Entities seen only in other periods are not drawn.
  const drawn = items.filter((it) => it.value.some((v) => v === v) || it.rank.some((r) => r === r));
  if (mode === "rank" && !anyRank) {
    for (const k of [0, 1]) {
      const ranks = rankValues(
        drawn.map((it) => it.value[k]),
        { order: options.ascending ? "ascending" : "descending" },
      );
      drawn.forEach((it, j) => (it.rank[k] = ranks[j]));
    }
  }
  const pos = (it: Item, k: number) => (mode === "rank" ? it.rank[k] : it.value[k]);
  const shared = [new Map<number, number>(), new Map<number, number>()];
  for (const it of drawn) for (const k of [0, 1]) if (it.rank[k] === it.rank[k]) shared[k].set(it.rank[k], (shared[k].get(it.rank[k]) ?? 0) + 1);
  const tied = (k: number, r: number) => (shared[k].get(r) ?? 0) > 1;
  const rankText = (k: number, r: number) => formatRank(r, { locale, tied: tied(k, r) });
  const valueText = (v: number) => show(v, options.unit, locale);
  const shortText = (it: Item, k: number) => (mode === "rank" ? (it.rank[k] === it.rank[k] ? `${tied(k, it.rank[k]) ? "=" : ""}${it.rank[k]}` : "—") : valueText(it.value[k]));

  const highlight = new Set(typeof options.highlight === "string" ? [options.highlight] : (options.highlight ?? []));
  const peers = new Set(options.peers ?? []);
  const is = (set: Set<string>, it: Item) => set.has(it.key) || set.has(it.label);
  const marked = drawn.some((it) => is(highlight, it) || is(peers, it));
  const classOf = (it: Item) => (is(highlight, it) ? "db-subject" : is(peers, it) ? "db-peer" : marked ? "db-muted" : "db-mark");
  const labelled = (it: Item) => drawn.length <= 40 || is(highlight, it) || is(peers, it);

  // 2. Dimensions: the label columns take what their widest label needs.
  const width = options.width ?? 640;
  const cap = width * 0.38 - 14;
  const bold = (it: Item) => is(highlight, it);
  const leftText = (it: Item) => `${fit(it.label, cap - textWidth(` ${shortText(it, 0)}`, bold(it)), bold(it))} ${shortText(it, 0)}`;
  const rightText = (it: Item) => `${shortText(it, 1)} ${fit(it.label, cap - textWidth(`${shortText(it, 1)} `, bold(it)), bold(it))}`;
  const need = (items: Item[], text: (it: Item) => string) => Math.min(cap, Math.max(40, ...items.map((it) => textWidth(text(it), bold(it))))) + 14;
  const withA = drawn.filter((it) => pos(it, 0) === pos(it, 0) && labelled(it));
  const withB = drawn.filter((it) => pos(it, 1) === pos(it, 1) && labelled(it));
  const left = MARGIN.left + need(withA, leftText);
  const right = MARGIN.right + need(withB, rightText);
  const top = MARGIN.top + LINE + 14;
  const bottom = 12;
  const height = options.height ?? Math.max(360, top + Math.max(withA.length, withB.length) * (LINE + 2) + bottom);
  const xa = left;
  const xb = Math.max(left + 40, width - right);
  const known = drawn.flatMap((it) => [pos(it, 0), pos(it, 1)]).filter((v) => v === v);
  const lo = known.length ? Math.min(...known) : 0;
  const hi = known.length ? Math.max(...known) : 1;
  const y =
    mode === "rank"
      ? scaleLinear()
          .domain([1, Math.max(2, hi)])
          .range([top, height - bottom])
      : scaleLinear()
          .domain(lo === hi ? [Math.min(0, lo), Math.max(0, hi, 1)] : [lo, hi])
          .range([height - bottom, top])
          .nice();

  // 3. Layers.
  const [fa, fb] = [axis.full[ia] ?? "", axis.full[ib] ?? ""];
  const [ha, hb] = [ia, ib].map((p) => {
    const q = p < 0 ? undefined : tryParsePeriod(axis.keys[p]);
    return q ? formatPeriod(q, { locale }) : (axis.keys[p] ?? "");
  });
  const title = options.title ?? (mode === "rank" ? (locale === "en" ? "Change in rank" : "位次变化") : locale === "en" ? "Change in value" : "数值变化");
  const grid = s(
    "g",
    { class: "db-grid db-axis", "aria-hidden": "true" },
    s("line", { x1: xa, x2: xa, y1: top - 6, y2: height - bottom + 4 }),
    s("line", { x1: xb, x2: xb, y1: top - 6, y2: height - bottom + 4 }),
    s("text", { x: xa, y: MARGIN.top + 10, "text-anchor": "middle", "font-weight": 700 }, ha),
    s("text", { x: xb, y: MARGIN.top + 10, "text-anchor": "middle", "font-weight": 700 }, hb),
  );
  const placeA = dodge(
    withA.map((it) => ({ y: y(pos(it, 0)), h: LINE })),
    top - 8,
    height,
  );
  const placeB = dodge(
    withB.map((it) => ({ y: y(pos(it, 1)), h: LINE })),
    top - 8,
    height,
  );
  const at = [new Map(withA.map((it, j) => [it, placeA[j]])), new Map(withB.map((it, j) => [it, placeB[j]]))];
  const drawOrder = [...drawn].sort((a, b) => layer(classOf(a)) - layer(classOf(b)) || a.order - b.order);
  const marks = s(
    "g",
    { role: "list", "aria-label": title },
    drawOrder.map((it) => {
      const cls = classOf(it);
      const strong = cls !== "db-muted" && cls !== "db-mark";
      const has = [pos(it, 0) === pos(it, 0), pos(it, 1) === pos(it, 1)];
      const ya = has[0] ? y(pos(it, 0)) : NaN;
      const yb = has[1] ? y(pos(it, 1)) : NaN;
      const describe = (k: number) =>
        mode === "rank" ? `${rankText(k, it.rank[k])}${it.value[k] === it.value[k] ? ` (${valueText(it.value[k])})` : ""}` : valueText(it.value[k]);
      const tip = `${it.label}: ${ha} ${describe(0)} → ${hb} ${describe(1)}`;
      const label = (k: 0 | 1) => {
        const yy = at[k].get(it);
        if (yy === undefined) return null;
        const x0 = k === 0 ? xa : xb;
        const dir = k === 0 ? -1 : 1;
        const y0 = k === 0 ? ya : yb;
        return [
          Math.abs(yy - y0) > 2 ? s("path", { d: `M${r3(x0 + dir * 4)},${r3(y0)}L${r3(x0 + dir * 8)},${r3(yy)}`, fill: "none", stroke: "currentColor", "stroke-opacity": 0.4 }) : null,
          s("text", { x: x0 + dir * 9, y: yy, dy: "0.35em", "text-anchor": k === 0 ? "end" : "start", "font-weight": cls === "db-subject" ? 700 : undefined }, k === 0 ? leftText(it) : rightText(it)),
        ];
      };
      return s(
        "g",
        { class: `db-slope ${cls}`, role: "listitem", "data-key": it.key },
        s("title", {}, tip),
        has[0] && has[1] ? s("line", { x1: xa, x2: xb, y1: ya, y2: yb, "stroke-width": strong ? 3 : 1.5, "stroke-linecap": "round" }) : null,
        has[0] ? s("circle", { cx: xa, cy: ya, r: strong ? 4 : 3 }) : null,
        has[1] ? s("circle", { cx: xb, cy: yb, r: strong ? 4 : 3 }) : null,
        label(0),
        label(1),
      );
    }),
  );

  // 4. Words.
  const both = drawn.filter((it) => pos(it, 0) === pos(it, 0) && pos(it, 1) === pos(it, 1));
  const better = (it: Item) => (mode === "rank" ? it.rank[0] - it.rank[1] : it.value[1] - it.value[0]);
  const up = both.filter((it) => better(it) > 0).length;
  const down = both.filter((it) => better(it) < 0).length;
  const same = both.length - up - down;
  const subject = both.find((it) => is(highlight, it));
  let description = options.description;
  if (description === undefined) {
    if (drawn.length === 0) description = locale === "en" ? "No data." : "无数据。";
    else if (ia === ib) description = locale === "en" ? `Only ${fa} in the data: ${drawn.length} units.` : `仅有${fa}的数据，共${drawn.length}个单位。`;
    else if (locale === "en") {
      const what = (it: Item, k: number) => (mode === "rank" ? rankText(k, it.rank[k]) : valueText(it.value[k]));
      const move = subject
        ? `${subject.label} ${better(subject) > 0 ? "rose" : better(subject) < 0 ? "fell" : "stayed"} ${better(subject) === 0 ? `at ${what(subject, 1)}` : `from ${what(subject, 0)} to ${what(subject, 1)}`}`
        : "";
      const [rise, fall] = mode === "rank" ? ["moved up", "moved down"] : ["rose", "fell"];
      const counts =
        both.length < 2
          ? subject
            ? ""
            : `${both.length} units in both periods`
          : up === both.length
            ? `all ${both.length} units ${rise}`
            : down === both.length
              ? `all ${both.length} units ${fall}`
              : `${up} of ${both.length} units ${rise}, ${down} ${fall}${same ? `, ${same} unchanged` : ""}`;
      description = `From ${fa} to ${fb}: ${[move, counts].filter(Boolean).join("; ")}.`;
    } else {
      const move = subject
        ? mode === "rank"
          ? `${subject.label}${better(subject) > 0 ? `由${rankText(0, subject.rank[0])}升至${rankText(1, subject.rank[1])}` : better(subject) < 0 ? `由${rankText(0, subject.rank[0])}降至${rankText(1, subject.rank[1])}` : `保持${rankText(1, subject.rank[1])}`}`
          : `${subject.label}由${valueText(subject.value[0])}${better(subject) > 0 ? "增至" : better(subject) < 0 ? "降至" : "持平于"}${valueText(subject.value[1])}`
        : "";
      const [rise, fall, still] = mode === "rank" ? ["位次上升", "位次下降", "位次不变"] : ["增加", "减少", "持平"];
      const counts =
        both.length < 2
          ? subject
            ? ""
            : `两期均有数据的单位${both.length}个`
          : up === both.length
            ? `${both.length}个单位均${rise}`
            : down === both.length
              ? `${both.length}个单位均${fall}`
              : `${both.length}个单位中${up}个${rise}、${down}个${fall.slice(-2)}${same ? `、${same}个${still.slice(-2)}` : ""}`;
      description = `${fa}至${fb}，${[move, counts].filter(Boolean).join("；")}。`;
    }
  }
  const order = (it: Item) => {
    const v = pos(it, 1) === pos(it, 1) ? pos(it, 1) : pos(it, 0);
    return v !== v ? Infinity : mode === "rank" ? v : -v;
  };
  const cell = (it: Item, k: number) => (mode === "rank" ? rankText(k, it.rank[k]) : valueText(it.value[k]));
  const table = {
    head: [locale === "en" ? "Unit" : "单位", fa, fb],
    rows: [...drawn].sort((a, b) => order(a) - order(b) || a.order - b.order).map((it) => [it.label, cell(it, 0), cell(it, 1)]),
  };
  return frame("slope", options, { width, height }, { title, description }, table, [grid, marks]);
});
