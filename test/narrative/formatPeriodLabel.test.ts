import { describe, expect, it } from "vitest";
import { DuibiaoError } from "../../src/_internal/errors.js";
import { parsePeriod } from "../../src/time/parsePeriod.js";
import { formatPeriodLabel } from "../../src/narrative/index.js";

const KEYS = ["2018-01/07", "2018-01/02", "2018-01/01", "2018-07", "2018-Q3", "2018-H1", "2018-H2", "2018"];

describe("formatPeriodLabel", () => {
  it("formatPeriodLabel(period) writes the bulletin style without the year", () => {
    expect(KEYS.map((k) => formatPeriodLabel(k))).toEqual(["1—7月份", "1—2月份", "1月份累计", "7月份", "第三季度", "上半年", "下半年", "2018年"]);
  });

  it("formatPeriodLabel(period, { year: true }) adds the year", () => {
    expect(KEYS.map((k) => formatPeriodLabel(k, { year: true }))).toEqual([
      "2018年1—7月份",
      "2018年1—2月份",
      "2018年1月份累计",
      "2018年7月份",
      "2018年第三季度",
      "2018年上半年",
      "2018年下半年",
      "2018年",
    ]);
  });

  it("formatPeriodLabel(period, { locale: 'en' }) writes English", () => {
    expect(KEYS.map((k) => formatPeriodLabel(k, { locale: "en" }))).toEqual(["January–July", "January–February", "January YTD", "July", "Q3", "H1", "H2", "2018"]);
    expect(KEYS.map((k) => formatPeriodLabel(k, { locale: "en", year: true }))).toEqual([
      "January–July 2018",
      "January–February 2018",
      "January 2018 YTD",
      "July 2018",
      "Q3 2018",
      "H1 2018",
      "H2 2018",
      "2018",
    ]);
  });

  it("formatPeriodLabel(period) accepts a Period and every form parsePeriod reads", () => {
    expect(formatPeriodLabel(parsePeriod("2018-01/07"))).toBe("1—7月份");
    expect(formatPeriodLabel("2018年1-7月份")).toBe("1—7月份");
    expect(formatPeriodLabel("2018年前三季度")).toBe("1—9月份");
    expect(formatPeriodLabel("2018年第四季度")).toBe("第四季度");
    expect(formatPeriodLabel("2018-12")).toBe("12月份");
    expect(formatPeriodLabel("Jan–Dec 2018", { locale: "en" })).toBe("January–December");
  });

  it("formatPeriodLabel(null) and undefined give the missing text", () => {
    expect(formatPeriodLabel(null)).toBe("—");
    expect(formatPeriodLabel(undefined, { missing: "本期" })).toBe("本期");
  });

  it("formatPeriodLabel(text) throws DuibiaoError E_PERIOD_PARSE when the text is not a period", () => {
    expect(() => formatPeriodLabel("2018年3-7月")).toThrow(DuibiaoError);
    expect(() => formatPeriodLabel("July-ish")).toThrow(expect.objectContaining({ code: "E_PERIOD_PARSE" }));
  });

  it("formatPeriodLabel(period, options) rejects bad options", () => {
    expect(() => formatPeriodLabel("2018", { locale: "iso" as "en" })).toThrow(/formatPeriodLabel: locale must be one of "zh-CN", "en"; got "iso"/);
    expect(() => formatPeriodLabel("2018", { year: 1 as unknown as boolean })).toThrow(TypeError);
  });
});
