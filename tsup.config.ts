import { defineConfig } from "tsup";

/**
 * One entry per public subpath. Later issues add `charts`, `element`, `report` and the
 * browser global bundle here; each must also appear in package.json's "exports".
 */
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    splitting: false,
  },
]);
