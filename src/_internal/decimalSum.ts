/**
 * Sums finite numbers as the decimals they are written as: 130.49 + 106.06 + … gives the double
 * nearest to the exact decimal sum, so ten park figures with two decimals add up to the zone's
 * figure exactly (no 693.4600000000001). The numbers are scaled to integers by 10^d, where d is
 * the largest count of decimals in their shortest text, summed exactly and divided once. Falls
 * back to a compensated (Neumaier) sum when a number is written in exponent form or the integers
 * would exceed 2^53. Callers filter out missing values first; an empty list sums to 0.
 *
 * @internal Shared by the roll-ups; a candidate for src/_internal/.
 * @example
 * decimalSum([0.1, 0.2]) // => 0.3
 */
export function decimalSum(values: readonly number[]): number {
  let d = 0;
  for (const v of values) {
    const s = String(v);
    if (s.includes("e")) return neumaier(values);
    const dot = s.indexOf(".");
    if (dot >= 0) d = Math.max(d, s.length - dot - 1);
  }
  if (d > 15) return neumaier(values);
  const k = 10 ** d;
  let total = 0;
  for (const v of values) {
    const n = Math.round(v * k);
    total += n;
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(total)) return neumaier(values);
  }
  return total / k;
}

function neumaier(values: readonly number[]): number {
  let sum = 0;
  let c = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}
