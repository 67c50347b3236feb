import { describe, expect, it } from "vitest";
import { parseNumber } from "../../src/index.js";

describe("parseNumber", () => {
  it("parseNumber(text) reads thousands separators", () => {
    expect(parseNumber("1,234.5")).toBe(1234.5);
    expect(parseNumber("12,345,678")).toBe(12345678);
    expect(parseNumber("-1,234")).toBe(-1234);
  });

  it("parseNumber(text) reads percentages and per mille as fractions", () => {
    expect(parseNumber("7.3%")).toBe(0.073);
    expect(parseNumber("-2.1%")).toBe(-0.021);
    expect(parseNumber("100%")).toBe(1);
    expect(parseNumber("5‰")).toBe(0.005);
    expect(parseNumber("7.3％")).toBe(0.073); // full-width percent sign
  });

  it("parseNumber(text) gives the nearest number to the written one for percentages (0.7% is 0.007, not 0.006999999999999999)", () => {
    expect(parseNumber("0.7%")).toBe(0.007);
    expect(parseNumber("1.1%")).toBe(0.011);
    expect(parseNumber("0.7", { percent: true })).toBe(0.007);
    expect(parseNumber(0.7, { percent: true })).toBe(0.007);
    expect(parseNumber("0.3‰")).toBe(0.0003);
    // Every one-decimal percentage from 0.0 to 100.0 reads as the same number as the literal fraction.
    for (let tenths = 0; tenths <= 1000; tenths++) {
      const pct = (tenths / 10).toFixed(1);
      expect(parseNumber(`${pct}%`)).toBe(Number(`${pct}e-2`));
    }
  });

  it("parseNumber(text) reads full-width digits, signs and the Unicode minus", () => {
    expect(parseNumber("－3.2")).toBe(-3.2); // U+FF0D full-width hyphen-minus
    expect(parseNumber("−3.2")).toBe(-3.2); // U+2212 minus sign
    expect(parseNumber("１２")).toBe(12);
    expect(parseNumber("１２．５")).toBe(12.5);
    expect(parseNumber("1，234")).toBe(1234); // full-width comma as a thousands separator
    expect(parseNumber("＋７")).toBe(7);
  });

  it("parseNumber(text) trims spaces and reads signs and exponents", () => {
    expect(parseNumber(" 12 ")).toBe(12);
    expect(parseNumber("\t12.5\n")).toBe(12.5);
    expect(parseNumber("+7")).toBe(7);
    expect(parseNumber("1e3")).toBe(1000);
    expect(parseNumber("2.5E-2")).toBe(0.025);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("-0.25")).toBe(-0.25);
  });

  it("parseNumber(text, { percent: true }) reads plain numbers as percentages", () => {
    expect(parseNumber("7.3", { percent: true })).toBe(0.073);
    expect(parseNumber("13.9", { percent: true })).toBe(0.139);
    expect(parseNumber("-2.1", { percent: true })).toBe(-0.021);
    expect(parseNumber("1e1", { percent: true })).toBe(0.1);
    // A written "%" is not divided twice.
    expect(parseNumber("7.3%", { percent: true })).toBe(0.073);
    // Per mille stays per mille.
    expect(parseNumber("5‰", { percent: true })).toBe(0.005);
    expect(parseNumber("7.3", { percent: false })).toBe(7.3);
  });

  it("parseNumber(number) passes numbers through, divided by 100 with percent", () => {
    expect(parseNumber(1234.5)).toBe(1234.5);
    expect(parseNumber(-3)).toBe(-3);
    expect(parseNumber(0)).toBe(0);
    expect(parseNumber(Infinity)).toBe(Infinity);
    expect(parseNumber(NaN)).toBeNaN();
    expect(parseNumber(7.3, { percent: true })).toBe(0.073);
    expect(parseNumber(1e21, { percent: true })).toBe(1e19);
    expect(parseNumber(-Infinity, { percent: true })).toBe(-Infinity);
  });

  it("parseNumber(text) gives NaN for blanks and placeholders", () => {
    for (const blank of ["", "   ", "-", "--", "—", "——", "–", "…", "……", "...", "NA", "na", "N/A", "NaN", "null", "无", "－", "−"]) {
      expect(parseNumber(blank), JSON.stringify(blank)).toBeNaN();
    }
    expect(parseNumber(null)).toBeNaN();
    expect(parseNumber(undefined)).toBeNaN();
  });

  it("parseNumber(text) reads Infinity as toCsv writes it, and ∞", () => {
    expect([parseNumber("Infinity"), parseNumber("-Infinity"), parseNumber("∞"), parseNumber("－∞")]).toEqual([Infinity, -Infinity, Infinity, -Infinity]);
  });

  it("parseNumber(text) gives NaN for text that is not a number", () => {
    for (const garbage of ["abc", "1,2", "12亿", "1.2.3", "1,23.4", "%", "7.3%%", "12 abc", "0x10", "Infinite", "1e", "e3", "1,2345"]) {
      expect(parseNumber(garbage), JSON.stringify(garbage)).toBeNaN();
    }
  });

  it("parseNumber(value) gives NaN for other types without coercing them", () => {
    let calls = 0;
    const sneaky = {
      valueOf() {
        calls++;
        return 42;
      },
      toString() {
        calls++;
        return "42";
      },
    };
    expect(parseNumber(sneaky)).toBeNaN();
    expect(parseNumber(true)).toBeNaN();
    expect(parseNumber([12])).toBeNaN();
    expect(parseNumber(12n)).toBeNaN();
    expect(calls).toBe(0);
  });

  it("parseNumber(text, options) does not mutate the options", () => {
    const options = Object.freeze({ percent: true });
    expect(parseNumber("7.3", options)).toBe(0.073);
    expect(options).toEqual({ percent: true });
  });
});
