import { describe, expect, it } from "vitest";
import { chartOptions } from "../../src/charts/_options.js";

describe("chartOptions", () => {
  it("chartOptions(chart, options) returns the options as they are when all is well, without copying", () => {
    const options = { width: 640, height: 300, title: "收入", locale: "en", figure: true, highlight: ["甲"], peers: ["乙"] } as const;
    expect(chartOptions("c", options)).toBe(options);
    expect(chartOptions("c", undefined)).toEqual({});
    expect(chartOptions("c", null)).toEqual({});
  });

  it("chartOptions(chart, options) takes null as not given (JSON's way), and leaves the caller's object alone", () => {
    const options = Object.freeze({ width: null, title: null, locale: null, unit: null, highlight: null, document: null });
    expect(chartOptions("c", options as never)).toEqual({ width: undefined, title: undefined, locale: undefined, unit: undefined, highlight: undefined, document: null });
  });

  it("chartOptions(chart, options) reads ids and titles written as numbers as text, and one peer as a list of one", () => {
    expect(chartOptions("c", { title: 2018, id: 7, subject: 370800, highlight: 370800, peers: "任城区", far: [370811, "长沙"] } as never)).toEqual({ title: "2018", id: "7", subject: "370800", highlight: "370800", peers: ["任城区"], far: ["370811", "长沙"] });
  });

  it("chartOptions(chart, options) throws a TypeError or RangeError that names the chart and the option", () => {
    const bad: [Record<string, unknown>, string, ErrorConstructor][] = [
      [{ width: "640" }, 'c: width must be a number of pixels; got "640"', TypeError],
      [{ height: -1 }, "c: height must be a number of pixels above 0 and at most 1,000,000; got -1", RangeError],
      [{ width: 1e9 }, "c: width must be a number of pixels above 0 and at most 1,000,000; got 1000000000", RangeError],
      [{ locale: "fr" }, 'c: locale must be one of "zh-CN", "en"; got "fr"', TypeError],
      [{ title: { zh: "收入" } }, 'c: title must be text; got {"zh":"收入"}', TypeError],
      [{ title: NaN }, "c: title must be text; got NaN", TypeError],
      [{ figure: "yes" }, 'c: figure must be true or false; got "yes"', TypeError],
      [{ highlight: { id: 1 } }, 'c: highlight must be a label or entity id, or a list of them; got {"id":1}', TypeError],
      [{ subject: ["甲", "乙"] }, 'c: subject must be a label or entity id; got ["甲","乙"]', TypeError],
      [{ unit: 786 }, "c: unit must be a unit's name (亿元, %, 万亩 …) or a Unit; got 786", TypeError],
      [{ unit: () => "亿元" }, "c: unit must be a unit's name (亿元, %, 万亩 …) or a Unit; got () => \"亿元\"", TypeError],
    ];
    for (const [options, message, kind] of bad) {
      expect(() => chartOptions("c", options as never)).toThrow(kind);
      expect(() => chartOptions("c", options as never)).toThrow(message);
    }
    expect(() => chartOptions("c", [] as never)).toThrow("c: options must be an object; got []");
    // a chart whose unit may differ by row takes a function of the row
    const perRow = { unit: (d: { unit: string }) => d.unit } as never;
    expect(chartOptions("bulletChart", perRow, true)).toBe(perRow);
    expect(() => chartOptions("bulletChart", { unit: 786 } as never, true)).toThrow("bulletChart: unit must be a unit's name (亿元, %, 万亩 …) or a Unit, or a function of the row; got 786");
  });
});
