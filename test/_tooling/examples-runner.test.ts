/**
 * Tests of the @example runner (test/_tooling/exampleRunner.ts) on the fixture API in
 * test/fixtures/examples/, which has good examples, an @internal export, an undocumented one and
 * deliberately broken examples that the runner must report.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as fixture from "../fixtures/examples/index.js";
import {
  approxEqual,
  collectPublicSymbols,
  formatFailures,
  parseDocComment,
  runExample,
  type PublicSymbol,
} from "./exampleRunner.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.resolve(here, "../fixtures/examples/index.ts");
const api = fixture as unknown as Record<string, unknown>;
const symbols = collectPublicSymbols(entry);
const byName = new Map(symbols.map((s) => [s.name, s]));
const get = (name: string): PublicSymbol => {
  const s = byName.get(name);
  if (!s) throw new Error(`fixture symbol ${name} not found`);
  return s;
};

describe("collectPublicSymbols(entry)", () => {
  it("lists exactly the names exported from the entry, through barrels, aliases and export type", () => {
    expect(symbols.map((s) => s.name)).toEqual([
      "CagrOptions",
      "Color",
      "Counter",
      "Period",
      "Shape",
      "ZERO",
      "brokenExample",
      "cagr",
      "formatPeriod",
      "helper",
      "loadLater",
      "mean",
      "noExample",
      "parsePeriod",
      "ranks",
      "throwsOnMisuse",
      "undocumented",
    ]);
  });

  it("finds the declaration behind an alias and a barrel", () => {
    expect(get("mean").declarations[0].file).toMatch(/_fixture_example\.ts$/);
    expect(get("mean").declarations[0].kind).toBe("FunctionDeclaration");
    expect(get("parsePeriod").declarations[0].file).toMatch(/time[\\/]period\.ts$/);
    expect(get("Period").declarations[0].kind).toBe("InterfaceDeclaration");
    expect(get("formatPeriod").declarations[0].kind).toBe("VariableDeclaration");
    expect(get("Shape").declarations[0].kind).toBe("TypeAliasDeclaration");
    expect(get("Color").declarations[0].kind).toBe("EnumDeclaration");
    expect(get("Counter").declarations[0].kind).toBe("ClassDeclaration");
  });

  it("reads @internal (also inline), missing comments and comments without @example", () => {
    expect(get("helper").internal).toBe(true);
    expect(symbols.filter((s) => s.internal).map((s) => s.name)).toEqual(["helper"]);
    expect(get("undocumented").hasDoc).toBe(false);
    expect(get("noExample").hasDoc).toBe(true);
    expect(get("noExample").examples).toEqual([]);
    expect(get("brokenExample").examples.length).toBe(3);
  });

  it("gives each example block its file line", () => {
    const block = get("cagr").examples[0];
    expect(block.code.split("\n")[0]).toBe("cagr([100, 110, 121]) // => 0.1");
    expect(block.line).toBe(16); // line of that code in _fixture_example.ts
  });

  it("throws for a missing entry", () => {
    expect(() => collectPublicSymbols(path.join(here, "nope/index.ts"))).toThrow(/entry file not found/);
  });
});

describe("parseDocComment(raw)", () => {
  it("keeps only the code inside fences and drops the caption", () => {
    const ex = get("mean").examples[0];
    expect(ex.caption).toBe("Basic use (this caption is not code)");
    expect(ex.code).toBe('import { mean } from "duibiao";\nmean([1, 2, 3]) // => 2');
  });

  it("ends an example at the next tag and finds several", () => {
    const parsed = parseDocComment("/**\n * x\n * @example\n * a // => 1\n * @example\n * b // => 2\n * @returns y\n */");
    expect(parsed.examples.map((e) => e.code)).toEqual(["a // => 1", "b // => 2"]);
    expect(parsed.internal).toBe(false);
  });
});

