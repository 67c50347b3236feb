import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  assessTargets,
  createIndicators,
  createPanel,
  describeCompletion,
  describeRank,
  describeRankChange,
  mergePanels,
  readCsv,
  readEntitiesCsv,
  readIndicatorsCsv,
  readTargetsCsv,
} from "../../src/index.js";

const read = (f: string) => readFileSync(new URL(`../../examples/data/${f}`, import.meta.url), "utf8");
const entities = readEntitiesCsv(read("entities.csv"));
const indicators = createIndicators([...readIndicatorsCsv(read("indicators.csv")).list, ...readIndicatorsCsv(read("plan_indicators.csv")).list]);
const panel = mergePanels([readCsv(read("observations.csv"), { entities, indicators }).panel, readCsv(read("plan_2018.csv"), { entities, indicators }).panel], { entities, indicators });
const scope = { zh: "全市", en: "in the city" };
const at = { entity: "济宁高新区", period: "2018年1—7月", group: "jining-units", scope };

describe("the seed report's statements, generated from the demo data", () => {
  it("describeRank(…, { on: 'growth' }) → 规模以上工业增加值增长7.3%，居全市第1位", () => {
    expect(describeRank(panel, { ...at, indicator: "规模以上工业增加值", on: "growth" })).toBe("规模以上工业增加值增长7.3%，居全市第1位");
  });
  it("describeRank(…, { on: 'both' }) → 工业主营业务收入增长13.9%，总量和增幅分别位居全市第2、第6位", () => {
    expect(describeRank(panel, { ...at, indicator: "工业主营业务收入" })).toBe("工业主营业务收入增长13.9%，总量和增幅分别位居全市第2、第6位");
    expect(describeRank(panel, { ...at, indicator: "一般公共预算收入" })).toBe("一般公共预算收入增长6.3%，总量和增幅分别位居全市第4、第10位");
  });
  it("describeRank(…) writes 均居 when both ranks are equal, and the level with on: 'level'", () => {
    expect(describeRank(panel, { ...at, indicator: "固定资产投资" })).toBe("固定资产投资增长12.6%，总量和增幅均居全市第2位");
    expect(describeRank(panel, { ...at, indicator: "实际利用外资", on: "level" })).toBe("实际利用外资14225.8万美元，居全市第1位");
    expect(describeRank(panel, { ...at, indicator: "高技术制造业企业数", on: "level" })).toBe("高技术制造业企业数32家，居全市第1位");
  });
  it("describeRank(…, { locale: 'en' }) writes English", () => {
    expect(describeRank(panel, { ...at, indicator: "industrial_revenue", locale: "en" })).toBe("Main business revenue of industry up 13.9%, ranking 2nd on level and 6th on growth in the city");
    expect(describeRank(panel, { ...at, indicator: "fixed_investment", locale: "en" })).toBe("Fixed-asset investment up 12.6%, ranking 2nd on both level and growth in the city");
  });
  it("describeCompletion(status) → 完成年度计划的60.7%，超序时进度2.4个百分点", () => {
    const targets = readTargetsCsv(read("targets_2018.csv"));
    const [s] = assessTargets(panel, targets, { period: "2018-01/07" });
    expect(describeCompletion(s, { what: "年度计划" })).toBe("完成年度计划的60.7%，超序时进度2.4个百分点");
    expect(describeCompletion(s, { what: { zh: "年度计划", en: "the annual plan" }, locale: "en" })).toBe("60.7% of the annual plan completed, 2.4 pp ahead of schedule");
    const all = assessTargets(panel, targets, { period: "2018-01/07" });
    expect(all.map((t) => describeCompletion(t))).toEqual([
      "完成年度目标的60.7%，超序时进度2.4个百分点",
      "完成年度目标的55.4%，低于序时进度3个百分点",
      "完成年度目标的51.7%，低于序时进度6.6个百分点",
      "增长7.3%，低于年度目标0.7个百分点",
      "增长13.9%，高于年度目标1.9个百分点",
    ]);
    expect(all.map((t) => t.card)).toEqual(["green", "blue", "yellow", "blue", "green"]);
  });
});

describe("describe… edge cases", () => {
  const small = createPanel([
    { entity: "a", indicator: "x", period: "2017", value: 1 },
    { entity: "b", indicator: "x", period: "2017", value: 2 },
    { entity: "a", indicator: "x", period: "2018", value: 2 },
    { entity: "b", indicator: "x", period: "2018", value: 2 },
    { entity: "c", indicator: "x", period: "2018", value: 1 },
  ]);
  it("describeRank(…) writes ties as 并列 and says when data are missing", () => {
    expect(describeRank(small, { entity: "a", indicator: "x", period: "2018", on: "level" })).toBe("x2，居并列第1位");
    expect(describeRank(small, { entity: "c", indicator: "x", period: "2018", on: "growth" })).toBe("x：无数据");
    expect(describeRank(small, { entity: "c", indicator: "x", period: "2018", on: "growth", locale: "en" })).toBe("x: no data");
    expect(describeRank(small, { entity: "zz", indicator: "x", period: "2018" })).toBe("x：无数据");
  });
  it("describeRankChange(…) writes 前进 / 后退 / 持平", () => {
    expect(describeRankChange(small, { entity: "a", indicator: "x", from: "2017", to: "2018", scope: "全市" })).toBe("x居全市第1位，较2017年前进1位");
    expect(describeRankChange(small, { entity: "b", indicator: "x", from: "2017", to: "2018", scope: "全市" })).toBe("x居全市第1位，位次与2017年持平");
    expect(describeRankChange(small, { entity: "c", indicator: "x", from: "2017", to: "2018" })).toBe("x：无数据");
  });
  it("describeCompletion(status) says when a target is on schedule or has no data", () => {
    const p = createPanel([
      { entity: "z", indicator: "inv", period: "2018-06", value: null },
      { entity: "z", indicator: "inv", period: "2018-01/06", value: 50 },
    ]);
    const [s, missing] = assessTargets(
      p,
      [
        { entity: "z", indicator: "inv", year: 2018, value: 100 },
        { entity: "z", indicator: "inv", year: 2018, value: 100 },
      ],
      { period: "2018-01/06" },
    );
    expect(describeCompletion(s)).toBe("完成年度目标的50%，与序时进度持平");
    expect(describeCompletion(s, { locale: "en" })).toBe("50% of the annual target completed, on schedule");
    const none = assessTargets(createPanel([{ entity: "z", indicator: "inv", period: "2018-01/06", value: null }]), [{ entity: "z", indicator: "inv", year: 2018, value: 100 }], { period: "2018-01/06" })[0];
    expect(describeCompletion(none)).toBe("年度目标：无数据");
    expect(missing.card).toBe("green");
  });
});
