import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPeriod, DuibiaoError, formatPeriod, parsePeriod, periodKey, tryParsePeriod, type Period, type PeriodKind } from "../../src/index.js";

const key = (s: string) => periodKey(parsePeriod(s));

describe("parsePeriod", () => {
  it("parsePeriod(text) reads ISO-like forms", () => {
    expect(parsePeriod("2018")).toEqual({ kind: "year", year: 2018, start: 1, end: 12 });
    expect(parsePeriod("2018-H1")).toEqual({ kind: "half", year: 2018, start: 1, end: 6 });
    expect(parsePeriod("2018H2")).toEqual({ kind: "half", year: 2018, start: 7, end: 12 });
    expect(parsePeriod("2018-Q3")).toEqual({ kind: "quarter", year: 2018, start: 7, end: 9 });
    expect(parsePeriod("2018q4")).toEqual({ kind: "quarter", year: 2018, start: 10, end: 12 });
    expect(parsePeriod("2018-07")).toEqual({ kind: "month", year: 2018, start: 7, end: 7 });
    expect(parsePeriod("2018.7")).toEqual({ kind: "month", year: 2018, start: 7, end: 7 });
    expect(parsePeriod("2018-01/07")).toEqual({ kind: "ytd", year: 2018, start: 1, end: 7 });
    expect(parsePeriod("2018-01/2018-07")).toEqual({ kind: "ytd", year: 2018, start: 1, end: 7 });
  });

  it("parsePeriod(text) reads the forms of Chinese releases", () => {
    expect(key("2018年")).toBe("2018");
    expect(key("2018年度")).toBe("2018");
    expect(key("2018年全年")).toBe("2018");
    expect(key("2018年上半年")).toBe("2018-H1");
    expect(key("2018年下半年")).toBe("2018-H2");
    expect(key("2018年第三季度")).toBe("2018-Q3");
    expect(key("2018年三季度")).toBe("2018-Q3");
    expect(key("2018年第3季度")).toBe("2018-Q3");
    expect(key("2018年第一季度")).toBe("2018-Q1");
    expect(key("2018年7月")).toBe("2018-07");
    expect(key("2018年7月份")).toBe("2018-07");
    expect(key("2018年十二月")).toBe("2018-12");
    expect(key("2018年十一月")).toBe("2018-11");
    expect(key("2018年1—7月")).toBe("2018-01/07");
    expect(key("2018年1-7月份")).toBe("2018-01/07");
    expect(key("2018年1~7月")).toBe("2018-01/07");
    expect(key("2018年1–7月")).toBe("2018-01/07");
    expect(key("2018年1至7月")).toBe("2018-01/07");
    expect(key("2018年1月至7月")).toBe("2018-01/07");
    expect(key("2018年一至七月")).toBe("2018-01/07");
    expect(key("2018年1—2月")).toBe("2018-01/02");
    expect(key("2018年前三季度")).toBe("2018-01/09");
    expect(key("2018年1月累计")).toBe("2018-01/01");
  });

  it("parsePeriod(text) folds full-width digits and punctuation and extra spaces", () => {
    expect(key("２０１８年１－７月")).toBe("2018-01/07");
    expect(key("２０１８年上半年")).toBe("2018-H1");
    expect(key(" 2018 年 7 月 ")).toBe("2018-07");
  });

  it("parsePeriod(text) reads the English forms formatPeriod writes", () => {
    expect(key("Jan–Jul 2018")).toBe("2018-01/07");
    expect(key("Jan-Jul 2018")).toBe("2018-01/07");
    expect(key("July 2018")).toBe("2018-07");
    expect(key("Q3 2018")).toBe("2018-Q3");
    expect(key("H1 2018")).toBe("2018-H1");
    expect(key("Jan 2018 YTD")).toBe("2018-01/01");
  });

  it("parsePeriod(text) returns one interned object per period", () => {
    expect(parsePeriod("2018年1—7月")).toBe(parsePeriod("2018-01/07"));
    expect(parsePeriod("2018-Q3")).toBe(createPeriod("quarter", 2018, 3));
    expect(Object.isFrozen(parsePeriod("2018"))).toBe(true);
  });

  it("parsePeriod(text) rejects what is not a period with E_PERIOD_PARSE and the accepted forms", () => {
    for (const bad of ["", "2018-13", "2018年13月", "2018年第五季度", "18年", "2018-Q5", "July-ish", "2018年3—7月", "2018-03/07", "2018-01/2019-03"]) {
      let error: unknown;
      try {
        parsePeriod(bad);
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(DuibiaoError);
      expect((error as DuibiaoError).code).toBe("E_PERIOD_PARSE");
      expect((error as DuibiaoError).value).toBe(bad);
      expect((error as DuibiaoError).message).toContain("2018年1—7月");
    }
  });

  it("parsePeriod(text) explains why a range not starting in January is refused", () => {
    expect(() => parsePeriod("2018年7—9月")).toThrow(/must start in January/);
  });

  it("parsePeriod(value) rejects non-strings and passes periods through", () => {
    const p = parsePeriod("2018");
    expect(parsePeriod(p)).toBe(p);
    expect(() => parsePeriod(2018 as unknown as string)).toThrow(DuibiaoError);
    expect(() => parsePeriod(null as unknown as string)).toThrow(DuibiaoError);
  });

  it("tryParsePeriod(text) returns undefined instead of throwing", () => {
    expect(tryParsePeriod("2018-H1")?.end).toBe(6);
    expect(tryParsePeriod("nonsense")).toBeUndefined();
  });
});

const arbPeriod: fc.Arbitrary<Period> = fc
  .record({ kind: fc.constantFrom<PeriodKind>("year", "half", "quarter", "month", "ytd"), year: fc.integer({ min: 1000, max: 9999 }), n: fc.integer({ min: 1, max: 12 }) })
  .map(({ kind, year, n }) => createPeriod(kind, year, kind === "half" ? 1 + (n % 2) : kind === "quarter" ? 1 + (n % 4) : n));

describe("parsePeriod ∘ formatPeriod", () => {
  it("parsePeriod(formatPeriod(p, { locale })) === p for zh-CN, en and iso", () => {
    fc.assert(
      fc.property(arbPeriod, fc.constantFrom<"zh-CN" | "en" | "iso">("zh-CN", "en", "iso"), (p, locale) => {
        expect(parsePeriod(formatPeriod(p, { locale }))).toBe(p);
      }),
      { numRuns: 2000 },
    );
  });

  it("parsePeriod(full-width formatPeriod(p)) === p", () => {
    const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    fc.assert(fc.property(arbPeriod, (p) => {
      expect(parsePeriod(wide(formatPeriod(p)))).toBe(p);
    }), { numRuns: 500 });
  });
});
