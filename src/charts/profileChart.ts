import { scaleLinear } from "d3-scale";
import { keyword } from "../_internal/keyword.js";
import type { Direction } from "../model/indicator.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { EntitySet } from "../model/entitySet.js";
import type { Unit } from "../model/unit.js";
import { formatCompact } from "../narrative/formatCompact.js";
import { field, MARGIN, nameOf, type Accessor } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { s, type VNode } from "./_node.js";
import { defineChart } from "./defineChart.js";
import { clamp, keyOf, labelText, lookup, num, round, showIn, fit, textWidth } from "./_chartUtil.js";

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
  label?: Accessor<T, string>;
  /** Long rows: the entity a value belongs to. Default: `d.series` or `d.entity`. */
  series?: Accessor<T, string>;
  /** Long rows: the value. Default: `d.value`. */
  value?: Accessor<T, number | null | undefined>;
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
  /** How values become scores 0–100 per indicator: `"range"` (default) min–max across the series, or `"max"` as a share of the largest. Lower-is-better indicators are turned round, so 100 is always best. */
  normalize?: "range" | "max";
  /** Unit of the values, for all rows or per row. Default: `d.unit`, else the indicator's unit from `indicators`. */
  unit?: string | Unit | Accessor<T, string | Unit | null | undefined>;
  /** Which way is better, per row. Default: `d.direction`, a plan's direction, or the indicator's from `indicators`; else higher. */
  direction?: Accessor<T, Direction | null | undefined>;
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
}

const ROW = 30;
const AXIS = 24;
const LEGEND = 24;
const CLASS: Record<Role, string> = { subject: "db-subject", near: "db-peer", far: "db-far", other: "db-mark" };
const COLOUR: Record<Role, string> = { subject: "--db-subject", near: "--db-peer", far: "--db-far", other: "--db-mark" };
const ORDER: Record<Role, number> = { other: 0, far: 1, near: 2, subject: 3 };

/**
 * The subject's profile over several indicators against its peers, each indicator turned into a score
 * from 0 to 100 so that units do not matter: min–max across the series by default (the best of the
 * group 100, the last 0; lower-is-better indicators turned round), as a share of the largest with
 * `normalize: "max"`, or as given with `normalized: true`. Drawn as a parallel dot plot (a row per
 * indicator, a dot per entity, the subject's profile joined by a line) or, with `type: "radar"`, as a
 * radar chart (an axis per indicator, a polygon per entity). Real values are in the tooltips and the
 * table.
 *
 * Accepts the `table` of a `computePlan` result directly (`profileChart(result.table, { subject })`),
 * or long rows (indicator, series, value). Missing values leave their dot out.
 *
 * @param rows - `PlanTableRow`s, or one row per indicator and entity
 * @param options - see {@link ProfileChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one), or `type` or `normalize` is not one of theirs
 * @category Charts
 * @example
 * const rows = [{ indicator: "收入", series: "甲", value: 80 }, { indicator: "收入", series: "乙", value: 100 }, { indicator: "税收", series: "甲", value: 9 }, { indicator: "税收", series: "乙", value: 6 }];
 * const svg = renderToString(profileChart, rows, { subject: "甲" });
 * svg.includes("甲得分最高的是税收（100），最低的是收入（0）") // => true
 * renderToString(profileChart, rows, { subject: "甲", type: "radar" }).includes("duibiao-profile") // => true
 */
