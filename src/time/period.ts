import { rangeError } from "../_internal/errors.js";

/**
 * The kinds of statistical period. A `ytd` period is a year-to-date range that starts in January
 * (累计, e.g. 1—7月); China publishes January and February together, so the first monthly
 * year-to-date release of a year is usually 1—2月.
 *
 * @category Periods
 * @example
 * const kind: PeriodKind = "ytd";
 * kind // => "ytd"
 */
export type PeriodKind = "year" | "half" | "quarter" | "month" | "ytd";

/**
 * A statistical period within one calendar year: the months `start`..`end` (1–12) of `year`.
 * Periods are interned: the same period is always the same frozen object, so `===` compares them.
 * Build them with {@link createPeriod} or {@link parsePeriod}.
 *
 * @category Periods
 * @example
 * const p: Period = parsePeriod("2018年1—7月");
 * [p.kind, p.year, p.start, p.end] // => ["ytd", 2018, 1, 7]
 * p === parsePeriod("2018-01/07") // => true
 */
export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** First month covered, 1–12. */
  readonly start: number;
  /** Last month covered, 1–12. */
  readonly end: number;
}

const KINDS: readonly PeriodKind[] = ["year", "half", "quarter", "month", "ytd"];
const cache = new Map<number, Period>();

/**
 * Creates (or returns the interned) period of a kind: `n` is the half (1–2), quarter (1–4),
 * month (1–12) or, for `ytd`, the last month of the range (1–12); it is ignored for `year`.
 *
 * @param kind - the period kind
 * @param year - calendar year, an integer 1–9999
 * @param n - which half/quarter/month, or the last month of a year-to-date range
 * @returns the interned {@link Period}
 * @throws {RangeError} if the year or `n` is out of range for the kind
 * @category Periods
 * @example
 * createPeriod("quarter", 2018, 3).start // => 7
 * createPeriod("ytd", 2018, 7) === parsePeriod("2018年1-7月份") // => true
 */
export function createPeriod(kind: PeriodKind, year: number, n = 1): Period {
  if (!Number.isInteger(year) || year < 1 || year > 9999) rangeError("createPeriod", "year must be an integer 1–9999", year);
  let start: number;
  let end: number;
  switch (kind) {
    case "year":
      start = 1;
      end = 12;
      break;
    case "half":
      if (n !== 1 && n !== 2) rangeError("createPeriod", "a half must be 1 or 2", n);
      start = n === 1 ? 1 : 7;
      end = start + 5;
      break;
    case "quarter":
      if (!Number.isInteger(n) || n < 1 || n > 4) rangeError("createPeriod", "a quarter must be 1–4", n);
      start = 3 * n - 2;
      end = start + 2;
      break;
    case "month":
    case "ytd":
      if (!Number.isInteger(n) || n < 1 || n > 12) rangeError("createPeriod", "a month must be 1–12", n);
      start = kind === "month" ? n : 1;
      end = n;
      break;
    default:
      return rangeError("createPeriod", `kind must be one of ${KINDS.join(", ")}`, kind);
  }
  const code = periodCode(kind, year, end);
  let p = cache.get(code);
  if (p === undefined) {
    p = Object.freeze({ kind, year, start, end });
    cache.set(code, p);
  }
  return p;
}

/** @internal A unique integer for a period; increasing with the canonical order within a year. */
export function periodCode(kind: PeriodKind, year: number, end: number): number {
  return (year * 13 + end) * 8 + KINDS.indexOf(kind);
}

/**
 * True when `value` is a {@link Period} (an object with a valid kind, year, start and end).
 *
 * @category Periods
 * @example
 * isPeriod(parsePeriod("2018-Q3")) // => true
 * isPeriod("2018-Q3") // => false
 */
export function isPeriod(value: unknown): value is Period {
  if (value === null || typeof value !== "object") return false;
  const p = value as Period;
  return KINDS.includes(p.kind) && Number.isInteger(p.year) && Number.isInteger(p.start) && Number.isInteger(p.end);
}
