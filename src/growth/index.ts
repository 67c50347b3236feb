export { growthRate } from "./growthRate.js";
export { cagr } from "./cagr.js";
export type { AverageGrowthOptions } from "./averageGrowth.js";
export { averageGrowth } from "./averageGrowth.js";
export type { ChainGrowthOptions } from "./chainGrowth.js";
export { chainGrowth } from "./chainGrowth.js";
export { contribution } from "./contribution.js";
export type { GrowthMethod, GrowthOrigin, PanelGrowthOptions, GrowthValue, PanelGrowth } from "./panelGrowth.js";
export { panelGrowth } from "./panelGrowth.js";
