/**
 * Tooling for test/examples.test.ts: finds the public API of an entry file with the TypeScript
 * compiler API, reads each export's TSDoc comment, and runs its `@example` blocks.
 *
 * An example block is TypeScript. A line of the form `<expr> // => <expected>` is a check that
 * `<expr>` evaluates to `<expected>` (numbers within 1e-9, NaN equals NaN, arrays, typed arrays
 * and objects deeply); `<expr> // => throws` / `// => throws RangeError` checks that it throws.
 * Every other line is a statement, run in order. The block may use `await`, type annotations
 * and every runtime export of the entry (it is in scope, so `import … from "duibiao"` lines are
 * dropped). Code inside a ``` fence is the example when the block has fences; otherwise the
 * whole block is, except text on the `@example` line itself (a caption, as in TypeDoc).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { inspect } from "node:util";
import ts from "typescript";

/** One exported name of the entry, with what its declarations' doc comments say. */
export interface PublicSymbol {
  /** The name it is exported under from the entry. */
  readonly name: string;
  /** The declarations behind it (an interface and a const may share a name; overloads). */
  readonly declarations: readonly DeclarationInfo[];
  /** Some declaration has a doc comment. */
  readonly hasDoc: boolean;
  /** Some doc comment has an `@internal` tag. */
  readonly internal: boolean;
  /** The `@example` blocks of all its doc comments, deduplicated, in source order. */
  readonly examples: readonly ExampleBlock[];
}

export interface DeclarationInfo {
  /** ts.SyntaxKind name, e.g. "FunctionDeclaration". */
  readonly kind: string;
  /** Absolute path of the file. */
  readonly file: string;
  /** 1-based line of the declaration. */
  readonly line: number;
}

export interface ExampleBlock {
  /** Absolute path of the file holding the comment. */
  readonly file: string;
  /** 1-based line of the first code line of the block in that file. */
  readonly line: number;
  /** Caption (text after `@example` on the same line), if any. */
  readonly caption: string;
  /** The code, one entry per line, comment stars removed. */
  readonly code: string;
}

/** The result of running one example block. */
export interface ExampleResult {
  readonly ok: boolean;
  /** Number of `// =>` checks that were run. */
  readonly checks: number;
  readonly failures: readonly ExampleFailure[];
}

export interface ExampleFailure {
  /** 1-based line within the block (add `block.line - 1` for the file line). */
  readonly line: number;
  /** The source line, trimmed. */
  readonly text: string;
  /** What went wrong, including actual vs expected. */
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------
// Finding the public symbols

/**
 * Every name exported from `entry` (following re-exports, `export type`, barrels, aliases and
 * `export *`), with the doc comments of the declarations behind it. Throws if the entry is missing.
 */
export function collectPublicSymbols(entry: string): PublicSymbol[] {
  const entryPath = path.resolve(entry);
  if (!existsSync(entryPath)) throw new Error(`entry file not found: ${entryPath}`);
  const program = ts.createProgram([entryPath], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    noLib: true, // only binding is needed; no type checking
    types: [],
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryPath);
  if (!source) throw new Error(`could not read ${entryPath}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return []; // a file with no import/export is not a module: nothing exported
  const result: PublicSymbol[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    if (name === "default") continue;
    let target = exported;
    if (target.flags & ts.SymbolFlags.Alias) {
      try {
        target = checker.getAliasedSymbol(target);
      } catch {
        // unresolved re-export: keep the alias itself so the test reports the missing doc
      }
    }
    const decls = (target.declarations ?? []).filter((d) => !ts.isSourceFile(d));
    const declarations: DeclarationInfo[] = [];
    const examples: ExampleBlock[] = [];
    const seen = new Set<string>();
    let hasDoc = false;
    let internal = false;
    for (const decl of decls) {
      const sf = decl.getSourceFile();
      const { line } = sf.getLineAndCharacterOfPosition(decl.getStart(sf));
      declarations.push({ kind: ts.SyntaxKind[decl.kind], file: sf.fileName, line: line + 1 });
      for (const doc of docCommentsOf(decl)) {
        hasDoc = true;
        const text = sf.text.slice(doc.pos, doc.end);
        const parsed = parseDocComment(text);
        if (parsed.internal) internal = true;
        const docLine = sf.getLineAndCharacterOfPosition(doc.pos).line + 1;
        for (const ex of parsed.examples) {
          if (seen.has(ex.code)) continue;
          seen.add(ex.code);
          examples.push({ file: sf.fileName, line: docLine + ex.lineOffset, caption: ex.caption, code: ex.code });
        }
      }
    }
    result.push({ name, declarations, hasDoc, internal, examples });
  }
  return result.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The JSDoc comments that belong to a declaration (for `const a = …` those of the statement). */
function docCommentsOf(decl: ts.Declaration): ts.JSDoc[] {
  let node: ts.Node = decl;
  if (ts.isVariableDeclaration(node) && node.parent && ts.isVariableDeclarationList(node.parent)) {
    node = node.parent.parent; // VariableStatement
  }
  return ts.getJSDocCommentsAndTags(node).filter((d): d is ts.JSDoc => ts.isJSDoc(d));
}

interface ParsedDoc {
  internal: boolean;
  examples: { caption: string; code: string; lineOffset: number }[];
}

/**
 * Splits a raw `/** … *\/` comment into tag sections and returns its `@example` blocks, exactly
 * as written (the compiler's own JSDoc parser rewrites `{@link}`s and whitespace).
 */
export function parseDocComment(raw: string): ParsedDoc {
  const lines = raw
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "")
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*\* ?/, "").replace(/\s+$/, ""));
  // The first line of `raw` is the `/**` line, so lines[i] is comment line i (0-based).
  const out: ParsedDoc = { internal: false, examples: [] };
  let current: { caption: string; body: string[]; start: number } | null = null;
  let inFence = false;
  const flush = () => {
    if (current) out.examples.push(exampleFrom(current.caption, current.body, current.start));
    current = null;
  };
  lines.forEach((line, i) => {
    const tag = inFence ? null : /^\s*@([A-Za-z]+)\b\s?(.*)$/.exec(line);
    if (tag) {
      flush();
      if (tag[1] === "internal") out.internal = true;
      if (tag[1] === "example") current = { caption: tag[2].trim(), body: [], start: i + 1 };
      return;
    }
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (current) current.body.push(line);
    else if (/(^|\s)\{?@internal\b/.test(line)) out.internal = true; // inline `… @internal */`
  });
  flush();
  return out;
}

function exampleFrom(caption: string, body: string[], start: number) {
  const hasFence = body.some((l) => /^\s*(```|~~~)/.test(l));
  let code = body.map((l) => l);
  if (hasFence) {
    // keep the lines inside fences (blank the others so line numbers stay right)
    let inside = false;
    code = body.map((l) => {
      if (/^\s*(```|~~~)/.test(l)) {
        inside = !inside;
        return "";
      }
      return inside ? l : "";
    });
  }
  // drop leading and trailing blank lines, keeping the line number of the first code line
  let first = 0;
  while (first < code.length && code[first].trim() === "") first++;
  let last = code.length;
  while (last > first && code[last - 1].trim() === "") last--;
  return { caption, code: code.slice(first, last).join("\n"), lineOffset: start + first };
}

