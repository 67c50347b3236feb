import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getUnit, readEntitiesCsv, readIndicatorsCsv } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

const data = (file: string) => readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), "utf8");
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe("readEntitiesCsv", () => {
  it("readEntitiesCsv(text) reads ids, names, kinds, parents and ;-separated groups", () => {
    const set = readEntitiesCsv(
      "id,name_zh,name_en,kind,parent,groups\n" +
        "jining,济宁市,Jining,city,,\n" +
        "jining-hitech,济宁高新区,Jining High-tech Zone,zone,jining,jining-units;national-hitech\n" +
        "rencheng,任城区,,district,jining,jining-units\n",
    );
    expect(set.list).toEqual([
      { id: "jining", name: { zh: "济宁市", en: "Jining" }, kind: "city", parent: null, groups: [] },
      { id: "jining-hitech", name: { zh: "济宁高新区", en: "Jining High-tech Zone" }, kind: "zone", parent: "jining", groups: ["jining-units", "national-hitech"] },
      { id: "rencheng", name: { zh: "任城区", en: "任城区" }, kind: "district", parent: "jining", groups: ["jining-units"] },
    ]);
    expect(ids(set.members("jining-units"))).toEqual(["jining-hitech", "rencheng"]);
  });

  it("readEntitiesCsv(text) reads Chinese headers, a BOM, CRLF line ends and full-width semicolons", () => {
    const set = readEntitiesCsv("\uFEFF编码,名称,英文名称,类型,上级,分组\r\njining,济宁市,Jining,city,,\r\njining-hitech,济宁高新区,,zone,jining,全市；全国高新区\r\n");
    expect(set.require("济宁高新区")).toEqual({ id: "jining-hitech", name: { zh: "济宁高新区", en: "济宁高新区" }, kind: "zone", parent: "jining", groups: ["全市", "全国高新区"] });
    expect(ids(set.members("全国高新区"))).toEqual(["jining-hitech"]);
  });

  it("readEntitiesCsv(text) needs only the id and name columns", () => {
    const set = readEntitiesCsv("id,name\na,甲区\n");
    expect(set.require("甲区")).toEqual({ id: "a", name: { zh: "甲区", en: "甲区" }, kind: "unit", parent: null, groups: [] });
  });

  it("readEntitiesCsv(text) throws E_MISSING_COLUMN without an id or name column", () => {
    const noId = caught(() => readEntitiesCsv("name_zh,parent\n济宁市,\n"));
    expect(noId).toMatchObject({ code: "E_MISSING_COLUMN", row: 1, field: "id" });
    expect(noId.message).toMatch(/the header needs "id"/);
    expect(caught(() => readEntitiesCsv("id,parent\njining,\n"))).toMatchObject({ code: "E_MISSING_COLUMN", row: 1, field: "name_zh" });
    expect(caught(() => readEntitiesCsv(""))).toMatchObject({ code: "E_MISSING_COLUMN", field: "id" });
  });

  it("readEntitiesCsv(text) lists every bad row with its row number, the header being row 1", () => {
    const err = caught(() =>
      readEntitiesCsv(
        "id,name_zh,parent\n" + // row 1
          "a,甲,\n" + // row 2
          "a,甲二,\n" + // row 3: duplicate id
          "b,乙,zz\n" + // row 4: unknown parent
          "c,丙,d\n" + // row 5: cycle
          "d,丁,c\n", // row 6: cycle
      ),
    );
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.issues.map((i) => [i.row, i.field])).toEqual([
      [3, "id"],
      [4, "parent"],
      [5, "parent"],
      [6, "parent"],
    ]);
    expect(err.message).toMatch(/row 3/);
    expect(err.message).toMatch(/row 4/);
  });

  it("readEntitiesCsv(text) counts blank lines in the row numbers", () => {
    const err = caught(() => readEntitiesCsv("id,name_zh,parent\na,甲,\n\nb,乙,zz\n"));
    expect(err.issues.map((i) => [i.row, i.field, i.value])).toEqual([[4, "parent", "zz"]]);
  });

  it("readEntitiesCsv(demo entities.csv) reads the 54 entities and their groups", () => {
    const set = readEntitiesCsv(data("entities.csv"));
    expect(set.list).toHaveLength(54);
    expect(set.members("jining-units")).toHaveLength(14);
    expect(set.members("jining-hitech-parks")).toHaveLength(10);
    expect(set.members("national-hitech")).toHaveLength(30);
    expect(set.members("shandong-hitech")).toHaveLength(13);
    expect(set.require("济宁高新区")).toEqual({
      id: "jining-hitech",
      name: { zh: "济宁高新区", en: "Jining High-tech Zone" },
      kind: "zone",
      parent: "jining",
      groups: ["jining-units", "shandong-hitech", "national-hitech"],
    });
    expect(ids(set.children("jining-hitech"))).toEqual(ids(set.members("jining-hitech-parks")));
    expect(set.require("Xi'an High-tech Zone").id).toBe("xian-hitech");
  });
});

