import { describe, expect, it } from "vitest";
import { createEntities, createIndicators, readJson } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

const ROWS = Object.freeze([
  Object.freeze({ entity: "jining-hitech", indicator: "budget_revenue", period: "2018-01/07", value: 17.59, growth: 0.063 }),
  Object.freeze({ entity: "jining-hitech", indicator: "budget_revenue", period: "2017-01/07", value: 16.55, growth: null }),
]);

describe("readJson", () => {
  it("readJson(array) reads an array of row objects", () => {
    const { panel, issues, rows } = readJson(ROWS);
    expect(issues).toEqual([]);
    expect(rows).toBe(2);
    expect(panel.value("jining-hitech", "budget_revenue", "2018-01/07")).toBe(17.59);
    expect(panel.growth("jining-hitech", "budget_revenue", "2018-01/07")).toBe(0.063);
    expect(panel.growth("jining-hitech", "budget_revenue", "2017-01/07")).toBeNaN();
  });

  it("readJson(array) does not mutate its input", () => {
    const copy = JSON.parse(JSON.stringify(ROWS));
    readJson(ROWS);
    readJson(Object.freeze({ observations: ROWS }));
    expect(ROWS).toEqual(copy);
  });

  it("readJson({ observations }) and readJson({ data }) read the array inside", () => {
    expect(readJson({ observations: ROWS }).panel.value("jining-hitech", "budget_revenue", "2017-01/07")).toBe(16.55);
    expect(readJson({ data: ROWS }).panel.size).toBe(2);
  });

  it("readJson(text) parses JSON text first", () => {
    const { panel } = readJson('[{"entity":"jining-hitech","indicator":"budget_revenue","period":"2018年1—7月","value":17.59,"growth":0.063}]');
    expect(panel.value("jining-hitech", "budget_revenue", "2018-01/07")).toBe(17.59);
    expect(readJson('{"observations":[{"entity":"a","indicator":"x","period":"2018","value":1}]}').panel.value("a", "x", "2018")).toBe(1);
  });

  it("readJson(text) throws E_INVALID_INPUT for text that is not JSON", () => {
    const err = caught(() => readJson("[{entity: a}]"));
    expect(err.code).toBe("E_INVALID_INPUT");
    expect(err.message).toMatch(/not valid JSON/);
    expect(caught(() => readJson("")).code).toBe("E_INVALID_INPUT");
  });

  it("readJson(data) throws E_INVALID_INPUT for data that is not an array of rows", () => {
    for (const data of [null, 42, "42", {}, { rows: [] }, '{"a":1}', true]) {
      const err = caught(() => readJson(data));
      expect(err.code, JSON.stringify(data)).toBe("E_INVALID_INPUT");
      expect(err.message).toMatch(/expected an array of row objects/);
    }
  });

  it("readJson([]) is an empty panel", () => {
    const { panel, issues, rows } = readJson([]);
    expect([panel.size, issues.length, rows]).toEqual([0, 0, 0]);
  });

  it("readJson(array) reports a row that is not an object, numbering rows from 1", () => {
    const data = Object.freeze([ROWS[0], 5, null, ["a", "x", "2018", 1], "row"]);
    const { panel, issues, rows } = readJson(data, { mode: "lenient" });
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ["E_INVALID_INPUT", 2],
      ["E_INVALID_INPUT", 3],
      ["E_INVALID_INPUT", 4],
      ["E_INVALID_INPUT", 5],
    ]);
    expect(issues[0].message).toMatch(/row must be an object with the columns as keys; got 5/);
    expect(panel.size).toBe(1);
    expect(rows).toBe(5);
    const err = caught(() => readJson(data));
    expect(err.code).toBe("E_LOAD");
    expect(err.issues).toEqual(issues);
  });

  it("readJson(array) reports an empty object row instead of skipping it", () => {
    const { panel, issues } = readJson([{ entity: "a", indicator: "x", period: "2018", value: 1 }, {}], { mode: "lenient" });
    expect(panel.size).toBe(1);
    expect(issues.map((i) => [i.code, i.row])).toContainEqual(["E_MISSING_FIELD", 2]);
  });

  it("readJson(array) reports bad cells with their row and key", () => {
    const { issues, panel } = readJson(
      [
        { entity: "jining-hitech", indicator: "budget_revenue", period: "2018-01/07", value: 17.59 },
        { entity: "jining-hitech", indicator: "budget_revenue", period: "2018-13", value: 1 },
        { entity: "jining-hitech", indicator: "budget_revenue", period: "2017", value: "many" },
        { entity: "泰安高新区", indicator: "budget_revenue", period: "2016", value: 1 },
        { indicator: "budget_revenue", period: "2015", value: 1 },
      ],
      { mode: "lenient", entities: createEntities([{ id: "jining-hitech", name: "济宁高新区" }]) },
    );
    expect(issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_PERIOD_PARSE", 2, "period"],
      ["E_VALUE_PARSE", 3, "value"],
      ["E_UNKNOWN_ENTITY", 4, "entity"],
      ["E_MISSING_FIELD", 5, "entity"],
    ]);
    expect(panel.size).toBe(1);
  });

  it("readJson(array) reports a missing column without a row number (JSON has no header row)", () => {
    const { issues } = readJson([{ entity: "a", period: "2018", value: 1 }], { mode: "lenient" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "E_MISSING_COLUMN", row: undefined, field: "indicator" });
  });

  it("readJson(array) reads growth as a fraction by default; { rates: \"percent\" } as percent; \"7.3%\" either way", () => {
    const data = [
      { entity: "a", indicator: "x", period: "2018", growth: 0.073 },
      { entity: "a", indicator: "x", period: "2017", growth: "7.3%" },
      { entity: "a", indicator: "x", period: "2016", growth: "0.7" },
    ];
    const fraction = readJson(data).panel;
    expect(fraction.growth("a", "x", "2018")).toBe(0.073);
    expect(fraction.growth("a", "x", "2017")).toBe(0.073);
    expect(fraction.growth("a", "x", "2016")).toBe(0.7);
    const percent = readJson([{ ...data[0], growth: 7.3 }, data[1], data[2]], { rates: "percent" }).panel;
    expect(percent.growth("a", "x", "2018")).toBe(0.073);
    expect(percent.growth("a", "x", "2017")).toBe(0.073);
    expect(percent.growth("a", "x", "2016")).toBe(0.007);
  });

  it("readJson(array) reads numbers written as text, and null as missing", () => {
    const { panel } = readJson([
      { entity: "a", indicator: "x", period: "2018", value: "1,234.5" },
      { entity: "a", indicator: "x", period: "2017", value: "－3.2" },
      { entity: "a", indicator: "x", period: "2016", value: null },
      { entity: "a", indicator: "x", period: "2015" },
    ]);
    expect(Array.from(panel.series("a", "x").values)).toEqual([NaN, NaN, -3.2, 1234.5]);
  });

  it("readJson(array, { entities, indicators }) resolves names and converts units", () => {
    const { panel } = readJson([{ 单位: "济宁高新区", 指标: "一般公共预算收入", 时期: "2018年1—7月", 数值: 175900, 计量单位: "万元" }], {
      entities: createEntities([{ id: "jining-hitech", name: "济宁高新区" }]),
      indicators: createIndicators([{ id: "budget_revenue", name: "一般公共预算收入", unit: "亿元" }]),
    });
    expect(panel.value("jining-hitech", "budget_revenue", "2018-01/07")).toBe(17.59);
  });

  it("readJson(array, { format: \"wide\" }) reads wide rows", () => {
    const { panel } = readJson([{ 单位: "济宁高新区", 时期: "2018-01/07", "一般公共预算收入(亿元)": 17.59, 进出口总额: 68.57 }], { format: "wide" });
    expect(panel.value("济宁高新区", "一般公共预算收入", "2018-01/07")).toBe(17.59);
    expect(panel.value("济宁高新区", "进出口总额", "2018-01/07")).toBe(68.57);
  });

  it("readJson(array) reads flags as an array or a string", () => {
    const { panel } = readJson([
      { entity: "a", indicator: "x", period: "2018", value: 1, flags: ["revised", "estimated"] },
      { entity: "a", indicator: "x", period: "2017", value: 1, flags: "估计" },
    ]);
    expect(panel.get("a", "x", "2018")?.flags).toEqual(["estimated", "revised"]);
    expect(panel.get("a", "x", "2017")?.flags).toEqual(["estimated"]);
  });

  it("readJson(rows with a __proto__ key) loads them without touching any prototype", () => {
    const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const rows = JSON.parse('[{"entity":"a","indicator":"x","period":"2018","value":1,"__proto__":{"polluted":true}}]');
    expect(Object.hasOwn(rows[0], "__proto__")).toBe(true);
    const { panel, issues } = readJson(rows, { mode: "lenient" });
    expect(issues).toEqual([]);
    expect(panel.value("a", "x", "2018")).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
    // The same through JSON text.
    readJson('[{"entity":"a","indicator":"x","period":"2018","value":1,"__proto__":{"polluted":true}}]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("readJson(rows, { columns: { entity: \"__proto__\" } }) reports a missing entity instead of reading Object.prototype", () => {
    // No row has the key: the mapped column is missing.
    const none = readJson([{ indicator: "x", period: "2018", value: 1 }], { columns: { entity: "__proto__" }, mode: "lenient" });
    expect(none.panel.size).toBe(0);
    expect(none.issues).toHaveLength(1);
    expect(none.issues[0]).toMatchObject({ code: "E_MISSING_COLUMN", field: "__proto__" });
    expect(none.issues[0].message).toMatch(/columns\.entity/);
    // Some rows have it as an own key: the others have an empty entity.
    const rows = JSON.parse('[{"__proto__":"a","indicator":"x","period":"2018","value":1},{"indicator":"x","period":"2017","value":2}]');
    const some = readJson(rows, { columns: { entity: "__proto__" }, mode: "lenient" });
    expect(some.panel.entities).toEqual(["a"]);
    expect(some.panel.value("a", "x", "2018")).toBe(1);
    expect(some.issues).toHaveLength(1);
    expect(some.issues[0]).toMatchObject({ code: "E_MISSING_FIELD", row: 2, field: "__proto__" });
    expect(some.panel.entities).not.toContain("[object Object]");
  });

  it("readJson(rows) reads only own keys, not inherited ones", () => {
    const inherited = Object.create({ entity: "ghost", indicator: "x", period: "2018", value: 9 });
    const { issues, panel } = readJson([inherited], { mode: "lenient" });
    expect(panel.size).toBe(0);
    expect(issues.map((i) => i.code)).toContain("E_MISSING_COLUMN");
  });
});
