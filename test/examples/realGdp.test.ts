// The computation of examples/real-gdp.mjs (近赶潍坊、远学长沙 on real GDP figures), run through the source on the
// copied public data, with the expected values worked out by hand from the numbers in the file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cagr, catchUpYears, createEntities, createIndicators, formatPoints, formatRate, gap, readCsv, requiredGrowth, timeDistance } from "../../src/index.js";

const text = readFileSync(new URL("../../examples/data/real/city_gdp_observations.csv", import.meta.url), "utf8");
const entities = createEntities([
  { id: "jining", name: { zh: "济宁市", en: "Jining" }, kind: "city" },
  { id: "weifang", name: { zh: "潍坊市", en: "Weifang" }, kind: "city" },
  { id: "changsha", name: { zh: "长沙市", en: "Changsha" }, kind: "city" },
]);
const indicators = createIndicators([
  { id: "gdp", name: { zh: "地区生产总值", en: "GDP" }, unit: "亿元", frequency: "year", accumulation: "period", growth: "published" },
  { id: "industrial_va", name: "规模以上工业增加值", unit: "亿元", frequency: "year", accumulation: "period", growth: "published" },
]);
const PROVENANCE = ["level", "province", "gdp_increment_100m_yuan", "source_id", "note"];
const { panel, issues } = readCsv(text, {
  format: "wide",
  columnsAre: "indicators",
  ignore: PROVENANCE,
  entities,
  indicators,
  columns: { entity: "region", period: "year" },
  measures: {
    gdp_100m_yuan: "gdp",
    real_growth_pct: { indicator: "gdp", field: "growth" },
    industrial_va_above_scale_growth_pct: { indicator: "industrial_va", field: "growth" },
  },
});
const years = (city: string) => {
  const s = panel.series(city, "gdp", { kind: "year" });
  return s.periods.filter((_, k) => Number.isFinite(s.values[k]) && Number.isFinite(s.growth[k])).map((p) => p.year);
};

// The figures, as written in the file (亿元; real growth in percent).
const JINING_2021 = 5069.96, JINING_G = 0.085; // S08
const WEIFANG_2021 = 7010.6, WEIFANG_G = 0.097; // S05
const CHANGSHA_2022 = 13966.11, CHANGSHA_G = 0.045; // S13

describe("examples/real-gdp: loading the copied public data", () => {
  it("readCsv(wide, { ignore }) reads every figure past the provenance columns, with no problem", () => {
    expect(issues).toEqual([]);
    expect(panel.value("济宁市", "gdp", "2021")).toBe(JINING_2021);
    expect(panel.growth("济宁市", "gdp", "2021")).toBeCloseTo(JINING_G, 15);
    expect(panel.value("潍坊市", "地区生产总值", "2021")).toBe(WEIFANG_2021);
    expect(panel.growth("潍坊市", "gdp", "2021")).toBeCloseTo(WEIFANG_G, 15);
    expect(panel.value("长沙市", "gdp", "2022")).toBe(CHANGSHA_2022);
    expect(panel.growth("长沙市", "gdp", "2022")).toBeCloseTo(CHANGSHA_G, 15);
    expect(panel.growth("济宁市", "规模以上工业增加值", "2021")).toBeCloseTo(0.131, 15);
  });

  it("the file has no year common to the three cities: 济宁 and 潍坊 share 2021, 长沙's nearest is 2022", () => {
    expect(years("jining")).toEqual([2021]);
    expect(years("weifang")).toEqual([2021, 2024]);
    expect(years("changsha")).toEqual([2013, 2016, 2022, 2023]);
    const common = years("jining").filter((y) => years("weifang").includes(y) && years("changsha").includes(y));
    expect(common).toEqual([]);
  });
});

describe("examples/real-gdp: 济宁 2021 against 潍坊 2021 (near peer)", () => {
  it("gap(jining, weifang): 济宁 is 72.3% of 潍坊, 1940.64亿元 behind, growing 1.2 points slower", () => {
    const g = gap({ value: JINING_2021, growth: JINING_G }, { value: WEIFANG_2021, growth: WEIFANG_G });
    expect(g.ratio).toBeCloseTo(5069.96 / 7010.6, 15);
    expect(g.ratio).toBeCloseTo(0.72318, 5);
    expect(formatRate(g.ratio)).toBe("72.3%");
    expect(g.absolute).toBeCloseTo(-1940.64, 9);
    expect(g.growthDifferential).toBeCloseTo(-0.012, 15);
    expect(formatPoints(g.growthDifferential)).toBe("-1.2个百分点");
  });

  it("catchUpYears(jining, weifang, 8.5%, 9.7%) is Infinity: at current growth 济宁 never catches up", () => {
    expect(catchUpYears(JINING_2021, WEIFANG_2021, JINING_G, WEIFANG_G)).toBe(Infinity);
  });

  it("requiredGrowth(jining, weifang, 9.7%, 5 | 10) = (7010.6 / 5069.96)^(1/years) · 1.097 − 1: 17.0% and 13.3%", () => {
    const need5 = requiredGrowth(JINING_2021, WEIFANG_2021, WEIFANG_G, 5);
    const need10 = requiredGrowth(JINING_2021, WEIFANG_2021, WEIFANG_G, 10);
    expect(need5).toBeCloseTo((7010.6 / 5069.96) ** (1 / 5) * 1.097 - 1, 12);
    expect(need10).toBeCloseTo((7010.6 / 5069.96) ** (1 / 10) * 1.097 - 1, 12);
    expect([formatRate(need5, { digits: 1 }), formatRate(need10, { digits: 1 })]).toEqual(["17.0%", "13.3%"]);
    // and at that growth the formula of catchUpYears gives back the horizon
    expect(catchUpYears(JINING_2021, WEIFANG_2021, need5, WEIFANG_G)).toBeCloseTo(5, 9);
  });
});

