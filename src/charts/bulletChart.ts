import { scaleLinear } from "./_scale.js";
import { typeError } from "../_internal/errors.js";
import type { IndicatorSet } from "../model/indicatorSet.js";
import type { Unit } from "../model/unit.js";
import { describeCompletion } from "../narrative/describeCompletion.js";
import { formatPoints } from "../narrative/formatPoints.js";
import { formatRate } from "../narrative/formatRate.js";
import type { TargetStatus } from "../target/assessTargets.js";
import { completionRate } from "../target/completionRate.js";
import type { CardColour } from "../target/statusCard.js";
import { field, MARGIN, show, type Accessor, type Channel } from "./_common.js";
import { frame, type ChartOptions } from "./_frame.js";
import { s, translate, type VNode } from "./_node.js";
import { defineChart } from "./defineChart.js";
import { clamp, labelText, lookup, num, round, fit, textWidth } from "./_chartUtil.js";

/**
 * Options of {@link bulletChart}.
 *
 * @category Charts
 * @example
 * const options: BulletChartOptions<{ name: string; done: number; plan: number }> = { label: (d) => d.name, value: (d) => d.done, target: (d) => d.plan, elapsed: 7 / 12 };
 * options.elapsed // => 7 / 12
 */
export interface BulletChartOptions<T = unknown> extends ChartOptions {
  /** The indicator's name. Default: `d.label`, `d.name` or `d.indicator` (an indicator id shows its name when `indicators` is given; a `{ zh, en }` name is read in the locale). */
  label?: Channel<T, string>;
  /** The year-to-date value (level targets) or growth rate (growth targets). Default: `d.actual` or `d.value`. */
  value?: Channel<T, number | null | undefined>;
  /** The annual target: an amount, or a growth rate as a fraction. Default: `d.target`. */
  target?: Channel<T, number | null | undefined>;
  /** The share of the year elapsed (序时进度, e.g. 7 / 12), for all rows or per row. Default: `d.elapsed`. */
  elapsed?: number | Channel<T, number | null | undefined>;
  /** `"level"` or `"growth"`. Default: `d.kind`, else `"level"`. Growth targets are drawn on a rate axis. */
  kind?: Channel<T, "level" | "growth" | null | undefined>;
  /** The card colour, shown as a dot before the name. Default: `d.card`. */
  card?: Channel<T, CardColour | null | undefined>;
  /** Bounds of the qualitative bands, as shares of the target. Default `[0.5, 0.8]`: bands 0–50 %, 50–80 % and 80 % onwards. */
  ranges?: readonly number[];
  /** Unit of level values and targets, for all rows or per row. Default: `d.unit`, else the indicator's unit from `indicators`. A unit the library does not know (万亩, 人次 …) is written after the number as given. */
  unit?: string | Unit | Accessor<T, string | Unit | null | undefined>;
  /** Indicator definitions, to show names (and units) for ids. */
  indicators?: IndicatorSet;
}

type Locale = "zh-CN" | "en";

interface BulletRow {
  key: string;
  label: string;
  kind: "level" | "growth";
  actual: number;
  target: number;
  completion: number;
  elapsed: number;
  gap: number;
  card: CardColour | null;
  unit: string | Unit | undefined;
  reason: string | undefined;
}

const ROW = 32;
const BAND = 14;
const AXIS = 24;
const LEGEND = 24;
const CARDS: readonly CardColour[] = ["green", "blue", "yellow", "red"];
const CARD_WORDS: Record<Locale, Record<CardColour, string>> = {
  "zh-CN": { green: "绿牌", blue: "蓝牌", yellow: "黄牌", red: "红牌" },
  en: { green: "green card", blue: "blue card", yellow: "yellow card", red: "red card" },
};

