import { describe, expect, it } from "vitest";
import { DuibiaoError, readTargetsCsv } from "../../src/index.js";

describe("readTargetsCsv", () => {
  it("readTargetsCsv(text) reads English headers; growth targets become fractions", () => {
    expect(readTargetsCsv("entity,indicator,year,kind,value\nz,inv,2018,level,240\nz,va,2018,growth,8\nz,rev,2018年,growth,12.5%\nz,fdi,2018,,3000")).toEqual([
      { entity: "z", indicator: "inv", year: 2018, kind: "level", value: 240 },
      { entity: "z", indicator: "va", year: 2018, kind: "growth", value: 0.08 },
      { entity: "z", indicator: "rev", year: 2018, kind: "growth", value: 0.125 },
      { entity: "z", indicator: "fdi", year: 2018, kind: "level", value: 3000 },
    ]);
  });

  it("readTargetsCsv(text) lists every bad row with its line and field", () => {
    let error: DuibiaoError | undefined;
    try {
      readTargetsCsv("单位,指标,年度,类型,目标值\nz,inv,2018,总量,abc\n\nz,inv,二〇一八,总量,1\nz,inv,2018,比例,1\n,inv,2018,总量,1");
    } catch (e) {
      error = e as DuibiaoError;
    }
    expect(error?.code).toBe("E_LOAD");
    expect(error?.issues.map((i) => [i.code, i.row, i.field])).toEqual([
      ["E_VALUE_PARSE", 2, "value"],
      ["E_INVALID_INPUT", 4, "year"],
      ["E_INVALID_INPUT", 5, "kind"],
      ["E_MISSING_FIELD", 6, "entity"],
    ]);
  });

  it("readTargetsCsv(text) names a missing column", () => {
    expect(() => readTargetsCsv("entity,indicator,value\nz,inv,1")).toThrow(/no year column/);
  });
});
