import { typeError } from "../_internal/errors.js";
import { keyword } from "../_internal/keyword.js";

/**
 * Options of {@link rank}.
 *
 * @category Ranking
 * @example
 * const options: RankOptions = { order: "ascending", ties: "dense", missing: "bottom" };
 * rank([0.5, null, 0.2, 0.5], options) // => [2, 3, 1, 2]
 */
export interface RankOptions<T = number | null | undefined> {
  /**
   * `"descending"` (default): the largest value is rank 1, for indicators where higher is better.
   * `"ascending"`: the smallest value is rank 1 (e.g. energy use per unit of output).
   */
  order?: "descending" | "ascending";
  /**
   * How tied values are ranked, e.g. for the values 9, 8, 8, 7:
   * - `"min"` (default): competition ranking, ties share the best rank: 1, 2, 2, 4;
   * - `"max"`: ties share the worst rank: 1, 3, 3, 4;
   * - `"average"`: ties share the mean of the ranks they span: 1, 2.5, 2.5, 4;
   * - `"dense"`: like min, but the next value follows without a gap: 1, 2, 2, 3;
   * - `"first"`: ties are broken by input order, so the ranks are a permutation of 1..n: 1, 2, 3, 4.
   */
  ties?: "min" | "max" | "average" | "dense" | "first";
  /**
   * What missing values (null, undefined, NaN) get:
   * - `"keep"` (default): rank NaN, so they are reported and never silently placed;
   * - `"bottom"`: ranks after every valid value, tied among themselves by the same `ties` method;
   * - `"top"`: ranks before every valid value, tied among themselves by the same `ties` method.
   */
  missing?: "keep" | "bottom" | "top";
  /**
   * Reads the value of an element, with d3's accessor signature; by default the element itself.
   * Each element is read and coerced to a number exactly once.
   */
  value?: (d: T, i: number, data: ArrayLike<T>) => number | null | undefined;
}

const ORDERS = ["descending", "ascending"] as const;
const TIES = ["min", "max", "average", "dense", "first"] as const;
const MISSING = ["keep", "bottom", "top"] as const;

/**
 * Ranks values, rank 1 being the best: the largest value by default ("居全市第1位"). Returns the
 * 1-based ranks as a new `Float64Array`, index for index with the input, which is not mutated.
 * The semantics are those of pandas' `Series.rank(method, ascending, na_option)`, with
 * `order: "descending"` as `ascending=False`, `ties` as `method` and `missing` as `na_option`.
 *
 * Values are coerced to numbers once each (`+value`); null, undefined and NaN are missing, while
 * ±Infinity are values like any other. −0 and 0 tie. Runs in O(n): a stable radix sort on the
 * high 32 bits of each value (an insertion sort below 64 values), then on the low 32 bits within
 * the rare runs that need it; typed arrays only, no object per element and no comparator.
 *
 * @param values - an array-like of numbers (`number[]`, `Float64Array`, with null/undefined for
 *   gaps), or of anything with the `value` accessor
 * @param options - see {@link RankOptions}
 * @returns the ranks, NaN for missing values unless `missing` is `"bottom"` or `"top"`
 * @throws {TypeError} if `order`, `ties` or `missing` is not one of the listed keywords, or
 *   `value` is not a function
 * @category Ranking
 * @example
 * rank([7.3, 13.9, 7.3, 5.1]) // => [2, 1, 2, 4]
 * rank([7.3, 13.9, 7.3, 5.1], { ties: "dense" }) // => [2, 1, 2, 3]
 * rank([7.3, 13.9, 7.3, 5.1], { ties: "average" }) // => [2.5, 1, 2.5, 4]
 * rank([7.3, 13.9, 7.3, 5.1], { order: "ascending" }) // => [2, 4, 2, 1]
 * rank([3, NaN, 1, 3, 2]) // => [1, NaN, 4, 1, 3]
 * rank([3, NaN, 1, 3, 2], { missing: "bottom" }) // => [1, 5, 4, 1, 3]
 * rank([{ zone: "A", growth: 0.073 }, { zone: "B", growth: 0.139 }], { value: (d) => d.growth }) // => [2, 1]
 */
