import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/narrative/index.js";

describe("displayWidth", () => {
  it("displayWidth(text) counts CJK characters, full-width forms and CJK punctuation as 1 em", () => {
    expect(displayWidth("济宁高新区")).toBe(5);
    expect(displayWidth("一区十园")).toBe(4);
    expect(displayWidth("（１２）")).toBe(4);
    expect(displayWidth("，。、「」")).toBe(5);
    expect(displayWidth("\u3000")).toBe(1);
    expect(displayWidth("—…")).toBe(2);
    expect(displayWidth("𠀀")).toBe(1); // a surrogate pair is one character
  });

  it("displayWidth(text) uses the per-character table for ASCII", () => {
    expect(displayWidth("Jining")).toBeCloseTo(2.9, 12); // J .65 + i .3 + n .55 + i .3 + n .55 + g .55
    expect(displayWidth("il1.")).toBeCloseTo(0.3 + 0.3 + 0.56 + 0.3, 12);
    expect(displayWidth("MW")).toBeCloseTo(1.7, 12);
    expect(displayWidth("0123456789")).toBeCloseTo(5.6, 12);
    expect(displayWidth("GDP")).toBeCloseTo(1.95, 12);
    expect(displayWidth("a b")).toBeCloseTo(1.4, 12);
    expect(displayWidth("(t)")).toBeCloseTo(1.05, 12);
  });

  it("displayWidth(text) adds up mixed labels", () => {
    expect(displayWidth("1—7月份")).toBeCloseTo(4.12, 12);
    expect(displayWidth("济宁高新区 Jining")).toBeCloseTo(5 + 0.3 + 2.9, 12);
    expect(displayWidth("12.47亿元")).toBeCloseTo(4 * 0.56 + 0.3 + 2, 12);
  });

  it("displayWidth(text) gives 0 to control, combining and zero-width characters", () => {
    expect(displayWidth("a\u0301")).toBeCloseTo(0.55, 12);
    expect(displayWidth("\n\t")).toBe(0);
    expect(displayWidth("\u200b")).toBe(0);
    expect(displayWidth("é")).toBeCloseTo(0.55, 12);
  });

  it("displayWidth(text, { fontSize }) returns pixels", () => {
    expect(displayWidth("济宁高新区", { fontSize: 12 })).toBe(60);
    expect(displayWidth("Jining", { fontSize: 10 })).toBeCloseTo(29, 12);
  });

  it("displayWidth('') and missing text are 0", () => {
    expect(displayWidth("")).toBe(0);
    expect(displayWidth(null)).toBe(0);
    expect(displayWidth(undefined)).toBe(0);
  });

  it("displayWidth(text, { fontSize }) rejects a bad font size", () => {
    for (const fontSize of [0, -12, NaN, Infinity]) expect(() => displayWidth("a", { fontSize })).toThrow(RangeError);
    expect(() => displayWidth("a", { fontSize: "12" as unknown as number })).toThrow(/displayWidth: fontSize must be a positive number; got "12"/);
  });
});
