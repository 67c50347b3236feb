/**
 * d3-scale's linear scale, for the part of it the charts use: a two-number domain mapped onto a range,
 * `nice()` and `ticks()` — with d3-array's tick algorithms and d3-scale's arithmetic, so that every
 * coordinate comes out as d3-scale computes it (test/charts/_scale.test.ts compares the two on random
 * domains and ranges, number for number). Written here rather than imported because d3-scale's
 * continuous scales interpolate any value — colours and strings too — which brings d3-interpolate and
 * d3-color (16 KB minified, a third of the charts bundle's budget) and, through `tickFormat`, d3-format
 * into every bundle, for a scale from numbers to numbers.
 * @internal
 */
import { tickIncrement, ticks } from "d3-array";

/** A linear scale: call it with a domain value for its range value. @internal */
export interface LinearScale {
  /** The range value of x; NaN for NaN (d3 gives undefined). */
  (x: number): number;
  /** The domain, [start, stop]. */
  domain(): [number, number];
  /** Sets the domain: the first and last of the values. */
  domain(domain: readonly number[]): LinearScale;
  /** The range, [start, stop]. */
  range(): [number, number];
  /** Sets the range: the first and last of the values. */
  range(range: readonly number[]): LinearScale;
  /** Extends the domain to round values (d3's `nice`: at most 10 steps of `tickIncrement`). */
  nice(count?: number): LinearScale;
  /** About `count` round values in the domain (d3-array's `ticks`). */
  ticks(count?: number): number[];
}

/** A linear scale from [0, 1] to [0, 1], as d3-scale's `scaleLinear()`. @internal */
export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  // d3's bimap: the domain normalised to t in [0, 1] (start a, length b), then interpolated from ia to ib.
  let a = 0;
  let b = 1;
  let ia = 0;
  let ib = 1;

  function rescale(): LinearScale {
    if (d1 < d0) [a, b, ia, ib] = [d1, d0 - d1, r1, r0];
    else [a, b, ia, ib] = [d0, d1 - d0, r0, r1];
    return scale;
  }

  const scale = ((x: number): number => {
    x = +x;
    if (x !== x) return NaN;
    const t = b ? (x - a) / b : b !== b ? NaN : 0.5;
    return ia * (1 - t) + ib * t;
  }) as LinearScale;

  scale.domain = ((domain?: readonly number[]) => {
    if (domain === undefined) return [d0, d1];
    d0 = +domain[0];
    d1 = +domain[domain.length - 1];
    return rescale();
  }) as LinearScale["domain"];

  scale.range = ((range?: readonly number[]) => {
    if (range === undefined) return [r0, r1];
    r0 = +range[0];
    r1 = +range[range.length - 1];
    return rescale();
  }) as LinearScale["range"];

  // d3-array's ticks, and so d3's nice(), break on a domain too wide or too narrow for a float step (a span
  // past 1e308, or of subnormal numbers): they throw or give NaN. Such a domain gets no ticks, and stays as
  // it is, rather than a chart throwing or writing NaN for absurd data. Elsewhere they are d3's.
  const drawable = () => {
    const span = Math.abs(d1 - d0);
    return span < Infinity && (span === 0 || span > 1e-300);
  };

  scale.ticks = (count = 10) => (drawable() ? ticks(d0, d1, count) : []);

  scale.nice = (count = 10) => {
    if (!drawable()) return scale;
    let start = d0;
    let stop = d1;
    const reverse = stop < start;
    if (reverse) [start, stop] = [stop, start];
    let prestep: number | undefined;
    for (let iter = 0; iter < 10; iter++) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) {
        [d0, d1] = reverse ? [stop, start] : [start, stop];
        return rescale();
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      prestep = step;
    }
    return scale;
  };

  return scale;
}
