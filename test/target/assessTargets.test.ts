import { describe, expect, it } from "vitest";
import { createPanel, DuibiaoError } from "../../src/index.js";
import { assessTargets } from "../../src/target/assessTargets.js";
import { requiredPace } from "../../src/target/requiredPace.js";
import { statusCard } from "../../src/target/statusCard.js";

describe("statusCard", () => {
  it("statusCard(gap) is green on or ahead of schedule, then blue ≤ 5, yellow ≤ 10, red beyond", () => {
    expect([0.0237, 0, -0.01, -0.05, -0.0500001, -0.1, -0.1000001, NaN].map((g) => statusCard(g))).toEqual(["green", "green", "blue", "blue", "yellow", "yellow", "red", null]);
  });
  it("statusCard(gap) puts exactly 5 points behind in blue despite binary noise", () => {
    // 0.55 − 0.6 = −0.04999999999999993 and 7/12 − 0.05 − 7/12 ≈ −0.05000000000000004
    expect(statusCard(7 / 12 - 0.05 - 7 / 12)).toBe("blue");
  });
  it("statusCard(gap, thresholds) takes other thresholds", () => {
    expect(statusCard(-0.04, { blue: 0.03, yellow: 0.08 })).toBe("yellow");
    expect(statusCard(-0.09, { blue: 0.03, yellow: 0.08 })).toBe("red");
  });
});

describe("requiredPace", () => {
  it("requiredPace(actual, target, period) compares the pace needed with the pace so far", () => {
    // 145.68 of 240 by July: 94.32 left for 5 months = 18.864 a month; so far 145.68 / 7 = 20.81 a month.
    const p = requiredPace(145.68, 240, "2018-01/07");
    expect(p.remaining).toBeCloseTo(94.32, 12);
    expect(p.monthsLeft).toBe(5);
    expect(p.perMonth).toBeCloseTo(18.864, 12);
    expect(p.paceSoFar).toBeCloseTo(20.811428571428571, 12);
    expect(p.ratio).toBeCloseTo(18.864 / 20.811428571428571, 12);
  });
  it("requiredPace(...) handles a target already met, the year's end, and bad input without throwing", () => {
    expect(requiredPace(250, 240, "2018-01/07").perMonth).toBe(0);
    expect(requiredPace(200, 240, "2018-01/12")).toMatchObject({ monthsLeft: 0, perMonth: Infinity });
    expect(requiredPace(NaN, 240, "2018-01/07").perMonth).toBeNaN();
    expect(requiredPace(100, 240, "not a period").monthsLeft).toBeNaN();
  });
});

describe("assessTargets", () => {
  const panel = createPanel([
    { entity: "z", indicator: "inv", period: "2018-01/07", value: 145.68 },
    { entity: "z", indicator: "rev", period: "2017-01/12", value: 1000 },
    { entity: "z", indicator: "rev", period: "2017-01/07", value: 500 },
    { entity: "z", indicator: "rev", period: "2018-01/07", value: 540 },
    { entity: "y", indicator: "inv", period: "2018-01/07", value: 100 },
    { entity: "x", indicator: "inv", period: "2018-01/07", value: null },
  ]);

  it("assessTargets(panel, targets, { period }) compares completion with 序时进度 (完成年度计划的60.7%, 2.4 points ahead)", () => {
    const [s] = assessTargets(panel, Object.freeze([{ entity: "z", indicator: "inv", year: 2018, value: 240 }]), { period: "2018年1—7月" });
    expect(s.completion).toBeCloseTo(0.607, 12); // 145.68 / 240
    expect(s.elapsed).toBeCloseTo(7 / 12, 12);
    expect(s.gap).toBeCloseTo(0.607 - 7 / 12, 12); // +0.0237
    expect(s.card).toBe("green");
    expect(s.pace?.perMonth).toBeCloseTo(18.864, 12);
    expect(s.reason).toEqual({ zh: "完成年度目标的60.7%，超序时进度2.4个百分点", en: "60.7% of the annual target completed, 2.4 pp ahead of schedule" });
  });

  it("assessTargets(...) gives a card to each shortfall and keeps a target with no data", () => {
    const out = assessTargets(
      panel,
      [
        { entity: "y", indicator: "inv", year: 2018, value: 200 }, // 0.5 − 0.5833 = −0.0833 → yellow
        { entity: "y", indicator: "inv", year: 2018, value: 250 }, // 0.4 − 0.5833 = −0.1833 → red
        { entity: "x", indicator: "inv", year: 2018, value: 100 },
      ],
      { period: "2018-01/07" },
    );
    expect(out.map((s) => s.card)).toEqual(["yellow", "red", null]);
    expect(out[2].completion).toBeNaN();
  });

  it("assessTargets(...) assesses a growth target in points and against the level it implies", () => {
    const [s] = assessTargets(panel, [{ entity: "z", indicator: "rev", year: 2018, kind: "growth", value: 0.1 }], { period: "2018-01/07" });
    // growth 540 / 500 − 1 = 0.08, 2 points short of 10 % → blue; implied level 1000 × 1.1 = 1100.
    expect(s.actual).toBeCloseTo(0.08, 12);
    expect(s.gap).toBeCloseTo(-0.02, 12);
    expect(s.card).toBe("blue");
    expect(s.completion).toBeCloseTo(540 / 1100, 12);
    expect(s.pace?.remaining).toBeCloseTo(560, 12);
    expect(s.growthSource).toBe("levels");
  });

  it("assessTargets(...) uses days when asked: 1—7月 2018 is 212 of 365 days", () => {
    const [s] = assessTargets(panel, [{ entity: "z", indicator: "inv", year: 2018, value: 240 }], { period: "2018-01/07", basis: "days" });
    expect(s.elapsed).toBeCloseTo(212 / 365, 12);
  });

  it("assessTargets(...) lists every bad target in one DuibiaoError", () => {
    let error: DuibiaoError | undefined;
    try {
      assessTargets(
        panel,
        [
          { entity: "nobody", indicator: "inv", year: 2018, value: 1 },
          { entity: "z", indicator: "nothing", year: 2018, value: 1 },
          { entity: "z", indicator: "inv", year: 2017, value: 1 },
          { entity: "z", indicator: "inv", year: 2018, value: Number.NaN },
        ],
        { period: "2018-01/07" },
      );
    } catch (e) {
      error = e as DuibiaoError;
    }
    expect(error?.code).toBe("E_LOAD");
    expect(error?.issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_UNKNOWN_ENTITY", 1, "entity"],
      ["E_UNKNOWN_INDICATOR", 2, "indicator"],
      ["E_INVALID_INPUT", 3, "year"],
      ["E_INVALID_INPUT", 4, "value"],
    ]);
  });
});
