import { describe, expect, it } from "vitest";
import { createEntities, type EntitySpec } from "../../src/index.js";
import { caught } from "../_tooling/caught.js";

function frozen(specs: EntitySpec[]): readonly EntitySpec[] {
  return Object.freeze(
    specs.map((s) =>
      Object.freeze({
        ...s,
        ...(typeof s.name === "object" ? { name: Object.freeze({ ...s.name }) } : {}),
        ...(s.groups ? { groups: Object.freeze([...s.groups]) } : {}),
      }),
    ),
  );
}

const SPECS = frozen([
  { id: "jining", name: { zh: "济宁市", en: "Jining" }, kind: "city" },
  { id: "rencheng", name: { zh: "任城区", en: "Rencheng District" }, kind: "district", parent: "jining", groups: ["jining-units"] },
  { id: "jining-hitech", name: { zh: "济宁高新区", en: "Jining High-tech Zone" }, kind: "zone", parent: "jining", groups: ["jining-units", "national-hitech"] },
  { id: "park-huanghe", name: "黄河新区", kind: "park", parent: "jining-hitech", groups: ["jining-hitech-parks"] },
  { id: "park-pharma", name: "医药健康产业园", kind: "park", parent: "jining-hitech", groups: ["jining-hitech-parks"] },
  { id: "park-pharma-east", name: "医药健康产业园东区", kind: "park", parent: "park-pharma" },
  { id: "weifang-hitech", name: { zh: "潍坊高新区", en: "Weifang High-tech Zone" }, kind: "zone", groups: ["national-hitech"] },
]);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe("createEntities", () => {
  it("createEntities(specs) keeps the entities in the order given, with defaults filled in", () => {
    const set = createEntities(SPECS);
    expect(ids(set.list)).toEqual(["jining", "rencheng", "jining-hitech", "park-huanghe", "park-pharma", "park-pharma-east", "weifang-hitech"]);
    expect(set.require("jining")).toEqual({ id: "jining", name: { zh: "济宁市", en: "Jining" }, kind: "city", parent: null, groups: [] });
    expect(set.require("park-huanghe")).toEqual({
      id: "park-huanghe",
      name: { zh: "黄河新区", en: "黄河新区" },
      kind: "park",
      parent: "jining-hitech",
      groups: ["jining-hitech-parks"],
    });
    expect(createEntities([{ id: "a", name: "甲区" }]).require("a")).toEqual({ id: "a", name: { zh: "甲区", en: "甲区" }, kind: "unit", parent: null, groups: [] });
  });

  it("createEntities(specs) does not mutate the specs and returns frozen entities", () => {
    const copy = JSON.parse(JSON.stringify(SPECS));
    const set = createEntities(SPECS);
    expect(SPECS).toEqual(copy);
    expect(Object.isFrozen(set.list)).toBe(true);
    expect(Object.isFrozen(set.list[2])).toBe(true);
    expect(Object.isFrozen(set.list[2].groups)).toBe(true);
  });

  it("createEntities(specs) trims ids, names and groups, drops empty and repeated groups, and reads an empty parent as none", () => {
    const set = createEntities([{ id: " a ", name: " 甲区 ", kind: " ", parent: " ", groups: [" g ", "g", "", "h"] }]);
    expect(set.require("a")).toEqual({ id: "a", name: { zh: "甲区", en: "甲区" }, kind: "unit", parent: null, groups: ["g", "h"] });
  });

  it("createEntities([]) is an empty set", () => {
    const set = createEntities([]);
    expect(set.list).toEqual([]);
    expect(set.groups).toEqual([]);
    expect(set.members("g")).toEqual([]);
  });

  it("set.children(key) returns the direct children in the order given", () => {
    const set = createEntities(SPECS);
    expect(ids(set.children("jining"))).toEqual(["rencheng", "jining-hitech"]);
    expect(ids(set.children("济宁高新区"))).toEqual(["park-huanghe", "park-pharma"]);
    expect(set.children("rencheng")).toEqual([]);
  });

  it("set.descendants(key) returns everything below, depth first", () => {
    const set = createEntities(SPECS);
    expect(ids(set.descendants("jining"))).toEqual(["rencheng", "jining-hitech", "park-huanghe", "park-pharma", "park-pharma-east"]);
    expect(ids(set.descendants("Jining High-tech Zone"))).toEqual(["park-huanghe", "park-pharma", "park-pharma-east"]);
    expect(set.descendants("weifang-hitech")).toEqual([]);
  });

  it("set.ancestors(key) returns the parent, grandparent, … up to the root", () => {
    const set = createEntities(SPECS);
    expect(ids(set.ancestors("park-pharma-east"))).toEqual(["park-pharma", "jining-hitech", "jining"]);
    expect(set.ancestors("黄河新区").map((e) => e.name.zh)).toEqual(["济宁高新区", "济宁市"]);
    expect(set.ancestors("jining")).toEqual([]);
  });

  it("set.members(group) returns a group's members in the order given; set.groups lists the groups", () => {
    const set = createEntities(SPECS);
    expect(ids(set.members("jining-units"))).toEqual(["rencheng", "jining-hitech"]);
    expect(ids(set.members("national-hitech"))).toEqual(["jining-hitech", "weifang-hitech"]);
    expect(ids(set.members("jining-hitech-parks"))).toEqual(["park-huanghe", "park-pharma"]);
    expect(set.members("no-such-group")).toEqual([]);
    expect(set.groups).toEqual(["jining-units", "national-hitech", "jining-hitech-parks"]);
  });

  it("set.children/descendants/ancestors(unknown) throw E_UNKNOWN_ENTITY", () => {
    const set = createEntities(SPECS);
    expect(caught(() => set.children("泰安高新区")).code).toBe("E_UNKNOWN_ENTITY");
    expect(caught(() => set.descendants("泰安高新区")).code).toBe("E_UNKNOWN_ENTITY");
    expect(caught(() => set.ancestors("泰安高新区")).code).toBe("E_UNKNOWN_ENTITY");
  });

  it("set.get(key) finds an entity by id, Chinese name or English name", () => {
    const set = createEntities(SPECS);
    expect(set.get("jining-hitech")?.id).toBe("jining-hitech");
    expect(set.get("济宁高新区")?.id).toBe("jining-hitech");
    expect(set.get("Jining High-tech Zone")?.id).toBe("jining-hitech");
    expect(set.get("jining high-tech zone")?.id).toBe("jining-hitech");
    expect(set.get(" 济宁高新区 ")?.id).toBe("jining-hitech");
    expect(set.get("长沙高新区")).toBeUndefined();
    expect(set.get(42 as unknown as string)).toBeUndefined();
  });

  it("set.require(key) throws E_UNKNOWN_ENTITY saying what to do", () => {
    const err = caught(() => createEntities(SPECS).require("长沙高新区"));
    expect(err.code).toBe("E_UNKNOWN_ENTITY");
    expect(err.value).toBe("长沙高新区");
    expect(err.message).toMatch(/check the id or add it to the entities/);
  });

  it("set.get(name) resolves a name shared by two entities to neither; they are found by id", () => {
    const set = createEntities([
      { id: "a-new", name: "新区", parent: null },
      { id: "b-new", name: { zh: "新区", en: "B New Area" } },
      { id: "c-new", name: "新区" },
    ]);
    expect(set.get("新区")).toBeUndefined();
    expect(set.get("a-new")?.id).toBe("a-new");
    expect(set.get("c-new")?.id).toBe("c-new");
    expect(set.get("B New Area")?.id).toBe("b-new");
    const err = caught(() => set.require("新区"));
    expect(err.code).toBe("E_UNKNOWN_ENTITY");
    expect(err.message).toMatch(/more than one entity: use the id/);
  });

  it("createEntities(specs) reports a duplicate id, an unknown parent and a cycle all at once", () => {
    const err = caught(() =>
      createEntities(
        frozen([
          { id: "a", name: "甲" },
          { id: "a", name: "甲二" },
          { id: "b", name: "乙", parent: "zz" },
          { id: "c", name: "丙", parent: "d" },
          { id: "d", name: "丁", parent: "c" },
        ]),
      ),
    );
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.issues.map((i) => [i.code, i.row, i.field, i.value])).toEqual([
      ["E_INVALID_DEFINITION", 2, "id", "a"],
      ["E_INVALID_DEFINITION", 3, "parent", "zz"],
      ["E_INVALID_DEFINITION", 4, "parent", "d"],
      ["E_INVALID_DEFINITION", 5, "parent", "c"],
    ]);
    expect(err.issues[0].message).toMatch(/"a" is used twice/);
    expect(err.issues[1].message).toMatch(/parent "zz" is not defined/);
    expect(err.issues[2].message).toMatch(/loops back/);
    expect(err.message).toMatch(/4 problem/);
  });

  it("createEntities(specs) reports the cycle a → b → a on both entities", () => {
    const err = caught(() => createEntities([{ id: "a", name: "甲", parent: "b" }, { id: "b", name: "乙", parent: "a" }]));
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.issues).toHaveLength(2);
    expect(err.issues.map((i) => [i.row, i.field])).toEqual([
      [1, "parent"],
      [2, "parent"],
    ]);
    expect(err.issues[0].message).toMatch(/a → b → a/);
    expect(err.issues[1].message).toMatch(/b → a → b/);
  });

  it("createEntities(specs) reports an entity that is its own parent", () => {
    const err = caught(() => createEntities([{ id: "a", name: "甲", parent: "a" }]));
    expect(err.issues.map((i) => [i.code, i.row, i.field])).toEqual([["E_INVALID_DEFINITION", 1, "parent"]]);
  });

  it("createEntities(specs) reports bad specs with their position and field", () => {
    const err = caught(() =>
      createEntities([
        null as never,
        { id: "", name: "甲" },
        { id: "b", name: "" },
        { id: "c", name: { en: "C" } } as never,
        { id: "d", name: "丁", groups: "g" as never },
        { id: "e", name: "戊", groups: [1] as never },
      ]),
    );
    expect(err.code).toBe("E_INVALID_DEFINITION");
    expect(err.issues.map((i) => [i.row, i.field])).toEqual([
      [1, undefined],
      [2, "id"],
      [3, "name"],
      [4, "name"],
      [5, "groups"],
      [6, "groups"],
    ]);
  });
});
