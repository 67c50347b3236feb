import { scaleLinear } from "./_scale.js";
import { keyword } from "../_internal/keyword.js";
import type { Direction } from "../model/indicator.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { EntitySet } from "../model/entitySet.js";
import type { Unit } from "../model/unit.js";
import { formatCompact } from "../narrative/formatCompact.js";
import { field, MARGIN, show, nameOf, type Accessor, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { s, translate, type VNode } from "./_node.js";
import { defineChart } from "./defineChart.js";
import { clamp, keyOf, labelText, lookup, num, round, fit, textWidth } from "./_chartUtil.js";

/**
 * Options of {@link profileChart}.
 *
 * @category Charts
 * @example
 * const options: ProfileChartOptions<{ indicator: string; zone: string; score: number }> = { series: (d) => d.zone, value: (d) => d.score, normalized: true, type: "radar" };
 * options.type // => "radar"
 */
export interface ProfileChartOptions<T = unknown> extends ChartOptions {
  /** The indicator of a row. Default: `d.label`, `d.name` or `d.indicator` (an indicator id shows its name when `indicators` is given; a `{ zh, en }` name is read in the locale). */
  label?: Channel<T, string>;
  /** Long rows: the entity a value belongs to. Default: `d.series` or `d.entity`. */
  series?: Channel<T, string>;
  /** Long rows: the value. Default: `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** The subject, highlighted, by series label or entity id. Long rows: no default. `computePlan` rows: its name (they do not carry it; default 本单位 / "subject"). */
  subject?: string;
  /** Near peers, drawn in the peer colour (a plan's are known). Other series are drawn plain. */
  peers?: readonly string[];
  /** Far models, drawn in the far colour (a plan's are known). */
  far?: readonly string[];
  /** `"dots"` (default): a parallel dot plot, a row per indicator; `"radar"`: a polygon per series, an axis per indicator. */
  type?: "dots" | "radar";
  /** The values are already scores from 0 to 100: draw them as they are. Default false. */
  normalized?: boolean;
  /**
   * How values become scores 0–100 per indicator; lower-is-better indicators are turned round, so 100
   * is always best.
   *
   * - `"max"` (default): as a share of the best value — `value / largest`, or `smallest / value` when
   *   lower is better. It keeps the proportions between the units however few they are: 33.1, 30.2 and
   *   28.7 score 100, 91 and 87. A share means nothing when an indicator has a zero or negative value
   *   (a growth rate, a balance): such an indicator is scaled as with `"range"`, and the description
   *   says which.
   * - `"range"`: min–max across the series, `(value − lowest) / (highest − lowest)`: the best 100, the
   *   last 0. It tells the order and the spacing only, and with two or three series it always puts one
   *   unit at 0 and one at 100 however close they are (it was the default of version 0.1). When every
   *   series has the same value (a span of 0) they all score 50.
   */
  normalize?: "max" | "range";
  /** Unit of the values, for all rows or per row. Default: `d.unit`, else the indicator's unit from `indicators`. A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit | Accessor<T, string | Unit | null | undefined>;
  /** Which way is better, per row. Default: `d.direction`, a plan's direction, or the indicator's from `indicators`; else higher. */
  direction?: Channel<T, Direction | null | undefined>;
  /** Entity definitions, to show names for ids (a plan's peers are ids). */
  entities?: EntitySet;
  /** Indicator definitions, to show names, units and directions for ids. */
  indicators?: IndicatorSet;
}

type Locale = "zh-CN" | "en";
type Role = "subject" | "near" | "far" | "other";

interface Series {
  key: string;
  name: string;
  role: Role;
}

interface Row {
  key: string;
  label: string;
  unit: string | Unit | undefined;
  direction: Direction;
  values: Map<string, number>;
  scores: Map<string, number>;
  /** How the scores were made: given, share of the best, or min–max. */
  scaled: "given" | "max" | "range";
}

const ROW = 30;
const AXIS = 24;
const LEGEND = 24;
/** How far outside the radar's rim the × of a missing value sits. */
const MISS = 12;
const CLASS: Record<Role, string> = { subject: "db-subject", near: "db-peer", far: "db-far", other: "db-mark" };
const COLOUR: Record<Role, string> = { subject: "--db-subject", near: "--db-peer", far: "--db-far", other: "--db-mark" };
const ORDER: Record<Role, number> = { other: 0, far: 1, near: 2, subject: 3 };

/**
 * The subject's profile over several indicators against its peers, each indicator turned into a score
 * from 0 to 100 so that units do not matter: by default as a share of the best value (the best 100, half
 * of it 50; lower-is-better indicators turned round), which keeps the proportions even for the three
 * units of a near/far plan; min–max across the series with `normalize: "range"` (the best 100, the last
 * 0); or as given with `normalized: true`. An indicator with a zero or negative value is scaled min–max,
 * since a share of the best means nothing there; one where all units are equal scores 50 min–max (100
 * as a share). Drawn as a parallel dot plot (a row per indicator, a dot per entity, the subject's profile
 * joined by a line) or, with `type: "radar"`, as a radar chart (an axis per indicator, a polygon per
 * entity). Real values are in the tooltips and the table.
 *
 * Accepts the `table` of a `computePlan` result directly (`profileChart(result.table, { subject })`),
 * or long rows (indicator, series, value). Missing values are never bridged: a missing value leaves its
 * dot out and breaks the subject's line in the dot plot. In the radar, a series missing a value is drawn
 * as an open outline through its present values only — the two edges into the missing axis are left
 * out, and so is the fill, because a polygon closed across the gap would draw a shape the data does not
 * have — and the missing axis is marked with a × in the series' colour just outside the rim (several
 * series side by side), explained as "无数据" / "no data" in the legend.
 *
 * @param rows - `PlanTableRow`s, or one row per indicator and entity
 * @param options - see {@link ProfileChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one), or `type` or `normalize` is not one of theirs
 * @category Charts
 * @example
 * const rows = [{ indicator: "收入", series: "甲", value: 80 }, { indicator: "收入", series: "乙", value: 100 }, { indicator: "税收", series: "甲", value: 9 }, { indicator: "税收", series: "乙", value: 6 }];
 * const svg = renderToString(profileChart, rows, { subject: "甲" });
 * svg.includes("甲得分最高的是税收（100），最低的是收入（80）") // => true
 * renderToString(profileChart, rows, { subject: "甲", normalize: "range" }).includes("甲得分最高的是税收（100），最低的是收入（0）") // => true
 * renderToString(profileChart, rows, { subject: "甲", type: "radar" }).includes("duibiao-profile") // => true
 */
export const profileChart = defineChart<any, ProfileChartOptions<any>>("profileChart", <T>(data: readonly T[], options: ProfileChartOptions<T>) => {
  const locale: Locale = options.locale ?? "zh-CN";
  const en = locale === "en";
  const type = keyword("profileChart", options.type, "type", ["dots", "radar"], "dots");
  const normalize = keyword("profileChart", options.normalize, "normalize", ["max", "range"], "max");
  const { rows, series } = profileRows(data, options, locale);
  for (const r of rows) score(r, options.normalized ? "given" : normalize);
  const subject = series.find((e) => e.role === "subject");
  const scoreText = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? "—" : formatCompact(v, { locale, maxDigits: 0 }));

  // Texts.
  const title = options.title ?? (en ? "Indicator profile" : "指标画像");
  const how = options.normalized
    ? en
      ? "scores 0–100"
      : "得分0—100"
    : normalize === "max"
      ? en
        ? "each indicator as a share of the best value, 100 = best"
        : "各指标以最佳值为100换算"
      : en
        ? "each indicator scaled so that the lowest unit scores 0 and the highest 100"
        : "各指标按单位间最小值为0、最大值为100换算";
  const lower = !options.normalized && rows.some((r) => r.direction === "lower") ? (en ? "; lower-is-better indicators turned round" : "，越低越好的指标已反转") : "";
  const ranged = normalize === "max" ? rows.filter((r) => r.scaled === "range").map((r) => r.label) : [];
  const fallback = ranged.length === 0 ? "" : en ? `; ${ranged.join(", ")}, with zero or negative values, scaled from the lowest unit (0) to the highest (100)` : `；${ranged.join("、")}含零或负值，按单位间最小值为0、最大值为100换算`;
  let summary = "";
  if (subject) {
    const own = rows.map((r) => ({ r, v: r.scores.get(subject.key) })).filter((x): x is { r: Row; v: number } => x.v !== undefined && Number.isFinite(x.v));
    if (own.length > 0) {
      const best = own.reduce((a, b) => (b.v > a.v ? b : a));
      const worst = own.reduce((a, b) => (b.v < a.v ? b : a));
      if (best.v === worst.v) {
        summary = en ? `: ${subject.name} scores ${scoreText(best.v)} on every indicator` : `：${subject.name}各项指标得分均为${scoreText(best.v)}`;
      } else {
        summary = en
          ? `: ${subject.name} scores highest on ${best.r.label} (${scoreText(best.v)}) and lowest on ${worst.r.label} (${scoreText(worst.v)})`
          : `：${subject.name}得分最高的是${best.r.label}（${scoreText(best.v)}），最低的是${worst.r.label}（${scoreText(worst.v)}）`;
      }
    }
  }
  const others = series.length - (subject ? 1 : 0);
  const description =
    options.description ??
    (en
      ? `${subject ? `${subject.name} against ${others} other unit${others === 1 ? "" : "s"}` : `${series.length} units`} on ${rows.length} indicator${rows.length === 1 ? "" : "s"} (${how}${lower}${fallback})${summary}.`
      : `${subject ? `${subject.name}与${others}个对标单位` : `${series.length}个单位`}在${rows.length}项指标上的相对位置（${how}${lower}${fallback}）${summary}。`);

  const tipOf = (e: Series, r: Row) => `${e.name}${en ? ", " : " · "}${r.label}${en ? ": " : "："}${show(r.values.get(e.key) ?? NaN, r.unit, locale)}${en ? ` (score ${scoreText(r.scores.get(e.key))})` : `（得分${scoreText(r.scores.get(e.key))}）`}`;
  const drawn = [...series].sort((a, b) => ORDER[a.role] - ORDER[b.role]);
  const width = options.width ?? 640;
  const has = (e: Series, r: Row) => Number.isFinite(r.scores.get(e.key) ?? NaN);
  const gaps = type === "radar" && series.some((e) => rows.some((r) => !has(e, r)));
  const legend = legendLayer(series, locale, width, gaps);
  const top = MARGIN.top + LEGEND;
  const table = {
    head: [en ? "Indicator" : "指标", ...series.map((e) => e.name)],
    rows: rows.map((r) => [r.label, ...series.map((e) => (r.values.has(e.key) ? `${show(r.values.get(e.key)!, r.unit, locale)}${en ? ` (${scoreText(r.scores.get(e.key))})` : `（${scoreText(r.scores.get(e.key))}）`}` : "—"))]),
  };

  if (type === "radar") {
    const n = rows.length;
    const labels = rows.map((r) => wrap(r.label, width * 0.2));
    const labelWidth = Math.max(24, ...labels.flat().map(textWidth));
    // Series missing a value on an axis: a × for each, in a ring just outside the rim; that axis's label moves out past them.
    const lacking = rows.map((r) => drawn.filter((e) => !has(e, r)));
    const pad = gaps ? MISS : 0;
    const radius = Math.max(50, Math.min((width - 2 * (labelWidth + 20 + pad)) / 2, 170));
    const height = options.height ?? top + 2 * (radius + pad) + 56;
    const cx = width / 2;
    const cy = top + 24 + pad + radius;
    const angle = (k: number) => -Math.PI / 2 + (k * 2 * Math.PI) / Math.max(1, n);
    const point = (k: number, score: number) => [round(cx + (Math.cos(angle(k)) * radius * clamp(score, 0, 100)) / 100), round(cy + (Math.sin(angle(k)) * radius * clamp(score, 0, 100)) / 100)] as const;
    const ring = (score: number) => `M${rows.map((_, k) => point(k, score).join(",")).join("L")}Z`;
    const grid = s(
      "g",
      { class: "db-grid db-axis", "aria-hidden": "true" },
      [25, 50, 75, 100].map((t) => s("path", { d: ring(t), fill: "none", style: "stroke:var(--db-grid)" })),
      rows.map((_, k) => s("line", { x1: cx, y1: cy, x2: point(k, 100)[0], y2: point(k, 100)[1] })),
      [50, 100].map((t) => s("text", { x: cx + 4, y: cy - (radius * t) / 100 + 11, "font-size": 10 }, scoreText(t))),
    );
    const axisLabels = s(
      "g",
      { "aria-hidden": "true" },
      rows.map((_, k) => {
        const cos = Math.cos(angle(k));
        const sin = Math.sin(angle(k));
        const out = radius + 10 + (lacking[k].length > 0 ? pad : 0);
        const [x, y] = [cx + cos * out, cy + sin * out];
        const lines = labels[k];
        const first = sin < -0.3 ? -0.2 - (lines.length - 1) * 1.15 : sin > 0.3 ? 0.9 : 0.35 - ((lines.length - 1) * 1.15) / 2;
        return s(
          "text",
          { x, y, "text-anchor": cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle" },
          lines.map((line, j) => s("tspan", { x, dy: `${round(j === 0 ? first : 1.15)}em` }, line)),
        );
      }),
    );
    // The × of a series on an axis it has no value for: on the axis extended past the rim, several side by side across it.
    const cross = (k: number, e: Series) => {
      const j = lacking[k].indexOf(e);
      const off = (j - (lacking[k].length - 1) / 2) * 10;
      const [cos, sin] = [Math.cos(angle(k)), Math.sin(angle(k))];
      const [x, y] = [cx + cos * (radius + MISS) - sin * off, cy + sin * (radius + MISS) + cos * off];
      return `M${round(x - 3.5)},${round(y - 3.5)}L${round(x + 3.5)},${round(y + 3.5)}M${round(x - 3.5)},${round(y + 3.5)}L${round(x + 3.5)},${round(y - 3.5)}`;
    };
    const marks = s(
      "g",
      { role: "list", "aria-label": title },
      drawn.map((e) => {
        const present = rows.map((r) => has(e, r));
        const at = (k: number) => point(k, rows[k].scores.get(e.key)!).join(",");
        const complete = present.every(Boolean);
        // A closed, filled polygon when every value is there; else open runs through the present values.
        const d = complete ? (n > 0 ? `M${rows.map((_, k) => at(k)).join("L")}Z` : "") : outline(present, at);
        const tip = `${e.name}${en ? ": " : "："}${rows.map((r) => `${r.label} ${show(r.values.get(e.key) ?? NaN, r.unit, locale)}${en ? ` (${scoreText(r.scores.get(e.key))})` : `（${scoreText(r.scores.get(e.key))}）`}`).join(en ? "; " : "；")}`;
        const stroke = { "stroke-width": e.role === "subject" ? 2.5 : e.role === "other" ? 1 : 1.5, "stroke-opacity": e.role === "other" ? 0.6 : undefined, "stroke-linejoin": "round" };
        return s(
          "g",
          { class: `db-series ${CLASS[e.role]}`, role: "listitem", "data-key": e.key },
          s("title", {}, tip),
          d === "" ? null : complete ? s("path", { d, style: `fill:var(${COLOUR[e.role]})`, "fill-opacity": e.role === "subject" ? 0.16 : e.role === "other" ? 0.03 : 0.06, ...stroke }) : s("path", { class: "db-outline", d, fill: "none", ...stroke }),
          rows.map((r, k) => (present[k] ? s("circle", { cx: point(k, r.scores.get(e.key)!)[0], cy: point(k, r.scores.get(e.key)!)[1], r: e.role === "subject" ? 3.5 : 2.5 }) : s("path", { class: "db-missing", d: cross(k, e), fill: "none", "stroke-width": 2, "stroke-linecap": "round" }))),
        );
      }),
    );
    return frame("profile", options, { width, height }, { title, description }, table, [legend, grid, axisLabels, marks]);
  }

  // Dots: a row per indicator, x = score.
  const labelWidth = Math.min(width * 0.3, Math.max(48, ...rows.map((r) => textWidth(r.label))) + 12);
  const ownValue = (r: Row) => (subject && r.values.has(subject.key) ? show(r.values.get(subject.key)!, r.unit, locale) : "");
  const valueWidth = subject ? Math.max(0, ...rows.map((r) => textWidth(ownValue(r)))) + 14 : 0;
  const x0 = MARGIN.left + labelWidth;
  const x1 = width - MARGIN.right - valueWidth - 8;
  const head = subject ? 14 : 0;
  const height = options.height ?? top + head + rows.length * ROW + AXIS + 4;
  const x = scaleLinear().domain([0, 100]).range([x0, x1]);
  const axisY = top + head + rows.length * ROW;
  const mid = (k: number) => top + head + k * ROW + ROW / 2;
  const grid = s(
    "g",
    { class: "db-grid db-axis", "aria-hidden": "true" },
    [0, 25, 50, 75, 100].map((t) => s("g", { transform: translate(x(t), 0) }, s("line", { y1: top + head, y2: axisY + 4 }), s("text", { y: axisY + 15, "text-anchor": "middle" }, scoreText(t)))),
    s("text", { x: x0 - 16, y: axisY + 15, "text-anchor": "end" }, en ? "score" : "得分"),
    rows.map((_, k) => s("line", { x1: x0, x2: x1, y1: mid(k), y2: mid(k) })),
  );
  const rowLabels = s(
    "g",
    { "aria-hidden": "true" },
    subject ? s("text", { x: x1 + 14, y: top + head - 4, class: "db-note" }, fit(subject.name, valueWidth + MARGIN.right)) : null,
    rows.flatMap((r, k) => [
      s("text", { x: x0 - 10, y: mid(k), dy: "0.35em", "text-anchor": "end" }, fit(r.label, labelWidth - 10)),
      subject ? s("text", { x: x1 + 14, y: mid(k), dy: "0.35em", "font-weight": 700 }, ownValue(r)) : null,
    ]),
  );
  // The subject's line, broken where a value is missing (a row without its dot is not bridged).
  let path = "";
  if (subject) {
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1) path += `M${run.join("L")}`;
      run = [];
    };
    rows.forEach((r, k) => (has(subject, r) ? run.push(`${round(x(clamp(r.scores.get(subject.key)!, 0, 100)))},${mid(k)}`) : flush()));
    flush();
  }
  const profile = path ? s("g", { class: "db-subject", "aria-hidden": "true" }, s("path", { d: path, fill: "none", "stroke-width": 1.5, opacity: 0.5 })) : null;
  const marks = s(
    "g",
    { role: "list", "aria-label": title },
    drawn.flatMap((e) =>
      rows.map((r, k) => {
        const v = r.scores.get(e.key);
        if (v === undefined || !Number.isFinite(v)) return null;
        const tip = tipOf(e, r);
        return s(
          "g",
          { class: `db-dot ${CLASS[e.role]}`, role: "listitem", "data-key": `${r.key}|${e.key}` },
          s("title", {}, tip),
          s("circle", { cx: x(clamp(v, 0, 100)), cy: mid(k), r: e.role === "subject" ? 6 : e.role === "other" ? 4 : 5, "stroke-width": 1.5, style: "stroke:var(--db-bg)", "fill-opacity": e.role === "other" ? 0.7 : undefined }),
        );
      }),
    ),
  );
  return frame("profile", options, { width, height }, { title, description }, table, [legend, grid, rowLabels, profile, marks]);
}, { unitPerRow: true });

