import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createEntities, createIndicators, readCsv, readEntitiesCsv, readIndicatorsCsv, type DataIssue, type ReadCsvOptions } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

const indicators = createIndicators(
  Object.freeze([
    Object.freeze({ id: "revenue", name: Object.freeze({ zh: "工业主营业务收入", en: "Industrial revenue" }), unit: "亿元", frequency: "month" as const }),
    Object.freeze({ id: "va", name: "规模以上工业增加值", unit: "亿元", frequency: "month" as const, growth: "published" as const }),
    Object.freeze({ id: "firms", name: "高技术制造业企业数", unit: "家", frequency: "month" as const, accumulation: "stock" as const }),
    Object.freeze({ id: "fdi", name: "实际利用外资", unit: "万美元", frequency: "month" as const }),
  ]),
);
const entities = createEntities(
  Object.freeze([
    Object.freeze({ id: "jining-hitech", name: Object.freeze({ zh: "济宁高新区", en: "Jining High-tech Zone" }) }),
    Object.freeze({ id: "rencheng", name: "任城区" }),
  ]),
);
const defs = Object.freeze({ entities, indicators });
const lenient = (text: string, options: ReadCsvOptions = {}) => readCsv(text, { ...defs, ...options, mode: "lenient" });
const HEAD = "entity,indicator,period,value\n";

/** The one issue of a lenient load of `text`, with the panel and row count. */
function oneIssue(text: string, options: ReadCsvOptions = {}): { issue: DataIssue; size: number; rows: number } {
  const { panel, issues, rows } = lenient(text, options);
  expect(issues).toHaveLength(1);
  // The same file in strict mode throws one E_LOAD error carrying that issue.
  const err = caught(() => readCsv(text, { ...defs, ...options }));
  expect(err.code).toBe("E_LOAD");
  expect(err.issues).toEqual(issues);
  return { issue: issues[0], size: panel.size, rows };
}

