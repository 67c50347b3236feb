import { describe, expect, it } from "vitest";
import { projectIndicatorDefinitions } from "../../src/rollup/index.js";

describe("projectIndicatorDefinitions", () => {
  it("projectIndicatorDefinitions() defines 27 indicators: 9 per stage, in stage order", () => {
    const defs = projectIndicatorDefinitions();
    expect(defs.list.slice(0, 9).map((i) => i.id)).toEqual([
      "projects_signed_count",
      "projects_signed_investment",
      "projects_signed_tier30_count",
      "projects_signed_tier50_count",
      "projects_signed_tier100_count",
      "projects_signed_domestic_investment",
      "projects_signed_foreign_investment",
      "projects_signed_world500_count",
      "projects_signed_china500_count",
    ]);
    expect(defs.list.map((i) => i.id.split("_")[1])).toEqual([...Array(9).fill("signed"), ...Array(9).fill("started"), ...Array(9).fill("operating")]);
  });

  it("projectIndicatorDefinitions() names them in Chinese and English, with units 个 and 亿元", () => {
    const defs = projectIndicatorDefinitions();
    const row = (id: string) => {
      const i = defs.require(id);
      return [i.name.zh, i.name.en, i.unit.id];
    };
    expect(row("projects_signed_count")).toEqual(["签约项目数", "Signed projects", "个"]);
    expect(row("projects_signed_investment")).toEqual(["签约项目投资额", "Investment of signed projects", "亿元"]);
    expect(row("projects_started_count")).toEqual(["开工项目数", "Started projects", "个"]);
    expect(row("projects_operating_count")).toEqual(["投产项目数", "Operating projects", "个"]);
    expect(row("projects_started_tier30_count")).toEqual(["开工30亿元以上项目数", "Started projects of 3 billion yuan or more", "个"]);
    expect(row("projects_signed_foreign_investment")).toEqual(["签约外资项目投资额", "Investment of foreign-funded signed projects", "亿元"]);
    expect(row("projects_operating_world500_count")).toEqual(["投产世界500强项目数", "Operating projects of Fortune Global 500 companies", "个"]);
    expect(defs.require("Signed projects of China Top 500 companies").id).toBe("projects_signed_china500_count");
    expect(new Set(defs.list.map((i) => i.name.zh)).size).toBe(27);
    expect(new Set(defs.list.map((i) => i.name.en)).size).toBe(27);
  });

  it("projectIndicatorDefinitions({ period }) sets frequency and accumulation", () => {
    const fa = (period?: "month" | "quarter" | "year" | "ytd") => {
      const i = projectIndicatorDefinitions({ period }).list[0];
      return [i.frequency, i.accumulation];
    };
    expect(fa()).toEqual(["month", "period"]);
    expect(fa("quarter")).toEqual(["quarter", "period"]);
    expect(fa("year")).toEqual(["year", "period"]);
    expect(fa("ytd")).toEqual(["month", "ytd"]);
  });

  it("projectIndicatorDefinitions({ tiers }) sorts and de-duplicates the tiers; [] gives no tier indicators", () => {
    expect(projectIndicatorDefinitions({ tiers: [100, 0.5, 100] }).list.slice(0, 4).map((i) => i.id)).toEqual([
      "projects_signed_count",
      "projects_signed_investment",
      "projects_signed_tier0.5_count",
      "projects_signed_tier100_count",
    ]);
    expect(projectIndicatorDefinitions({ tiers: [] }).list).toHaveLength(18);
  });

  it("projectIndicatorDefinitions(options) checks its options and does not modify them", () => {
    expect(() => projectIndicatorDefinitions({ tiers: [30, -1] })).toThrow(RangeError);
    expect(() => projectIndicatorDefinitions({ tiers: [NaN] })).toThrow(RangeError);
    expect(() => projectIndicatorDefinitions({ tiers: 30 as unknown as number[] })).toThrow(TypeError);
    expect(() => projectIndicatorDefinitions({ period: "day" as "month" })).toThrow(TypeError);
    const tiers = Object.freeze([100, 30]);
    projectIndicatorDefinitions({ tiers });
    expect(tiers).toEqual([100, 30]);
  });
});
