import { describe, expect, it } from "vitest";
import { elapsedShare } from "../../src/target/index.js";
import { createPeriod, parsePeriod } from "../../src/time/index.js";

describe("elapsedShare", () => {
  it("elapsedShare(period) is the months up to the end of the period over 12", () => {
    // 1—7月: 7 / 12 = 0.58333…
    expect(elapsedShare("2018-01/07")).toBeCloseTo(7 / 12, 15);
    expect(elapsedShare("2018年1—7月")).toBeCloseTo(7 / 12, 15);
    // a single month covers the year up to its end too: July → 7 / 12
    expect(elapsedShare("2018-07")).toBeCloseTo(7 / 12, 15);
    // Q3 ends in September: 9 / 12 = 0.75
    expect(elapsedShare("2018-Q3")).toBe(0.75);
    expect(elapsedShare("2018年前三季度")).toBe(0.75);
    // H1 ends in June: 6 / 12 = 0.5
    expect(elapsedShare("2018-H1")).toBe(0.5);
    expect(elapsedShare("2018年下半年")).toBe(1);
    // the whole year: 12 / 12
    expect(elapsedShare("2018")).toBe(1);
    // 1—2月 (January and February released together): 2 / 12
    expect(elapsedShare("2018年1—2月")).toBeCloseTo(1 / 6, 15);
  });

  it("elapsedShare(Period) accepts a Period object", () => {
    expect(elapsedShare(parsePeriod("2018-Q3"))).toBe(0.75);
    expect(elapsedShare(createPeriod("month", 2018, 1))).toBeCloseTo(1 / 12, 15);
  });

  it("elapsedShare(period, { basis: 'days' }) counts calendar days over the days of the year", () => {
    // 1—7月 2018: 31 + 28 + 31 + 30 + 31 + 30 + 31 = 212 days of 365
    expect(elapsedShare("2018-01/07", { basis: "days" })).toBeCloseTo(212 / 365, 15);
    // 2016 is a leap year: 212 + 1 = 213 days of 366
    expect(elapsedShare("2016-01/07", { basis: "days" })).toBeCloseTo(213 / 366, 15);
    // January: 31 / 365, in a leap year 31 / 366 (29 February is not yet reached)
    expect(elapsedShare("2018-01", { basis: "days" })).toBeCloseTo(31 / 365, 15);
    expect(elapsedShare("2016-01", { basis: "days" })).toBeCloseTo(31 / 366, 15);
    // to the end of February: 31 + 28 = 59 of 365; 2000 is a leap year (divisible by 400): 60 of 366;
    // 1900 is not (divisible by 100, not 400): 59 of 365
    expect(elapsedShare("2018-02", { basis: "days" })).toBeCloseTo(59 / 365, 15);
    expect(elapsedShare("2000-02", { basis: "days" })).toBeCloseTo(60 / 366, 15);
    expect(elapsedShare("1900-02", { basis: "days" })).toBeCloseTo(59 / 365, 15);
    // H1 2018: 31 + 28 + 31 + 30 + 31 + 30 = 181 of 365
    expect(elapsedShare("2018-H1", { basis: "days" })).toBeCloseTo(181 / 365, 15);
    // a year: 365 / 365 and 366 / 366
    expect(elapsedShare("2018", { basis: "days" })).toBe(1);
    expect(elapsedShare("2016", { basis: "days" })).toBe(1);
  });

  it("elapsedShare(period, { basis: 'months' }) is the default", () => {
    expect(elapsedShare("2018-01/07", { basis: "months" })).toBe(elapsedShare("2018-01/07"));
  });

  it("elapsedShare(text) is NaN when the text is not a period", () => {
    expect(elapsedShare("July-ish")).toBeNaN();
    expect(elapsedShare("")).toBeNaN();
    expect(elapsedShare("2018-13")).toBeNaN();
    expect(elapsedShare("2018年3—7月")).toBeNaN(); // a range must start in January
    expect(elapsedShare(null as unknown as string)).toBeNaN();
    expect(elapsedShare(undefined as unknown as string)).toBeNaN();
    expect(elapsedShare(7 as unknown as string)).toBeNaN();
    expect(elapsedShare("nonsense", { basis: "days" })).toBeNaN();
  });

  it("elapsedShare(period, { basis }) rejects an unknown basis with a TypeError", () => {
    expect(() => elapsedShare("2018-07", { basis: "weeks" as "days" })).toThrow(
      'elapsedShare: basis must be one of "months", "days"; got "weeks"',
    );
  });

  it("elapsedShare(period, options) does not mutate its inputs", () => {
    const options = Object.freeze({ basis: "days" as const });
    expect(elapsedShare("2018-01/07", options)).toBeCloseTo(212 / 365, 15);
    expect(options).toEqual({ basis: "days" });
  });
});
