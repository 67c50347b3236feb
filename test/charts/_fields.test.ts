import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { field, readKeys } from "../../src/charts/_common.js";
import { READERS } from "../../src/charts/_fields.js";

const chartsDir = new URL("../../src/charts/", import.meta.url);

/** Every list of default keys a chart passes to field(): `field<…>(options.x, ["a", "b"], …)`. */
function defaultKeyLists(): { file: string; keys: string }[] {
  const out: { file: string; keys: string }[] = [];
  for (const file of readdirSync(chartsDir).filter((f) => f.endsWith(".ts"))) {
    const source = readFileSync(new URL(file, chartsDir), "utf8");
    for (const m of source.matchAll(/\bfield<[^(]*>\([^,]+,\s*\[([^\]]*)\]/g)) {
      const keys = [...m[1].matchAll(/"([^"]+)"/g)].map((k) => k[1]);
      if (keys.length > 0) out.push({ file, keys: keys.join(",") });
    }
  }
  return out;
}

class Getter {
  get value() {
    return 7.3;
  }
  get label() {
    return "类";
  }
}

/** Rows that tell readers apart: each key alone, each key undefined or null in front of the next, rows that are not objects. */
function rowsFor(keys: string[]): unknown[] {
  const rows: unknown[] = [null, undefined, 3, "value", true, {}, new Getter(), Object.create({ value: "inherited", label: "inherited" })];
  keys.forEach((k, i) => {
    rows.push({ [k]: `only ${k}` });
    rows.push({ [k]: undefined, [keys[i + 1] ?? "other"]: "next" });
    rows.push({ [k]: null, [keys[i + 1] ?? "other"]: "next" });
    rows.push({ [k]: 0, [keys[i + 1] ?? "other"]: "next" });
    rows.push(Object.fromEntries(keys.slice(i).map((key) => [key, `from ${key}`])));
  });
  return rows;
}

describe("the readers of default fields (_fields.ts)", () => {
  it("each reads what the shared reader reads, for every kind of row", () => {
    expect(READERS.size).toBeGreaterThan(20);
    for (const [name, read] of READERS) {
      const keys = name.split(",");
      const shared = readKeys(keys);
      for (const d of rowsFor(keys)) expect([name, read(d)]).toEqual([name, shared(d)]);
    }
  });

  it("the worked cases: the first key with a value, null counting as one", () => {
    const label = READERS.get("label,name,entity")!;
    expect(label({ label: "甲", name: "乙", entity: "e1" })).toBe("甲");
    expect(label({ name: "乙", entity: "e1" })).toBe("乙");
    expect(label({ label: undefined, entity: "e1" })).toBe("e1");
    expect(label({ label: null, entity: "e1" })).toBe(null);
    expect(label(null)).toBeUndefined();
    expect(READERS.get("value")!(new Getter())).toBe(7.3);
  });

  it("every list of default keys in src/charts has its reader, and field() hands it out", () => {
    const lists = defaultKeyLists();
    expect(lists.length).toBeGreaterThan(30); // the scan finds the charts' calls
    const missing = lists.filter(({ keys }) => !READERS.has(keys));
    expect(missing).toEqual([]);
    for (const { keys } of lists) expect(field(undefined, keys.split(","))).toBe(READERS.get(keys));
  });

  it("a field named as a default key gets that key's reader; other names, and names of Object's methods, the shared one", () => {
    expect(field("value", ["actual", "value"])).toBe(READERS.get("value"));
    const other = field<unknown, unknown>("收入", ["value"]);
    expect([...READERS.values()]).not.toContain(other);
    expect(other({ 收入: 693.46 }, 0, [])).toBe(693.46);
    const toString = field<unknown, unknown>("toString", []);
    expect(toString({ toString: "文本" }, 0, [])).toBe("文本");
    expect(field<unknown, unknown>("constructor", [])({ constructor: 1 }, 0, [])).toBe(1);
  });
});
