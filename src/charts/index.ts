export type { ChartOptions } from "./_frame.js";
export type { Chart } from "./defineChart.js";
export { renderToString } from "./renderToString.js";
export { toSVGString } from "./toSVGString.js";
export type { RankingChartOptions } from "./rankingChart.js";
export { rankingChart } from "./rankingChart.js";