/**
 * Sets the scores 0–100 of one indicator's values: as given, as a share of the best value, or min–max.
 * A share needs a ratio scale, so an indicator with a zero or negative value falls back to min–max; a
 * span of 0 (every value the same, or a single one) scores 50 min–max. Never NaN for a finite value.
 */
function score(r: Row, method: "given" | "max" | "range"): void {
  const finite = [...r.values.values()].filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  r.scaled = method === "max" && !(lo > 0) ? "range" : method;
  for (const [k, v] of r.values) {
    if (!Number.isFinite(v)) continue;
    if (r.scaled === "given") r.scores.set(k, v);
    else if (r.scaled === "max") r.scores.set(k, (r.direction === "lower" ? lo / v : v / hi) * 100);
    else r.scores.set(k, hi > lo ? ((r.direction === "lower" ? hi - v : v - lo) / (hi - lo)) * 100 : 50);
  }
}

/**
 * The radar outline of a series with missing values: one open subpath per run of two or more
 * neighbouring present values around the circle (the last axis neighbours the first), so nothing is
 * drawn into or across a missing axis; a lone value is its dot only.
 */
function outline(present: readonly boolean[], at: (k: number) => string): string {
  const n = present.length;
  const start = present.indexOf(false);
  let d = "";
  let run: number[] = [];
  const flush = () => {
    if (run.length > 1) d += `M${run.map(at).join("L")}`;
    run = [];
  };
  for (let j = 1; j <= n; j++) {
    const k = (start + j) % n;
    if (present[k]) run.push(k);
    else flush();
  }
  flush();
  return d;
}

