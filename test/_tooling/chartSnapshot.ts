/**
 * Chart snapshots, after Observable Plot's test/plot-snapshot.js: a chart rendered to a string is
 * compared with the committed file test/output/<name>.svg. On a mismatch the new output is also
 * written to test/output/<name>-changed.svg (ignored by git) so the two can be opened side by side;
 * it is removed again once the snapshot matches (or is updated with `vitest -u`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { JSDOM } from "jsdom";
import { expect } from "vitest";

export const OUTPUT = fileURLToPath(new URL("../output/", import.meta.url));

export async function expectChartSnapshot(output: string, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  const file = `${OUTPUT}${name}.svg`;
  const changed = `${OUTPUT}${name}-changed.svg`;
  const differs = existsSync(file) && readFileSync(file, "utf8") !== output;
  if (differs) writeFileSync(changed, output);
  try {
    await expect(output).toMatchFileSnapshot(file);
  } catch (e) {
    if (differs && e instanceof Error) e.message += `\nthe new output is in ${changed}: compare the two, and run vitest with -u to accept it`;
    throw e;
  }
  rmSync(changed, { force: true });
}

/** Parses a chart string strictly, as XML (an .svg file); throws when it is not well-formed. */
export function parseXML(markup: string): Document {
  return new JSDOM(markup, { contentType: "image/svg+xml" }).window.document;
}

/** Parses a chart string as an HTML parser would when it is inlined into a page. */
export function parseInHTML(markup: string): Element {
  const element = new JSDOM(`<!doctype html><body>${markup}`).window.document.body.firstElementChild;
  if (element === null) throw new Error("nothing parsed");
  return element;
}

/**
 * A canonical form of a tree, to compare two serialisations of the same chart: namespace and name of
 * each element, its attributes sorted by name, and its text (whitespace kept). Comments and `xmlns`
 * declarations are left out (each element's namespace is part of the form already).
 */
export function canonical(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const attrs = Array.from(el.attributes)
    .filter((a) => a.name !== "xmlns")
    .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
    .sort();
  return `<${el.namespaceURI}|${el.localName}${attrs.map((a) => ` ${a}`).join("")}>${Array.from(el.childNodes, canonical).join("")}</${el.localName}>`;
}