describe("readIndicatorsCsv", () => {
  it("readIndicatorsCsv(text) reads every column", () => {
    const set = readIndicatorsCsv(
      "id,name_zh,name_en,unit,direction,frequency,accumulation,growth\n" +
        "industrial_va,规模以上工业增加值,Industrial value added,亿元,higher,month,ytd,published\n" +
        "energy,单位GDP能耗,,吨,lower,,,\n",
    );
    expect(set.list).toEqual([
      { id: "industrial_va", name: { zh: "规模以上工业增加值", en: "Industrial value added" }, unit: getUnit("亿元"), direction: "higher", frequency: "month", accumulation: "ytd", growth: "published" },
      { id: "energy", name: { zh: "单位GDP能耗", en: "单位GDP能耗" }, unit: getUnit("吨"), direction: "lower", frequency: "year", accumulation: "period", growth: "derived" },
    ]);
  });

  it("readIndicatorsCsv(text) reads Chinese headers, a BOM and quoted names with quotes", () => {
    const set = readIndicatorsCsv('\uFEFF编码,名称,计量单位,方向\nnew_economy_firms,"""四新""企业数",个,higher\nfdi,实际利用外资,万美元,\n');
    expect(set.require("“四新”企业数").id).toBe("new_economy_firms");
    expect(set.require("new_economy_firms").name.zh).toBe('"四新"企业数');
    expect(set.require("实际利用外资").unit.id).toBe("万美元");
  });

  it("readIndicatorsCsv(text) throws E_MISSING_COLUMN without an id or name column", () => {
    expect(caught(() => readIndicatorsCsv("name_zh,unit\n收入,亿元\n"))).toMatchObject({ code: "E_MISSING_COLUMN", row: 1, field: "id" });
    expect(caught(() => readIndicatorsCsv("id,unit\nrevenue,亿元\n"))).toMatchObject({ code: "E_MISSING_COLUMN", row: 1, field: "name_zh" });
  });

  it("readIndicatorsCsv(text) throws E_INVALID_DEFINITION with the row and field of a bad value", () => {
    const err = caught(() => readIndicatorsCsv("id,name_zh,direction\na,甲,higher\nb,乙,up\n"));
    expect(err).toMatchObject({ code: "E_INVALID_DEFINITION", row: 3, field: "direction", value: "up" });
    expect(err.message).toMatch(/row 3/);
    expect(err.message).toMatch(/higher, lower/);
    expect(caught(() => readIndicatorsCsv("id,name_zh,frequency\na,甲,monthly\n"))).toMatchObject({ code: "E_INVALID_DEFINITION", row: 2, field: "frequency" });
  });

  it("readIndicatorsCsv(text) throws E_UNKNOWN_UNIT with the row of an unknown unit", () => {
    const err = caught(() => readIndicatorsCsv("id,name_zh,unit\na,甲,亿元\nb,乙,亿美圆\n"));
    expect(err).toMatchObject({ code: "E_UNKNOWN_UNIT", row: 3, field: "unit", value: "亿美圆" });
    expect(err.message).toMatch(/row 3/);
  });

  it("readIndicatorsCsv(text) throws E_INVALID_DEFINITION with the row of a duplicate id", () => {
    const err = caught(() => readIndicatorsCsv("id,name_zh\nfdi,实际利用外资\nva,增加值\nfdi,外资\n"));
    expect(err).toMatchObject({ code: "E_INVALID_DEFINITION", row: 4, field: "id", value: "fdi" });
    expect(err.message).toMatch(/row 4/);
    expect(err.message).toMatch(/row 2/);
  });

  it("readIndicatorsCsv(text) counts blank lines in the row numbers", () => {
    const err = caught(() => readIndicatorsCsv("id,name_zh,direction\na,甲,higher\n\nb,乙,up\n"));
    expect(err).toMatchObject({ code: "E_INVALID_DEFINITION", row: 4, field: "direction" });
  });

  it("readIndicatorsCsv(demo indicators.csv) reads the 8 indicators", () => {
    const set = readIndicatorsCsv(data("indicators.csv"));
    expect(ids(set.list)).toEqual(["industrial_va", "industrial_revenue", "fixed_investment", "fdi", "trade", "budget_revenue", "new_economy_firms", "hitech_mfg_firms"]);
    expect(set.require("规模以上工业增加值")).toMatchObject({ unit: getUnit("亿元"), frequency: "month", accumulation: "ytd", growth: "published" });
    expect(set.require("“四新”企业数")).toMatchObject({ id: "new_economy_firms", unit: getUnit("个"), accumulation: "stock", growth: "derived" });
    expect(set.require("高技术制造业企业数").unit.id).toBe("家");
    expect(set.require("fdi").unit.id).toBe("万美元");
  });
});
