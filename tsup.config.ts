import { defineConfig } from "tsup";

/**
 * One entry per public subpath; each must also appear in package.json's "exports".
 *
 * - `duibiao` (src/index.ts): the core. No DOM, no d3 charts, no Node built-ins.
 * - `duibiao/charts` (src/charts/index.ts): the chart components, renderToString, toSVGString.
 * - `duibiao/element` (src/element.ts): registers `<duibiao-chart>` (the one entry with a side effect).
 *
 * These three are ESM + CJS with declarations; their dependencies (d3-array, d3-dsv, luxon)
 * stay external, as npm installs them. Each entry is bundled on its own (no shared chunks), so the
 * charts and element entries carry their own copy of the core code they use.
 *
 * The browser global bundle (src/global.ts → dist/duibiao.global.js, package.json "unpkg"/"jsdelivr")
 * is one minified IIFE with every dependency inlined: `window.duibiao` holds the core and every chart,
 * and `<duibiao-chart>` is registered — one `<script>` tag, no build step.
 */
const common = {
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  splitting: false,
} as const;

export default defineConfig([
  {
    ...common,
    entry: { index: "src/index.ts", charts: "src/charts/index.ts", element: "src/element.ts" },
    format: ["esm", "cjs"],
    dts: true,
    // both builds run at once: this one cleans dist/ but for the global bundle, which the other writes
    clean: ["!duibiao.global.js", "!duibiao.global.js.map"],
    platform: "neutral",
  },
  {
    ...common,
    entry: { duibiao: "src/global.ts" },
    format: ["iife"],
    platform: "browser",
    minify: true,
    // esbuild tree-shakes the bundle itself; tsup's extra rollup pass would want an IIFE global name,
    // but src/global.ts sets window.duibiao itself
    treeshake: false,
    // everything inlined: the page has no module resolution
    noExternal: [/.*/],
    dts: false,
    clean: false,
  },
]);
