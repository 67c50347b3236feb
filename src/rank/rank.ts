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
/** The tie methods of {@link rank}. @internal */
export const TIES = ["min", "max", "average", "dense", "first"] as const;
const MISSING = ["keep", "bottom", "top"] as const;

/**
 * Ranks values, rank 1 being the best: the largest value by default ("居全市第1位"). Returns the
 * 1-based ranks as a new `Float64Array`, index for index with the input, which is not mutated.
 * The semantics are those of pandas' `Series.rank(method, ascending, na_option)`, with
 * `order: "descending"` as `ascending=False`, `ties` as `method` and `missing` as `na_option`.
 *
 * Values are coerced to numbers once each (`+value`); null, undefined and NaN are missing, while
 * ±Infinity are values like any other. −0 and 0 tie. Runs in O(n): a stable most-significant-digit
 * radix sort on the high 32 bits of each value (insertion sort for short ranges), then on the low
 * 32 bits within the rare runs that need it; typed arrays only, no object per element and no comparator.
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

  const out = new Float64Array(values.length);
  const s = takeScratch(values.length);
  try {
    rankInto(values, value, null, 0, values.length, order === "descending" ? -1 : 1, ties, missing, s, out);
  } finally {
    s.busy = false;
  }
  return out;
}

/** The tie methods of {@link rank}. @internal */
export type Ties = (typeof TIES)[number];

/**
 * Ranks the values of rows[a, b) (NaN missing, given rank NaN) and writes each row's rank to
 * out[row], with no option parsing and no allocation: the inner step of rankColumn, called once
 * per cross-section. @internal
 */
export function rankRows(values: Float64Array, rows: Int32Array, a: number, b: number, descending: boolean, ties: Ties, out: Float64Array): void {
  const s = takeScratch(b - a);
  try {
    rankInto(values, undefined, rows, a, b - a, descending ? -1 : 1, ties, "keep", s, out);
  } finally {
    s.busy = false;
  }
}

/**
 * Ranks n values into `out`: values[i] to out[i] (with `rows` null), or values[rows[o + i]] to
 * out[rows[o + i]].
 */
function rankInto<T>(
  values: ArrayLike<T>,
  value: RankOptions<T>["value"],
  rows: Int32Array | null,
  o: number,
  n: number,
  sign: number,
  ties: Ties,
  missing: (typeof MISSING)[number],
  s: Scratch,
  out: Float64Array,
): void {
  // Coerce each value once into keys[i], negated for descending so that better is always smaller
  // (−0 folded into 0). The input positions of the valid values go to `at`, and the high 32 bits
  // of their keys, mapped so that unsigned order is numeric order, to `words`, noting the least
  // and greatest word on the way. Missing values are marked NaN in `out`.
  const { keys, at, words } = s;
  const halves = s.keyWords; // the two 32-bit halves of keys[i] are halves[2i + LO] and halves[2i + HI]
  let valid = 0;
  let lo = 0xffffffff;
  let hi = 0;
  for (let i = 0; i < n; i++) {
    let v: number;
    if (rows !== null) v = (values as unknown as Float64Array)[rows[o + i]];
    else {
      const raw: unknown = value === undefined ? values[i] : value(values[i], i, values);
      v = raw == null ? NaN : +(raw as number);
    }
    if (v !== v) {
      out[rows === null ? i : rows[o + i]] = NaN;
      continue;
    }
    keys[i] = v === 0 ? 0 : sign * v;
    const h = halves[2 * i + HI];
    const w = h & 0x80000000 ? ~h >>> 0 : (h | 0x80000000) >>> 0; // flip every bit of a negative, the sign bit of a positive
    words[valid] = w;
    at[valid++] = i;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  const m = n - valid;

  // Sort: input positions from best to worst, equal values in input order.
  sortRange(s, 0, valid, lo, hi, 0);
  const sorted = s.at;
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
        for (let j = a; j < b; j++) out[rows === null ? sorted[j] : rows[o + sorted[j]]] = j + 1 + shift;
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
    for (let j = a; j < b; j++) out[rows === null ? sorted[j] : rows[o + sorted[j]]] = r;
    a = b;
  }

  // Missing values: tied among themselves after (bottom) or before (top) the valid ones.
  if (m > 0 && missing !== "keep") {
    const before = missing === "bottom" ? (ties === "dense" ? distinct : valid) : 0;
    const r = ties === "max" ? before + m : ties === "average" ? before + (m + 1) / 2 : before + 1;
    let next = before + 1; // for "first": in input order
    for (let i = 0; i < n; i++) if (out[i] !== out[i]) out[i] = ties === "first" ? next++ : r; // (rows is null here)
  }
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
  /** Input positions being sorted, and their sort words (the keys' mapped high words). */
  at: Int32Array;
  words: Uint32Array;
  /** Where a distribution pass writes before copying back. */
  at2: Int32Array;
  words2: Uint32Array;
  /** Bucket counts of the most-significant-digit passes, one block of RADIX + 1 per level. */
  counts: Int32Array;
  /** Digit counts of the three least-significant-digit passes on low words. */
  lowCounts: Int32Array;
}

const KEEP = 1 << 16; // a work space for up to this many values is kept between calls
const BITS = 11; // at most 2^11 buckets a pass
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
const SMALL = 32; // ranges up to this long are insertion-sorted
const LEVELS = 9; // each level takes at least 4 bits off the 32 of a word: at most 8 levels and a spare
let kept: Scratch | undefined;