/** Plan rows (with `peers`) or long rows as a matrix of indicators × series. */
function profileRows<T>(data: readonly T[], options: ProfileChartOptions<T>, locale: Locale): { rows: Row[]; series: Series[] } {
  const labelOf = field<T, unknown>(options.label, ["label", "name", "indicator"], { chart: "profileChart", option: "label", rows: data });
  const idOf = field<T, unknown>(undefined, ["indicator"]);
  const unitOf = typeof options.unit === "function" ? options.unit : field<T, unknown>(undefined, ["unit"]);
  const fixedUnit = typeof options.unit === "function" ? undefined : options.unit;
  const directionOf = field<T, unknown>(options.direction, ["direction"], { chart: "profileChart", option: "direction", rows: data });
  const name = (id: string) => nameOf(id, options.entities, locale);
  const near = new Set(options.peers ?? []);
  const far = new Set(options.far ?? []);
  const rows = new Map<string, Row>();
  const series = new Map<string, Series>();
  const addSeries = (key: string, shown: string, role: Role) => {
    if (!series.has(key)) series.set(key, { key, name: shown, role });
  };
  const rowFor = (d: T, i: number, key: string, raw: unknown, given?: Direction): Row => {
    let row = rows.get(key);
    if (row !== undefined) return row;
    const id = idOf(d, i, data);
    const def = lookup(id, options.indicators) ?? lookup(raw, options.indicators);
    const u = fixedUnit ?? unitOf(d, i, data);
    const dir = directionOf(d, i, data);
    row = {
      key,
      label: labelText(raw, options.indicators, locale),
      unit: u != null && u !== "" ? (u as string | Unit) : def?.unit,
      direction: dir === "lower" || dir === "higher" ? dir : (given ?? def?.direction ?? "higher"),
      values: new Map(),
      scores: new Map(),
      scaled: "given",
    };
    rows.set(key, row);
    return row;
  };
  const roleOf = (key: string, shown: string): Role => (key === options.subject || shown === options.subject ? "subject" : far.has(key) || far.has(shown) ? "far" : near.has(key) || near.has(shown) ? "near" : "other");
  const isPlan = data.some((d) => d !== null && typeof d === "object" && Array.isArray((d as { peers?: unknown }).peers));
  if (isPlan) {
    const subject = options.subject ?? "";
    const subjectKey = subject || "\u0000subject";
    addSeries(subjectKey, subject === "" ? (locale === "en" ? "subject" : "本单位") : name(subject), "subject");
    data.forEach((d, i) => {
      const plan = d as unknown as { subjectValue?: unknown; peers?: readonly { peer: string; role: "near" | "far"; peerValue: number; direction?: Direction }[] };
      const raw = labelOf(d, i, data);
      const row = rowFor(d, i, `${keyOf(raw)}#${i}`, raw, plan.peers?.[0]?.direction);
      row.values.set(subjectKey, num(plan.subjectValue));
      for (const c of plan.peers ?? []) {
        addSeries(c.peer, name(c.peer), c.role === "far" ? "far" : "near");
        row.values.set(c.peer, num(c.peerValue));
      }
    });
  } else {
    const seriesOfRow = field<T, unknown>(options.series, ["series", "entity"], { chart: "profileChart", option: "series", rows: data });
    const valueOf = field<T, number | null | undefined>(options.value, ["value"], { chart: "profileChart", option: "value", rows: data });
    data.forEach((d, i) => {
      const raw = labelOf(d, i, data);
      const key = String(seriesOfRow(d, i, data) ?? "");
      const shown = name(key);
      addSeries(key, shown, roleOf(key, shown));
      rowFor(d, i, keyOf(raw), raw).values.set(key, num(valueOf(d, i, data)));
    });
  }
  const all = [...series.values()];
  return { rows: [...rows.values()], series: [...all.filter((e) => e.role === "subject"), ...all.filter((e) => e.role !== "subject")] };
}