export function rank<T = number | null | undefined>(values: ArrayLike<T>, options: RankOptions<T> = {}): Float64Array {
  const order = keyword("rank", options.order, "order", ORDERS, "descending");
  const ties = keyword("rank", options.ties, "ties", TIES, "min");
  const missing = keyword("rank", options.missing, "missing", MISSING, "keep");
  const { value } = options;
  if (value !== undefined && typeof value !== "function") typeError("rank", "value must be a function", value);

  const s = takeScratch(values.length);
  try {
    return rankInto(values, value, order === "descending" ? -1 : 1, ties, missing, s);
  } finally {
    s.busy = false;
  }
}

function rankInto<T>(
  values: ArrayLike<T>,
  value: RankOptions<T>["value"],
  sign: number,
  ties: (typeof TIES)[number],
  missing: (typeof MISSING)[number],
  s: Scratch,
): Float64Array {
  // Coerce each value once into keys[i], negated for descending so that better is always smaller
  // (−0 folded into 0). The input positions of the valid values go to `at`, and the high 32 bits
  // of their keys, mapped so that unsigned order is numeric order, to `words`, counting digits for
  // the radix sort on the way. Missing values are marked NaN in `out`.
  const n = values.length;
  const { keys, at, words, counts } = s;
  counts.fill(0);
  const out = new Float64Array(n);
  const halves = s.keyWords; // the two 32-bit halves of keys[i] are halves[2i + LO] and halves[2i + HI]
  let valid = 0;
  for (let i = 0; i < n; i++) {
    const raw: unknown = value === undefined ? values[i] : value(values[i], i, values);
    const v = raw == null ? NaN : +(raw as number);
    if (v !== v) {
      out[i] = NaN;
      continue;
    }
    keys[i] = v === 0 ? 0 : sign * v;
    const h = halves[2 * i + HI];
    const w = h & 0x80000000 ? ~h >>> 0 : (h | 0x80000000) >>> 0; // flip every bit of a negative, the sign bit of a positive
    words[valid] = w;
    at[valid++] = i;
    counts[w & MASK]++;
    counts[RADIX + ((w >>> BITS) & MASK)]++;
    counts[2 * RADIX + (w >>> (2 * BITS))]++;
  }
  const m = n - valid;

  // Sort: input positions from best to worst, equal values in input order.
  const sorted = sortValid(s, valid);
  const w = s.words;

  // Walk the runs of equal values. Missing values placed on top shift the valid ranks.
  const shift = m > 0 && missing === "top" ? (ties === "dense" ? 1 : m) : 0;
  let distinct = 0;
  for (let a = 0; a < valid; ) {
    const h = w[a];
    let b = a + 1;
    if (b < valid && w[b] === h) {
      const k = keys[sorted[a]]; // read only when the high words tie
      while (b < valid && w[b] === h && keys[sorted[b]] === k) b++;
    }
    distinct++;
    let r: number;
    switch (ties) {
      case "first":
        for (let j = a; j < b; j++) out[sorted[j]] = j + 1 + shift;
        a = b;
        continue;
      case "min":
        r = a + 1;
        break;
      case "max":
        r = b;
        break;
      case "average":
        r = (a + 1 + b) / 2;
        break;
      default:
        r = distinct;
    }
    r += shift;
    for (let j = a; j < b; j++) out[sorted[j]] = r;
    a = b;
  }

  // Missing values: tied among themselves after (bottom) or before (top) the valid ones.
  if (m > 0 && missing !== "keep") {
    const before = missing === "bottom" ? (ties === "dense" ? distinct : valid) : 0;
    const r = ties === "max" ? before + m : ties === "average" ? before + (m + 1) / 2 : before + 1;
    let next = before + 1; // for "first": in input order
    for (let i = 0; i < n; i++) if (out[i] !== out[i]) out[i] = ties === "first" ? next++ : r;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sorting without a comparator

/** The typed arrays one call works in. */
interface Scratch {
  busy: boolean;
  /** keys[i]: the sort key of input i (valid inputs only). */
  keys: Float64Array;
  /** The keys' 32-bit halves. */
  keyWords: Uint32Array;
  /** Input positions being sorted, and the sort words; with their second buffers. */
  at: Int32Array;
  at2: Int32Array;
  words: Uint32Array;
  words2: Uint32Array;
  /** Digit counts of up to three radix passes. */
  counts: Int32Array;
}

const KEEP = 1 << 16; // a work space for up to this many values is kept between calls
const BITS = 11; // three digits of 11, 11 and 10 bits per 32-bit word
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
let kept: Scratch | undefined;

function makeScratch(size: number): Scratch {
  const keys = new Float64Array(size);
  return {
    busy: true,
    keys,
    keyWords: new Uint32Array(keys.buffer),
    at: new Int32Array(size),
    at2: new Int32Array(size),
    words: new Uint32Array(size),
    words2: new Uint32Array(size),
    counts: new Int32Array(3 * RADIX),
  };
}

function takeScratch(n: number): Scratch {
  if (n > KEEP) return makeScratch(n);
  if (kept !== undefined && kept.busy) return makeScratch(n); // re-entered from a `value` accessor
  if (kept === undefined || kept.keys.length < n) kept = makeScratch(Math.max(256, 2 ** Math.ceil(Math.log2(n))));
  kept.busy = true;
  return kept;
}

const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: word 1
const LO = 1 - HI;

/**
 * Sorts s.at[0, n) (input positions) by their keys, stable; returns the sorted positions. Below
 * 64 values an insertion sort; else a radix sort on the high words (sign, exponent and the top 20
 * bits of the mantissa), after which runs of equal high words, almost always runs of equal keys
 * already in input order, are checked with one comparison per value and put in order if needed.
 */
function sortValid(s: Scratch, n: number): Int32Array {
  const { keys } = s;
  if (n < 64) {
    insertionSort(keys, s.at, s.words, 0, n);
    return s.at;
  }
  if (radixPasses(s, 0, n)) swapBuffers(s);
  const { at, words } = s;
  for (let a = 0; a < n; ) {
    const h = words[a];
    let b = a + 1;
    let inOrder = true;
    while (b < n && words[b] === h) {
      if (keys[at[b]] < keys[at[b - 1]]) inOrder = false;
      b++;
    }
    if (!inOrder) {
      if (b - a <= 32) insertionSort(keys, at, words, a, b);
      else sortByLowWords(s, a, b, h);
    }
    a = b;
  }
  return at;
}

/** Sorts a long run at[a, b) of keys that share their high word `h` by their low words. */
function sortByLowWords(s: Scratch, a: number, b: number, h: number): void {
  const { keyWords, at, words, counts } = s;
  counts.fill(0);
  for (let j = a; j < b; j++) {
    const l = keyWords[2 * at[j] + LO];
    const w = h & 0x80000000 ? l : ~l >>> 0; // h is mapped: its sign bit set means a positive key
    words[j] = w;
    counts[w & 2047]++;
    counts[2048 + ((w >>> 11) & 2047)]++;
    counts[4096 + (w >>> 22)]++;
  }
  if (radixPasses(s, a, b)) at.set(s.at2.subarray(a, b), a);
  words.fill(h, a, b);
}

function swapBuffers(s: Scratch): void {
  const at = s.at;
  s.at = s.at2;
  s.at2 = at;
  const words = s.words;
  s.words = s.words2;
  s.words2 = words;
}

/**
 * Stable least-significant-digit radix sort of s.at[a, b) by s.words[a, b), in three digits whose
 * counts are already in s.counts; a digit that is the same for every word is skipped.
 * Returns true when the result is in the second buffers (s.at2, s.words2).
 */
function radixPasses(s: Scratch, a: number, b: number): boolean {
  const { counts } = s;
  let { words, at, words2, at2 } = s;
  let swapped = false;
  for (let p = 0, base = 0; p < 3; p++, base += RADIX) {
    const shift = p * BITS;
    if (counts[base + ((words[a] >>> shift) & MASK)] === b - a) continue; // one digit for all
    for (let d = base, sum = a; d < base + RADIX; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let j = a; j < b; j++) {
      const w = words[j];
      const pos = counts[base + ((w >>> shift) & MASK)]++;
      words2[pos] = w;
      at2[pos] = at[j];
    }
    const w = words;
    words = words2;
    words2 = w;
    const t = at;
    at = at2;
    at2 = t;
    swapped = !swapped;
  }
  return swapped;
}

/** Stable insertion sort of at[a, b) by keys[at[j]], moving words[a, b) alike. For short ranges. */
function insertionSort(keys: Float64Array, at: Int32Array, words: Uint32Array, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    const c = at[i];
    const w = words[i];
    const k = keys[c];
    let j = i - 1;
    while (j >= a && keys[at[j]] > k) {
      at[j + 1] = at[j];
      words[j + 1] = words[j];
      j--;
    }
    at[j + 1] = c;
    words[j + 1] = w;
  }
}
