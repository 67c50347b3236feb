import { scaleLinear } from "./_scale.js";
import { gap as gapOf, type Gap } from "../benchmark/gap.js";
import type { GapTrend } from "../benchmark/gapTrend.js";
import type { Direction } from "../model/indicator.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { EntitySet } from "../model/entitySet.js";
import type { Unit } from "../model/unit.js";
import { formatRate } from "../narrative/formatRate.js";
import { field, MARGIN, show, nameOf, type Accessor, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { s, translate, type VNode } from "./_node.js";
import { defineChart } from "./defineChart.js";
import { clamp, keyOf, labelText, lookup, num, fit, textWidth } from "./_chartUtil.js";

/**
 * Options of {@link gapChart}.
 *
 * @category Charts
 * @example
 * const options: GapChartOptions<{ indicator: string; zone: string; value: number }> = { series: (d) => d.zone, subject: "济宁高新区", far: ["长沙高新区"] };
 * options.subject // => "济宁高新区"
 */
export interface GapChartOptions<T = unknown> extends ChartOptions {
  /** The indicator of a row. Default: `d.label`, `d.name` or `d.indicator` (an indicator id shows its name when `indicators` is given; a `{ zh, en }` name is read in the locale). */
  label?: Channel<T, string>;
  /** Long rows: the entity a value belongs to. Default: `d.series` or `d.entity`. */
  series?: Channel<T, string>;
  /** Long rows: the value. Default: `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** Long rows: how the gap to this peer changed since a year earlier (a `GapTrend`). Default: `d.trend`. */
  trend?: Channel<T, GapTrend | null | undefined>;
  /** The subject, by series label or entity id. Long rows: default the first series. `computePlan` rows: its name (they do not carry it; default 本单位 / "subject"). */
  subject?: string;
  /** Long rows: the far models (远学), drawn in the far colour; other peers are near peers. Default: `d.role === "far"`. */
  far?: readonly string[];
  /** Unit of the values, for all rows or per row. Default: `d.unit`, else the indicator's unit from `indicators`. A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit | Accessor<T, string | Unit | null | undefined>;
  /** Entity definitions, to show names for ids (a plan's peers are ids). */
  entities?: EntitySet;
  /** Indicator definitions, to show names, units and directions for ids. */
  indicators?: IndicatorSet;
}

type Locale = "zh-CN" | "en";
type Role = "subject" | "near" | "far";

interface Entry {
  series: string;
  name: string;
  role: Role;
  value: number;
  trend: GapTrend | null;
  gap: Gap | null;
}

interface GapRow {
  key: string;
  label: string;
  unit: string | Unit | undefined;
  entries: Entry[];
}

const ROW = 46;
const AXIS = 24;
const LEGEND = 24;
const CLASS: Record<Role, string> = { subject: "db-subject", near: "db-peer", far: "db-far" };
const TRENDS: Record<Locale, Record<GapTrend, string>> = {
  "zh-CN": {
    narrowing: "↓ 差距缩小",
    widening: "↑ 差距扩大",
    unchanged: "→ 差距不变",
    overtook: "⇅ 实现反超",
    "fell behind": "⇅ 被反超",
    "lead widening": "↑ 领先扩大",
    "lead narrowing": "↓ 领先缩小",
    "lead unchanged": "→ 领先不变",
    level: "→ 持平",
  },
  en: {
    narrowing: "↓ gap narrowing",
    widening: "↑ gap widening",
    unchanged: "→ gap unchanged",
    overtook: "⇅ overtook",
    "fell behind": "⇅ fell behind",
    "lead widening": "↑ lead widening",
    "lead narrowing": "↓ lead narrowing",
    "lead unchanged": "→ lead unchanged",
    level: "→ level",
  },
};

/**
 * The subject against its near peers (近赶) and far models (远学), indicator by indicator: a dumbbell
 * per row, with a dot per entity (subject, near peer, far model in their colours) and a line from the
 * subject to each peer. Indicators have different units, so each row is scaled to its own largest
 * value (100 %); the real values are written by the dots and in the tooltips. The direction of each
 * gap since a year earlier (↓ 差距缩小, ↑ 差距扩大 …) is noted at the end of the row when known.
 *
 * Accepts the `table` of a `computePlan` result directly (`gapChart(result.table, { subject })`),
 * or long rows (indicator, series, value). Missing values leave their dot out.
 *
 * @param rows - `PlanTableRow`s, or one row per indicator and entity
 * @param options - see {@link GapChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one)
 * @category Charts
 * @example
 * const rows = [{ indicator: "收入", series: "甲", value: 80 }, { indicator: "收入", series: "乙", value: 100, trend: "narrowing" }];
 * const svg = renderToString(gapChart, rows, { subject: "甲" });
 * svg.includes("差距缩小") // => true
 * svg.includes("甲对乙领先0项、落后1项") // => true
 */
export const gapChart = defineChart<any, GapChartOptions<any>>("gapChart", <T>(data: readonly T[], options: GapChartOptions<T>) => {
  const locale: Locale = options.locale ?? "zh-CN";
  const en = locale === "en";
  const rows = gapRows(data, options, locale);
  const series = seriesOf(rows);
  const subject = series.find((e) => e.role === "subject");
  const peers = series.filter((e) => e.role !== "subject");

  // Texts.
  const title = options.title ?? (en ? "Gaps to peers" : "对标差距");
  const subjectName = subject?.name ?? (en ? "the subject" : "本单位");
  const tipOf = (r: GapRow) => {
    const parts = r.entries.map((e) => {
      const value = show(e.value, r.unit, locale);
      if (e.role === "subject") return `${e.name} ${value}`;
      const ratio = e.gap && Number.isFinite(e.gap.ratio) ? (en ? `${subjectName} at ${formatRate(e.gap.ratio, { locale })} of it` : `${subjectName}为其${formatRate(e.gap.ratio, { locale })}`) : "";
      const trend = e.trend ? TRENDS[locale][e.trend].slice(2) : "";
      const note = [ratio, trend].filter(Boolean).join(en ? ", " : "，");
      return `${e.name} ${value}${note ? (en ? ` (${note})` : `（${note}）`) : ""}`;
    });
    return `${r.label}${en ? ": " : "："}${parts.join(en ? "; " : "；")}`;
  };
  const clauses = peers.map((p) => {
    const gaps = rows.map((r) => r.entries.find((e) => e.series === p.series)).filter((e): e is Entry => e !== undefined && e.gap !== null && Number.isFinite(e.gap.absolute));
    const ahead = gaps.filter((e) => e.gap!.absolute > 0).length;
    const behind = gaps.filter((e) => e.gap!.absolute < 0).length;
    const level = gaps.length - ahead - behind;
    const count = (...t: GapTrend[]) => gaps.filter((e) => e.trend !== null && t.includes(e.trend)).length;
    const narrowing = count("narrowing", "overtook");
    const widening = count("widening", "fell behind");
    if (en) {
      const trend = narrowing || widening ? ` (gap narrowing on ${narrowing}, widening on ${widening})` : "";
      return `ahead of ${p.name} on ${ahead}${level ? `, level on ${level}` : ""}, behind on ${behind}${trend}`;
    }
    const trend = narrowing || widening ? `，差距缩小${narrowing}项、扩大${widening}项` : "";
    return `对${p.name}领先${ahead}项${level ? `、持平${level}项` : ""}、落后${behind}项${trend}`;
  });
  const description =
    options.description ??
    (en
      ? `${subjectName} against ${peers.map((p) => p.name).join(" and ") || "no peers"} on ${rows.length} indicator${rows.length === 1 ? "" : "s"}, each row scaled to its largest value${clauses.length ? `: ${subjectName} is ${clauses.join("; ")}` : ""}.`
      : `${subjectName}与${peers.map((p) => p.name).join("、") || "对标单位"}在${rows.length}项指标上的差距（各行以该行最大值为100%）${clauses.length ? `：${subjectName}${clauses.join("；")}` : ""}。`);

  // Dimensions.
  const width = options.width ?? 640;
  const labelWidth = Math.min(width * 0.3, Math.max(48, ...rows.map((r) => textWidth(r.label))) + 12);
  const notes = rows.flatMap((r) => r.entries.filter((e) => e.trend !== null).map((e) => TRENDS[locale][e.trend!]));
  const noteWidth = notes.length ? Math.max(...notes.map(textWidth)) + 22 : 0;
  const x0 = MARGIN.left + labelWidth;
  const x1 = width - MARGIN.right - noteWidth - 24;
  const top = MARGIN.top + LEGEND;
  const height = options.height ?? top + rows.length * ROW + AXIS + 4;
  const nonNegative = rows.every((r) => r.entries.every((e) => !(e.value < 0)));

  // Layers.
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const axisY = top + rows.length * ROW;
  const unit = scaleLinear().domain([0, 1]).range([x0, x1]);
  const grid = s(
    "g",
    { class: "db-grid db-axis", "aria-hidden": "true" },
    ticks.map((t) => s("g", { transform: translate(unit(t), 0) }, s("line", { y1: top, y2: axisY + 4 }), nonNegative ? s("text", { y: axisY + 15, "text-anchor": "middle" }, formatRate(t, { locale })) : null)),
    nonNegative ? s("text", { x: x0 - 16, y: axisY + 15, "text-anchor": "end" }, en ? "% of row max" : "占行最大值") : null,
  );
  const items = rows.map((r, k) => {
    const mid = top + k * ROW + ROW / 2 + 2;
    const finite = r.entries.filter((e) => Number.isFinite(e.value));
    const values = finite.map((e) => e.value);
    const x = scaleLinear().domain([Math.min(0, ...values), Math.max(0, ...values) || 1]).range([x0, x1]);
    const own = finite.find((e) => e.role === "subject");
    const others = finite.filter((e) => e.role !== "subject");
    // Farther peers first, so that the nearer line is drawn on top where they overlap.
    const byDistance = own ? [...others].sort((a, b) => Math.abs(x(b.value) - x(own.value)) - Math.abs(x(a.value) - x(own.value))) : others;
    const lines = own ? byDistance.map((e) => s("g", { class: CLASS[e.role] }, s("line", { x1: x(own.value), x2: x(e.value), y1: mid, y2: mid, "stroke-width": 3, "stroke-linecap": "round", opacity: 0.55 }))) : [];
    const dots = [...byDistance, ...(own ? [own] : [])].map((e) => s("g", { class: CLASS[e.role] }, s("circle", { cx: x(e.value), cy: mid, r: e.role === "subject" ? 6 : 5.5, "stroke-width": 1.5, style: "stroke:var(--db-bg)" })));
    const above = dodge(
      others.map((e) => ({ x: x(e.value), text: show(e.value, r.unit, locale) })),
      x0,
      x1 + 22,
    ).map((l) => s("text", { x: l.x, y: mid - 10, "text-anchor": "middle", class: "db-value" }, l.text));
    const below = own ? s("text", { x: clamp(x(own.value), x0 + textWidth(show(own.value, r.unit, locale)) / 2, x1 + 22 - textWidth(show(own.value, r.unit, locale)) / 2), y: mid + 18, "text-anchor": "middle", "font-weight": 700 }, show(own.value, r.unit, locale)) : null;
    const trends = r.entries.filter((e) => e.trend !== null);
    const trendNotes = trends.map((e, j) => {
      const ty = mid + (j - (trends.length - 1) / 2) * 14;
      return s("g", { class: CLASS[e.role] }, s("circle", { cx: x1 + 30, cy: ty, r: 3.5 }), s("text", { x: x1 + 38, y: ty, dy: "0.35em" }, TRENDS[locale][e.trend!]));
    });
    const tip = tipOf(r);
    return s(
      "g",
      { class: "db-gap", role: "listitem", "data-key": r.key },
      s("title", {}, tip),
      s("text", { x: x0 - 10, y: mid, dy: "0.35em", "text-anchor": "end" }, fit(r.label, labelWidth - 10)),
      s("g", { class: "db-grid" }, s("line", { x1: x0, x2: x1, y1: mid, y2: mid })),
      lines,
      dots,
      above,
      below,
      trendNotes,
    );
  });
  const marks = s("g", { role: "list", "aria-label": title }, items);
  const legend = legendLayer(series, locale);

  const head = [en ? "Indicator" : "指标", ...series.flatMap((e) => (e.role === "subject" || !rows.some((r) => r.entries.some((x) => x.series === e.series && x.trend !== null)) ? [e.name] : [e.name, en ? `Gap to ${e.name}` : `与${e.name}差距变化`]))];
  const table = {
    head,
    rows: rows.map((r) => [
      r.label,
      ...series.flatMap((e) => {
        const entry = r.entries.find((x) => x.series === e.series);
        const value = entry ? show(entry.value, r.unit, locale) : "—";
        if (e.role === "subject" || !rows.some((q) => q.entries.some((x) => x.series === e.series && x.trend !== null))) return [value];
        return [value, entry?.trend ? TRENDS[locale][entry.trend].slice(2) : "—"];
      }),
    ]),
  };
  return frame("gap", options, { width, height }, { title, description }, table, [legend, grid, marks]);
}, { unitPerRow: true });

/** The rows of the chart: plan rows (with `peers`) as they are, long rows grouped by indicator. */
function gapRows<T>(data: readonly T[], options: GapChartOptions<T>, locale: Locale): GapRow[] {
  const labelOf = field<T, unknown>(options.label, ["label", "name", "indicator"], { chart: "gapChart", option: "label", rows: data });
  const idOf = field<T, unknown>(undefined, ["indicator"]);
  const unitOf = typeof options.unit === "function" ? options.unit : field<T, unknown>(undefined, ["unit"]);
  const fixedUnit = typeof options.unit === "function" ? undefined : options.unit;
  const name = (id: string) => nameOf(id, options.entities, locale);
  const unitFor = (d: T, i: number, raw: unknown, id: unknown): string | Unit | undefined => {
    const u = fixedUnit ?? unitOf(d, i, data);
    if (u != null && u !== "") return u as string | Unit;
    return lookup(id, options.indicators)?.unit ?? lookup(raw, options.indicators)?.unit;
  };
  const rows = new Map<string, GapRow>();
  const directions = new Map<string, Direction>();
  const isPlan = data.some((d) => d !== null && typeof d === "object" && Array.isArray((d as { peers?: unknown }).peers));
  if (isPlan) {
    const subject = options.subject ?? "";
    const subjectName = subject === "" ? (locale === "en" ? "subject" : "本单位") : name(subject);
    data.forEach((d, i) => {
      const row = d as unknown as { subjectValue?: unknown; peers?: readonly { peer: string; role: "near" | "far"; peerValue: number; gap: Gap; trend: GapTrend | null }[] };
      const raw = labelOf(d, i, data);
      const key = keyOf(raw);
      const entries: Entry[] = [{ series: subject || subjectName, name: subjectName, role: "subject", value: num(row.subjectValue), trend: null, gap: null }];
      for (const c of row.peers ?? []) {
        entries.push({ series: c.peer, name: name(c.peer), role: c.role === "far" ? "far" : "near", value: num(c.peerValue), trend: c.trend ?? null, gap: c.gap ?? null });
      }
      rows.set(`${key}#${i}`, { key, label: labelText(raw, options.indicators, locale), unit: unitFor(d, i, raw, idOf(d, i, data)), entries });
    });
    return [...rows.values()];
  }
  const seriesOfRow = field<T, unknown>(options.series, ["series", "entity"], { chart: "gapChart", option: "series", rows: data });
  const valueOf = field<T, number | null | undefined>(options.value, ["value"], { chart: "gapChart", option: "value", rows: data });
  const trendOf = field<T, unknown>(options.trend, ["trend"], { chart: "gapChart", option: "trend", rows: data });
  const roleOf = field<T, unknown>(undefined, ["role"]);
  const far = new Set(options.far ?? []);
  let subject = options.subject;
  data.forEach((d, i) => {
    const raw = labelOf(d, i, data);
    const key = keyOf(raw);
    const serie = String(seriesOfRow(d, i, data) ?? "");
    subject ??= serie;
    let row = rows.get(key);
    if (row === undefined) {
      row = { key, label: labelText(raw, options.indicators, locale), unit: unitFor(d, i, raw, idOf(d, i, data)), entries: [] };
      rows.set(key, row);
      const direction = lookup(raw, options.indicators)?.direction;
      if (direction) directions.set(key, direction);
    }
    const shown = name(serie);
    const role: Role = serie === subject || shown === subject ? "subject" : far.has(serie) || far.has(shown) || roleOf(d, i, data) === "far" ? "far" : "near";
    const trend = trendOf(d, i, data);
    row.entries.push({ series: serie, name: shown, role, value: num(valueOf(d, i, data)), trend: role !== "subject" && typeof trend === "string" && trend in TRENDS["zh-CN"] ? (trend as GapTrend) : null, gap: null });
  });
  for (const row of rows.values()) {
    const own = row.entries.find((e) => e.role === "subject");
    if (own) for (const e of row.entries) if (e.role !== "subject") e.gap = gapOf(own.value, e.value, { direction: directions.get(row.key) ?? "higher" });
  }
  return [...rows.values()];
}

/** Every series once, the subject first. */
function seriesOf(rows: readonly GapRow[]): Entry[] {
  const seen = new Map<string, Entry>();
  for (const r of rows) for (const e of r.entries) if (!seen.has(e.series)) seen.set(e.series, e);
  const all = [...seen.values()];
  return [...all.filter((e) => e.role === "subject"), ...all.filter((e) => e.role === "near"), ...all.filter((e) => e.role === "far")];
}

function legendLayer(series: readonly Entry[], locale: Locale): VNode {
  let x = MARGIN.left;
  const y = MARGIN.top + 10;
  const out: VNode[] = [];
  // Roles are named when the far models are known (a plan, or `far`).
  const roles = series.some((e) => e.role === "far");
  const words = locale === "en" ? { subject: "", near: " (near)", far: " (far)" } : { subject: "", near: "（近赶）", far: "（远学）" };
  for (const e of series) {
    const text = `${e.name}${roles ? words[e.role] : ""}`;
    out.push(s("g", { class: CLASS[e.role], transform: translate(x, 0) }, s("circle", { cx: 6, cy: y, r: 5 }), s("text", { x: 16, y, dy: "0.35em" }, text)));
    x += 16 + textWidth(text) + 16;
  }
  return s("g", { class: "db-legend", "aria-hidden": "true" }, out);
}

/** Spreads labels centred at x so that they do not overlap, within [lo, hi]. */
function dodge(labels: readonly { x: number; text: string }[], lo: number, hi: number): { x: number; text: string }[] {
  const boxes = labels.map((l) => ({ ...l, w: textWidth(l.text) + 6 })).sort((a, b) => a.x - b.x);
  for (const b of boxes) b.x = clamp(b.x, lo + b.w / 2, hi - b.w / 2);
  for (let k = 1; k < boxes.length; k++) {
    const min = boxes[k - 1].x + boxes[k - 1].w / 2 + boxes[k].w / 2;
    if (boxes[k].x < min) boxes[k].x = min;
  }
  for (let k = boxes.length - 1; k >= 0; k--) {
    const max = k === boxes.length - 1 ? hi - boxes[k].w / 2 : boxes[k + 1].x - boxes[k + 1].w / 2 - boxes[k].w / 2;
    if (boxes[k].x > max) boxes[k].x = max;
  }
  return boxes.map(({ x, text }) => ({ x, text }));
}

