// npm run bench — prints figures; asserts nothing. `npm run bench -- <suite>` runs one suite.
import * as api from "../../dist/index.js";
import { analyticsBench } from "./analytics.mjs";
import { chartsBench } from "./charts.mjs";
import { panelBench } from "./panelBuild.mjs";

const only = process.argv[2];
const suites = { panel: panelBench, analytics: analyticsBench, charts: chartsBench };
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  console.log(`\n# ${name}`);
  await run(api);
}
