import { DuibiaoError, show, type DataIssue } from "../_internal/errors.js";
import { nameKey } from "./indicatorSet.js";

/**
 * What {@link createEntities} accepts for one entity: a city, district, county, zone, park …
 *
 * @category Entities
 * @example
 * const spec: EntitySpec = { id: "jining-hitech", name: { zh: "济宁高新区", en: "Jining High-tech Zone" }, kind: "zone", parent: "jining", groups: ["national-hitech"] };
 * spec.kind // => "zone"
 */
export interface EntitySpec {
  id: string;
  name: string | { zh: string; en?: string };
  /** Free text such as city, district, county, zone, park; default "unit". */
  kind?: string;
  /** Id of the entity this one belongs to (a district's city, a park's zone). */
  parent?: string | null;
  /** Peer groups this entity is ranked in, e.g. "全省高新区", "national-hitech". */
  groups?: readonly string[];
}

/**
 * A validated, frozen entity.
 *
 * @category Entities
 * @example
 * const e: Entity = createEntities([{ id: "a", name: "甲区" }]).require("甲区");
 * [e.id, e.kind, e.parent] // => ["a", "unit", null]
 */
export interface Entity {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly kind: string;
  readonly parent: string | null;
  readonly groups: readonly string[];
}

/**
 * Entities with their hierarchy (parents and children) and peer groups, looked up by id or name.
 * Build it with {@link createEntities}.
 *
 * @category Entities
 * @example
 * const set: EntitySet = createEntities([
 *   { id: "jining", name: "济宁市", kind: "city" },
 *   { id: "rencheng", name: "任城区", parent: "jining", groups: ["units"] },
 *   { id: "jining-hitech", name: "济宁高新区", parent: "jining", groups: ["units"] },
 *   { id: "huanghe", name: "黄河新区", parent: "jining-hitech", kind: "park" },
 * ]);
 * set.children("jining").map((e) => e.id) // => ["rencheng", "jining-hitech"]
 * set.descendants("jining").length // => 3
 * set.ancestors("huanghe").map((e) => e.name.zh) // => ["济宁高新区", "济宁市"]
 * set.members("units").map((e) => e.name.zh) // => ["任城区", "济宁高新区"]
 */
export interface EntitySet {
  /** All entities in the order given. */
  readonly list: readonly Entity[];
  /** Every group name, in order of first appearance. */
  readonly groups: readonly string[];
  /** The entity with this id or (Chinese or English) name, or undefined. */
  get(idOrName: string): Entity | undefined;
  /** Like `get`, but throws `E_UNKNOWN_ENTITY`. */
  require(idOrName: string): Entity;
  /** Direct children, in the order given. */
  children(idOrName: string): Entity[];
  /** All entities below, depth first. */
  descendants(idOrName: string): Entity[];
  /** Parent, grandparent, … up to the root. */
  ancestors(idOrName: string): Entity[];
  /** Members of a peer group, in the order given. */
  members(group: string): Entity[];
}

/**
 * Validates entities and indexes them: ids must be unique, parents must exist, and the hierarchy
 * must have no cycle. A name shared by two entities can only be looked up by id.
 *
 * @throws {DuibiaoError} `E_INVALID_DEFINITION` listing every problem (in `issues`)
 * @category Entities
 * @example
 * const set = createEntities([{ id: "weifang-hitech", name: { zh: "潍坊高新区", en: "Weifang High-tech Zone" } }]);
 * set.require("Weifang High-tech Zone").id // => "weifang-hitech"
 * set.get("长沙高新区") // => undefined
 */