/**
 * Stephen Few's bullet graph of target completion, one row per target: shaded bands for qualitative
 * ranges (0–50 %, 50–80 % and 80 % onwards of the target by default), the year-to-date value as a
 * thick bar, the target as a vertical line, the share of the year elapsed (序时进度) as a pair of
 * triangles, and the card colour (green / blue / yellow / red) as a dot before the name. Level targets
 * share an axis of completion (a share of the target); growth targets are drawn on a rate axis, the
 * growth against the target growth. Accepts `assessTargets` results directly, or plain rows
 * through accessors. Rows without a value are kept, with no bar.
 *
 * @param rows - one row per target
 * @param options - see {@link BulletChartOptions}
 * @returns a new, detached SVG element (a figure with `figure: true`)
 * @throws {TypeError} when there is no document (use {@link renderToString} in Node without one)
 * @category Charts
 * @example
 * const svg = renderToString(bulletChart, [{ label: "重点项目完成投资", actual: 145.68, target: 240, elapsed: 7 / 12, card: "green" }], { unit: "亿元" });
 * svg.includes("完成年度目标的60.7%，超序时进度2.4个百分点") // => true
 * svg.includes("1个目标中，1个超序时进度") // => true
 */
export const bulletChart = defineChart<any, BulletChartOptions<any>>("bulletChart", <T>(data: readonly T[], options: BulletChartOptions<T>) => {
  const locale: Locale = options.locale ?? "zh-CN";
  const en = locale === "en";
  const labelOf = field<T, unknown>(options.label, ["label", "name", "indicator"], { chart: "bulletChart", option: "label", rows: data });
  const idOf = field<T, unknown>(undefined, ["indicator"]);
  const valueOf = field<T, number | null | undefined>(options.value, ["actual", "value"], { chart: "bulletChart", option: "value", rows: data });
  const targetOf = field<T, number | null | undefined>(options.target, ["target"], { chart: "bulletChart", option: "target", rows: data });
  const elapsed = options.elapsed as unknown;
  if (elapsed != null && typeof elapsed !== "number" && typeof elapsed !== "string" && typeof elapsed !== "function") {
    typeError("bulletChart", "elapsed must be the share of the year elapsed (7 / 12), a function (d, i, data) => share, or the name of a field", elapsed);
  }
  const elapsedOf: Accessor<T, number | null | undefined> = typeof elapsed === "number" ? () => elapsed : field(elapsed as Channel<T, number | null | undefined> | undefined, ["elapsed"], { chart: "bulletChart", option: "elapsed", rows: data });
  const kindOf = field<T, unknown>(options.kind, ["kind"], { chart: "bulletChart", option: "kind", rows: data });
  const cardOf = field<T, unknown>(options.card, ["card"], { chart: "bulletChart", option: "card", rows: data });
  const completionOf = field<T, unknown>(undefined, ["completion"]);
  const unitOf = typeof options.unit === "function" ? options.unit : field<T, unknown>(undefined, ["unit"]);
  const ranges = [...(options.ranges ?? [0.5, 0.8])].filter(Number.isFinite).sort((a, b) => a - b);

  const rows: BulletRow[] = data.map((d, i) => {
    const raw = labelOf(d, i, data);
    const id = idOf(d, i, data);
    const kind = kindOf(d, i, data) === "growth" ? "growth" : "level";
    const actual = num(valueOf(d, i, data));
    const target = num(targetOf(d, i, data));
    const elapsed = num(elapsedOf(d, i, data));
    const given = num(completionOf(d, i, data));
    const completion = given === given ? given : kind === "level" ? completionRate(actual, target) : NaN;
    const gap = kind === "level" ? completion - elapsed : actual - target;
    const card = cardOf(d, i, data);
    const indicator = typeof id === "string" ? options.indicators?.get(id) : undefined;
    const ownUnit = typeof options.unit === "string" || (typeof options.unit === "object" && options.unit !== null) ? options.unit : unitOf(d, i, data);
    const unit = ownUnit === "" || ownUnit == null ? (indicator?.unit ?? lookup(raw, options.indicators)?.unit) : (ownUnit as string | Unit);
    const reasons = (d as { reason?: { zh?: unknown; en?: unknown } } | null)?.reason;
    const reason = typeof reasons?.[en ? "en" : "zh"] === "string" ? (reasons[en ? "en" : "zh"] as string) : undefined;
    return {
      key: raw == null ? "" : String(raw),
      label: labelText(raw, options.indicators, locale),
      kind,
      actual,
      target,
      completion,
      elapsed,
      gap,
      card: CARDS.includes(card as CardColour) ? (card as CardColour) : null,
      unit,
      reason,
    };
  });
  const levels = rows.filter((r) => r.kind === "level");
  const growths = rows.filter((r) => r.kind === "growth");

  // Texts.
  const title = options.title ?? (en ? "Target completion" : "目标完成情况");
  const whatDone = (r: BulletRow): string => {
    if (r.reason !== undefined) return r.reason;
    if (r.gap === r.gap) return describeCompletion({ ...r, entity: r.key, indicator: r.key, period: "", pace: null, growthSource: null } as Omit<TargetStatus, "reason">, { locale });
    if (r.kind === "growth") return r.actual === r.actual ? (en ? `growth ${formatRate(r.actual, { locale })}` : `增长${formatRate(r.actual, { locale })}`) : en ? "no data" : "无数据";
    return r.completion === r.completion ? (en ? `${formatRate(r.completion, { locale })} of the annual target completed` : `完成年度目标的${formatRate(r.completion, { locale })}`) : en ? "no data" : "无数据";
  };
  const targetText = (r: BulletRow) => (r.kind === "growth" ? (en ? `target growth ${formatRate(r.target, { locale })}` : `目标增长${formatRate(r.target, { locale })}`) : `${en ? "target " : "目标"}${show(r.target, r.unit, locale)}`);
  const tipOf = (r: BulletRow) => {
    const actual = r.kind === "level" && r.actual === r.actual ? `${show(r.actual, r.unit, locale)}${en ? ", " : "，"}` : "";
    const card = r.card ? `${en ? ", " : "，"}${CARD_WORDS[locale][r.card]}` : "";
    return `${r.label}${en ? ": " : "："}${actual}${targetText(r)}${en ? "; " : "；"}${whatDone(r)}${card}`;
  };
  const ahead = levels.filter((r) => r.gap > 1e-9).length;
  const behind = levels.filter((r) => r.gap < -1e-9).length;
  const even = levels.filter((r) => Math.abs(r.gap) <= 1e-9).length;
  const above = growths.filter((r) => r.gap > 1e-9).length;
  const below = growths.filter((r) => r.gap < -1e-9).length;
  const met = growths.filter((r) => Math.abs(r.gap) <= 1e-9).length;
  const noData = rows.filter((r) => r.gap !== r.gap && r.completion !== r.completion && r.actual !== r.actual).length;
  const cardCount = CARDS.map((c) => [c, rows.filter((r) => r.card === c).length] as const).filter(([, n]) => n > 0);
  const withElapsed = levels.filter((r) => r.elapsed === r.elapsed).length > 0;
  let description: string;
  if (en) {
    const parts = [
      withElapsed && levels.length ? [ahead && `${ahead} ahead of schedule`, even && `${even} on schedule`, behind && `${behind} behind schedule`] : [],
      growths.length ? [above && `growth above target on ${above}`, met && `in line with target on ${met}`, below && `below target on ${below}`] : [],
    ].map((p) => p.filter(Boolean).join(", ")).filter(Boolean);
    const cards = cardCount.length ? `; cards: ${cardCount.map(([c, n]) => `${n} ${c}`).join(", ")}` : "";
    description = `${rows.length} target${rows.length === 1 ? "" : "s"}${parts.length ? `: ${parts.join("; ")}` : ""}${noData ? `; no data for ${noData}` : ""}${cards}.`;
  } else {
    const parts = [
      withElapsed && levels.length ? [ahead && `${ahead}个超序时进度`, even && `${even}个与序时进度持平`, behind && `${behind}个低于序时进度`] : [],
      growths.length ? [above && `${above}个增速高于目标`, met && `${met}个增速与目标持平`, below && `${below}个增速低于目标`] : [],
    ].map((p) => p.filter(Boolean).join("、")).filter(Boolean);
    const cards = cardCount.length ? `；${cardCount.map(([c, n]) => `${CARD_WORDS[locale][c]}${n}个`).join("、")}` : "";
    description = `${rows.length}个目标${parts.length ? `中，${parts.join("，")}` : ""}${noData ? `；${noData}个无数据` : ""}${cards}。`;
  }
  description = options.description ?? description;

  // Dimensions.
  const width = options.width ?? 640;
  const hasCard = rows.some((r) => r.card !== null);
  const dot = hasCard ? 14 : 0;
  const labelWidth = Math.min(width * 0.35, Math.max(48, ...rows.map((r) => textWidth(r.label))) + 12);
  const valueText = (r: BulletRow) => formatRate(r.kind === "level" ? r.completion : r.actual, { locale });
  const valueWidth = Math.max(36, ...rows.map((r) => textWidth(valueText(r)))) + 10;
  const x0 = MARGIN.left + dot + labelWidth;
  const x1 = width - MARGIN.right - valueWidth;
  const sections = [levels, growths].filter((g) => g.length > 0);
  const height = options.height ?? MARGIN.top + LEGEND + sections.reduce((h, g) => h + g.length * ROW + AXIS, 0) + (sections.length - 1) * 8 + 4;

  // Scales: completion (a share of the target) for level targets, a rate for growth targets.
  const levelValues = levels.flatMap((r) => [r.completion, r.elapsed]).filter(Number.isFinite);
  const xLevel = scaleLinear().domain([Math.min(0, ...levelValues), Math.max(1.1, ...levelValues.map((v) => v * 1.05))]).range([x0, x1]).nice();
  const growthValues = growths.flatMap((r) => [r.actual, r.target]).filter(Number.isFinite);
  const top = Math.max(0, ...growthValues);
  const xGrowth = scaleLinear().domain([Math.min(0, ...growthValues), top > 0 ? top * 1.15 : 0.1]).range([x0, x1]).nice();

  // Layers.
  const legend = legendLayer(locale, rows);
  let y = MARGIN.top + LEGEND;
  const layers: VNode[] = [legend];
  const items: VNode[] = [];
  for (const group of sections) {
    const growth = group[0].kind === "growth";
    const x = growth ? xGrowth : xLevel;
    const axisY = y + group.length * ROW;
    const ticks = x.ticks(Math.max(2, Math.floor((x1 - x0) / 70)));
    layers.push(
      s(
        "g",
        { class: "db-grid db-axis", "aria-hidden": "true" },
        s("line", { x1: x0, x2: x1, y1: axisY, y2: axisY }),
        ticks.map((t) => s("g", { transform: translate(x(t), 0) }, s("line", { y1: axisY, y2: axisY + 4 }), s("text", { y: axisY + 15, "text-anchor": "middle" }, formatRate(t, { locale })))),
        s("text", { x: x0 - 16, y: axisY + 15, "text-anchor": "end" }, growth ? (en ? "growth" : "增速") : en ? "share of target" : "完成率"),
      ),
    );
    group.forEach((r, k) => {
      const mid = y + k * ROW + ROW / 2;
      const bandTop = mid - BAND / 2;
      // Level rows are drawn as a share of the target (1 = 100 %), growth rows against the target rate.
      const base = growth ? r.target : Number.isFinite(r.target) ? 1 : NaN;
      const bounds = base > 0 ? [0, ...ranges.map((q) => q * base)].map((v) => clamp(x(v), x0, x1)) : [x0];
      bounds.push(x1);
      const bands = s(
        "g",
        { class: "db-muted", "aria-hidden": "true" },
        bounds.slice(0, -1).map((b, j) => s("rect", { x: b, y: bandTop, width: Math.max(0, bounds[j + 1] - b), height: BAND, "fill-opacity": bounds.length > 2 ? round(0.5 - (0.38 * j) / (bounds.length - 2)) : 0.15 })),
      );
      const v = growth ? r.actual : r.completion;
      const measure = Number.isFinite(v) ? s("rect", { class: "db-measure", x: Math.min(x(0), x(v)), y: mid - 3, width: Math.abs(x(v) - x(0)), height: 6, style: "fill:var(--db-fg)" }) : null;
      const target = Number.isFinite(base) ? s("line", { class: "db-target", x1: x(base), x2: x(base), y1: bandTop - 2, y2: bandTop + BAND + 2, "stroke-width": 2, style: "stroke:var(--db-fg)" }) : null;
      const ex = x(r.elapsed);
      const elapsed = !growth && Number.isFinite(r.elapsed) ? s("g", { class: "db-elapsed" }, s("path", { d: `M${round(ex - 4.5)},${bandTop - 7}h9l-4.5,6z`, style: "fill:var(--db-subject)" }), s("line", { x1: ex, x2: ex, y1: bandTop, y2: bandTop + BAND, "stroke-width": 1.5, style: "stroke:var(--db-subject)" })) : null;
      const tip = tipOf(r);
      items.push(
        s(
          "g",
          { class: "db-bullet", role: "listitem", "data-key": r.key },
          s("title", {}, tip),
          r.card ? s("circle", { class: `db-card-${r.card}`, cx: MARGIN.left + 5, cy: mid, r: 5 }) : null,
          s("text", { x: x0 - 8, y: mid, dy: "0.35em", "text-anchor": "end" }, fit(r.label, labelWidth - 8)),
          bands,
          measure,
          target,
          elapsed,
          s("text", { x: x1 + 6, y: mid, dy: "0.35em" }, valueText(r)),
        ),
      );
    });
    y = axisY + AXIS + 8;
  }
  layers.push(s("g", { role: "list", "aria-label": title }, items));

  const table = {
    head: en ? ["Indicator", "Target", "Actual", "Completion", "Elapsed", "Gap", "Card"] : ["指标", "目标", "实际", "完成率", "序时进度", "差距", "状态"],
    rows: rows.map((r) => [
      r.label,
      r.kind === "growth" ? (en ? `growth ${formatRate(r.target, { locale })}` : `增长${formatRate(r.target, { locale })}`) : show(r.target, r.unit, locale),
      r.kind === "growth" ? formatRate(r.actual, { locale, sign: true }) : show(r.actual, r.unit, locale),
      formatRate(r.completion, { locale }),
      formatRate(r.elapsed, { locale }),
      formatPoints(r.gap, { locale, sign: true }),
      r.card ? CARD_WORDS[locale][r.card] : "—",
    ]),
  };
  return frame("bullet", options, { width, height }, { title, description }, table, layers);
}, { unitPerRow: true });

