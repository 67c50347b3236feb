import { describe, expect, it } from "vitest";
import { periodDates, periodKey, periodOfDate } from "../../src/index.js";

describe("periodOfDate", () => {
  it("periodOfDate(date, { kind }) finds the period containing a calendar date", () => {
    expect(periodKey(periodOfDate("2018-07-31"))).toBe("2018-07");
    expect(periodKey(periodOfDate("2018-08-15", { kind: "quarter" }))).toBe("2018-Q3");
    expect(periodKey(periodOfDate("2018-06-30", { kind: "half" }))).toBe("2018-H1");
    expect(periodKey(periodOfDate("2018-07-01", { kind: "half" }))).toBe("2018-H2");
    expect(periodKey(periodOfDate("2018-08-15", { kind: "ytd" }))).toBe("2018-01/08");
    expect(periodKey(periodOfDate("2018-08-15", { kind: "year" }))).toBe("2018");
  });

  it("periodOfDate(instant) reads the instant in Beijing time unless told otherwise", () => {
    // 2018-06-30T20:00Z is 2018-07-01 04:00 in Beijing (UTC+8).
    expect(periodKey(periodOfDate("2018-06-30T20:00:00Z"))).toBe("2018-07");
    expect(periodKey(periodOfDate(new Date(Date.UTC(2018, 5, 30, 20))))).toBe("2018-07");
    expect(periodKey(periodOfDate(Date.UTC(2018, 5, 30, 20), { zone: "UTC" }))).toBe("2018-06");
    expect(periodKey(periodOfDate("2017-12-31T16:30:00Z", { kind: "year" }))).toBe("2018");
  });

  it("periodOfDate(invalid) throws a RangeError", () => {
    expect(() => periodOfDate("2018-02-30")).toThrow(RangeError);
    expect(() => periodOfDate(new Date(NaN))).toThrow(RangeError);
    expect(() => periodOfDate({} as unknown as string)).toThrow(RangeError);
  });

  it("periodDates(p) gives the first and last day and the number of days", () => {
    expect(periodDates("2018-01/07")).toEqual({ start: "2018-01-01", end: "2018-07-31", days: 31 + 28 + 31 + 30 + 31 + 30 + 31 });
    expect(periodDates("2016-02")).toEqual({ start: "2016-02-01", end: "2016-02-29", days: 29 });
    expect(periodDates("2018-Q4")).toEqual({ start: "2018-10-01", end: "2018-12-31", days: 92 });
    expect(periodDates("2020").days).toBe(366);
  });
});