export const profileChart = defineChart<any, ProfileChartOptions<any>>("profileChart", <T>(data: readonly T[], options: ProfileChartOptions<T>) => {
  const locale: Locale = options.locale ?? "zh-CN";
  const en = locale === "en";
  const type = keyword("profileChart", options.type, "type", ["dots", "radar"], "dots");
  const normalize = keyword("profileChart", options.normalize, "normalize", ["range", "max"], "range");
  const { rows, series } = profileRows(data, options, locale);
  for (const r of rows) {
    const finite = [...r.values.values()].filter(Number.isFinite);
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    for (const [k, v] of r.values) {
      if (!Number.isFinite(v)) continue;
      let score: number;
      if (options.normalized) score = v;
      else if (normalize === "max") score = hi > 0 ? (r.direction === "lower" ? (v > 0 ? (Math.max(lo, 0) / v) * 100 : NaN) : (v / hi) * 100) : NaN;
      else score = hi > lo ? ((r.direction === "lower" ? hi - v : v - lo) / (hi - lo)) * 100 : 50;
      r.scores.set(k, score);
    }
  }
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
        : "各指标以最大值为100换算"
      : en
        ? "each indicator scaled so that the lowest unit scores 0 and the highest 100"
        : "各指标按单位间最小值为0、最大值为100换算";
  const lower = !options.normalized && rows.some((r) => r.direction === "lower") ? (en ? "; lower-is-better indicators turned round" : "，越低越好的指标已反转") : "";
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
      ? `${subject ? `${subject.name} against ${others} other unit${others === 1 ? "" : "s"}` : `${series.length} units`} on ${rows.length} indicator${rows.length === 1 ? "" : "s"} (${how}${lower})${summary}.`
      : `${subject ? `${subject.name}与${others}个对标单位` : `${series.length}个单位`}在${rows.length}项指标上的相对位置（${how}${lower}）${summary}。`);

  const tipOf = (e: Series, r: Row) => `${e.name}${en ? ", " : " · "}${r.label}${en ? ": " : "："}${showIn(r.values.get(e.key) ?? NaN, r.unit, locale)}${en ? ` (score ${scoreText(r.scores.get(e.key))})` : `（得分${scoreText(r.scores.get(e.key))}）`}`;
  const drawn = [...series].sort((a, b) => ORDER[a.role] - ORDER[b.role]);
  const width = options.width ?? 640;
  const legend = legendLayer(series, locale, width);
  const top = MARGIN.top + LEGEND;
  const table = {
    head: [en ? "Indicator" : "指标", ...series.map((e) => e.name)],
    rows: rows.map((r) => [r.label, ...series.map((e) => (r.values.has(e.key) ? `${showIn(r.values.get(e.key)!, r.unit, locale)}${en ? ` (${scoreText(r.scores.get(e.key))})` : `（${scoreText(r.scores.get(e.key))}）`}` : "—"))]),
  };

  if (type === "radar") {
    const n = rows.length;
    const labels = rows.map((r) => wrap(r.label, width * 0.2));
    const labelWidth = Math.max(24, ...labels.flat().map(textWidth));
    const radius = Math.max(50, Math.min((width - 2 * (labelWidth + 20)) / 2, 170));
    const height = options.height ?? top + 2 * radius + 56;
    const cx = width / 2;
    const cy = top + 24 + radius;
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
        const [x, y] = [cx + cos * (radius + 10), cy + sin * (radius + 10)];
        const lines = labels[k];
        const first = sin < -0.3 ? -0.2 - (lines.length - 1) * 1.15 : sin > 0.3 ? 0.9 : 0.35 - ((lines.length - 1) * 1.15) / 2;
        return s(
          "text",
          { x, y, "text-anchor": cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle" },
          lines.map((line, j) => s("tspan", { x, dy: `${round(j === 0 ? first : 1.15)}em` }, line)),
        );
      }),
    );
    const marks = s(
      "g",
      { role: "list", "aria-label": title },
      drawn.map((e) => {
        const points = rows.map((r, k) => ({ k, v: r.scores.get(e.key) })).filter((p): p is { k: number; v: number } => p.v !== undefined && Number.isFinite(p.v));
        const d = points.length ? `M${points.map((p) => point(p.k, p.v).join(",")).join("L")}Z` : undefined;
        const tip = `${e.name}${en ? ": " : "："}${rows.map((r) => `${r.label} ${showIn(r.values.get(e.key) ?? NaN, r.unit, locale)}${en ? ` (${scoreText(r.scores.get(e.key))})` : `（${scoreText(r.scores.get(e.key))}）`}`).join(en ? "; " : "；")}`;
        return s(
          "g",
          { class: `db-series ${CLASS[e.role]}`, tabindex: 0, role: "listitem", "aria-label": tip, "data-key": e.key },
          s("title", {}, tip),
          d ? s("path", { d, style: `fill:var(${COLOUR[e.role]})`, "fill-opacity": e.role === "subject" ? 0.16 : e.role === "other" ? 0.03 : 0.06, "stroke-width": e.role === "subject" ? 2.5 : e.role === "other" ? 1 : 1.5, "stroke-opacity": e.role === "other" ? 0.6 : undefined, "stroke-linejoin": "round" }) : null,
          points.map((p) => s("circle", { cx: point(p.k, p.v)[0], cy: point(p.k, p.v)[1], r: e.role === "subject" ? 3.5 : 2.5 })),
        );
      }),
    );
    return frame("profile", options, { width, height }, { title, description }, table, [legend, grid, axisLabels, marks]);
  }

  // Dots: a row per indicator, x = score.
  const labelWidth = Math.min(width * 0.3, Math.max(48, ...rows.map((r) => textWidth(r.label))) + 12);
  const ownValue = (r: Row) => (subject && r.values.has(subject.key) ? showIn(r.values.get(subject.key)!, r.unit, locale) : "");
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
    [0, 25, 50, 75, 100].map((t) => s("g", { transform: `translate(${round(x(t))},0)` }, s("line", { y1: top + head, y2: axisY + 4 }), s("text", { y: axisY + 15, "text-anchor": "middle" }, scoreText(t)))),
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
  const path = subject
    ? rows
        .map((r, k) => ({ k, v: r.scores.get(subject.key) }))
        .filter((p): p is { k: number; v: number } => p.v !== undefined && Number.isFinite(p.v))
        .map((p, j) => `${j === 0 ? "M" : "L"}${round(x(clamp(p.v, 0, 100)))},${mid(p.k)}`)
        .join("")
    : "";
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
          { class: `db-dot ${CLASS[e.role]}`, tabindex: 0, role: "listitem", "aria-label": tip, "data-key": `${r.key}|${e.key}` },
          s("title", {}, tip),
          s("circle", { cx: x(clamp(v, 0, 100)), cy: mid(k), r: e.role === "subject" ? 6 : e.role === "other" ? 4 : 5, "stroke-width": 1.5, style: "stroke:var(--db-bg)", "fill-opacity": e.role === "other" ? 0.7 : undefined }),
        );
      }),
    ),
  );
  return frame("profile", options, { width, height }, { title, description }, table, [legend, grid, rowLabels, profile, marks]);
});