describe("examples/real-gdp: 济宁 2021 against 长沙 2022 (far model)", () => {
  it("gap(jining, changsha): 长沙 is ×2.75 济宁, 8896.15亿元 ahead", () => {
    const g = gap({ value: JINING_2021, growth: JINING_G }, { value: CHANGSHA_2022, growth: CHANGSHA_G });
    expect(1 / g.ratio).toBeCloseTo(13966.11 / 5069.96, 12);
    expect((1 / g.ratio).toFixed(2)).toBe("2.75");
    expect(g.absolute).toBeCloseTo(-8896.15, 9);
    expect(g.growthDifferential).toBeCloseTo(0.04, 15);
  });

  it("catchUpYears(jining, changsha, 8.5%, 4.5%) = ln(l/f) / ln((1+gF)/(1+gL)) ≈ 27.0 years", () => {
    const years = catchUpYears(JINING_2021, CHANGSHA_2022, JINING_G, CHANGSHA_G);
    expect(years).toBeCloseTo(Math.log(13966.11 / 5069.96) / Math.log(1.085 / 1.045), 9);
    expect(years).toBeCloseTo(26.976, 3);
  });

  it("requiredGrowth(jining, changsha, 4.5%, 5 | 10): 28.0% and 15.6%", () => {
    const need5 = requiredGrowth(JINING_2021, CHANGSHA_2022, CHANGSHA_G, 5);
    const need10 = requiredGrowth(JINING_2021, CHANGSHA_2022, CHANGSHA_G, 10);
    expect(need5).toBeCloseTo((13966.11 / 5069.96) ** (1 / 5) * 1.045 - 1, 12);
    expect(need10).toBeCloseTo((13966.11 / 5069.96) ** (1 / 10) * 1.045 - 1, 12);
    expect([formatRate(need5, { digits: 1 }), formatRate(need10, { digits: 1 })]).toEqual(["28.0%", "15.6%"]);
  });

  it("timeDistance(changsha, 济宁 2021, 2021): 长沙 was past 济宁's 2021 level in 2013 already — only a bound, ≥ 8 years", () => {
    const s = panel.series("changsha", "gdp", { kind: "year" });
    const pairs = s.periods.map((p, k) => [p.year, s.values[k]] as [number, number]);
    expect(pairs).toEqual([[2013, 7253.13], [2016, 9323.7], [2022, 13966.11], [2023, 14331.98]]);
    expect(timeDistance(pairs, JINING_2021, 2021)).toBeNaN();
    expect(timeDistance(pairs, JINING_2021, 2021, { censored: "bound" })).toBe(2021 - 2013);
    // 长沙 2013 is disputed (7253.13 vs 7153.13): both are above 5069.96, so the bound is the same.
    const disputed = pairs.map(([t, v]) => [t, t === 2013 ? 7153.13 : v] as [number, number]);
    expect(timeDistance(disputed, JINING_2021, 2021, { censored: "bound" })).toBe(8);
  });
});

describe("examples/real-gdp: nominal levels and real growth differ", () => {
  it("cagr of the nominal levels is not the published real growth (潍坊 2021→2024, 长沙 2022→2023)", () => {
    const weifang = cagr(panel.value("weifang", "gdp", "2021"), panel.value("weifang", "gdp", "2024"), 3);
    expect(weifang).toBeCloseTo((8203.2 / 7010.6) ** (1 / 3) - 1, 12);
    expect(formatRate(weifang)).toBe("5.4%");
    expect(panel.growth("weifang", "gdp", "2024")).toBeCloseTo(0.059, 15);
    const changsha = cagr(panel.value("changsha", "gdp", "2022"), panel.value("changsha", "gdp", "2023"), 1);
    expect(changsha).toBeCloseTo(14331.98 / 13966.11 - 1, 12);
    expect(formatRate(changsha)).toBe("2.6%");
    expect(panel.growth("changsha", "gdp", "2023")).toBeCloseTo(0.048, 15);
  });
});
