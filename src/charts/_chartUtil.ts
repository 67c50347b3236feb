import type { IndicatorSet } from "../model/indicatorSet.js";
import { readNumber } from "../io/parseNumber.js";
import { displayWidth } from "../narrative/displayWidth.js";

/**
 * Small helpers of the indicator charts (bullet, gap, profile, scorecard).
 * @internal
 */
type Locale = "zh-CN" | "en";
const FONT = 12;

export function keyOf(raw: unknown): string {
  return raw !== null && typeof raw === "object" ? JSON.stringify(raw) : String(raw ?? "");
}

/**
 * A value of a number channel: a number as it is; text read as statistical tables write it
 * ({@link parseNumber}: "1,234.5", "7.3%" → 0.073, "－3.2"), a blank or a placeholder ("—", "…")
 * being missing; null and undefined missing. Anything else (text that is not a number, a boolean, an
 * object) is missing too, and counted, for the one warning the chart gives at the end of its build
 * (see defineChart). @internal
 */
export function num(v: unknown): number {
  if (typeof v === "number") return v;
  if (v == null) return NaN;
  const x = readNumber(v, false);
  if (typeof x === "number") return x;
  if (x === undefined && notNumbers.count++ === 0) notNumbers.first = v;
  return NaN;
}

/** Values that were not numbers, since the build began (see {@link num}). @internal */
export const notNumbers: { count: number; first: unknown } = { count: 0, first: undefined };

export function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

export function lookup(raw: unknown, indicators: IndicatorSet | undefined) {
  return typeof raw === "string" ? indicators?.get(raw) : undefined;
}

/** A label: a `{ zh, en }` name in the locale, an indicator's name for its id, or the text as given. */
export function labelText(raw: unknown, indicators: IndicatorSet | undefined, locale: Locale): string {
  if (raw == null) return "";
  if (typeof raw === "object" && typeof (raw as { zh?: unknown }).zh === "string") {
    const name = raw as { zh: string; en?: string };
    return locale === "en" && typeof name.en === "string" ? name.en : name.zh;
  }
  const indicator = lookup(raw, indicators);
  return indicator === undefined ? String(raw) : locale === "en" ? indicator.name.en : indicator.name.zh;
}


/** Width in px at the font size, with 10 % to spare for fonts wider than Arial (DejaVu Sans). */
export function textWidth(text: string): number {
  return displayWidth(text) * FONT * 1.1;
}

/** Cuts a label to `px` at the font size, with an ellipsis; the full text stays in the tooltip. */
export function fit(text: string, px: number): string {
  if (textWidth(text) <= px) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`) > px) break;
    out += ch;
  }
  return `${out}…`;
}
