#!/usr/bin/env node
// Bundle sizes, minified and gzipped, as a user's bundler would ship them:
//
//   (a) `import { rank } from "duibiao"` alone    target ≤ 3 KB
//   (b) duibiao/charts with its d3 modules          target ≤ 45 KB
//   (c) duibiao/element with its d3 modules         (no target)
//   (d) the browser global bundle, as built         (no target)
//
// (a)–(c) are bundled from dist/ with esbuild (it comes with tsup) through the package's own
// exports map and "sideEffects", for the browser, minified; (d) is dist/duibiao.global.js as
// tsup wrote it. Each is gzipped (node:zlib, level 9).
//
//   node scripts/size.mjs          prints a table
//   node scripts/size.mjs --json   the same as JSON
//
// Exits 1 when a bundle is over its target (a budget: the build fails when it is broken, so the
// change that broke it is the one that sees it), when a built file is missing (run `npm run build`
// first) or when a bundle fails.
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const global = pkg.unpkg ?? "./dist/duibiao.global.js";

const cases = [
  { name: 'import { rank } from "duibiao"', needs: "dist/index.js", code: `export { rank } from "duibiao";`, target: 3 },
  { name: "duibiao/charts + d3", needs: "dist/charts.js", code: `export * from "duibiao/charts";`, target: 45 },
  { name: "duibiao/element + d3", needs: "dist/element.js", code: `export * from "duibiao/element";` },
  { name: `global bundle (${path.basename(global)})`, needs: global, file: global },
];

const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Bundles `code` as if it were a file in a project that depends on duibiao. */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "js", sourcefile: "size-entry.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    // "duibiao" resolves to this package by self-reference: through its exports map and with its
    // "sideEffects", as it would from node_modules
  });
  return result.outputFiles[0].contents;
}

const rows = [];
let ok = true;
for (const c of cases) {
  if (!existsSync(path.join(root, c.needs))) {
    console.log(`size: ${c.needs} is missing: run \`npm run build\` first`);
    ok = false;
    continue;
  }
  try {
    const bytes = c.file ? readFileSync(path.join(root, c.file)) : await bundle(c.code);
    const gz = gzipSync(bytes, { level: 9 }).length;
    rows.push({ name: c.name, min: bytes.length, gzip: gz, target: c.target ?? null, over: c.target !== undefined && gz > c.target * 1024 });
  } catch (e) {
    console.log(`size: bundling ${c.name} failed: ${e instanceof Error ? e.message : e}`);
    ok = false;
  }
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`${"bundle".padEnd(width)}  ${"min".padStart(9)}  ${"min+gzip".padStart(9)}  target (min+gzip)`);
  for (const r of rows) {
    const target = r.target === null ? "-" : `≤ ${r.target} KB${r.over ? `  OVER by ${kb(r.gzip - r.target * 1024)} KB` : "  ok"}`;
    console.log(`${r.name.padEnd(width)}  ${`${kb(r.min)} KB`.padStart(9)}  ${`${kb(r.gzip)} KB`.padStart(9)}  ${target}`);
  }
}
// A bundle over its budget fails the build, so that a regression is seen when it is made.
if (rows.some((r) => r.over)) {
  console.log("size: over budget (see above)");
  ok = false;
}
process.exit(ok ? 0 : 1);
