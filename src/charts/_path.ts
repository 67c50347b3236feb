/**
 * Line paths as d3-shape's `line()` draws them — straight (curveLinear) or with curveBumpX — written
 * here rather than with d3-shape: the charts need only these two curves, and writing them with the
 * numbers' text cached is several times quicker (a chart's coordinates repeat: a few x positions, one
 * y per rank) and keeps d3-shape's 16 KB out of the bundle. test/charts/_path.test.ts checks that the
 * paths are d3's, character for character.
 * @internal
 */

/**
 * The path through the points (xs[i], ys[i]), a NaN y leaving a gap, with d3's 3 decimals: a move to
 * the first point of each run, then a line (`"linear"`) or, for `"bumpX"`, a cubic curve whose control
 * points sit halfway across to each next point; a run of one point is a closed move ("M…Z").
 * @internal
 */
export function linePath(xs: readonly number[], ys: readonly number[], num: (v: number) => string, curve: "linear" | "bumpX" = "linear"): string {
  let d = "";
  let run = 0;
  let x0 = 0;
  let y0 = 0;
  for (let i = 0; i <= ys.length; i++) {
    const y = i < ys.length ? ys[i] : NaN;
    if (y !== y) {
      if (run === 1) d += "Z";
      run = 0;
      continue;
    }
    const x = xs[i];
    if (run === 0) d += `M${num(x)},${num(y)}`;
    else if (curve === "linear") d += `L${num(x)},${num(y)}`;
    else {
      const mid = (x0 + x) / 2;
      d += `C${num(mid)},${num(y0)},${num(mid)},${num(y)},${num(x)},${num(y)}`;
    }
    run++;
    x0 = x;
    y0 = y;
  }
  return d;
}

/** Numbers as d3-path writes them with 3 decimals, each one's text made once. @internal */
export function numberText(): (v: number) => string {
  const cache = new Map<number, string>(); // keyed by the value in thousandths: an integer, quick to hash
  return (v) => {
    const m = Math.round(v * 1000);
    let t = cache.get(m);
    if (t === undefined) cache.set(m, (t = String(m / 1000)));
    return t;
  };
}
