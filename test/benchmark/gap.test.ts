import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gap } from "../../src/benchmark/index.js";

describe("gap", () => {
  it("gap(subject, peer) returns the absolute gap, the ratio and the relative gap", () => {
    // 150 vs 200: absolute 150 − 200 = −50 (behind), ratio 150/200 = 0.75, relative (200 − 150)/200 = 0.25
    expect(gap(150, 200)).toEqual({ absolute: -50, ratio: 0.75, relative: 0.25, growthDifferential: NaN });
  });

  it("gap(subject, peer) when the subject is ahead", () => {
    // 250 vs 200: absolute +50, ratio 1.25, relative (200 − 250)/200 = −0.25
    expect(gap(250, 200)).toEqual({ absolute: 50, ratio: 1.25, relative: -0.25, growthDifferential: NaN });
  });

  it("gap(subject, peer) when the two are level", () => {
    expect(gap(200, 200)).toEqual({ absolute: 0, ratio: 1, relative: 0, growthDifferential: NaN });
    // +0, not −0, in either direction (toEqual tells them apart)
    const level = { value: 200, growth: 0.05 };
    expect(gap(level, level, { direction: "lower" })).toEqual({ absolute: 0, ratio: 1, relative: 0, growthDifferential: 0 });
  });

  it("gap({ value, growth }, { value, growth }) adds the growth differential in percentage points", () => {
    // 0.10 − 0.05 = 0.05 (5 个百分点): the subject gains on the peer
    const g = gap({ value: 150, growth: 0.1 }, { value: 200, growth: 0.05 });
    expect(g.absolute).toBe(-50);
    expect(g.growthDifferential).toBeCloseTo(0.05, 15);
    // negative growth: −0.02 − 0.03 = −0.05: the subject loses ground
    expect(gap({ value: 150, growth: -0.02 }, { value: 200, growth: 0.03 }).growthDifferential).toBeCloseTo(-0.05, 15);
    // equal growth: 0
    expect(gap({ value: 150, growth: 0.07 }, { value: 200, growth: 0.07 }).growthDifferential).toBe(0);
  });

  it("gap(subject, peer) mixes numbers and { value, growth }", () => {
    const g = gap(150, { value: 200, growth: 0.05 });
    expect(g.absolute).toBe(-50);
    expect(g.growthDifferential).toBeNaN(); // the subject's growth is missing
    expect(gap({ value: 150 }, 200)).toEqual(gap(150, 200));
  });

  it("gap(subject, peer, { direction: \"lower\" }) flips absolute, relative and growthDifferential, not ratio", () => {
    // energy use per unit of output: subject 0.8, peer 0.6 → the subject is behind
    // absolute = peer − subject = 0.6 − 0.8 = −0.2 (negative: behind)
    // ratio = 0.8 / 0.6 = 1.333… (unchanged)
    // relative = (subject − peer)/peer = 0.2/0.6 = 0.333… (positive: behind)
    const g = gap({ value: 0.8, growth: -0.03 }, { value: 0.6, growth: -0.01 }, { direction: "lower" });
    expect(g.absolute).toBeCloseTo(-0.2, 15);
    expect(g.ratio).toBeCloseTo(0.8 / 0.6, 15);
    expect(g.relative).toBeCloseTo(1 / 3, 15);
    // growth differential = gPeer − gSubject = −0.01 − (−0.03) = 0.02: the subject's use falls faster
    expect(g.growthDifferential).toBeCloseTo(0.02, 15);

    // the same pair read as higher-is-better: every signed field has the other sign
    const h = gap({ value: 0.8, growth: -0.03 }, { value: 0.6, growth: -0.01 });
    expect(h.absolute).toBeCloseTo(0.2, 15);
    expect(h.ratio).toBe(g.ratio);
    expect(h.relative).toBeCloseTo(-1 / 3, 15);
    expect(h.growthDifferential).toBeCloseTo(-0.02, 15);

    // ahead on a lower-is-better indicator: 0.5 vs 0.6 → absolute 0.1, relative −0.1/0.6
    const a = gap(0.5, 0.6, { direction: "lower" });
    expect(a.absolute).toBeCloseTo(0.1, 15);
    expect(a.relative).toBeCloseTo(-1 / 6, 15);
    expect(gap(0.5, 0.6, { direction: "higher" })).toEqual(gap(0.5, 0.6));
  });

  it("gap(subject, peer) is NaN in ratio and relative when the peer's level is 0 or negative", () => {
    expect(gap(150, 0)).toEqual({ absolute: 150, ratio: NaN, relative: NaN, growthDifferential: NaN });
    expect(gap(150, -200)).toEqual({ absolute: 350, ratio: NaN, relative: NaN, growthDifferential: NaN });
  });

  it("gap(subject, peer) allows a zero or negative subject", () => {
    // 0 vs 200: ratio 0, relative (200 − 0)/200 = 1
    expect(gap(0, 200)).toEqual({ absolute: -200, ratio: 0, relative: 1, growthDifferential: NaN });
    // a loss of 50 vs a profit of 200: ratio −0.25, relative (200 + 50)/200 = 1.25
    expect(gap(-50, 200)).toEqual({ absolute: -250, ratio: -0.25, relative: 1.25, growthDifferential: NaN });
  });

  it("gap(subject, peer) is NaN where a level or growth is missing or not finite", () => {
    const allNaN = { absolute: NaN, ratio: NaN, relative: NaN, growthDifferential: NaN };
    for (const bad of [null, undefined, NaN, Infinity, -Infinity]) {
      expect(gap(bad, 200), String(bad)).toEqual(allNaN);
      expect(gap(150, bad), String(bad)).toEqual(allNaN);
      expect(gap({ value: bad, growth: 0.1 }, { value: 200, growth: 0.05 }).absolute, String(bad)).toBeNaN();
      // the growth differential does not need the levels
      expect(gap({ value: bad, growth: 0.1 }, { value: 200, growth: 0.05 }).growthDifferential).toBeCloseTo(0.05, 15);
      expect(gap({ value: 150, growth: bad }, { value: 200, growth: 0.05 }).growthDifferential, String(bad)).toBeNaN();
      expect(gap({ value: 150, growth: 0.1 }, { value: 200, growth: bad }).growthDifferential, String(bad)).toBeNaN();
    }
  });

  it("gap(subject, peer, { direction }) throws a TypeError for an unknown direction", () => {
    expect(() => gap(150, 200, { direction: "up" as never })).toThrow(TypeError);
    expect(() => gap(150, 200, { direction: "up" as never })).toThrow('gap: direction must be one of "higher", "lower"; got "up"');
  });

  it("gap(subject, peer) does not mutate its input", () => {
    const subject = Object.freeze({ value: 150, growth: 0.1 });
    const peer = Object.freeze({ value: 200, growth: 0.05 });
    const options = Object.freeze({ direction: "lower" as const });
    expect(gap(subject, peer, options).absolute).toBe(50);
    expect(subject).toEqual({ value: 150, growth: 0.1 });
    expect(peer).toEqual({ value: 200, growth: 0.05 });
  });

  it("gap(s, p, options): relative = −absolute / p, and ratio = 1 − relative when higher is better", () => {
    const level = fc.double({ min: 0.001, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(level, level, fc.constantFrom("higher" as const, "lower" as const), (s, p, direction) => {
        const g = gap(s, p, { direction });
        expect(Math.abs(g.relative + g.absolute / p)).toBeLessThan(1e-9 * Math.max(1, Math.abs(g.relative)));
        if (direction === "higher") expect(Math.abs(g.ratio - (1 - g.relative))).toBeLessThan(1e-9 * Math.max(1, g.ratio));
        // the signs agree: ahead ⇔ absolute > 0 ⇔ relative < 0
        expect(Math.sign(g.absolute)).toBe(-Math.sign(g.relative) || 0);
      }),
    );
  });
});
