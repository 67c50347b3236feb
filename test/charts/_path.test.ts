import { curveBumpX, curveLinear, line } from "d3-shape";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linePath } from "../../src/charts/_path.js";

const values = fc.array(fc.oneof(fc.double({ min: -1e5, max: 1e5, noNaN: true }), fc.constant(NaN)), { maxLength: 30 });

function d3Line(xs: number[], ys: number[], curve: typeof curveLinear): string {
  const path = line<number>()
    .defined((p) => ys[p] === ys[p])
    .x((p) => xs[p])
    .y((p) => ys[p])
    .curve(curve)(ys.map((_, p) => p));
  return path ?? "";
}

/** A path's commands as absolute ones (M, Z, L, C: s and c made absolute), with their coordinates. */
function absolute(d: string): { op: string; xy: number[] }[] {
  const out: { op: string; xy: number[] }[] = [];
  let x = 0;
  let y = 0;
  let cx = 0; // the previous curve's second control point
  let cy = 0;
  for (const [, op, args] of d.matchAll(/([MZLCcs])([^MZLCcs]*)/g)) {
    // numbers are separated by a comma, or by the minus sign of the next one
    const a = (args.match(/-?[\d.]+(?:e[-+]?\d+)?/g) ?? []).map(Number);
    if (op === "Z") out.push({ op, xy: [] });
    else if (op === "M" || op === "L") {
      [x, y] = a;
      out.push({ op, xy: [x, y] });
    } else {
      const c = op === "C" ? a : op === "c" ? a.map((v, i) => v + (i % 2 ? y : x)) : [2 * x - cx, 2 * y - cy, ...a.map((v, i) => v + (i % 2 ? y : x))];
      out.push({ op: "C", xy: c });
      [cx, cy, x, y] = c.slice(2);
    }
  }
  return out;
}

// The charts write their lines themselves; they must be the paths d3's line() draws.
describe("linePath", () => {
  it("linePath(xs, ys) draws straight segments; with 'bumpX' cubic curves whose control points sit halfway across", () => {
    expect(linePath([0, 10, 20], [5, 15, 5])).toBe("M0,5L10,15L20,5");
    // d3 writes "M0,5C5,5,5,15,10,15C15,15,15,5,20,5": the same curves, relative, the second one smooth
    // (and no comma before a minus sign, which separates the numbers as well).
    expect(linePath([0, 10, 20], [5, 15, 5], "bumpX")).toBe("M0,5c5,0,5,10,10,10s5-10,10-10");
    // Uneven steps: each curve has its own control points.
    expect(linePath([0, 10, 30], [5, 15, 5], "bumpX")).toBe("M0,5c5,0,5,10,10,10c10,0,10-10,20-10");
  });

  it("linePath(xs, ys) starts a new run after a gap, and closes a run of one point", () => {
    expect(linePath([0, 10, 20, 30], [5, NaN, 7, 9], "bumpX")).toBe("M0,5ZM20,7c5,0,5,2,10,2");
    expect(linePath([0, 10, 20, 30], [5, NaN, 7, 9])).toBe("M0,5ZM20,7L30,9");
    expect(linePath([0, 10], [NaN, NaN])).toBe("");
    expect(linePath([], [])).toBe("");
  });

  it('linePath(xs, ys, num, "linear") is what d3\'s line().defined(…) draws, character for character', () => {
    fc.assert(
      fc.property(values, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (ys, step) => {
        const xs = ys.map((_, p) => 48.16 + p * step);
        expect(linePath(xs, ys)).toBe(d3Line(xs, ys, curveLinear));
      }),
      { numRuns: 1000 },
    );
  });

  it('linePath(xs, ys, num, "bumpX") draws d3\'s line().curve(curveBumpX) curves, every point within 0.002', () => {
    fc.assert(
      fc.property(values, fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.boolean(), (ys, step, even) => {
        // Even steps, as in a chart (the smooth "s" form), or uneven ones (each curve written out).
        const xs = ys.map((_, p) => 48.16 + p * step + (even ? 0 : ((p * 7) % 5) * 3.3));
        const ours = absolute(linePath(xs, ys, "bumpX"));
        const theirs = absolute(d3Line(xs, ys, curveBumpX));
        expect(ours.map((c) => c.op).join("")).toBe(theirs.map((c) => c.op).join(""));
        ours.forEach((c, k) => c.xy.forEach((v, j) => expect(Math.abs(v - theirs[k].xy[j])).toBeLessThanOrEqual(0.002 + 1e-9)));
      }),
      { numRuns: 1000 },
    );
  });

  it("linePath(xs, ys, num, 'bumpX') takes about two thirds of the characters of d3's path for evenly spaced points", () => {
    const xs = Array.from({ length: 20 }, (_, p) => 48.16 + p * 21.4036);
    const ys = xs.map((_, p) => 18 + ((p * 37) % 170) * 5.6095);
    const ours = linePath(xs, ys, "bumpX");
    expect(ours.length / d3Line(xs, ys, curveBumpX).length).toBeLessThan(0.7);
    expect(ours.match(/s/g)).toHaveLength(18); // every curve after the first is smooth
  });

  it("linePath(xs, ys) draws a line of 10,000 points (longer than the kept buffer) as d3 does", () => {
    const xs = Array.from({ length: 10_000 }, (_, p) => p * 0.0971);
    const ys = xs.map((_, p) => (p % 997 === 0 ? NaN : Math.sin(p / 50) * 100));
    expect(linePath(xs, ys)).toBe(d3Line(xs, ys, curveLinear));
    expect(linePath([0, 1], [2, 3])).toBe("M0,2L1,3"); // and short ones after it
  });
});
