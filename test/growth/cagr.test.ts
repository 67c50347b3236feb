import { describe, expect, it } from "vitest";
import { cagr } from "../../src/growth/index.js";

describe("cagr", () => {
  it("cagr(first, last, periods) is (last / first)^(1 / periods) − 1", () => {
    // (121 / 100)^(1/2) − 1 = 1.1 − 1 = 0.1
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 12);
    // (100 / 200)^(1/1) − 1 = −0.5
    expect(cagr(200, 100, 1)).toBe(-0.5);
    // (133.1 / 100)^(1/3) − 1 = 1.1 − 1 = 0.1
    expect(cagr(100, 133.1, 3)).toBeCloseTo(0.1, 12);
    // (150 / 150)^(1/4) − 1 = 0
    expect(cagr(150, 150, 4)).toBe(0);
  });

  it("cagr(first, last, periods) accepts a fractional number of periods", () => {
    // (121 / 100)^(1/0.5) − 1 = 1.21² − 1 = 1.4641 − 1 = 0.4641
    expect(cagr(100, 121, 0.5)).toBeCloseTo(0.4641, 12);
  });

  it("cagr(first, 0, periods) is −1", () => {
    // (0 / 100)^(1/3) − 1 = 0 − 1
    expect(cagr(100, 0, 3)).toBe(-1);
  });

  it("cagr(first, last, periods) is NaN when first ≤ 0, last < 0 or periods ≤ 0", () => {
    expect(cagr(0, 121, 2)).toBeNaN();
    expect(cagr(-100, 121, 2)).toBeNaN();
    expect(cagr(100, -1, 2)).toBeNaN();
    expect(cagr(100, 121, 0)).toBeNaN();
    expect(cagr(100, 121, -2)).toBeNaN();
  });

  it("cagr(first, last, periods) is NaN when an input is missing or not finite", () => {
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(cagr(bad, 121, 2), String(bad)).toBeNaN();
      expect(cagr(100, bad, 2), String(bad)).toBeNaN();
      expect(cagr(100, 121, bad), String(bad)).toBeNaN();
    }
  });
});
