// The demo data of examples/data (illustrative values; see its README), loaded with the built library:
// entities and peer groups, indicator definitions (with the plan's), observations, the 2018 plan figures,
// the zones' annual history merged into one panel, and the 2018 targets. Used by demo.mjs and gallery-data.mjs.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createIndicators, mergePanels, readCsv, readEntitiesCsv, readIndicatorsCsv, readTargetsCsv } from "../dist/index.js";

export function loadDemoData() {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "data");
  const read = (name) => readFileSync(join(dir, name), "utf8");
  const entities = readEntitiesCsv(read("entities.csv"));
  const indicators = createIndicators([...readIndicatorsCsv(read("indicators.csv")).list, ...readIndicatorsCsv(read("plan_indicators.csv")).list]);
  const observations = readCsv(read("observations.csv"), { entities, indicators });
  const plan = readCsv(read("plan_2018.csv"), { entities, indicators });
  const history = readCsv(read("zones_annual.csv"), { entities, indicators });
  const panel = mergePanels([observations.panel, plan.panel, history.panel], { entities, indicators });
  const targets = readTargetsCsv(read("targets_2018.csv"));
  return { entities, indicators, observations, plan, history, panel, targets };
}
