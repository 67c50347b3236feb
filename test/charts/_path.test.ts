import { curveBumpX, curveLinear, line } from "d3-shape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linePath, numberText } from "../../src/charts/_path.js";

const text = (v: number) => String(Math.round(v * 1000) / 1000);

// The charts write their lines themselves; they must be the paths d3's line() draws.
describe("linePath", () => {
  it("linePath(xs, ys) draws straight segments; with 'bumpX' cubic curves whose control points sit halfway across", () => {
    expect(linePath([0, 10, 20], [5, 15, 5], text)).toBe("M0,5L10,15L20,5");
    expect(linePath([0, 10, 20], [5, 15, 5], text, "bumpX")).toBe("M0,5C5,5,5,15,10,15C15,15,15,5,20,5");
  });

  it("linePath(xs, ys) starts a new run after a gap, and closes a run of one point", () => {
    expect(linePath([0, 10, 20, 30], [5, NaN, 7, 9], text, "bumpX")).toBe("M0,5ZM20,7C25,7,25,9,30,9");
    expect(linePath([0, 10, 20, 30], [5, NaN, 7, 9], text)).toBe("M0,5ZM20,7L30,9");
    expect(linePath([0, 10], [NaN, NaN], text)).toBe("");
    expect(linePath([], [], text)).toBe("");
  });

  for (const [name, curve, d3curve] of [
    ["linear", "linear", curveLinear],
    ["bumpX", "bumpX", curveBumpX],
  ] as const) {
    it(`linePath(xs, ys, num, "${name}") is what d3's line().curve(${d3curve === curveLinear ? "curveLinear" : "curveBumpX"}).defined(…) draws, to 3 decimals`, () => {
      fc.assert(
        fc.property(fc.array(fc.oneof(fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.constant(NaN)), { maxLength: 30 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (ys, step) => {
          const xs = ys.map((_, p) => 48.16 + p * step);
          const d3 = line<number>()
            .defined((p) => ys[p] === ys[p])
            .x((p) => xs[p])
            .y((p) => ys[p])
            .curve(d3curve)(ys.map((_, p) => p));
          expect(linePath(xs, ys, numberText(), curve)).toBe(d3 ?? "");
        }),
        { numRuns: 1000 },
      );
    });
  }

  it("numberText() writes numbers as d3-path does with 3 decimals, the same text for the same value", () => {
    const num = numberText();
    for (const v of [0, -0, 1.0005, -1.0005, 797.7164, 1e6 + 0.1234, -2.5e-4]) expect(num(v)).toBe(text(v));
    expect(num(1.23449)).toBe("1.234");
    expect(num(1.2345)).toBe("1.235");
  });
});
