import { rangeError } from "../_internal/errors.js";

/**
 * Options of {@link displayWidth}.
 *
 * @category Narrative
 * @example
 * const options: DisplayWidthOptions = { fontSize: 12 };
 * displayWidth("济宁高新区", options) // => 60
 */
export interface DisplayWidthOptions {
  /** Multiply by this font size (a positive number) to get pixels instead of em. Default 1 (em). */
  fontSize?: number;
}

// Widths in thousandths of an em, summed as integers so that results are exact decimals.
const NARROW = 300; // i j l I ! | . , : ; ' ` and the space
const SEMI = 350; // f t r ( ) [ ] { } / \ - "
const DIGIT = 560; // 0–9: tabular in Arial, Helvetica, PingFang and most UI fonts
const UPPER = 650; // A–Z except I, M, W
const WIDE = 850; // M W m w @ %
const DEFAULT = 550; // other ASCII, lower-case letters, other scripts' letters
const FULL = 1000; // CJK, full-width forms, CJK punctuation, em dash, ellipsis

const ASCII = /* @__PURE__ */ (() => {
  const w = new Uint16Array(128).fill(DEFAULT);
  for (const c of "ijlI!|.,:;'` ") w[c.charCodeAt(0)] = NARROW;
  for (const c of "ftr()[]{}/\\-\"") w[c.charCodeAt(0)] = SEMI;
  for (const c of "0123456789") w[c.charCodeAt(0)] = DIGIT;
  for (const c of "ABCDEFGHJKLNOPQRSTUVXYZ") w[c.charCodeAt(0)] = UPPER;
  for (const c of "MWmw@%") w[c.charCodeAt(0)] = WIDE;
  for (let i = 0; i < 32; i++) w[i] = 0;
  w[127] = 0;
  return w;
})();

// East Asian Wide and Fullwidth ranges (Unicode UAX #11), simplified, plus em dash and ellipsis.
const FULL_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f], // Hangul Jamo
  [0x2014, 0x2015], // — ―
  [0x2026, 0x2026], // …
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」〈〉 and U+3000)
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms (，（）：１Ａ)
  [0xffe0, 0xffe6], // full-width signs (￥)
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental pictographs
  [0x20000, 0x3fffd], // CJK extensions B–H
];
const ZERO_RANGES: readonly [number, number][] = [
  [0x0300, 0x036f], // combining diacritics
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0xfe00, 0xfe0f], // variation selectors
];

function inRanges(cp: number, ranges: readonly [number, number][]): boolean {
  for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  return false;
}

function charWidth(cp: number): number {
  if (cp < 128) return ASCII[cp];
  if (inRanges(cp, FULL_RANGES)) return FULL;
  if (inRanges(cp, ZERO_RANGES)) return 0;
  return DEFAULT;
}

/**
 * An estimate of the width of a label in em (or in pixels with `fontSize`), for laying out
 * charts and reports on a server where text cannot be measured.
 *
 * | characters | width (em) |
 * |---|---|
 * | CJK ideographs, kana, Hangul, full-width forms (，（）１), CJK punctuation (、。「」), em dash —, ellipsis …, emoji | 1 |
 * | `i j l I ! \| . , : ; ' \`` and the space | 0.3 |
 * | `f t r ( ) [ ] { } / \ - "` | 0.35 |
 * | digits `0`–`9` (tabular in common UI fonts, so `1` is as wide as `0`) | 0.56 |
 * | upper-case letters except `I`, `M`, `W` | 0.65 |
 * | `M W m w @ %` | 0.85 |
 * | everything else (lower-case letters, other ASCII, other scripts) | 0.55 |
 * | control characters, combining marks, zero-width characters | 0 |
 *
 * The Latin widths are rounded up from Arial/Helvetica, so the estimate errs on the wide side.
 * Characters are counted by code point (a surrogate pair is one character). null and undefined
 * have width 0; other values are converted with `String()`.
 *
 * @param text - the label
 * @param options - see {@link DisplayWidthOptions}
 * @returns the width in em, times `fontSize` when given
 * @throws {RangeError} when `fontSize` is not a positive finite number
 * @category Narrative
 * @example
 * displayWidth("济宁高新区") // => 5
 * displayWidth("Jining") // => 2.9
 * displayWidth("1—7月份") // => 4.12
 * displayWidth("济宁高新区", { fontSize: 12 }) // => 60
 */
export function displayWidth(text: string | null | undefined, options: DisplayWidthOptions = {}): number {
  const size = options.fontSize ?? 1;
  if (typeof size !== "number" || !(size > 0) || !Number.isFinite(size)) rangeError("displayWidth", "fontSize must be a positive number", size);
  if (text == null) return 0;
  let milli = 0;
  for (const ch of String(text)) milli += charWidth(ch.codePointAt(0)!);
  return (milli / 1000) * size;
}
