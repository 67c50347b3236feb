import { describe, expect, it } from "vitest";
import { benchmarkPlan, computePlan, createEntities, createIndicators, createPanel, describeGap, DuibiaoError, trackPlan } from "../../src/index.js";

const entities = createEntities([
  { id: "a", name: { zh: "甲区", en: "District A" } },
  { id: "b", name: { zh: "乙区", en: "District B" } },
  { id: "c", name: { zh: "丙区", en: "District C" } },
]);
const indicators = createIndicators([
  { id: "x", name: { zh: "产值", en: "Output" }, unit: "亿元" },
  { id: "e", name: { zh: "单位产值能耗", en: "Energy per unit of output" }, unit: "吨", direction: "lower" },
]);
const panel = createPanel(
  Object.freeze([
    { entity: "a", indicator: "x", period: "2016", value: 90 },
    { entity: "a", indicator: "x", period: "2017", value: 100 },
    { entity: "a", indicator: "x", period: "2018", value: 110 },
    { entity: "b", indicator: "x", period: "2016", value: 190 },
    { entity: "b", indicator: "x", period: "2017", value: 200 },
    { entity: "b", indicator: "x", period: "2018", value: 210 },
    { entity: "c", indicator: "x", period: "2016", value: 500 },
    { entity: "c", indicator: "x", period: "2017", value: 600 },
    { entity: "c", indicator: "x", period: "2018", value: 700 },
    { entity: "a", indicator: "e", period: "2017", value: 1.0 },
    { entity: "a", indicator: "e", period: "2018", value: 0.9 },
    { entity: "b", indicator: "e", period: "2017", value: 0.8 },
    { entity: "b", indicator: "e", period: "2018", value: 0.78 },
  ]),
  { entities, indicators },
);
const plan = benchmarkPlan({ subject: "甲区", near: ["乙区"], far: ["丙区"], indicators: ["产值", { indicator: "e", weight: 3 }], horizon: [3, 5] });

describe("benchmarkPlan", () => {
  it("benchmarkPlan(spec) keeps roles, weights and the horizon", () => {
    expect(plan.peers).toEqual([
      { entity: "乙区", role: "near" },
      { entity: "丙区", role: "far" },
    ]);
    expect(plan.indicators).toEqual([
      { indicator: "产值", weight: 1 },
      { indicator: "e", weight: 3 },
    ]);
    expect(plan.horizon).toEqual([3, 5]);
    expect(Object.isFrozen(plan)).toBe(true);
  });

  it("benchmarkPlan(spec) lists every problem at once", () => {
    let error: DuibiaoError | undefined;
    try {
      benchmarkPlan({ subject: "", near: ["b", "b"], far: [""], indicators: [{ indicator: "x", weight: -1 }], horizon: [5, 3] });
    } catch (e) {
      error = e as DuibiaoError;
    }
    expect(error?.code).toBe("E_INVALID_DEFINITION");
    expect(error?.issues.map((i) => i.field)).toEqual(["subject", "near", "far", "indicators", "horizon"]);
    expect(() => benchmarkPlan({ subject: "a", near: ["a"], indicators: ["x"] })).toThrow(/the subject itself/);
    expect(() => benchmarkPlan({ subject: "a", indicators: ["x"] })).toThrow(/at least one near peer or far model/);
  });
});