describe("readCsv: bad input", () => {
  it("readCsv(text) reports an unknown entity with its row and field", () => {
    const { issue, size, rows } = oneIssue(HEAD + "jining-hitech,revenue,2018-01/07,693.46\n泰安高新区,revenue,2018-01/07,500\n");
    expect(issue).toMatchObject({ code: "E_UNKNOWN_ENTITY", row: 3, field: "entity", value: "泰安高新区" });
    expect(issue.message).toMatch(/泰安高新区/);
    expect(issue.message).toMatch(/add it to the entities or correct the name/);
    expect([size, rows]).toEqual([1, 2]);
  });

  it("readCsv(text) reports an unknown indicator with its row and field", () => {
    const { issue, size } = oneIssue(HEAD + "jining-hitech,工业总产值,2018-01/07,693.46\njining-hitech,revenue,2018-01/07,693.46\n");
    expect(issue).toMatchObject({ code: "E_UNKNOWN_INDICATOR", row: 2, field: "indicator", value: "工业总产值" });
    expect(issue.message).toMatch(/add it to the indicators or correct the name/);
    expect(size).toBe(1);
  });

  it("readCsv(text) reports an unparseable period with its row and field", () => {
    const { issue } = oneIssue(HEAD + "jining-hitech,revenue,2018年上旬,693.46\n");
    expect(issue).toMatchObject({ code: "E_PERIOD_PARSE", row: 2, field: "period", value: "2018年上旬" });
    expect(issue.message).toMatch(/Write it like 2018.*2018年1—7月/);
    // A range that does not start in January is not a year-to-date period.
    expect(oneIssue(HEAD + "jining-hitech,revenue,2018年3—7月,693.46\n").issue).toMatchObject({ code: "E_PERIOD_PARSE", row: 2, field: "period" });
  });

  it("readCsv(text) reports an empty period with its row and field", () => {
    const { issue, size } = oneIssue(HEAD + "jining-hitech,revenue,2018-01/07,693.46\nrencheng,revenue,,729.97\n");
    expect(issue).toMatchObject({ code: "E_MISSING_FIELD", row: 3, field: "period", value: "" });
    expect(issue.message).toMatch(/the period is empty: fill it in/);
    expect(size).toBe(1);
  });

  it("readCsv(text) reports an empty entity or indicator with its row and field", () => {
    const e = oneIssue(HEAD + ",revenue,2018-01/07,1\n").issue;
    expect(e).toMatchObject({ code: "E_MISSING_FIELD", row: 2, field: "entity" });
    expect(e.message).toMatch(/the entity is empty: fill it in/);
    const i = oneIssue(HEAD + "rencheng,  ,2018-01/07,1\n").issue;
    expect(i).toMatchObject({ code: "E_MISSING_FIELD", row: 2, field: "indicator" });
    expect(i.message).toMatch(/the indicator is empty: fill it in/);
  });

  it("readCsv(text) reports a non-numeric value with its row and field", () => {
    const { issue, size, rows } = oneIssue(HEAD + "jining-hitech,revenue,2018-01/07,693.46\nrencheng,revenue,2018-01/07,约700\n");
    expect(issue).toMatchObject({ code: "E_VALUE_PARSE", row: 3, field: "value", value: "约700" });
    expect(issue.message).toMatch(/"约700" is not a number/);
    expect(issue.message).toMatch(/leave the cell empty for a missing value/);
    expect([size, rows]).toEqual([1, 2]);
  });

  it("readCsv(text) reports a non-numeric growth with its row and field", () => {
    const { issue, size } = oneIssue("entity,indicator,period,value,growth\njining-hitech,va,2018-01/07,158.68,七点三\n");
    expect(issue).toMatchObject({ code: "E_VALUE_PARSE", row: 2, field: "growth", value: "七点三" });
    expect(size).toBe(0);
  });

  it("readCsv(text) keeps the first of two rows with the same key and reports the later one with both row numbers", () => {
    const text = HEAD + "jining-hitech,revenue,2018-01/07,693.46\nrencheng,revenue,2018-01/07,729.97\n济宁高新区,工业主营业务收入,2018年1—7月,700\n";
    const { panel, issues, rows } = lenient(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_DUPLICATE_KEY", row: 4, field: "key" });
    expect(issues[0].message).toMatch(/row 2 already has it/);
    expect(issues[0].message).toMatch(/remove one of the two/);
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
    expect([panel.size, rows]).toEqual([2, 3]);
    const err = caught(() => readCsv(text, defs));
    expect(err.code).toBe("E_LOAD");
    expect(err.message).toMatch(/row 4, field "key": duplicate observation jining-hitech × revenue × 2018-01\/07: row 2 already has it/);
  });

  it("readCsv(text) converts a value in a compatible unit to the indicator's unit", () => {
    const { panel, issues } = lenient("entity,indicator,period,value,unit\njining-hitech,revenue,2018-01/07,12470,万元\nrencheng,revenue,2018-01/07,1.5,亿元\njining-hitech,fdi,2018-01/07,1.42258,亿美元\n");
    expect(issues).toEqual([]);
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(1.247);
    expect(panel.value("rencheng", "revenue", "2018-01/07")).toBe(1.5);
    expect(panel.value("jining-hitech", "fdi", "2018-01/07")).toBe(14225.8);
  });

  it("readCsv(text) reports a value in an incompatible unit with its row and field", () => {
    const { issue, size } = oneIssue("entity,indicator,period,value,unit\njining-hitech,revenue,2018-01/07,32,家\njining-hitech,fdi,2018-01/07,1.4,亿元\n".split("\n").slice(0, 2).join("\n"));
    expect(issue).toMatchObject({ code: "E_UNIT_MISMATCH", row: 2, field: "unit", value: "家" });
    expect(issue.message).toMatch(/家 does not match revenue's unit 亿元/);
    expect(issue.message).toMatch(/write the value in 亿元/);
    expect(size).toBe(0);
    // Money in another currency is incompatible without an exchange rate.
    expect(oneIssue("entity,indicator,period,value,unit\njining-hitech,fdi,2018-01/07,1.4,亿元\n").issue).toMatchObject({ code: "E_UNIT_MISMATCH", row: 2, field: "unit", value: "亿元" });
  });

  it("readCsv(text) reports an unknown unit with its row and field, even when the value is empty", () => {
    const { issue } = oneIssue("entity,indicator,period,value,unit\njining-hitech,revenue,2018-01/07,693.46,亿圆\n");
    expect(issue).toMatchObject({ code: "E_UNKNOWN_UNIT", row: 2, field: "unit", value: "亿圆" });
    expect(issue.message).toMatch(/defineUnit/);
    expect(oneIssue("entity,indicator,period,value,unit\njining-hitech,revenue,2018-01/07,,亿圆\n").issue).toMatchObject({ code: "E_UNKNOWN_UNIT", row: 2, field: "unit" });
  });

  it("readCsv(text) throws E_LOAD with E_MISSING_COLUMN for a missing column, and lenient mode returns an empty panel and the issue", () => {
    const text = "entity,indicator,period\njining-hitech,revenue,2018-01/07\n";
    const err = caught(() => readCsv(text, defs));
    expect(err.code).toBe("E_LOAD");
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatchObject({ code: "E_MISSING_COLUMN", row: 1, field: "value" });
    expect(err.issues[0].message).toMatch(/name it "value" or "数值", or pass columns: \{ value: "<header>" \}/);
    const { panel, issues, rows } = lenient(text);
    expect(panel.size).toBe(0);
    expect(issues).toEqual(err.issues);
    expect(rows).toBe(0);
  });

  it("readCsv(text) reports each missing key column with how to supply it", () => {
    const { issues } = lenient("value\n1\n");
    expect(issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_MISSING_COLUMN", 1, "entity"],
      ["E_MISSING_COLUMN", 1, "indicator"],
      ["E_MISSING_COLUMN", 1, "period"],
    ]);
    expect(issues[2].message).toMatch(/pass columns: \{ period: "<header>" \}, or pass a fixed period/);
    expect(lenient("").issues.map((i) => i.field)).toEqual(["entity", "indicator", "period", "value"]);
  });

  it("readCsv(text, { columns }) reports a mapped column that is not in the header", () => {
    const { issues } = lenient(HEAD + "a,revenue,2018,1\n", { columns: { entity: "县市区" } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_MISSING_COLUMN", row: 1, field: "县市区" });
    expect(issues[0].message).toMatch(/columns\.entity/);
  });

  it("readCsv(text) reports a row with more cells than the header", () => {
    const { issue, size, rows } = oneIssue(HEAD + "jining-hitech,revenue,2018-01/07,1,234.5\nrencheng,revenue,2018-01/07,\"1,234.5\"\n");
    expect(issue).toMatchObject({ code: "E_INVALID_INPUT", row: 2, field: undefined, value: 5 });
    expect(issue.message).toMatch(/row has 5 cells but the header has 4: check for an unquoted comma/);
    expect([size, rows]).toEqual([1, 2]);
  });

  it("readCsv(text) reports an unknown flag with its row and field", () => {
    const { issue, size } = oneIssue("entity,indicator,period,value,flag\njining-hitech,revenue,2018-01/07,693.46,guessed\nrencheng,revenue,2018-01/07,729.97,estimated\n");
    expect(issue).toMatchObject({ code: "E_INVALID_INPUT", row: 2, field: "flag", value: "guessed" });
    expect(issue.message).toMatch(/use estimated \(估计\), revised \(修订\) or preliminary \(初步核算\)/);
    expect(size).toBe(1);
  });

  it("readCsv(text) reads flags in English and Chinese, several to a cell", () => {
    const { panel, issues } = lenient("entity,indicator,period,value,flags\na,x,2017,1,estimated;revised\na,x,2018,2,修订、初步核算\na,x,2016,3,\n", { entities: undefined, indicators: undefined });
    expect(issues).toEqual([]);
    expect(panel.get("a", "x", "2017")?.flags).toEqual(["estimated", "revised"]);
    expect(panel.get("a", "x", "2018")?.flags).toEqual(["revised", "preliminary"]);
    expect(panel.get("a", "x", "2016")?.flags).toEqual([]);
  });

  it("readCsv(text) in strict mode throws one E_LOAD error listing every problem in row order, and loads nothing", () => {
    const text =
      "entity,indicator,period,value,flag\n" +
      "jining-hitech,revenue,2018-01/07,693.46,\n" + // 2: fine
      "jining-hitech,revenue,2018-01/07,700,\n" + // 3: duplicate of row 2
      "泰安高新区,revenue,2018-01/07,500,\n" + // 4: unknown entity
      "rencheng,工业总产值,2018-01/07,1,\n" + // 5: unknown indicator
      "rencheng,revenue,someday,1,\n" + // 6: bad period
      "rencheng,revenue,2018-01/07,abc,\n" + // 7: not a number
      "rencheng,firms,2018-01/07,9,maybe\n" + // 8: unknown flag
      "rencheng,va,2018-01/07,1,2,3\n"; // 9: too many cells
    const err = caught(() => readCsv(text, defs));
    expect(err.code).toBe("E_LOAD");
    expect(err.issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_DUPLICATE_KEY", 3, "key"],
      ["E_UNKNOWN_ENTITY", 4, "entity"],
      ["E_UNKNOWN_INDICATOR", 5, "indicator"],
      ["E_PERIOD_PARSE", 6, "period"],
      ["E_VALUE_PARSE", 7, "value"],
      ["E_INVALID_INPUT", 8, "flag"],
      ["E_INVALID_INPUT", 9, undefined],
    ]);
    expect(err.message).toMatch(/^readCsv: 7 problems in the input; nothing was loaded\./);
    expect(err.message).toMatch(/pass \{ mode: "lenient" \}/);
    expect(err.message).toMatch(/row 4, field "entity": unknown entity "泰安高新区"/);
  });

  it("readCsv(text) lists every problem of a row, not only the first", () => {
    const { issues, panel } = lenient("entity,indicator,period,value,flag\n泰安高新区,工业总产值,someday,abc,maybe\n");
    expect(issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_UNKNOWN_ENTITY", 2, "entity"],
      ["E_PERIOD_PARSE", 2, "period"],
      ["E_INVALID_INPUT", 2, "flag"],
      ["E_UNKNOWN_INDICATOR", 2, "indicator"],
      ["E_VALUE_PARSE", 2, "value"],
    ]);
    expect(panel.size).toBe(0);
  });

  it("readCsv(text) in lenient mode loads the valid rows and returns the problems; no row vanishes silently", () => {
    const text =
      HEAD +
      "jining-hitech,revenue,2018-01/07,693.46\n" + // 2 ok
      "泰安高新区,revenue,2018-01/07,500\n" + // 3 bad
      "\n" + // blank line: not a data row
      "rencheng,revenue,2018-01/07,729.97\n" + // 5 ok
      "rencheng,revenue,2018-01/07,1\n" + // 6 duplicate
      "rencheng,va,2018-01/07,\n" + // 7 ok (missing value)
      "rencheng,fdi,2018,12083.2\n" + // 8 ok
      "rencheng,fdi,2017,x\n"; // 9 bad
    const { panel, issues, rows } = lenient(text);
    expect(issues.map((i) => i.row)).toEqual([3, 6, 9]);
    expect(panel.size).toBe(4);
    expect(rows).toBe(7);
    expect(panel.size + new Set(issues.map((i) => i.row)).size).toBe(rows);
    expect(panel.value("rencheng", "revenue", "2018-01/07")).toBe(729.97);
  });

  it("readCsv(text) reads empty cells as missing values (NaN, not 0) and keeps the row", () => {
    const { panel, issues } = lenient("entity,indicator,period,value,growth\njining-hitech,va,2018-01/07,,7.3\nrencheng,va,2018-01/07,147.2,\nrencheng,revenue,2018-01/07,,\nrencheng,firms,2018-01/07,—,\n");
    expect(issues).toEqual([]);
    expect(panel.size).toBe(4);
    expect(panel.value("jining-hitech", "va", "2018-01/07")).toBeNaN();
    expect(panel.growth("jining-hitech", "va", "2018-01/07")).toBe(0.073);
    expect(panel.value("rencheng", "va", "2018-01/07")).toBe(147.2);
    expect(panel.growth("rencheng", "va", "2018-01/07")).toBeNaN();
    expect(panel.get("rencheng", "revenue", "2018-01/07")).toBeDefined();
    expect(panel.value("rencheng", "revenue", "2018-01/07")).toBeNaN();
    expect(panel.value("rencheng", "firms", "2018-01/07")).toBeNaN();
  });

  it("readCsv(text) rejects a non-string text with a TypeError", () => {
    expect(() => readCsv(42 as unknown as string)).toThrow(TypeError);
  });

  it("readCsv(text, options) rejects an unknown mode, format or rates with a TypeError", () => {
    expect(() => readCsv(HEAD, { mode: "loose" as never })).toThrow(TypeError);
    expect(() => readCsv(HEAD, { format: "tall" as never })).toThrow(TypeError);
    expect(() => readCsv(HEAD, { rates: "percentage" as never })).toThrow(TypeError);
  });
});

describe("readCsv: layouts and options", () => {
  it("readCsv(text) reads Chinese headers without a mapping", () => {
    const { panel, issues } = readCsv('单位,指标,时期,数值,增速(%)\n济宁高新区,工业主营业务收入,2018年1—7月,"1,234.5",13.9\n', { mode: "lenient" });
    expect(issues).toEqual([]);
    expect(panel.value("济宁高新区", "工业主营业务收入", "2018-01/07")).toBe(1234.5);
    expect(panel.growth("济宁高新区", "工业主营业务收入", "2018-01/07")).toBe(0.139);
  });

  it("readCsv(text) without definitions keeps entity and indicator text as ids", () => {
    const { panel } = readCsv(HEAD + "jining-hitech,revenue,2018-01/07,693.46\n泰安高新区,工业总产值,2018,1\n");
    expect(panel.entities).toEqual(["jining-hitech", "泰安高新区"]);
    expect(panel.indicators).toEqual(["revenue", "工业总产值"]);
    expect(panel.entitySet).toBeUndefined();
  });

  it("readCsv(text, { entities, indicators }) resolves names to ids and attaches the definitions", () => {
    const { panel } = readCsv(HEAD + "济宁高新区,工业主营业务收入,2018年1—7月,693.46\nJining High-tech Zone,Industrial revenue,2017年1—7月,608.83\nrencheng,revenue,2018-01/07,729.97\n", defs);
    expect(panel.entities).toEqual(["jining-hitech", "rencheng"]);
    expect(panel.indicators).toEqual(["revenue"]);
    expect(panel.value("jining-hitech", "revenue", "2017-01/07")).toBe(608.83);
    expect(panel.entitySet).toBe(entities);
    expect(panel.indicatorSet).toBe(indicators);
  });

  it("readCsv(text, { columns }) reads the columns named in the mapping", () => {
    const text = "县市区,项目,报告期,1-7月累计,比上年增减\n济宁高新区,工业主营业务收入,2018年1—7月,693.46,13.9\n";
    const columns = Object.freeze({ entity: "县市区", indicator: "项目", period: "报告期", value: "1-7月累计", growth: "比上年增减" });
    const { panel, issues } = readCsv(text, { ...defs, columns, mode: "lenient" });
    expect(issues).toEqual([]);
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
    expect(panel.growth("jining-hitech", "revenue", "2018-01/07")).toBe(0.139);
    expect(columns).toEqual({ entity: "县市区", indicator: "项目", period: "报告期", value: "1-7月累计", growth: "比上年增减" });
  });

  it("readCsv(text, { indicator, period }) reads a file without indicator and period columns", () => {
    const { panel } = readCsv("单位,数值\n济宁高新区,693.46\n任城区,729.97\n", { ...defs, indicator: "工业主营业务收入", period: "2018年1—7月" });
    expect(panel.size).toBe(2);
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
    expect(panel.value("rencheng", "revenue", "2018-01/07")).toBe(729.97);
  });

  it("readCsv(text, { entity }) reads a file without an entity column", () => {
    const { panel } = readCsv("indicator,period,value\nrevenue,2018-01/07,693.46\nrevenue,2017-01/07,608.83\n", { ...defs, entity: "济宁高新区" });
    expect(Array.from(panel.series("jining-hitech", "revenue").values)).toEqual([608.83, 693.46]);
  });

  it("readCsv(text, { indicator }) reports an unknown fixed indicator on every row", () => {
    const { issues } = lenient("单位,数值\n济宁高新区,1\n任城区,2\n", { indicator: "工业总产值", period: "2018" });
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ["E_UNKNOWN_INDICATOR", 2],
      ["E_UNKNOWN_INDICATOR", 3],
    ]);
  });

  it("readCsv(text) reads growth without a % sign as percent; { rates: \"fraction\" } as a fraction", () => {
    const text = "entity,indicator,period,growth\na,x,2018,7.3\na,x,2017,0.073\n";
    const percent = readCsv(text).panel;
    expect(percent.growth("a", "x", "2018")).toBe(0.073);
    expect(percent.growth("a", "x", "2017")).toBe(0.00073);
    const fraction = readCsv(text, { rates: "fraction" }).panel;
    expect(fraction.growth("a", "x", "2018")).toBe(7.3);
    expect(fraction.growth("a", "x", "2017")).toBe(0.073);
  });

  it("readCsv(text) reads \"7.3%\" in a growth column as 0.073 whatever the rates option", () => {
    const text = "entity,indicator,period,growth\na,x,2018,7.3%\na,x,2017,-2.1％\n";
    for (const rates of [undefined, "percent", "fraction"] as const) {
      const { panel } = readCsv(text, { rates });
      expect(panel.growth("a", "x", "2018")).toBe(0.073);
      expect(panel.growth("a", "x", "2017")).toBe(-0.021);
    }
    // A header marked "(%)" holds percentages even with rates: "fraction".
    expect(readCsv("entity,indicator,period,增速(%)\na,x,2018,7.3\n", { rates: "fraction" }).panel.growth("a", "x", "2018")).toBe(0.073);
  });

  it("readCsv(text) reads values written the way Chinese tables write them", () => {
    const { panel } = readCsv('entity,indicator,period,value\na,x,2014,"1,234.5"\na,x,2015,－3.2\na,x,2016,１２\na,x,2017,7.3%\na,x,2018, 12 \n');
    expect(Array.from(panel.series("a", "x").values)).toEqual([1234.5, -3.2, 12, 0.073, 12]);
  });

  it("readCsv(text) ignores a byte-order mark", () => {
    const { panel, issues } = readCsv("\uFEFF" + HEAD + "jining-hitech,revenue,2018-01/07,693.46\n", { ...defs, mode: "lenient" });
    expect(issues).toEqual([]);
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
  });

  it("readCsv(text) reads CRLF line ends and skips blank lines", () => {
    const { panel, rows } = readCsv("entity,indicator,period,value\r\na,x,2018,1\r\n\r\na,x,2017,2\r\n");
    expect([panel.size, rows]).toEqual([2, 2]);
    expect(panel.value("a", "x", "2017")).toBe(2);
  });

  it("readCsv(text, { delimiter }) reads tab-separated values", () => {
    const { panel } = readCsv("单位\t指标\t时期\t数值\n济宁高新区\t工业主营业务收入\t2018年1—7月\t1,234.5\n", { ...defs, delimiter: "\t" });
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(1234.5);
    expect(readCsv("entity;indicator;period;value\na;x;2018;1,5\n", { delimiter: ";", mode: "lenient" }).issues[0]).toMatchObject({ code: "E_VALUE_PARSE", field: "value", value: "1,5" });
  });

  it("readCsv(text, options) does not mutate the options or the definitions", () => {
    const options = Object.freeze({ ...defs, columns: Object.freeze({ value: "数值" }), mode: "lenient" as const });
    readCsv("entity,indicator,period,数值\njining-hitech,revenue,2018,1\n", options);
    expect(Object.keys(options)).toEqual(["entities", "indicators", "columns", "mode"]);
    expect(entities.list).toHaveLength(2);
    expect(indicators.list).toHaveLength(4);
  });
});

