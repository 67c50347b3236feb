import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withRollup, type WithRollupOptions } from "../../src/rollup/index.js";
import { createEntities, createIndicators, createPanel, DuibiaoError, periodKey, readCsv, readEntitiesCsv, readIndicatorsCsv, type Observation } from "../../src/index.js";

// The demo data (examples/data; illustrative values): 济宁高新区's ten parks sum exactly to the zone.
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../examples/data");
const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
const entities = readEntitiesCsv(read("entities.csv"));
const indicators = readIndicatorsCsv(read("indicators.csv"));
const demo = readCsv(read("observations.csv"), { entities, indicators }).panel;

const key = (o: Observation) => `${o.entity} ${o.indicator} ${periodKey(o.period)}`;
const isZone2018 = (o: Observation) => o.entity === "jining-hitech" && periodKey(o.period) === "2018-01/07" && (o.indicator === "industrial_revenue" || o.indicator === "fixed_investment");

describe("withRollup", () => {
  // The zone publishes only its parks' figures for 1—7月 2018.
  const partsOnly = createPanel(demo.toRows().filter((o) => !isZone2018(o)), { entities, indicators });

  it("withRollup(panel, { parent }) fills the zone's missing figures with its parks' sums", () => {
    const filled = withRollup(partsOnly, { parent: "济宁高新区" });
    expect(filled.size).toBe(partsOnly.size + 2);
    expect(filled.value("jining-hitech", "industrial_revenue", "2018-01/07")).toBe(693.46);
    expect(filled.value("jining-hitech", "fixed_investment", "2018-01/07")).toBe(249.2);
    // the sums are exact aggregates: no flag of their own, but an estimated park makes the sum estimated
    expect(filled.get("jining-hitech", "industrial_revenue", "2018-01/07")?.flags).toEqual([]);
    expect(filled.get("jining-hitech", "fixed_investment", "2018-01/07")?.flags).toEqual(["estimated"]);
    expect(filled.growth("jining-hitech", "industrial_revenue", "2018-01/07")).toBeNaN();
  });

  it("withRollup(panel, { parent }) copies every other observation unchanged, with the definitions", () => {
    const filled = withRollup(partsOnly, { parent: "jining-hitech" });
    const before = new Map(partsOnly.toRows().map((o) => [key(o), o]));
    const after = filled.toRows().filter((o) => !isZone2018(o));
    expect(after).toHaveLength(before.size);
    for (const o of after) expect(o).toEqual(before.get(key(o)));
    expect(filled.entitySet).toBe(partsOnly.entitySet);
    expect(filled.indicatorSet).toBe(partsOnly.indicatorSet);
    expect(filled).not.toBe(partsOnly);
  });

  it("withRollup(panel, { parent }) leaves the parent's existing values alone, even when they differ from the sum", () => {
    const rows = demo.toRows().map((o) => (isZone2018(o) && o.indicator === "industrial_revenue" ? { ...o, value: 700 } : o));
    const panel = createPanel(rows, { entities, indicators });
    const filled = withRollup(panel, { parent: "jining-hitech" });
    expect(filled.size).toBe(panel.size);
    expect(filled.value("jining-hitech", "industrial_revenue", "2018-01/07")).toBe(700);
    expect(filled.toRows()).toEqual(panel.toRows());
  });

  it("withRollup(panel, { parent }) fills a missing value on an existing row, keeping its published growth and flags", () => {
    const ents = createEntities([{ id: "z", name: "区" }, { id: "a", name: "甲园", parent: "z" }, { id: "b", name: "乙园", parent: "z" }]);
    const panel = createPanel(
      [
        { entity: "z", indicator: "va", period: "2018-01/07", value: null, growth: 0.073, flags: "preliminary" },
        { entity: "a", indicator: "va", period: "2018-01/07", value: 12.3 },
        { entity: "b", indicator: "va", period: "2018-01/07", value: 4.56 },
      ],
      { entities: ents },
    );
    const o = withRollup(panel, { parent: "z" }).get("z", "va", "2018-01/07");
    expect(o).toMatchObject({ value: 16.86, growth: 0.073, flags: ["preliminary"] });
  });

  it("withRollup(panel, { parent }) does not fill a sum with a missing child", () => {
    const panel = createPanel(partsOnly.toRows().filter((o) => !(o.entity === "park-guanghe" && o.indicator === "industrial_revenue" && periodKey(o.period) === "2018-01/07")), { entities, indicators });
    const filled = withRollup(panel, { parent: "jining-hitech" });
    expect(filled.value("jining-hitech", "industrial_revenue", "2018-01/07")).toBeNaN();
    expect(filled.get("jining-hitech", "industrial_revenue", "2018-01/07")).toBeUndefined();
    expect(filled.value("jining-hitech", "fixed_investment", "2018-01/07")).toBe(249.2);
    expect(filled.size).toBe(panel.size + 1);
  });

  it("withRollup(panel, { flag }) marks the filled values", () => {
    const filled = withRollup(partsOnly, { parent: "jining-hitech", indicators: ["industrial_revenue"], flag: "estimated" });
    expect(filled.get("jining-hitech", "industrial_revenue", "2018-01/07")?.flags).toEqual(["estimated"]);
    expect(filled.get("jining-hitech", "fixed_investment", "2018-01/07")).toBeUndefined();
    expect(() => withRollup(partsOnly, { parent: "jining-hitech", flag: "guessed" as "estimated" })).toThrow(TypeError);
  });

  it("withRollup(panel, { parent }) never fills a non-additive indicator", () => {
    const ents = createEntities([{ id: "z", name: "区" }, { id: "a", name: "甲园", parent: "z" }]);
    const defs = createIndicators([{ id: "share", name: "占比", unit: "%" }, { id: "n", name: "企业数", unit: "家" }]);
    const panel = createPanel(
      [
        { entity: "a", indicator: "share", period: "2018", value: 0.4 },
        { entity: "a", indicator: "n", period: "2018", value: 7 },
      ],
      { entities: ents, indicators: defs },
    );
    const filled = withRollup(panel, { parent: "z" });
    expect(filled.value("z", "n", "2018")).toBe(7);
    expect(filled.get("z", "share", "2018")).toBeUndefined();
    expect(() => withRollup(panel, { parent: "z", indicators: ["share"] })).toThrow(DuibiaoError);
  });

  it("withRollup(panel, options) does not modify the panel or frozen options", () => {
    const options: WithRollupOptions = Object.freeze({ parent: "jining-hitech", periods: Object.freeze(["2018-01/07"]) });
    const size = partsOnly.size;
    const values = Float64Array.from(partsOnly.columns.value);
    withRollup(partsOnly, options);
    expect(partsOnly.size).toBe(size);
    expect(partsOnly.columns.value).toEqual(values);
    expect(partsOnly.value("jining-hitech", "industrial_revenue", "2018-01/07")).toBeNaN();
  });

  it("withRollup(panel, options) throws as rollupChildren does", () => {
    expect(() => withRollup(createPanel(demo.toRows()), { parent: "jining-hitech" })).toThrow(/load it with \{ entities \}/);
    expect(() => withRollup(demo, undefined as unknown as WithRollupOptions)).toThrow(TypeError);
  });
});