describe("runExample(code, scope)", () => {
  const good = symbols.filter((s) => s.name !== "brokenExample" && s.examples.length > 0);
  for (const symbol of good) {
    symbol.examples.forEach((block, k) => {
      it(`passes the good example of ${symbol.name}${k ? ` #${k + 1}` : ""}`, async () => {
        const result = await runExample(block.code, api);
        if (!result.ok) expect.fail(formatFailures(symbol.name, block, result));
        expect(result.checks).toBeGreaterThan(0);
      });
    });
  }

  it("reports each wrong check with its line text, actual and expected, and keeps going", async () => {
    const block = get("brokenExample").examples[0];
    const result = await runExample(block.code, api);
    expect(result.ok).toBe(false);
    expect(result.checks).toBe(6);
    expect(result.failures.map((f) => f.line)).toEqual([1, 4, 5, 6]);
    const [first, arr, threw, noThrow] = result.failures;
    expect(first.text).toBe("brokenExample(1) // => 2");
    expect(first.message).toContain("actual:   1");
    expect(first.message).toContain("expected: 2");
    expect(arr.message).toContain("actual:   [ 1, NaN ]");
    expect(arr.message).toContain("expected: [ 1, 2 ]");
    expect(threw.message).toMatch(/threw RangeError: throwsOnMisuse: n must be ≥ 0; got -1/);
    expect(noThrow.message).toContain("did not throw");
    const report = formatFailures("brokenExample @example runs", block, result, here);
    expect(report).toContain("misc.ts:");
    expect(report).toMatch(/brokenExample\(1\) \/\/ => 2\n\s+values differ/);
  });

  it("reports a statement that throws, after the last check", async () => {
    const block = get("brokenExample").examples[1];
    const result = await runExample(block.code, api);
    expect(result.ok).toBe(false);
    expect(result.checks).toBe(1);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0].message).toMatch(/^threw TypeError: Cannot read properties of null/);
    expect(result.failures[0].text).toContain("after line 2");
  });

  it("reports an example that does not compile", async () => {
    const block = get("brokenExample").examples[2];
    const result = await runExample(block.code, api);
    expect(result.ok).toBe(false);
    expect(result.failures[0].message).toMatch(/^does not compile/);
  });

  it("allows type annotations, await and shadowing an export", async () => {
    const code = [
      "const n: number = await Promise.resolve(2);",
      "n * 2 // => 4",
      "const cagr = (x: number) => x;",
      "cagr(5) // => 5",
    ].join("\n");
    const result = await runExample(code, api);
    expect(result.failures).toEqual([]);
    expect(result.checks).toBe(2);
  });
});

describe("approxEqual(actual, expected)", () => {
  it("compares numbers within 1e-9, absolutely or relatively", () => {
    expect(approxEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(approxEqual(1.21 ** 0.5 - 1, 0.1)).toBe(true);
    expect(approxEqual(1e15 + 1, 1e15)).toBe(true);
    expect(approxEqual(1, 1 + 1e-6)).toBe(false);
    expect(approxEqual(0, -0)).toBe(true);
  });

  it("treats NaN as NaN and Infinity exactly", () => {
    expect(approxEqual(NaN, NaN)).toBe(true);
    expect(approxEqual(NaN, 0)).toBe(false);
    expect(approxEqual(Infinity, Infinity)).toBe(true);
    expect(approxEqual(Infinity, -Infinity)).toBe(false);
    expect(approxEqual(Infinity, 1e308)).toBe(false);
  });

  it("compares arrays, typed arrays and objects deeply", () => {
    expect(approxEqual([1, [2, NaN]], [1, [2 + 1e-12, NaN]])).toBe(true);
    expect(approxEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(approxEqual(new Float64Array([1, 2]), [1, 2])).toBe(true);
    expect(approxEqual(new Float64Array([1, 2]), new Float64Array([1, 2]))).toBe(true);
    expect(approxEqual(new Float64Array([1, 2]), new Int32Array([1, 2]))).toBe(false);
    expect(approxEqual([1, 2], new Float64Array([1, 2]))).toBe(false);
    expect(approxEqual({ a: 1, b: { c: [NaN] } }, { a: 1, b: { c: [NaN] } })).toBe(true);
    expect(approxEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(approxEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(approxEqual({ a: "1" }, { a: 1 })).toBe(false);
    expect(approxEqual(null, undefined)).toBe(false);
    expect(approxEqual(new Date(0), new Date(0))).toBe(true);
    expect(approxEqual(new Map([["a", 1]]), new Map([["a", 1 + 1e-12]]))).toBe(true);
  });
});
