import { describe, expect, it } from "vitest";
import { nextPeriod, periodKey, periodRange, previousPeriod, samePeriodLastYear } from "../../src/index.js";

const prev = (s: string, janFeb?: "combined" | "separate") => periodKey(previousPeriod(s, { janFeb }));
const next = (s: string, janFeb?: "combined" | "separate") => periodKey(nextPeriod(s, { janFeb }));

describe("shifting periods", () => {
  it("samePeriodLastYear(p) keeps the kind and months", () => {
    expect(["2018", "2018-H2", "2018-Q3", "2018-07", "2018-01/07"].map((s) => periodKey(samePeriodLastYear(s)))).toEqual(["2017", "2017-H2", "2017-Q3", "2017-07", "2017-01/07"]);
  });

  it("previousPeriod(p) steps back one period of the same kind, across years", () => {
    expect(prev("2018")).toBe("2017");
    expect(prev("2018-H1")).toBe("2017-H2");
    expect(prev("2018-H2")).toBe("2018-H1");
    expect(prev("2018-Q1")).toBe("2017-Q4");
    expect(prev("2018-Q3")).toBe("2018-Q2");
    expect(prev("2018-01")).toBe("2017-12");
    expect(prev("2018-03")).toBe("2018-02");
    expect(prev("2018-01/07")).toBe("2018-01/06");
  });

  it("previousPeriod(ytd) skips 1—1月 when January and February are combined (the default)", () => {
    expect(prev("2018-01/03")).toBe("2018-01/02");
    expect(prev("2018-01/02")).toBe("2017-01/12");
    expect(prev("2018-01/02", "separate")).toBe("2018-01/01");
    expect(prev("2018-01/01", "separate")).toBe("2017-01/12");
  });

  it("nextPeriod(p) is the inverse of previousPeriod(p)", () => {
    expect(next("2018-Q4")).toBe("2019-Q1");
    expect(next("2018-H2")).toBe("2019-H1");
    expect(next("2018-12")).toBe("2019-01");
    expect(next("2017-01/12")).toBe("2018-01/02");
    expect(next("2017-01/12", "separate")).toBe("2018-01/01");
    expect(next("2018-01/01")).toBe("2018-01/02");
    for (const s of ["2018", "2018-H1", "2018-Q1", "2018-01", "2018-01/02", "2018-01/12"]) expect(prev(next(s))).toBe(s);
  });

  it("periodRange(first, last) lists the released periods in order", () => {
    expect(periodRange("2017-01/11", "2018-01/03").map(periodKey)).toEqual(["2017-01/11", "2017-01/12", "2018-01/02", "2018-01/03"]);
    expect(periodRange("2018-Q3", "2019-Q2").map(periodKey)).toEqual(["2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2"]);
    expect(periodRange("2018", "2017")).toEqual([]);
    expect(() => periodRange("2018", "2018-Q1")).toThrow(/same kind/);
  });

  it("previousPeriod(p, { janFeb }) rejects an unknown option value", () => {
    expect(() => previousPeriod("2018-01/03", { janFeb: "both" as "combined" })).toThrow(TypeError);
  });
});
