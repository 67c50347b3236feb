import { describe, expect, it } from "vitest";
import { elapsedShare, scheduleGap } from "../../src/target/index.js";
import { parsePeriod } from "../../src/time/index.js";

describe("scheduleGap", () => {
  it("scheduleGap(actual, target, elapsed) is completionRate − elapsed", () => {
    // the seed: 60.7 % of the annual plan by the end of July: 0.607 − 7/12 = 0.607 − 0.58333… = 0.023666…,
    // "2.4 points ahead of schedule"
    const gap = scheduleGap(60.7, 100, 7 / 12);
    expect(gap).toBeCloseTo(0.0236666667, 9);
    expect(Math.round(gap * 1000) / 10).toBe(2.4);
    // 40 % done at mid-year: 0.4 − 0.5 = −0.1, 10 points behind
    expect(scheduleGap(40, 100, 0.5)).toBeCloseTo(-0.1, 15);
    // exactly on schedule: 75 / 100 − 0.75 = 0
    expect(scheduleGap(75, 100, 0.75)).toBe(0);
  });

  it("scheduleGap(actual, target, period) reads the elapsed share of a period", () => {
    // 1—7月 → 7 / 12, as above
    expect(scheduleGap(60.7, 100, "2018-01/07")).toBeCloseTo(0.607 - 7 / 12, 15);
    expect(scheduleGap(60.7, 100, "2018年1—7月")).toBeCloseTo(0.607 - 7 / 12, 15);
    expect(scheduleGap(60.7, 100, parsePeriod("2018-01/07"))).toBeCloseTo(0.607 - 7 / 12, 15);
    // on the day basis: 0.607 − 212/365 = 0.607 − 0.580822… = 0.026178…
    expect(scheduleGap(60.7, 100, elapsedShare("2018-01/07", { basis: "days" }))).toBeCloseTo(0.0261780822, 9);
  });

  it("scheduleGap(actual, target, elapsed) is NaN when the completion rate is NaN", () => {
    expect(scheduleGap(40, 0, 0.5)).toBeNaN();
    expect(scheduleGap(40, -100, 0.5)).toBeNaN();
    expect(scheduleGap(null, 100, 0.5)).toBeNaN();
    expect(scheduleGap(40, undefined, 0.5)).toBeNaN();
    expect(scheduleGap(NaN, 100, 0.5)).toBeNaN();
    expect(scheduleGap(Infinity, 100, 0.5)).toBeNaN();
  });

  it("scheduleGap(actual, target, elapsed) is NaN when elapsed is not finite or not a period", () => {
    for (const bad of [NaN, Infinity, -Infinity, null, undefined]) expect(scheduleGap(40, 100, bad), String(bad)).toBeNaN();
    expect(scheduleGap(40, 100, "July-ish")).toBeNaN();
  });

  it("scheduleGap(negative actual, target, elapsed) can fall below −elapsed", () => {
    // −2 / 10 − 0.5 = −0.2 − 0.5 = −0.7
    expect(scheduleGap(-2, 10, 0.5)).toBeCloseTo(-0.7, 15);
  });
});
