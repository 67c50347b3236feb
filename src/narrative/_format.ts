/**
 * Private helpers of the narrative formatters: option checks, the Intl formatters (cached), the
 * decimal shift and the choice of a scale word (万/亿/万亿, million/billion/trillion).
 *
 * Rounding is always Intl.NumberFormat's: half away from zero ("halfExpand") on the shortest
 * decimal representation of the double (the digits `String(x)` prints), so 0.0735 → 7.4%
 * although the double is 0.07349999…; d3-format (toFixed) would give 7.3%.
 * @internal
 */
import { rangeError, typeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";
import { getUnit, type Unit } from "../model/unit.js";

/** @internal */
export type Locale = "zh-CN" | "en";

/** The default text for a missing or non-finite number. @internal */
export const DASH = "—";

/** @internal */
export function localeOf(fn: string, input: unknown): Locale {
  return keyword(fn, input, "locale", ["zh-CN", "en"], "zh-CN");
}

/** A boolean option: `fallback` when undefined, else it must be a boolean. @internal */
export function flag(fn: string, input: unknown, name: string, fallback: boolean): boolean {
  if (input === undefined) return fallback;
  if (typeof input === "boolean") return input;
  return typeError(fn, `${name} must be true or false`, input);
}

/** A string option (the `missing` text, a custom word). @internal */
export function text(fn: string, input: unknown, name: string, fallback: string): string {
  if (input === undefined) return fallback;
  if (typeof input === "string") return input;
  return typeError(fn, `${name} must be a string`, input);
}

/** Minimum and maximum number of decimals. @internal */
export interface Digits {
  readonly min: number;
  readonly max: number;
}

/**
 * `digits` fixes the decimals (trailing zeros kept); else `maxDigits` (or `defaultMax`) caps
 * them and trailing zeros are dropped.
 * @internal
 */
export function digitsOf(fn: string, options: { digits?: number; maxDigits?: number }, defaultMax: number): Digits {
  if (options.digits !== undefined) {
    const d = decimals(fn, options.digits, "digits");
    return { min: d, max: d };
  }
  if (options.maxDigits !== undefined) return { min: 0, max: decimals(fn, options.maxDigits, "maxDigits") };
  return { min: 0, max: defaultMax };
}

function decimals(fn: string, input: unknown, name: string): number {
  if (typeof input !== "number" || !Number.isInteger(input) || input < 0 || input > 20) {
    return rangeError(fn, `${name} must be an integer 0–20`, input);
  }
  return input;
}

/**
 * The decimals that keep the same precision after a change of scale by 10^by (12.47亿 at 2
 * decimals is 1.247 billion at 3). A minimum of 0 (trailing zeros dropped) stays 0.
 * @internal
 */
export function moveDigits(d: Digits, by: number): Digits {
  const clamp = (n: number) => Math.min(20, Math.max(0, n));
  return { min: d.min === 0 ? 0 : clamp(d.min + by), max: clamp(d.max + by) };
}

/** True for a finite number (NaN, ±Infinity, null and undefined are "missing"). @internal */
export function present(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * Multiplies by 10^n exactly on the decimal representation (`String(x)` with its exponent moved),
 * so that shift(0.0725, 2) is 7.25 and not 7.249999999999999. This is scaling, not rounding.
 * @internal
 */
export function shift(x: number, n: number): number {
  if (n === 0 || x === 0 || !Number.isFinite(x)) return x;
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + n}`);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat. @internal */
export function numberFormat(locale: Locale, options: Record<string, unknown>): Intl.NumberFormat {
  let key: string = locale;
  for (const k in options) key += `|${k}=${options[k]}`; // the options are flat: strings, numbers, booleans
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions);
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats a finite number as Intl does: `d` decimals, grouping or not, and a sign only on negatives
 * (never "-0") or, with `signed`, also "+" on positives (not on values that round to zero).
 * @internal
 */
export function formatNumber(x: number, locale: Locale, d: Digits, grouping: boolean, signed = false): string {
  const fast = plainDecimal(x, d, grouping, signed);
  if (fast !== undefined) return fast;
  // The hot path of every label: a short key instead of numberFormat's JSON one.
  const key = `${locale}${d.min}|${d.max}${grouping ? "g" : ""}${signed ? "s" : ""}`;
  let f = plain.get(key);
  if (f === undefined) {
    f = numberFormat(locale, {
      minimumFractionDigits: d.min,
      maximumFractionDigits: d.max,
      useGrouping: grouping,
      signDisplay: signed ? "exceptZero" : "negative",
    });
    plain.set(key, f);
  }
  return f.format(x);
}

const plain = new Map<string, Intl.NumberFormat>();

/**
 * What Intl.NumberFormat writes for zh-CN and en (the two write numbers alike: "-1,234.5"), for a number
 * written in plain digits by String() (|x| from 1e-6 to below 1e21): undefined for the rest, which go to
 * Intl. Intl rounds the shortest decimal that reads back as x (String()'s digits), half away from zero —
 * so 1.005 is "1.01", where toFixed(2), rounding the binary value, gives "1.00". Done here because Intl
 * takes some ten times as long, and a chart of 3,000 bars formats 3,000 values (a tenth of its time);
 * formatCompact uses it too, below its first unit. test/narrative/_format.test.ts compares the two on
 * random and chosen numbers.
 * @internal
 */
export function plainDecimal(x: number, d: Digits, grouping: boolean, signed: boolean): string | undefined {
  if (!(Number.isInteger(d.min) && Number.isInteger(d.max) && d.min >= 0 && d.min <= d.max && d.max <= 20)) return undefined; // Intl says what is wrong
  if (!Number.isFinite(x)) return undefined;
  const s = String(x);
  if (s.includes("e")) return undefined;
  const negative = s.charCodeAt(0) === 45; // "-"
  const dot = s.indexOf(".");
  let int = s.slice(negative ? 1 : 0, dot < 0 ? s.length : dot);
  let frac = dot < 0 ? "" : s.slice(dot + 1);
  if (frac.length > d.max) {
    const up = frac.charCodeAt(d.max) >= 53; // the next digit is 5 or more
    frac = frac.slice(0, d.max);
    if (up) {
      // Adds one in the last place kept, carrying through the fraction into the integer.
      let digits = int + frac;
      let k = digits.length - 1;
      while (k >= 0 && digits.charCodeAt(k) === 57) k--; // trailing 9s become 0s
      digits = (k < 0 ? "1" : digits.slice(0, k) + String.fromCharCode(digits.charCodeAt(k) + 1)) + "0".repeat(digits.length - 1 - k);
      int = digits.slice(0, digits.length - frac.length);
      frac = digits.slice(digits.length - frac.length);
    }
  }
  let end = frac.length;
  while (end > d.min && frac.charCodeAt(end - 1) === 48) end--; // trailing zeros beyond the minimum
  frac = end < frac.length ? frac.slice(0, end) : frac.padEnd(d.min, "0");
  const zero = /^0*$/.test(int) && /^0*$/.test(frac);
  if (grouping && int.length > 3) {
    let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
    for (let k = grouped.length; k < int.length; k += 3) grouped += `,${int.slice(k, k + 3)}`;
    int = grouped;
  }
  const sign = zero ? "" : negative ? "-" : signed ? "+" : "";
  return frac === "" ? sign + int : `${sign}${int}.${frac}`;
}

/** The value Intl shows for `x` at `d` decimals, as a number (-0 becomes 0). @internal */
export function rounded(x: number, d: Digits): number {
  const r = Number(formatNumber(x, "en", { min: 0, max: d.max }, false));
  return r === 0 ? 0 : r;
}

/** A scale word and its power of ten. @internal */
export interface Step {
  readonly exp: number;
  readonly word: string;
}

/** 万亿 (1e12), 亿 (1e8), 万 (1e4) — the scales of Chinese statistical writing. @internal */
export const ZH_STEPS: readonly Step[] = [
  { exp: 12, word: "万亿" },
  { exp: 8, word: "亿" },
  { exp: 4, word: "万" },
  { exp: 0, word: "" },
];

/** English scale words in the short (tn/bn/mn) or long (trillion/billion/million) style. @internal */
export function enSteps(display: "short" | "long"): readonly Step[] {
  return display === "short"
    ? [
        { exp: 12, word: " tn" },
        { exp: 9, word: " bn" },
        { exp: 6, word: " mn" },
        { exp: 0, word: "" },
      ]
    : [
        { exp: 12, word: " trillion" },
        { exp: 9, word: " billion" },
        { exp: 6, word: " million" },
        { exp: 0, word: "" },
      ];
}

/**
 * Writes `x` with the largest scale word it reaches, after rounding: 99999999 at 2 decimals is
 * "1亿", not "10000万". `digitsAt(step)` gives the decimals to use in that scale.
 * @internal
 */
export function withScale(
  x: number,
  steps: readonly Step[],
  digitsAt: (step: Step) => Digits,
  locale: Locale,
  grouping: boolean,
): string {
  const a = Math.abs(x);
  let i = steps.findIndex((s) => a >= 10 ** s.exp);
  if (i < 0) i = steps.length - 1;
  while (i > 0) {
    const r = Math.abs(rounded(shift(x, -steps[i].exp), digitsAt(steps[i])));
    if (r < 10 ** (steps[i - 1].exp - steps[i].exp)) break;
    i--;
  }
  const step = steps[i];
  return formatNumber(shift(x, -step.exp), locale, digitsAt(step), grouping) + step.word;
}

/** n when `scale` is 10^n (n = 0…20), else undefined. @internal */
export function powerOfTen(scale: number): number | undefined {
  for (let n = 0; n <= 20; n++) if (10 ** n === scale) return n;
  return undefined;
}

const PREFIXES: readonly [string, number][] = [
  ["万亿", 12],
  ["亿", 8],
  ["万", 4],
];

/**
 * Splits a unit written with a Chinese scale prefix into its base unit and the power of ten:
 * 亿元 → 元 and 8, 万人 → 人 and 4, 万美元 → 美元 and 4. Units without a known base come back
 * as they are with 0.
 * @internal
 */
export function splitScale(unit: Unit): { base: Unit; exp: number } {
  for (const [prefix, exp] of PREFIXES) {
    if (!unit.id.startsWith(prefix) || unit.id.length === prefix.length) continue;
    let base: Unit;
    try {
      base = getUnit(unit.id.slice(prefix.length));
    } catch {
      continue;
    }
    if (base.dimension === unit.dimension && base.currency === unit.currency && Math.abs(unit.scale / (base.scale * 10 ** exp) - 1) < 1e-12) {
      return { base, exp };
    }
  }
  return { base: unit, exp: 0 };
}

/** The `words` option: undefined or an object of strings. @internal */
export function wordsOf<K extends string>(fn: string, input: unknown, defaults: Record<K, string>): Record<K, string> {
  if (input === undefined) return defaults;
  if (input === null || typeof input !== "object" || Array.isArray(input)) return typeError(fn, "words must be an object of strings", input);
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as K[]) out[key] = text(fn, (input as Record<string, unknown>)[key], `words.${key}`, defaults[key]);
  return out;
}

/**
 * A change written with a direction word instead of a sign — 增长7.3% / 下降2.1% / 持平, 提高2.4个百分点 —
 * for {@link formatChange} and {@link formatPointsChange}: `x` is a fraction shown ×100 with `suffix`.
 * The direction is read from the rounded figure, so what rounds to zero is flat.
 * @internal
 */
export function formatDirected(
  fn: string,
  x: number | null | undefined,
  options: { locale?: unknown; digits?: number; maxDigits?: number; grouping?: unknown; words?: unknown; missing?: unknown },
  words: { "zh-CN": { up: string; down: string; flat: string }; en: { up: string; down: string; flat: string } },
  suffix: { "zh-CN": string; en: string },
): string {
  const locale = localeOf(fn, options.locale);
  const d = digitsOf(fn, options, 1);
  const grouping = flag(fn, options.grouping, "grouping", locale === "en");
  const { up, down, flat } = wordsOf(fn, options.words, words[locale]);
  const missing = text(fn, options.missing, "missing", DASH);
  if (!present(x)) return missing;
  const scaled = shift(x, 2);
  const r = rounded(scaled, d);
  if (r === 0) return flat;
  return `${r > 0 ? up : down}${locale === "en" ? " " : ""}${formatNumber(Math.abs(scaled), locale, d, grouping)}${suffix[locale]}`;
}

/**
 * A fraction written ×100 with a suffix — 7.3%, 2.4个百分点, 2.4 pp — for {@link formatRate} and
 * {@link formatPoints}; `sign` adds "+" to positives.
 * @internal
 */
export function formatScaled(
  fn: string,
  x: number | null | undefined,
  options: { locale?: unknown; digits?: number; maxDigits?: number; sign?: unknown; grouping?: unknown; missing?: unknown },
  suffix: { "zh-CN": string; en: string },
): string {
  const locale = localeOf(fn, options.locale);
  const d = digitsOf(fn, options, 1);
  const sign = flag(fn, options.sign, "sign", false);
  const grouping = flag(fn, options.grouping, "grouping", locale === "en");
  const missing = text(fn, options.missing, "missing", DASH);
  if (!present(x)) return missing;
  return formatNumber(shift(x, 2), locale, d, grouping, sign) + suffix[locale];
}