describe("readCsv: wide format", () => {
  const WIDE =
    "单位,时期,规模以上工业增加值增速(%),工业主营业务收入(亿元),高技术制造业企业数(家),实际利用外资(万美元)\n" +
    "济宁高新区,2018年1—7月,7.3,693.46,32,14225.8\n" +
    "任城区,2018年1—7月,5.5,729.97,9,\n";

  it("readCsv(text, { format: \"wide\" }) reads columns that are indicators, resolved through their names, units and 增速 suffixes", () => {
    const { panel, issues, rows } = readCsv(WIDE, { ...defs, format: "wide", mode: "lenient" });
    expect(issues).toEqual([]);
    expect(rows).toBe(2);
    expect(panel.size).toBe(8);
    expect(panel.growth("jining-hitech", "va", "2018-01/07")).toBe(0.073);
    expect(panel.value("jining-hitech", "va", "2018-01/07")).toBeNaN();
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
    expect(panel.value("jining-hitech", "firms", "2018-01/07")).toBe(32);
    expect(panel.value("jining-hitech", "fdi", "2018-01/07")).toBe(14225.8);
    expect(panel.growth("rencheng", "va", "2018-01/07")).toBe(0.055);
    expect(panel.value("rencheng", "revenue", "2018-01/07")).toBe(729.97);
    expect(panel.value("rencheng", "fdi", "2018-01/07")).toBeNaN();
    expect(panel.get("rencheng", "fdi", "2018-01/07")).toBeDefined();
  });

  it("readCsv(text, { format: \"wide\", measures }) reads the columns as mapped, converting units", () => {
    const text = "县市区,工业增加值增长,主营收入（万元）,备注\n济宁高新区,7.3,6934600,\n";
    const measures = Object.freeze({
      工业增加值增长: Object.freeze({ indicator: "va", field: "growth" as const }),
      "主营收入（万元）": "工业主营业务收入",
      备注: Object.freeze({ indicator: "firms", unit: "家" }),
    });
    const { panel, issues } = readCsv(text, { ...defs, format: "wide", columns: { entity: "县市区" }, period: "2018-01/07", measures, mode: "lenient" });
    expect(issues).toEqual([]);
    expect(panel.growth("jining-hitech", "va", "2018-01/07")).toBe(0.073);
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
    expect(panel.value("jining-hitech", "firms", "2018-01/07")).toBeNaN();
  });

  it("readCsv(text, { format: \"wide\" }) detects columns that are periods", () => {
    const text = "单位,指标,2016,2017,2018\n济宁高新区,工业主营业务收入,900.5,\"1,010.25\",1180\n任城区,工业主营业务收入,1000,1100,\n";
    const { panel, issues } = readCsv(text, { ...defs, format: "wide", mode: "lenient" });
    expect(issues).toEqual([]);
    expect(panel.size).toBe(6);
    expect(Array.from(panel.series("jining-hitech", "revenue").values)).toEqual([900.5, 1010.25, 1180]);
    expect(Array.from(panel.series("rencheng", "revenue").values)).toEqual([1000, 1100, NaN]);
    // Without definitions too.
    expect(readCsv(text, { format: "wide" }).panel.value("任城区", "工业主营业务收入", "2017")).toBe(1100);
  });

  it("readCsv(text, { format: \"wide\", columnsAre: \"periods\" }) reports a column that is not a period", () => {
    const { issues } = readCsv("单位,指标,2017,明年\n济宁高新区,工业主营业务收入,1,2\n", { ...defs, format: "wide", columnsAre: "periods", mode: "lenient" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_PERIOD_PARSE", row: 1, field: "明年" });
    expect(issues[0].message).toMatch(/columnsAre: "indicators"/);
  });

  it("readCsv(text, { format: \"wide\" }) reports a header whose unit does not match the indicator's unit", () => {
    const text = "单位,时期,工业主营业务收入(家),高技术制造业企业数(家)\n济宁高新区,2018年1—7月,693.46,32\n任城区,2018年1—7月,729.97,9\n";
    const { panel, issues } = readCsv(text, { ...defs, format: "wide", mode: "lenient" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_UNIT_MISMATCH", row: 1, field: "工业主营业务收入(家)", value: "家" });
    expect(issues[0].message).toMatch(/家 does not match revenue's unit 亿元/);
    expect(panel.value("jining-hitech", "firms", "2018-01/07")).toBe(32);
    expect(panel.get("jining-hitech", "revenue", "2018-01/07")).toBeUndefined();
    expect(caught(() => readCsv(text, { ...defs, format: "wide" })).code).toBe("E_LOAD");
  });

  it("readCsv(text, { format: \"wide\" }) converts a header unit compatible with the indicator's", () => {
    const { panel } = readCsv("单位,时期,工业主营业务收入(万元)\n济宁高新区,2018年1—7月,6934600\n", { ...defs, format: "wide" });
    expect(panel.value("jining-hitech", "revenue", "2018-01/07")).toBe(693.46);
  });

  it("readCsv(text, { format: \"wide\" }) reports a header with an unknown unit and loads nothing from that column", () => {
    const { panel, issues } = readCsv("单位,时期,工业主营业务收入(亿圆),高技术制造业企业数\n济宁高新区,2018年1—7月,693.46,32\n", { ...defs, format: "wide", mode: "lenient" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_UNKNOWN_UNIT", row: 1, field: "工业主营业务收入(亿圆)", value: "亿圆" });
    expect(panel.get("jining-hitech", "revenue", "2018-01/07")).toBeUndefined();
    expect(panel.value("jining-hitech", "firms", "2018-01/07")).toBe(32);
  });

  it("readCsv(text, { format: \"wide\" }) reports a header that names no indicator", () => {
    const { issues } = readCsv("单位,时期,工业总产值(亿元)\n济宁高新区,2018年1—7月,1\n", { ...defs, format: "wide", mode: "lenient" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_UNKNOWN_INDICATOR", row: 1, field: "工业总产值(亿元)", value: "工业总产值" });
    expect(issues[0].message).toMatch(/measures: \{ "工业总产值\(亿元\)": "<indicator id>" \}/);
  });

  it("readCsv(text, { format: \"wide\" }) reports a missing period column (columns that are indicators) or indicator column (columns that are periods)", () => {
    const noPeriod = readCsv("单位,工业主营业务收入(亿元)\n济宁高新区,693.46\n", { ...defs, format: "wide", mode: "lenient" });
    expect(noPeriod.issues.map((i) => [i.code, i.row, i.field])).toEqual([["E_MISSING_COLUMN", 1, "period"]]);
    expect(noPeriod.issues[0].message).toMatch(/pass a fixed period/);
    expect(noPeriod.panel.size).toBe(0);
    const noIndicator = readCsv("单位,2017,2018\n济宁高新区,1,2\n", { ...defs, format: "wide", mode: "lenient" });
    expect(noIndicator.issues.map((i) => [i.code, i.row, i.field])).toEqual([["E_MISSING_COLUMN", 1, "indicator"]]);
    expect(noIndicator.issues[0].message).toMatch(/pass a fixed indicator/);
    // With a fixed indicator, it loads.
    expect(readCsv("单位,2017,2018\n济宁高新区,1,2\n", { ...defs, format: "wide", indicator: "revenue" }).panel.value("jining-hitech", "revenue", "2018")).toBe(2);
  });

  it("readCsv(text, { format: \"wide\" }) reports a bad cell and loads the row's other cells", () => {
    const { panel, issues, rows } = readCsv(WIDE.replace("693.46", "n/a?"), { ...defs, format: "wide", mode: "lenient" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_VALUE_PARSE", row: 2, field: "工业主营业务收入(亿元)", value: "n/a?" });
    expect(rows).toBe(2);
    expect(panel.size).toBe(7);
    expect(panel.value("jining-hitech", "firms", "2018-01/07")).toBe(32);
  });
});

describe("readCsv: the demo data", () => {
  const data = (file: string) => readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), "utf8");
  const demoEntities = readEntitiesCsv(data("entities.csv"));
  const demoIndicators = readIndicatorsCsv(data("indicators.csv"));
  const demo = { entities: demoEntities, indicators: demoIndicators };
  const long = readCsv(data("observations.csv"), { ...demo, mode: "lenient" });
  const panel = long.panel;
  const units = demoEntities.members("jining-units").map((e) => e.id);
  const parks = demoEntities.members("jining-hitech-parks").map((e) => e.id);
  const AT = "2018-01/07";
  const BASE = "2017-01/07";
  const ZONE = "jining-hitech";

  /** Rank among `values` (1 = largest): members strictly greater, plus one. */
  const rankOf = (value: number, values: readonly number[]) => values.filter((v) => v > value).length + 1;
  const level = (id: string, indicator: string, period = AT) => panel.value(id, indicator, period);
  const growthFromLevels = (id: string, indicator: string) => level(id, indicator, AT) / level(id, indicator, BASE) - 1;
  const levels = (indicator: string) => units.map((id) => level(id, indicator));
  const growths = (indicator: string) => units.map((id) => growthFromLevels(id, indicator));
  /** Percent rounded to one decimal. */
  const pct1 = (g: number) => Math.round(g * 1000) / 10;

  it("readCsv(demo observations.csv) loads every row without an issue", () => {
    expect(long.issues).toEqual([]);
    expect(long.rows).toBe(2530);
    expect(panel.size).toBe(2530);
    expect(units).toHaveLength(14);
    expect(units).toContain(ZONE);
    expect(parks).toHaveLength(10);
    // Strict mode loads it too.
    expect(readCsv(data("observations.csv"), demo).panel.size).toBe(2530);
  });

  it("readCsv(demo observations.csv) reads the flags", () => {
    expect(panel.get("weishan", "budget_revenue", "2017-01/12")?.flags).toEqual(["revised"]);
    expect(panel.get("park-jiezhuang", "fixed_investment", AT)?.flags).toEqual(["estimated"]);
    let estimated = 0;
    let revised = 0;
    for (const o of panel.toRows()) {
      if (o.flags.includes("estimated")) estimated++;
      if (o.flags.includes("revised")) revised++;
    }
    expect([estimated, revised]).toEqual([3, 3]);
  });

  it("readCsv(demo) matches the report: industrial_va published growth 7.3 %, the highest of the 14", () => {
    expect(panel.growth(ZONE, "industrial_va", AT)).toBe(0.073);
    const gs = units.map((id) => panel.growth(id, "industrial_va", AT));
    expect(gs.every((g) => Number.isFinite(g))).toBe(true);
    expect(rankOf(0.073, gs)).toBe(1);
    expect(gs.filter((g) => g === 0.073)).toHaveLength(1);
  });

  it("readCsv(demo) matches the report: industrial_revenue growth 13.9 %, 6th; level 2nd", () => {
    expect(level(ZONE, "industrial_revenue")).toBe(693.46);
    expect(level(ZONE, "industrial_revenue", BASE)).toBe(608.83);
    const g = growthFromLevels(ZONE, "industrial_revenue");
    expect(pct1(g)).toBe(13.9);
    expect(rankOf(g, growths("industrial_revenue"))).toBe(6);
    expect(rankOf(level(ZONE, "industrial_revenue"), levels("industrial_revenue"))).toBe(2);
  });

  it("readCsv(demo) matches the report: budget_revenue growth 6.3 %; level 4th, growth 10th", () => {
    const g = growthFromLevels(ZONE, "budget_revenue");
    expect(pct1(g)).toBe(6.3);
    expect(rankOf(level(ZONE, "budget_revenue"), levels("budget_revenue"))).toBe(4);
    expect(rankOf(g, growths("budget_revenue"))).toBe(10);
  });

  it("readCsv(demo) matches the report: fixed_investment level and growth 2nd; fdi level 1st; trade level 2nd", () => {
    expect(rankOf(level(ZONE, "fixed_investment"), levels("fixed_investment"))).toBe(2);
    expect(rankOf(growthFromLevels(ZONE, "fixed_investment"), growths("fixed_investment"))).toBe(2);
    expect(rankOf(level(ZONE, "fdi"), levels("fdi"))).toBe(1);
    expect(rankOf(level(ZONE, "trade"), levels("trade"))).toBe(2);
  });

  it("readCsv(demo) matches the report: more than 200 “四新” firms and 32 high-tech manufacturers, both 1st", () => {
    const nef = level(ZONE, "new_economy_firms");
    expect(nef).toBeGreaterThan(200);
    expect(nef).toBe(206);
    expect(rankOf(nef, levels("new_economy_firms"))).toBe(1);
    expect(level(ZONE, "hitech_mfg_firms")).toBe(32);
    expect(rankOf(32, levels("hitech_mfg_firms"))).toBe(1);
  });

  it("readCsv(demo) has no ties among the 14 units on the report's figures", () => {
    const distinct = (xs: number[]) => new Set(xs).size;
    for (const ind of ["industrial_revenue", "fixed_investment", "fdi", "trade", "budget_revenue", "new_economy_firms", "hitech_mfg_firms"]) {
      expect(levels(ind).every((v) => Number.isFinite(v)), ind).toBe(true);
    }
    for (const ind of ["industrial_revenue", "fixed_investment", "fdi", "trade", "budget_revenue"]) expect(distinct(levels(ind)), ind).toBe(14);
    for (const ind of ["industrial_revenue", "fixed_investment", "budget_revenue"]) expect(distinct(growths(ind)), ind).toBe(14);
  });

  it("readCsv(demo wide file) loads to the same values as the long file for 2018-01/07, every cell", () => {
    const wide = readCsv(data("jining_units_2018-01-07_wide.csv"), { ...demo, format: "wide", mode: "lenient" });
    expect(wide.issues).toEqual([]);
    expect(wide.rows).toBe(14);
    expect(wide.panel.size).toBe(14 * 8);
    expect([...wide.panel.entities].sort()).toEqual([...units].sort());
    for (const o of wide.panel.toRows()) {
      const key = `${o.entity} ${o.indicator}`;
      expect(o.period.kind).toBe("ytd");
      expect(o.period.end).toBe(7);
      if (o.indicator === "industrial_va") {
        expect(o.value, key).toBeNaN();
        expect(o.growth, key).toBe(panel.growth(o.entity, o.indicator, AT));
      } else {
        expect(o.value, key).toBe(panel.value(o.entity, o.indicator, AT));
        expect(o.growth, key).toBeNaN();
      }
    }
    expect(wide.panel.value(ZONE, "fdi", AT)).toBe(14225.8);
  });

  it("readCsv(demo) has the 10 parks summing exactly to 济宁高新区's industrial_revenue and fixed_investment", () => {
    for (const indicator of ["industrial_revenue", "fixed_investment"]) {
      for (const period of ["2017-01/12", AT]) {
        const values = parks.map((id) => level(id, indicator, period));
        expect(values.every((v) => v > 0)).toBe(true);
        const sum = values.reduce((a, b) => a + b, 0);
        expect(Math.abs(sum - level(ZONE, indicator, period)), `${indicator} ${period}`).toBeLessThan(1e-9);
      }
    }
  });
});

describe("readCsv wide { ignore }", () => {
  it("readCsv(text, { format: 'wide', ignore }) leaves named columns out and still rejects unnamed ones", () => {
    const csv = "单位,时期,产值,来源,备注\na,2018,1,S01,ok\nb,2018,2,S02,";
    const { panel } = readCsv(csv, { format: "wide", ignore: ["来源", "备注"] });
    expect([panel.size, panel.indicators]).toEqual([2, ["产值"]]);
    const lenient = readCsv(csv, { format: "wide", ignore: ["来源"], mode: "lenient" });
    expect(lenient.panel.indicators).toEqual(["产值", "备注"]);
    expect(lenient.issues.map((i) => [i.code, i.field])).toEqual([["E_VALUE_PARSE", "备注"]]);
  });
});