/** Plan rows (with `peers`) or long rows as a matrix of indicators × series. */
function profileRows<T>(data: readonly T[], options: ProfileChartOptions<T>, locale: Locale): { rows: Row[]; series: Series[] } {
  const labelOf = field<T, unknown>(options.label, ["label", "name", "indicator"]);
  const idOf = field<T, unknown>(undefined, ["indicator"]);
  const unitOf = typeof options.unit === "function" ? options.unit : field<T, unknown>(undefined, ["unit"]);
  const fixedUnit = typeof options.unit === "function" ? undefined : options.unit;
  const directionOf = field<T, unknown>(options.direction, ["direction"]);
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
    const seriesOfRow = field<T, unknown>(options.series, ["series", "entity"]);
    const valueOf = field<T, number | null | undefined>(options.value, ["value"]);
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

function legendLayer(series: readonly Series[], locale: Locale, width: number): VNode {
  const named = series.filter((e) => e.role !== "other");
  const plain = series.filter((e) => e.role === "other");
  // Every unit by name when few; else the highlighted ones and "the others".
  const shown: [Role, string][] = plain.length > 0 && series.length > 6 ? [...named.map((e): [Role, string] => [e.role, e.name]), ["other", locale === "en" ? `${plain.length} others` : `其他${plain.length}个单位`]] : series.map((e): [Role, string] => [e.role, e.name]);
  let x = MARGIN.left;
  const y = MARGIN.top + 10;
  const out: VNode[] = [];
  for (const [role, text] of shown) {
    if (x + 16 + textWidth(text) > width - MARGIN.right) break;
    out.push(s("g", { class: CLASS[role], transform: `translate(${round(x)},0)` }, s("circle", { cx: 6, cy: y, r: 5 }), s("text", { x: 16, y, dy: "0.35em" }, text)));
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

