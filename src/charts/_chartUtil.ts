import type { IndicatorSet } from "../model/indicatorSet.js";
import type { Unit } from "../model/unit.js";
import { show } from "./_common.js";

/**
 * Small helpers of the indicator charts (bullet, gap, profile, scorecard).
 * @internal
 */
type Locale = "zh-CN" | "en";

/** A value with its unit; a unit the library does not know is written after a compact number. */
export function showIn(value: number, unit: string | Unit | undefined, locale: Locale): string {
  try {
    return show(value, unit === "" ? undefined : unit, locale);
  } catch {
    return `${show(value, undefined, locale)}${typeof unit === "string" ? unit : (unit?.id ?? "")}`;
  }
}

export function keyOf(raw: unknown): string {
  return raw !== null && typeof raw === "object" ? JSON.stringify(raw) : String(raw ?? "");
}

export function num(v: unknown): number {
  return typeof v === "number" ? v : v == null || v === "" ? NaN : Number(v);
}

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

