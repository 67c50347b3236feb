/**
 * Every public export of src/index.ts has a TSDoc comment with an `@example`, and every example
 * runs: a line `expr // => expected` checks that expr evaluates to expected (numbers within 1e-9,
 * NaN equals NaN, deep for arrays and objects); other lines run as statements. Symbols tagged
 * `@internal` are skipped. See test/_tooling/exampleRunner.ts for the exact rules.
 *
 * The entry can be pointed elsewhere with DUIBIAO_EXAMPLES_ENTRY (a path from the repo root);
 * the default, and the one CI uses, is src/index.ts.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectPublicSymbols, formatFailures, runExample, type PublicSymbol } from "./_tooling/exampleRunner.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Every public entry: the core and the charts. Examples run with the exports of all entries in scope
// (a chart's example may build its data with the core).
const entryNames = process.env.DUIBIAO_EXAMPLES_ENTRY ? [process.env.DUIBIAO_EXAMPLES_ENTRY] : ["src/index.ts", "src/charts/index.ts"];
const rel = (file: string) => path.relative(root, file);
let api: Record<string, unknown> = {};
for (const name of entryNames) {
  try {
    if (existsSync(path.resolve(root, name))) api = { ...api, ...((await import(/* @vite-ignore */ path.resolve(root, name))) as Record<string, unknown>) };
  } catch {
    // reported per entry below
  }
}

for (const entryName of entryNames) {
const entry = path.resolve(root, entryName);
let loadError: unknown = null;
let symbols: PublicSymbol[] = [];
let collectError: unknown = null;
if (existsSync(entry)) {
  try {
    await import(/* @vite-ignore */ entry);
  } catch (e) {
    loadError = e;
  }
  try {
    symbols = collectPublicSymbols(entry);
  } catch (e) {
    collectError = e;
  }
}

describe(`doc examples of ${entryName}`, () => {
  if (!existsSync(entry)) {
    it(`${entryName} exists`, () => {
      expect.fail(`${entry} does not exist: no public API to check the @examples of`);
    });
    return;
  }
  it(`${entryName} loads and its exports can be listed`, () => {
    if (loadError) expect.fail(`importing ${entryName} failed: ${String((loadError as Error)?.stack ?? loadError)}`);
    if (collectError) expect.fail(`listing the exports of ${entryName} failed: ${String(collectError)}`);
    expect(symbols.length, `${entryName} exports nothing`).toBeGreaterThan(0);
  });

  for (const symbol of symbols) {
    if (symbol.internal) continue;
    const where = symbol.declarations.map((d) => `${rel(d.file)}:${d.line}`).join(", ") || "(declaration not found)";

    it(`${symbol.name} has a doc comment with an @example`, () => {
      if (!symbol.hasDoc) expect.fail(`${symbol.name} (${where}) has no /** doc comment */`);
      if (symbol.examples.length === 0) expect.fail(`${symbol.name} (${where}): its doc comment has no @example`);
    });

    symbol.examples.forEach((block, k) => {
      const title = `${symbol.name} @example${k === 0 ? "" : ` #${k + 1}`} runs`;
      it(title, async () => {
        const result = await runExample(block.code, api);
        if (!result.ok) expect.fail(formatFailures(title, block, result, root));
      });
    });
  }
});
}
