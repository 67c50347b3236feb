import { describe, expect, it } from "vitest";
import { projectIndicators, type ProjectIndicatorsOptions, type ProjectRecord } from "../../src/rollup/index.js";
import { createEntities, DuibiaoError, periodKey } from "../../src/index.js";

// Facts from the seeds: on 2017-09-22 济宁高新区 signed 11 projects totalling 197亿元 (with these
// 11 companies); on 2017-11-11 it started 20 major projects totalling 124.7亿元 (2017年第四季度重大项目
// 集中开工). The individual sizes, sources and 500强 marks below are INVENTED so that they add up.
const SIGNED: readonly ProjectRecord[] = Object.freeze(
  (
    [
      ["中科深圳先进院", 100, null],
      ["宏凯集团", 35, null],
      ["红星美凯龙", 30, "china"],
      ["中建八局", 8, "world"],
      ["蓝盾股份", 6, null],
      ["广州穗阳集团", 5, null],
      ["中关村科创", 4, null],
      ["申通物流", 3.5, null],
      ["软通动力", 2.5, null],
      ["凯豪达集团", 1.8, null],
      ["广东营养健康产业协会", 1.2, null],
    ] as const
  ).map(([name, investment, top500]) => Object.freeze({ name: `${name}项目`, stage: "签约" as const, investment, source: "内资" as const, top500, date: "2017-09-22" })),
);
const STARTED: readonly ProjectRecord[] = Object.freeze(
  Array.from({ length: 20 }, (_, k) => Object.freeze({ name: `重大项目${k + 1}`, stage: "开工" as const, investment: k < 10 ? 8 : 4.47, date: "2017-11-11" })),
);
const ZONE = "jining-hitech";
const opts = (o: ProjectIndicatorsOptions = {}): ProjectIndicatorsOptions => ({ entity: ZONE, ...o });

const errorOf = (f: () => unknown): DuibiaoError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DuibiaoError);
    return e as DuibiaoError;
  }
  return expect.fail("did not throw");
};

