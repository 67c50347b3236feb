import { describe, expect, it } from "vitest";
import { createIndicators, defineIndicator, type IndicatorSpec } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

function frozen(specs: IndicatorSpec[]): readonly IndicatorSpec[] {
  return Object.freeze(specs.map((s) => Object.freeze({ ...s, name: typeof s.name === "string" ? s.name : Object.freeze({ ...s.name }) })));
}

const SPECS = frozen([
  { id: "industrial_va", name: { zh: "规模以上工业增加值", en: "Value added of industry above designated size" }, unit: "亿元", growth: "published" },
  { id: "fdi", name: { zh: "实际利用外资", en: "FDI actually used" }, unit: "万美元" },
  { id: "new_economy_firms", name: { zh: '"四新"企业数', en: '"Four new" enterprises' }, unit: "个" },
  { id: "hitech_mfg_firms", name: "高技术制造业企业数", unit: "家" },
]);

describe("createIndicators", () => {
  it("createIndicators(specs) keeps the indicators in the order given", () => {
    const set = createIndicators(SPECS);
    expect(set.list.map((i) => i.id)).toEqual(["industrial_va", "fdi", "new_economy_firms", "hitech_mfg_firms"]);
    expect(Object.isFrozen(set.list)).toBe(true);
  });

  it("createIndicators(specs) does not mutate the specs", () => {
    const copy = JSON.parse(JSON.stringify(SPECS));
    createIndicators(SPECS);
    expect(SPECS).toEqual(copy);
  });

  it("createIndicators([]) is an empty set", () => {
    const set = createIndicators([]);
    expect(set.list).toEqual([]);
    expect(set.get("x")).toBeUndefined();
    expect(caught(() => set.require("x")).code).toBe("E_UNKNOWN_INDICATOR");
  });

  it("set.get(key) finds an indicator by id, Chinese name or English name", () => {
    const set = createIndicators(SPECS);
    expect(set.get("fdi")?.id).toBe("fdi");
    expect(set.get("实际利用外资")?.id).toBe("fdi");
    expect(set.get("FDI actually used")?.id).toBe("fdi");
    expect(set.get("fdi actually used")?.id).toBe("fdi");
    expect(set.get("FDI  actually used")?.id).toBe("fdi");
    expect(set.get("高技术制造业企业数")?.id).toBe("hitech_mfg_firms");
    expect(set.get(" 高技术制造业企业数 ")?.id).toBe("hitech_mfg_firms");
    expect(set.get("nothing")).toBeUndefined();
    expect(set.get(42 as unknown as string)).toBeUndefined();
  });

  it("set.get(name) treats curly, straight and full-width quotes in names as one", () => {
    const set = createIndicators(SPECS);
    expect(set.get('"四新"企业数')?.id).toBe("new_economy_firms");
    expect(set.get("“四新”企业数")?.id).toBe("new_economy_firms");
    expect(set.get("＂四新＂企业数")?.id).toBe("new_economy_firms");
    expect(set.get("“Four new” enterprises")?.id).toBe("new_economy_firms");
    // And the other way round: a name defined with curly quotes is found with straight ones.
    const curly = createIndicators([{ id: "nef", name: "“四新”企业数" }]);
    expect(curly.get('"四新"企业数')?.id).toBe("nef");
  });

  it("set.get(name) finds the Chinese name in full-width forms", () => {
    const set = createIndicators([{ id: "gdp", name: "GDP（地区生产总值）" }]);
    expect(set.get("GDP(地区生产总值)")?.id).toBe("gdp");
    expect(set.get("ＧＤＰ（地区生产总值）")?.id).toBe("gdp");
  });

  it("createIndicators(specs) accepts indicators already defined", () => {
    const ind = defineIndicator({ id: "fdi", name: "实际利用外资", unit: "万美元" });
    const set = createIndicators([ind]);
    expect(set.require("实际利用外资")).toEqual(ind);
  });

  it("createIndicators(specs) throws E_INVALID_DEFINITION for a duplicate id", () => {
    const err = caught(() => createIndicators(frozen([{ id: "fdi", name: "实际利用外资" }, { id: "x", name: "甲" }, { id: "fdi", name: "外资" }])));
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.field).toBe("id");
    expect(err.value).toBe("fdi");
    expect(err.message).toMatch(/"fdi" is defined twice/);
    // Ids are trimmed before they are compared.
    expect(caught(() => createIndicators([{ id: "fdi", name: "a" }, { id: " fdi ", name: "b" }])).field).toBe("id");
  });

  it("createIndicators(specs) throws the error of the first bad definition", () => {
    const err = caught(() => createIndicators([{ id: "a", name: "甲" }, { id: "b", name: "乙", direction: "up" as never }]));
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.field).toBe("direction");
    expect(err.message).toMatch(/"b"/);
  });

  it("set.get(name) resolves a name shared by two indicators to neither; ids still work", () => {
    const set = createIndicators([
      { id: "revenue_a", name: { zh: "营业收入", en: "Revenue" } },
      { id: "revenue_b", name: { zh: "营业收入", en: "Operating revenue" } },
    ]);
    expect(set.get("营业收入")).toBeUndefined();
    expect(set.get("revenue_a")?.id).toBe("revenue_a");
    expect(set.get("revenue_b")?.id).toBe("revenue_b");
    expect(set.get("Revenue")?.id).toBe("revenue_a");
    expect(set.get("Operating revenue")?.id).toBe("revenue_b");
    const err = caught(() => set.require("营业收入"));
    expect(err.code).toBe("E_UNKNOWN_INDICATOR");
    expect(err.message).toMatch(/more than one indicator: use the id/);
  });

  it("set.get(id) prefers an id to another indicator's name", () => {
    const set = createIndicators([
      { id: "fdi", name: "实际利用外资" },
      { id: "fdi_usd", name: { zh: "外资", en: "fdi" } },
    ]);
    expect(set.get("fdi")?.id).toBe("fdi");
    expect(set.get("外资")?.id).toBe("fdi_usd");
  });

  it("set.require(key) returns the indicator or throws E_UNKNOWN_INDICATOR naming the known ids", () => {
    const set = createIndicators(SPECS);
    expect(set.require("规模以上工业增加值").id).toBe("industrial_va");
    const err = caught(() => set.require("工业总产值"));
    expect(err.code).toBe("E_UNKNOWN_INDICATOR");
    expect(err.value).toBe("工业总产值");
    expect(err.message).toMatch(/工业总产值/);
    expect(err.message).toMatch(/industrial_va, fdi, new_economy_firms, hitech_mfg_firms/);
  });
});
