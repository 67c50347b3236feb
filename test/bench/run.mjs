// npm run bench — prints figures; asserts nothing. Run after `npm run build` (the script does it).
// Usage: node --expose-gc test/bench/run.mjs [panel]
import { createPanel, periodRange, periodKey, readCsv, toCsv } from "../../dist/index.js";
import { PanelBuilderBench } from "./panelBuild.mjs";

const only = process.argv[2];
const suites = { panel: PanelBuilderBench };
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  console.log(`\n# ${name}`);
  await run({ createPanel, periodRange, periodKey, readCsv, toCsv });
}
