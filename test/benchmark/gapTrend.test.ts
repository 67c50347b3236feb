import { describe, expect, it } from "vitest";
import { gap, gapTrend } from "../../src/benchmark/index.js";

describe("gapTrend", () => {
  it("gapTrend(previousGap, currentGap) behind both times: narrowing, widening, unchanged", () => {
    // relative gaps (200 − 100)/200 = 0.5 → (200 − 120)/200 = 0.4: narrowing
    expect(gapTrend(gap(100, 200), gap(120, 200))).toBe("narrowing");
    // 0.5 → (240 − 110)/240 = 0.5417: widening
    expect(gapTrend(gap(100, 200), gap(110, 240))).toBe("widening");
    // 0.5 → (240 − 120)/240 = 0.5: unchanged, although the difference grew from 100 to 120
    expect(gapTrend(gap(100, 200), gap(120, 240))).toBe("unchanged");
  });

  it("gapTrend(previousGap, currentGap) behind, then level: narrowing", () => {
    expect(gapTrend(gap(100, 200), gap(200, 200))).toBe("narrowing");
  });

  it("gapTrend(previousGap, currentGap) crossing: overtook, fell behind", () => {
    // relative 0.05 (behind) → −0.05 (ahead)
    expect(gapTrend(gap(190, 200), gap(210, 200))).toBe("overtook");
    // level → ahead counts as overtaking too
    expect(gapTrend(gap(200, 200), gap(210, 200))).toBe("overtook");
    expect(gapTrend(gap(210, 200), gap(190, 200))).toBe("fell behind");
    expect(gapTrend(gap(200, 200), gap(190, 200))).toBe("fell behind");
  });

  it("gapTrend(previousGap, currentGap) ahead both times: lead widening, lead narrowing, lead unchanged", () => {
    // leads −relative: 0.05 → 0.15
    expect(gapTrend(gap(210, 200), gap(230, 200))).toBe("lead widening");
    expect(gapTrend(gap(230, 200), gap(210, 200))).toBe("lead narrowing");
    // 0.25 → (300 − 240)/240 = 0.25
    expect(gapTrend(gap(250, 200), gap(300, 240))).toBe("lead unchanged");
    // ahead, then level: the lead narrowed to nothing
    expect(gapTrend(gap(230, 200), gap(200, 200))).toBe("lead narrowing");
  });

  it("gapTrend(previousGap, currentGap) level both times: level", () => {
    expect(gapTrend(gap(200, 200), gap(240, 240))).toBe("level");
  });

  it("gapTrend(…, { measure: \"absolute\" }) compares the differences of levels", () => {
    // −100 → −120: widening in 亿元, though the relative gap stayed 0.5
    expect(gapTrend(gap(100, 200), gap(120, 240), { measure: "absolute" })).toBe("widening");
    // −100 → −90: narrowing, though the relative gap grew from 0.5 to 90/150 = 0.6
    expect(gapTrend(gap(100, 200), gap(60, 150), { measure: "absolute" })).toBe("narrowing");
    expect(gapTrend(gap(100, 200), gap(60, 150))).toBe("widening");
  });

  it("gapTrend(…, { tolerance }) treats small leads as level and small changes as none", () => {
    // relative 0.005 → −0.005, both within ±0.01: level
    expect(gapTrend(gap(199, 200), gap(201, 200), { tolerance: 0.01 })).toBe("level");
    expect(gapTrend(gap(199, 200), gap(201, 200))).toBe("overtook");
    // 0.5 → 0.495: a change of 0.005 ≤ 0.01: unchanged
    expect(gapTrend(gap(100, 200), gap(101, 200), { tolerance: 0.01 })).toBe("unchanged");
    expect(gapTrend(gap(100, 200), gap(101, 200))).toBe("narrowing");
    // behind by 0.2 → 0.005 (level within 0.01): narrowing
    expect(gapTrend(gap(160, 200), gap(199, 200), { tolerance: 0.01 })).toBe("narrowing");
    // absolute measure, tolerance in the levels' unit: −100 → −99.5
    expect(gapTrend(gap(100, 200), gap(100.5, 200), { measure: "absolute", tolerance: 1 })).toBe("unchanged");
    // the default tolerance absorbs floating-point noise: 0.1 + 0.2 vs 0.3
    expect(gapTrend(gap(0.1 + 0.2, 1), gap(0.3, 1))).toBe("unchanged");
  });

  it("gapTrend(previousGap, currentGap) follows the direction the gaps were computed with", () => {
    const lower = { direction: "lower" } as const;
    // energy use 0.9 vs 1.0 (ahead by 0.1) → 0.95 vs 1.0 (ahead by 0.05)
    expect(gapTrend(gap(0.9, 1.0, lower), gap(0.95, 1.0, lower))).toBe("lead narrowing");
    // 1.2 vs 1.0 (behind by 0.2) → 1.1 vs 1.0 (behind by 0.1)
    expect(gapTrend(gap(1.2, 1.0, lower), gap(1.1, 1.0, lower))).toBe("narrowing");
    // 1.1 vs 1.0 → 0.9 vs 1.0
    expect(gapTrend(gap(1.1, 1.0, lower), gap(0.9, 1.0, lower))).toBe("overtook");
    expect(gapTrend(gap(1.1, 1.0, lower), gap(0.9, 1.0, lower), { measure: "absolute" })).toBe("overtook");
  });

  it("gapTrend(previousGap, currentGap) is null when a gap is NaN", () => {
    expect(gapTrend(gap(100, 0), gap(120, 200))).toBeNull(); // peer level 0: no relative gap
    expect(gapTrend(gap(100, 200), gap(NaN, 200))).toBeNull();
    expect(gapTrend(gap(null, 200), gap(120, 200), { measure: "absolute" })).toBeNull();
    // the absolute gap exists when the peer's level is 0
    expect(gapTrend(gap(100, 0), gap(120, 0), { measure: "absolute" })).toBe("lead widening");
  });

  it("gapTrend(…, options) throws on a bad measure or tolerance", () => {
    expect(() => gapTrend(gap(1, 2), gap(1, 2), { measure: "ratio" as never })).toThrow(TypeError);
    for (const bad of [-0.01, NaN, Infinity, "0.01" as unknown as number]) {
      expect(() => gapTrend(gap(1, 2), gap(1, 2), { tolerance: bad }), String(bad)).toThrow(RangeError);
    }
    expect(() => gapTrend(gap(1, 2), gap(1, 2), { tolerance: -1 })).toThrow(
      "gapTrend: tolerance must be a finite number ≥ 0; got -1",
    );
  });

  it("gapTrend(previousGap, currentGap) accepts any object with relative and absolute, and does not mutate it", () => {
    const before = Object.freeze({ relative: 0.5, absolute: -100 });
    const after = Object.freeze({ relative: 0.4, absolute: -110 });
    const options = Object.freeze({ measure: "absolute" as const, tolerance: 0 });
    expect(gapTrend(before, after)).toBe("narrowing");
    expect(gapTrend(before, after, options)).toBe("widening");
    expect(before).toEqual({ relative: 0.5, absolute: -100 });
  });
});
