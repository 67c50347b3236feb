/**
 * Serialises a chart element built with a DOM (see e.g. {@link rankingChart}) to a standalone string:
 * an SVG with its namespace, or a figure's HTML. Uses the document's XMLSerializer when there is one.
 *
 * @param element - an element returned by a chart
 * @category Charts
 * @example
 * typeof toSVGString // => "function"
 */
export function toSVGString(element: Element): string {
  const Serializer = (element.ownerDocument?.defaultView as (Window & typeof globalThis) | null)?.XMLSerializer ?? (globalThis as { XMLSerializer?: typeof XMLSerializer }).XMLSerializer;
  let out = Serializer !== undefined ? new Serializer().serializeToString(element) : element.outerHTML;
  if (element.localName === "svg" && !/^<svg[^>]*\sxmlns=/.test(out)) out = out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return out;
}
