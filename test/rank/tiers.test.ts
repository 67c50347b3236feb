import { describe, expect, it } from "vitest";
import { doubleLead } from "../../src/rank/doubleLead.js";
import { tiers } from "../../src/rank/tiers.js";

describe("tiers", () => {
  it("tiers(ranks) splits into the top 3 (前三位) and the rest by default", () => {
    expect(Array.from(tiers([1, 2, 3, 4, 30]))).toEqual([1, 1, 1, 2, 2]);
  });
  it("tiers(ranks, { breaks }) makes a configurable split: 前30强, 第一方阵", () => {
    expect(Array.from(tiers([1, 10, 11, 30, 31, 169], { breaks: [10, 30] }))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(Array.from(tiers(Object.freeze([28, 31]), { breaks: [30] }))).toEqual([1, 2]);
  });
  it("tiers(ranks) gives no tier to a missing rank", () => {
    expect(Array.from(tiers([NaN, 2]))).toEqual([NaN, 1]);
    expect(tiers([]).length).toBe(0);
  });
  it("tiers(ranks, { breaks }) rejects breaks that are not ascending positive numbers", () => {
    expect(() => tiers([1], { breaks: [30, 10] })).toThrow(RangeError);
    expect(() => tiers([1], { breaks: [0] })).toThrow(RangeError);
  });
  it("doubleLead(row, top) is true when both ranks are within the top", () => {
    expect(doubleLead({ levelRank: 1, growthRank: 1 })).toBe(true);
    expect(doubleLead({ levelRank: 1, growthRank: 2 })).toBe(false);
    expect(doubleLead({ levelRank: 2, growthRank: 3 }, 3)).toBe(true);
    expect(doubleLead({ levelRank: NaN, growthRank: 1 })).toBe(false);
  });
});
