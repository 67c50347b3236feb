import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { formatNumber, type Locale } from "../../src/narrative/_format.js";

/** What Intl writes, with the options formatNumber documents. */
function intl(x: number, locale: Locale, min: number, max: number, grouping: boolean, signed: boolean): string {
  const options = { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping, signDisplay: signed ? "exceptZero" : "negative" };
  return new Intl.NumberFormat(locale, options as Intl.NumberFormatOptions).format(x); // ("negative" is ES2023; the DOM lib's types lack it)
}

const settings: [number, number][] = [
  [0, 0],
  [0, 1],
  [1, 1],
  [0, 2],
  [2, 2],
  [0, 3],
  [1, 4],
  [0, 8],
  [20, 20],
];

describe("formatNumber (its own digits for plain decimals, Intl for the rest)", () => {
  it("writes what Intl writes, on numbers chosen to round at a tie, carry, lose a sign or leave plain notation", () => {
    const xs = [
      0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 1.005, -1.005, 0.125, 1.45, 9.995, -9.995, 99.95, 999.5, 0.0049, -0.004, 0.0005, 0.000001, 1e-6, 1e-7, -1e-7,
      1234.5678, -1234.5678, 12345678.9, 999999.995, 0.1 + 0.2, 123456789012345.6, 1e15, 9.999999999999999e20, 1e21, -1e21, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE,
      Infinity, -Infinity, NaN,
    ];
    for (const x of xs)
      for (const [min, max] of settings)
        for (const locale of ["zh-CN", "en"] as const)
          for (const grouping of [true, false])
            for (const signed of [false, true]) {
              const want = intl(x, locale, min, max, grouping, signed);
              expect([x, min, max, locale, grouping, signed, formatNumber(x, locale, { min, max }, grouping, signed)]).toEqual([x, min, max, locale, grouping, signed, want]);
            }
  });

  it("writes what Intl writes on random numbers of every size, and on values with few decimals (as data has)", () => {
    const number = fc.oneof(
      fc.double({ noNaN: true, min: -1e22, max: 1e22 }),
      fc.double({ noNaN: true, min: -2000, max: 2000 }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 200), // ties at .005 and .0025
    );
    fc.assert(
      fc.property(number, fc.constantFrom(...settings), fc.constantFrom<Locale>("zh-CN", "en"), fc.boolean(), fc.boolean(), (x, [min, max], locale, grouping, signed) => {
        expect(formatNumber(x, locale, { min, max }, grouping, signed)).toBe(intl(x, locale, min, max, grouping, signed));
      }),
      { numRuns: 20000 },
    );
  });

  it("leaves digits it does not take to Intl, which says what is wrong with them", () => {
    expect(() => formatNumber(1.5, "en", { min: 3, max: 1 }, false)).toThrow(RangeError);
    expect(() => formatNumber(1.5, "en", { min: 0, max: 21 }, false)).toThrow(RangeError);
  });

  it("uses Intl only for what String() writes with an exponent, and for NaN and ±Infinity", () => {
    const format = vi.spyOn(Intl.NumberFormat.prototype as unknown as { format: unknown }, "format", "get"); // (format is a getter of a bound function)
    try {
      for (const x of [0, -0, 1.005, -1234.5678, 999999.995, 0.000001, 9.999999999999999e20]) formatNumber(x, "zh-CN", { min: 0, max: 2 }, true);
      expect(format).not.toHaveBeenCalled();
      for (const x of [1e-7, 1e21, NaN, -Infinity]) formatNumber(x, "zh-CN", { min: 0, max: 2 }, true);
      expect(format).toHaveBeenCalledTimes(4);
    } finally {
      format.mockRestore();
    }
  });
});