describe("computePlan", () => {
  const r = computePlan(panel, plan, { period: "2018" });
  const [x, e] = r.table;

  it("computePlan(panel, plan, { period }) compares level, growth and gap with each peer", () => {
    expect([r.subject, r.period, r.previousPeriod]).toEqual(["a", "2018", "2017"]);
    const b = x.peers[0];
    expect([b.peer, b.role, b.subjectValue, b.peerValue]).toEqual(["b", "near", 110, 210]);
    expect(b.subjectGrowth).toBeCloseTo(0.1, 12); // 110 / 100 − 1
    expect(b.peerGrowth).toBeCloseTo(0.05, 12); // 210 / 200 − 1
    expect(b.gap.absolute).toBe(-100);
    expect(b.gap.relative).toBeCloseTo(100 / 210, 12);
    expect(b.previousGap?.relative).toBeCloseTo(0.5, 12); // (200 − 100) / 200
    expect(b.gapChange).toBeCloseTo(0.5 - 100 / 210, 12); // narrowed by 2.38 points
    expect(b.trend).toBe("narrowing");
  });

  it("computePlan(…) gives catch-up years, required growth, time distance and a status", () => {
    const b = x.peers[0];
    expect(b.catchUpYears).toBeCloseTo(Math.log(210 / 110) / Math.log(1.1 / 1.05), 9); // 13.90
    expect(b.requiredGrowth.map((g) => g.years)).toEqual([3, 5]);
    expect(b.requiredGrowth[1].rate).toBeCloseTo((210 / 110) ** (1 / 5) * 1.05 - 1, 12);
    // b was already at 190 in 2016, its first year: how long ago it stood at 110 is unknown.
    expect(b.timeDistance).toBeNaN();
    // q stood at 150 in 2016.5 (100 in 2016, 200 in 2017): 1.5 years before 2018.
    const p2 = createPanel([
      { entity: "s", indicator: "x", period: "2018", value: 150 },
      { entity: "q", indicator: "x", period: "2016", value: 100 },
      { entity: "q", indicator: "x", period: "2017", value: 200 },
      { entity: "q", indicator: "x", period: "2018", value: 250 },
    ]);
    expect(computePlan(p2, benchmarkPlan({ subject: "s", far: ["q"], indicators: ["x"] }), { period: "2018" }).table[0].peers[0].timeDistance).toBeCloseTo(1.5, 12);
    expect(b.status).toBe("closing");
    const c = x.peers[1];
    // c grows 700 / 600 − 1 = 16.7 % against a's 10 %: a never catches up, and c was never as low as 110.
    expect([c.status, c.catchUpYears, c.trend]).toEqual(["falling behind", Infinity, "widening"]);
    expect(c.timeDistance).toBeNaN();
  });

  it("computePlan(…) compares a lower-is-better indicator the other way round", () => {
    const b = e.peers[0];
    expect(b.direction).toBe("lower");
    expect(b.gap.absolute).toBeCloseTo(0.78 - 0.9, 12); // behind: higher energy use
    expect(b.gap.relative).toBeCloseTo(0.12 / 0.78, 12);
    expect(b.trend).toBe("narrowing"); // 0.2 / 0.8 = 25 % then 15.4 %
    // a falls 10 % a year, b 2.5 %: a reaches b's level in ln(0.78 / 0.9) / ln(0.9 / 0.975) years.
    expect(b.catchUpYears).toBeCloseTo(Math.log(0.78 / 0.9) / Math.log(0.9 / 0.975), 9); // 1.79
    // To reach b within 3 years a needs 0.9 (1 + g)³ = 0.78 × 0.975³.
    expect(b.requiredGrowth[0].rate).toBeCloseTo((0.78 / 0.9) ** (1 / 3) * 0.975 - 1, 12);
    expect(b.status).toBe("closing");
    // c has no energy data.
    expect(e.peers[1].status).toBe("no data");
  });

  it("computePlan(…) sums up per peer, weighted", () => {
    expect(r.summary).toEqual([
      { peer: "b", role: "near", ahead: 0, level: 0, closing: 2, fallingBehind: 0, noData: 0, weightedAhead: 0, weightedOnTrack: 1 },
      { peer: "c", role: "far", ahead: 0, level: 0, closing: 0, fallingBehind: 1, noData: 1, weightedAhead: 0, weightedOnTrack: 0 },
    ]);
  });

  it("computePlan(…) marks the subject ahead, and is plain data", () => {
    const ahead = computePlan(panel, benchmarkPlan({ subject: "c", near: ["a"], indicators: ["x"] }), { period: "2018" });
    expect(ahead.table[0].peers[0]).toMatchObject({ status: "ahead", catchUpYears: 0, trend: "lead widening" });
    expect(JSON.parse(JSON.stringify(r)).table[0].peers[1].catchUpYears).toBeNull(); // Infinity → null in JSON
  });

  it("computePlan(…) names every entity and indicator the panel does not know", () => {
    let error: DuibiaoError | undefined;
    try {
      computePlan(panel, benchmarkPlan({ subject: "zz", near: ["yy"], indicators: ["nope"] }), { period: "2018" });
    } catch (err) {
      error = err as DuibiaoError;
    }
    expect(error?.issues.map((i) => [i.code, i.value])).toEqual([
      ["E_UNKNOWN_ENTITY", "zz"],
      ["E_UNKNOWN_ENTITY", "yy"],
      ["E_UNKNOWN_INDICATOR", "nope"],
    ]);
  });
});

