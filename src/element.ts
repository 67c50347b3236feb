/**
 * `duibiao/element`: registers the custom element `<duibiao-chart>` (see {@link DuibiaoChartElement}).
 * Importing this entry has that one side effect, and only in a browser and only once: when
 * `duibiao-chart` is already defined (say, by the global bundle), it is left alone.
 *
 * ```html
 * <script type="module">import "duibiao/element";</script>
 * <duibiao-chart type="ranking" src="/data/revenue.json"></duibiao-chart>
 * ```
 *
 * @packageDocumentation
 */
import { DuibiaoChartElement } from "./charts/element.js";

export type { ChartElementData } from "./charts/element.js";
export { DuibiaoChartElement } from "./charts/element.js";

declare global {
  interface HTMLElementTagNameMap {
    "duibiao-chart": DuibiaoChartElement;
  }
}

if (typeof customElements !== "undefined" && customElements.get("duibiao-chart") === undefined) {
  customElements.define("duibiao-chart", DuibiaoChartElement);
}
