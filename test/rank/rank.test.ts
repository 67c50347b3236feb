import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rank, type RankOptions } from "../../src/rank/index.js";

type Ties = NonNullable<RankOptions["ties"]>;
type Missing = NonNullable<RankOptions["missing"]>;
type Value = number | null | undefined;
const TIES: Ties[] = ["min", "max", "average", "dense", "first"];
const MISSING: Missing[] = ["keep", "bottom", "top"];
const r = (values: ArrayLike<Value>, options?: RankOptions) => Array.from(rank(values, options));
const isMissing = (v: Value) => v == null || Number.isNaN(v);

describe("rank", () => {
  it("rank(values) returns a Float64Array of 1-based ranks, the largest first", () => {
    const out = rank([7.3, 13.9, 7.3, 5.1]);
    expect(out).toBeInstanceOf(Float64Array);
    // 13.9 is best (1); the two 7.3 share the best rank they span (2); 5.1 has 3 values above it (4)
    expect(Array.from(out)).toEqual([2, 1, 2, 4]);
  });

  it("rank(values, { ties }) ranks 9, 8, 8, 7 as the doc says", () => {
    const v = [9, 8, 8, 7];
    expect(r(v, { ties: "min" })).toEqual([1, 2, 2, 4]); // "1224"
    expect(r(v, { ties: "max" })).toEqual([1, 3, 3, 4]); // "1334"
    expect(r(v, { ties: "average" })).toEqual([1, 2.5, 2.5, 4]); // (2 + 3) / 2 = 2.5
    expect(r(v, { ties: "dense" })).toEqual([1, 2, 2, 3]); // "1223"
    expect(r(v, { ties: "first" })).toEqual([1, 2, 3, 4]); // the first 8 in input order wins
  });

  it("rank(values, { order: 'ascending' }) makes the smallest value rank 1", () => {
    // energy use per unit of output: lower is better. 5.1 < 7.3 = 7.3 < 13.9
    expect(r([7.3, 13.9, 7.3, 5.1], { order: "ascending" })).toEqual([2, 4, 2, 1]);
  });

  // [3, NaN, 1, 3, 2], descending: valid values 3, 3, 2, 1 (4 of them), one missing.
  // min: 3 → 1 (none better), 2 → 3 (two 3s better), 1 → 4. max: 3 → 2 (both 3s), dense: 3, 2, 1 → 1, 2, 3.
  // bottom puts the missing value after the 4 valid ones (5; dense: after 3 distinct → 4);
  // top puts it first (1) and shifts the valid ranks by 1.
  // These agree with pandas' Series.rank(method, ascending=False, na_option).
  const v = Object.freeze([3, NaN, 1, 3, 2]);
  const table: [Ties, Missing, number[]][] = [
    ["min", "keep", [1, NaN, 4, 1, 3]],
    ["min", "bottom", [1, 5, 4, 1, 3]],
    ["min", "top", [2, 1, 5, 2, 4]],
    ["max", "keep", [2, NaN, 4, 2, 3]],
    ["max", "bottom", [2, 5, 4, 2, 3]],
    ["max", "top", [3, 1, 5, 3, 4]],
    ["average", "keep", [1.5, NaN, 4, 1.5, 3]], // (1 + 2) / 2
    ["average", "bottom", [1.5, 5, 4, 1.5, 3]],
    ["average", "top", [2.5, 1, 5, 2.5, 4]], // (2 + 3) / 2
    ["dense", "keep", [1, NaN, 3, 1, 2]],
    ["dense", "bottom", [1, 4, 3, 1, 2]],
    ["dense", "top", [2, 1, 4, 2, 3]],
    ["first", "keep", [1, NaN, 4, 2, 3]],
    ["first", "bottom", [1, 5, 4, 2, 3]],
    ["first", "top", [2, 1, 5, 3, 4]],
  ];
  for (const [ties, missing, expected] of table) {
    it(`rank([3, NaN, 1, 3, 2], { ties: '${ties}', missing: '${missing}' }) is [${expected.join(", ")}]`, () => {
      expect(r(v, { ties, missing })).toEqual(expected);
    });
  }

  it("rank([3, NaN, 1, 3, 2], { order: 'ascending', ties, missing }) matches pandas ascending=True", () => {
    // ascending: 1 → 1, 2 → 2, the two 3s → 3 (min) / 4 (max) / 3.5 (average) / 3 (dense);
    // missing 'top' still comes first whatever the order, as in pandas
    const asc = (ties: Ties, missing: Missing) => r(v, { order: "ascending", ties, missing });
    expect(asc("min", "keep")).toEqual([3, NaN, 1, 3, 2]);
    expect(asc("max", "bottom")).toEqual([4, 5, 1, 4, 2]);
    expect(asc("average", "top")).toEqual([4.5, 1, 2, 4.5, 3]); // (4 + 5) / 2
    expect(asc("dense", "bottom")).toEqual([3, 4, 1, 3, 2]);
    expect(asc("first", "top")).toEqual([4, 1, 2, 5, 3]);
  });

  it("rank(values, { missing }) ties several missing values among themselves", () => {
    // [2, NaN, 1, NaN, NaN, 2] descending: 3 valid (2, 2, 1) and 3 missing
    const w = [2, NaN, 1, null, undefined, 2];
    // bottom: missing after the 3 valid: min 4, max 3 + 3 = 6, average (4 + 5 + 6) / 3 = 5, dense 2 distinct + 1 = 3
    expect(r(w, { missing: "bottom", ties: "min" })).toEqual([1, 4, 3, 4, 4, 1]);
    expect(r(w, { missing: "bottom", ties: "max" })).toEqual([2, 6, 3, 6, 6, 2]);
    expect(r(w, { missing: "bottom", ties: "average" })).toEqual([1.5, 5, 3, 5, 5, 1.5]);
    expect(r(w, { missing: "bottom", ties: "dense" })).toEqual([1, 3, 2, 3, 3, 1]);
    // first: the missing values in input order take 4, 5, 6
    expect(r(w, { missing: "bottom", ties: "first" })).toEqual([1, 4, 3, 5, 6, 2]);
    // top: missing take 1..3 and shift the valid ranks by 3 (dense: by 1)
    expect(r(w, { missing: "top", ties: "min" })).toEqual([4, 1, 6, 1, 1, 4]);
    expect(r(w, { missing: "top", ties: "max" })).toEqual([5, 3, 6, 3, 3, 5]);
    expect(r(w, { missing: "top", ties: "average" })).toEqual([4.5, 2, 6, 2, 2, 4.5]); // (1+2+3)/3 = 2; (4+5)/2
    expect(r(w, { missing: "top", ties: "dense" })).toEqual([2, 1, 3, 1, 1, 2]);
    expect(r(w, { missing: "top", ties: "first" })).toEqual([4, 1, 6, 2, 3, 5]);
  });

  it("rank(values) gives null, undefined and NaN rank NaN and ranks the rest as if they were absent", () => {
    // [5, null, 8, undefined, NaN]: valid 8 > 5 → 8 is 1, 5 is 2
    expect(r([5, null, 8, undefined, NaN])).toEqual([2, NaN, 1, NaN, NaN]);
  });

  it("rank([]) is an empty Float64Array", () => {
    const out = rank([]);
    expect(out).toBeInstanceOf(Float64Array);
    expect(out.length).toBe(0);
    for (const ties of TIES) for (const missing of MISSING) expect(rank(new Float64Array(0), { ties, missing }).length).toBe(0);
  });

  it("rank(values) of all-missing values", () => {
    const none = [null, NaN];
    expect(r(none)).toEqual([NaN, NaN]);
    // two missing values tied at the bottom (= the top: there is nothing else)
    for (const missing of ["bottom", "top"] as const) {
      expect(r(none, { missing, ties: "min" })).toEqual([1, 1]);
      expect(r(none, { missing, ties: "max" })).toEqual([2, 2]);
      expect(r(none, { missing, ties: "average" })).toEqual([1.5, 1.5]);
      expect(r(none, { missing, ties: "dense" })).toEqual([1, 1]);
      expect(r(none, { missing, ties: "first" })).toEqual([1, 2]);
    }
  });

  it("rank(values) treats ±Infinity as values, not missing", () => {
    // [Infinity, 1, −Infinity, NaN, 1] descending: ∞ → 1, the 1s → 2, −∞ → 4
    expect(r([Infinity, 1, -Infinity, NaN, 1])).toEqual([1, 2, 4, NaN, 2]);
    expect(r([Infinity, 1, -Infinity, NaN, 1], { ties: "dense", missing: "bottom" })).toEqual([1, 2, 3, 4, 2]);
    expect(r([Infinity, 1, -Infinity, NaN, 1], { ties: "average", missing: "top" })).toEqual([2, 3.5, 5, 1, 3.5]);
    expect(r([Infinity, Infinity, -Infinity], { order: "ascending" })).toEqual([2, 2, 1]);
  });

  it("rank(values) ties 0 and −0", () => {
    expect(r([0, -0, 1])).toEqual([2, 2, 1]);
    expect(r([0, -0, 1], { order: "ascending", ties: "dense" })).toEqual([1, 1, 2]);
    expect(r([-0, 0, -1], { ties: "first" })).toEqual([1, 2, 3]);
  });

  it("rank(values) of one value is 1", () => {
    for (const ties of TIES) expect(r([42], { ties })).toEqual([1]);
  });

  it("rank(Float64Array) ranks a typed array without mutating it", () => {
    const input = Float64Array.of(0.073, 0.139, NaN, 0.05);
    expect(r(input)).toEqual([2, 1, NaN, 3]);
    expect(Array.from(input)).toEqual([0.073, 0.139, NaN, 0.05]);
  });

  it("rank(values) does not mutate the input", () => {
    const input = Object.freeze([3, null, 1, 3, 2]);
    for (const ties of TIES) for (const missing of MISSING) rank(input, { ties, missing, order: "ascending" });
    expect(input).toEqual([3, null, 1, 3, 2]);
  });

  it("rank(data, { value }) reads values with an accessor (d, i, data), once each", () => {
    const data = Object.freeze([
      Object.freeze({ zone: "济宁高新区", growth: 0.073 }),
      Object.freeze({ zone: "B", growth: 0.139 }),
      Object.freeze({ zone: "C", growth: null }),
      Object.freeze({ zone: "D", growth: 0.073 }),
    ]);
    const calls: number[] = [];
    const out = rank(data, {
      value: (d, i, all) => {
        expect(all).toBe(data);
        expect(d).toBe(data[i]);
        calls.push(i);
        return d.growth;
      },
    });
    // 0.139 → 1, the two 0.073 → 2, the missing one NaN
    expect(Array.from(out)).toEqual([2, 1, NaN, 2]);
    expect(calls).toEqual([0, 1, 2, 3]);
  });

  it("rank(values) coerces each value exactly once", () => {
    let calls = 0;
    const once = (x: number) => ({
      valueOf() {
        calls++;
        return x;
      },
    });
    for (const ties of TIES) {
      calls = 0;
      // [3, 1, 3, 2] with min: 3 → 1, 2 → 3, 1 → 4
      const out = rank([once(3), once(1), once(3), once(2)], { ties, missing: "bottom" });
      expect(out.length).toBe(4);
      expect(calls, ties).toBe(4);
    }
    expect(Array.from(rank([once(3), once(1), once(3), once(2)]))).toEqual([1, 4, 1, 3]);
  });

  it("rank(values, options) rejects bad keywords with a TypeError", () => {
    expect(() => rank([1], { ties: "bogus" as Ties })).toThrow(TypeError);
    expect(() => rank([1], { ties: "bogus" as Ties })).toThrow(
      'rank: ties must be one of "min", "max", "average", "dense", "first"; got "bogus"',
    );
    expect(() => rank([1], { order: "desc" as "descending" })).toThrow('rank: order must be one of "descending", "ascending"; got "desc"');
    expect(() => rank([1], { missing: "last" as Missing })).toThrow('rank: missing must be one of "keep", "bottom", "top"; got "last"');
    expect(() => rank([1], { value: "growth" as never })).toThrow(/rank: value must be a function/);
    // checked even for empty input
    expect(() => rank([], { ties: "competition" as Ties })).toThrow(TypeError);
  });

  // ------------------------------------------------------------------------------------------
  // Inputs of 64 values or more are radix-sorted on their high 32 bits; these reach its corners.

  it("rank(values) orders values that differ only in their low 32 bits", () => {
    // 1 + k·2⁻⁵² for k = 0..99 in a scrambled order: one long run of equal high words (> 32 values),
    // sorted again by the low words. Descending, distinct: rank = 100 − k.
    const ks = Array.from({ length: 100 }, (_, i) => (i * 37) % 100);
    const xs = ks.map((k) => 1 + k * 2 ** -52);
    expect(r(xs)).toEqual(ks.map((k) => 100 - k));
    // the same below zero: −(1 + k·2⁻⁵²) descending puts k = 0 first
    expect(r(xs.map((x) => -x))).toEqual(ks.map((k) => k + 1));
    // steps of 2049·2⁻⁵², so that the low words differ in two radix digits
    expect(r(ks.map((k) => 1 + k * 2049 * 2 ** -52))).toEqual(ks.map((k) => 100 - k));
    // ties among them: k mod 10 → ten values, ten times each; min rank of value j (descending) = 10·(9 − j) + 1
    const tied = ks.map((k) => 1 + (k % 10) * 2 ** -52);
    expect(r(tied)).toEqual(ks.map((k) => 10 * (9 - (k % 10)) + 1));
  });

  it("rank(values) orders short runs that share their high 32 bits", () => {
    // 100 groups g = 1..100 of three values g + j·2⁻⁴⁰ (j = 2, 0, 1 in input order): the groups differ in
    // their high words, the values within a group only in their low words. Ascending:
    // value (g, j) is rank 3(g − 1) + j + 1.
    const xs: number[] = [];
    const expected: number[] = [];
    for (let g = 1; g <= 100; g++)
      for (const j of [2, 0, 1]) {
        xs.push(g + j * 2 ** -40);
        expected.push(3 * (g - 1) + j + 1);
      }
    expect(r(xs, { order: "ascending" })).toEqual(expected);
    expect(r(xs, { order: "ascending", ties: "first" })).toEqual(expected);
  });

  it("rank(values) of more than 65,536 values", () => {
    // a permutation of 0..69,999 (7,919 is prime to 70,000): descending, value v is rank 70,000 − v
    const n = 70_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = (i * 7919) % n;
    const out = rank(xs);
    let ok = true;
    for (let i = 0; i < n; i++) if (out[i] !== n - xs[i]) ok = false;
    expect(ok).toBe(true);
    // with ties: v mod 7 → min rank of value j (descending) = 10,000 · (6 − j) + 1
    const tied = rank(xs.map((x) => x % 7));
    ok = true;
    for (let i = 0; i < n; i++) if (tied[i] !== 10_000 * (6 - (xs[i] % 7)) + 1) ok = false;
    expect(ok).toBe(true);
  });

  it("rank(data, { value }) may call rank inside the accessor", () => {
    const groups = [
      [3, 1, 2],
      [5, 4],
      [9, 8, 7, 6],
    ];
    // each group's value: the rank of its first element within the group (3 → 1, 5 → 1, 9 → 1) plus its
    // size = 4, 3, 5 → descending ranks 2, 3, 1; rank(big)[99] − 1 = 0 (99 is the largest of 0..99)
    // re-enters on the radix path too
    const big = Array.from({ length: 100 }, (_, i) => i);
    expect(Array.from(rank(groups, { value: (g) => rank(g)[0] + g.length + rank(big)[99] - 1 }))).toEqual([2, 3, 1]);
  });

  it("rank(values) works after an accessor threw", () => {
    expect(() =>
      rank([1, 2, 3], {
        value: (d) => {
          if (d === 2) throw new Error("boom");
          return d;
        },
      }),
    ).toThrow("boom");
    expect(r([1, 2, 3])).toEqual([3, 2, 1]);
  });

  // ------------------------------------------------------------------------------------------
  // Properties

  // Small integers so that ties are frequent; missing values of the three kinds.
  const value = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: -5, max: 5 }) },
    { weight: 1, arbitrary: fc.constantFrom<Value>(null, undefined, NaN) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  );
  const values = fc.array(value, { maxLength: 40 });
  const valid = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), { maxLength: 40 });
  const options = fc.record({
    order: fc.constantFrom("descending" as const, "ascending" as const),
    ties: fc.constantFrom(...TIES),
    missing: fc.constantFrom(...MISSING),
  });
  // -0 and 0 are the same value
  const same = (a: number, b: number) => a === b;

  // pandas' definition, in O(n²): rank among the valid values, then the missing block.
  function reference(xs: readonly Value[], o: Required<Omit<RankOptions, "value">>): number[] {
    const better = (a: number, b: number) => (o.order === "descending" ? a > b : a < b);
    const vals = xs.map((x) => (isMissing(x) ? NaN : (x as number)));
    const validVals = vals.filter((x) => !Number.isNaN(x));
    const nv = validVals.length;
    const nm = vals.length - nv;
    const distinct = new Set(validVals.map((x) => (x === 0 ? 0 : x))).size;
    const out: number[] = [];
    let missingSeen = 0;
    vals.forEach((x, i) => {
      if (Number.isNaN(x)) {
        if (o.missing === "keep") return out.push(NaN);
        const before = o.missing === "bottom" ? (o.ties === "dense" ? distinct : nv) : 0;
        const rk = { min: 1, max: nm, average: (nm + 1) / 2, dense: 1, first: ++missingSeen }[o.ties];
        return out.push(before + rk);
      }
      const shift = o.missing === "top" && nm > 0 ? (o.ties === "dense" ? 1 : nm) : 0;
      const less = validVals.filter((y) => better(y, x)).length;
      const eq = validVals.filter((y) => same(y, x)).length;
      const eqBefore = vals.slice(0, i).filter((y) => !Number.isNaN(y) && same(y, x)).length;
      const dense = new Set(validVals.filter((y) => better(y, x)).map((y) => (y === 0 ? 0 : y))).size + 1;
      const rk = { min: less + 1, max: less + eq, average: less + (eq + 1) / 2, dense, first: less + 1 + eqBefore }[o.ties];
      out.push(rk + shift);
    });
    return out;
  }

  it("rank(values, options) equals pandas' Series.rank by definition", () => {
    fc.assert(
      fc.property(values, options, (xs, o) => {
        expect(r(xs, o)).toEqual(reference(xs, o));
      }),
      { numRuns: 500 },
    );
    // long enough for the radix sort, with values that share their high 32 bits
    const near = fc.integer({ min: 0, max: 40 }).map((k) => 1 + k * 2 ** -52);
    const longValues = fc.array(fc.oneof(value, near, near.map((x) => -x)), { minLength: 64, maxLength: 300 });
    fc.assert(
      fc.property(longValues, options, (xs, o) => {
        expect(r(xs, o)).toEqual(reference(xs, o));
      }),
      { numRuns: 200 },
    );
  });

  it("rank(permuted values) permutes the ranks (ties 'min', 'max', 'average', 'dense')", () => {
    const withPermutation = values.chain((xs) =>
      fc.tuple(fc.constant(xs), fc.shuffledSubarray([...xs.keys()], { minLength: xs.length, maxLength: xs.length })),
    );
    fc.assert(
      fc.property(withPermutation, options, ([xs, perm], o) => {
        if (o.ties === "first") return; // 'first' depends on input order by design
        const ranks = r(xs, o);
        const permuted = r(
          perm.map((j) => xs[j]),
          o,
        );
        expect(permuted).toEqual(perm.map((j) => ranks[j]));
      }),
    );
  });

  it("rank(values, { ties }) gives tied values one rank (ties 'min', 'max', 'average', 'dense')", () => {
    fc.assert(
      fc.property(values, options, (xs, o) => {
        if (o.ties === "first") return;
        const ranks = r(xs, o);
        for (let i = 0; i < xs.length; i++)
          for (let j = 0; j < xs.length; j++) {
            if (!isMissing(xs[i]) && !isMissing(xs[j]) && same(xs[i] as number, xs[j] as number)) expect(ranks[i]).toBe(ranks[j]);
          }
      }),
    );
  });

  it("rank(values, { ties: 'dense' }) numbers the distinct values 1..k without gaps", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const ranks = r(xs, { ties: "dense" }).filter((x) => !Number.isNaN(x));
        const k = new Set(xs.filter((x) => !isMissing(x)).map((x) => (x === 0 ? 0 : x))).size;
        expect([...new Set(ranks)].sort((a, b) => a - b)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
      }),
    );
  });

  it("rank(values, { ties: 'first' }) is a permutation of 1..n", () => {
    const perm = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    fc.assert(
      fc.property(valid, (xs) => {
        expect(r(xs, { ties: "first" }).sort((a, b) => a - b)).toEqual(perm(xs.length));
      }),
    );
    // with missing values placed at the bottom or the top, too
    fc.assert(
      fc.property(values, fc.constantFrom("bottom" as const, "top" as const), (xs, missing) => {
        expect(r(xs, { ties: "first", missing }).sort((a, b) => a - b)).toEqual(perm(xs.length));
      }),
    );
  });

  it("rank(values, { ties: 'average' }) sums to n(n + 1)/2", () => {
    fc.assert(
      fc.property(valid, fc.constantFrom("descending" as const, "ascending" as const), (xs, order) => {
        const n = xs.length;
        const sum = r(xs, { ties: "average", order }).reduce((a, b) => a + b, 0);
        expect(sum).toBe((n * (n + 1)) / 2);
      }),
    );
  });

  it("rank(x, { order: 'ascending' }) equals rank(−x, { order: 'descending' })", () => {
    fc.assert(
      fc.property(values, options, (xs, o) => {
        const neg = xs.map((x) => (x == null ? x : -x));
        expect(r(xs, { ...o, order: "ascending" })).toEqual(r(neg, { ...o, order: "descending" }));
      }),
    );
  });

  it("rank(values, { ties: 'min' }) is 1 + the number of strictly better values", () => {
    fc.assert(
      fc.property(values, fc.constantFrom("descending" as const, "ascending" as const), (xs, order) => {
        const ranks = r(xs, { order });
        xs.forEach((x, i) => {
          if (isMissing(x)) return expect(ranks[i]).toBeNaN();
          const better = xs.filter((y) => !isMissing(y) && (order === "descending" ? y! > x! : y! < x!)).length;
          expect(ranks[i]).toBe(1 + better);
        });
      }),
    );
  });

  // The radix sort's other paths: buckets long enough to be split again, values several scales
  // apart, clusters sharing their high words; checked against a comparison sort.
  it("rank(values, options) equals a comparison sort on long, clustered inputs", () => {
    function bySorting(xs: readonly number[], o: { order: "descending" | "ascending"; ties: Ties }): number[] {
      const sign = o.order === "descending" ? -1 : 1;
      const idx = xs.map((_, i) => i).filter((i) => !Number.isNaN(xs[i]));
      idx.sort((a, b) => sign * (xs[a] - xs[b]) || a - b);
      const out = xs.map(() => NaN);
      let distinct = 0;
      for (let a = 0; a < idx.length; ) {
        let b = a + 1;
        while (b < idx.length && xs[idx[b]] === xs[idx[a]]) b++;
        distinct++;
        for (let j = a; j < b; j++) out[idx[j]] = { min: a + 1, max: b, average: (a + 1 + b) / 2, dense: distinct, first: j + 1 }[o.ties];
        a = b;
      }
      return out;
    }
    const cluster = fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(1e-9, 1e-3, 1, 1e3)).chain(([centre, spread]) =>
      fc.array(fc.integer({ min: -50, max: 50 }).map((k) => centre + k * spread), { minLength: 1, maxLength: 400, size: "max" }),
    );
    const clustered = fc.array(fc.oneof(cluster, fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constant(NaN), fc.constantFrom(Infinity, -Infinity, 0, -0)), { maxLength: 50 })), { minLength: 1, maxLength: 8 }).map((parts) => parts.flat());
    const order = fc.constantFrom("descending" as const, "ascending" as const);
    fc.assert(
      fc.property(clustered, order, fc.constantFrom(...TIES), (xs, o, ties) => {
        expect(r(xs, { order: o, ties })).toEqual(bySorting(xs, { order: o, ties }));
      }),
      { numRuns: 300 },
    );
  });
});
