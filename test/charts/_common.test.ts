import { describe, expect, it, vi } from "vitest";
import { field } from "../../src/charts/_common.js";

describe("field", () => {
  it("field(accessor, keys) returns the accessor when there is one", () => {
    const f = (d: { v: number }) => d.v * 2;
    expect(field(f, ["value"])).toBe(f);
  });

  it("field(undefined, keys) reads the first key the row has a value for, in order", () => {
    const label = field<unknown, unknown>(undefined, ["label", "name", "entity"]);
    expect(label({ label: "甲", name: "乙", entity: "e1" }, 0, [])).toBe("甲");
    expect(label({ name: "乙", entity: "e1" }, 0, [])).toBe("乙");
    expect(label({ entity: "e1" }, 0, [])).toBe("e1");
    // A key holding undefined counts as absent; null, 0 and "" are values.
    expect(label({ label: undefined, entity: "e1" }, 0, [])).toBe("e1");
    expect(label({ label: null, entity: "e1" }, 0, [])).toBe(null);
    expect(label({ label: "", entity: "e1" }, 0, [])).toBe("");
    expect(label({}, 0, [])).toBeUndefined();
  });

  it("field(undefined, keys) reads getters of a class, and more than three keys", () => {
    class Row {
      get value() {
        return 7.3;
      }
    }
    expect(field<unknown, unknown>(undefined, ["value"])(new Row(), 0, [])).toBe(7.3);
    expect(field<unknown, unknown>(undefined, ["a", "b", "c", "d", "e"])({ e: 5 }, 0, [])).toBe(5);
  });

  it("field(undefined, keys) gives undefined for a row that is not an object, and with no keys", () => {
    const value = field<unknown, unknown>(undefined, ["value"]);
    for (const d of [null, undefined, 3, "value"]) expect(value(d, 0, [])).toBeUndefined();
    expect(field<unknown, unknown>(undefined, [])({ undefined: 1 }, 0, [])).toBeUndefined();
  });

  it("field(name, keys) reads the named field only, not the default keys", () => {
    const value = field<unknown, unknown>("收入", ["value"]);
    expect(value({ 收入: 693.46, value: 1 }, 0, [])).toBe(693.46);
    expect(value({ value: 1 }, 0, [])).toBeUndefined();
    expect(value(null, 0, [])).toBeUndefined();
  });

  it("field(name, keys, site) warns once when no row has the field, listing the first row's fields", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const site = { chart: "testChart", option: "value", rows: [null, { 城市: "济宁", 收入: 5 }, { 城市: "潍坊" }] };
      field("收人", ["value"], site);
      field("收人", ["value"], site);
      field("收入", ["value"], site); // the second row has it
      field("收入", ["value"], { ...site, rows: [] }); // nothing to say about no rows
      expect(warn.mock.calls).toEqual([[`testChart: no row has the field "收人" (options.value); the first row's fields are "城市", "收入"`]]);
    } finally {
      warn.mockRestore();
    }
  });

  it("field(x, keys, site) throws a TypeError for anything but a function, a string, undefined or null", () => {
    const site = { chart: "testChart", option: "label", rows: [] };
    expect(field(null, ["label"], site)({ label: "甲" }, 0, [])).toBe("甲"); // JSON's "not given"
    for (const bad of [42, true, { field: "label" }]) {
      expect(() => field(bad as never, ["label"], site)).toThrow(TypeError);
    }
    expect(() => field(42 as never, ["label"], site)).toThrow("testChart: label must be a function (d, i, data) => value or the name of a field; got 42");
  });
});
