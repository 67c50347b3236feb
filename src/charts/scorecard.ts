import { scaleLinear } from "./_scale.js";
import { rangeError, typeError } from "../_internal/errors.js";
import type { EntitySet } from "../model/entitySet.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { Unit } from "../model/unit.js";
import { displayWidth } from "../narrative/displayWidth.js";
import { formatRank } from "../narrative/formatRank.js";
import { formatRate } from "../narrative/formatRate.js";
import type { CardColour } from "../target/statusCard.js";
import { field, warnOnce, MARGIN, show, nameOf, type Accessor, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { s, translate, type VNode } from "./_node.js";
import { defineChart } from "./defineChart.js";
import { labelText, lookup, num, round } from "./_chartUtil.js";

/**
 * Options of {@link scorecard}.
 *
 * @category Charts
 * @example
 * const options: ScorecardOptions<{ name: string; revenue: number; history: number[] }> = { label: (d) => d.name, value: (d) => d.revenue, spark: (d) => d.history, unit: "亿元", columns: 2 };
 * options.columns // => 2
 */
export interface ScorecardOptions<T = unknown> extends ChartOptions {
  /**
   * The card's title, the indicator's name. Default: `d.label`, `d.name` or `d.indicator` (an indicator
   * id shows its name when `indicators` is given; a `{ zh, en }` name is read in the locale); for a
   * row with none of them but an `entity` (a `rankWithin` row), the entity's name.
   */
  label?: Channel<T, string>;
  /** The value, in its unit. Default: `d.value`, `d.actual` or `d.subjectValue`. */
  value?: Channel<T, number | null | undefined>;
  /** The growth rate, a fraction (0.073 = 7.3 %). Default: `d.growth` or `d.subjectGrowth`. */
  growth?: Channel<T, number | null | undefined>;
  /** The rank, 1 = best. Default: `d.rank` or `d.levelRank`. */
  rank?: Channel<T, number | null | undefined>;
  /** Whether the rank is shared (并列). Default: `d.tied` or `d.levelTied`. */
  tied?: Channel<T, boolean | null | undefined>;
  /** The card colour (green / blue / yellow / red), shown as a coloured marker with its word. Default: `d.status` or `d.card` when it is a colour. */
  status?: Channel<T, CardColour | null | undefined>;
  /** Unit of the values, for all rows or per row. Default: `d.unit`, else the indicator's unit from `indicators`. A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit | Accessor<T, string | Unit | null | undefined>;
  /** The recent values, oldest first, for the sparkline. Default: `d.series` when it is an array. */
  spark?: Channel<T, ArrayLike<number | null | undefined> | null | undefined>;
  /** Cards per row. Default: as many as fit at 190 px each, at most 3. */
  columns?: number;
  /** Indicator definitions, to show names (and units) for ids. */
  indicators?: IndicatorSet;
  /** With `rankWithin` tables as rows: the entity whose board it is, by id (or name with `entities`). Its row of each table makes a card titled with the table's indicator. */
  subject?: string;
  /** Entity definitions, to show names for entity ids (the subject's name, cards titled by entity). */
  entities?: EntitySet;
}

type Locale = "zh-CN" | "en";

interface Card {
  key: string;
  label: string;
  /** Titled by its entity, for want of an indicator or label. */
  byEntity: boolean;
  value: number;
  unit: string | Unit | undefined;
  growth: number;
  rank: number;
  tied: boolean;
  status: CardColour | null;
  spark: number[];
}

const FONT = 12;
const GAP = 10;
const COLOURS: readonly CardColour[] = ["green", "blue", "yellow", "red"];
const WORDS: Record<Locale, Record<CardColour, string>> = {
  "zh-CN": { green: "绿牌", blue: "蓝牌", yellow: "黄牌", red: "红牌" },
  en: { green: "green", blue: "blue", yellow: "yellow", red: "red" },
};

/**
 * The KPI board: a card per indicator with its name, value (with unit), growth (`+7.3%`), rank
 * (`第2位`), card colour (a coloured marker with 绿牌 / 蓝牌 / 黄牌 / 红牌, or green / blue / yellow /
 * red) and a sparkline of recent values, laid out as a grid (up to 3 cards per row). Accepts plain
 * rows, a `rankWithin` row, or a `computePlan` table row (its subject's value and growth)
 * through the default accessors. Missing figures are written `—`; a card without a status has no marker.
 *
 * Every card is titled. A `rankWithin` row does not carry its indicator (its table does), so for a
 * board of one unit over several indicators pass the tables themselves with the unit as `subject`:
 * `scorecard(ids.map((indicator) => rankWithin(panel, { indicator, period })), { subject, indicators })`
 * makes a card of the subject's row of each table, titled with the table's indicator (its name through
 * `indicators`); a table without the subject gives a card of `—`. A row given its `indicator` (or a
 * `label`) is titled with it. A rank row with neither is titled with its entity — right for the rows of
 * one table (a card per unit: `scorecard(rankWithin(…), { entities })`), and warned about when that
 * repeats a title, since those rows then come from several tables and lost their indicators.
 *
 * @param rows - one row per indicator
 * @param options - see {@link ScorecardOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one), or rank tables come without `subject`
 * @throws {RangeError} when `columns` is not a positive integer
 * @category Charts
 * @example
 * const svg = renderToString(scorecard, [{ label: "工业主营业务收入", value: 693.46, unit: "亿元", growth: 0.139, rank: 2, status: "green", series: [500, 560, 610, 693.46] }]);
 * svg.includes("693.46亿元") // => true
 * svg.includes("+13.9%") // => true
 * svg.includes("第2位") // => true
 * svg.includes("绿牌") // => true
 * const table = { indicator: "工业主营业务收入", period: "2018-01/07", rows: [{ entity: "甲", value: 693.46, growth: 0.139, levelRank: 2 }] };
 * renderToString(scorecard, [table], { subject: "甲" }).includes(">工业主营业务收入</text>") // => true
 */
export const scorecard = defineChart<any, ScorecardOptions<any>>("scorecard", <T>(input: readonly T[], options: ScorecardOptions<T>) => {
  const locale: Locale = options.locale ?? "zh-CN";
  const en = locale === "en";
  if (options.columns !== undefined && !(Number.isInteger(options.columns) && options.columns >= 1)) {
    rangeError("scorecard", "columns must be a positive integer", options.columns);
  }
  const data = subjectRows(input, options.subject, options.entities);
  const labelOf = field<T, unknown>(options.label, ["label", "name", "indicator"], { chart: "scorecard", option: "label", rows: data });
  const entityOf = field<T, unknown>(undefined, ["entity"]);
  const idOf = field<T, unknown>(undefined, ["indicator"]);
  const valueOf = field<T, number | null | undefined>(options.value, ["value", "actual", "subjectValue"], { chart: "scorecard", option: "value", rows: data });
  const growthOf = field<T, number | null | undefined>(options.growth, ["growth", "subjectGrowth"], { chart: "scorecard", option: "growth", rows: data });
  const rankOf = field<T, number | null | undefined>(options.rank, ["rank", "levelRank"], { chart: "scorecard", option: "rank", rows: data });
  const tiedOf = field<T, unknown>(options.tied, ["tied", "levelTied"], { chart: "scorecard", option: "tied", rows: data });
  const statusOf = field<T, unknown>(options.status, ["status", "card"], { chart: "scorecard", option: "status", rows: data });
  const sparkOf = field<T, unknown>(options.spark, ["series"], { chart: "scorecard", option: "spark", rows: data });
  const unitOf = typeof options.unit === "function" ? options.unit : field<T, unknown>(undefined, ["unit"]);
  const fixedUnit = typeof options.unit === "function" ? undefined : options.unit;

  const cards: Card[] = data.map((d, i) => {
    const own = labelOf(d, i, data);
    const entity = own == null || own === "" ? entityOf(d, i, data) : undefined;
    const byEntity = entity != null && entity !== "";
    const raw = byEntity ? entity : own;
    const def = lookup(idOf(d, i, data), options.indicators) ?? (byEntity ? undefined : lookup(raw, options.indicators));
    const u = fixedUnit ?? unitOf(d, i, data);
    const status = statusOf(d, i, data);
    const spark = sparkOf(d, i, data);
    return {
      key: raw !== null && typeof raw === "object" ? JSON.stringify(raw) : String(raw ?? ""),
      label: byEntity ? nameOf(entity, options.entities, locale) : labelText(raw, options.indicators, locale),
      byEntity,
      value: num(valueOf(d, i, data)),
      unit: u != null && u !== "" ? (u as string | Unit) : def?.unit,
      growth: num(growthOf(d, i, data)),
      rank: num(rankOf(d, i, data)),
      tied: tiedOf(d, i, data) === true,
      status: COLOURS.includes(status as CardColour) ? (status as CardColour) : null,
      spark: spark != null && typeof spark === "object" && typeof (spark as ArrayLike<unknown>).length === "number" ? Array.from(spark as ArrayLike<unknown>, num) : [],
    };
  });
  const byEntity = cards.filter((c) => c.byEntity);
  if (new Set(byEntity.map((c) => c.key)).size < byEntity.length) {
    warnOnce("scorecard: rank rows without an indicator, titled by entity, repeat a title; pass the rankWithin tables with { subject } (or give each row its indicator) to title the cards with their indicators");
  }

  // Texts.
  const title = options.title ?? (en ? "Key indicators" : "主要指标");
  const valueText = (c: Card) => show(c.value, c.unit, locale);
  const growthText = (c: Card) => formatRate(c.growth, { locale, sign: true });
  const rankText = (c: Card) => formatRank(c.rank, { locale, tied: c.tied });
  const tipOf = (c: Card) => {
    const parts = [valueText(c)];
    if (Number.isFinite(c.growth)) parts.push(en ? `growth ${growthText(c)}` : `增速${growthText(c)}`);
    if (Number.isFinite(c.rank) && c.rank >= 1) parts.push(en ? `ranked ${rankText(c)}` : `居${rankText(c)}`);
    if (c.status) parts.push(en ? `${WORDS[locale][c.status]} card` : WORDS[locale][c.status]);
    return `${c.label}${en ? ": " : "："}${parts.join(en ? ", " : "，")}`;
  };
  const counted = COLOURS.map((c) => [c, cards.filter((x) => x.status === c).length] as const).filter(([, n]) => n > 0);
  const grown = cards.filter((c) => Number.isFinite(c.growth));
  const fastest = grown.length > 1 ? grown.reduce((a, b) => (b.growth > a.growth ? b : a)) : undefined;
  const slowest = grown.length > 1 ? grown.reduce((a, b) => (b.growth < a.growth ? b : a)) : undefined;
  const description =
    options.description ??
    (en
      ? `${cards.length} indicator${cards.length === 1 ? "" : "s"}${counted.length ? `: ${counted.map(([c, n]) => `${n} ${c}`).join(", ")}` : ""}${fastest && slowest ? `; fastest growth ${fastest.label} (${growthText(fastest)}), slowest ${slowest.label} (${growthText(slowest)})` : ""}.`
      : `${cards.length}项指标${counted.length ? `：${counted.map(([c, n]) => `${WORDS[locale][c]}${n}项`).join("、")}` : ""}${fastest && slowest ? `${counted.length ? "；" : "，"}增长最快的是${fastest.label}（${growthText(fastest)}），最慢的是${slowest.label}（${growthText(slowest)}）` : ""}。`);

  // Dimensions: a grid of cards.
  const width = options.width ?? 640;
  const inner = width - MARGIN.left - MARGIN.right;
  const columns = Math.max(1, Math.min(options.columns ?? Math.min(3, Math.floor((inner + GAP) / (190 + GAP))), Math.max(1, cards.length)));
  const cardWidth = (inner - GAP * (columns - 1)) / columns;
  const hasSpark = cards.some((c) => c.spark.filter(Number.isFinite).length > 1);
  const hasStatus = cards.some((c) => c.status !== null);
  const cardHeight = hasSpark || hasStatus ? 112 : 86;
  const lines = Math.ceil(cards.length / columns);
  const height = options.height ?? MARGIN.top + lines * cardHeight + Math.max(0, lines - 1) * GAP + 8;

  const items = cards.map((c, k) => {
    const x = MARGIN.left + (k % columns) * (cardWidth + GAP);
    const y = MARGIN.top + Math.floor(k / columns) * (cardHeight + GAP);
    const tip = tipOf(c);
    const word = c.status ? WORDS[locale][c.status] : "";
    const badge = c.status ? textWidth(word) + 18 : 0;
    const value = valueText(c);
    const room = cardWidth - 28;
    const size = Math.max(12, Math.min(20, room / Math.max(1, displayWidth(value) * 1.1 * 1.08)));
    const facts = [
      Number.isFinite(c.growth) ? `${en ? "growth" : "增速"} ${growthText(c)}` : null,
      Number.isFinite(c.rank) && c.rank >= 1 ? rankText(c) : null,
    ].filter((t): t is string => t !== null);
    return s(
      "g",
      { class: "db-card", transform: translate(x, y), role: "listitem", "data-key": c.key },
      s("title", {}, tip),
      s("rect", { width: cardWidth, height: cardHeight, rx: 6, style: "fill:var(--db-bg);stroke:var(--db-grid)" }),
      c.status ? s("rect", { class: `db-card-${c.status}`, x: 0, y: 0, width: 4, height: cardHeight, rx: 2 }) : null,
      s("text", { x: 14, y: 22, "font-size": 13, "font-weight": 600 }, fit(c.label, (cardWidth - 24) / 1.08, 13)),
      s("text", { x: 14, y: 52, "font-size": round(size), "font-weight": 700 }, value),
      facts.length ? s("text", { x: 14, y: 74, class: "db-facts" }, fit(facts.join(" · "), cardWidth - 24)) : null,
      c.status ? s("g", { class: "db-status" }, s("circle", { class: `db-card-${c.status}`, cx: 19, cy: 94, r: 5 }), s("text", { x: 28, y: 98 }, word)) : null,
      hasSpark ? sparkline(c.spark, 14 + badge + (c.status ? 10 : 0), cardWidth - 14, 84, 104) : null,
    );
  });
  const marks = s("g", { role: "list", "aria-label": title }, items);

  const table = {
    head: en ? ["Indicator", "Value", "Growth", "Rank", "Status"] : ["指标", "数值", "增速", "位次", "状态"],
    rows: cards.map((c) => [c.label, valueText(c), growthText(c), rankText(c), c.status ? WORDS[locale][c.status] : "—"]),
  };
  return frame("scorecard", options, { width, height }, { title, description }, table, [marks]);
}, { unitPerRow: true });

/**
 * The rows with each `rankWithin` table (it has `indicator` and `rows`) replaced by the subject's row of
 * it, given the table's indicator and period; a table without the subject gives a row of no figures.
 */
function subjectRows<T>(data: readonly T[], subject: string | undefined, entities: EntitySet | undefined): readonly T[] {
  const isTable = (d: unknown): d is { indicator: string; period?: unknown; rows: readonly { entity?: unknown }[] } => d !== null && typeof d === "object" && Array.isArray((d as { rows?: unknown }).rows) && typeof (d as { indicator?: unknown }).indicator === "string";
  if (!data.some(isTable)) return data;
  if (subject === undefined) typeError("scorecard", "rank tables need options.subject, the entity whose cards they make", subject);
  const id = entities?.get(subject)?.id ?? subject;
  return data.map((d) => {
    if (!isTable(d)) return d;
    const row = d.rows.find((r) => r !== null && typeof r === "object" && r.entity === id);
    if (row === undefined) warnOnce(`scorecard: ${subject} is not in the rank table of ${d.indicator}; its card has no figures`);
    return { ...row, indicator: d.indicator, period: d.period } as T;
  });
}

/** A line through the finite values (gaps break it), the last one dotted. */
function sparkline(values: readonly number[], x0: number, x1: number, y0: number, y1: number): VNode | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return null;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([x0, x1]);
  const y = scaleLinear().domain(hi > lo ? [lo, hi] : [lo - 1, hi + 1]).range([y1, y0]);
  let d = "";
  let pen = false;
  values.forEach((v, k) => {
    if (!Number.isFinite(v)) {
      pen = false;
      return;
    }
    d += `${pen ? "L" : "M"}${round(x(k))},${round(y(v))}`;
    pen = true;
  });
  const last = values.length - 1 - [...values].reverse().findIndex(Number.isFinite);
  return s(
    "g",
    { class: "db-spark db-mark", "aria-hidden": "true" },
    s("path", { d, fill: "none", "stroke-width": 1.5, "stroke-linejoin": "round" }),
    s("circle", { cx: x(last), cy: y(values[last]), r: 2.5 }),
  );
}

/** Width in px at the font size, with 10 % to spare for fonts wider than Arial (DejaVu Sans). */
function textWidth(text: string, size = FONT): number {
  return displayWidth(text) * size * 1.1;
}

/** Cuts a label to `px` at the font size, with an ellipsis; the full text stays in the tooltip. */
function fit(text: string, px: number, size = FONT): string {
  if (textWidth(text, size) <= px) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > px) break;
    out += ch;
  }
  return `${out}…`;
}
