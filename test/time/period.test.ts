import { describe, expect, it } from "vitest";
import { createPeriod, isPeriod } from "../../src/index.js";

describe("createPeriod", () => {
  it("createPeriod(kind, year, n) gives the months covered", () => {
    expect(createPeriod("year", 2018)).toEqual({ kind: "year", year: 2018, start: 1, end: 12 });
    expect(createPeriod("half", 2018, 2)).toEqual({ kind: "half", year: 2018, start: 7, end: 12 });
    expect(createPeriod("quarter", 2018, 1)).toEqual({ kind: "quarter", year: 2018, start: 1, end: 3 });
    expect(createPeriod("month", 2018, 12)).toEqual({ kind: "month", year: 2018, start: 12, end: 12 });
    expect(createPeriod("ytd", 2018, 7)).toEqual({ kind: "ytd", year: 2018, start: 1, end: 7 });
  });

  it("createPeriod(kind, year, n) rejects out-of-range input with a RangeError naming it", () => {
    expect(() => createPeriod("half", 2018, 3)).toThrow("createPeriod: a half must be 1 or 2; got 3");
    expect(() => createPeriod("quarter", 2018, 0)).toThrow(RangeError);
    expect(() => createPeriod("month", 2018, 13)).toThrow(RangeError);
    expect(() => createPeriod("ytd", 2018, 1.5)).toThrow(RangeError);
    expect(() => createPeriod("year", 2018.5)).toThrow(RangeError);
    expect(() => createPeriod("decade" as "year", 2018)).toThrow(/kind must be one of/);
  });

  it("isPeriod(x) recognises periods only", () => {
    expect(isPeriod(createPeriod("year", 2018))).toBe(true);
    expect(isPeriod({ kind: "year", year: 2018, start: 1, end: 12 })).toBe(true);
    expect(isPeriod({ kind: "decade", year: 2018, start: 1, end: 12 })).toBe(false);
    expect(isPeriod(null)).toBe(false);
    expect(isPeriod("2018")).toBe(false);
  });
});
