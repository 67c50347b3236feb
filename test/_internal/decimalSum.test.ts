import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalSum } from "../../src/_internal/decimalSum.js";

describe("decimalSum", () => {
  it("decimalSum(values) adds decimals as written", () => {
    expect(decimalSum([0.1, 0.2])).toBe(0.3);
    expect(decimalSum([130.49, 106.06, 120.8, 77.48, 69.16, 49.36, 28.44, 50.18, 31.75, 29.74])).toBe(693.46);
    expect(decimalSum([197, -197])).toBe(0);
    expect(decimalSum([45.51, 1.7271414])).toBe(47.2371414);
    expect(decimalSum([])).toBe(0);
  });

  it("decimalSum(values) falls back to a compensated sum for exponent forms and huge values", () => {
    expect(decimalSum([1e-20, 1])).toBe(1);
    expect(decimalSum([1e300, 1e300])).toBe(2e300);
    expect(decimalSum([2 ** 53, 1, 1])).toBe(2 ** 53 + 2);
    expect(decimalSum([NaN, 1])).toBeNaN();
  });

  it("decimalSum(values) equals the exact sum of cents", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (cents) => {
        expect(decimalSum(cents.map((c) => c / 100))).toBe(cents.reduce((a, b) => a + b, 0) / 100);
      }),
    );
  });
});