// ---------------------------------------------------------------------------------------------
// Running an example

const CHECK = /^(\s*)(.*?)\s*\/\/\s*=>\s*(.*?)\s*$/;
const DUIBIAO_IMPORT = /^\s*import\s[^;]*\bfrom\s*["']duibiao(\/[^"']*)?["'];?\s*$/;

/**
 * Runs one example block with `scope` (e.g. `import * as api from "../src/index.js"`) in scope.
 * Never throws: problems come back as failures.
 */
export async function runExample(code: string, scope: Record<string, unknown>): Promise<ExampleResult> {
  const lines = code.split("\n");
  const texts: string[] = [];
  const rewritten = lines.map((line, i) => {
    if (DUIBIAO_IMPORT.test(line)) return "";
    const m = CHECK.exec(line);
    if (!m) return line;
    const expr = m[2].replace(/;\s*$/, "");
    const expected = m[3].replace(/;\s*$/, "");
    texts[i] = line.trim();
    if (expr === "") return line; // a bare `// => …` comment line
    const throws = /^throws(?:\s+([A-Za-z_$][\w$]*))?$/.exec(expected);
    if (throws) {
      return `${m[1]}__throws(${i}, () => (${expr}), ${throws[1] ? JSON.stringify(throws[1]) : "null"});`;
    }
    return `${m[1]}__check(${i}, () => (${expr}), () => (${expected}));`;
  });
  const failures: ExampleFailure[] = [];
  let checks = 0;
  let lastLine = -1;
  const fail = (i: number, message: string) => failures.push({ line: i + 1, text: lines[i].trim(), message });
  const __check = (i: number, actualFn: () => unknown, expectedFn: () => unknown) => {
    checks++;
    lastLine = i;
    let actual: unknown;
    let expected: unknown;
    let threw: unknown = null;
    let didThrow = false;
    try {
      actual = actualFn();
    } catch (e) {
      didThrow = true;
      threw = e;
    }
    try {
      expected = expectedFn();
    } catch (e) {
      return fail(i, `the expected value could not be evaluated: ${errorText(e)}`);
    }
    if (didThrow) return fail(i, `threw ${errorText(threw)}\n  expected: ${show(expected)}`);
    if (!approxEqual(actual, expected)) {
      fail(i, `values differ\n  actual:   ${show(actual)}\n  expected: ${show(expected)}`);
    }
  };
  const __throws = (i: number, fn: () => unknown, errorName: string | null) => {
    checks++;
    lastLine = i;
    let value: unknown;
    try {
      value = fn();
    } catch (e) {
      const name = (e as { name?: unknown } | null)?.name;
      const ctor = (e as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      if (errorName && name !== errorName && ctor !== errorName) {
        fail(i, `threw ${errorText(e)}\n  expected: a ${errorName}`);
      }
      return;
    }
    fail(i, `did not throw\n  actual:   ${show(value)}\n  expected: throws${errorName ? " " + errorName : ""}`);
  };

  let js: string;
  try {
    const out = ts.transpileModule(`async function __example() {\n${rewritten.join("\n")}\n}`, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      reportDiagnostics: true,
    });
    const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
    if (errors.length) {
      const d = errors[0];
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 1;
      const at = Math.min(Math.max(line - 1, 0), lines.length - 1);
      fail(at, `does not compile: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
      return { ok: false, checks, failures };
    }
    js = out.outputText;
  } catch (e) {
    fail(0, `does not compile: ${errorText(e)}`);
    return { ok: false, checks, failures };
  }

  const names = Object.keys(scope).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== "default");
  try {
    const make = new Function(...names, "__check", "__throws", `${js}\nreturn __example;`);
    const example = make(...names.map((n) => scope[n]), __check, __throws) as () => Promise<void>;
    await example();
  } catch (e) {
    // a statement (not a `// =>` check) threw; say after which check line
    const where = lastLine >= 0 ? lastLine + 1 : 0;
    const i = lastLine >= 0 ? Math.min(lastLine + 1, lines.length - 1) : 0;
    failures.push({
      line: i + 1,
      text: where ? `(a statement after line ${where}: ${lines[lastLine].trim()})` : "(a statement before the first check)",
      message: `threw ${errorText(e)}`,
    });
  }
  return { ok: failures.length === 0, checks, failures };
}

/** A readable report of a failed example, for assertion messages. */
export function formatFailures(label: string, block: ExampleBlock, result: ExampleResult, root = process.cwd()): string {
  const file = path.relative(root, block.file);
  const parts = result.failures.map(
    (f) => `${file}:${block.line + f.line - 1}: ${f.text}\n  ${f.message.replace(/\n/g, "\n  ")}`,
  );
  const n = result.failures.length;
  return `${label}: ${n} failure${n === 1 ? "" : "s"} (${result.checks} checks run)\n${parts.join("\n")}`;
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return show(e);
}

/** Formats a value for a failure message (NaN, -0, typed arrays, undefined shown as such). */
export function show(value: unknown): string {
  return inspect(value, { depth: 6, breakLength: Infinity, maxArrayLength: 50, maxStringLength: 500 });
}

// ---------------------------------------------------------------------------------------------
// Comparing values

/**
 * Deep equality in the spirit of vitest's `toEqual`, with numbers equal when within `tolerance`
 * absolutely or relatively, and NaN equal to NaN. Object properties whose value is undefined are
 * ignored (as `toEqual` does). A typed array equals a plain array with the same elements, so an
 * example may write `rank([3, 1, 2]) // => [3, 1, 2]` for a Float64Array.
 */
export function approxEqual(actual: unknown, expected: unknown, tolerance = 1e-9): boolean {
  return eq(actual, expected, tolerance, new Map());
}

function eq(a: unknown, b: unknown, tol: number, seen: Map<object, object>): boolean {
  if (typeof a === "number" && typeof b === "number") return numEq(a, b, tol);
  if (typeof a === "bigint" && typeof b === "bigint") return a === b;
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    if (typeof a === "function" || typeof b === "function") return false;
    return Object.is(a, b);
  }
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  const aList = ArrayBuffer.isView(a) && !(a instanceof DataView) ? Array.from(a as unknown as ArrayLike<unknown>) : null;
  const bList = ArrayBuffer.isView(b) && !(b instanceof DataView) ? Array.from(b as unknown as ArrayLike<unknown>) : null;
  if (aList || bList || Array.isArray(a) || Array.isArray(b)) {
    const x = aList ?? (Array.isArray(a) ? a : null);
    const y = bList ?? (Array.isArray(b) ? b : null);
    if (!x || !y) return false;
    // typed array vs typed array: the kinds must match (Float64Array ≠ Int32Array)
    if (aList && bList && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    // typed array vs a plain array is allowed only with the plain array as the expected value
    if (!aList && bList) return false;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!eq(x[i], y[i], tol, seen)) return false;
    return true;
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && numEq(a.getTime(), b.getTime(), 0);
  }
  if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !eq(v, b.get(k), tol, seen)) return false;
    return true;
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set && b instanceof Set) || a.size !== b.size) return false;
    for (const v of a) if (!b.has(v) && ![...b].some((w) => eq(v, w, tol, seen))) return false;
    return true;
  }
  if (a instanceof Error && b instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
  }
  const keys = (o: object) =>
    Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of kb) {
    if (!Object.prototype.hasOwnProperty.call(a, k)) return false;
    if (!eq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol, seen)) return false;
  }
  return true;
}

function numEq(a: number, b: number, tol: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true; // also ±Infinity, and 0 === -0
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const d = Math.abs(a - b);
  return d <= tol || d <= tol * Math.max(Math.abs(a), Math.abs(b));
}