function legendLayer(locale: Locale, rows: readonly BulletRow[]): VNode {
  const en = locale === "en";
  const elapsed = [...new Set(rows.filter((r) => r.kind === "level" && r.elapsed === r.elapsed).map((r) => r.elapsed))];
  const y = MARGIN.top + 10;
  const items: [string, VNode][] = [
    [en ? "actual" : "完成", s("rect", { x: 0, y: y - 3, width: 16, height: 6, style: "fill:var(--db-fg)" })],
    [en ? "target" : "目标", s("line", { x1: 8, x2: 8, y1: y - 7, y2: y + 7, "stroke-width": 2, style: "stroke:var(--db-fg)" })],
  ];
  if (elapsed.length > 0) {
    const share = elapsed.length === 1 ? ` ${formatRate(elapsed[0], { locale })}` : "";
    items.push([`${en ? "share of the year elapsed" : "序时进度"}${share}`, s("g", {}, s("path", { d: `M3.5,${y - 8}h9l-4.5,6z`, style: "fill:var(--db-subject)" }), s("line", { x1: 8, x2: 8, y1: y - 2, y2: y + 7, "stroke-width": 1.5, style: "stroke:var(--db-subject)" }))]);
  }
  let x = MARGIN.left;
  const out: VNode[] = [];
  for (const [text, glyph] of items) {
    out.push(s("g", { transform: translate(x, 0) }, glyph, s("text", { x: 20, y, dy: "0.35em" }, text)));
    x += 20 + textWidth(text) + 14;
  }
  return s("g", { class: "db-legend", "aria-hidden": "true" }, out);
}

