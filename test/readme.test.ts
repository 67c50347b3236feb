/**
 * The README's tour runs: every ```js block is executed in order in one scope (later blocks see the
 * constants of earlier ones), and every `expr // => expected` line is checked, as for the doc examples.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as charts from "../src/charts/index.js";
import * as api from "../src/index.js";
import { runExample } from "./_tooling/exampleRunner.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);

describe("README", () => {
  it("has exactly two set-up commands: the demo and the test suite", () => {
    const setup = readme.split("## Set up")[1].split("\n## ")[0];
    expect([...setup.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim())).toEqual(["npm install && npm run demo", "npm test"]);
  });

  it("tour runs and prints what it says", async () => {
    expect(blocks.length).toBeGreaterThan(3);
    // One program: the blocks in order, imports of node:fs replaced by the scope.
    const code = blocks.join("\n").replace(/^import .* from "node:fs";$/gm, "");
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const result = await runExample(code, { ...api, ...charts, readFileSync });
      if (!result.ok) expect.fail(JSON.stringify(result.failures, null, 2));
      expect(result.checks).toBeGreaterThan(15);
    } finally {
      process.chdir(cwd);
    }
  });
});
