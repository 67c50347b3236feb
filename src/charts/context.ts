/**
 * The document a chart is built on: `options.document`, else the global one (as Observable Plot's
 * context does). In Node pass a jsdom or linkedom document, or use {@link renderToString}, which needs none.
 * @internal
 */
export function chartDocument(fn: string, options: { document?: Document }): Document {
  const document = options.document ?? (globalThis as { document?: Document }).document;
  if (document === undefined) {
    throw new TypeError(`${fn}: no document; pass options.document (e.g. new JSDOM().window.document), or use renderToString(${fn}, rows, options) for an SVG string without a DOM`);
  }
  return document;
}