function makeScratch(size: number): Scratch {
  const keys = new Float64Array(size);
  return {
    busy: true,
    keys,
    keyWords: new Uint32Array(keys.buffer),
    at: new Int32Array(size),
    words: new Uint32Array(size),
    at2: new Int32Array(size),
    words2: new Uint32Array(size),
    counts: new Int32Array(LEVELS * (RADIX + 1)),
    lowCounts: new Int32Array(3 * RADIX),
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
 * Sorts s.at[a, b) (input positions) by their keys, stably, moving s.words[a, b) alike; `lo` and
 * `hi` are the least and greatest of those words. A most-significant-digit radix sort on the high
 * words (sign, exponent and the top 20 bits of the mantissa): one counting pass distributes the
 * range into up to 2^11 buckets by the leading bits of (word − lo) — as many buckets as values,
 * so that buckets of spread-out data hold one or two values — and each bucket longer than
 * {@link SMALL} is sorted the same way; short ones by insertion. Keys that share their whole high
 * word are put in order by their low words. O(n) for any input: each level takes at least 4 bits off
 * the words' spread.
 */
function sortRange(s: Scratch, a: number, b: number, lo: number, hi: number, level: number): void {
  const n = b - a;
  if (n < 2) return;
  const { keys, at, words } = s;
  if (n <= SMALL) {
    insertionSort(keys, at, words, a, b);
    return;
  }
  const spread = hi - lo;
  if (spread === 0) {
    // One high word: almost always one value too, already in input order.
    for (let j = a + 1; j < b; j++) {
      if (keys[at[j]] < keys[at[j - 1]]) {
        sortByLowWords(s, a, b, lo);
        return;
      }
    }
    return;
  }
  const width = 32 - Math.clz32(spread);
  const bits = Math.min(BITS, width, Math.max(4, 32 - Math.clz32(n)));
  const shift = width - bits;
  const size = 1 << bits;
  const { counts, at2, words2 } = s;
  const base = level * (RADIX + 1);
  counts.fill(0, base, base + size + 1);
  for (let j = a; j < b; j++) counts[base + 1 + ((words[j] - lo) >>> shift)]++;
  counts[base] = a;
  let fullest = 0;
  for (let d = base; d < base + size; d++) {
    const c = counts[d + 1];
    if (c > fullest) fullest = c;
    counts[d + 1] = c + counts[d];
  }
  for (let j = a; j < b; j++) {
    const w = words[j];
    const pos = counts[base + ((w - lo) >>> shift)]++;
    words2[pos] = w;
    at2[pos] = at[j];
  }
  at.set(at2.subarray(a, b), a);
  words.set(words2.subarray(a, b), a);
  if (fullest <= SMALL) {
    // Every bucket is short (values spread evenly, the usual case): one insertion pass over the whole
    // range sorts within the buckets, at a comparison or two a value, with no walk over the buckets.
    insertionSort(keys, at, words, a, b);
    return;
  }
  // counts[base + d] is now the end of bucket d.
  for (let d = 0, start = a; d < size; d++) {
    const end = counts[base + d];
    if (end - start > SMALL) {
      let l = 0xffffffff;
      let h = 0;
      for (let j = start; j < end; j++) {
        const w = words[j];
        if (w < l) l = w;
        if (w > h) h = w;
      }
      sortRange(s, start, end, l, h, level + 1);
    } else if (end - start > 1) insertionSort(keys, at, words, start, end);
    start = end;
  }
}

/** Sorts a long run at[a, b) of keys that share their high word `h` by their low words (LSD). */
function sortByLowWords(s: Scratch, a: number, b: number, h: number): void {
  const { keyWords, at, words, lowCounts: counts } = s;
  counts.fill(0);
  for (let j = a; j < b; j++) {
    const l = keyWords[2 * at[j] + LO];
    const w = h & 0x80000000 ? l : ~l >>> 0; // h is mapped: its sign bit set means a positive key
    words[j] = w;
    counts[w & MASK]++;
    counts[RADIX + ((w >>> BITS) & MASK)]++;
    counts[2 * RADIX + (w >>> (2 * BITS))]++;
  }
  let { words2 } = s;
  let src = at;
  let dst = s.at2;
  let ws = words;
  for (let p = 0, base = 0; p < 3; p++, base += RADIX) {
    const shift = p * BITS;
    if (counts[base + ((ws[a] >>> shift) & MASK)] === b - a) continue; // one digit for all
    for (let d = base, sum = a; d < base + RADIX; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let j = a; j < b; j++) {
      const w = ws[j];
      const pos = counts[base + ((w >>> shift) & MASK)]++;
      words2[pos] = w;
      dst[pos] = src[j];
    }
    [ws, words2] = [words2, ws];
    [src, dst] = [dst, src];
  }
  if (src !== at) at.set(src.subarray(a, b), a);
  words.fill(h, a, b);
}

/** Stable insertion sort of at[a, b) by keys[at[j]], moving words[a, b) alike. For short ranges. */
function insertionSort(keys: Float64Array, at: Int32Array, words: Uint32Array, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    const c = at[i];
    const k = keys[c];
    if (keys[at[i - 1]] <= k) continue;
    const w = words[i];
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