describe("projectIndicators", () => {
  it("projectIndicators(projects) counts and sums the 11 signed projects by stage, tier, source and 500强", () => {
    const { panel } = projectIndicators(SIGNED, opts());
    const v = (id: string) => panel.value(ZONE, id, "2017-09");
    expect(v("projects_signed_count")).toBe(11);
    expect(v("projects_signed_investment")).toBe(197);
    expect(v("projects_signed_tier30_count")).toBe(3); // 100, 35 and 30 (a tier includes its threshold)
    expect(v("projects_signed_tier50_count")).toBe(1);
    expect(v("projects_signed_tier100_count")).toBe(1);
    expect(v("projects_signed_domestic_investment")).toBe(197);
    expect(v("projects_signed_foreign_investment")).toBe(0);
    expect(v("projects_signed_world500_count")).toBe(1);
    expect(v("projects_signed_china500_count")).toBe(1);
    expect(v("projects_started_count")).toBe(0);
    expect(v("projects_operating_investment")).toBe(0);
  });

  it("projectIndicators(projects, { period: 'month' }) covers every month from the first record to the last, with zeros", () => {
    const { rows, panel, indicators } = projectIndicators([...SIGNED, ...STARTED], opts({ period: "month" }));
    expect(panel.periods.map((p) => periodKey(p))).toEqual(["2017-09", "2017-10", "2017-11"]);
    expect(rows).toHaveLength(27 * 3);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(indicators.list.map((i) => i.id)));
    const series = (id: string) => Array.from(panel.series(ZONE, id).values);
    expect(series("projects_signed_count")).toEqual([11, 0, 0]);
    expect(series("projects_started_count")).toEqual([0, 0, 20]);
    expect(series("projects_started_investment")).toEqual([0, 0, 124.7]); // 10 × 8 + 10 × 4.47, exactly
    expect(series("projects_started_tier30_count")).toEqual([0, 0, 0]);
    expect(series("projects_started_domestic_investment")).toEqual([0, 0, 0]); // no source given
    for (const r of rows) expect(panel.value(r.entity, r.indicator, r.period)).toBe(r.value);
  });

  it("projectIndicators(projects, { period: 'quarter' | 'year' }) puts records in their quarter or year", () => {
    const q = projectIndicators([...SIGNED, ...STARTED], opts({ period: "quarter" })).panel;
    expect(q.periods.map((p) => periodKey(p))).toEqual(["2017-Q3", "2017-Q4"]);
    expect(Array.from(q.series(ZONE, "签约项目投资额").values)).toEqual([197, 0]);
    expect(Array.from(q.series(ZONE, "开工项目数").values)).toEqual([0, 20]);
    const y = projectIndicators([...SIGNED, ...STARTED], opts({ period: "year" })).panel;
    expect(y.periods.map((p) => periodKey(p))).toEqual(["2017"]);
    expect([y.value(ZONE, "签约项目数", "2017"), y.value(ZONE, "开工项目投资额", "2017")]).toEqual([11, 124.7]);
    expect(y.indicator("开工项目数")?.frequency).toBe("year");
  });

  it("projectIndicators(projects, { period: 'ytd' }) accumulates from January", () => {
    const { panel } = projectIndicators([...SIGNED, ...STARTED], opts({ period: "ytd" }));
    expect(panel.periods.map((p) => periodKey(p))).toEqual(["2017-01/09", "2017-01/10", "2017-01/11"]);
    expect(Array.from(panel.series(ZONE, "projects_signed_count").values)).toEqual([11, 11, 11]);
    expect(Array.from(panel.series(ZONE, "projects_signed_investment").values)).toEqual([197, 197, 197]);
    expect(Array.from(panel.series(ZONE, "projects_started_count").values)).toEqual([0, 0, 20]);
    expect(panel.indicator("projects_started_count")?.accumulation).toBe("ytd");
  });

  describe("ytd across a new year", () => {
    const records: readonly ProjectRecord[] = Object.freeze([
      { name: "一月项目", stage: "signed", investment: 5, date: "2018-01-15" },
      { name: "三月项目甲", stage: "signed", investment: 3, date: "2018-03-02" },
      { name: "三月项目乙", stage: "signed", investment: 4, period: "2018-03" },
      { name: "年末项目", stage: "signed", investment: 10, date: "2018-12-31" },
      { name: "一月项目", stage: "started", investment: 6, date: "2019-02-01" },
    ]);

    it("projectIndicators(projects, { period: 'ytd' }) folds January into 1—2月 and starts again in the new year", () => {
      const { panel } = projectIndicators(records, opts({ period: "ytd" }));
      expect(panel.periods.map((p) => periodKey(p))).toEqual([
        "2018-01/02", "2018-01/03", "2018-01/04", "2018-01/05", "2018-01/06", "2018-01/07",
        "2018-01/08", "2018-01/09", "2018-01/10", "2018-01/11", "2018-01/12", "2019-01/02",
      ]);
      expect(Array.from(panel.series(ZONE, "projects_signed_count").values)).toEqual([1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 0]);
      expect(Array.from(panel.series(ZONE, "projects_signed_investment").values)).toEqual([5, 12, 12, 12, 12, 12, 12, 12, 12, 12, 22, 0]);
      expect(panel.value(ZONE, "projects_started_count", "2019-01/02")).toBe(1);
    });

    it("projectIndicators(projects, { period: 'ytd', janFeb: 'separate' }) keeps 1—1月", () => {
      const { panel } = projectIndicators(records, opts({ period: "ytd", janFeb: "separate" }));
      expect(panel.periods).toHaveLength(14);
      expect(panel.value(ZONE, "projects_signed_count", "2018-01/01")).toBe(1);
      expect(panel.value(ZONE, "projects_signed_count", "2018-01/02")).toBe(1);
      expect(panel.value(ZONE, "projects_started_count", "2019-01/01")).toBe(0);
      expect(panel.value(ZONE, "projects_started_count", "2019-01/02")).toBe(1);
    });
  });

  describe("the Jinan new-materials park: 24 projects signed in 2017, 45.51亿元 domestic and 2610万美元 foreign", () => {
    // 23 domestic projects (invented sizes: 22 × 2 + 1.51 = 45.51) and one foreign one.
    const JINAN: readonly ProjectRecord[] = Object.freeze([
      ...Array.from({ length: 23 }, (_, k) => Object.freeze({ name: `内资项目${k + 1}`, stage: "签约" as const, investment: k < 22 ? 2 : 1.51, source: "内资" as const, period: "2017" })),
      Object.freeze({ name: "外资项目", stage: "签约" as const, investment: 2610, unit: "万美元", source: "外资" as const, period: "2017" }),
    ]);

    it("projectIndicators(projects, { fx }) converts 2610万美元 at 6.6174 to 1.7271414亿元", () => {
      const { panel } = projectIndicators(JINAN, { entity: "jinan-materials", period: "year", fx: { USD: 6.6174 } });
      const v = (id: string) => panel.value("jinan-materials", id, "2017");
      expect(v("projects_signed_count")).toBe(24);
      expect(v("projects_signed_domestic_investment")).toBe(45.51);
      expect(v("projects_signed_foreign_investment")).toBe(1.7271414);
      expect(v("projects_signed_investment")).toBe(47.2371414);
    });

    it("projectIndicators(projects) without fx for a USD project throws E_UNIT_MISMATCH naming the project and what to pass", () => {
      for (const mode of ["strict", "lenient"] as const) {
        const e = errorOf(() => projectIndicators(JINAN, { entity: "jinan-materials", period: "year", mode }));
        expect([e.code, e.row, e.field, e.value]).toEqual(["E_UNIT_MISMATCH", 24, "unit", "万美元"]);
        expect(e.message).toContain("外资项目");
        expect(e.message).toContain("fx: { USD:");
      }
    });

    it("projectIndicators(projects, { period: 'month' }) reports records known only by year as too coarse", () => {
      const e = errorOf(() => projectIndicators(JINAN, { entity: "jinan-materials", fx: { USD: 6.6174 } }));
      expect(e.code).toBe("E_LOAD");
      expect(e.issues).toHaveLength(24);
      expect(e.issues.every((i) => i.field === "period" && i.code === "E_INVALID_INPUT")).toBe(true);
    });
  });

  it("projectIndicators(projects) converts other money units and reads every spelling of stage, source and 500强", () => {
    const { panel } = projectIndicators(
      [
        { name: "甲", stage: "operating", investment: 20000, unit: "万元", source: "domestic", top500: "中国500强", date: "2018-06-01" },
        { name: "乙", stage: "投产", investment: 5, unit: "亿美元", source: "foreign", top500: "世界500强", date: "2018-06-30" },
        { name: "丙", stage: "投产", investment: 0.5, unit: "亿美元", top500: "world", date: "2018年6月5日" },
      ],
      opts({ fx: { USD: 6.6174 } }),
    );
    const v = (id: string) => panel.value(ZONE, id, "2018-06");
    expect(v("projects_operating_count")).toBe(3);
    expect(v("projects_operating_domestic_investment")).toBe(2);
    expect(v("projects_operating_foreign_investment")).toBe(33.087);
    expect(v("projects_operating_investment")).toBe(38.3957); // 2 + 33.087 + 3.3087
    expect(v("projects_operating_tier30_count")).toBe(1);
    expect(v("projects_operating_world500_count")).toBe(2);
    expect(v("projects_operating_china500_count")).toBe(1);
  });

  it("projectIndicators(projects) reads a Date in Beijing time", () => {
    const { panel } = projectIndicators(
      [
        { name: "甲", stage: "签约", investment: 1, date: new Date("2017-09-21T16:30:00Z") }, // 2017-09-22 00:30 in Beijing
        { name: "乙", stage: "签约", investment: 1, date: new Date("2017-09-30T17:00:00Z") }, // 2017-10-01 01:00 in Beijing
      ],
      opts(),
    );
    expect(Array.from(panel.series(ZONE, "projects_signed_count").values)).toEqual([1, 1]);
    expect(panel.periods.map((p) => periodKey(p))).toEqual(["2017-09", "2017-10"]);
  });

  it("projectIndicators(projects, { entities }) keeps entities apart and resolves their names", () => {
    const entities = createEntities([{ id: "jining-hitech", name: "济宁高新区" }, { id: "park-huanghe", name: "黄河新区", parent: "jining-hitech" }]);
    const { rows, panel } = projectIndicators(
      [
        { name: "甲", stage: "签约", investment: 60, date: "2018-03-01" },
        { name: "乙", stage: "签约", investment: 30, date: "2018-03-09", entity: "黄河新区" },
        { name: "甲", stage: "签约", investment: 60, date: "2018-03-01", entity: "park-huanghe" }, // the same name in another entity is another project
      ],
      { entity: "济宁高新区", entities },
    );
    expect(panel.entities).toEqual(["jining-hitech", "park-huanghe"]);
    expect(panel.entitySet).toBe(entities);
    expect(panel.value("jining-hitech", "projects_signed_investment", "2018-03")).toBe(60);
    expect(panel.value("黄河新区", "projects_signed_investment", "2018-03")).toBe(90);
    expect(panel.value("黄河新区", "projects_signed_tier50_count", "2018-03")).toBe(1);
    expect(rows).toHaveLength(2 * 27);
  });

  it("projectIndicators(projects, { tiers }) counts the tiers asked for, inclusive", () => {
    const { panel, indicators } = projectIndicators(SIGNED, opts({ tiers: [100, 5, 30, 5] }));
    expect(indicators.list.filter((i) => i.id.startsWith("projects_signed_tier")).map((i) => i.id)).toEqual([
      "projects_signed_tier5_count",
      "projects_signed_tier30_count",
      "projects_signed_tier100_count",
    ]);
    expect(panel.value(ZONE, "签约5亿元以上项目数", "2017-09")).toBe(6);
    expect(panel.indicators).not.toContain("projects_signed_tier50_count");
  });

  describe("bad records", () => {
    const good = { name: "好项目", stage: "签约" as const, investment: 10, date: "2018-05-01" };
    const records = [
      good, // 1
      null, // 2
      { ...good, name: " " }, // 3
      { ...good, name: "洽谈项目", stage: "洽谈" }, // 4
      { ...good, name: "无阶段", stage: undefined }, // 5
      { ...good, name: "文本投资", investment: "197" }, // 6
      { ...good, name: "NaN投资", investment: NaN }, // 7
      { ...good, name: "负投资", investment: -5 }, // 8
      { ...good, name: "无投资", investment: undefined }, // 9
      { ...good, name: "欧元项目", unit: "万欧元" }, // 10
      { ...good, name: "亩项目", unit: "亩" }, // 11
      { ...good, name: "坏日期", date: "2018-13-45" }, // 12
      { name: "坏时期", stage: "签约", investment: 1, period: "sometime" }, // 13
      { name: "无日期", stage: "签约", investment: 1 }, // 14
      { ...good, name: "日期不在时期内", period: "2018-06" }, // 15
      { name: "只知季度", stage: "签约", investment: 1, period: "2018-Q2" }, // 16
      { ...good, name: "合资项目", source: "合资" }, // 17
      { ...good, name: "500强?", top500: "yes" }, // 18
      { ...good, name: "无主项目", entity: " " }, // 19
      { ...good }, // 20: the same project at the same stage as record 1
      { name: 5, stage: "x", investment: "a", date: 3 }, // 21
      { ...good, name: "原型", stage: "constructor", source: "toString", top500: "__proto__" }, // 22
    ] as unknown as ProjectRecord[];
    const expected = [
      [2, "record", "E_INVALID_INPUT"],
      [3, "name", "E_MISSING_FIELD"],
      [4, "stage", "E_INVALID_INPUT"],
      [5, "stage", "E_MISSING_FIELD"],
      [6, "investment", "E_VALUE_PARSE"],
      [7, "investment", "E_VALUE_PARSE"],
      [8, "investment", "E_VALUE_PARSE"],
      [9, "investment", "E_MISSING_FIELD"],
      [10, "unit", "E_UNKNOWN_UNIT"],
      [11, "unit", "E_UNIT_MISMATCH"],
      [12, "date", "E_PERIOD_PARSE"],
      [13, "period", "E_PERIOD_PARSE"],
      [14, "date", "E_MISSING_FIELD"],
      [15, "period", "E_INVALID_INPUT"],
      [16, "period", "E_INVALID_INPUT"],
      [17, "source", "E_INVALID_INPUT"],
      [18, "top500", "E_INVALID_INPUT"],
      [19, "entity", "E_MISSING_FIELD"],
      [20, "name", "E_DUPLICATE_KEY"],
      [21, "name", "E_MISSING_FIELD"],
      [21, "stage", "E_INVALID_INPUT"],
      [21, "investment", "E_VALUE_PARSE"],
      [21, "date", "E_PERIOD_PARSE"],
      [22, "stage", "E_INVALID_INPUT"],
      [22, "source", "E_INVALID_INPUT"],
      [22, "top500", "E_INVALID_INPUT"],
    ];

    it("projectIndicators(projects) throws one E_LOAD listing every bad record with its 1-based index and field", () => {
      const e = errorOf(() => projectIndicators(records, opts()));
      expect(e.code).toBe("E_LOAD");
      expect(e.issues.map((i) => [i.row, i.field, i.code])).toEqual(expected);
      expect(e.message).toMatch(/^projectIndicators: 26 problems/);
      expect(e.message).toContain('row 4, field "stage": project "洽谈项目": stage must be 签约, 开工 or 投产');
      expect(e.issues.find((i) => i.row === 20)?.message).toContain("record 1");
    });

    it("projectIndicators(projects, { mode: 'lenient' }) computes from the valid records and returns the issues", () => {
      const { panel, issues } = projectIndicators(records, opts({ mode: "lenient" }));
      expect(issues.map((i) => [i.row, i.field, i.code])).toEqual(expected);
      expect(panel.periods.map((p) => periodKey(p))).toEqual(["2018-05"]);
      expect(panel.value(ZONE, "projects_signed_count", "2018-05")).toBe(1);
      expect(panel.value(ZONE, "projects_signed_investment", "2018-05")).toBe(10);
    });

    it("projectIndicators(projects) without an entity anywhere reports each record", () => {
      const e = errorOf(() => projectIndicators([good, { ...good, name: "另一个" }]));
      expect(e.issues.map((i) => [i.row, i.field, i.code])).toEqual([
        [1, "entity", "E_MISSING_FIELD"],
        [2, "entity", "E_MISSING_FIELD"],
      ]);
      expect(e.issues[0].message).toContain("{ entity }");
    });

    it("projectIndicators(projects, { entities }) reports an unknown entity", () => {
      const entities = createEntities([{ id: "jining-hitech", name: "济宁高新区" }]);
      const e = errorOf(() => projectIndicators([good, { ...good, name: "乙", entity: "潍坊高新区" }], { entity: "济宁高新区", entities }));
      expect(e.issues.map((i) => [i.row, i.field, i.code, i.value])).toEqual([[2, "entity", "E_UNKNOWN_ENTITY", "潍坊高新区"]]);
    });
  });

  it("projectIndicators([]) is empty", () => {
    const result = projectIndicators([], opts());
    expect(result.rows).toEqual([]);
    expect(result.panel.size).toBe(0);
    expect(result.issues).toEqual([]);
    expect(result.indicators.list).toHaveLength(27);
  });

  it("projectIndicators(projects) does not modify frozen records", () => {
    const records = Object.freeze([...SIGNED, ...STARTED]);
    const before = JSON.stringify(records);
    projectIndicators(records, Object.freeze(opts({ period: "ytd", tiers: Object.freeze([30, 50, 100]) })));
    expect(JSON.stringify(records)).toBe(before);
  });

  it("projectIndicators(projects, options) checks its options", () => {
    expect(() => projectIndicators(5 as unknown as ProjectRecord[])).toThrow(TypeError);
    expect(() => projectIndicators(SIGNED, opts({ period: "week" as "month" }))).toThrow(/period must be one of/);
    expect(() => projectIndicators(SIGNED, opts({ mode: "loose" as "strict" }))).toThrow(TypeError);
    expect(() => projectIndicators(SIGNED, opts({ tiers: [0] }))).toThrow(RangeError);
    expect(() => projectIndicators(SIGNED, opts({ tiers: "30" as unknown as number[] }))).toThrow(TypeError);
  });
});