describe("trackPlan and describeGap", () => {
  it("trackPlan(…) gives the series of gaps a chart draws", () => {
    const t = trackPlan(panel, plan, { from: "2016", to: "2018" });
    expect(t.periods).toEqual(["2016", "2017", "2018"]);
    const xb = t.series.find((s) => s.indicator === "x" && s.peer === "b")!;
    expect(xb.relativeGap.map((g) => +g.toFixed(6))).toEqual([+(100 / 190).toFixed(6), 0.5, +(100 / 210).toFixed(6)]);
    expect(xb.status).toEqual(["no data", "closing", "closing"]); // no 2015 data: no growth in 2016
    expect(t.series.map((s) => `${s.indicator}:${s.peer}`)).toEqual(["x:b", "x:c", "e:b", "e:c"]);
  });

  it("describeGap(panel, comparison) writes the sentence, in Chinese and English", () => {
    const r = computePlan(panel, plan, { period: "2018" });
    expect(describeGap(panel, r.table[0].peers[0])).toBe("产值与乙区的差距较上年缩小2.4个百分点，按当前增速约13.9年可追平，5年内追平需年均增长19.5%");
    expect(describeGap(panel, r.table[0].peers[1])).toBe("产值与丙区的差距较上年扩大1个百分点，按当前增速无法追平，5年内追平需年均增长68.9%");
    expect(describeGap(panel, r.table[1].peers[0])).toBe("单位产值能耗与乙区的差距较上年缩小9.6个百分点，按当前增速约1.8年可追平");
    expect(describeGap(panel, r.table[1].peers[1])).toBe("单位产值能耗：与丙区无可比数据");
    expect(describeGap(panel, r.table[1].peers[0], { locale: "en" })).toBe("Energy per unit of output: the gap to District B narrowed by 9.6 pp on the year before; at current growth it closes in about 1.8 years");
    const ahead = computePlan(panel, benchmarkPlan({ subject: "c", near: ["a"], indicators: ["x"] }), { period: "2018" });
    expect(describeGap(panel, ahead.table[0].peers[0])).toBe("产值领先甲区536.4%，领先幅度较上年扩大36.4个百分点");
  });
});

describe("近赶潍坊、远学长沙 on the demo data", async () => {
  const { readFileSync } = await import("node:fs");
  const { readCsv, readEntitiesCsv, readIndicatorsCsv, mergePanels } = await import("../../src/index.js");
  const read = (f: string) => readFileSync(new URL(`../../examples/data/${f}`, import.meta.url), "utf8");
  const ents = readEntitiesCsv(read("entities.csv"));
  const inds = readIndicatorsCsv(read("indicators.csv"));
  const zones = mergePanels([readCsv(read("observations.csv"), { entities: ents, indicators: inds }).panel, readCsv(read("zones_annual.csv"), { entities: ents, indicators: inds }).panel], { entities: ents, indicators: inds });
  const p = benchmarkPlan({ subject: "济宁高新区", near: ["潍坊高新区"], far: ["长沙高新区"], indicators: ["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"] });
  const r = computePlan(zones, p, { period: "2018" });

  it("computePlan(demo) gives a 对标表 of 5 indicators × 2 peers with levels from the data", () => {
    expect(r.table.map((t) => t.indicator)).toEqual(["industrial_va", "industrial_revenue", "budget_revenue", "trade", "new_economy_firms"]);
    const rev = r.table[1];
    expect([rev.subjectValue, rev.peers[0].peerValue, rev.peers[1].peerValue]).toEqual([1223.76, 1590.89, 2447.52]);
    // Growth 1223.76 / 1074.41 − 1 against 1590.89 / 1527.57 − 1: catch-up in ln(1590.89 / 1223.76) / ln((1223.76 / 1074.41) / (1590.89 / 1527.57)) years.
    expect(rev.peers[0].catchUpYears).toBeCloseTo(Math.log(1590.89 / 1223.76) / Math.log(1223.76 / 1074.41 / (1590.89 / 1527.57)), 9);
    expect(rev.peers[0].status).toBe("closing");
    // 规模以上工业增加值 uses the published (comparable-price) growth on both sides.
    expect(r.table[0].peers[0].growthSource).toEqual({ subject: "published", peer: "published" });
  });

  it("describeGap(demo) writes the plan's sentences", () => {
    expect(describeGap(zones, r.table[1].peers[0])).toBe("工业主营业务收入与潍坊高新区的差距较上年缩小6.6个百分点，按当前增速约2.9年可追平");
    expect(describeGap(zones, r.table[4].peers[0])).toBe("\"四新\"企业数与潍坊高新区的差距较上年扩大4.3个百分点，按当前增速无法追平，5年内追平需年均增长18.2%");
  });

  it("trackPlan(demo, 2011–2018) shows 济宁 closing on 潍坊 in industrial revenue", () => {
    const t = trackPlan(zones, p, { from: "2011", to: "2018" });
    const rev = t.series.find((s) => s.indicator === "industrial_revenue" && s.peer === "weifang-hitech")!;
    expect(rev.relativeGap.length).toBe(8);
    expect(rev.relativeGap[0]).toBeCloseTo((824.23 - 484.76) / 824.23, 12); // 41.2 % of Weifang's level in 2011
    expect(rev.relativeGap[7]).toBeCloseTo((1590.89 - 1223.76) / 1590.89, 12); // 23.1 % in 2018
    expect(rev.status[7]).toBe("closing");
  });
});
