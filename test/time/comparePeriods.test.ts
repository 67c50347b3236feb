import { describe, expect, it } from "vitest";
import { comparePeriods } from "../../src/index.js";

describe("comparePeriods", () => {
  it("comparePeriods(a, b) orders by year, then last month, then kind", () => {
    const input = Object.freeze(["2018", "2018-01/07", "2017-12", "2018-Q3", "2018-07", "2018-H1", "2018-01/02", "2017"]);
    expect([...input].sort(comparePeriods)).toEqual(["2017", "2017-12", "2018-01/02", "2018-H1", "2018-07", "2018-01/07", "2018-Q3", "2018"]);
  });

  it("comparePeriods(a, b) is 0 for the same period written two ways", () => {
    expect(comparePeriods("2018年1—7月", "2018-01/07")).toBe(0);
    expect(Math.sign(comparePeriods("2017-01/12", "2018-01/02"))).toBe(-1);
    expect(Math.sign(comparePeriods("2018-Q4", "2018-Q3"))).toBe(1);
  });

  it("comparePeriods keeps a year before its own 1—12月 and after December", () => {
    expect(["2018-01/12", "2018-12", "2018-Q4", "2018-H2", "2018"].sort(comparePeriods)).toEqual(["2018", "2018-H2", "2018-Q4", "2018-12", "2018-01/12"]);
  });
});