function legendLayer(series: readonly Series[], locale: Locale, width: number, gaps: boolean): VNode {
  const named = series.filter((e) => e.role !== "other");
  const plain = series.filter((e) => e.role === "other");
  // Every unit by name when few; else the highlighted ones and "the others".
  const shown: [Role | null, string][] = plain.length > 0 && series.length > 6 ? [...named.map((e): [Role, string] => [e.role, e.name]), ["other", locale === "en" ? `${plain.length} others` : `其他${plain.length}个单位`]] : series.map((e): [Role, string] => [e.role, e.name]);
  // The radar's mark of a missing value.
  if (gaps) shown.push([null, locale === "en" ? "no data" : "无数据"]);
  let x = MARGIN.left;
  const y = MARGIN.top + 10;
  const out: VNode[] = [];
  for (const [role, text] of shown) {
    if (x + 16 + textWidth(text) > width - MARGIN.right) break;
    const glyph = role === null ? s("path", { d: `M3,${y - 3}L9,${y + 3}M3,${y + 3}L9,${y - 3}`, fill: "none", "stroke-width": 1.5, "stroke-linecap": "round", style: "stroke:var(--db-fg)" }) : s("circle", { cx: 6, cy: y, r: 5 });
    out.push(s("g", { class: role === null ? undefined : CLASS[role], transform: translate(x, 0) }, glyph, s("text", { x: 16, y, dy: "0.35em" }, text)));
    x += 16 + textWidth(text) + 16;
  }
  return s("g", { class: "db-legend", "aria-hidden": "true" }, out);
}

/** Breaks a label into at most two lines of `px` (at spaces when there are any), the second cut with an ellipsis. */
function wrap(text: string, px: number): string[] {
  if (textWidth(text) <= px) return [text];
  const words = text.includes(" ") ? text.split(" ") : [...text];
  const gap = text.includes(" ") ? " " : "";
  let first = "";
  let k = 0;
  for (; k < words.length; k++) {
    const next = first === "" ? words[k] : `${first}${gap}${words[k]}`;
    if (first !== "" && textWidth(next) > px) break;
    first = next;
  }
  const rest = words.slice(k).join(gap);
  return rest === "" ? [fit(first, px)] : [fit(first, px), fit(rest, px)];
}