export function createEntities(specs: readonly (EntitySpec | Entity)[]): EntitySet {
  const issues: DataIssue[] = [];
  const list: Entity[] = [];
  const byId = new Map<string, Entity>();
  const rowOf = new Map<Entity, number>(); // 1-based position in specs
  specs.forEach((spec, i) => {
    const at = `entity ${i + 1}`;
    if (spec === null || typeof spec !== "object") {
      issues.push({ code: "E_INVALID_DEFINITION", row: i + 1, value: spec, message: `${at} must be an object` });
      return;
    }
    const id = typeof spec.id === "string" ? spec.id.trim() : "";
    const name = typeof spec.name === "string" ? { zh: spec.name } : spec.name;
    if (id === "") issues.push({ code: "E_INVALID_DEFINITION", row: i + 1, field: "id", value: spec.id, message: `${at}: id must be a non-empty string` });
    else if (byId.has(id)) issues.push({ code: "E_INVALID_DEFINITION", row: i + 1, field: "id", value: id, message: `${at}: id ${show(id)} is used twice` });
    if (name == null || typeof name.zh !== "string" || name.zh.trim() === "") {
      issues.push({ code: "E_INVALID_DEFINITION", row: i + 1, field: "name", value: spec.name, message: `${at} (${show(id)}): name must be a non-empty string or { zh, en }` });
      return;
    }
    if (id === "" || byId.has(id)) return;
    const groups = spec.groups ?? [];
    if (!Array.isArray(groups) || groups.some((g) => typeof g !== "string")) {
      issues.push({ code: "E_INVALID_DEFINITION", row: i + 1, field: "groups", value: groups, message: `${at} (${show(id)}): groups must be an array of strings` });
    }
    const e: Entity = Object.freeze({
      id,
      name: Object.freeze({ zh: name.zh.trim(), en: (name.en ?? "").trim() || name.zh.trim() }),
      kind: (spec.kind ?? "").trim() || "unit",
      parent: typeof spec.parent === "string" && spec.parent.trim() !== "" ? spec.parent.trim() : null,
      groups: Object.freeze([...new Set((Array.isArray(groups) ? groups : []).map((g) => String(g).trim()).filter(Boolean))]),
    });
    list.push(e);
    byId.set(id, e);
    rowOf.set(e, i + 1);
  });
  list.forEach((e) => {
    if (e.parent !== null && !byId.has(e.parent)) {
      issues.push({ code: "E_INVALID_DEFINITION", row: rowOf.get(e), field: "parent", value: e.parent, message: `entity ${show(e.id)}: parent ${show(e.parent)} is not defined` });
    }
  });
  for (const e of list) {
    const seen = new Set<string>([e.id]);
    for (let p = e.parent; p !== null; p = byId.get(p)?.parent ?? null) {
      if (seen.has(p)) {
        issues.push({ code: "E_INVALID_DEFINITION", row: rowOf.get(e), field: "parent", value: e.parent, message: `entity ${show(e.id)}: the parent chain loops back (${[...seen].join(" → ")} → ${p})` });
        break;
      }
      seen.add(p);
    }
  }
  if (issues.length > 0) {
    throw new DuibiaoError({
      code: "E_INVALID_DEFINITION",
      message: `createEntities: ${issues.length} problem(s):\n${issues.map((i) => `  - ${i.message}`).join("\n")}`,
      issues,
    });
  }

  const byName = new Map<string, Entity | null>();
  for (const e of list) {
    for (const n of new Set([nameKey(e.name.zh), nameKey(e.name.en)])) byName.set(n, byName.has(n) && byName.get(n) !== e ? null : e);
  }
  const childrenOf = new Map<string, Entity[]>();
  const groups: string[] = [];
  const membersOf = new Map<string, Entity[]>();
  for (const e of list) {
    if (e.parent !== null) (childrenOf.get(e.parent) ?? childrenOf.set(e.parent, []).get(e.parent)!).push(e);
    for (const g of e.groups) {
      if (!membersOf.has(g)) {
        groups.push(g);
        membersOf.set(g, []);
      }
      membersOf.get(g)!.push(e);
    }
  }
  const get = (key: string): Entity | undefined => (typeof key === "string" ? (byId.get(key) ?? byName.get(nameKey(key)) ?? undefined) : undefined);
  const require = (key: string): Entity => {
    const e = get(key);
    if (e === undefined) {
      const shared = byName.get(nameKey(String(key))) === null;
      throw new DuibiaoError({
        code: "E_UNKNOWN_ENTITY",
        value: key,
        message: `unknown entity ${show(key)}${shared ? " (that name belongs to more than one entity: use the id)" : ""}; check the id or add it to the entities`,
      });
    }
    return e;
  };
  const descendants = (key: string): Entity[] => {
    const out: Entity[] = [];
    const walk = (id: string) => {
      for (const c of childrenOf.get(id) ?? []) {
        out.push(c);
        walk(c.id);
      }
    };
    walk(require(key).id);
    return out;
  };
  return Object.freeze({
    list: Object.freeze(list),
    groups: Object.freeze(groups),
    get,
    require,
    children: (key: string) => [...(childrenOf.get(require(key).id) ?? [])],
    descendants,
    ancestors(key: string): Entity[] {
      const out: Entity[] = [];
      for (let p = require(key).parent; p !== null; p = byId.get(p)!.parent) out.push(byId.get(p)!);
      return out;
    },
    members: (group: string) => [...(membersOf.get(group) ?? [])],
  });
}
