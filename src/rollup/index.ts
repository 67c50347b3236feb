export type { RollupChildrenOptions, RollupRow, RollupResult } from "./rollupChildren.js";
export { rollupChildren } from "./rollupChildren.js";
export type { WithRollupOptions } from "./withRollup.js";
export { withRollup } from "./withRollup.js";
export type { ProjectIndicatorDefinitionsOptions } from "./projectIndicatorDefinitions.js";
export { projectIndicatorDefinitions } from "./projectIndicatorDefinitions.js";
export type { ProjectStage, ProjectRecord, ProjectIndicatorsOptions, ProjectIndicatorRow, ProjectIndicatorsResult } from "./projectIndicators.js";
export { projectIndicators } from "./projectIndicators.js";
