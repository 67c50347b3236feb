import { describe, expect, it } from "vitest";
import { formatPeriod, parsePeriod, periodKey } from "../../src/index.js";

describe("formatPeriod", () => {
  it("formatPeriod(p) writes the Chinese form by default", () => {
    expect(["2018", "2018-H1", "2018-H2", "2018-Q3", "2018-07", "2018-01/07", "2018-01/02", "2018-01/01"].map((s) => formatPeriod(s))).toEqual([
      "2018年",
      "2018年上半年",
      "2018年下半年",
      "2018年第三季度",
      "2018年7月",
      "2018年1—7月",
      "2018年1—2月",
      "2018年1月累计",
    ]);
  });

  it("formatPeriod(p, { locale: 'en' }) writes English", () => {
    expect(["2018", "2018-H1", "2018-Q4", "2018-07", "2018-01/07", "2018-01/01"].map((s) => formatPeriod(s, { locale: "en" }))).toEqual([
      "2018",
      "H1 2018",
      "Q4 2018",
      "Jul 2018",
      "Jan–Jul 2018",
      "Jan 2018 YTD",
    ]);
  });

  it("formatPeriod(p, { year: false }) drops the year", () => {
    expect(formatPeriod("2018-01/07", { year: false })).toBe("1—7月");
    expect(formatPeriod("2018", { year: false })).toBe("全年");
    expect(formatPeriod("2018-Q1", { year: false })).toBe("第一季度");
    expect(formatPeriod("2018-01/07", { locale: "en", year: false })).toBe("Jan–Jul");
    expect(formatPeriod("2018-01/07", { locale: "iso", year: false })).toBe("2018-01/07");
  });

  it("formatPeriod(p, { locale }) rejects an unknown locale", () => {
    expect(() => formatPeriod("2018", { locale: "fr" as "en" })).toThrow(/locale must be one of "zh-CN", "en", "iso"; got "fr"/);
  });

  it("periodKey(p) is the canonical ISO-like key", () => {
    expect(periodKey(parsePeriod("2018年第三季度"))).toBe("2018-Q3");
    expect(periodKey(parsePeriod("2018年1-7月份"))).toBe("2018-01/07");
    expect(periodKey(parsePeriod("2018年7月"))).toBe("2018-07");
  });
});
