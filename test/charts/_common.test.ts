import { describe, expect, it } from "vitest";
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
});
