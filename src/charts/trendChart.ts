import { scaleLinear } from "./_scale.js";
import type { EntitySet } from "../model/entitySet.js";
import type { Unit } from "../model/unit.js";
import { formatRate } from "../narrative/formatRate.js";
import { tryParsePeriod } from "../time/parsePeriod.js";
import type { Period } from "../time/period.js";
import { field, layer, MARGIN, nameOf, r3, show, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { linePath } from "./_path.js";
import { s, translate, type VNode } from "./_node.js";
import { dodge, fit, periodAxis, periodLabels, textWidth } from "./_layout.js";
import { defineChart } from "./defineChart.js";
import { num } from "./_chartUtil.js";

/**
 * Options of {@link trendChart}.
 *
 * @category Charts
 * @example
 * const options: TrendChartOptions<{ entity: string; period: string; growth: number }> = { value: (d) => d.growth, rate: true, highlight: "济宁高新区", peers: ["潍坊高新区"], far: ["长沙高新区"] };
 * options.rate // => true
 * options.far // => ["长沙高新区"]
 */
export interface TrendChartOptions<T = unknown> extends ChartOptions {
  /** The series of a row (an entity, a zone …). Default: `d.series`, `d.label`, `d.name` or `d.entity` (an entity id shows its name when `entities` is given). */
  series?: Channel<T, string>;
  /** The period of a row: a period string (`"2018-01/07"`, `"2018"`), a `Period`, or any label. Default: `d.period`. */
  period?: Channel<T, Period | string | number>;
  /** The value (a level, or a growth rate as a fraction with `rate: true`). Default: `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** The subject series to highlight, by label or entity id. */
  highlight?: string | readonly string[];
  /** Near peers (近赶) to mark, by label or entity id: drawn in the peer colour, thick and labelled at their ends. */
  peers?: readonly string[];
  /** Far models (远学), by label or entity id: drawn in the far colour, thick and labelled at their ends. */
  far?: readonly string[];
  /** Unit of the values (亿元, 万美元 …). Default: compact numbers (万, 亿). A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit;
  /** The values are rates (fractions): ticks and labels as percentages (`7.3%`). Default false. */
  rate?: boolean;
  /** Draw the median of all series per period as a dashed line, at the periods where four series or more have a value. Default true. */
  median?: boolean;
  /** Entity definitions, to show names for ids. */
  entities?: EntitySet;
}

const LINE = 14;
/** Height of a legend row. */
const LEGEND = 18;
/** Width of a legend swatch with its gap. */
const SWATCH = 24;
/** The fewest values a period's median needs: with three it is the middle series, with two their mean. */
const MEDIAN_MIN = 4;

/**
 * A level or growth series over time for a subject, its peers and the rest: one line per series, the
 * periods placed in time (a month per step for monthly and year-to-date periods, so a gap in the
 * data is a gap on the axis), and the median of all series per period as a dashed line. The subject
 * (`highlight`), its near peers (`peers`) and far models (`far`, 远学) are drawn thick in their own
 * colours, on top and labelled at their ends; the others muted. A period without a value breaks a line.
 * Axis labels are `1—2月 … 1—7月` with the year below, or `2016年`.
 *
 * When some series are marked, a legend above the plot names them by role — the subject, the peers
 * (with （近赶） / (near) when far models are given), the far models (（远学） / (far)) — then the muted
 * rest (by name when there are at most three, else 其他N个单位 / N others) and the median.
 *
 * The median is drawn only where it says something a line does not: at the periods where at least
 * four series have a value. With three it is the middle series itself, and with two their mean, so it
 * would hide a series under its dashes (or show a midpoint no unit has) — it is then left out of the
 * lines, the labels, the table and the description. Each series (and the median) is a list item
 * reachable with Tab, with every value in its `<title>`.
 *
 * @param rows - one row per series and period
 * @param options - see {@link TrendChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one)
 * @category Charts
 * @example
 * const rows = [
 *   { series: "甲", period: "2017", value: 0.08 }, { series: "甲", period: "2018", value: 0.12 },
 *   { series: "乙", period: "2017", value: 0.1 }, { series: "乙", period: "2018", value: 0.09 },
 * ];
 * const svg = renderToString(trendChart, rows, { highlight: "甲", rate: true });
 * svg.includes("2017年至2018年，甲由8%升至12%") // => true
 */
export const trendChart = defineChart<any, TrendChartOptions<any>>("trendChart", <T>(data: readonly T[], options: TrendChartOptions<T>) => {
  const locale = options.locale ?? "zh-CN";
  const seriesOf = field<T, unknown>(options.series, ["series", "label", "name", "entity"], { chart: "trendChart", option: "series", rows: data });
  const periodOf = field<T, unknown>(options.period, ["period"], { chart: "trendChart", option: "period", rows: data });
  const valueOf = field<T, number | null | undefined>(options.value, ["value"], { chart: "trendChart", option: "value", rows: data });
  const text = (v: number) => (options.rate ? formatRate(v, { locale }) : show(v, options.unit, locale));

  // 1. Periods in time order, placed in months when they are periods; one value per series and period.
  const axis = periodAxis(data, periodOf, locale);
  const P = axis.keys.length;
  const months = axis.keys.map((k) => {
    const p = tryParsePeriod(k);
    return p ? p.year * 12 + p.end : NaN;
  });
  const timed = months.every((m, i) => m === m && (i === 0 || m > months[i - 1]));
  const at = timed ? months : axis.keys.map((_, i) => i);
  type Series = { key: string; label: string; order: number; values: Float64Array };
  const byKey = new Map<string, Series>();
  const series: Series[] = [];
  data.forEach((d, i) => {
    const p = axis.index[i];
    const raw = seriesOf(d, i, data);
    const key = raw == null ? "" : String(raw);
    let l = byKey.get(key);
    if (l === undefined) {
      l = { key, label: nameOf(raw, options.entities, locale), order: series.length, values: new Float64Array(P).fill(NaN) };
      byKey.set(key, l);
      series.push(l);
    }
    if (p < 0 || l.values[p] === l.values[p]) return; // the first row of a period wins
    const v = num(valueOf(d, i, data));
    l.values[p] = Number.isFinite(v) ? v : NaN;
  });

  // 2. The median of all series, per period, where at least MEDIAN_MIN series have a value.
  const showMedian = options.median !== false && series.length >= MEDIAN_MIN;
  const median = new Float64Array(P).fill(NaN);
  if (showMedian) {
    for (let p = 0; p < P; p++) {
      const vs: number[] = [];
      for (const l of series) if (l.values[p] === l.values[p]) vs.push(l.values[p]);
      if (vs.length < MEDIAN_MIN) continue;
      vs.sort((a, b) => a - b);
      const h = vs.length >> 1;
      median[p] = vs.length % 2 ? vs[h] : (vs[h - 1] + vs[h]) / 2;
    }
  }
  const hasMedian = median.some((m) => m === m);
  // Year-to-date levels restart every January: their lines break between years (rates run on).
  const parsed = axis.keys.map((k) => tryParsePeriod(k));
  const restart = parsed.map((p, i) => i > 0 && !options.rate && p?.kind === "ytd" && parsed[i - 1]?.kind === "ytd" && parsed[i - 1]!.year !== p.year);
  const pointsOf = (vs: Float64Array) => {
    const out: number[] = [];
    for (let p = 0; p < P; p++) {
      if (restart[p]) out.push(-1);
      out.push(vs[p] === vs[p] ? p : -1);
    }
    return out;
  };

  const highlight = new Set(typeof options.highlight === "string" ? [options.highlight] : (options.highlight ?? []));
  const peers = new Set(options.peers ?? []);
  const far = new Set(options.far ?? []);
  const is = (set: Set<string>, l: Series) => set.has(l.key) || set.has(l.label);
  const marked = series.some((l) => is(highlight, l) || is(peers, l) || is(far, l));
  const classOf = (l: Series) => (is(highlight, l) ? "db-subject" : is(peers, l) ? "db-peer" : is(far, l) ? "db-far" : marked ? "db-muted" : "db-mark");
  const labelled = (l: Series) => (marked ? classOf(l) !== "db-muted" : series.length <= 10);
  const lastOf = (vs: Float64Array) => {
    for (let p = vs.length - 1; p >= 0; p--) if (vs[p] === vs[p]) return p;
    return -1;
  };
  const firstOf = (vs: Float64Array) => vs.findIndex((v) => v === v);

  // 3. Dimensions and scales.
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const medianWord = locale === "en" ? "median" : "中位数";
  const cap = width * 0.35;
  type Block = { y: number; lines: string[]; bold: boolean; value: number; note: boolean };
  // An end label: "name value" on one line, or the name (shortened if need be) over the value.
  const endLabel = (name: string, v: number, bold: boolean) => {
    const one = `${name} ${text(v)}`;
    return textWidth(one, bold) <= cap - 12 ? [one] : [fit(name, cap - 12, bold), text(v)];
  };
  const blocks: Block[] = [];
  const stray: { l: Series; p: number }[] = [];
  for (const l of series) {
    if (!labelled(l)) continue;
    const e = lastOf(l.values);
    if (e < 0) continue;
    if (e === P - 1) blocks.push({ y: 0, lines: endLabel(l.label, l.values[e], is(highlight, l)), bold: is(highlight, l), value: l.values[e], note: false });
    else stray.push({ l, p: e });
  }
  if (hasMedian && median[P - 1] === median[P - 1]) blocks.push({ y: 0, lines: endLabel(medianWord, median[P - 1], false), bold: false, value: median[P - 1], note: true });
  const lastTick = P ? textWidth(axis.ticks[P - 1]) / 2 : 0;
  const right = Math.max(MARGIN.right, lastTick, ...blocks.flatMap((b) => b.lines.map((line) => textWidth(line, b.bold) + 12)));
  const values: number[] = [];
  for (const l of series) for (const v of l.values) if (v === v) values.push(v);
  for (const m of median) if (m === m) values.push(m);
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  const legend = marked ? legendLayer(series, classOf, hasMedian, locale, width) : { node: null, rows: 0 };
  const top = MARGIN.top + 8 + (legend.rows > 0 ? legend.rows * LEGEND + 6 : 0);
  const bottom = 8 + LINE + (axis.years ? LINE : 0) + 4;
  const count = Math.max(2, Math.round((height - top - bottom) / 60));
  const y = scaleLinear()
    .domain(lo === hi ? [lo - (Math.abs(lo) || 1) / 2, hi + (Math.abs(hi) || 1) / 2] : [lo, hi])
    .range([height - bottom, top])
    .nice(count);
  const ticks = y.ticks(count);
  const tickText = ticks.map((t) => (options.rate ? formatRate(t, { locale }) : show(t, options.unit, locale)));
  const firstTick = P ? textWidth(axis.ticks[0]) / 2 : 0;
  const left = MARGIN.left + Math.max(...tickText.map((t) => textWidth(t)), 0) + 8;
  const lo2 = Math.min(...at);
  const hi2 = Math.max(...at);
  const x = scaleLinear()
    .domain(P === 0 ? [0, 1] : lo2 === hi2 ? [lo2 - 1, hi2 + 1] : [lo2, hi2])
    .range([Math.max(left + 10, MARGIN.left + firstTick), width - right - 8]);
  const xAt = (p: number) => x(at[p]);

  // 4. Layers.
  const title = options.title ?? (options.rate ? (locale === "en" ? "Growth over time" : "增速走势") : locale === "en" ? "Trend" : "走势");
  const grid = s(
    "g",
    { class: "db-grid db-axis", "aria-hidden": "true" },
    ticks.map((t, k) => s("g", { transform: translate(0, y(t)) }, s("line", { x1: left, x2: width - right }), s("text", { x: left - 6, dy: "0.35em", "text-anchor": "end" }, tickText[k]))),
    y.domain()[0] < 0 && y.domain()[1] > 0 ? s("line", { x1: left, x2: width - right, y1: y(0), y2: y(0), stroke: "currentColor", "stroke-opacity": 0.35 }) : null,
    periodLabels(axis, xAt, height - bottom + LINE + 2),
  );
  /** The line through a series' values, broken where one is missing (and at a restart). */
  const path = (vs: Float64Array) => {
    const points = pointsOf(vs);
    return linePath(
      Float64Array.from(points, (p) => (p >= 0 ? xAt(p) : NaN)),
      Float64Array.from(points, (p) => (p >= 0 ? y(vs[p]) : NaN)),
    );
  };
  const dotsFor = (vs: Float64Array, strong: boolean) => {
    const out: number[] = [];
    // (vs[−1] and vs[P] are undefined, which equals itself: the ends are tested by index)
    for (let p = 0; p < P; p++) if (vs[p] === vs[p] && (strong || !((p > 0 && !restart[p] && vs[p - 1] === vs[p - 1]) || (p + 1 < P && !restart[p + 1] && vs[p + 1] === vs[p + 1])))) out.push(p);
    return out;
  };
  const tipOf = (label: string, vs: Float64Array) => {
    const f = firstOf(vs);
    const e = lastOf(vs);
    const head = f < 0 ? `${label}: ${text(NaN)}` : f === e ? `${label}: ${axis.full[f]} ${text(vs[f])}` : `${label}: ${axis.full[f]} ${text(vs[f])} → ${axis.full[e]} ${text(vs[e])}`;
    let detail = "";
    for (let p = 0; p < P; p++) if (vs[p] === vs[p]) detail += `\n${axis.full[p]}: ${text(vs[p])}`;
    return { head, detail };
  };
  const seriesMark = (l: Series) => {
    const cls = classOf(l);
    const strong = cls === "db-subject" || cls === "db-peer" || cls === "db-far";
    const { head, detail } = tipOf(l.label, l.values);
    return s(
      "g",
      { class: `db-series ${cls}`, role: "listitem", "aria-label": head, "data-key": l.key },
      s("title", {}, head + detail),
      firstOf(l.values) < 0 ? null : s("path", { d: path(l.values), fill: "none", "stroke-width": strong ? 3 : 1.5, "stroke-linejoin": "round", "stroke-linecap": "round" }),
      dotsFor(l.values, strong && P <= 40).map((p) => s("circle", { cx: xAt(p), cy: y(l.values[p]), r: strong ? 3.5 : 2.5 })),
    );
  };
  const medianMark = () => {
    const { head, detail } = tipOf(locale === "en" ? `Median of ${series.length}` : `${series.length}个单位中位数`, median);
    return s(
      "g",
      { class: "db-median", role: "listitem", "aria-label": head },
      s("title", {}, head + detail),
      s("path", { d: path(median), fill: "none", stroke: "currentColor", "stroke-opacity": 0.7, "stroke-width": 1.5, "stroke-dasharray": "5 4" }),
    );
  };
  const drawOrder = [...series].sort((a, b) => layer(classOf(a)) - layer(classOf(b)) || a.order - b.order);
  const marks = s(
    "g",
    { role: "list", "aria-label": title },
    drawOrder.filter((l) => classOf(l) === "db-muted").map(seriesMark),
    hasMedian ? medianMark() : null,
    drawOrder.filter((l) => classOf(l) !== "db-muted").map(seriesMark),
  );
  for (const b of blocks) b.y = y(b.value);
  const placed = dodge(
    blocks.map((b) => ({ y: b.y, h: b.lines.length * LINE + 2 })),
    top - 6,
    height - bottom + 6,
  );
  const xEnd = P ? xAt(P - 1) : 0;
  const labels = s(
    "g",
    { class: "db-labels", "aria-hidden": "true" },
    blocks.flatMap((b, k) => [
      Math.abs(placed[k] - b.y) > 2 ? s("path", { d: `M${r3(xEnd + 4)},${r3(b.y)}L${r3(xEnd + 8)},${r3(placed[k])}`, fill: "none", stroke: "currentColor", "stroke-opacity": 0.4 }) : null,
      s(
        "text",
        { x: xEnd + 9, y: placed[k] - ((b.lines.length - 1) * LINE) / 2, dy: "0.35em", class: b.note ? "db-note" : undefined, "font-weight": b.bold ? 700 : undefined },
        b.lines.length === 1 ? b.lines[0] : b.lines.map((line, i) => s("tspan", { x: xEnd + 9, dy: i === 0 ? undefined : LINE }, line)),
      ),
    ]),
    stray.map(({ l, p }) => s("text", { x: xAt(p) + 6, y: y(l.values[p]) - 6, "font-weight": is(highlight, l) ? 700 : undefined }, `${l.label} ${text(l.values[p])}`)),
  );

  // 5. Words.
  const subject = series.find((l) => is(highlight, l) && firstOf(l.values) >= 0);
  const n = series.filter((l) => firstOf(l.values) >= 0).length;
  let description = options.description;
  if (description === undefined) {
    if (n === 0) description = locale === "en" ? "No data." : "无数据。";
    else if (subject) {
      const f = firstOf(subject.values);
      const e = lastOf(subject.values);
      const [v0, v1] = [subject.values[f], subject.values[e]];
      const m = median[e];
      const k = series.filter((l) => l.values[e] === l.values[e]).length;
      const cmp = m !== m ? "" : locale === "en" ? `; in ${axis.full[e]} it was ${v1 > m ? "above" : v1 < m ? "below" : "at"} the median of ${k} units (${text(m)})` : `；${axis.full[e]}${v1 > m ? "高于" : v1 < m ? "低于" : "等于"}${k}个单位的中位数（${text(m)}）`;
      if (locale === "en") {
        description =
          f === e
            ? `${subject.label}: ${text(v1)} in ${axis.full[e]}${cmp}.`
            : `From ${axis.full[f]} to ${axis.full[e]}, ${subject.label} ${v1 > v0 ? "rose" : v1 < v0 ? "fell" : "stayed"} ${v1 === v0 ? `at ${text(v1)}` : `from ${text(v0)} to ${text(v1)}`}${cmp}.`;
      } else {
        description =
          f === e
            ? `${axis.full[e]}，${subject.label}为${text(v1)}${cmp}。`
            : `${axis.full[f]}至${axis.full[e]}，${subject.label}${v1 === v0 ? `两端均为${text(v1)}` : `由${text(v0)}${v1 > v0 ? "升至" : "降至"}${text(v1)}`}${cmp}。`;
      }
    } else {
      const f = firstOf(median);
      const e = lastOf(median);
      const med = f < 0 ? "" : f === e ? (locale === "en" ? `; median ${text(median[e])} in ${axis.full[e]}` : `，${axis.full[e]}中位数为${text(median[e])}`) : locale === "en" ? `; the median went from ${text(median[f])} to ${text(median[e])}` : `，中位数由${text(median[f])}变为${text(median[e])}`;
      description = locale === "en" ? `${n} series from ${axis.full[0]} to ${axis.full[P - 1]}${med}.` : `${n}个单位${axis.full[0]}至${axis.full[P - 1]}的走势${med}。`;
    }
  }
  const table = {
    head: [locale === "en" ? "Unit" : "单位", ...axis.full],
    rows: [...series.map((l) => [l.label, ...Array.from(l.values, text)]), ...(hasMedian ? [[locale === "en" ? "Median" : "中位数", ...Array.from(median, text)]] : [])],
  };
  return frame("trend", options, { width, height }, { title, description }, table, [legend.node, grid, marks, labels]);
});

/**
 * The legend of a chart with marked series: the subject, peers and far models by name (the roles in
 * words when far models are given), then the muted rest (by name when there are at most three and
 * they fit, else as a count) and the median; wrapped onto more rows rather than cut.
 */
function legendLayer<L extends { label: string }>(series: readonly L[], classOf: (l: L) => string, median: boolean, locale: "zh-CN" | "en", width: number): { node: VNode; rows: number } {
  const en = locale === "en";
  const of = (cls: string) => series.filter((l) => classOf(l) === cls);
  const roles = of("db-far").length > 0;
  const items: { cls: string; text: string }[] = [
    ...of("db-subject").map((l) => ({ cls: "db-subject", text: l.label })),
    ...of("db-peer").map((l) => ({ cls: "db-peer", text: `${l.label}${roles ? (en ? " (near)" : "（近赶）") : ""}` })),
    ...of("db-far").map((l) => ({ cls: "db-far", text: `${l.label}${en ? " (far)" : "（远学）"}` })),
  ];
  const muted = of("db-muted");
  if (muted.length > 0) {
    const names = en ? `other${muted.length === 1 ? "" : "s"}: ${muted.map((l) => l.label).join(", ")}` : `其他：${muted.map((l) => l.label).join("、")}`;
    const count = en ? `${muted.length} other${muted.length === 1 ? "" : "s"}` : `其他${muted.length}个单位`;
    items.push({ cls: "db-muted", text: muted.length <= 3 && textWidth(names) + SWATCH <= width / 2 ? names : count });
  }
  if (median) items.push({ cls: "db-median", text: en ? "median" : "中位数" });
  const out: VNode[] = [];
  let x = MARGIN.left;
  let row = 0;
  for (const { cls, text } of items) {
    const shown = fit(text, width - MARGIN.left - MARGIN.right - SWATCH);
    const w = SWATCH + textWidth(shown);
    if (x > MARGIN.left && x + w > width - MARGIN.right) {
      x = MARGIN.left;
      row++;
    }
    const y = MARGIN.top + 10 + row * LEGEND;
    const strong = cls === "db-subject" || cls === "db-peer" || cls === "db-far";
    const swatch =
      cls === "db-median"
        ? s("line", { x1: 0, x2: 18, y1: y, y2: y, stroke: "currentColor", "stroke-opacity": 0.7, "stroke-width": 1.5, "stroke-dasharray": "5 4" })
        : s("line", { x1: 0, x2: 18, y1: y, y2: y, "stroke-width": strong ? 3 : 1.5, "stroke-linecap": "round" });
    out.push(s("g", { class: cls, transform: translate(x, 0) }, swatch, s("text", { x: 24, y, dy: "0.35em" }, shown)));
    x += w + 16;
  }
  return { node: s("g", { class: "db-legend", "aria-hidden": "true" }, out), rows: out.length > 0 ? row + 1 : 0 };
}
