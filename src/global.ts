/**
 * The browser global bundle (dist/duibiao.global.js, package.json "unpkg" and "jsdelivr"): one
 * `<script>` tag, no build step. It defines `window.duibiao` with the core (src/index.ts) and every
 * chart (src/charts/index.ts) plus {@link DuibiaoChartElement}, and registers `<duibiao-chart>`.
 *
 * ```html
 * <script src="https://cdn.jsdelivr.net/npm/duibiao"></script>
 * <script>document.body.append(duibiao.rankingChart(rows, { highlight: "济宁高新区" }));</script>
 * ```
 *
 * @packageDocumentation
 */
import * as charts from "./charts/index.js";
import * as core from "./index.js";
import { DuibiaoChartElement } from "./element.js"; // also registers <duibiao-chart>

const duibiao = Object.freeze({ ...core, ...charts, DuibiaoChartElement });

(globalThis as { duibiao?: typeof duibiao }).duibiao = duibiao;
