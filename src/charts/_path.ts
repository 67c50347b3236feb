/**
 * Line paths as d3-shape's `line()` draws them — straight (curveLinear) or with curveBumpX — written
 * here rather than with d3-shape: the charts need only these two curves, and writing the digits into
 * a byte buffer decoded once (an ASCII string, one byte a character) is several times quicker than
 * concatenating strings; it also keeps d3-shape's 16 KB out of the bundle. test/charts/_path.test.ts
 * checks the straight paths against d3's character for character, and the curves point for point.
 * @internal
 */
import { MILLI_ROOM, putMilli } from "./_node.js";

/** How a line goes from point to point: straight, or d3's curveBumpX. @internal */
export type Curve = "linear" | "bumpX";

const M = 77;
const L = 76;
const Z = 90;
const C = 99; // c
const S = 115; // s
const COMMA = 44;

/**
 * Writes the path through the points (xs[i], ys[i]), a NaN y leaving a gap, with d3's 3 decimals: a
 * move to the first point of each run, then a line (`"linear"`, as d3 writes it) or, for `"bumpX"`, a
 * cubic curve whose control points sit halfway across to each next point; a run of one point is a
 * closed move ("M…Z").
 *
 * The curves are the same as d3's but written in about two thirds of the characters: relative (`c`),
 * and, where a point is as far from the one before as that one from its own (the evenly spaced
 * periods of a bump chart), as a smooth curve (`s`), whose first control point is the reflection of
 * the previous one: here the halfway point d3 writes out. Coordinates are rounded before they are
 * differenced, so the points are d3's to the thousandth, with no drift along the line; a control
 * point may differ by a thousandth or two. No comma goes before a negative step: its minus sign
 * separates the numbers as well (as SVG's path grammar allows, and as svgo writes paths).
 */
function trace(xs: Float64Array, ys: Float64Array, curve: Curve, buf: Uint8Array, p: number): number {
  let run = 0;
  // The previous point, and (for curves) the x step to it, all in thousandths.
  let x0 = 0;
  let y0 = 0;
  let step = NaN;
  // Where the last curve's half step and x step were written: at the same spacing (the periods of a
  // bump chart), the next curve copies their digits rather than working them out again.
  let lastDx = NaN;
  let halfAt = 0;
  let halfEnd = 0;
  let dxAt = 0;
  let dxEnd = 0;
  for (let i = 0; i <= ys.length; i++) {
    const y = i < ys.length ? ys[i] : NaN;
    if (y !== y) {
      if (run === 1) buf[p++] = Z;
      run = 0;
      continue;
    }
    const x1 = Math.round(xs[i] * 1000);
    const y1 = Math.round(y * 1000);
    if (run === 0 || curve === "linear") {
      buf[p++] = run === 0 ? M : L;
      p = putMilli(buf, p, x1);
      buf[p++] = COMMA;
      p = putMilli(buf, p, y1);
    } else {
      const dx = x1 - x0;
      const dy = y1 - y0;
      const same = dx === lastDx;
      // "s" reflects the previous curve's second control point about this point: halfway across.
      const smooth = run > 1 && Math.abs(dx - step) <= 2;
      buf[p++] = smooth ? S : C;
      const h = p;
      if (same) for (let j = halfAt; j < halfEnd; j++) buf[p++] = buf[j];
      else p = putMilli(buf, p, Math.round(dx / 2));
      halfAt = h;
      halfEnd = p;
      if (!smooth) {
        buf[p++] = COMMA;
        buf[p++] = 48; // 0
        buf[p++] = COMMA;
        for (let j = halfAt; j < halfEnd; j++) buf[p++] = buf[j]; // half again
      }
      // A minus sign separates numbers as well as a comma does ("21.4-11.2"): none before a negative step.
      if (dy >= 0) buf[p++] = COMMA;
      const at = p;
      p = putMilli(buf, p, dy);
      const end = p;
      buf[p++] = COMMA;
      const d = p;
      if (same) for (let j = dxAt; j < dxEnd; j++) buf[p++] = buf[j];
      else p = putMilli(buf, p, dx);
      dxAt = d;
      dxEnd = p;
      if (dy >= 0) buf[p++] = COMMA;
      for (let j = at; j < end; j++) buf[p++] = buf[j]; // dy again
      step = dx;
      lastDx = dx;
    }
    run++;
    x0 = x1;
    y0 = y1;
  }
  return p;
}

/** The most code units trace() writes for n points: 6 numbers and 6 letters or commas a point. */
const most = (n: number) => (n + 1) * 6 * (MILLI_ROOM + 1);

let buffer = new Uint8Array(4096);
let ascii: TextDecoder | undefined;

/**
 * The path (see trace above) as a string, of ASCII characters only. Give the coordinates as
 * Float64Arrays where speed matters (other lists are copied into one first). @internal
 */
export function linePath(xs: ArrayLike<number>, ys: ArrayLike<number>, curve: Curve = "linear"): string {
  const size = most(ys.length);
  // The buffer is kept for the next path, up to a megabyte (lines of some 6,000 points).
  const buf = size <= buffer.length ? buffer : size <= 1 << 20 ? (buffer = new Uint8Array(size)) : new Uint8Array(size);
  const n = trace(xs instanceof Float64Array ? xs : Float64Array.from(xs), ys instanceof Float64Array ? ys : Float64Array.from(ys), curve, buf, 0);
  return (ascii ??= new TextDecoder()).decode(buf.subarray(0, n));
}
