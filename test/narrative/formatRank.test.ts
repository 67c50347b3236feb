import { describe, expect, it } from "vitest";
import { formatRank } from "../../src/narrative/index.js";

describe("formatRank", () => {
  it("formatRank(rank) writes 第n位", () => {
    expect(formatRank(1)).toBe("第1位");
    expect(formatRank(6)).toBe("第6位");
    expect(formatRank(30)).toBe("第30位");
    expect(formatRank(1001)).toBe("第1001位");
  });

  it("formatRank(rank, { locale: 'en' }) writes English ordinals, 11–13 included", () => {
    const en = (r: number) => formatRank(r, { locale: "en" });
    expect([1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 20, 21, 22, 23, 24, 100, 101, 102, 103, 111, 112, 113, 121, 1001].map(en)).toEqual([
      "1st", "2nd", "3rd", "4th", "5th", "10th", "11th", "12th", "13th", "14th", "20th", "21st", "22nd", "23rd", "24th",
      "100th", "101st", "102nd", "103rd", "111th", "112th", "113th", "121st", "1,001st",
    ]);
  });

  it("formatRank(rank, { tied: true }) marks a shared rank", () => {
    expect(formatRank(2, { tied: true })).toBe("并列第2位");
    expect(formatRank(2, { locale: "en", tied: true })).toBe("tied 2nd");
    expect(formatRank(2, { tied: false })).toBe("第2位");
  });

  it("formatRank(rank, { of }) adds how many were ranked", () => {
    expect(formatRank(2, { of: 14 })).toBe("第2位（共14个）");
    expect(formatRank(2, { tied: true, of: 14 })).toBe("并列第2位（共14个）");
    expect(formatRank(2, { locale: "en", of: 14 })).toBe("2nd of 14");
    expect(formatRank(2, { locale: "en", tied: true, of: 14 })).toBe("tied 2nd of 14");
    expect(formatRank(2, { of: undefined })).toBe("第2位");
  });

  it("formatRank(rank) writes an average rank with one decimal", () => {
    expect(formatRank(2.5)).toBe("第2.5位");
    expect(formatRank(2.5, { locale: "en" })).toBe("2.5th");
  });

  it("formatRank(NaN) and other missing ranks give the missing text", () => {
    for (const v of [NaN, Infinity, -Infinity, null, undefined, 0, -1, 0.5]) {
      expect(formatRank(v)).toBe("—");
      expect(formatRank(v, { locale: "en", tied: true })).toBe("—");
    }
    expect(formatRank(NaN, { missing: "未排名" })).toBe("未排名");
  });

  it("formatRank(rank, options) rejects bad options", () => {
    expect(() => formatRank(1, { locale: "fr" as "en" })).toThrow(TypeError);
    expect(() => formatRank(1, { tied: "yes" as unknown as boolean })).toThrow(/formatRank: tied must be true or false; got "yes"/);
    expect(() => formatRank(1, { of: 0 })).toThrow(RangeError);
    expect(() => formatRank(1, { of: 2.5 })).toThrow(/formatRank: of must be a positive integer; got 2.5/);
    expect(() => formatRank(1, { of: NaN })).toThrow(RangeError);
    expect(() => formatRank(NaN, { of: -3 })).toThrow(RangeError);
  });
  it("formatRank(n) writes whole ranks as Intl.NumberFormat does, in both locales, below and above 1000", () => {
    const zh = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 1, useGrouping: false });
    const en = new Intl.NumberFormat("en", { maximumFractionDigits: 1, useGrouping: true });
    for (let n = 1; n <= 1500; n++) {
      expect(formatRank(n)).toBe(`第${zh.format(n)}位`);
      expect(formatRank(n, { locale: "en" }).replace(/(st|nd|rd|th)$/, "")).toBe(en.format(n));
    }
    expect(formatRank(1000, { locale: "en" })).toBe("1,000th");
    expect(formatRank(2.5)).toBe("第2.5位");
  });
});
