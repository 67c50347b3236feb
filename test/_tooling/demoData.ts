/**
 * The demo data of examples/data (illustrative figures), loaded through the public entry
 * src/index.ts, for the charts' snapshot tests.
 */
import { readFileSync } from "node:fs";
import { createIndicators, mergePanels, readCsv, readEntitiesCsv, readIndicatorsCsv, readTargetsCsv } from "../../src/index.js";

const read = (f: string) => readFileSync(new URL(`../../examples/data/${f}`, import.meta.url), "utf8");

export const entities = readEntitiesCsv(read("entities.csv"));
export const indicators = createIndicators([...readIndicatorsCsv(read("indicators.csv")).list, ...readIndicatorsCsv(read("plan_indicators.csv")).list]);
/** Monthly observations of 2017–2018 (entities, indicators as above). */
export const observations = readCsv(read("observations.csv"), { entities, indicators }).panel;
/** Annual history of the zones, 2010–2018. */
export const annual = readCsv(read("zones_annual.csv"), { entities, indicators }).panel;
export const plan = readCsv(read("plan_2018.csv"), { entities, indicators }).panel;
export const panel = mergePanels([observations, annual, plan], { entities, indicators });
/** The 2018 targets of 济宁高新区. */
export const targets = readTargetsCsv(read("targets_2018.csv"));
